import { describe, expect, it } from 'vitest';
import {
	attendance,
	appraisal,
	detectKind,
	mapHeader,
	roster
} from '../../pipeline/kinds/index.js';

describe('detectKind', () => {
	it.each([
		[['NIP', 'Nama Pegawai', 'Unit Kerja', 'Golongan', 'Jabatan'], 'roster'],
		[
			['nip', 'nama_pegawai', 'nama_skpd', 'pangkat', 'golongan', 'nama_jabatan', 'id_skpd'],
			'roster'
		],
		[
			[
				'NIP',
				'Nama',
				'Tahun',
				'Periode',
				'Rating Hasil Kerja',
				'Rating Perilaku',
				'Predikat Kinerja'
			],
			'appraisal'
		],
		[['NIP', 'Tahun', 'Nilai SKP', 'Nilai Perilaku', 'Nilai Akhir', 'Sebutan'], 'appraisal'],
		[['NIP', 'Nama', 'Tgl.', 'Jam Masuk', 'Jam Pulang', 'Keterangan'], 'attendance'],
		[['No', 'NIP', 'Hari/Tanggal', 'Scan Masuk', 'Scan Pulang', 'Terlambat (menit)'], 'attendance'],
		[['NIP', 'Nama Diklat', 'JP', 'Tgl Mulai', 'Tgl Selesai', 'Jalur', 'Status'], 'training'],
		[
			['NIP', 'Kompetensi', 'Level Capaian', 'Level Standar', 'Tanggal Asesmen', 'Potensial'],
			'competency'
		],
		[['OPD', 'Tahun', 'Predikat Organisasi'], 'org-rating'],
		[['PIN', 'NIP', 'Nama', 'SN Mesin'], 'pin-map'],
		[['NIP', 'Tanggal Dialog', 'NIP Atasan', 'Rencana Pengembangan', 'Kompetensi'], 'feedback'],
		[['NIP', 'Jenis Penghargaan', 'Tahun', 'Nomor Keputusan'], 'awards'],
		[['NIP', 'Tingkat Hukuman', 'Jenis Hukuman', 'Tanggal SK', 'Tanggal Selesai'], 'sanctions']
	])('recognises %j as %s', (header, kind) => {
		expect(detectKind(header)).toBe(kind);
	});

	it('returns null for a header no kind explains', () => {
		expect(detectKind(['Kode Barang', 'Nama Barang', 'Harga'])).toBeNull();
		expect(detectKind(['REKAP PRESENSI BULAN NOVEMBER 2025'])).toBeNull();
	});
});

describe('mapHeader', () => {
	it('ignores case, punctuation, spacing and column order', () => {
		const m = mapHeader(attendance, [' tgl. ', 'KETERANGAN', 'nip ', 'Jam  Masuk']);
		expect(m.columns.get('tanggal')).toBe(0);
		expect(m.columns.get('status')).toBe(1);
		expect(m.columns.get('nip')).toBe(2);
		expect(m.columns.get('jam_masuk')).toBe(3);
		expect(m.missing).toEqual([]);
	});

	it('keeps unmapped columns as extras', () => {
		const m = mapHeader(attendance, ['No', 'NIP', 'Tanggal', 'Shift']);
		expect(m.extras.map((e) => e.name)).toEqual(['No', 'Shift']);
	});

	it('lists required columns that are missing', () => {
		expect(mapHeader(roster, ['NIP', 'Nama']).missing).toEqual(['unit_kerja']);
	});

	it('requires ratings or scores for an appraisal', () => {
		expect(mapHeader(appraisal, ['NIP', 'Tahun']).missing).toEqual([
			'rating_hasil_kerja | nilai_akhir | nilai_skp | predikat'
		]);
	});
});
