import type { CellValue } from 'exceljs';

const DAY_MS = 86_400_000;
/** Excel's day 0 (1899-12-30, because of its 1900 leap-year bug) and the Mac 1904 system's. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * One XLSX cell as the text a CSV export of it would hold, so the normalisers see one language:
 * numbers as `String(n)` — except integers beyond 2^53, which Excel already rounded (a NIP typed as a
 * number, 198609262015051000), written as `1.98609262015051e+17` so the NIP rule sees the damage —,
 * dates as `yyyy-mm-dd`, times as `HH:MM:SS`, formulas as their result, rich text as plain text.
 * `numFmt` lets a formula's numeric result that is formatted as a date become a date.
 */
export function xlsxCellText(value: CellValue, numFmt?: string, date1904 = false): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') {
		if (numFmt && isDateFormat(numFmt)) return dateText(serialToDate(value, date1904));
		return numberText(value);
	}
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (value instanceof Date) return dateText(value);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('error' in value) return String(value.error);
	if ('formula' in value || 'sharedFormula' in value) {
		return xlsxCellText((value.result ?? null) as CellValue, numFmt, date1904);
	}
	if ('hyperlink' in value) return xlsxCellText(value.text as CellValue);
	return '';
}

export function numberText(n: number): string {
	if (Number.isInteger(n) && !Number.isSafeInteger(n)) return n.toExponential();
	return String(n);
}

/** `yyyy-mm-dd`, `HH:MM:SS` for a time-only cell (day 0), or both; to the nearest second. */
export function dateText(date: Date): string {
	const ms = Math.round(date.getTime() / 1000) * 1000;
	if (Number.isNaN(ms)) return '';
	const d = new Date(ms);
	const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	if (ms >= EPOCH_1900 && ms < EPOCH_1900 + DAY_MS) return time;
	return time === '00:00:00' ? day : `${day} ${time}`;
}

/** Date formats have d, m, y, h or s outside quoted text, escapes and [colour]/[$-locale] brackets. */
export function isDateFormat(format: string): boolean {
	const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
	return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

function serialToDate(serial: number, date1904: boolean): Date {
	return new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}
