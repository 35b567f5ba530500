import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Db } from '../db/connection.js';

export interface RejectRow extends Record<string, unknown> {
	run_id: number;
	file: string;
	line: number;
	column_name: string | null;
	value: string | null;
	rule: string;
	message: string;
	message_en: string;
	severity: string;
	row_data: string | null;
}

/** The rejected rows of one run (default: the latest run that rejected anything). */
export async function rejectedRows(db: Db, runId?: number): Promise<RejectRow[]> {
	const run =
		runId ??
		(await db.one<{ r: number }>(`select max(run_id)::integer as r from etl_rejects`))?.r ??
		0;
	return db.all<RejectRow>(
		`select run_id, file, line, column_name, value, rule, message, message_en, severity,
			row_data::varchar as row_data
		from etl_rejects where run_id = $run order by file, line, column_name`,
		{ run }
	);
}

/**
 * Writes rejects for an officer: `;`-separated UTF-8 with a BOM, which Excel in an Indonesian locale
 * opens correctly, one line per problem with the whole original row in `row_data`.
 */
export function writeRejectsCsv(path: string, rows: RejectRow[]): void {
	const csv = Papa.unparse(
		{
			fields: [
				'file',
				'line',
				'column_name',
				'value',
				'rule',
				'severity',
				'message',
				'message_en',
				'run_id',
				'row_data'
			],
			data: rows.map((r) => [
				r.file,
				r.line,
				r.column_name,
				r.value,
				r.rule,
				r.severity,
				r.message,
				r.message_en,
				r.run_id,
				r.row_data
			])
		},
		{ delimiter: ';', newline: '\r\n' }
	);
	writeFileSync(path, `\uFEFF${csv}\r\n`, 'utf8');
}
