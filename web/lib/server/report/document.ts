import type { DataTable } from '../../csv.js';
import type { Lang } from '../../i18n/index.js';
import { renderChartSvg } from './charts.js';
import type { Block, ReportChart, ReportSection, ReportTable, SectionContext } from './model.js';
import { tableCsv } from './tables.js';

/** A table or chart with its number in the report and the CSV it is written to. */
export type Numbered<T> = T & {
	/** "Tabel 3" / "Gambar 2": counted separately. */
	number: number;
	/** `tabel/07-predikat-opd.csv`: one sequence for tables and charts, in reading order. */
	csvPath: string;
	csv: DataTable;
};

export type DocumentBlock =
	| Exclude<Block, ReportTable | ReportChart>
	| Numbered<ReportTable>
	| (Numbered<ReportChart> & { svg: string });

export interface DocumentSection {
	id: string;
	/** `1`, `2` … for chapters, `A`, `B` … for annexes. */
	label: string;
	annex: boolean;
	title: string;
	blocks: DocumentBlock[];
}

export interface ReportDocument {
	lang: Lang;
	sections: DocumentSection[];
	/** Every CSV the report writes, in order. */
	csvFiles: { path: string; table: DataTable }[];
}

/**
 * Shares to six decimals (0.0001 %): a CSV for people and spreadsheets, not float noise such as
 * 0.002256759633808814 — whose digit run could even pass for a NIP.
 */
export function tidyCsv(table: DataTable): DataTable {
	return {
		columns: table.columns,
		rows: table.rows.map((row) =>
			row.map((v) =>
				typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v
			)
		)
	};
}

/** Letters of the annexes by section id, in the order of the section list. */
export function annexLetters(sections: readonly ReportSection[]): Map<string, string> {
	const letters = new Map<string, string>();
	for (const section of sections)
		if (section.annex) letters.set(section.id, String.fromCharCode(65 + letters.size));
	return letters;
}

/**
 * Builds every section, numbers its tables and charts, renders the charts to SVG and names the CSV
 * files. Pure apart from ECharts: the same data gives the same document.
 */
export function buildDocument(
	sections: readonly ReportSection[],
	ctx: Omit<SectionContext, 'annex'>
): ReportDocument {
	const letters = annexLetters(sections);
	const context: SectionContext = { ...ctx, annex: (id) => letters.get(id) ?? '?' };
	let tables = 0;
	let figures = 0;
	let files = 0;
	let chapters = 0;
	const csvFiles: ReportDocument['csvFiles'] = [];
	const csvPath = (name: string) => `tabel/${String(++files).padStart(2, '0')}-${name}.csv`;
	const out = sections.map((section): DocumentSection => {
		const blocks = section.build(context).map((block): DocumentBlock => {
			if (block.kind === 'table') {
				const csv = tidyCsv(tableCsv(block));
				const numbered = { ...block, number: ++tables, csvPath: csvPath(block.name), csv };
				csvFiles.push({ path: numbered.csvPath, table: csv });
				return numbered;
			}
			if (block.kind === 'chart') {
				const number = ++figures;
				const path = csvPath(block.name);
				const csv = tidyCsv(block.table);
				csvFiles.push({ path, table: csv });
				const svg = block.empty
					? ''
					: renderChartSvg(block.option, {
							width: block.width,
							height: block.height,
							key: `fig${number}`,
							ariaLabel: block.ariaLabel,
							decal: block.decal
						});
				return { ...block, number, csvPath: path, csv, svg };
			}
			return block;
		});
		return {
			id: section.id,
			label: section.annex ? (letters.get(section.id) ?? '?') : String(++chapters),
			annex: Boolean(section.annex),
			title: section.title(ctx.lang),
			blocks
		};
	});
	return { lang: ctx.lang, sections: out, csvFiles };
}
