import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Copies the first `count` lines of a file (the header and a slice of rows). */
export async function sliceLines(from: string, to: string, count: number): Promise<void> {
	const out = createWriteStream(to);
	const lines = createInterface({ input: createReadStream(from), crlfDelay: Infinity });
	let n = 0;
	for await (const line of lines) {
		out.write(`${line}\n`);
		if (++n >= count) break;
	}
	lines.close();
	await new Promise<void>((done) => out.end(done));
}
