import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { SourceEncoding } from '../types.js';

/** Thrown when a file sniffed as UTF-8 turns out not to be, further down than the sample reached. */
export class NotUtf8Error extends Error {
	constructor() {
		super('not valid UTF-8');
		this.name = 'NotUtf8Error';
	}
}

export interface DecodeRange {
	/** First byte to decode (after the BOM). */
	start: number;
	/** One past the last byte to decode (before any trailing NUL padding). */
	end: number;
	chunkBytes?: number;
}

interface ChunkDecoder {
	write(bytes: Uint8Array): string;
	end(): string;
}

/**
 * Streams a file as text, chunk by chunk, so a 200 MB export never has to sit in memory whole.
 * Windows-1252 goes through iconv-lite: Node 20's TextDecoder maps 0x80–0x9F (’ “ ” –) to C1 controls.
 */
export async function* decodeChunks(
	path: string,
	encoding: SourceEncoding,
	range: DecodeRange
): AsyncGenerator<string> {
	const decoder = decoderFor(encoding);
	const size = range.chunkBytes ?? 1 << 20;
	const handle = await open(path, 'r');
	try {
		let position = range.start;
		while (position < range.end) {
			const buffer = Buffer.allocUnsafe(Math.min(size, range.end - position));
			const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
			if (bytesRead === 0) break;
			position += bytesRead;
			const text = decoder.write(buffer.subarray(0, bytesRead));
			if (text) yield text;
		}
		const rest = decoder.end();
		if (rest) yield rest;
	} finally {
		await handle.close();
	}
}

export function decoderFor(encoding: SourceEncoding): ChunkDecoder {
	if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
		const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
		return {
			write: (bytes) => guard(() => utf8.decode(bytes, { stream: true })),
			end: () => guard(() => utf8.decode())
		};
	}
	const name = encoding === 'utf-16le' ? 'utf-16le' : 'win1252';
	const iconvDecoder = iconv.getDecoder(name, { stripBOM: false });
	return {
		write: (bytes) => iconvDecoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)),
		end: () => iconvDecoder.end() ?? ''
	};
}

function guard(decode: () => string): string {
	try {
		return decode();
	} catch {
		throw new NotUtf8Error();
	}
}
