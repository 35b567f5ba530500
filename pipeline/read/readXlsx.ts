import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS, { type Row } from 'exceljs';
import type { Db } from '../db/connection.js';
import { PipelineError } from '../errors.js';
import type { Message } from '../types.js';
import { findHeader, type HeaderChoice } from './findHeader.js';
import { LineCsvWriter } from './lineCsvWriter.js';
import { readError, readMessages } from './readMessages.js';
import type { ReadOptions, SourceRead } from './readTypes.js';
import { cleanCell } from './sniffCsv.js';
import { isBlankRow, loadLineCsv, uniqueTableName } from './tempTable.js';
import { xlsxCellText } from './xlsxCellText.js';

/** What exceljs's stream reader knows about a sheet and the workbook but does not declare. */
interface SheetInfo {
	id?: number | string;
	name?: string;
}
interface WorkbookInfo {
	model?: { sheets?: SheetInfo[] };
	properties?: { date1904?: boolean };
}

/** Rows kept before choosing the header: 30 candidates plus the 50 rows the widest-row test looks at. */
const HEAD_ROWS = 80;

/**
 * Streams one sheet (exceljs, stack.md §3.4: DuckDB cannot read XLSX offline) into a temp CSV keyed by
 * sheet row number, then DuckDB loads it. Title rows above the header are skipped via isHeader or the
 * heuristic; footer rows stay. Cells right of the header (a signature block) are kept as untitled
 * columns: in a sheet a cell's column is fixed, so unlike CSV nothing can have shifted.
 */
export async function readXlsx(db: Db, path: string, options: ReadOptions): Promise<SourceRead> {
	const table = uniqueTableName('xlsx');
	const file = join(options.tmpDir, `${table}.csv`);
	const writer = await LineCsvWriter.create(file);
	const rows = new HeaderedRows(writer, options);
	const seen: string[] = [];
	let chosen: string | null = null;
	try {
		const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
			sharedStrings: 'cache',
			worksheets: 'emit',
			styles: 'cache',
			hyperlinks: 'ignore',
			entries: 'ignore'
		});
		const workbook = reader as unknown as WorkbookInfo;
		for await (const sheet of reader) {
			const info = sheet as unknown as SheetInfo;
			const name = info.name ?? `sheet${info.id ?? seen.length + 1}`;
			seen.push(name);
			const wanted =
				chosen === null &&
				(options.sheet === undefined
					? name === (workbook.model?.sheets?.[0]?.name ?? name)
					: name === options.sheet);
			if (wanted) chosen = name;
			const date1904 = workbook.properties?.date1904 === true;
			// Every sheet is read to its end: exceljs deletes a deferred sheet's temp file after yielding
			// it, and a sheet left unread then crashes the process with ENOENT.
			for await (const row of sheet) if (wanted) rows.add(row.number, rowCells(row, date1904));
		}
	} catch (error) {
		await writer.close().catch(() => undefined);
		await rm(file, { force: true });
		if (error instanceof PipelineError) throw error;
		const detail = error instanceof Error ? error.message : String(error);
		throw readError('read_xlsx_invalid', readMessages.xlsxInvalid(detail), { file: path });
	}
	try {
		if (chosen === null) {
			if (options.sheet !== undefined) {
				throw readError('read_sheet_missing', readMessages.sheetMissing(options.sheet, seen), {
					file: path
				});
			}
			throw readError('read_xlsx_invalid', readMessages.noWorksheet(), { file: path });
		}
		const { header, headerLine, notes } = rows.finish(path);
		await writer.close();
		const width = Math.max(header.length, writer.width);
		await loadLineCsv(db, table, file, width, true);
		const padded = [...header, ...Array<string>(width - header.length).fill('')];
		if (width > header.length) notes.push(readMessages.unnamedColumns(width - header.length));
		return {
			path,
			format: 'xlsx',
			encoding: 'binary',
			delimiter: null,
			header: padded,
			headerLine,
			table,
			rowCount: writer.rows,
			notes: [readMessages.sheetUsed(chosen), ...notes],
			readPath: 'slow'
		};
	} finally {
		await writer.close().catch(() => undefined);
		await rm(file, { force: true });
	}
}

function rowCells(row: Row, date1904: boolean): string[] {
	const cells: string[] = [];
	row.eachCell({ includeEmpty: false }, (cell, col) => {
		const formula = cell.type === ExcelJS.ValueType.Formula;
		cells[col - 1] = xlsxCellText(cell.value, formula ? cell.numFmt : undefined, date1904);
	});
	for (let i = 0; i < cells.length; i++) cells[i] ??= '';
	while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
	return cells;
}

/** Holds the first rows until the header is known, then passes data rows straight to the writer. */
class HeaderedRows {
	private head: { line: number; cells: string[] }[] = [];
	private choice: (HeaderChoice & { line: number; cells: string[] }) | null = null;

	constructor(
		private readonly writer: LineCsvWriter,
		private readonly options: ReadOptions
	) {}

	add(line: number, cells: string[]): void {
		if (isBlankRow(cells)) return;
		if (this.choice) {
			this.writer.add(line, cells);
			return;
		}
		this.head.push({ line, cells });
		if (this.head.length >= HEAD_ROWS) this.decide();
	}

	finish(path: string): { header: string[]; headerLine: number; notes: Message[] } {
		if (!this.choice) this.decide();
		const choice = this.choice;
		if (!choice) throw readError('read_empty_file', readMessages.emptyFile(), { file: path });
		const notes: Message[] = [];
		if (choice.index > 0) notes.push(readMessages.titleRows(choice.index));
		if (choice.by === 'first-row' || (this.options.isHeader && choice.by !== 'predicate')) {
			notes.push(readMessages.headerGuessed(choice.line));
		}
		return { header: choice.cells, headerLine: choice.line, notes };
	}

	private decide(): void {
		if (this.head.length === 0) return;
		const trimmed = this.head.map((r) => r.cells.map(cleanCell));
		const choice = findHeader(trimmed, this.options.isHeader);
		this.choice = { ...choice, line: this.head[choice.index]!.line, cells: trimmed[choice.index]! };
		for (const row of this.head.slice(choice.index + 1)) this.writer.add(row.line, row.cells);
		this.head = [];
	}
}
