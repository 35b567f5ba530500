import type { Lang } from '../../i18n/index.js';
import type { HeadlineMetric, HeadlineRow } from '../queries/overview.js';
import type { ReportData } from './collect.js';
import { rt, type ReportMessageKey } from './messages.js';
import type { Block, CellFormat, ReportTable, SectionContext } from './model.js';
import { cityAtRisk } from './sectionAttendance.js';
import { feedbackFacts } from './sectionFeedback.js';
import { readinessRanking } from './sectionReadiness.js';
import { summarySentences, type Change, type SummaryFacts } from './sentences.js';
import { isSmall } from './suppress.js';

function change(rows: readonly HeadlineRow[], metric: HeadlineMetric): Change {
	const row = rows.find((r) => r.metric === metric);
	return { now: row?.value ?? null, before: row?.previous_value ?? null };
}

/** The figures the summary speaks about, taken from the same data and rules as the chapters. */
export function summaryFacts(
	data: ReportData,
	min: number,
	annex = 'B',
	lang: Lang = 'id'
): SummaryFacts {
	const curve = data.curve.filter(
		(row) => !row.suppressed && row.curve_ok !== null && !isSmall(row.n_appraised, min)
	);
	const gap = data.gaps
		.filter(
			(row) =>
				row.agency_code === 'ALL' &&
				row.mean_gap !== null &&
				row.share_below_standard !== null &&
				!isSmall(row.n_below_standard, min)
		)
		.sort(
			(a, b) =>
				(b.share_below_standard ?? 0) - (a.share_below_standard ?? 0) ||
				a.competency_code.localeCompare(b.competency_code)
		)[0];
	const city = data.targets.filter((row) => row.agency_code === 'ALL');
	const total = city.find((row) => row.competency_code === 'ALL');
	const top = city
		.filter((row) => row.competency_code !== 'ALL' && !isSmall(row.n_employees, min))
		.sort(
			(a, b) =>
				(b.n_employees ?? 0) - (a.n_employees ?? 0) ||
				a.competency_code.localeCompare(b.competency_code)
		)[0];
	const ranking = readinessRanking(data, min);
	const first = ranking[0];
	const last = ranking[ranking.length - 1];
	const loaded = data.sources.reduce(
		(sum, row) => ({
			files: sum.files + row.n_files,
			rows: sum.rows + row.rows_read,
			rejected: sum.rejected + row.rows_rejected
		}),
		{ files: 0, rows: 0, rejected: 0 }
	);
	return {
		year: data.year,
		min,
		employees: change(data.headline, 'employees'),
		shareGood: change(data.headline, 'share_baik_or_better'),
		curve: curve.length
			? { checked: curve.length, ok: curve.filter((r) => r.curve_ok).length }
			: null,
		shareMeets20: change(data.headline, 'share_meets_20jp'),
		gap: gap
			? {
					competency: gap.competency_name ?? gap.competency_code,
					share: gap.share_below_standard ?? 0,
					meanGap: gap.mean_gap ?? 0
				}
			: null,
		targets:
			total && total.n_employees !== null && !isSmall(total.n_employees, min)
				? {
						year: total.year,
						total: total.n_employees,
						competency: top ? (top.competency_name ?? top.competency_code) : null,
						count: top?.n_employees ?? null
					}
				: null,
		unexcusedRate: change(data.headline, 'unexcused_rate'),
		risk: cityAtRisk(data),
		readiness:
			first && last && first !== last
				? {
						top: first.agency_name,
						topIndex: first.resistance_index,
						bottom: last.agency_name,
						bottomIndex: last.resistance_index
					}
				: null,
		...feedbackFacts(data, min, lang),
		quality: loaded.files > 0 ? { ...loaded, annex } : null
	};
}

const METRIC_FORMAT: Record<HeadlineMetric, CellFormat> = {
	employees: 'int',
	share_baik_or_better: 'pct',
	share_meets_20jp: 'pct',
	unexcused_rate: 'pct',
	agencies_flagged: 'int'
};

function headlineTable(ctx: SectionContext): ReportTable {
	const { lang, data } = ctx;
	const previous = data.year - 1;
	return {
		kind: 'table',
		name: 'angka-utama',
		title: rt(lang, 'sum.table.title', { year: data.year, previous }),
		caption: rt(lang, 'sum.table.caption'),
		compact: true,
		columns: [
			{ label: rt(lang, 'col.metric'), csv: 'ukuran', format: 'text' },
			{ label: String(data.year), csv: 'nilai', format: 'text' },
			{ label: String(previous), csv: 'nilai_tahun_sebelumnya', format: 'text' },
			{ label: rt(lang, 'col.change'), csv: 'perubahan', format: 'text' }
		],
		rows: data.headline.map((row) => {
			const format = METRIC_FORMAT[row.metric];
			return [
				{ value: rt(lang, `metric.${row.metric}` as ReportMessageKey) },
				{ value: row.value, format },
				{ value: row.previous_value, format },
				{ value: row.change, format: format === 'pct' ? 'points' : 'signed' }
			];
		})
	};
}

/** Chapter 1: the generated sentences and the headline figures. */
export function summaryBlocks(ctx: SectionContext): Block[] {
	const sentences = summarySentences(
		ctx.lang,
		summaryFacts(ctx.data, ctx.min, ctx.annex('kualitas-data'), ctx.lang)
	);
	return [
		{ kind: 'p', text: rt(ctx.lang, 'sum.intro'), className: 'lead' },
		{ kind: 'list', items: sentences.map((s) => s.text), className: 'summary' },
		headlineTable(ctx)
	];
}
