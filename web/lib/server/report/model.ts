import type { EChartsCoreOption } from 'echarts/core';
import type { DataTable } from '../../csv.js';
import type { Lang } from '../../i18n/index.js';
import type { ReportData } from './collect.js';
import type { SuppressionReason } from './suppress.js';

/**
 * How a cell is written in the report (`wib`: a warehouse time as date and time in WIB); the CSV
 * always gets the plain value.
 */
export type CellFormat =
	'text' | 'int' | 'signed' | 'pct' | 'dec1' | 'dec2' | 'index' | 'points' | 'wib';

export interface ReportColumn {
	label: string;
	/** Machine column name in the CSV (as the dashboard's CSVs: Indonesian snake case). */
	csv: string;
	format: CellFormat;
}

/** One printed cell; `hidden` prints `*` (and the CSV `*`) whatever the value. */
export interface ReportCell {
	value: string | number | null;
	hidden?: SuppressionReason | null;
	/** Overrides the column's format (a table of mixed measures). */
	format?: CellFormat;
}

export interface ReportTable {
	kind: 'table';
	/** Slug of the CSV file (`tabel/<nn>-<name>.csv`). */
	name: string;
	title: string;
	caption: string;
	columns: ReportColumn[];
	rows: ReportCell[][];
	/** Rows printed as totals (the city row), by index. */
	totalRows?: number[];
	/** Anchor of sql/METHODOLOGY.md, printed as a link into the methodology annex. */
	method?: string;
	/** Set when the table has nothing to show: printed instead of the table. */
	empty?: string;
	/** Keep the table on one page (short tables); long ones break with repeated headers. */
	compact?: boolean;
}

export interface ReportChart {
	kind: 'chart';
	name: string;
	/** The active title: the chart's finding as a sentence. */
	title: string;
	caption: string;
	method?: string;
	option: EChartsCoreOption;
	width: number;
	height: number;
	ariaLabel: string;
	/** Decal patterns as a second cue to colour; off where every mark carries its value. */
	decal: boolean;
	/** Exactly the charted rows, written as the chart's CSV. */
	table: DataTable;
	empty?: string;
}

export type Block =
	| { kind: 'p'; text: string; className?: string }
	| { kind: 'list'; items: string[]; className?: string }
	| { kind: 'h3'; text: string; id?: string }
	| { kind: 'terms'; items: { term: string; text: string }[] }
	| { kind: 'html'; html: string }
	| ReportTable
	| ReportChart;

export interface SectionContext {
	lang: Lang;
	data: ReportData;
	/** The report's small-group minimum (`--min-group`). */
	min: number;
	/** The sql/METHODOLOGY.md text, for the annex. */
	methodology: string;
	/** The letter of an annex by section id (`metodologi` → `A`), for cross references. */
	annex: (id: string) => string;
}

/**
 * One section of the report. The report is the list `REPORT_SECTIONS` (sections.ts): adding a
 * section is adding one entry there.
 */
export interface ReportSection {
	/** Element id and TOC anchor (`sec-<id>`). */
	id: string;
	/** Annexes are lettered (Lampiran A …) and come after the numbered chapters. */
	annex?: boolean;
	title: (lang: Lang) => string;
	build: (ctx: SectionContext) => Block[];
}
