import { basename } from 'node:path';
import { PipelineError } from '../errors.js';
import type { KindSpec } from '../kinds/KindSpec.js';
import { AGENCY_CODES } from '../normalise/agencyCodes.js';

export interface FileContext {
	asOf?: string | null;
	device?: string | null;
}

/**
 * Facts a file carries outside its cells: a roster's snapshot date (exports.md: "a roster is a snapshot at
 * a date") and the device or agency a punch log or PIN map belongs to. Options given on the command line win.
 */
export function fileContext(
	spec: KindSpec,
	displayPath: string,
	options: { asOf?: string; device?: string }
): FileContext {
	if (spec.kind === 'roster') {
		const asOf = options.asOf ?? dateInName(displayPath);
		if (!asOf) {
			throw new PipelineError(
				'roster_as_of_missing',
				{
					id: 'Tanggal keadaan daftar pegawai tidak diketahui. Beri nama berkas dengan tanggal (mis. pegawai_2025-12-31.csv) atau pakai --as-of 2025-12-31.',
					en: 'The roster snapshot date is unknown. Put the date in the file name (e.g. pegawai_2025-12-31.csv) or pass --as-of 2025-12-31.'
				},
				{ file: displayPath }
			);
		}
		return { asOf };
	}
	if (spec.kind === 'punches' || spec.kind === 'pin-map') {
		const device = options.device ?? agencyInName(displayPath);
		if (!device) {
			throw new PipelineError(
				'device_missing',
				{
					id: 'Mesin atau OPD pemilik log sidik jari tidak diketahui. Sertakan kode OPD di nama berkas (mis. attlog_DISHUB_2025.dat dan pin_map_DISHUB.csv) atau pakai --device KODE.',
					en: 'The device or agency of this fingerprint file is unknown. Put the agency code in the file name (e.g. attlog_DISHUB_2025.dat and pin_map_DISHUB.csv) or pass --device CODE.'
				},
				{ file: displayPath }
			);
		}
		return { device };
	}
	return {};
}

/** yyyy-mm-dd, yyyymmdd or dd-mm-yyyy in a file name, as ISO. */
export function dateInName(path: string): string | null {
	const name = basename(path);
	const iso = /(20\d\d|19\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])/.exec(name);
	if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
	const dmy = /(0[1-9]|[12]\d|3[01])[-_.](0[1-9]|1[0-2])[-_.](20\d\d|19\d\d)/.exec(name);
	if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
	return null;
}

/** The first token of the file name that is an agency code of data/reference/agencies.csv. */
export function agencyInName(path: string): string | null {
	const tokens = basename(path)
		.toUpperCase()
		.split(/[^A-Z0-9]+/);
	for (let size = 2; size >= 1; size--) {
		for (let i = 0; i + size <= tokens.length; i++) {
			const candidate = tokens.slice(i, i + size).join('_');
			if (AGENCY_CODES.has(candidate)) return candidate;
		}
	}
	return null;
}
