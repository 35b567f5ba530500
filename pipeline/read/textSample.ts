import type { SourceEncoding } from '../types.js';
import { decoderFor } from './decodeChunks.js';
import { bomLength } from './detectEncoding.js';
import type { FileSample } from './fileSample.js';

/** The decoded start of a text file and what is needed to stream the rest. */
export interface TextSample {
	encoding: SourceEncoding;
	/** Bytes of BOM to skip. */
	bom: number;
	/** The decoded sample without BOM; a character cut at the sample's end is left out. */
	text: string;
	atEof: boolean;
	size: number;
	/** One past the last byte of content (trailing NUL padding excluded). */
	end: number;
}

export function toTextSample(sample: FileSample, encoding: SourceEncoding): TextSample {
	const bytes = sample.bytes.subarray(0, Math.min(sample.bytes.length, sample.end));
	const bom = bomLength(bytes, encoding);
	const decoder = decoderFor(encoding);
	let text = decoder.write(bytes.subarray(bom));
	if (sample.atEof) text += decoder.end();
	return {
		encoding,
		bom,
		text,
		atEof: sample.atEof,
		size: sample.size,
		end: sample.end
	};
}
