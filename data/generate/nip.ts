import { type Day, pad2, ymd } from './dates.js';
import type { Gender } from './names.js';
import type { Rng } from './random.js';

/**
 * NIP construction (domain.md §6) and the ways exports spell or break it.
 * PNS:  yyyymmdd (birth) + yyyymm (TMT CPNS) + gender 1|2 + 3-digit sequence.
 * PPPK: yyyymmdd (birth) + yyyy (appointment year) + 2 + batch 1–9 + gender + sequence; digits 13–14
 * therefore read 21–29, never a month, which is how the two patterns are told apart.
 */

export type EmployeeType = 'PNS' | 'PPPK';

export function datePart(dayNo: Day): string {
	const { y, m, d } = ymd(dayNo);
	return `${y}${pad2(m)}${pad2(d)}`;
}

export function nipPrefix(type: EmployeeType, birth: Day, tmt: Day, gender: Gender, batch = 1) {
	const { y, m } = ymd(tmt);
	const g = gender === 'L' ? '1' : '2';
	return type === 'PNS'
		? `${datePart(birth)}${y}${pad2(m)}${g}`
		: `${datePart(birth)}${y}2${batch}${g}`;
}

/** Hands out unique sequence numbers per 15-digit prefix, as BKN does. */
export class NipRegistry {
	private readonly used = new Set<string>();

	issue(prefix: string): string {
		for (let seq = 1; seq <= 999; seq++) {
			const nip = `${prefix}${String(seq).padStart(3, '0')}`;
			if (!this.used.has(nip)) {
				this.used.add(nip);
				return nip;
			}
		}
		throw new Error(`NIP sequence exhausted for ${prefix}`);
	}
}

export function isPppkNip(nip: string): boolean {
	return nip[12] === '2' && nip[13] !== '0';
}

/** Valid spellings seen in exports; all clean to the same 18 digits. */
export type NipStyle = 'plain' | 'spaced' | 'dotted' | 'quoted' | 'formula';

export function styleNip(nip: string, style: NipStyle): string {
	const parts = () => [nip.slice(0, 8), nip.slice(8, 14), nip.slice(14, 15), nip.slice(15)];
	if (style === 'spaced') return parts().join(' ');
	if (style === 'dotted') return parts().join('.');
	if (style === 'quoted') return `'${nip}`;
	if (style === 'formula') return `="${nip}"`;
	return nip;
}

/** What Excel shows after turning the NIP into a number: `1.98609E+17` (or `1,98609E+17`). */
export function excelMangled(nip: string, comma: boolean): string {
	const mantissa = (Math.round(Number(nip.slice(0, 7)) / 10) / 1e5).toFixed(5).replace(/0+$/, '');
	const text = `${mantissa.replace(/\.$/, '')}E+17`;
	return comma ? text.replace('.', ',') : text;
}

/** A digit lost or doubled while typing: no longer 18 digits. */
export function wrongLength(rng: Rng, nip: string): string {
	const at = rng.int(8, 16);
	return rng.chance(0.6)
		? nip.slice(0, at) + nip.slice(at + 1)
		: nip.slice(0, at) + nip[at] + nip.slice(at);
}

/** Day and month swapped (yyyyddmm) or a month that does not exist: not a calendar date. */
export function badBirthDate(rng: Rng, nip: string): string {
	const month = String(rng.int(13, 19));
	return nip.slice(0, 4) + month + nip.slice(6);
}

/** PNS only: TMT month 00 or 13–19 (never 20–29, which would read as the PPPK pattern). */
export function badAppointment(rng: Rng, nip: string): string {
	const month = rng.chance(0.3) ? '00' : String(rng.int(13, 19));
	return nip.slice(0, 12) + month + nip.slice(14);
}

/** PNS only: gender digit other than 1 or 2. */
export function badGender(rng: Rng, nip: string): string {
	return nip.slice(0, 14) + rng.pick(['0', '3', '4', '5', '7', '9']) + nip.slice(15);
}
