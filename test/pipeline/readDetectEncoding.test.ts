import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decoderFor, NotUtf8Error } from '../../pipeline/read/decodeChunks.js';
import { detectEncoding } from '../../pipeline/read/detectEncoding.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('detectEncoding', () => {
	it.each<[string, Uint8Array, boolean, string]>([
		['plain ASCII', Buffer.from('NIP;Nama\n1;Siti\n'), true, 'utf-8'],
		['UTF-8 with multibyte', Buffer.from('Nama\nJosé “Ucok”\n'), true, 'utf-8'],
		['UTF-8 BOM', Buffer.from('\uFEFFNIP\n'), true, 'utf-8-bom'],
		['UTF-16LE BOM', Buffer.from([0xff, 0xfe, ...Buffer.from('NIP', 'utf16le')]), true, 'utf-16le'],
		['UTF-16LE without BOM', Buffer.from('NIP;Nama\r\n1;2\r\n', 'utf16le'), true, 'utf-16le'],
		['Windows-1252 quotes and é', bytes(0x92, 0x93, 0xe9, 0x94, 0x0a), true, 'windows-1252'],
		['Latin-1 é', Buffer.from('Jos\xe9,30\n', 'latin1'), true, 'windows-1252'],
		[
			'UTF-8 cut mid-character at the sample end',
			Buffer.from('ab é').subarray(0, 4),
			false,
			'utf-8'
		],
		['same bytes at the real end', Buffer.from('ab é').subarray(0, 4), true, 'windows-1252'],
		['NUL inside', bytes(0x61, 0x00, 0x62), true, 'binary'],
		['NUL padding at the end only', Buffer.from('1\t2025-11-03 07:31:05\n\0\0\0'), true, 'utf-8'],
		[
			'control-character soup',
			Uint8Array.from({ length: 400 }, (_, i) => (i * 37 + 1) % 32 || 1),
			true,
			'binary'
		]
	])('%s', (_name, sample, atEof, encoding) => {
		expect(detectEncoding(sample, atEof)).toBe(encoding);
	});
});

describe('decoderFor', () => {
	it('decodes Windows-1252 0x80–0x9F as the typographic characters Excel meant', () => {
		const decoder = decoderFor('windows-1252');
		expect(decoder.write(bytes(0x92, 0x93, 0xe9, 0x94, 0x96, 0x80)) + decoder.end()).toBe('’“é”–€');
	});

	it('keeps a UTF-8 character split over two chunks whole', () => {
		const all = Buffer.from('Jos\u00e9 \u201cx\u201d');
		const decoder = decoderFor('utf-8');
		let text = '';
		for (let i = 0; i < all.length; i++) text += decoder.write(all.subarray(i, i + 1));
		expect(text + decoder.end()).toBe('José “x”');
	});

	it('signals bytes that are not UTF-8', () => {
		const decoder = decoderFor('utf-8');
		expect(() => decoder.write(bytes(0x61, 0xe9, 0x62))).toThrow(NotUtf8Error);
	});

	it('decodes UTF-16LE split at odd byte positions', () => {
		const all = iconv.encode('Nama,José\r\n', 'utf-16le');
		const decoder = decoderFor('utf-16le');
		let text = '';
		for (let i = 0; i < all.length; i += 3) text += decoder.write(all.subarray(i, i + 3));
		expect(text + decoder.end()).toBe('Nama,José\r\n');
	});
});
