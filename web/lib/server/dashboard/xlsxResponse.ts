import ExcelJS from 'exceljs';
import type { DataTable } from '$lib/csv.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The same table as the CSV download, as a workbook for planners who work in Excel: numbers stay
 * numbers, text stays text (so nothing is re-read as a date or in scientific notation), the header row
 * is bold and frozen.
 */
export async function xlsxResponse(
	table: DataTable,
	filename: string,
	sheetName: string
): Promise<Response> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Kinerja ASN Kota Bukittinggi';
	const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
		views: [{ state: 'frozen', ySplit: 1 }]
	});
	sheet.addRow(table.columns).font = { bold: true };
	for (const row of table.rows) sheet.addRow(row);
	table.columns.forEach((column, i) => {
		const widest = Math.max(column.length, ...table.rows.map((row) => String(row[i] ?? '').length));
		sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, widest + 2));
	});
	const buffer = await workbook.xlsx.writeBuffer();
	return new Response(new Uint8Array(buffer as ArrayBuffer) as Uint8Array<ArrayBuffer>, {
		headers: {
			'content-type': XLSX_TYPE,
			'content-disposition': `attachment; filename="${filename}"`
		}
	});
}
