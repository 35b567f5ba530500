import { attendanceFinding, attendanceTable, pp94Table } from '../../charts/attendanceCards.js';
import { attendanceOption, attendancePoints } from '../../charts/attendanceOption.js';
import { pp94Bars, pp94Option, type Pp94Counts } from '../../charts/pp94Option.js';
import { formatPercent, type Lang } from '../../i18n/index.js';
import type { ReportData } from './collect.js';
import { rt } from './messages.js';
import type { Block, ReportCell, ReportChart, ReportTable, SectionContext } from './model.js';
import { agencyCells, count, ratio, splitCity } from './rows.js';
import { publishableSum } from './suppress.js';
import { shareCell, suppressRows, type MaskedRow } from './tables.js';

function monthChart(lang: Lang, data: ReportData): ReportChart {
	const rows = data.attendanceMonths;
	const points = attendancePoints(rows);
	return {
		kind: 'chart',
		name: 'grafik-kehadiran-bulan',
		title: attendanceFinding(lang, 'month', rows) ?? rt(lang, 'empty', { year: data.year }),
		caption: rt(lang, 'att.month.caption', { year: data.year }),
		method: 'attendance-days',
		option: attendanceOption(rows, { lang, kind: 'month' }),
		width: 680,
		height: 280,
		ariaLabel: rt(lang, 'att.month.aria', { year: data.year }),
		decal: false,
		table: attendanceTable('month', points),
		empty: points.length === 0 ? rt(lang, 'empty', { year: data.year }) : undefined
	};
}

/**
 * Unexcused working days by agency. Its people are the PP 94/2021 table's (one row per employee
 * with attendance records), so it hides the headcounts and working days that table hides: two
 * masks of one population would let each table give back what the other hides. The rate itself
 * is not additive; it is hidden only for an agency under the minimum.
 */
function unexcusedTable(
	lang: Lang,
	data: ReportData,
	headcounts: ReadonlyMap<string, ReportCell['hidden']>
): ReportTable {
	const { city, agencies } = splitCity(data.agencies);
	const listed = agencies.filter((row) => row.n_attendance !== 0);
	const body = [
		...(city
			? [
					[
						...agencyCells(lang, city),
						count(city.n_attendance, headcounts.get('ALL') ?? null),
						count(city.workdays, headcounts.get('ALL') ?? null),
						{ value: city.unexcused_rate }
					]
				]
			: []),
		...listed.map((row): ReportCell[] => {
			// An agency missing from the PP 94 table (no people there) shows nothing.
			const reason = headcounts.has(row.agency_code)
				? (headcounts.get(row.agency_code) ?? null)
				: 'primary';
			return [
				...agencyCells(lang, row),
				count(row.n_attendance, reason),
				count(row.workdays, reason),
				{ value: row.unexcused_rate, hidden: reason === 'primary' ? reason : null }
			];
		})
	];
	return {
		kind: 'table',
		name: 'tanpa-keterangan-opd',
		title: rt(lang, 'att.table.title', { year: data.year }),
		caption: rt(lang, 'att.table.caption', { year: data.year }),
		method: 'attendance-days',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
			{ label: rt(lang, 'col.agency'), csv: 'nama_opd', format: 'text' },
			{ label: rt(lang, 'att.col.employees'), csv: 'n_pegawai', format: 'int' },
			{ label: rt(lang, 'att.col.workdays'), csv: 'hari_kerja', format: 'int' },
			{ label: rt(lang, 'att.col.rate'), csv: 'persen_tanpa_keterangan', format: 'pct' }
		],
		rows: body,
		totalRows: city ? [0] : [],
		empty: listed.length === 0 ? rt(lang, 'empty', { year: data.year }) : undefined
	};
}

interface Pp94Printed {
	source: Pp94Counts;
	masked: MaskedRow;
	share: ReportCell;
}

function maskedPp94(data: ReportData, min: number): Pp94Printed[] {
	const { city, agencies } = splitCity(data.pp94);
	const cells = (row: Pp94Counts) => [row.n_none, row.n_ringan, row.n_sedang, row.n_berat];
	const { rows, totals } = suppressRows(
		agencies.map((row) => ({ cells: cells(row), total: row.n_employees })),
		city ? { cells: cells(city), total: city.n_employees } : null,
		min
	);
	const printed = [
		...(city && totals ? [{ source: city, masked: totals }] : []),
		...agencies.map((source, i) => ({ source, masked: rows[i] as MaskedRow }))
	];
	return printed.map(({ source, masked }) => {
		const atRisk = (source.n_ringan ?? 0) + (source.n_sedang ?? 0) + (source.n_berat ?? 0);
		return {
			source,
			masked,
			share: shareCell(
				ratio(atRisk, source.n_employees),
				publishableSum(masked.reasons, [1, 2, 3], Boolean(masked.total.hidden))
			)
		};
	});
}

function pp94TableOf(lang: Lang, data: ReportData, printed: Pp94Printed[]): ReportTable {
	return {
		kind: 'table',
		name: 'risiko-pp94-opd',
		title: rt(lang, 'pp94.table.title', { year: data.year }),
		caption: rt(lang, 'pp94.table.caption', { year: data.year }),
		method: 'pp94-level',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
			{ label: rt(lang, 'col.agency'), csv: 'nama_opd', format: 'text' },
			{ label: rt(lang, 'att.col.employees'), csv: 'n_pegawai', format: 'int' },
			{ label: rt(lang, 'pp94.col.none'), csv: 'n_tidak_berisiko', format: 'int' },
			{ label: 'Ringan', csv: 'n_ringan', format: 'int' },
			{ label: 'Sedang', csv: 'n_sedang', format: 'int' },
			{ label: 'Berat', csv: 'n_berat', format: 'int' },
			{ label: rt(lang, 'pp94.col.share'), csv: 'persen_berisiko', format: 'pct' }
		],
		rows: printed.map(({ source, masked, share }) => [
			...agencyCells(lang, source),
			masked.total,
			...masked.cells,
			share
		]),
		totalRows: printed[0]?.source.agency_code === 'ALL' ? [0] : [],
		empty: printed.length === 0 ? rt(lang, 'empty', { year: data.year }) : undefined
	};
}

/**
 * The risk bars of the rows printed in full: a row with any hidden band is left to the table (a
 * partly drawn bar would understate its risk).
 */
function pp94Chart(lang: Lang, data: ReportData, printed: Pp94Printed[]): ReportChart | Block {
	const whole = printed.filter(
		({ masked, share }) =>
			!masked.total.hidden && !share.hidden && masked.cells.every((c) => !c.hidden)
	);
	const rows: Pp94Counts[] = whole.map(({ source }) => source);
	const bars = pp94Bars(rows);
	if (!bars.some((bar) => bar.agency_code !== 'ALL' && bar.share_at_risk > 0))
		return { kind: 'p', text: rt(lang, 'pp94.chart.none', { year: data.year }) };
	const city = printed.find(({ source }) => source.agency_code === 'ALL');
	const share = city && !city.share.hidden ? (city.share.value as number | null) : null;
	return {
		kind: 'chart',
		name: 'grafik-risiko-pp94',
		title:
			share === null
				? rt(lang, 'pp94.table.title', { year: data.year })
				: rt(lang, 'pp94.chart.title', { share: formatPercent(lang, share), year: data.year }),
		caption: rt(lang, 'pp94.chart.caption', { year: data.year }),
		method: 'pp94-level',
		option: pp94Option(rows, { lang }),
		width: 680,
		height: Math.max(200, bars.length * 18 + 110),
		ariaLabel: rt(lang, 'pp94.chart.aria', { year: data.year }),
		decal: true,
		table: pp94Table(bars)
	};
}

/** Chapter "Kehadiran dan risiko disiplin": monthly attendance, unexcused days, PP 94/2021 bands. */
export function attendanceBlocks(ctx: SectionContext): Block[] {
	const { lang, data, min } = ctx;
	const printed = maskedPp94(data, min);
	const headcounts = new Map(
		printed.map(({ source, masked }) => [source.agency_code, masked.total.hidden ?? null])
	);
	return [
		{ kind: 'p', text: rt(lang, 'att.intro') },
		monthChart(lang, data),
		unexcusedTable(lang, data, headcounts),
		pp94TableOf(lang, data, printed),
		pp94Chart(lang, data, printed)
	];
}

/** People in any PP 94/2021 band city-wide (for the summary, which says "fewer than min"). */
export function cityAtRisk(data: ReportData): { atRisk: number; employees: number } | null {
	const city = data.pp94.find((row) => row.agency_code === 'ALL');
	if (!city || city.n_employees === null) return null;
	return {
		atRisk: (city.n_ringan ?? 0) + (city.n_sedang ?? 0) + (city.n_berat ?? 0),
		employees: city.n_employees
	};
}
