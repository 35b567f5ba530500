import type { SourceFormat } from '../types.js';
import { detectEncoding } from './detectEncoding.js';
import type { FileSample } from './fileSample.js';
import { looksLikePunchLog } from './punchLine.js';
import { readError, readMessages } from './readMessages.js';
import { toTextSample, type TextSample } from './textSample.js';

type Magic = { bytes: number[]; id: string; en: string };

/** Files people hand over instead of CSV/XLSX, recognised by their first bytes. */
const UNSUPPORTED: Magic[] = [
	{
		bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
		id: 'XLS lama (Excel 97-2003) atau XLSX yang dilindungi kata sandi',
		en: 'old XLS (Excel 97-2003) or a password-protected XLSX'
	},
	{ bytes: [0x25, 0x50, 0x44, 0x46], id: 'PDF', en: 'PDF' },
	{ bytes: [0x1f, 0x8b], id: 'arsip gzip', en: 'gzip archive' },
	{ bytes: [0xfe, 0xff], id: 'teks UTF-16 big-endian', en: 'UTF-16 big-endian text' }
];

/** XLSX by the zip magic; ODS is a zip too, but says so in its first entry. */
export function isXlsxMagic(bytes: Uint8Array, file: string): boolean {
	if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
	const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
	if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) {
		throw readError(
			'read_unsupported_format',
			readMessages.unsupported(
				'lembar kerja OpenDocument (.ods)',
				'OpenDocument spreadsheet (.ods)'
			),
			{ file }
		);
	}
	return true;
}

/** Refuses the formats above; otherwise the sample decoded, or a `read_binary` error. */
export function textOf(sample: FileSample, file: string): TextSample {
	for (const magic of UNSUPPORTED) {
		if (startsWith(sample.bytes, magic.bytes)) {
			throw readError('read_unsupported_format', readMessages.unsupported(magic.id, magic.en), {
				file
			});
		}
	}
	const head = sample.bytes.subarray(0, Math.min(sample.bytes.length, sample.end));
	const encoding = detectEncoding(head, sample.atEof);
	if (encoding === 'binary') {
		const nul = head.indexOf(0);
		const line = nul < 0 ? undefined : lineOf(head.subarray(0, nul));
		throw readError('read_binary', readMessages.binary(), { file, line });
	}
	const text = toTextSample(sample, encoding);
	if (/^\s*<(\?xml|!doctype html|html|table)\b/i.test(text.text)) {
		throw readError(
			'read_unsupported_format',
			readMessages.unsupported(
				'HTML/XML (ekspor aplikasi web yang bernama .xls)',
				"HTML/XML (a web app's export named .xls)"
			),
			{ file }
		);
	}
	return text;
}

/** CSV unless the text has no header and its lines are fingerprint punches. */
export function textFormat(text: TextSample): Exclude<SourceFormat, 'xlsx'> {
	return looksLikePunchLog(text) ? 'punches' : 'csv';
}

/** 1-based line of the byte after `before` (LF, CRLF and a lone CR end a line). */
function lineOf(before: Uint8Array): number {
	let line = 1;
	for (let i = 0; i < before.length; i++) {
		if (before[i] === 10 || (before[i] === 13 && before[i + 1] !== 10)) line++;
	}
	return line;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}
