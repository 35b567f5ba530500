import { toCsv, type DataTable } from '$lib/csv.js';

export function csvResponse(table: DataTable, filename: string): Response {
	return new Response(toCsv(table), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`
		}
	});
}
