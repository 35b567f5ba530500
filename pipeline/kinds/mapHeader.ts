import { headerKey } from '../read/headerKey.js';
import type { ExportKind } from '../types.js';
import type { ColumnDef, KindSpec } from './KindSpec.js';
import { KIND_SPECS } from './registry.js';

export interface HeaderMapping {
	/** Canonical column → index of the header cell it comes from. */
	columns: Map<string, number>;
	/** Header cells that map to no canonical column: kept in the raw layer's `extra` column. */
	extras: { index: number; name: string }[];
	/** Required columns (or one-of groups) that no header cell provides. */
	missing: string[];
}

function aliasKeys(column: ColumnDef): Set<string> {
	return new Set([column.name, ...column.aliases].map(headerKey));
}

/** Maps a file's header cells onto a kind's canonical columns; the first cell that matches a column wins. */
export function mapHeader(spec: KindSpec, header: readonly string[]): HeaderMapping {
	const keys = header.map(headerKey);
	const columns = new Map<string, number>();
	const used = new Set<number>();
	for (const column of spec.columns) {
		const wanted = aliasKeys(column);
		const index = keys.findIndex((key, i) => !used.has(i) && wanted.has(key));
		if (index >= 0) {
			columns.set(column.name, index);
			used.add(index);
		}
	}
	const missing = spec.columns.filter((c) => c.required && !columns.has(c.name)).map((c) => c.name);
	for (const group of spec.requireOneOf ?? []) {
		if (!group.some((name) => columns.has(name))) missing.push(group.join(' | '));
	}
	const extras = header
		.map((name, index) => ({ index, name }))
		.filter(({ index, name }) => !used.has(index) && name.trim() !== '');
	return { columns, extras, missing };
}

/**
 * Recognises a file's kind by its header: the kind whose required columns are all present and that
 * explains the most header cells. Returns null when no kind fits.
 */
export function detectKind(header: readonly string[]): ExportKind | null {
	let best: { kind: ExportKind; score: number } | null = null;
	for (const spec of KIND_SPECS) {
		if (spec.kind === 'punches') continue; // punch logs have no header: the reader recognises them
		const mapping = mapHeader(spec, header);
		if (mapping.missing.length > 0) continue;
		const score = mapping.columns.size / spec.columns.length + mapping.columns.size;
		if (!best || score > best.score) best = { kind: spec.kind, score };
	}
	return best?.kind ?? null;
}

/** True when a row of cells looks like the header of some kind: the readers use it to skip title rows. */
export function looksLikeHeader(cells: readonly string[]): boolean {
	return detectKind(cells) !== null;
}
