import { PipelineError } from '../errors.js';
import type { Message } from '../types.js';

/** Error codes a reader can raise; the CLI shows the message, tests match the code. */
export type ReadErrorCode =
	| 'read_unreadable'
	| 'read_empty_file'
	| 'read_binary'
	| 'read_unsupported_format'
	| 'read_xlsx_invalid'
	| 'read_sheet_missing'
	| 'read_too_many_cells'
	| 'read_unterminated_quote'
	| 'read_record_too_long';

export function readError(
	code: ReadErrorCode,
	text: Message,
	where: { file: string; line?: number }
): PipelineError {
	return new PipelineError(code, text, where);
}

/** Every sentence a reader says to people, Indonesian first. */
export const readMessages = {
	unreadable: (reason: string): Message => ({
		id: `Berkas tidak dapat dibuka (${reason}).`,
		en: `The file cannot be opened (${reason}).`
	}),
	emptyFile: (): Message => ({
		id: 'Berkas kosong: tidak ada header maupun data.',
		en: 'The file is empty: no header and no data.'
	}),
	binary: (): Message => ({
		id: 'Bukan berkas teks (berisi byte NUL atau karakter kontrol); simpan ulang sebagai CSV atau XLSX.',
		en: 'Not a text file (it holds NUL or control bytes); save it again as CSV or XLSX.'
	}),
	unsupported: (idWhat: string, enWhat: string): Message => ({
		id: `Format tidak didukung: ${idWhat}. Simpan ulang sebagai .xlsx atau CSV UTF-8.`,
		en: `Unsupported format: ${enWhat}. Save it again as .xlsx or UTF-8 CSV.`
	}),
	xlsxInvalid: (detail: string): Message => ({
		id: `Berkas XLSX rusak atau terpotong dan tidak dapat dibaca (${detail}).`,
		en: `The XLSX file is damaged or truncated and cannot be read (${detail}).`
	}),
	noWorksheet: (): Message => ({
		id: 'Berkas ZIP ini tidak berisi lembar kerja XLSX (mungkin .xlsb atau arsip lain).',
		en: 'This zip file holds no XLSX worksheet (perhaps .xlsb or another archive).'
	}),
	sheetMissing: (sheet: string, available: string[]): Message => ({
		id: `Lembar "${sheet}" tidak ada; lembar yang ada: ${available.join(', ') || '(tidak ada)'}.`,
		en: `Sheet "${sheet}" not found; sheets present: ${available.join(', ') || '(none)'}.`
	}),
	tooManyCells: (found: number, expected: number, delimiter: string): Message => ({
		id:
			`Baris ini berisi ${found} sel, padahal header hanya ${expected} kolom; ` +
			`mungkin ada nilai berisi pemisah ${show(delimiter)} tanpa tanda kutip.`,
		en:
			`This row has ${found} cells but the header has ${expected} columns; ` +
			`a value probably contains the delimiter ${show(delimiter)} without quotes.`
	}),
	unterminatedQuote: (): Message => ({
		id: 'Tanda kutip (") dibuka di baris ini tetapi tidak pernah ditutup.',
		en: 'A quote (") opens on this row and is never closed.'
	}),
	recordTooLong: (limit: number): Message => ({
		id: `Satu baris data lebih dari ${limit} karakter; kemungkinan tanda kutip tidak ditutup.`,
		en: `One record is longer than ${limit} characters; probably a quote that is never closed.`
	}),
	fastPath: (): Message => ({
		id: 'Dibaca langsung oleh DuckDB (jalur cepat).',
		en: 'Read directly by DuckDB (fast path).'
	}),
	slowPath: (reason: Message): Message => ({
		id: `Dibaca dengan parser JavaScript (jalur lambat): ${reason.id}.`,
		en: `Read with the JavaScript parser (slow path): ${reason.en}.`
	}),
	encoding: (name: string): Message => ({
		id: `Encoding berkas: ${name}; diubah ke UTF-8.`,
		en: `File encoding: ${name}; converted to UTF-8.`
	}),
	titleRows: (n: number): Message => ({
		id: `${n} baris judul di atas header dilewati.`,
		en: `${n} title row(s) above the header skipped.`
	}),
	headerGuessed: (line: number): Message => ({
		id: `Header tidak dikenali dari nama kolomnya; baris ${line} dipakai sebagai header.`,
		en: `No header recognised by its column names; row ${line} is used as the header.`
	}),
	unnamedColumns: (n: number): Message => ({
		id: `${n} kolom berisi di kanan header tanpa judul ikut dibaca (mis. tanda tangan).`,
		en: `${n} filled column(s) right of the header have no title and are kept (e.g. signatures).`
	}),
	sheetUsed: (name: string): Message => ({
		id: `Lembar yang dibaca: "${name}".`,
		en: `Sheet read: "${name}".`
	})
};

function show(delimiter: string): string {
	return delimiter === '\t' ? 'TAB' : `"${delimiter}"`;
}
