import type { DataTable } from '../../csv.js';
import {
	formatNumber,
	formatPercent,
	formatPoints,
	formatSigned,
	type Lang
} from '../../i18n/index.js';
import { formatIndex } from '../../charts/readinessOption.js';
import type { CellFormat, ReportCell, ReportTable } from './model.js';
import { suppressTable, type SuppressionReason } from './suppress.js';

/** What a suppressed cell prints, in the report and in its CSV. */
export const HIDDEN = '*';

/** One row of counts to publish: its cells and its total (which the cells add up to). */
export interface CountRow {
	cells: (number | null)[];
	total: number | null;
}

/** A row after suppression: each count with the reason it is hidden, if it is. */
export interface MaskedRow {
	cells: ReportCell[];
	total: ReportCell;
	/** The reasons by column, for `publishableSum`. */
	reasons: (SuppressionReason | null)[];
}

/**
 * Suppresses agency rows of counts under a published totals row (the city): each agency's total and
 * the city's column totals are printed, so complementary suppression covers rows and columns.
 */
export function suppressRows(
	rows: readonly CountRow[],
	totals: CountRow | null,
	min: number
): { rows: MaskedRow[]; totals: MaskedRow | null } {
	const result = suppressTable(
		{
			cells: rows.map((row) => row.cells),
			rowTotals: rows.map((row) => row.total),
			...(totals ? { colTotals: totals.cells, grandTotal: totals.total } : {})
		},
		min
	);
	const masked = rows.map((row, i): MaskedRow => {
		const reasons = result.cells[i] ?? [];
		return {
			cells: row.cells.map((value, j) => ({ value, hidden: reasons[j] ?? null })),
			total: { value: row.total, hidden: result.rowTotals[i] ?? null },
			reasons
		};
	});
	const total: MaskedRow | null = totals
		? {
				cells: totals.cells.map((value, j) => ({ value, hidden: result.colTotals[j] ?? null })),
				total: { value: totals.total, hidden: result.grandTotal },
				reasons: result.colTotals
			}
		: null;
	return { rows: masked, totals: total };
}

/** A share printed only where the sum it reveals is publishable (see `publishableSum`). */
export function shareCell(share: number | null, publishable: boolean): ReportCell {
	return publishable ? { value: share } : { value: share, hidden: 'complementary' };
}

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A WIB wall-clock time as the warehouse stores it, written without any time-zone shift. */
export function formatWib(lang: Lang, text: string | null, withTime = true): string {
	// 'yyyy-mm-dd hh:mm:ss' or ISO with the WIB offset: either way the wall-clock digits are WIB.
	const m = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d))?/.exec(text ?? '');
	if (!m) return '–';
	const [, y, mo, d, h, mi] = m;
	const time = withTime && h !== undefined;
	const date = new Date(
		Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0))
	);
	const format = new Intl.DateTimeFormat(LOCALES[lang], {
		dateStyle: 'long',
		...(time ? { timeStyle: 'short' } : {}),
		timeZone: 'UTC'
	}).format(date);
	return time ? `${format} WIB` : format;
}

/** The cell as printed: `*` when hidden, `–` when unknown, else by its format and language. */
export function formatCell(lang: Lang, cell: ReportCell, format: CellFormat): string {
	if (cell.hidden) return HIDDEN;
	const { value } = cell;
	if (value === '') return '';
	if (value === null) return '–';
	if ((cell.format ?? format) === 'wib') return formatWib(lang, String(value));
	if (typeof value === 'string') return value;
	switch (cell.format ?? format) {
		case 'int':
			return formatNumber(lang, value);
		case 'signed':
			return formatSigned(lang, value);
		case 'pct':
			return formatPercent(lang, value);
		case 'dec1':
			return formatNumber(lang, value, 1);
		case 'dec2':
			return formatNumber(lang, value, 2);
		case 'index':
			return formatIndex(lang, value);
		case 'points':
			return formatPoints(lang, value);
		case 'text':
		case 'wib':
			return String(value);
	}
}

/** The CSV of a table: plain values, `*` for hidden cells, an empty field for unknown ones. */
export function tableCsv(table: ReportTable): DataTable {
	return {
		columns: table.columns.map((column) => column.csv),
		rows: table.rows.map((row) =>
			row.map((cell) => (cell.hidden ? HIDDEN : cell.value === null ? '' : cell.value))
		)
	};
}

/** Every hidden cell of a table, for the manifest: the row's first cell names the row. */
export function hiddenCells(
	table: ReportTable
): { row: string; column: string; reason: SuppressionReason }[] {
	return table.rows.flatMap((row) =>
		row.flatMap((cell, j) =>
			cell.hidden
				? [
						{
							row: String(row[0]?.value ?? ''),
							column: table.columns[j]?.csv ?? String(j),
							reason: cell.hidden
						}
					]
				: []
		)
	);
}
