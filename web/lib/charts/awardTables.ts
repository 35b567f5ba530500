import type { DataTable } from '../csv.js';

/** The candidate fields a list shows; the query rows (`AwardCandidateRow`) have this shape. */
export interface CandidateFields {
	year: number;
	nip: string;
	nama: string | null;
	agency_code: string | null;
	agency_name: string | null;
	jabatan: string | null;
	first_year: number;
	consecutive_years: number;
	years_with_attendance: number;
	discipline_checked: boolean;
	n_sanctions_in_run: number;
}

/** The Satyalancana fields a list shows; the query rows (`SatyalancanaRow`) have this shape. */
export interface SatyalancanaFields {
	year: number;
	nip: string;
	nama: string | null;
	agency_code: string | null;
	agency_name: string | null;
	tmt_cpns: string | null;
	tmt_source: string | null;
	service_years: number | null;
	award_class: string | null;
	milestone_this_year: number | null;
	next_milestone_date: string | null;
	awarded_year: number | null;
	sanction_level: string | null;
	sanction_decree_date: string | null;
	eligible: boolean;
	reason_code: string;
	reason_id: string;
	reason_en: string;
}

// Individual-level CSVs (internal): machine column names, as the other downloads.
export function candidatesTable(rows: readonly CandidateFields[]): DataTable {
	return {
		columns: [
			'tahun',
			'nip',
			'nama',
			'kode_opd',
			'nama_opd',
			'jabatan',
			'tahun_awal',
			'tahun_sangat_baik_berturut',
			'tahun_kehadiran_diketahui',
			'kehadiran_diperiksa',
			'sk_hukuman_disiplin_dalam_rentang'
		],
		rows: rows.map((row) => [
			row.year,
			row.nip,
			row.nama ?? '',
			row.agency_code ?? '',
			row.agency_name ?? '',
			row.jabatan ?? '',
			row.first_year,
			row.consecutive_years,
			row.years_with_attendance,
			row.discipline_checked ? 'ya' : 'tidak',
			row.n_sanctions_in_run
		])
	};
}

export function satyalancanaTable(rows: readonly SatyalancanaFields[]): DataTable {
	return {
		columns: [
			'tahun',
			'nip',
			'nama',
			'kode_opd',
			'nama_opd',
			'tmt_cpns',
			'sumber_tmt',
			'masa_kerja_tahun',
			'kelas',
			'genap_tahun_ini',
			'layak',
			'kode_alasan',
			'alasan',
			'reason',
			'tahun_diterima',
			'tingkat_hukuman',
			'tanggal_sk_hukuman',
			'tanggal_kelas_berikutnya'
		],
		rows: rows.map((row) => [
			row.year,
			row.nip,
			row.nama ?? '',
			row.agency_code ?? '',
			row.agency_name ?? '',
			row.tmt_cpns ?? '',
			row.tmt_source ?? '',
			row.service_years ?? '',
			row.award_class ?? '',
			row.milestone_this_year ?? '',
			row.eligible ? 'ya' : 'tidak',
			row.reason_code,
			row.reason_id,
			row.reason_en,
			row.awarded_year ?? '',
			row.sanction_level ?? '',
			row.sanction_decree_date ?? '',
			row.next_milestone_date ?? ''
		])
	};
}
