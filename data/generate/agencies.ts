import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { type Day, parseIso } from './dates.js';

/** One row of data/reference/agencies.csv (read-only: the generator never changes it). */
export interface Agency {
	code: string;
	name: string;
	shortName: string;
	kind: string;
	validFrom: Day;
	/** Last valid day, inclusive; null when open-ended. */
	validTo: Day | null;
	aliases: string[];
}

export const AGENCIES_CSV = new URL('../reference/agencies.csv', import.meta.url);

export function loadAgencies(path: URL | string = AGENCIES_CSV): Agency[] {
	const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	return parsed.data.map((r) => ({
		code: req(r, 'code'),
		name: req(r, 'name'),
		shortName: req(r, 'short_name'),
		kind: req(r, 'kind'),
		validFrom: parseIso(req(r, 'valid_from')),
		validTo: r.valid_to ? parseIso(r.valid_to) : null,
		aliases: (r.aliases ?? '').split('|').filter(Boolean)
	}));
}

function req(row: Record<string, string>, key: string): string {
	const value = row[key];
	if (value === undefined || value === '') throw new Error(`agencies.csv: empty ${key}`);
	return value;
}

export function isValidOn(agency: Agency, dayNo: Day): boolean {
	return agency.validFrom <= dayNo && (agency.validTo === null || dayNo <= agency.validTo);
}

/** Agencies valid on every day of the span (the 2026 merged agencies never are for 2021–2025). */
export function validThroughout(agencies: readonly Agency[], first: Day, last: Day): Agency[] {
	return agencies.filter((a) => isValidOn(a, first) && isValidOn(a, last));
}

export function agencyByCode(agencies: readonly Agency[]): Map<string, Agency> {
	return new Map(agencies.map((a) => [a.code, a]));
}
