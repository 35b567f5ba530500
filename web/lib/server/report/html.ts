import type { Lang } from '../../i18n/index.js';
import type { DocumentBlock, DocumentSection, Numbered, ReportDocument } from './document.js';
import { escapeHtml } from './markdown.js';
import { rt } from './messages.js';
import type { ReportChart, ReportTable } from './model.js';
import { REPORT_CSS } from './style.js';
import { formatCell, formatWib } from './tables.js';

/** What the cover and the running header say; none of it is "now". */
export interface ReportMeta {
	year: number;
	/** The warehouse's last load ('yyyy-mm-dd hh:mm:ss', WIB): the report's date. */
	loadedAt: string | null;
	/** Code version (git commit, else package version). */
	version: string;
	min: number;
	files: number;
	runIds: number[];
	/** Methodology anchor → heading, for "Metodologi: Lampiran A, …" links. */
	methodTitles: ReadonlyMap<string, string>;
	methodAnnex: string;
}

/** The version as printed: a git commit shortened to 12 characters. */
export function shortVersion(version: string): string {
	return /^[0-9a-f]{40}$/.test(version) ? version.slice(0, 12) : version;
}

const esc = escapeHtml;

function cssString(text: string): string {
	return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function pageCss(lang: Lang, meta: ReportMeta): string {
	const header = cssString(rt(lang, 'short', { year: meta.year }));
	const footer = cssString(
		`${rt(lang, 'cover.version')} ${shortVersion(meta.version)} · ${rt(lang, 'cover.dataDate')} ${formatWib(lang, meta.loadedAt, false)}`
	);
	const page = `${cssString(`${rt(lang, 'page.label')} `)} counter(page) ${cssString(` ${rt(lang, 'page.of')} `)} counter(pages)`;
	return `@page {
	size: A4;
	margin: 18mm 17mm 18mm 17mm;
	@top-left { content: ${header}; }
	@top-right { content: "Kota Bukittinggi"; }
	@bottom-left { content: ${footer}; }
	@bottom-right { content: ${page}; }
}`;
}

function methodLink(lang: Lang, meta: ReportMeta, anchor: string | undefined): string {
	if (!anchor) return '';
	const title = meta.methodTitles.get(anchor);
	if (!title) return '';
	return ` <a href="#m-${esc(anchor)}">${esc(rt(lang, 'block.method', { annex: meta.methodAnnex, title }))}</a>.`;
}

function sourceLine(
	lang: Lang,
	meta: ReportMeta,
	block: { caption: string; method?: string; csvPath: string }
): string {
	return `<p class="caption">${esc(block.caption)}${methodLink(lang, meta, block.method)} ${esc(rt(lang, 'block.csv', { file: block.csvPath }))}</p>`;
}

function tableHtml(lang: Lang, meta: ReportMeta, table: Numbered<ReportTable>): string {
	const id = `tab-${table.number}`;
	const label = `<span class="label">${esc(rt(lang, 'table.label', { n: table.number }))}.</span> ${esc(table.title)}`;
	if (table.empty)
		return `<div class="table-block keep" id="${id}"><p class="block-title">${label}</p><p class="empty">${esc(table.empty)}</p>${sourceLine(lang, meta, table)}</div>`;
	const numeric = table.columns.map((c) => c.format !== 'text' && c.format !== 'wib');
	// Names get room first, so "Badan Perencanaan Pembangunan, …" wraps into two lines, not four.
	const kind = table.columns.map((c, j) =>
		numeric[j] ? 'num' : c.csv.startsWith('nama_') || c.csv === 'arti' ? 'name' : ''
	);
	const head = table.columns
		.map((c, j) => `<th scope="col"${kind[j] ? ` class="${kind[j]}"` : ''}>${esc(c.label)}</th>`)
		.join('');
	const body = table.rows
		.map((row, i) => {
			const cells = row
				.map((cell, j) => {
					const column = table.columns[j];
					const text = esc(formatCell(lang, cell, column?.format ?? 'text'));
					const cls = [kind[j] ?? '', cell.hidden ? 'hidden' : ''].filter(Boolean).join(' ');
					const tag = j === 0 ? 'th scope="row"' : 'td';
					return `<${tag}${cls ? ` class="${cls}"` : ''}>${text}</${j === 0 ? 'th' : 'td'}>`;
				})
				.join('');
			return `<tr${table.totalRows?.includes(i) ? ' class="total"' : ''}>${cells}</tr>`;
		})
		.join('\n');
	const hidden = table.rows.some((row) => row.some((cell) => cell.hidden));
	const note = hidden
		? `<p class="footnote">${esc(rt(lang, 'hidden.note', { min: meta.min }))}</p>`
		: '';
	return `<div class="table-block${table.compact ? ' keep' : ''}" id="${id}">
<table><caption class="block-title">${label}</caption><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>
${note}${sourceLine(lang, meta, table)}</div>`;
}

function chartHtml(
	lang: Lang,
	meta: ReportMeta,
	chart: Numbered<ReportChart> & { svg: string }
): string {
	const id = `fig-${chart.number}`;
	const title = `<figcaption class="block-title" id="${id}-title"><span class="label">${esc(rt(lang, 'figure.label', { n: chart.number }))}.</span> ${esc(chart.title)}</figcaption>`;
	const body = chart.empty ? `<p class="empty">${esc(chart.empty)}</p>` : chart.svg;
	return `<figure class="chart-block keep" id="${id}" aria-labelledby="${id}-title">${title}
${body}
${sourceLine(lang, meta, chart)}</figure>`;
}

function blockHtml(lang: Lang, meta: ReportMeta, block: DocumentBlock): string {
	switch (block.kind) {
		case 'p':
			return `<p${block.className ? ` class="${block.className}"` : ''}>${esc(block.text)}</p>`;
		case 'list':
			return `<ul${block.className ? ` class="${block.className}"` : ''}>${block.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
		case 'h3':
			return `<h3${block.id ? ` id="${block.id}"` : ''}>${esc(block.text)}</h3>`;
		case 'terms':
			return `<dl class="terms">${block.items.map((item) => `<dt>${esc(item.term)}</dt><dd>${esc(item.text)}</dd>`).join('')}</dl>`;
		case 'html':
			return block.html;
		case 'table':
			return tableHtml(lang, meta, block);
		case 'chart':
			return chartHtml(lang, meta, block);
	}
}

function sectionHeading(lang: Lang, section: DocumentSection): string {
	return section.annex
		? `${rt(lang, 'annex', { letter: section.label })}. ${section.title}`
		: `${section.label}. ${section.title}`;
}

function coverHtml(lang: Lang, meta: ReportMeta): string {
	const rows: [string, string][] = [
		[rt(lang, 'cover.dataDate'), formatWib(lang, meta.loadedAt)],
		[rt(lang, 'cover.version'), meta.version],
		[
			rt(lang, 'cover.source'),
			rt(lang, 'cover.sourceText', { files: meta.files, runs: meta.runIds.join(', ') || '–' })
		],
		[rt(lang, 'cover.minGroup'), rt(lang, 'cover.minGroupText', { min: meta.min })]
	];
	return `<section class="cover" aria-label="${esc(rt(lang, 'title', { year: meta.year }))}">
<div class="band"><p class="eyebrow">${esc(rt(lang, 'cover.eyebrow'))}</p>
<h1>${esc(rt(lang, 'cover.heading'))}<span class="year">${esc(rt(lang, 'cover.year', { year: meta.year }))}</span></h1>
<p class="subtitle">${esc(rt(lang, 'cover.subtitle'))}</p></div>
<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<div class="foot"><p class="publisher">${esc(rt(lang, 'cover.publisher'))}</p><p>${esc(rt(lang, 'cover.notice'))}</p></div>
</section>`;
}

/** Entries of the contents: chapters and annexes, and the sub-headings that have an id. */
export function tocEntries(doc: ReportDocument): { id: string; text: string; level: 2 | 3 }[] {
	return doc.sections.flatMap((section) => [
		{ id: `sec-${section.id}`, text: sectionHeading(doc.lang, section), level: 2 as const },
		...section.blocks.flatMap((block) =>
			block.kind === 'h3' && block.id ? [{ id: block.id, text: block.text, level: 3 as const }] : []
		)
	]);
}

function tocHtml(doc: ReportDocument, pages: ReadonlyMap<string, number> | null): string {
	const items = tocEntries(doc)
		.map(
			(entry) =>
				`<li class="l${entry.level}"><a href="#${entry.id}"><span class="t">${esc(entry.text)}</span><span class="pg">${pages?.get(entry.id) ?? 0}</span></a></li>`
		)
		.join('\n');
	return `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${esc(rt(doc.lang, 'toc.title'))}</h2><ol>
${items}
</ol></nav>`;
}

/**
 * The whole report as one self-contained HTML page (inline CSS, inline SVG, no request leaves it).
 * `pages` fills the contents' page numbers, read back from a first print (pdf.ts).
 */
export function renderHtml(
	doc: ReportDocument,
	meta: ReportMeta,
	pages: ReadonlyMap<string, number> | null
): string {
	const { lang } = doc;
	const sections = doc.sections
		.map(
			(
				section
			) => `<section class="chapter${section.annex ? ' annex' : ''}" aria-labelledby="sec-${section.id}">
<h2 id="sec-${section.id}">${esc(sectionHeading(lang, section))}</h2>
${section.blocks.map((block) => blockHtml(lang, meta, block)).join('\n')}
</section>`
		)
		.join('\n');
	return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Kinerja ${esc(meta.version)}">
<title>${esc(rt(lang, 'title', { year: meta.year }))}</title>
<style>
${pageCss(lang, meta)}
${REPORT_CSS}
</style>
</head>
<body>
${coverHtml(lang, meta)}
${tocHtml(doc, pages)}
<main>
${sections}
</main>
</body>
</html>
`;
}
