import { coverageFinding, coverageTable } from '../../charts/feedbackCards.js';
import {
	coverageBars,
	feedbackCoverageOption,
	type CoverageCounts
} from '../../charts/feedbackOption.js';
import type { Lang } from '../../i18n/index.js';
import type { FeedbackCoverageRow } from '../queries/feedback.js';
import { SATYALANCANA_REASONS } from '../queries/awards.js';
import type { ReportData } from './collect.js';
import type { SummaryFacts } from './sentences.js';
import { rt } from './messages.js';
import type { Block, ReportCell, ReportChart, ReportTable, SectionContext } from './model.js';
import { agencyCells, count, ratio, splitCity } from './rows.js';
import { maskedPredikat } from './sectionPerformance.js';
import { isSmall, publishableSum, suppressTable } from './suppress.js';
import { shareCell, suppressRows, type MaskedRow } from './tables.js';

/** One agency's (or the city's) published coverage: the partition of its appraised employees. */
export interface CoveragePrinted {
	source: FeedbackCoverageRow;
	/** Cells: dialogue with plan, dialogue without plan, no dialogue; total: appraised. */
	masked: MaskedRow;
	dialogue: ReportCell;
	plan: ReportCell;
}

/**
 * Coverage as three counts that add up to the appraised employees (so the usual row and column
 * suppression applies): with a dialogue and a plan, with a dialogue only, with none. Plans are
 * agreed in dialogues, so a plan implies a dialogue. The appraised employees are the predikat
 * table's people: an agency whose headcount that table hides is hidden whole here too.
 */
export function maskedCoverage(data: ReportData, min: number, lang: Lang): CoveragePrinted[] {
	const { city: cityRow, agencies: agencyRows } = data.feedback;
	const { city, agencies } = splitCity([...(cityRow ? [cityRow] : []), ...agencyRows]);
	const predikatHidden = new Map(
		maskedPredikat(data, min, lang).map((row) => [
			row.agency_code,
			Boolean(row.masked.total.hidden)
		])
	);
	const cells = (row: FeedbackCoverageRow): (number | null)[] =>
		row.suppressed ||
		row.n_appraised === null ||
		row.n_with_dialogue === null ||
		row.n_with_plan === null
			? [null, null, null]
			: [
					row.n_with_plan,
					row.n_with_dialogue - row.n_with_plan,
					row.n_appraised - row.n_with_dialogue
				];
	const total = (row: FeedbackCoverageRow) =>
		predikatHidden.get(row.agency_code) ? null : row.n_appraised;
	const { rows, totals } = suppressRows(
		agencies.map((row) => ({ cells: cells(row), total: total(row) })),
		city ? { cells: cells(city), total: total(city) } : null,
		min
	);
	const all = [...(city && totals ? [{ source: city, masked: totals }] : [])].concat(
		agencies.map((source, i) => ({ source, masked: rows[i] as MaskedRow }))
	);
	return all.map(({ source, masked }) => {
		const totalHidden = Boolean(masked.total.hidden);
		return {
			source,
			masked,
			dialogue: shareCell(
				source.share_dialogue,
				publishableSum(masked.reasons, [0, 1], totalHidden)
			),
			plan: shareCell(source.share_plan, publishableSum(masked.reasons, [0], totalHidden))
		};
	});
}

function coverageTableOf(lang: Lang, year: number, printed: CoveragePrinted[]): ReportTable {
	return {
		kind: 'table',
		name: 'umpan-balik-opd',
		title: rt(lang, 'fb.table.title', { year }),
		caption: rt(lang, 'fb.table.caption', { year }),
		method: 'feedback-coverage',
		columns: [
			{ label: rt(lang, 'col.code'), csv: 'kode_opd', format: 'text' },
			{ label: rt(lang, 'col.agency'), csv: 'nama_opd', format: 'text' },
			{ label: rt(lang, 'fb.col.appraised'), csv: 'n_dinilai', format: 'int' },
			{ label: rt(lang, 'fb.col.withPlan'), csv: 'n_dialog_dengan_rencana', format: 'int' },
			{ label: rt(lang, 'fb.col.dialogueOnly'), csv: 'n_dialog_tanpa_rencana', format: 'int' },
			{ label: rt(lang, 'fb.col.noDialogue'), csv: 'n_tanpa_dialog', format: 'int' },
			{ label: rt(lang, 'fb.col.shareDialogue'), csv: 'persen_dialog', format: 'pct' },
			{ label: rt(lang, 'fb.col.sharePlan'), csv: 'persen_rencana', format: 'pct' }
		],
		rows: printed.map(({ source, masked, dialogue, plan }) => [
			...agencyCells(lang, source),
			masked.total,
			...masked.cells,
			dialogue,
			plan
		]),
		totalRows: printed[0]?.source.agency_code === 'ALL' ? [0] : [],
		empty: printed.length === 0 ? rt(lang, 'fb.empty', { year }) : undefined
	};
}

/** The bars of the agencies whose headcount and both shares are printed; the rest stay in the table. */
function coverageChart(lang: Lang, year: number, printed: CoveragePrinted[]): ReportChart {
	const rows: CoverageCounts[] = printed.map(({ source, masked, dialogue, plan }) => ({
		...source,
		// Both shares and the headcount printed: the bar's counts follow from them, nothing new.
		suppressed: Boolean(masked.total.hidden) || Boolean(dialogue.hidden) || Boolean(plan.hidden)
	}));
	const bars = coverageBars(rows);
	const agencies = rows.filter((row) => row.agency_code !== 'ALL');
	return {
		kind: 'chart',
		name: 'grafik-umpan-balik-opd',
		title: coverageFinding(lang, rows, bars, year) ?? rt(lang, 'fb.empty', { year }),
		caption: rt(lang, 'fb.chart.caption', {
			year,
			shown: bars.length,
			hidden: agencies.length - bars.length
		}),
		method: 'feedback-coverage',
		option: feedbackCoverageOption(rows, { lang }),
		width: 680,
		height: Math.max(220, bars.length * 26 + 90),
		ariaLabel: rt(lang, 'fb.chart.aria', { year }),
		// Every bar carries its value, but two series side by side need a second cue to colour.
		decal: true,
		table: coverageTable(bars),
		empty: bars.length === 0 ? rt(lang, 'fb.empty', { year }) : undefined
	};
}

/** The city's resolved plans of the plan year split into followed and not followed. */
export interface PlansPrinted {
	year: number;
	resolved: ReportCell;
	followed: ReportCell;
	notFollowed: ReportCell;
	share: ReportCell;
	pending: ReportCell;
}

export function maskedPlans(data: ReportData, min: number): PlansPrinted | null {
	const { plans, plansYear } = data.feedback;
	if (!plans || plansYear === null || plans.n_plans_resolved === null) return null;
	const resolved = plans.n_plans_resolved;
	const followed = plans.n_plans_followed;
	const cells = [followed, followed === null ? null : resolved - followed];
	const result = suppressTable({ cells: [cells], rowTotals: [resolved] }, min);
	const reasons = result.cells[0] ?? [];
	const pending = plans.n_plans_pending;
	return {
		year: plansYear,
		resolved: count(resolved, result.rowTotals[0] ?? null),
		followed: count(cells[0] ?? null, reasons[0] ?? null),
		notFollowed: count(cells[1] ?? null, reasons[1] ?? null),
		share: shareCell(plans.share_plans_followed, !reasons[0] && !result.rowTotals[0]),
		pending: count(pending, pending !== null && isSmall(pending, min) ? 'primary' : null)
	};
}

function plansTable(lang: Lang, year: number, plans: PlansPrinted | null): ReportTable {
	const shareOf = (cell: ReportCell, resolved: ReportCell): ReportCell =>
		cell.hidden || resolved.hidden
			? { value: null, hidden: cell.hidden ?? resolved.hidden ?? null }
			: { value: ratio(cell.value as number | null, resolved.value as number | null) };
	const rows: ReportCell[][] = plans
		? [
				[{ value: rt(lang, 'fb.plans.resolved') }, plans.resolved, { value: null }],
				[
					{ value: rt(lang, 'fb.plans.followed') },
					plans.followed,
					plans.share.hidden ? plans.share : shareOf(plans.followed, plans.resolved)
				],
				[
					{ value: rt(lang, 'fb.plans.notFollowed') },
					plans.notFollowed,
					plans.share.hidden
						? { value: null, hidden: plans.share.hidden }
						: shareOf(plans.notFollowed, plans.resolved)
				],
				[{ value: rt(lang, 'fb.plans.pending') }, plans.pending, { value: null }]
			]
		: [];
	return {
		kind: 'table',
		name: 'rencana-ditindaklanjuti',
		title: plans
			? rt(lang, 'fb.plans.title', { plansYear: plans.year })
			: rt(lang, 'fb.plans.title.none'),
		caption: rt(lang, 'fb.plans.caption', { year, plansYear: plans?.year ?? '–' }),
		method: 'feedback-coverage',
		compact: true,
		columns: [
			{ label: rt(lang, 'col.metric'), csv: 'ukuran', format: 'text' },
			{ label: rt(lang, 'fb.col.plans'), csv: 'n_rencana', format: 'int' },
			{ label: rt(lang, 'fb.col.planShare'), csv: 'persen_rencana_dinilai', format: 'pct' }
		],
		rows,
		totalRows: plans ? [0] : [],
		empty: plans ? undefined : rt(lang, 'fb.plans.none', { year })
	};
}

/** Awards of the year by type with the total; a type given to fewer than min people is hidden. */
export interface AwardsPrinted {
	rows: {
		type: string;
		label: string;
		isSatyalancana: boolean;
		awards: ReportCell;
		people: ReportCell;
	}[];
	total: ReportCell;
}

export function maskedAwards(data: ReportData, min: number, lang: Lang): AwardsPrinted {
	const given = data.feedback.awardsGiven;
	const cells = given.map((row) => [
		isSmall(row.n_awards, min) || isSmall(row.n_employees, min) ? null : row.n_awards
	]);
	const total = given.reduce((sum, row) => sum + row.n_awards, 0);
	const result = suppressTable({ cells, colTotals: [total] }, min);
	return {
		rows: given.map((row, i) => {
			const hidden = result.cells[i]?.[0] ?? null;
			return {
				type: row.award_type,
				label: lang === 'en' ? row.award_label_en : row.award_label_id,
				isSatyalancana: row.award_class !== null,
				awards: count(row.n_awards, hidden),
				// Awards and people differ only when someone got the same award twice: hide both together.
				people: count(row.n_employees, hidden)
			};
		}),
		total: count(total, result.colTotals[0] ?? null)
	};
}

function awardsTable(lang: Lang, year: number, awards: AwardsPrinted): ReportTable {
	return {
		kind: 'table',
		name: 'penghargaan-jenis',
		title: rt(lang, 'fb.awards.title', { year }),
		caption: rt(lang, 'fb.awards.caption', { year }),
		method: 'awards-given',
		compact: true,
		columns: [
			{ label: rt(lang, 'fb.col.awardType'), csv: 'jenis_penghargaan', format: 'text' },
			{ label: rt(lang, 'fb.col.awards'), csv: 'n_penghargaan', format: 'int' },
			{ label: rt(lang, 'fb.col.recipients'), csv: 'n_pegawai', format: 'int' }
		],
		rows: [
			...awards.rows.map((row) => [{ value: row.label }, row.awards, row.people]),
			...(awards.rows.length > 0
				? [[{ value: rt(lang, 'fb.awards.total') }, awards.total, { value: '' }]]
				: [])
		],
		totalRows: awards.rows.length > 0 ? [awards.rows.length] : [],
		empty: awards.rows.length === 0 ? rt(lang, 'fb.awards.none', { year }) : undefined
	};
}

/** Satyalancana counts: eligible by class, ineligible by reason, the year-end PNS in total. */
export interface SatyalancanaPrinted {
	rows: { eligible: boolean; code: string; label: string; n: ReportCell }[];
	total: ReportCell;
}

export function maskedSatyalancana(
	data: ReportData,
	min: number,
	lang: Lang
): SatyalancanaPrinted | null {
	const reasons = data.feedback.satyalancana;
	if (reasons.length === 0 || reasons.every((row) => row.n_employees === null && !row.suppressed))
		return null;
	const order = (code: string) => SATYALANCANA_REASONS.indexOf(code as never);
	const ineligible = reasons
		.filter((row) => row.reason_code !== 'eligible')
		.sort((a, b) => order(a.reason_code) - order(b.reason_code));
	const withheld = reasons.some((row) => row.suppressed);
	const source = [
		...data.satyalancanaClasses.map((row) => ({
			eligible: true,
			code: row.award_class,
			label: lang === 'en' ? row.label_en : row.label_id,
			n: withheld ? null : row.n_eligible
		})),
		...ineligible.map((row) => ({
			eligible: false,
			code: row.reason_code,
			label: lang === 'en' ? row.reason_en : row.reason_id,
			n: row.n_employees
		}))
	];
	const total = withheld ? null : reasons.reduce((sum, row) => sum + (row.n_employees ?? 0), 0);
	const result = suppressTable({ cells: source.map((row) => [row.n]), colTotals: [total] }, min);
	return {
		rows: source.map((row, i) => ({ ...row, n: count(row.n, result.cells[i]?.[0] ?? null) })),
		total: count(total, result.colTotals[0] ?? null)
	};
}

function satyalancanaTable(
	lang: Lang,
	year: number,
	printed: SatyalancanaPrinted | null
): ReportTable {
	const rows = printed?.rows ?? [];
	return {
		kind: 'table',
		name: 'satyalancana',
		title: rt(lang, 'fb.slks.title', { year }),
		caption: rt(lang, 'fb.slks.caption', { year }),
		method: 'satyalancana',
		compact: true,
		columns: [
			{ label: rt(lang, 'fb.col.status'), csv: 'status', format: 'text' },
			{ label: rt(lang, 'fb.col.classOrReason'), csv: 'kelas_atau_alasan', format: 'text' },
			{ label: rt(lang, 'fb.col.pns'), csv: 'n_pns', format: 'int' }
		],
		rows: [
			...rows.map((row) => [
				{ value: rt(lang, row.eligible ? 'fb.slks.eligible' : 'fb.slks.ineligible') },
				{ value: row.label },
				row.n
			]),
			...(printed ? [[{ value: rt(lang, 'fb.slks.total') }, { value: '' }, printed.total]] : [])
		],
		totalRows: printed ? [rows.length] : [],
		empty: printed ? undefined : rt(lang, 'fb.slks.none', { year })
	};
}

/**
 * Chapter "Umpan balik dan penghargaan" (issue #7): dialogue and plan coverage by agency, plans
 * followed by training, awards given and Satyalancana counts. Aggregates only: the award
 * candidates and the Satyalancana list name people and stay on the internal dashboard.
 */
export function feedbackBlocks(ctx: SectionContext): Block[] {
	const { lang, data, min } = ctx;
	const { year } = data;
	const coverage = maskedCoverage(data, min, lang);
	return [
		{ kind: 'p', text: rt(lang, 'fb.intro') },
		coverageChart(lang, year, coverage),
		coverageTableOf(lang, year, coverage),
		{ kind: 'h3', text: rt(lang, 'fb.plans.heading') },
		{ kind: 'p', text: rt(lang, 'fb.plans.intro') },
		plansTable(lang, year, maskedPlans(data, min)),
		{ kind: 'h3', text: rt(lang, 'fb.awards.heading') },
		awardsTable(lang, year, maskedAwards(data, min, lang)),
		satyalancanaTable(lang, year, maskedSatyalancana(data, min, lang)),
		{ kind: 'p', text: rt(lang, 'fb.internal', { min }), className: 'note' }
	];
}

const shown = (cell: ReportCell | undefined): number | null =>
	cell && !cell.hidden && typeof cell.value === 'number' ? cell.value : null;

/** The chapter's figures for the executive summary, read from the printed (suppressed) cells. */
export function feedbackFacts(
	data: ReportData,
	min: number,
	lang: Lang
): Pick<SummaryFacts, 'feedback' | 'plans' | 'awards' | 'satyalancanaEligible'> {
	const city = maskedCoverage(data, min, lang).find((row) => row.source.agency_code === 'ALL');
	const dialogue = shown(city?.dialogue);
	const plans = maskedPlans(data, min);
	const resolved = shown(plans?.resolved);
	const share = shown(plans?.share);
	const awards = maskedAwards(data, min, lang);
	const total = shown(awards.total);
	const classes = awards.rows.filter((row) => row.isSatyalancana);
	const slks = classes.map((row) => shown(row.awards));
	const eligible = maskedSatyalancana(data, min, lang)?.rows.filter((row) => row.eligible) ?? [];
	const eligibleCounts = eligible.map((row) => shown(row.n));
	const sum = (values: (number | null)[]) =>
		values.length === 0 || values.some((v) => v === null)
			? null
			: values.reduce<number>((a, v) => a + (v ?? 0), 0);
	return {
		feedback: dialogue === null ? null : { dialogue, plan: shown(city?.plan) },
		plans:
			plans && resolved !== null && share !== null ? { year: plans.year, resolved, share } : null,
		awards: total === null ? null : { total, satyalancana: classes.length ? sum(slks) : null },
		satyalancanaEligible: sum(eligibleCounts)
	};
}
