import type { ExportKind, SourceEncoding, SourceFormat } from '../../pipeline/types.js';

/** Row rule codes shared by generator, normalisers, validators and the rejects table. */
export const ROW_RULES = [
	'required_missing',
	'nip_excel_mangled',
	'nip_format',
	'nip_birth_date',
	'nip_appointment',
	'nip_gender',
	'date_invalid',
	'time_invalid',
	'number_invalid',
	'out_of_range',
	'unknown_code',
	'unknown_agency',
	'predikat_contradicts_matrix',
	'duplicate_conflict',
	'pin_unmapped',
	'not_data_row',
	'date_order'
] as const;
export type RowRule = (typeof ROW_RULES)[number];

export type RuleCounts = Partial<Record<RowRule, number>>;

export interface ManifestFile {
	/** Relative to the output folder, with `/`. */
	path: string;
	kind: ExportKind;
	format: SourceFormat;
	encoding: SourceEncoding;
	delimiter: string | null;
	/** Header cells as written (empty for punch logs). */
	header: string[];
	/** 1-based line (sheet row for XLSX) of the header; 0 for punch logs. */
	headerLine: number;
	/**
	 * Non-empty rows below the header — what a reader puts in its table (pipeline/types.ts SourceTable):
	 * data rows, duplicates, defect rows, and footer rows (totals and the signature block), which are
	 * all expected as `not_data_row`.
	 */
	dataRows: number;
	expectedRejects: RuleCounts;
	expectedWarnings: RuleCounts;
	expectedDuplicates: number;
	naturalKey: string[];
	/** Where the footer starts (its first line) and how many of `dataRows` belong to it. */
	footer?: { fromLine: number; rows: number };
	/** Agency code of a punch log or PIN map (the pipeline reads it from the file name too). */
	device?: string;
}

export interface PatternEntry {
	kind: string;
	description: string;
	agencies?: string[];
	nips?: string[];
	years?: number[];
	/** Figures computed from the generated rows (before defects), by agency and year. */
	evidence: Record<string, unknown>;
}

export interface Manifest {
	seed: number;
	employees: number;
	generatedFrom: {
		generator: string;
		from: number;
		to: number;
		holidays: string;
		agencies: string;
	};
	systemChange: { date: string; description: string };
	patterns: PatternEntry[];
	files: ManifestFile[];
	/** Every coded value the clean rows use, per kind and column, so code lists can be checked. */
	codeLists: Record<string, Record<string, string[]>>;
}

type FileShape = Omit<
	ManifestFile,
	'dataRows' | 'expectedRejects' | 'expectedWarnings' | 'expectedDuplicates' | 'footer'
>;

/** Counts what one file holds while it is written, so the manifest is exact by construction. */
export class FileLedger {
	readonly shape: FileShape;
	dataRows = 0;
	duplicates = 0;
	private readonly rejects: RuleCounts = {};
	private readonly warnings: RuleCounts = {};
	private readonly badKeys = new Set<string>();
	private footer: { fromLine: number; rows: number } | undefined;

	constructor(shape: FileShape) {
		this.shape = shape;
	}

	row(): void {
		this.dataRows++;
	}

	reject(rule: RowRule, n = 1): void {
		this.rejects[rule] = (this.rejects[rule] ?? 0) + n;
	}

	warn(rule: RowRule): void {
		this.warnings[rule] = (this.warnings[rule] ?? 0) + 1;
	}

	duplicate(): void {
		this.duplicates++;
	}

	footerRow(line: number): void {
		this.footer ??= { fromLine: line, rows: 0 };
		this.footer.rows++;
	}

	/**
	 * A defect row's raw natural key must be unique in the file, or a reader that groups keys before
	 * validating could count it as a duplicate; returns false when the key is taken.
	 */
	claim(key: string): boolean {
		if (this.badKeys.has(key)) return false;
		this.badKeys.add(key);
		return true;
	}

	finish(): ManifestFile {
		return {
			...this.shape,
			dataRows: this.dataRows,
			expectedRejects: sorted(this.rejects),
			expectedWarnings: sorted(this.warnings),
			expectedDuplicates: this.duplicates,
			...(this.footer ? { footer: this.footer } : {})
		};
	}
}

function sorted(counts: RuleCounts): RuleCounts {
	const out: RuleCounts = {};
	for (const rule of ROW_RULES) if (counts[rule]) out[rule] = counts[rule];
	return out;
}

/** Collects coded values per kind and column for the manifest's `codeLists`. */
export class CodeBook {
	private readonly lists = new Map<string, Map<string, Set<string>>>();

	add(kind: string, column: string, value: string): void {
		if (value === '') return;
		let byColumn = this.lists.get(kind);
		if (!byColumn) this.lists.set(kind, (byColumn = new Map()));
		let values = byColumn.get(column);
		if (!values) byColumn.set(column, (values = new Set()));
		values.add(value);
	}

	toJson(): Record<string, Record<string, string[]>> {
		const out: Record<string, Record<string, string[]>> = {};
		for (const kind of [...this.lists.keys()].sort()) {
			const byColumn = this.lists.get(kind) ?? new Map<string, Set<string>>();
			out[kind] = {};
			for (const column of [...byColumn.keys()].sort()) {
				out[kind][column] = [...(byColumn.get(column) ?? [])].sort();
			}
		}
		return out;
	}
}
