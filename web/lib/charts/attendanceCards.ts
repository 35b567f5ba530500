import type { DataTable } from '../csv.js';
import { formatNumber, formatPercent, t, type Lang } from '../i18n/index.js';
import {
	attendanceOption,
	attendancePoints,
	periodLabel,
	type AttendanceCounts,
	type AttendancePoint,
	type PeriodKind
} from './attendanceOption.js';
import type { CardModel } from './cards.js';
import { pp94Bars, pp94Option, type Pp94Bar, type Pp94Counts } from './pp94Option.js';

/**
 * The attendance chart's active title: the period with the most lateness, and presence over all
 * published periods (days present ÷ recorded working days).
 */
export function attendanceFinding(
	lang: Lang,
	kind: PeriodKind,
	rows: readonly AttendanceCounts[]
): string | null {
	const points = attendancePoints(rows);
	const worst = [...points].sort((a, b) => b.late_rate - a.late_rate || a.period - b.period)[0];
	if (!worst) return null;
	const recorded = points.reduce((sum, p) => sum + p.recorded_days, 0);
	const present = points.reduce((sum, p) => sum + p.presence_rate * p.recorded_days, 0);
	return t(lang, kind === 'month' ? 'att.title.month' : 'att.title.weekday', {
		period: periodLabel(lang, kind, worst.period),
		late: formatPercent(lang, worst.late_rate),
		present: formatPercent(lang, present / recorded)
	});
}

/** The risk chart's active title: the city's share of employees in any PP 94/2021 band. */
export function pp94Finding(lang: Lang, rows: readonly Pp94Counts[], year: number): string | null {
	const city = rows.find((row) => row.agency_code === 'ALL');
	if (!city || city.suppressed || city.share_at_risk === null) return null;
	return t(lang, 'pp94.title', { share: formatPercent(lang, city.share_at_risk), year });
}

export function attendanceTable(kind: PeriodKind, points: readonly AttendancePoint[]): DataTable {
	return {
		columns: [
			kind === 'month' ? 'bulan' : 'hari_iso',
			'hari_kerja_tercatat',
			'persen_hadir',
			'persen_terlambat',
			'persen_tanpa_keterangan'
		],
		rows: points.map((p) => [
			p.period,
			p.recorded_days,
			p.presence_rate,
			p.late_rate,
			p.unexcused_rate
		])
	};
}

export function pp94Table(bars: readonly Pp94Bar[]): DataTable {
	return {
		columns: [
			'kode_opd',
			'nama_opd',
			'n_pegawai',
			'persen_ringan',
			'persen_sedang',
			'persen_berat',
			'persen_berisiko'
		],
		rows: bars.map((bar) => [
			bar.agency_code,
			bar.agency_name,
			bar.n_employees,
			...bar.shares,
			bar.share_at_risk
		])
	};
}

export function attendanceCard(
	lang: Lang,
	kind: PeriodKind,
	rows: readonly AttendanceCounts[],
	year: number
): CardModel {
	const points = attendancePoints(rows);
	return {
		title: attendanceFinding(lang, kind, rows),
		caption: t(lang, 'att.caption', {
			year,
			shown: formatNumber(lang, points.length),
			hidden: formatNumber(lang, rows.length - points.length)
		}),
		option: attendanceOption(rows, { lang, kind }),
		table: attendanceTable(kind, points)
	};
}

export function pp94Card(lang: Lang, rows: readonly Pp94Counts[], year: number): CardModel {
	const bars = pp94Bars(rows);
	const agencies = rows.filter((row) => row.agency_code !== 'ALL');
	const shown = bars.filter((bar) => bar.agency_code !== 'ALL').length;
	return {
		title: pp94Finding(lang, rows, year),
		caption: t(lang, 'pp94.caption', {
			year,
			shown: formatNumber(lang, shown),
			hidden: formatNumber(lang, agencies.length - shown)
		}),
		option: pp94Option(rows, { lang }),
		table: pp94Table(bars)
	};
}
