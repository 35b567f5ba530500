import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/errors.js';
import { CsvParser, countLineBreaks } from '../../pipeline/read/csvParser.js';

interface Parsed {
	cells: string[];
	line: number;
}

/** Parses `text` fed in pieces of `step` characters, so chunk boundaries fall everywhere. */
function parse(text: string, delimiter = ',', step = text.length || 1, quotes = true): Parsed[] {
	const out: Parsed[] = [];
	const parser = new CsvParser({ delimiter, file: 'test.csv', quotes }, (cells, line) =>
		out.push({ cells, line })
	);
	for (let i = 0; i < text.length; i += step) parser.push(text.slice(i, i + step));
	parser.finish();
	return out;
}

describe('CsvParser', () => {
	it.each<[string, string, string[][], string?]>([
		[
			'simple LF',
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'CRLF',
			'a,b\r\n1,2\r\n',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'lone CR',
			'a,b\r1,2\r',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		[
			'no final newline',
			'a,b\n1,2',
			[
				['a', 'b'],
				['1', '2']
			]
		],
		['doubled quotes', 'a\n"ha ""ha"" ha"\n', [['a'], ['ha "ha" ha']]],
		[
			'quoted delimiter',
			'a,b\n"x,y",z\n',
			[
				['a', 'b'],
				['x,y', 'z']
			]
		],
		['quoted LF kept verbatim', 'a\n"x\ny"\n', [['a'], ['x\ny']]],
		['quoted CRLF kept verbatim', 'a\r\n"x\r\ny"\r\n', [['a'], ['x\r\ny']]],
		['empty quoted', '"",""\n', [['', '']]],
		['blank line is an empty record', 'a\n\nb\n', [['a'], [''], ['b']]],
		[
			'space before opening quote',
			'a,b\n1, "x,y"\n',
			[
				['a', 'b'],
				['1', 'x,y']
			]
		],
		[
			'space after closing quote',
			'a,b\n"x" ,y\n',
			[
				['a', 'b'],
				['x', 'y']
			]
		],
		['text after closing quote is kept', '"oogie"bla,1\n', [['oogiebla', '1']]],
		['quote inside unquoted field is plain', 'ab"c,d\n', [['ab"c', 'd']]],
		['leading spaces of unquoted field kept', ' 1 ,  2\n', [[' 1 ', '  2']]],
		[
			'semicolon',
			'NIP;Nama\n1;Siti, S.Pd\n',
			[
				['NIP', 'Nama'],
				['1', 'Siti, S.Pd']
			],
			';'
		],
		[
			'tab',
			'a\tb\n"x\ty"\tz\n',
			[
				['a', 'b'],
				['x\ty', 'z']
			],
			'\t'
		]
	])('%s', (_name, text, rows, delimiter = ',') => {
		expect(parse(text, delimiter).map((r) => r.cells)).toEqual(rows);
		for (const step of [1, 2, 5])
			expect(parse(text, delimiter, step)).toEqual(parse(text, delimiter));
	});

	it('gives each record the physical line it starts on, counting lines inside quotes', () => {
		const text = 'h1,h2\r\n"a\r\nb",1\r\n\r\n"c\nd\re",2\n3,4\r5,6';
		for (const step of [1, 2, 3, 7, 1000]) {
			expect(parse(text, ',', step).map((r) => [r.line, r.cells[0]])).toEqual([
				[1, 'h1'],
				[2, 'a\r\nb'],
				[4, ''],
				[5, 'c\nd\re'],
				[8, '3'],
				[9, '5']
			]);
		}
	});

	it('reports the character offset of each record', () => {
		const offsets: number[] = [];
		const parser = new CsvParser({ delimiter: ',', file: 'x' }, (_c, _l, offset) =>
			offsets.push(offset)
		);
		parser.push('ab,c\n"x\ny"\nlast');
		parser.finish();
		expect(offsets).toEqual([0, 5, 11]);
	});

	it('passes the raw text of quote-free one-line records only', () => {
		const raws: (string | undefined)[] = [];
		const parser = new CsvParser({ delimiter: ';', file: 'x' }, (_c, _l, _o, raw) =>
			raws.push(raw)
		);
		parser.push('a;b\n"x";y\n');
		parser.finish();
		expect(raws).toEqual(['a;b', undefined]);
	});

	it('throws a PipelineError with the line where an unterminated quote opens', () => {
		const run = () => parse('a,b\n1,2\n3,"never closed\n4,5\n');
		expect(run).toThrow(PipelineError);
		try {
			run();
		} catch (error) {
			expect((error as PipelineError).code).toBe('read_unterminated_quote');
			expect((error as PipelineError).line).toBe(3);
			expect((error as PipelineError).file).toBe('test.csv');
		}
	});

	it('stops on a record longer than the limit instead of swallowing the file', () => {
		const parser = new CsvParser(
			{ delimiter: ',', file: 'big.csv', maxRecordChars: 1000 },
			() => {}
		);
		parser.push('a\n"');
		expect(() => {
			for (let i = 0; i < 10; i++) parser.push('x'.repeat(500));
		}).toThrow(/1000/);
	});

	it('splits on tabs only and keeps quotes when quoting is off (punch logs)', () => {
		expect(parse('1\t"2025-11-03 07:31:05"\n', '\t', 3, false).map((r) => r.cells)).toEqual([
			['1', '"2025-11-03 07:31:05"']
		]);
	});
});

describe('countLineBreaks', () => {
	it.each([
		['', 0],
		['a\nb', 1],
		['a\r\nb', 1],
		['a\rb', 1],
		['\r\n\r\n', 2],
		['\n\r', 2]
	])('%j has %i', (text, n) => {
		expect(countLineBreaks(text)).toBe(n);
	});
});
