import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../pipeline/db/connection.js';
import { runLoad } from '../../pipeline/load/runLoad.js';
import { quiet, scratch } from '../helpers/tmp.js';

// Valid NIPs: birth date + TMT CPNS month + gender + sequence (domain.md §6).
const A = '198609262015051001';
const B = '199001012019032002';
const C = '197512312000121003';

let tmp: ReturnType<typeof scratch>;
let warehouse: string;
beforeEach(() => {
	tmp = scratch();
	warehouse = join(tmp.dir, 'w.duckdb');
});
afterEach(() => tmp.cleanup());

async function query<T extends Record<string, unknown>>(sql: string): Promise<T[]> {
	const db = await openDb(warehouse, { readOnly: true });
	try {
		return await db.all<T>(sql);
	} finally {
		db.close();
	}
}

const attendanceCsv = [
	'NIP;Nama;Tanggal;Jam Masuk;Jam Pulang;Keterangan', // line 1
	`${A};Andi;03/11/2025;07:31;16:05;H`, // 2 good
	`1.98609E+17;Andi;04/11/2025;07:20;16:00;H`, // 3 mangled NIP
	`${A};Andi;31/02/2025;07:20;16:00;H`, // 4 impossible date
	`${B};Sari;03/11/2025;07.45;16.10;Hadir`, // 5 good (dot times, word status)
	`${B};Sari;04/11/2025;;;XYZ`, // 6 unknown status
	`${B};Sari;05/11/2025;07:10;16:00;H`, // 7 good
	`${B};Sari;05/11/2025;07:10;16:00;H`, // 8 exact duplicate of 7
	`'${C};Budi;03/11/2025;07:29;16:01;DL`, // 9 good (leading ')
	`${C};Budi;04/11/2025;07:29;16:01;H`, // 10 conflicts with 11
	`${C};Budi;04/11/2025;08:15;16:01;H`, // 11
	'Jumlah;;;;;' // 12 footer
].join('\n');

describe('runLoad on an attendance export', () => {
	it('loads the good rows and says exactly why the others were rejected', async () => {
		const file = tmp.write('presensi_2025-11.csv', attendanceCsv);
		const summary = await runLoad({ warehouse, inputs: [file] }, quiet);
		const [result] = summary.files;
		expect(result).toMatchObject({
			kind: 'attendance',
			status: 'loaded',
			rowsRead: 11,
			rowsLoaded: 4,
			rowsRejected: 6,
			rowsDuplicate: 1
		});
		expect(result!.rowsRead).toBe(
			result!.rowsLoaded + result!.rowsRejected + result!.rowsDuplicate
		);

		const rejects = await query<{
			line: number;
			column_name: string;
			value: string;
			rule: string;
			message: string;
		}>(`select line, column_name, value, rule, message from etl_rejects order by line`);
		expect(rejects.map((r) => [r.line, r.rule])).toEqual([
			[3, 'nip_excel_mangled'],
			[4, 'date_invalid'],
			[6, 'unknown_code'],
			[10, 'duplicate_conflict'],
			[11, 'duplicate_conflict'],
			[12, 'not_data_row']
		]);
		expect(rejects[0]).toMatchObject({ column_name: 'NIP', value: '1.98609E+17' });
		expect(rejects[1]).toMatchObject({ column_name: 'Tanggal', value: '31/02/2025' });
		expect(rejects[1]!.message).toContain('31/02/2025');

		const rows = await query<{
			nip: string;
			tanggal: string;
			jam_masuk: string;
			status: string;
			_line: number;
		}>(
			`select nip, tanggal::varchar as tanggal, jam_masuk::varchar as jam_masuk, status, _line
			from raw_attendance order by _line`
		);
		expect(rows).toEqual([
			{ nip: A, tanggal: '2025-11-03', jam_masuk: '07:31:00', status: 'HADIR', _line: 2 },
			{ nip: B, tanggal: '2025-11-03', jam_masuk: '07:45:00', status: 'HADIR', _line: 5 },
			{ nip: B, tanggal: '2025-11-05', jam_masuk: '07:10:00', status: 'HADIR', _line: 7 },
			{ nip: C, tanggal: '2025-11-03', jam_masuk: '07:29:00', status: 'DINAS_LUAR', _line: 9 }
		]);
	});

	it('changes nothing when the same file is loaded again', async () => {
		const file = tmp.write('presensi_2025-11.csv', attendanceCsv);
		await runLoad({ warehouse, inputs: [file] }, quiet);
		const before = await query(`select * from raw_attendance order by _line`);
		const again = await runLoad({ warehouse, inputs: [file] }, quiet);
		expect(again.files[0]).toMatchObject({ status: 'unchanged', rowsRead: 0, rowsLoaded: 0 });
		expect(await query(`select * from raw_attendance order by _line`)).toEqual(before);
		const rejects = await query<{ n: number }>(`select count(*)::integer as n from etl_rejects`);
		expect(rejects[0]!.n).toBe(6);
	});

	it('lets a later export replace rows with the same natural key, and counts them', async () => {
		await runLoad({ warehouse, inputs: [tmp.write('a.csv', attendanceCsv)] }, quiet);
		const newer = [
			'NIP;Tanggal;Jam Masuk;Keterangan',
			`${A};03/11/2025;08:02;H`,
			`${A};06/11/2025;07:30;H`
		].join('\n');
		const summary = await runLoad({ warehouse, inputs: [tmp.write('b.csv', newer)] }, quiet);
		expect(summary.files[0]).toMatchObject({ rowsLoaded: 2, rowsReplaced: 1 });
		const rows = await query<{ n: number; masuk: string }>(
			`select count(*)::integer as n, max(jam_masuk)::varchar as masuk from raw_attendance
			where nip = '${A}' and tanggal = '2025-11-03'`
		);
		expect(rows[0]).toEqual({ n: 1, masuk: '08:02:00' });
	});

	it('rejects a file whose header it cannot map, naming what it expected and found', async () => {
		const file = tmp.write('barang.csv', 'Kode Barang;Nama Barang\nA1;Meja\n');
		const summary = await runLoad({ warehouse, inputs: [file] }, quiet);
		expect(summary.files[0]).toMatchObject({ status: 'rejected', rowsRead: 0 });
		expect(summary.files[0]!.messages.join(' ')).toMatch(/Kode Barang/);
	});

	it('rejects a file of a known kind that lacks a required column', async () => {
		const file = tmp.write('pegawai_2025-12-31.csv', 'NIP,Nama\n198609262015051001,Andi\n');
		const summary = await runLoad({ warehouse, inputs: [file], kind: 'roster' }, quiet);
		expect(summary.files[0]!.status).toBe('rejected');
		expect(summary.files[0]!.messages.join(' ')).toMatch(/unit_kerja/);
	});

	it('leaves the warehouse untouched on a dry run', async () => {
		const file = tmp.write('presensi.csv', attendanceCsv);
		const summary = await runLoad({ warehouse, inputs: [file], dryRun: true }, quiet);
		expect(summary.files[0]!.rowsLoaded).toBe(4);
		const { existsSync } = await import('node:fs');
		expect(existsSync(warehouse)).toBe(false);
	});
});
