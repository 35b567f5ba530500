import type { SourceEncoding } from '../types.js';

/** Bytes of the byte-order mark each encoding starts with (0 when it has none). */
export function bomLength(bytes: Uint8Array, encoding: SourceEncoding): number {
	if (encoding === 'utf-8-bom') return 3;
	if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return 2;
	return 0;
}

/**
 * Guesses the encoding of a file from its first bytes. `atEof` says the sample is the whole file, so a
 * multi-byte character cut at the end of the sample is not mistaken for Windows-1252.
 * Windows-1252 is the fallback for anything that is not valid UTF-8: that is what Excel writes for
 * "CSV (Comma delimited)" on Indonesian Windows, and every byte decodes.
 */
export function detectEncoding(sample: Uint8Array, atEof: boolean): SourceEncoding {
	if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
	if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
	if (looksLikeUtf16le(sample)) return 'utf-16le';
	if (looksBinary(sample)) return 'binary';
	return isUtf8(sample, atEof) ? 'utf-8' : 'windows-1252';
}

function isUtf8(sample: Uint8Array, atEof: boolean): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !atEof });
		return true;
	} catch {
		return false;
	}
}

/** "Unicode text" saved without a BOM: ASCII text leaves every second byte zero. */
function looksLikeUtf16le(sample: Uint8Array): boolean {
	const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
	if (pairs < 2) return false;
	let oddZero = 0;
	let evenZero = 0;
	for (let i = 0; i < pairs; i++) {
		if (sample[2 * i] === 0) evenZero++;
		if (sample[2 * i + 1] === 0) oddZero++;
	}
	return oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05;
}

/**
 * NUL bytes, or many control characters, mean a binary file (PDF, image, zip, old .xls). A NUL run at
 * the very end is tolerated: fingerprint machines pad attlog.dat with zeros.
 */
function looksBinary(sample: Uint8Array): boolean {
	let end = sample.length;
	while (end > 0 && sample[end - 1] === 0) end--;
	let control = 0;
	for (let i = 0; i < end; i++) {
		const b = sample[i]!;
		if (b === 0) return true;
		if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
	}
	return end > 0 && control > Math.max(4, end * 0.02);
}
