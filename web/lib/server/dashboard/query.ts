import { existsSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import type { Db } from '../../../../pipeline/db/connection.js';
import { t, type Lang } from '$lib/i18n/index.js';
import { EMPLOYEE_TYPES, type EmployeeType, type Filters } from '../queries/filters.js';
import { QueryInputError } from '../queries/QueryInputError.js';
import { warehouse } from '../warehouse.js';

/** False until the first load has written the warehouse: pages then show how to load, not a 500. */
export function warehouseReady(): boolean {
	return existsSync(warehouse.path);
}

/**
 * Runs query functions on the warehouse; a QueryInputError becomes 400 (malformed) or 404 (unknown)
 * with its message in the page's language, anything else stays a 500.
 */
export async function runQuery<T>(lang: Lang, fn: (db: Db) => Promise<T>): Promise<T> {
	try {
		return await warehouse.use(fn);
	} catch (e) {
		if (e instanceof QueryInputError) error(e.reason === 'not_found' ? 404 : 400, e.text[lang]);
		throw e;
	}
}

/** The shared URL filters, still unchecked: `tahun`, `jenis`, `jabatan` (query functions validate). */
export interface UrlFilters extends Filters {
	year?: number;
}

/** A `tahun` that is not a whole number is a 400 naming what was typed. */
export function filtersFromUrl(url: URL, lang: Lang): UrlFilters {
	const year = url.searchParams.get('tahun');
	const type = url.searchParams.get('jenis');
	const position = url.searchParams.get('jabatan');
	return {
		year: year ? checkYearText(year, lang) : undefined,
		employeeType: type ? (type as EmployeeType) : undefined,
		positionKind: position || undefined
	};
}

export { EMPLOYEE_TYPES };

function checkYearText(text: string, lang: Lang): number {
	if (!/^\d{4}$/.test(text)) error(400, t(lang, 'error.year', { value: text }));
	return Number(text);
}
