import { agencyByCode, loadAgencies } from './agencies.js';
import { Calendar, FIRST_YEAR, LAST_YEAR, loadHolidays } from './calendar.js';
import { day, dmy, hhmm, isLeap, ymd } from './dates.js';
import { UNKNOWN_AGENCIES } from './defects.js';
import type { RowRule } from './manifest.js';
import { givenName } from './names.js';
import { excelMangled, nipPrefix, NipRegistry } from './nip.js';
import { AGENCY_PLANS } from './profiles.js';
import { Rng } from './random.js';
import { csvLine, TextSink } from './textSink.js';

/**
 * The benchmark's attendance file: N rows in the city presensi CSV shape (`;`, dd/mm/yyyy, `07:31`
 * and on some agencies' rows `07.31`), about 2% defect rows, a few duplicates. Streams in ~1 MB
 * writes: 10 million rows take well under a minute and little memory.
 */

export interface BenchAttendanceResult {
	/** Data rows written (header excluded): what a reader must read. */
	rows: number;
	/** Rows written to be rejected, by rule (a conflicting pair counts 2 under duplicate_conflict). */
	badRows: Partial<Record<RowRule, number>>;
	/** Exact repeats of a row: loaded once, counted as duplicates. */
	duplicates: number;
}

export const BENCH_HEADER = [
	'NIP',
	'Nama',
	'Unit Kerja',
	'Tanggal',
	'Jam Masuk',
	'Jam Pulang',
	'Keterangan'
];

const DEFECTS: readonly (readonly [RowRule, number])[] = [
	['nip_excel_mangled', 2],
	['nip_format', 1.5],
	['required_missing', 1],
	['date_invalid', 2],
	['time_invalid', 2.5],
	['unknown_code', 2.5],
	['unknown_agency', 1.5]
];

interface Person {
	nip: string;
	name: string;
	unit: string;
	dots: boolean;
}

/** One employee-year of an existing roster, for a file whose NIPs and agencies join to it. */
export interface RosterPerson {
	nip: string;
	name: string;
	agencyCode: string;
	year: number;
}

export async function writeAttendanceCsv(
	path: string,
	opts: {
		rows: number;
		seed?: number;
		/**
		 * Write the days of these employee-years instead of a synthetic workforce (the web benchmark's
		 * warehouse). Each employee-year's working days are kept with the same chance, so about `rows`
		 * rows spread evenly over the years (never more than the employee-years hold).
		 */
		people?: readonly RosterPerson[];
	}
): Promise<BenchAttendanceResult> {
	const rows = Math.max(0, Math.floor(opts.rows));
	const rng = new Rng(opts.seed ?? 20251129);
	const calendar = new Calendar(loadHolidays());
	const years: number[] = [];
	for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(y);
	const workdays = new Map(years.map((y) => [y, calendar.workdays(y)]));
	const allDays = years.flatMap((y) => workdays.get(y) ?? []);
	const synthetic = opts.people
		? null
		: staff(rng.fork('people'), Math.max(1, Math.ceil(rows / allDays.length)));
	const byYear = opts.people ? rosterStaff(opts.people) : null;
	const capacity = byYear
		? years.reduce((n, y) => n + (byYear.get(y)?.length ?? 0) * (workdays.get(y)?.length ?? 0), 0)
		: Infinity;
	const keep = byYear ? Math.min(1, rows / Math.max(1, capacity)) : 1;
	const result: BenchAttendanceResult = { rows: 0, badRows: {}, duplicates: 0 };
	const claimed = new Set<string>();
	const sink = new TextSink(path, 'utf-8', '\n');
	sink.line(BENCH_HEADER.join(';'));
	const write = (cells: string[]) => {
		sink.line(csvLine(cells, ';'));
		result.rows++;
	};
	const r = rng.fork('rows');
	const k = rng.fork('keep');
	outer: for (const d of allDays) {
		const date = dmy(d);
		const { start, end } = calendar.schedule(d);
		for (const p of synthetic ?? byYear?.get(ymd(d).y) ?? []) {
			// Roster mode aims at `rows` by the keep chance; a hard stop would cut off December.
			if (!byYear && result.rows >= rows) break outer;
			if (keep < 1 && !k.chance(keep)) continue;
			const status = r.weighted(STATUS);
			const present = status === 'H';
			const inMin = present
				? r.chance(0.12)
					? start + 1 + Math.floor(r.exp(12))
					: start - r.int(0, 45)
				: 0;
			const outMin = present ? end + r.int(0, 70) : 0;
			const sep = p.dots ? '.' : ':';
			const cells = [
				p.nip,
				p.name,
				p.unit,
				date,
				present ? hhmm(inMin, sep) : '',
				present ? hhmm(outMin, sep) : '',
				status
			];
			const left = byYear ? Infinity : rows - result.rows;
			if (r.chance(0.02)) {
				const rule = r.weighted(DEFECTS);
				const bad = damage(r, cells, rule, ymd(d).y);
				if (!claimed.has(`${bad[0]}|${bad[3]}`)) {
					claimed.add(`${bad[0]}|${bad[3]}`);
					write(bad);
					result.badRows[rule] = (result.badRows[rule] ?? 0) + 1;
					continue;
				}
			}
			write(cells);
			if (left >= 2 && r.chance(0.002)) {
				write(cells);
				result.duplicates++;
			} else if (left >= 2 && r.chance(0.001)) {
				write(
					cells.map((c, i) =>
						i === 6 ? (present ? 'S' : 'H') : i === 4 || i === 5 ? (present ? '' : '07:2' + i) : c
					)
				);
				result.badRows.duplicate_conflict = (result.badRows.duplicate_conflict ?? 0) + 2;
			}
		}
	}
	sink.close();
	return result;
}

/** Agencies whose old readers write `07.31`. */
const DOTS = new Set(['DISDIKBUD', 'DPUPR', 'KEC_MKS', 'DINSOS']);

const STATUS: readonly (readonly [string, number])[] = [
	['H', 90],
	['S', 1.6],
	['I', 1],
	['CT', 3],
	['DL', 2.5],
	['C', 0.8],
	['TK', 0.3],
	['TB', 0.2]
];

function damage(rng: Rng, cells: string[], rule: RowRule, year: number): string[] {
	const out = [...cells];
	const nip = cells[0] ?? '';
	if (rule === 'nip_excel_mangled') out[0] = excelMangled(nip, rng.chance(0.3));
	if (rule === 'nip_format') out[0] = nip.slice(0, 17);
	if (rule === 'required_missing') out[rng.chance(0.5) ? 0 : 3] = '';
	if (rule === 'date_invalid')
		out[3] =
			rng.pick(isLeap(year) ? ['31/02', '30/02', '31/04'] : ['29/02', '31/02', '31/06']) +
			`/${year}`;
	if (rule === 'time_invalid') out[4] = rng.pick(['25:14', '07:61', '24:75']);
	if (rule === 'unknown_code') out[6] = rng.pick(['X', 'XX', 'ZZ']);
	if (rule === 'unknown_agency') out[2] = rng.pick(UNKNOWN_AGENCIES);
	return out;
}

/** Roster employee-years grouped by year, with the agency's short name as the unit kerja. */
function rosterStaff(people: readonly RosterPerson[]): Map<number, Person[]> {
	const agencies = agencyByCode(loadAgencies());
	const out = new Map<number, Person[]>();
	for (const p of people) {
		const list = out.get(p.year) ?? [];
		list.push({
			nip: p.nip,
			name: p.name,
			unit: agencies.get(p.agencyCode)?.shortName ?? p.agencyCode,
			dots: DOTS.has(p.agencyCode)
		});
		out.set(p.year, list);
	}
	return out;
}

/** A synthetic workforce: valid PNS NIPs, names, agencies weighted like the city's. */
function staff(rng: Rng, n: number): Person[] {
	const agencies = agencyByCode(loadAgencies());
	const units = Object.entries(AGENCY_PLANS).map(
		([code, plan]) => [agencies.get(code)?.shortName ?? code, plan.weight, code] as const
	);
	const registry = new NipRegistry();
	const out: Person[] = [];
	for (let i = 0; i < n; i++) {
		const gender = rng.chance(0.55) ? 'P' : 'L';
		const birth = day(rng.int(1966, 1999), rng.int(1, 12), rng.int(1, 28));
		const tmt = day(ymd(birth).y + rng.int(22, 30), rng.pick([1, 3, 4, 12]), 1);
		const [unit, , code] = rng.weighted(units.map((u) => [u, u[1]] as const));
		out.push({
			nip: registry.issue(nipPrefix('PNS', birth, tmt, gender)),
			name: givenName(rng, gender),
			unit,
			dots: DOTS.has(code)
		});
	}
	return out;
}
