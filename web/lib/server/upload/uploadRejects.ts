import type { Lang } from '$lib/i18n/index.js';
import type { UploadFileRejects } from '../../client/uploadContract.js';
import { runQuery } from '../dashboard/query.js';
import { PREVIEW_ROWS } from '../dashboard/dataPageData.js';
import { loadedFiles, rejectedRowsOfFile } from '../queries/dataQuality.js';

/**
 * The rejected (and flagged) rows each file of a run left in etl_rejects, read back from the
 * warehouse the load swapped in: the first PREVIEW_ROWS per file, as the Data page lists them;
 * the page's rejects CSV (`/data/unduh/ditolak.csv?berkas=<fileId>`) gives all of them.
 */
export async function uploadRejects(lang: Lang, runId: number): Promise<UploadFileRejects[]> {
	return runQuery(lang, async (db) => {
		const files = (await loadedFiles(db, { runId })).filter((file) => file.n_rejects > 0);
		return Promise.all(
			files.map(async (file) => ({
				fileId: file.file_id,
				file: file.file_name,
				total: file.n_rejects,
				rows: (await rejectedRowsOfFile(db, { fileId: file.file_id, limit: PREVIEW_ROWS })).map(
					({ line, column_name, value, rule, severity, message, message_en }) => ({
						line,
						column_name,
						value,
						rule,
						severity,
						message,
						message_en
					})
				)
			}))
		);
	});
}
