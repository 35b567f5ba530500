/**
 * Conformance of the readers with public CSV test material (../shared/conformance, see its README):
 * csv-spectrum must parse to its JSON exactly; every DuckDB edge-case file must read to the rows stated
 * in EXPECTED.md — in Kinerja's terms: text cells, a header row, physical lines — or fail with a clear
 * PipelineError. Where Kinerja deliberately differs from DuckDB's options in a .test file, the case says
 * why (no silent skipping of malformed lines, no space delimiter, an empty file is an error).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, quoteIdent, type Db } from '../../pipeline/db/connection.js';
import { PipelineError } from '../../pipeline/errors.js';
import { readSource, type ReadOptions, type SourceRead } from '../../pipeline/read/readSource.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CONFORMANCE = join(resolve(repoRoot, '../shared'), 'conformance/csv');
const SPECTRUM = join(CONFORMANCE, 'csv-spectrum');
const DUCKDB = join(CONFORMANCE, 'duckdb');
const present = existsSync(SPECTRUM) && existsSync(DUCKDB);

function listFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? listFiles(path) : [path];
		})
		.sort();
}

const firstRow = () => true;
let db: Db;
let tmp: string;

beforeAll(async () => {
	db = await openDb(':memory:');
	tmp = await mkdtemp(join(tmpdir(), 'kinerja-conformance-'));
});
afterAll(async () => {
	db.close();
	await rm(tmp, { recursive: true, force: true });
});

interface Read {
	source: SourceRead;
	/** `[line, c0, c1, …]`, NULL as ''. */
	rows: (string | number)[][];
}

async function read(path: string, options: Partial<ReadOptions> = {}): Promise<Read> {
	const source = await readSource(db, path, { tmpDir: tmp, isHeader: firstRow, ...options });
	const found = await db.all(`select * from ${quoteIdent(source.table)} order by "__line"`);
	const rows = found.map((r) => [
		r.__line as number,
		...source.header.map((_, i) => (r[`c${i}`] ?? '') as string)
	]);
	return { source, rows };
}

describe('conformance material', () => {
	it('is present beside the repository at ../shared', () => {
		expect(
			present,
			`Conformance files missing: expected ${SPECTRUM} and ${DUCKDB}. CI must place a copy of ` +
				`shared/ beside the clone (../shared relative to the repository root).`
		).toBe(true);
	});
});

describe('csv-spectrum: each CSV read with its first row as header gives its JSON', () => {
	const files = listFiles(join(SPECTRUM, 'csvs')).filter((f) => f.endsWith('.csv'));
	it.each(files.map((f) => [relative(SPECTRUM, f), f]))('%s', async (_name, path) => {
		const name = path
			.split('/')
			.pop()!
			.replace(/\.csv$/, '');
		const expected = JSON.parse(readFileSync(join(SPECTRUM, 'json', `${name}.json`), 'utf8'));
		const { source, rows } = await read(path);
		const objects = rows.map((row) =>
			Object.fromEntries(source.header.map((key, i) => [key, row[i + 1]]))
		);
		expect(objects).toEqual(expected);
	});
});

type Row = (string | number)[];
interface Outcome {
	options?: Partial<ReadOptions>;
	error?: string;
	line?: number;
	header?: string[];
	headerLine?: number;
	delimiter?: string;
	encoding?: string;
	rows?: Row[];
	rowCount?: number;
	check?: (read: Read) => void;
	/** Why Kinerja's outcome differs from DuckDB's test, when it does. */
	why?: string;
}

const pad = (n: number) => Array<string>(n).fill('');
const oogieHeader = ['name', 'age', 'current_day', 'barks'];

/** Keyed by path under duckdb/. Summaries in EXPECTED.md; rows here are Kinerja's verbatim text. */
const DUCKDB_EXPECTED: Record<string, Outcome> = {
	'17738_rn.csv': {
		options: { isHeader: undefined },
		why: 'no header row: the shape heuristic skips the preamble (DuckDB: skip=3, header=false)',
		header: ['John', 'Doe', '120 jefferson st.', 'Riverside', 'NJ', '08075'],
		headerLine: 8,
		rows: [
			[9, 'Jack', 'McGinnis', '220 hobo Av.', 'Phila', ' PA', '09119'],
			[10, 'John "Da Man"', 'Repici', '120 Jefferson St.', 'Riverside', ' NJ', '08075'],
			[11, 'Stephen', 'Tyler', '7452 Terrace "At the Plaza" road', 'SomeTown', 'SD', ' 91234'],
			[12, '', 'Blankman', '', 'SomeTown', ' SD', ' 00298'],
			[13, 'Joan "the bone", Anne', 'Jet', '9th, at Terrace plc', 'Desert City', 'CO', '00123']
		]
	},
	'all_quotes.csv': {
		header: ['upc', 'name', 'description', 'price'],
		rows: [
			[2, '33333', 'Laderach Chocolate', 'This is the\nbest chocolate', '5'],
			[4, '11112', 'Laderach Chocolate', 'This is the best chocolate', '5'],
			[5, '11113', 'Laderach Chocolate', 'This is the best chocolate', '5'],
			[6, '11114', 'Laderach Chocolate', 'This is the best chocolate', '5'],
			[7, '44444', 'Boa Chocolate', "The best, 'chocolate', of the world", '2']
		]
	},
	'auto/duplicate_header_col.csv': {
		why: 'header kept verbatim (a, b, a); de-duplicating names is the mapping step’s job',
		header: ['a', 'b', 'a'],
		rows: [
			[2, '123', 'TEST2', 'text1'],
			[3, '345', 'TEST2', 'text2']
		]
	},
	'auto/duplicate_header_collision.csv': {
		header: ['a', 'b', 'a', 'a_1'],
		rows: [
			[2, '123', 'TEST2', 'text1', 'text1'],
			[3, '345', 'TEST2', 'text2', 'text2']
		]
	},
	'auto/duplicate_header_columns.csv': {
		header: [...Array<string>(12).fill('a'), ''],
		rows: [
			[2, '123', 'TEST2', 'text1', ...pad(9), 'value1'],
			[3, '345', 'TEST2', 'text2', ...pad(9), 'value2']
		]
	},
	'auto/empty_header.csv': {
		why: 'a header of only empty names is an empty row, so the next row is the header',
		header: ['123', 'TEST3', 'text1'],
		headerLine: 2,
		rows: [[3, '345', 'TEST3', 'text2']]
	},
	'auto/issue_1254_rn.csv': {
		header: ['a', 'b'],
		rows: [
			[2, '1', '2'],
			[3, '1', '2']
		]
	},
	'auto/missing_header_col.csv': {
		header: ['a', '', 'c'],
		rows: [
			[2, '123', 'TEST1', 'text1'],
			[3, '345', 'TEST1', 'text2']
		]
	},
	'auto/missing_many_col.csv': {
		header: ['a', ...pad(12)],
		rows: [
			[2, '123', 'TEST2', 'text1', ...pad(9), 'value1'],
			[3, '345', 'TEST2', 'text2', ...pad(9), 'value2']
		]
	},
	'auto/quote_escape.csv': {
		delimiter: '|',
		header: ['123', 'TEST6', 'text1'],
		rows: [
			[2, '345', 'TEST6', 'text"2"text'],
			[3, '567', 'TEST6', 'text3']
		]
	},
	'auto/rfc_conform_quote.csv': {
		header: ['123', 'TEST2', 'one space'],
		rows: [
			[2, '345', 'TEST2', 'trailing_space, '],
			[3, '567', 'TEST2', 'no"space']
		]
	},
	'auto/semicolon_delim.csv': {
		delimiter: ';',
		header: ['123', 'TEST9', 'text1'],
		rows: [
			[2, '345', 'TEST9', 'text2'],
			[3, '567', 'TEST9', 'text3']
		]
	},
	'auto/semicolon_escape.csv': {
		delimiter: ';',
		header: ['123', 'TEST11', 'text1'],
		rows: [
			[2, '345', 'TEST11', 'text2'],
			[3, '567', 'TEST11', 'te"xt3']
		]
	},
	'auto/semicolon_quote.csv': {
		delimiter: ';',
		header: ['123', 'TEST10', 'text1'],
		rows: [
			[2, '345', 'TEST10', 'text2'],
			[3, '567', 'TEST10', 'te;xt3']
		]
	},
	'auto/single_header.csv': {
		header: ['number', 'text', 'date'],
		rows: [[2, '345.0', 'TEST2', '2000-12-13']]
	},
	'auto/test_single_column_rn.csv': {
		header: ['foo'],
		rows: [
			[2, '1'],
			[3, '2'],
			[4, '3'],
			[5, '4'],
			[6, '5']
		]
	},
	'auto/time_date_timestamp_dd-mm-yyyy.csv': {
		header: ['a', 'b', 't', 'd', 'ts'],
		rows: [
			[2, '123', 'TEST2', '12:12:12', '01-01-2000', '01-01-2000 12:12:00'],
			[3, '345', 'TEST2', '14:15:30', '02-02-2002', '02-02-2002 14:15:00'],
			[4, '346', 'TEST2', '15:16:17', '13-12-2004', '13-12-2004 15:16:00']
		]
	},
	'auto/utf8bom.csv': {
		encoding: 'utf-8-bom',
		header: ['id', 'name'],
		rows: [
			[2, '1', 'Mark'],
			[3, '2', 'Hannes']
		]
	},
	'bad_date.csv': {
		header: ['date', 'eventID', 'subplotID'],
		rows: [[2, '2016-10-03', 'vst_OSBS_2016', '41_10_1']]
	},
	'bad_date_2.csv': {
		delimiter: '|',
		header: ['date', 'specification_version'],
		rows: [
			[2, '2023-12-03', '2.2.2'],
			[3, '2023-04-06', '2.2.0'],
			[4, '2023-04-06', '2.2.0'],
			[5, '2023-04-06', '2.2.0'],
			[6, '2022-11-09', '2.2.0']
		]
	},
	'comma_decimal_null.csv': {
		rowCount: 8,
		check: ({ source, rows }) => {
			const column = source.header.indexOf('FINANZ_STATO_FSC') + 1;
			const values = rows.map((r) => String(r[column]));
			const numbers = values.map((v) => (v === '' ? null : Number(v.replace(',', '.'))));
			expect(numbers).toEqual([80000000, 1400000, 424428, 525572, 385000000, 577000, null, null]);
		}
	},
	'csv_quoted_newline_odd.csv': {
		why: 'DuckDB skips the malformed line; Kinerja refuses rather than drop a line silently',
		error: 'read_too_many_cells',
		line: 11
	},
	'decimal_separators/decimal_separators.csv': {
		delimiter: ';',
		header: ['commas', 'periods'],
		rows: [
			[2, '1,1', '1.1'],
			[3, '0,25', '0.25'],
			[4, '1,53e4', '1.53e4'],
			[5, '+1,53e4', '+1.53e4'],
			[6, '-1,53e4', '-1.53e4']
		]
	},
	'decimal_separators/decimal_separators_csv.csv': {
		header: ['commas', 'periods'],
		rows: [[2, '1,2345', '1.2345']]
	},
	'decimal_separators/invalid_char.csv': { header: ['foo'], rows: [[2, '12ö4']] },
	'double_quoted_header.csv': {
		header: ['foo "bar', 'name'],
		rows: [
			[2, '1', 'rob'],
			[3, '2', 'sally']
		]
	},
	'empty.csv': {
		why: 'DuckDB reads 0 rows; for Kinerja a 0-byte export is an error the officer must see',
		error: 'read_empty_file'
	},
	'empty_first_line.csv': {
		why: 'space is not one of Kinerja’s delimiters, so each line is one cell',
		header: ['a 1'],
		headerLine: 2,
		rows: [
			[3, 'b 2'],
			[4, 'c 3']
		]
	},
	'empty_space_start_value.csv': {
		header: ['Year', 'Score', 'Title'],
		rows: [
			[2, '1968', '  86', 'Greetings'],
			[3, '1970', '  17', 'Bloody Mama'],
			[4, '1970', '  73', 'Hi, Mom!'],
			[5, '1971', '  40', 'Born to Win']
		]
	},
	'encodings/all_latin1.csv': {
		encoding: 'windows-1252',
		header: ['!'],
		rowCount: 189,
		check: ({ rows }) => {
			const values = rows.map((r) => r[1]);
			expect(values.slice(0, 11)).toEqual(['"', '#', '$', '%', '&', "'", '(', ')', '*', '+', ',']);
			expect(values).toContain('\u00a0');
			expect(values).toContain('é');
			expect(values.at(-1)).toBe('ÿ');
			expect(rows.every((r, i) => r[0] === i + 2)).toBe(true);
		}
	},
	'encodings/latin1.csv': {
		encoding: 'windows-1252',
		header: ['name', 'age'],
		rowCount: 12,
		check: ({ rows }) => {
			expect(rows[0]).toEqual([2, 'José Álvarez', '30']);
			expect(rows[1]).toEqual([3, 'Müller', '25']);
			expect(rows.at(-1)).toEqual([13, 'Léonard Dubois', '29']);
		}
	},
	'encodings/only_latin1.csv': {
		encoding: 'windows-1252',
		header: ['ýýýýýýý ýýýýýýýý', 'ý'],
		rows: [
			[2, 'ýýý ýýýýýýýýý', 'ý'],
			[3, 'ýý ýýýýý', 'Ø'],
			[4, 'ýýýýý ýýýýýýýý', 'ýý'],
			[5, 'ýýý ýýýýý', 'ðý'],
			[6, 'ýýýý ýýýýýý', 'ýý']
		]
	},
	'encodings/utf16.csv': {
		encoding: 'utf-16le',
		header: ['name', 'age'],
		rowCount: 20,
		check: ({ rows }) => {
			expect(rows[0]).toEqual([2, 'José Álvarez', '30']);
			expect(rows.at(-1)).toEqual([21, 'Krystýna Novák', '23']);
		}
	},
	'error/mismatch/small1.csv': {
		why: 'type errors are validation’s business: the reader keeps every row as text',
		header: ['COL1', 'COL2'],
		rows: [
			[2, '1', 'A'],
			[3, 'X', 'Y'],
			[4, '2', 'B'],
			[5, '3', 'C'],
			[6, 'X', 'Y']
		]
	},
	'error/mismatch/small2.csv': {
		header: ['COL1', 'COL2'],
		rows: [
			[2, '1', 'A'],
			[3, 'X', 'Y'],
			[4, '3', 'C'],
			[5, 'X', 'Y']
		]
	},
	'header_left_space.csv': {
		header: ['bla'],
		rows: [
			[2, '1'],
			[3, '2'],
			[4, '3']
		]
	},
	'header_normalize.csv': {
		delimiter: ';',
		header: ['bla', 'bla', 'b  la', '', '3b'],
		rowCount: 3,
		check: ({ rows }) => expect(rows[0]).toEqual([2, '1', '2', '3', '4', '5'])
	},
	'header_only.csv': { header: ['abs_file_name'], rows: [] },
	'header_only_2.csv': { delimiter: ';', header: ['foo', 'bar'], rows: [] },
	'headers/empty_1.csv': emptyHeaderCase(),
	'headers/empty_2.csv': emptyHeaderCase(),
	'headers/empty_3.csv': emptyHeaderCase(),
	'headers/empty_4.csv': emptyHeaderCase(),
	'headers/unescaped_quote.csv': {
		header: ['Name', "Unescaped'Quote"],
		rows: [
			[2, 'Alice', '123'],
			[3, 'Bob', '456']
		]
	},
	'ignore_errors.csv': {
		delimiter: ';',
		header: ['a', 'b'],
		rows: [...[2, 3, 4, 5, 6].map((line) => [line, 'bla,bla', 'bla,bla']), [7, 'bla', 'bla']]
	},
	'invalid_utf8.csv': {
		why: 'the file is UTF-16LE with a BOM; its last character is U+FFFD itself, kept as text',
		encoding: 'utf-16le',
		header: ['bla'],
		rows: [
			[2, 'bla'],
			[3, '\uFFFD']
		]
	},
	'locations_header_trailing_comma.csv': {
		header: ['id', 'name', 'lat', 'lon', ''],
		rows: [[2, '1', 'name', '0', '0', '']]
	},
	'missing_column.csv': {
		why: 'the short rows (lines 7, 10, 17) are padded, never shifted; validation rejects them',
		header: ['h1', 'h2'],
		rowCount: 22,
		check: ({ rows }) => {
			expect(rows.find((r) => r[0] === 7)).toEqual([7, '65', '']);
			expect(rows.find((r) => r[0] === 10)).toEqual([10, '68', '']);
			expect(rows.find((r) => r[0] === 17)).toEqual([17, '84', '']);
			expect(rows.find((r) => r[0] === 12)).toEqual([12, '88', 'abc']);
		}
	},
	'mixed_dates.csv': {
		header: ['A', 'B'],
		rows: [
			[2, '1', '2024-03-08'],
			[3, '2', '2024-03-09'],
			[4, '3', '03/10/2024'],
			[5, '4', '2024-03-11'],
			[6, '5', '2024-03-12']
		]
	},
	'mixed_new_line.csv': {
		header: ['1', '2', '3'],
		rows: [
			[2, '4', '5', '6'],
			[3, '7', '8', '9']
		]
	},
	'mixed_new_line_2.csv': {
		header: ['1', '23'],
		rows: [
			[2, '4', '5'],
			[3, '6', ''],
			[4, '7', '89']
		]
	},
	'multi_quote.csv': {
		header: ['datecol', 'textcol'],
		rowCount: 7,
		check: ({ rows }) => {
			expect(rows[5]).toEqual([7, '1/6/19', 'text, with comma']);
			expect(rows[6]).toEqual([8, '1/9/19', "'text'"]);
		}
	},
	'multidelimiter/simple_unterminated_quote.csv': { error: 'read_unterminated_quote', line: 1 },
	'multidelimiter/unterminated_quote_multi_line.csv': { error: 'read_unterminated_quote', line: 1 },
	'multidelimiter/windows_newline.csv': {
		why: 'multi-character delimiters (BA) are not Kinerja shapes: one column',
		header: ['ABAB'],
		rows: [[2, 'ABAC']]
	},
	'null/multiple_quoted_nulls.csv': {
		why: 'no null strings: "null" and "none" stay text, an empty cell is NULL',
		header: ['name', 'age', 'height'],
		rows: [
			[2, 'Pedro', '31', '1.73'],
			[3, 'Mark', 'null', ''],
			[4, 'Thijs', '26', 'none']
		]
	},
	'null_string.csv': {
		header: ['a', 'b'],
		rows: [
			[2, '1', 'null'],
			[3, 'null', '2']
		]
	},
	'null_terminator.csv': { error: 'read_binary', line: 1 },
	'nullbyte_header.csv': { error: 'read_binary', line: 1 },
	'nullpadding_header.csv': {
		options: { isHeader: undefined },
		header: ['one', 'two', 'three', 'four'],
		headerLine: 2,
		rows: [
			[3, '1', 'a', 'alice', ''],
			[4, '2', 'b', 'bob', '']
		]
	},
	'quoted_newline.csv': { header: ['col1'], rows: [[2, 'cell with\nnewline']] },
	'real/greek_utf8.csv': {
		delimiter: '|',
		header: ['1689', '00i\\047m', '2'],
		rowCount: 7,
		check: ({ rows }) => {
			expect(rows[2]).toEqual([4, '45804', '21π', '1']);
			expect(rows[4]).toEqual([6, '171067', 'arde\u0300ch', '2']);
		}
	},
	'rejects/dr_who.csv': {
		header: ['date', 'datetime', 'time', 'timestamp', 'time_tz'],
		rows: [[2, 'not-a-date', 'not-a-datetime', 'not-a-time', 'not-a-timestamp', 'not-a-time-tz']]
	},
	'rejects/frankstein/nightmare.csv': {
		why: 'DuckDB keeps the good rows and rejects the rest; a row with too many cells stops Kinerja',
		error: 'read_too_many_cells',
		line: 14
	},
	'rejects/incorrect_columns/small_mix.csv': { error: 'read_too_many_cells', line: 3 },
	'rejects/multiple_errors/cast_and_less_col.csv': {
		header: oogieHeader,
		rows: [
			[2, 'oogie boogie', '3', ' 2023-01-01', ' 2'],
			[3, 'oogie boogie', '3', ' 2023-01-02', ' 5'],
			[4, 'oogie boogie', 'bla', ' 2023-01-03', ''],
			[5, 'oogie boogie', 'bla', '', '']
		]
	},
	'rejects/multiple_errors/cast_and_more_col.csv': { error: 'read_too_many_cells', line: 4 },
	'rejects/multiple_errors/invalid_utf_cast.csv': {
		encoding: 'windows-1252',
		header: oogieHeader,
		rows: [
			[2, 'oogie boogie', '3', ' 2023-01-01', ' 2'],
			[3, 'oogie boÿÿgie', 'bla', ' 2023-01-01', ' 2']
		]
	},
	'rejects/multiple_errors/invalid_utf_less.csv': {
		encoding: 'windows-1252',
		header: oogieHeader,
		rows: [
			[2, 'oogie boogie', '3', ' 2023-01-01', ' 2'],
			[3, 'oogie boÿÿgie', '3', ' 2023-01-01', '']
		]
	},
	'rejects/multiple_errors/invalid_utf_more.csv': { error: 'read_too_many_cells', line: 3 },
	'rejects/multiple_errors/invalid_utf_unquoted.csv': {
		encoding: 'windows-1252',
		header: ['name', 'last_name', 'age', 'current_day', 'barks'],
		rows: [
			[2, 'oogie', ' boogie', '3', ' 2023-01-01', ' 2'],
			[3, 'oogiebla', ' boÿÿgie', '3', ' 2023-01-01', ' 2']
		]
	},
	'rejects/multiple_errors/multiple_errors.csv': { error: 'read_too_many_cells', line: 4 },
	'rejects/multiple_errors/unquoted_cast.csv': {
		header: oogieHeader,
		rows: [
			[2, 'oogie boogie', '3', ' 2023-01-01', ' 2'],
			[3, 'oogie boogiebla', 'bla', ' 2023-01-02', ' 5'],
			[4, 'oogie boogie', '3', ' 2023-01-02', ' 7']
		]
	}
};

function emptyHeaderCase(): Outcome {
	return {
		header: ['a', 'b', 'c', '', 'e'],
		rows: [
			[2, '1', '2', '3', '4', '5'],
			[3, '6', '7', '8', '9', '10']
		]
	};
}

describe('DuckDB CSV edge cases: each file reads to the stated rows or a clear PipelineError', () => {
	const files = listFiles(DUCKDB).map((f) => relative(DUCKDB, f));

	it('has an expectation for every CSV file', () => {
		const csvs = files.filter((f) => f.endsWith('.csv'));
		expect(csvs.length).toBeGreaterThan(0);
		expect(csvs.filter((f) => !(f in DUCKDB_EXPECTED))).toEqual([]);
	});

	it.each(files.filter((f) => f.endsWith('.csv')))('%s', async (name) => {
		const outcome = DUCKDB_EXPECTED[name]!;
		const path = join(DUCKDB, name);
		if (outcome.error) {
			let error: unknown = null;
			try {
				await read(path, outcome.options);
			} catch (caught) {
				error = caught;
			}
			expect(error).toBeInstanceOf(PipelineError);
			const failure = error as PipelineError;
			expect(failure.code).toBe(outcome.error);
			expect(failure.file).toBe(path);
			if (outcome.line !== undefined) expect(failure.line).toBe(outcome.line);
			expect(failure.message).toContain(path);
			return;
		}
		const result = await read(path, outcome.options);
		const { source, rows } = result;
		expect(source.header.length).toBeGreaterThan(0);
		if (outcome.header) expect(source.header).toEqual(outcome.header);
		expect(source.headerLine).toBe(outcome.headerLine ?? 1);
		if (outcome.delimiter) expect(source.delimiter).toBe(outcome.delimiter);
		if (outcome.encoding) expect(source.encoding).toBe(outcome.encoding);
		if (outcome.rows) expect(rows).toEqual(outcome.rows);
		expect(source.rowCount).toBe(outcome.rowCount ?? outcome.rows?.length ?? rows.length);
		expect(rows.length).toBe(source.rowCount);
		outcome.check?.(result);
	});

	it.each(files.filter((f) => !f.endsWith('.csv')))(
		'%s (not a CSV) still reads to rows or a PipelineError',
		async (name) => {
			try {
				const { source } = await read(join(DUCKDB, name));
				expect(source.header.length).toBeGreaterThan(0);
			} catch (error) {
				expect(error).toBeInstanceOf(PipelineError);
			}
		}
	);
});
