import { DataType, tableFromIPC } from 'apache-arrow';

/** A decoded row: Arrow's numbers, strings and booleans, with DateDay columns as 'yyyy-mm-dd'. */
export type ArrowRow = Record<string, string | number | boolean | null>;

/**
 * Rows of an Arrow IPC stream as plain objects. Date columns come back from Arrow as epoch
 * milliseconds; they are turned back into the 'yyyy-mm-dd' text the query rows carry, so a chart
 * gets the same rows from Arrow as the CSV endpoint gets from the query.
 */
export function arrowRows(bytes: Uint8Array | ArrayBuffer): ArrowRow[] {
	const table = tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
	const dates = table.schema.fields
		.filter((field) => DataType.isDate(field.type))
		.map((field) => field.name);
	return table.toArray().map((struct: { toJSON(): ArrowRow }) => {
		const row = struct.toJSON();
		for (const name of dates) {
			const value = row[name];
			if (typeof value === 'number') row[name] = new Date(value).toISOString().slice(0, 10);
		}
		return row;
	});
}

/** Thrown when the series endpoint answers an error: its status and the server's message. */
export class ArrowFetchError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

/**
 * Fetches an Arrow endpoint and decodes it. The caller states the row type it expects; the server's
 * column list (`web/lib/server/queries/arrow.ts`) is what guarantees it.
 */
export async function fetchArrowRows<T>(
	url: string,
	options: { fetch?: typeof fetch; signal?: AbortSignal } = {}
): Promise<T[]> {
	const response = await (options.fetch ?? fetch)(url, { signal: options.signal });
	if (!response.ok) {
		const text = await response.text();
		// SvelteKit answers errors of a +server route as JSON {message}.
		let message = text;
		try {
			message = (JSON.parse(text) as { message?: string }).message ?? text;
		} catch {
			// plain text
		}
		throw new ArrowFetchError(response.status, message);
	}
	return arrowRows(await response.arrayBuffer()) as T[];
}
