import { open } from 'node:fs/promises';

export interface FileSample {
	bytes: Buffer;
	size: number;
	/** The sample is the whole file. */
	atEof: boolean;
	/** One past the last byte before trailing NUL padding (fingerprint machines pad attlog.dat). */
	end: number;
}

const STEP = 1 << 16;

/** The first `bytes` of a file, plus where its content really ends. */
export async function readFileSample(path: string, bytes = 1 << 16): Promise<FileSample> {
	const handle = await open(path, 'r');
	try {
		const { size } = await handle.stat();
		const head = Buffer.alloc(Math.min(size, bytes));
		await handle.read(head, 0, head.length, 0);
		let end = size;
		const block = Buffer.alloc(STEP);
		while (end > 0) {
			const length = Math.min(end, STEP);
			await handle.read(block, 0, length, end - length);
			let i = length;
			while (i > 0 && block[i - 1] === 0) i--;
			end = end - length + i;
			if (i > 0) break;
		}
		return { bytes: head, size, atEof: head.length === size, end };
	} finally {
		await handle.close();
	}
}
