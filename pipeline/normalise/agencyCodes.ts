import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

/** Path of the reference agency list, the one source of agency codes (domain.md §7). */
export const AGENCIES_CSV = fileURLToPath(
	new URL('../../data/reference/agencies.csv', import.meta.url)
);

/** Agency codes known to the reference list; file names may carry one (attlog_DISHUB_2025.dat). */
export const AGENCY_CODES: ReadonlySet<string> = new Set(
	Papa.parse<{ code: string }>(readFileSync(AGENCIES_CSV, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data.map((row) => row.code)
);
