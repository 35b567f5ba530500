/** A table as a chart draws it: the same columns and rows feed the CSV download and the data view. */
export interface DataTable {
	columns: string[];
	rows: (string | number)[][];
}

function cell(value: string | number): string {
	const text = String(value);
	return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with `;` and a UTF-8 BOM, which is how Excel in an Indonesian locale opens it cleanly. */
export function toCsv(table: DataTable): string {
	const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(';'));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
