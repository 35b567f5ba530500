import { describe, expect, it } from 'vitest';
import { headerKey } from '../../pipeline/read/headerKey.js';

describe('headerKey', () => {
	it.each([
		['Tgl. Lahir', 'tgl lahir'],
		['NIP ', 'nip'],
		['  NIP', 'nip'],
		['Gol/Ruang', 'gol ruang'],
		['Gol. Ruang', 'gol ruang'],
		['nama_pegawai', 'nama pegawai'],
		['Nama   Pegawai', 'nama pegawai'],
		['Hari/Tanggal', 'hari tanggal'],
		['Pangkat/Gol.', 'pangkat gol'],
		['\uFEFFNIP', 'nip'],
		['NIP\u00a0', 'nip'],
		['JAM  MASUK (WIB)', 'jam masuk wib'],
		['Rating Hasil-Kerja', 'rating hasil kerja'],
		['Ｎａｍａ', 'nama'],
		['Penilaian Perilaku Kerja — 2025', 'penilaian perilaku kerja 2025'],
		['', ''],
		['...', '']
	])('%j → %j', (input, key) => {
		expect(headerKey(input)).toBe(key);
	});

	it('keeps letters beyond ASCII', () => {
		expect(headerKey('Catatan Atasan/Pejabat Penilai (é)')).toBe(
			'catatan atasan pejabat penilai é'
		);
	});
});
