import { describe, expect, it } from 'vitest';
import { badParameter } from '../../../web/lib/server/auth/inputGuard.js';

const url = (query: string) => new URL(`http://kinerja.test/kinerja?${query}`);

/** The attempts the issue names: quotes, SQL fragments, path traversal, NUL. */
const ATTACKS = [
	"2025'",
	"' OR '1'='1",
	'1;DROP TABLE fct_appraisals',
	'../../etc/passwd',
	'A\u0000'
];

describe('badParameter', () => {
	it.each([
		'tahun',
		'jenis',
		'jabatan',
		'opd',
		'kode',
		'agency',
		'kompetensi',
		'run',
		'berkas',
		'halaman',
		'dari',
		'sampai',
		'pengguna',
		'tindakan'
	])('refuses every attack in ?%s=', (name) => {
		for (const value of ATTACKS) {
			const query = new URLSearchParams({ [name]: value });
			expect(badParameter(url(query.toString()), {}), value).toEqual({ name, value });
		}
	});

	it.each([
		'tahun=2025',
		'jenis=PNS&jabatan=FUNGSIONAL',
		'jabatan=JPT',
		'opd=DISDIKBUD&kompetensi=M.01',
		'kompetensi=SK.01',
		'run=12&berkas=3',
		'dari=2026-11-01&sampai=2026-11-29&pengguna=siti.rahma&tindakan=login_failed&halaman=2',
		'lang=en',
		'tahun=&jenis=&jabatan=',
		'lanjut=%2Fkinerja%3Ftahun%3D2025'
	])('lets %s through', (query) => {
		expect(badParameter(url(query), {})).toBeNull();
	});

	it('refuses control characters in any parameter, known or not', () => {
		expect(badParameter(url('q=a%00b'), {})).toEqual({ name: 'q', value: 'a\u0000b' });
		expect(badParameter(url("q=it's fine"), {})).toBeNull();
	});

	it('checks route parameters: an agency code and a file name without directories', () => {
		expect(badParameter(url(''), { kode: 'SETDA' })).toBeNull();
		expect(badParameter(url(''), { kode: '../../etc/passwd' })).toEqual({
			name: 'kode',
			value: '../../etc/passwd'
		});
		expect(badParameter(url(''), { file: 'laporan-kinerja-2025.pdf' })).toBeNull();
		for (const file of ['../app.sqlite', '..', '.env', 'a/b.pdf', 'a\\b.pdf', 'x.pdf%00.html'])
			expect(badParameter(url(''), { file }), file).not.toBeNull();
	});
});
