import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, quoteIdent, type Db } from '../../pipeline/db/connection.js';
import { looksLikePunchLog, punchHeader } from '../../pipeline/read/readPunches.js';
import { readSource } from '../../pipeline/read/readSource.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/read');

let db: Db;
let tmp: string;

beforeAll(async () => {
	db = await openDb(':memory:');
	tmp = await mkdtemp(join(tmpdir(), 'kinerja-punch-'));
});
afterAll(async () => {
	db.close();
	await rm(tmp, { recursive: true, force: true });
});

describe('readSource: punch logs', () => {
	it('reads a ZKTeco attlog: padded PINs trimmed, 5 to 11 fields, blank lines out', async () => {
		const source = await readSource(db, join(FIXTURES, 'attlog.dat'), { tmpDir: tmp });
		expect(source).toMatchObject({
			format: 'punches',
			delimiter: null,
			headerLine: 0,
			rowCount: 5,
			readPath: 'slow',
			header: ['pin', 'waktu', 'status', 'verify', 'workcode', 'f6', 'f7', 'f8', 'f9', 'f10', 'f11']
		});
		const found = await db.all(
			`select "__line" as line, c0, c1, c2, c3, c5, c10 from ${quoteIdent(source.table)} order by 1`
		);
		expect(found).toEqual([
			{ line: 1, c0: '1', c1: '2025-11-03 07:31:05', c2: '0', c3: '1', c5: null, c10: null },
			{ line: 2, c0: '123', c1: '2025-11-03 07:31:09', c2: '0', c3: '1', c5: '0', c10: null },
			{ line: 3, c0: '00042', c1: '2025-11-03 16:45:00', c2: '1', c3: '15', c5: '0', c10: null },
			{ line: 5, c0: '7', c1: '2025-11-04 00:12:40', c2: '1', c3: '1', c5: '0', c10: '0' },
			{ line: 6, c0: '1', c1: '2025-11-04 07:29:59', c2: '0', c3: '1', c5: null, c10: null }
		]);
	});

	it('handles CRLF, NUL padding at the end and values kept verbatim', async () => {
		const path = join(tmp, 'ATTLOG.dat');
		const text = '  9\t2025-11-05 07:00:00\t0\t1\t0\r\n10\t2025-11-05 07:00:03\t 0 \t1\t0\r\n';
		await writeFile(path, Buffer.concat([Buffer.from(text), Buffer.alloc(64)]));
		const source = await readSource(db, path, { tmpDir: tmp });
		expect(source.header).toEqual(punchHeader(5));
		const found = await db.all(`select c0, c2 from ${quoteIdent(source.table)} order by "__line"`);
		expect(found).toEqual([
			{ c0: '9', c2: '0' },
			{ c0: '10', c2: ' 0 ' }
		]);
	});
});

describe('looksLikePunchLog', () => {
	it.each<[string, string, boolean, boolean]>([
		[
			'punch lines',
			'1\t2025-11-03 07:31:05\t0\t1\t0\n2\t2025-11-03 07:32:00\t0\t1\t0\n',
			true,
			true
		],
		['padded PIN', '   15\t2025-11-03 07:31:05\t0\t1\t0\n', true, true],
		['a header line first', 'PIN\tWaktu\n1\t2025-11-03 07:31:05\n', true, false],
		['a CSV', 'NIP;Tanggal\n1;2025-11-03\n', true, false],
		[
			'cut last line of a sample is ignored',
			'1\t2025-11-03 07:31:05\t0\t1\t0\n2\t2025-11',
			false,
			true
		],
		['nothing', '\n\n', true, false]
	])('%s → %s', (_name, text, atEof, yes) => {
		expect(looksLikePunchLog({ text, atEof })).toBe(yes);
	});
});

describe('punchHeader', () => {
	it('names the known fields and numbers the rest', () => {
		expect(punchHeader(3)).toEqual(['pin', 'waktu', 'status']);
		expect(punchHeader(7)).toEqual(['pin', 'waktu', 'status', 'verify', 'workcode', 'f6', 'f7']);
	});
});
