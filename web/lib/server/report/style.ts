/**
 * The report's stylesheet, inlined into the HTML. Print first (A4, page boxes set in html.ts):
 * chapters start on a new page, figures and short tables never split, long tables repeat their
 * header row on every page. On screen the same file reads as a single column.
 */
export const REPORT_CSS = `
@page cover {
	margin: 0;
	@top-left { content: none; }
	@top-right { content: none; }
	@bottom-left { content: none; }
	@bottom-right { content: none; }
}
@page {
	@top-left { font: 7.5pt 'Liberation Sans', Arial, sans-serif; color: #57606a; }
	@top-right { font: 7.5pt 'Liberation Sans', Arial, sans-serif; color: #57606a; }
	@bottom-left { font: 7.5pt 'Liberation Sans', Arial, sans-serif; color: #57606a; }
	@bottom-right { font: 7.5pt 'Liberation Sans', Arial, sans-serif; color: #57606a; }
}
:root { --ink: #1b1f24; --muted: #57606a; --brand: #0b3d60; --rule: #d0d7de; --soft: #f3f5f7; }
html { font: 9pt/1.45 'Liberation Sans', Arial, Helvetica, sans-serif; color: var(--ink); }
body { margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen {
	body { background: #e9edf1; }
	.cover, .toc, main { max-width: 180mm; margin: 0 auto; background: #fff; padding: 12mm 14mm; }
	.chapter { border-top: 6px solid #e9edf1; padding-top: 4mm; }
}
h1, h2, h3, h4 { color: var(--brand); line-height: 1.25; }
h2 { font-size: 16pt; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 2px solid var(--brand); }
h3 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
a { color: #0550ae; text-decoration: none; }
p a, li a, td a { text-decoration: underline; }
.chapter { break-before: page; }
.lead { font-size: 10.5pt; color: var(--muted); }
ul.summary { padding-left: 5mm; margin: 0 0 5mm; }
ul.summary li { margin-bottom: 2mm; font-size: 10pt; }
p.note { border-left: 4px solid #9a6700; background: #fff8c5; padding: 2mm 3mm; }

/* Cover: a full page of its own, without running header or page number. */
.cover { page: cover; height: 297mm; box-sizing: border-box; padding: 0; display: flex; flex-direction: column; }
.cover .band { background: var(--brand); color: #fff; padding: 60mm 20mm 18mm; }
.cover .eyebrow { text-transform: uppercase; letter-spacing: 0.2em; font-size: 10pt; margin: 0 0 4mm; color: #cfe3f3; }
.cover h1 { color: #fff; font-size: 28pt; margin: 0 0 6mm; }
.cover h1 .year { display: block; font-size: 22pt; font-weight: 400; margin-top: 3mm; color: #cfe3f3; }
.cover .subtitle { font-size: 12pt; max-width: 150mm; margin: 0; }
.cover .meta { display: grid; grid-template-columns: 40mm 1fr; gap: 2.5mm 6mm; margin: 16mm 20mm 0; font-size: 10pt; }
.cover .meta dt { color: var(--muted); }
.cover .meta dd { margin: 0; }
.cover .foot { margin: auto 20mm 18mm; border-top: 1px solid var(--rule); padding-top: 5mm; color: var(--muted); font-size: 9pt; }
.cover .publisher { font-size: 12pt; font-weight: 700; color: var(--brand); }

/* Contents: page numbers right-aligned after a dotted leader; fixed width so filling them in
   never moves a line. */
.toc { break-before: page; }
.toc ol { list-style: none; padding: 0; margin: 0; }
.toc li a { display: flex; align-items: baseline; color: var(--ink); padding: 1.2mm 0; }
.toc li.l2 { font-weight: 700; margin-top: 2mm; }
.toc li.l3 a { padding-left: 8mm; font-size: 9pt; }
.toc .t { flex: 0 1 auto; }
.toc a::after { content: ''; order: 1; flex: 1 1 auto; border-bottom: 1px dotted #8c959f; margin: 0 2mm; transform: translateY(-1mm); }
.toc .pg { order: 2; flex: 0 0 8mm; text-align: right; font-variant-numeric: tabular-nums; }

/* Tables: repeated header on every page, rows never split, numbers aligned. */
.table-block, .chart-block { margin: 4mm 0 6mm; }
.keep { break-inside: avoid; }
.block-title { font-size: 9.5pt; font-weight: 700; color: var(--brand); text-align: left; margin: 0 0 1.5mm; break-after: avoid; }
caption.block-title { caption-side: top; padding-bottom: 1.5mm; }
.block-title .label { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 7.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; padding: 0.9mm 1.4mm; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { background: var(--soft); border-bottom: 1.5px solid #8c959f; font-weight: 700; vertical-align: bottom; }
tbody th { font-weight: 400; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.name { min-width: 52mm; }
thead th { overflow-wrap: break-word; hyphens: auto; }
tr.total th, tr.total td { font-weight: 700; background: #f7f9fb; }
td.hidden { color: var(--muted); }
.caption { color: var(--muted); font-size: 7.5pt; margin-top: 1.5mm; }
/* A table's footnote and source stay with its last rows, never alone on the next page. */
.table-block > table ~ p { break-before: avoid; }
.footnote { font-size: 7.5pt; margin: 1mm 0 0; }
.empty { color: var(--muted); font-style: italic; }
figure { margin: 0; }
svg.chart { display: block; width: 100%; height: auto; }

/* Annexes. */
.methodology { font-size: 8.5pt; }
.methodology h3 { font-size: 11pt; }
.methodology h4 { font-size: 9.5pt; margin: 4mm 0 1mm; break-after: avoid; }
.methodology ul { margin: 0 0 2mm; padding-left: 5mm; }
.methodology code { font-size: 7.5pt; background: var(--soft); padding: 0 0.6mm; overflow-wrap: anywhere; }
.methodology table { font-size: 7.5pt; }
dl.terms { display: grid; grid-template-columns: 62mm 1fr; gap: 2mm 5mm; margin: 0 0 4mm; }
dl.terms dt { font-weight: 700; break-inside: avoid; }
dl.terms dd { margin: 0; break-inside: avoid; }
`;
