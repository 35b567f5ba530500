import type { DataTable } from '../csv.js';
import type { AgencyGapBar } from './agencyGapOption.js';
import type { AgencyComponentBar } from './agencyReadinessOption.js';
import type { AgencyTrendPoint } from './agencyTrendOption.js';

// Machine column names and plain decimals, as the city-wide CSVs; a missing figure is an empty field.
const cell = (value: number | null) => value ?? '';

export function agencyTrendTable(points: readonly AgencyTrendPoint[]): DataTable {
	return {
		columns: [
			'tahun',
			'persen_baik_ke_atas_opd',
			'n_dinilai_opd',
			'persen_baik_ke_atas_kota',
			'n_dinilai_kota'
		],
		rows: points.map((point) => [
			point.year,
			cell(point.agency_share),
			cell(point.agency_n),
			cell(point.city_share),
			cell(point.city_n)
		])
	};
}

export function agencyGapTable(bars: readonly AgencyGapBar[]): DataTable {
	return {
		columns: [
			'kode_kompetensi',
			'nama_kompetensi',
			'n_dinilai',
			'rata_rata_gap',
			'persen_di_bawah_standar',
			'rata_rata_gap_kota'
		],
		rows: bars.map((bar) => [
			bar.competency_code,
			bar.competency_name,
			bar.n_assessed,
			bar.mean_gap,
			cell(bar.share_below_standard),
			cell(bar.city_gap)
		])
	};
}

export function agencyComponentTable(bars: readonly AgencyComponentBar[]): DataTable {
	return {
		columns: ['komponen', 'bobot', 'pembilang', 'penyebut', 'nilai', 'rata_rata_kota', 'z'],
		rows: bars.map((bar) => [
			bar.component,
			bar.weight,
			cell(bar.numerator),
			cell(bar.denominator),
			cell(bar.value),
			cell(bar.city_mean),
			bar.z
		])
	};
}
