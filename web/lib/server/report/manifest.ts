import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../i18n/index.js';
import type { ReportData } from './collect.js';
import type { ReportDocument } from './document.js';
import { hiddenCells, HIDDEN } from './tables.js';

export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** The code that built the report: the git commit when there is one, else the package version. */
export function codeVersion(root: string): string {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], {
			cwd: root,
			stdio: ['ignore', 'pipe', 'ignore']
		})
			.toString()
			.trim();
	} catch {
		const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
		return pkg.version;
	}
}

/** One hidden cell of a published table or chart, and why. */
export interface SuppressedCell {
	file: string;
	row: string;
	column: string;
	reason: 'primary' | 'complementary' | 'follows-table';
	rule: string;
}

export interface ReportManifest {
	report: string;
	year: number;
	lang: Lang;
	/** The warehouse's last completed load (WIB): the date the report states. */
	reportDate: string | null;
	codeVersion: string;
	parameters: { year: number; lang: Lang; minGroup: number; db: string };
	warehouse: {
		runs: ReportData['runs'];
		files: ReportData['files'];
	};
	pages: number;
	outputs: { path: string; bytes: number; sha256: string }[];
	suppressed: SuppressedCell[];
}

/**
 * Every hidden cell of the report: table cells with their reason (a small group, or a complement
 * so the totals cannot give one back); chart CSVs hide the same groups as the tables they draw.
 */
export function suppressedCells(doc: ReportDocument, min: number): SuppressedCell[] {
	const rule = (reason: SuppressedCell['reason']) =>
		reason === 'primary'
			? `n < ${min}`
			: reason === 'complementary'
				? 'complementary'
				: 'as in its table';
	return doc.sections.flatMap((section) =>
		section.blocks.flatMap((block): SuppressedCell[] => {
			if (block.kind === 'table')
				return hiddenCells(block).map((cell) => ({
					file: block.csvPath,
					...cell,
					rule: rule(cell.reason)
				}));
			if (block.kind === 'chart')
				return block.csv.rows.flatMap((row) =>
					row.flatMap((value, j) =>
						value === HIDDEN
							? [
									{
										file: block.csvPath,
										row: String(row[0] ?? ''),
										column: block.csv.columns[j] ?? String(j),
										reason: 'follows-table' as const,
										rule: rule('follows-table')
									}
								]
							: []
					)
				);
			return [];
		})
	);
}
