import type { Lang } from '../../i18n/index.js';
import type { ReportData } from './collect.js';
import { GLOSSARY, LEGAL_BASIS } from './legal.js';
import { markdownToHtml } from './markdown.js';
import { hasMessage, rt, type ReportMessageKey } from './messages.js';
import type { Block, ReportCell, ReportTable, SectionContext } from './model.js';
import { count, ratio } from './rows.js';
import { isSmall } from './suppress.js';

/** Annex A: sql/METHODOLOGY.md as it is in the code that built the report (its title dropped). */
export function methodologyBlocks(ctx: SectionContext): Block[] {
	const body = ctx.methodology.replace(/^#\s[^\n]*\n/, '');
	return [
		{ kind: 'p', text: rt(ctx.lang, 'method.intro') },
		{ kind: 'html', html: `<div class="methodology">${markdownToHtml(body, 1)}</div>` }
	];
}

function sourcesTable(lang: Lang, data: ReportData): ReportTable {
	const range = (a: string | null, b: string | null) =>
		a === null ? null : a === b ? a : `${a} – ${b}`;
	return {
		kind: 'table',
		name: 'sumber-data',
		title: rt(lang, 'dq.sources.title'),
		caption: rt(lang, 'dq.sources.caption'),
		compact: true,
		columns: [
			{ label: rt(lang, 'dq.col.kind'), csv: 'jenis_ekspor', format: 'text' },
			{ label: rt(lang, 'dq.col.meaning'), csv: 'arti', format: 'text' },
			{ label: rt(lang, 'dq.col.files'), csv: 'n_berkas', format: 'int' },
			{ label: rt(lang, 'dq.col.filesRejected'), csv: 'n_berkas_ditolak', format: 'int' },
			{ label: rt(lang, 'dq.col.read'), csv: 'baris_dibaca', format: 'int' },
			{ label: rt(lang, 'dq.col.loaded'), csv: 'baris_dimuat', format: 'int' },
			{ label: rt(lang, 'dq.col.rejected'), csv: 'baris_ditolak', format: 'int' },
			{ label: rt(lang, 'dq.col.duplicate'), csv: 'baris_duplikat', format: 'int' },
			{ label: rt(lang, 'dq.col.asOf'), csv: 'tanggal_data', format: 'text' }
		],
		rows: data.sources.map((row) => [
			{ value: row.kind },
			{
				value: hasMessage(`kind.${row.kind}`)
					? rt(lang, `kind.${row.kind}` as ReportMessageKey)
					: ''
			},
			{ value: row.n_files },
			{ value: row.n_files_rejected },
			{ value: row.rows_read },
			{ value: row.rows_loaded },
			{ value: row.rows_rejected },
			{ value: row.rows_duplicate },
			{ value: range(row.first_as_of, row.last_as_of) }
		])
	};
}

/** What share of the year's active employees each source covers (city-wide: large groups). */
function coverageTable(lang: Lang, data: ReportData, min: number): ReportTable {
	const city = data.agencies.find((row) => row.agency_code === 'ALL');
	const predikat = data.predikat.find((row) => row.agency_code === 'ALL');
	const assessed = Math.max(
		0,
		...data.gaps.filter((row) => row.agency_code === 'ALL').map((row) => row.n_assessed ?? 0)
	);
	const active = city?.n_employees ?? null;
	const item = (key: Parameters<typeof rt>[1], n: number | null): ReportCell[] => {
		const hidden = isSmall(n, min) && n !== null ? ('primary' as const) : null;
		return [{ value: rt(lang, key) }, count(n, hidden), { value: ratio(n, active), hidden }];
	};
	return {
		kind: 'table',
		name: 'cakupan-data',
		title: rt(lang, 'dq.coverage.title', { year: data.year }),
		caption: rt(lang, 'dq.coverage.caption'),
		compact: true,
		columns: [
			{ label: rt(lang, 'dq.col.item'), csv: 'cakupan', format: 'text' },
			{ label: rt(lang, 'dq.col.count'), csv: 'n_pegawai', format: 'int' },
			{ label: rt(lang, 'dq.col.share'), csv: 'persen_pegawai_aktif', format: 'pct' }
		],
		rows: [
			item('dq.cov.active', active),
			item('dq.cov.appraised', city?.n_appraised ?? null),
			item('dq.cov.withoutPredikat', predikat?.n_without_predikat ?? null),
			item('dq.cov.training', city?.n_training ?? null),
			item('dq.cov.attendance', city?.n_attendance ?? null),
			item('dq.cov.assessed', assessed)
		]
	};
}

function rejectsTable(lang: Lang, data: ReportData): ReportTable {
	const meaning = (rule: string) => {
		const key = `rule.${rule}`;
		return hasMessage(key) ? rt(lang, key) : rt(lang, 'rule.other');
	};
	const rows = [...data.rejects].sort(
		(a, b) => b.n_rows - a.n_rows || a.rule.localeCompare(b.rule)
	);
	return {
		kind: 'table',
		name: 'baris-ditolak',
		title: rt(lang, 'dq.rejects.title'),
		caption: rt(lang, 'dq.rejects.caption'),
		compact: true,
		columns: [
			{ label: rt(lang, 'dq.col.rule'), csv: 'aturan', format: 'text' },
			{ label: rt(lang, 'dq.col.meaning'), csv: 'arti', format: 'text' },
			{ label: rt(lang, 'dq.col.severity'), csv: 'tingkat', format: 'text' },
			{ label: rt(lang, 'dq.col.rows'), csv: 'n_baris', format: 'int' },
			{ label: rt(lang, 'dq.col.files'), csv: 'n_berkas', format: 'int' }
		],
		rows: rows.map((row) => [
			{ value: row.rule },
			{ value: meaning(row.rule) },
			{
				value: rt(lang, row.severity === 'warning' ? 'dq.severity.warning' : 'dq.severity.error')
			},
			{ value: row.n_rows },
			{ value: row.n_files }
		]),
		empty: rows.length === 0 ? rt(lang, 'none') : undefined
	};
}

function runsTable(lang: Lang, data: ReportData): ReportTable {
	return {
		kind: 'table',
		name: 'riwayat-pemuatan',
		title: rt(lang, 'dq.runs.title'),
		caption: rt(lang, 'dq.runs.caption'),
		compact: true,
		columns: [
			{ label: rt(lang, 'dq.col.run'), csv: 'run_id', format: 'text' },
			{ label: rt(lang, 'dq.col.finished'), csv: 'selesai', format: 'wib' },
			{ label: rt(lang, 'dq.col.status'), csv: 'status', format: 'text' },
			{ label: rt(lang, 'dq.col.files'), csv: 'n_berkas', format: 'int' },
			{ label: rt(lang, 'dq.col.rowsLoaded'), csv: 'baris_dimuat', format: 'int' },
			{ label: rt(lang, 'dq.col.rejected'), csv: 'baris_ditolak', format: 'int' },
			{ label: rt(lang, 'dq.col.version'), csv: 'versi_kode', format: 'text' }
		],
		rows: data.runs.map((run) => [
			{ value: String(run.run_id) },
			{ value: run.finished_at },
			{ value: run.status },
			{ value: run.files_total },
			{ value: run.rows_loaded },
			{ value: run.rows_rejected },
			{ value: run.code_version }
		])
	};
}

/** Annex B: sources, coverage, rejected rows by reason and the load history (counts only). */
export function dataQualityBlocks(ctx: SectionContext): Block[] {
	const { lang, data, min } = ctx;
	return [
		{ kind: 'p', text: rt(lang, 'dq.intro') },
		sourcesTable(lang, data),
		coverageTable(lang, data, min),
		rejectsTable(lang, data),
		runsTable(lang, data)
	];
}

/** Annex C: the regulations behind the figures and a glossary. */
export function legalBlocks(ctx: SectionContext): Block[] {
	const { lang } = ctx;
	return [
		{ kind: 'p', text: rt(lang, 'law.intro', { annex: ctx.annex('metodologi') }) },
		{ kind: 'h3', text: rt(lang, 'law.heading'), id: 'sub-law' },
		{ kind: 'terms', items: LEGAL_BASIS.map((term) => ({ term: term.term, text: term[lang] })) },
		{ kind: 'h3', text: rt(lang, 'glossary.heading'), id: 'sub-glossary' },
		{ kind: 'terms', items: GLOSSARY.map((term) => ({ term: term.term, text: term[lang] })) }
	];
}
