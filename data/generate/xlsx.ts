import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { fixZipTimestamps } from './zipTimestamps.js';

export type Cell = string | number | Date | null;

export interface SheetSpec {
	name: string;
	rows: Cell[][];
	/** 1-based sheet row of the header (bold, framed). */
	headerRow: number;
	/** Ranges such as `A1:H1` (titles, the `Jumlah` footer). */
	merges?: string[];
	widths?: number[];
	/** Who the file claims to come from (docProps `creator`). */
	creator: string;
}

/**
 * Writes one-sheet workbooks that look like office exports, byte-identical for the same input:
 * the document dates are fixed and the zip entry times are rewritten (see zipTimestamps.ts).
 */
export async function writeXlsx(path: string, sheet: SheetSpec, when: Date): Promise<void> {
	const wb = new ExcelJS.Workbook();
	wb.creator = sheet.creator;
	wb.lastModifiedBy = sheet.creator;
	wb.created = when;
	wb.modified = when;
	wb.lastPrinted = when;
	const ws = wb.addWorksheet(sheet.name);
	for (const row of sheet.rows) ws.addRow(row);
	for (const range of sheet.merges ?? []) ws.mergeCells(range);
	ws.getRow(sheet.headerRow).font = { bold: true };
	ws.eachRow((row) => {
		row.eachCell((cell) => {
			if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
		});
	});
	(sheet.widths ?? []).forEach((width, i) => {
		ws.getColumn(i + 1).width = width;
	});
	const buffer = Buffer.from(await wb.xlsx.writeBuffer());
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, fixZipTimestamps(buffer, when));
}
