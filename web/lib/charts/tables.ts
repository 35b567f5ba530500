import type { DataTable } from '../csv.js';
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
