import type { DataTable } from '../csv.js';
import type { GapGrid } from './competencyGapOption.js';
import type { JpBar } from './jpHistogramOption.js';
import type { DistributionBar } from './predikatDistributionOption.js';
import type { TrendPoint } from './predikatTrendOption.js';

// Machine column names and plain decimals: the CSV is for re-use, not for reading.
export function trendTable(points: readonly TrendPoint[]): DataTable {
	return {
		columns: ['tahun', 'persen_baik_ke_atas', 'n_dinilai'],
		rows: points.map((point) => [point.year, point.share_baik_or_better, point.n_appraised])
	};
}

export function distributionTable(bars: readonly DistributionBar[]): DataTable {
	return {
		columns: [
			'kode_opd',
			'nama_opd',
			'n_dinilai',
			'persen_sangat_baik',
			'persen_baik',
			'persen_butuh_perbaikan',
			'persen_kurang',
			'persen_sangat_kurang'
		],
		rows: bars.map((bar) => [bar.agency_code, bar.agency_name, bar.n_appraised, ...bar.shares])
	};
}

export function gapTable(grid: GapGrid): DataTable {
	return {
		columns: [
			'kode_opd',
			'kode_kompetensi',
			'nama_kompetensi',
			'n_dinilai',
			'rata_rata_gap',
			'persen_di_bawah_standar'
		],
		rows: grid.cells.map((cell) => [
			cell.agency_code,
			cell.competency_code,
			cell.competency_name,
			cell.n_assessed,
			cell.mean_gap,
			cell.share_below_standard ?? ''
		])
	};
}

// A suppressed bucket stays in the CSV as a row with empty figures, as the chart leaves a gap.
export function jpTable(bars: readonly JpBar[]): DataTable {
	return {
		columns: ['jp_dari', 'jp_sampai', 'di_bawah_20jp', 'n_pegawai', 'persen'],
		rows: bars.map((bar) => [
			bar.bucket_start,
			bar.bucket_end ?? '',
			bar.below_20jp ? 1 : 0,
			bar.n_employees ?? '',
			bar.share ?? ''
		])
	};
}

/** The fields of a training target the page may show: never the NIP. */
export interface TargetCounts {
	nama: string | null;
	agency_code: string | null;
	agency_name: string | null;
	competency_code: string | null;
	competency_name: string | null;
	gap: number | null;
	jp_total: number;
}

/** The planner's list as shown and downloaded: name, agency, competency, gap and JP, no NIP. */
export function targetsTable(rows: readonly TargetCounts[]): DataTable {
	return {
		columns: ['nama', 'kode_opd', 'nama_opd', 'kode_kompetensi', 'nama_kompetensi', 'gap', 'jp'],
		rows: rows.map((row) => [
			row.nama ?? '',
			row.agency_code ?? '',
			row.agency_name ?? '',
			row.competency_code ?? '',
			row.competency_name ?? '',
			row.gap ?? '',
			row.jp_total
		])
	};
}
