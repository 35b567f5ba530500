import type { Message } from './types.js';

/**
 * The one error type meant for people: it names the file, row, column, value and rule.
 * The CLI prints `message` (Indonesian and English), never a stack; any other error is a bug.
 */
export class PipelineError extends Error {
	readonly code: string;
	readonly file: string | null;
	readonly line: number | null;
	readonly column: string | null;
	readonly value: string | null;
	readonly text: Message;

	constructor(
		code: string,
		text: Message,
		where: { file?: string; line?: number; column?: string; value?: string } = {}
	) {
		super(`${locate(where)}${text.id}\n${locate(where)}${text.en}`);
		this.name = 'PipelineError';
		this.code = code;
		this.file = where.file ?? null;
		this.line = where.line ?? null;
		this.column = where.column ?? null;
		this.value = where.value ?? null;
		this.text = text;
	}
}

function locate(where: { file?: string; line?: number; column?: string }): string {
	const parts: string[] = [];
	if (where.file) parts.push(where.file);
	if (where.line) parts.push(`baris/row ${where.line}`);
	if (where.column) parts.push(`kolom/column "${where.column}"`);
	return parts.length ? `${parts.join(', ')}: ` : '';
}
