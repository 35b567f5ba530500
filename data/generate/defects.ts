import { type Day, iso, isLeap, pad2 } from './dates.js';
import type { RowRule } from './manifest.js';
import {
	badAppointment,
	badBirthDate,
	badGender,
	excelMangled,
	isPppkNip,
	wrongLength
} from './nip.js';
import type { Rng } from './random.js';
import type { Cell } from './xlsx.js';

/**
 * Deliberate defects, one per bad row, counted in the file's ledger. Each defect is built so that it
 * breaks exactly one rule of the shared rules table and nothing else.
 */

export type Role =
	'nip' | 'date' | 'timestamp' | 'time' | 'code' | 'agency' | 'number' | 'text' | 'other';

export interface Column {
	header: string;
	role: Role;
	required?: boolean;
	/** Values that no code list knows (unknown_code). */
	bad?: readonly string[];
	/** Readable numbers outside the column's range (out_of_range). */
	outOfRange?: readonly string[];
	/** XLSX: an Excel-mangled NIP may be a number cell (the reader shows it in scientific notation). */
	numericNip?: boolean;
}

export type DefectRule = Exclude<
	RowRule,
	'predikat_contradicts_matrix' | 'duplicate_conflict' | 'pin_unmapped' | 'not_data_row'
>;

export interface Layout {
	columns: Column[];
	/** Indexes of the natural-key columns. */
	key: number[];
	/** Start and end date columns (date_order). */
	order?: [number, number];
	/** Relative weights of the defects this file may carry. */
	weights: Partial<Record<DefectRule, number>>;
}

export interface Rates {
	/** Share of rows replaced by a defect row. */
	defect: number;
	/** Share of rows repeated verbatim (counted as duplicates). */
	duplicate: number;
	/** Share of rows followed by a conflicting row with the same key (both rejected). */
	conflict: number;
}

export const UNKNOWN_AGENCIES = [
	'Dinas Koperasi dan UKM',
	'Dinas Tenaga Kerja dan Transmigrasi',
	'Badan Narkotika Nasional',
	'Kantor Pertanahan',
	'Dinas Kelautan dan Perikanan'
] as const;

export const MISSING = ['', '', '', '-', 'NULL'] as const;

/** The rule a defect breaks, and the damaged row; null when this row cannot carry it. */
export function applyDefect(
	rng: Rng,
	layout: Layout,
	row: Cell[],
	rule: DefectRule
): Cell[] | null {
	const out = [...row];
	const cols = layout.columns;
	const pick = (test: (c: Column, i: number) => boolean): number | null => {
		const idx = cols.map((c, i) => (test(c, i) ? i : -1)).filter((i) => i >= 0);
		return idx.length ? rng.pick(idx) : null;
	};
	const nipAt = cols.findIndex((c) => c.role === 'nip' && c.required);
	const nip = nipAt >= 0 ? digitsOf(row[nipAt]) : null;
	switch (rule) {
		case 'nip_excel_mangled':
			if (!nip) return null;
			out[nipAt] =
				cols[nipAt]?.numericNip && rng.chance(0.5)
					? Number(nip)
					: excelMangled(nip, rng.chance(0.3));
			return out;
		case 'nip_format':
			if (!nip) return null;
			out[nipAt] = wrongLength(rng, nip);
			return out;
		case 'nip_birth_date':
			if (!nip) return null;
			out[nipAt] = badBirthDate(rng, nip);
			return out;
		case 'nip_appointment':
			if (!nip || isPppkNip(nip)) return null;
			out[nipAt] = badAppointment(rng, nip);
			return out;
		case 'nip_gender':
			if (!nip || isPppkNip(nip)) return null;
			out[nipAt] = badGender(rng, nip);
			return out;
		case 'required_missing': {
			const i = pick((c) => c.required === true);
			if (i === null) return null;
			out[i] = typeof row[i] === 'string' ? rng.pick(MISSING) : null;
			return out;
		}
		case 'date_invalid': {
			const i = pick((c, k) => (c.role === 'date' || c.role === 'timestamp') && present(row[k]));
			if (i === null) return null;
			out[i] = impossibleDate(rng, row[i] as string | Date, cols[i]?.role === 'timestamp');
			return out;
		}
		case 'time_invalid': {
			const i = pick((c) => c.role === 'time');
			if (i === null) return null;
			out[i] = rng.pick(['25:14', '07:61', '24:75', '31:07', '18:99']);
			return out;
		}
		case 'unknown_code': {
			const i = pick((c, k) => c.role === 'code' && (c.bad?.length ?? 0) > 0 && present(row[k]));
			if (i === null) return null;
			out[i] = rng.pick(cols[i]?.bad ?? []);
			return out;
		}
		case 'unknown_agency': {
			const i = pick((c, k) => c.role === 'agency' && present(row[k]));
			if (i === null) return null;
			out[i] = rng.pick(UNKNOWN_AGENCIES);
			return out;
		}
		case 'number_invalid': {
			const i = pick((c, k) => c.role === 'number' && present(row[k]));
			if (i === null) return null;
			out[i] = rng.pick(['#VALUE!', 'tiga', `${String(row[i]).replace(/\d$/, 'O')}`]);
			return out;
		}
		case 'out_of_range': {
			const i = pick((c, k) => (c.outOfRange?.length ?? 0) > 0 && present(row[k]));
			if (i === null) return null;
			out[i] = rng.pick(cols[i]?.outOfRange ?? []);
			return out;
		}
		case 'date_order': {
			if (!layout.order) return null;
			const [a, b] = layout.order;
			if (!present(row[a]) || !present(row[b])) return null;
			out[a] = row[b] as Cell;
			out[b] = row[a] as Cell;
			return sameCell(row[a], row[b]) ? null : out;
		}
	}
}

function present(cell: Cell | undefined): boolean {
	return cell !== null && cell !== undefined && cell !== '' && cell !== '-';
}

function sameCell(a: Cell | undefined, b: Cell | undefined): boolean {
	return keyText(a ?? null) === keyText(b ?? null);
}

/** The 18 digits of a NIP cell as written (any valid spelling), or null. */
function digitsOf(cell: Cell | undefined): string | null {
	if (typeof cell !== 'string') return null;
	const digits = cell.replace(/^="|"$|^'|[ .]/g, '');
	return /^\d{18}$/.test(digits) ? digits : null;
}

/** An impossible calendar date written in the same style as the original cell. */
export function impossibleDate(rng: Rng, cell: string | Date, timestamp: boolean): string {
	const text = cell instanceof Date ? iso(Math.floor(cell.getTime() / 86_400_000)) : cell;
	const year = Number(/(\d{4})/.exec(text)?.[1] ?? '2024');
	const options: [number, number][] = [
		[31, 2],
		[30, 2],
		[31, 4],
		[31, 6],
		[31, 9],
		[31, 11],
		[32, 1],
		[0, 5]
	];
	if (!isLeap(year)) options.push([29, 2]);
	const [d, m] = rng.pick(options);
	if (timestamp)
		return rng.chance(0.3)
			? '0000-00-00 00:00:00'
			: `${year}-${pad2(m)}-${pad2(d)}${text.slice(10)}`;
	if (cell instanceof Date) return `${pad2(d)}/${pad2(m)}/${year}`;
	const weekday = /^([A-Za-z]+,?\s+)/.exec(text)?.[1] ?? '';
	const body = text.slice(weekday.length);
	if (/^\d{4}-\d{2}-\d{2}/.test(body)) return `${weekday}${year}-${pad2(m)}-${pad2(d)}`;
	const sep = body.includes('-') ? '-' : '/';
	return `${weekday}${pad2(d)}${sep}${pad2(m)}${sep}${year}`;
}

export function keyText(cell: Cell): string {
	if (cell === null) return '';
	if (cell instanceof Date) return iso(Math.floor(cell.getTime() / 86_400_000) as Day);
	return String(cell);
}
