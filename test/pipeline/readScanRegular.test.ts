import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanRegular } from '../../pipeline/read/scanRegular.js';

let tmp: string;
let n = 0;

beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), 'kinerja-scan-'));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

/** Scans `text`, whose header line starts at `header` (a char offset; ASCII text, so also bytes). */
async function scan(text: string | Buffer, header = 0, delimiter = ',') {
	const path = join(tmp, `s${++n}.csv`);
	await writeFile(path, text);
	const start = Buffer.isBuffer(text) && text[0] === 0xef ? 3 : 0;
	return scanRegular(path, { start, header: header + start, delimiter });
}

describe('scanRegular', () => {
	it.each<[string, string, number, number]>([
		['LF', 'a,b\n1,2\n3,4\n', 0, 2],
		['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', 0, 2],
		['CR only', 'a,b\r1,2\r3,4\r', 0, 2],
		['no final line break', 'a,b\n1,2\n3,4', 0, 2],
		['header only', 'a,b\n', 0, 0],
		['trailing blank lines', 'a,b\n1,2\n\n\n', 0, 1],
		['blank lines above the header', 'TITLE\n\na,b\n1,2\n', 7, 1],
		['clean quotes', '"a","b"\n"1","x, y"\n"2",""\n', 0, 2],
		['doubled quotes', 'a,b\n1,"say ""hi"""\n', 0, 1],
		['row of delimiters only', 'a,b\n1,2\n,\n3,4\n', 0, 3]
	])('%s is regular (header at byte %i, %i data lines)', async (_n, text, header, lines) => {
		expect(await scan(text, header)).toEqual({ irregular: null, dataLines: lines });
	});

	it.each<[string, string, string]>([
		['blank line between rows', 'a,b\n1,2\n\n3,4\n', 'blank-lines'],
		['blank CRLF line between rows', 'a,b\r\n1,2\r\n\r\n3,4\r\n', 'blank-lines'],
		['LF data under a CRLF header', 'a,b\r\n1,2\n3,4\n', 'mixed-newlines'],
		['a lone CR inside a row', 'a,b\n1,x\ry\n', 'mixed-newlines'],
		['quoted line break', 'a,b\n1,"x\ny"\n', 'quoted-newline'],
		['quote in the middle of a cell', 'a,b\n1,ab"c"\n', 'irregular-quotes'],
		['space before an opening quote', 'a,b\n1, "x"\n', 'irregular-quotes'],
		['text after a closing quote', 'a,b\n1,"x"y\n', 'irregular-quotes'],
		['unterminated quote', 'a,b\n1,"x', 'irregular-quotes'],
		['NUL byte', 'a,b\n1,\0\n', 'nul']
	])('%s is irregular: %s', async (_n, text, why) => {
		expect(await scan(text)).toEqual({ irregular: why });
	});

	it('uses the delimiter to judge where quotes may open', async () => {
		expect(await scan('a;b\n1;"x;y"\n', 0, ';')).toEqual({ irregular: null, dataLines: 1 });
		expect(await scan('a;b\n1;"x;y"\n', 0, ',')).toEqual({ irregular: 'irregular-quotes' });
	});

	it('lets a quote open right after the BOM', async () => {
		const text = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"a","b"\n1,2\n')]);
		expect(await scan(text)).toEqual({ irregular: null, dataLines: 1 });
	});

	it('follows quotes, CRLFs and blank lines across its 4 MB chunks', async () => {
		const row = '"12345678","Pegawai, dengan nama panjang"\r\n';
		const rows = Math.ceil((5 << 20) / row.length);
		const body = row.repeat(rows);
		expect(await scan(`a,b\r\n${body}`)).toEqual({ irregular: null, dataLines: rows });
		const split = (4 << 20) - 6;
		const broken = `a,b\r\n${body.slice(0, split)}\r\n\r\n${body.slice(split)}`;
		expect((await scan(broken)).irregular).not.toBeNull();
	});
});
