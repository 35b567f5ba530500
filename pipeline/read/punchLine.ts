/**
 * How a ZKTeco punch log is recognised, apart from reading it: pure, so the browser's upload preview
 * (web/lib/client/uploadPreview.ts) recognises a punch log exactly as the reader does.
 */

/** ZKTeco attlog: `PIN \t yyyy-mm-dd HH:MM:SS \t status \t verify \t workcode …`, PIN maybe padded. */
const PUNCH_LINE = /^\s*\d+\s*\t\s*\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(:\d{2})?\s*(\t|$)/;
const NAMES = ['pin', 'waktu', 'status', 'verify', 'workcode'];

/** True when the first lines (up to 20, the sample's cut last line aside) are all punches. */
export function looksLikePunchLog(sample: { text: string; atEof: boolean }): boolean {
	const lines = sample.text.split(/\r\n|\n|\r/);
	if (!sample.atEof && lines.length > 1) lines.pop();
	const filled = lines.filter((l) => l.trim() !== '').slice(0, 20);
	return filled.length > 0 && filled.every((l) => PUNCH_LINE.test(l));
}

/** Header names for a punch log whose widest line has `width` fields: pin, waktu, …, f6, f7 … */
export function punchHeader(width: number): string[] {
	return Array.from({ length: width }, (_, i) => NAMES[i] ?? `f${i + 1}`);
}
