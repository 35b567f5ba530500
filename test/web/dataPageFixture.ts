import { join } from 'node:path';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { nip } from '../helpers/warehouse.js';
import { quiet, scratch } from '../helpers/tmp.js';

/** Six valid employees of the Sekretariat Daerah, born 1980-01-01 (their NIP says so). */
export const STAFF = Array.from({ length: 6 }, (_, i) => ({
	nip: nip(i + 1),
	name: `Pegawai Uji ${String.fromCharCode(65 + i)}`
}));

export const MANGLED_NIP = '1.98001E+17';
export const SHORT_NIP = '19800101200501100';

/**
 * The rejects the fixture files hold, by rule: each bad row carries exactly one defect, so the
 * warehouse must log exactly these (README "Row rules").
 */
export const EXPECTED_REJECTS: Record<string, number> = {
	nip_excel_mangled: 1,
	nip_format: 1,
	number_invalid: 1,
	date_invalid: 1,
	time_invalid: 2,
	unknown_code: 1
};

function roster(): string {
	const head =
		'NIP;Nama Pegawai;OPD;Status;JK;Tgl Lahir;Pangkat/Gol;Jabatan;Jenis Jabatan;Eselon;Pendidikan Terakhir';
	const row = (id: string, name: string) =>
		`${id};${name};Setdako;PNS;L;01/01/1980;IIIa;Analis Kebijakan;Fungsional;;S-1`;
	return [
		head,
		...STAFF.map((s) => row(s.nip, s.name)),
		row(MANGLED_NIP, 'Pegawai Rusak Excel'),
		row(SHORT_NIP, 'Pegawai NIP Pendek'),
		''
	].join('\n');
}

function appraisal(): string {
	const head = 'NIP;Nama;Unit Kerja;Tahun;Periode;Nilai SKP;Nilai Perilaku;Nilai Akhir;Predikat';
	const row = (id: string, name: string, score: string) =>
		`${id};${name};Sekretariat Daerah;2025;Tahunan;92,50;90,00;${score};Baik`;
	return [
		head,
		...STAFF.slice(0, 5).map((s) => row(s.nip, s.name, '92,50')),
		row(STAFF[5]!.nip, STAFF[5]!.name, 'sembilan puluh'),
		''
	].join('\n');
}

/** Attendance in the common shape for `year`; `defects` adds the fixture's four bad rows. */
export function attendance(year: number, defects: boolean): string {
	const head = 'NIP;kode_opd;Tgl;Scan Masuk;Scan Pulang;Status;Terlambat;Pulang Awal';
	const row = (id: string, day: string, inTime = '07:20:00', status = 'Hadir') =>
		`${id};SETDA;${day}/${year};${inTime};16:05:00;${status};0;0`;
	const rows = STAFF.flatMap((s) => ['02/01', '03/01'].map((day) => row(s.nip, day)));
	if (defects)
		rows.push(
			row(STAFF[0]!.nip, '31/02'),
			row(STAFF[1]!.nip, '06/01', '07:61:00'),
			row(STAFF[2]!.nip, '06/01', '25:10:00'),
			row(STAFF[3]!.nip, '06/01', '07:20:00', 'Bertapa')
		);
	return [head, ...rows, ''].join('\n');
}

/**
 * A warehouse loaded (one run) from a roster and appraisals for 2025 and attendance for 2024 only,
 * so attendance is stale against the 2025 appraisals. `more` writes further files for later runs.
 */
export async function dataWarehouse(): Promise<{
	path: string;
	more: (name: string, content: string) => string;
	cleanup: () => void;
}> {
	const tmp = scratch('kinerja-data-page-');
	const files = scratch('kinerja-data-files-');
	files.write('pegawai_2025-12-31.csv', roster());
	files.write('eskp_2025.csv', appraisal());
	files.write('presensi_2024.csv', attendance(2024, true));
	const path = join(tmp.dir, 'warehouse.duckdb');
	await runLoad({ warehouse: path, inputs: [files.dir], command: 'load fixture' }, quiet);
	return {
		path,
		more: (name, content) => tmp.write(name, content),
		cleanup: () => {
			tmp.cleanup();
			files.cleanup();
		}
	};
}
