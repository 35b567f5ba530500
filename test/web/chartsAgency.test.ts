import { describe, expect, it } from 'vitest';
import {
	agencyDistributionCard,
	agencyGapCard,
	agencyPp94Card,
	agencyReadinessCard,
	agencyTrendCard,
	agencyTrendFinding
} from '../../web/lib/charts/agencyCards.js';
import {
	agencyDistributionBars,
	agencyDistributionOption
} from '../../web/lib/charts/agencyDistributionOption.js';
import { agencyFigures, type AgencyYearCounts } from '../../web/lib/charts/agencyFigures.js';
import { agencyGapBars, agencyGapOption } from '../../web/lib/charts/agencyGapOption.js';
import {
	agencyComponentBars,
	agencyReadinessOption,
	componentLabel,
	type AgencyComponentCounts
} from '../../web/lib/charts/agencyReadinessOption.js';
import { agencyTrendTable } from '../../web/lib/charts/agencyTables.js';
import { agencyTrendOption, agencyTrendPoints } from '../../web/lib/charts/agencyTrendOption.js';
import type { GapCounts } from '../../web/lib/charts/competencyGapOption.js';
import { CONTAIN_LABELS, symmetricEdge } from '../../web/lib/charts/layout.js';
import { formatTick } from '../../web/lib/charts/formatTick.js';
import { pp94Option, type Pp94Counts } from '../../web/lib/charts/pp94Option.js';
import { orgPredikatLabel, type PredikatCounts } from '../../web/lib/charts/predikat.js';
import { formatIndex, type ReadinessCounts } from '../../web/lib/charts/readinessOption.js';
import { toCsv } from '../../web/lib/csv.js';
import { formatNumber, formatPercent, t } from '../../web/lib/i18n/index.js';

const DINKES = { code: 'DINKES', name: 'Dinas Kesehatan' };

function predikat(agency: string, year: number, counts: number[], hidden = false): PredikatCounts {
	const [sb = 0, b = 0, bp = 0, k = 0, sk = 0] = counts;
	const n = sb + b + bp + k + sk;
	return {
		year,
		agency_code: agency,
		agency_name: agency === 'ALL' ? 'Kota Bukittinggi' : DINKES.name,
		n_appraised: hidden ? null : n,
		n_sangat_baik: hidden ? null : sb,
		n_baik: hidden ? null : b,
		n_butuh_perbaikan: hidden ? null : bp,
		n_kurang: hidden ? null : k,
		n_sangat_kurang: hidden ? null : sk,
		share_baik_or_better: hidden ? null : (sb + b) / n,
		suppressed: hidden
	};
}

// The city: 2021 70 %, 2022 80 %, 2023 70 % (of 2 700); the agency: 2021 hidden, 2022 90 %, 2023 60 %.
const trendRows = [
	predikat('ALL', 2021, [0, 70, 30]),
	predikat('ALL', 2022, [10, 70, 20]),
	predikat('ALL', 2023, [270, 1620, 810]),
	predikat('DINKES', 2021, [1, 1], true),
	predikat('DINKES', 2022, [1, 8, 1]),
	predikat('DINKES', 2023, [2, 4, 2, 1, 1]),
	predikat('RSUD', 2023, [5, 5])
];

type Line = {
	name: string;
	data: { value: number | null; drill: { year: number } }[];
	markLine?: { data: { xAxis: string }[] };
	lineStyle?: { type?: string };
};

describe('agencyTrendPoints and agencyTrendOption', () => {
	const points = agencyTrendPoints(trendRows, 'DINKES');
	const option = agencyTrendOption(points, {
		lang: 'id',
		agencyName: DINKES.name,
		schemeChangeYear: 2022
	});
	const lines = option.series as Line[];

	it('sets the agency beside the city per year, a hidden agency year as a gap', () => {
		expect(points.map((p) => p.year)).toEqual([2021, 2022, 2023]);
		expect(lines.map((line) => line.name)).toEqual([DINKES.name, 'Seluruh kota']);
		expect(lines[0]!.data.map((d) => d.value)).toEqual([null, 0.9, 0.6]);
		expect(lines[1]!.data.map((d) => d.value)).toEqual([0.7, 0.8, 0.7]);
	});

	it('tells the two lines apart without colour and marks the scheme change', () => {
		expect(lines[1]!.lineStyle?.type).toBe('dashed');
		expect(lines[0]!.markLine!.data).toEqual([{ xAxis: '2022' }]);
		const unmarked = agencyTrendOption(points, {
			lang: 'id',
			agencyName: 'x',
			schemeChangeYear: 2019
		});
		expect((unmarked.series as Line[])[0]!.markLine).toBeUndefined();
	});

	it('lets every point of both lines drill into its year', () => {
		expect(option.xAxis).toMatchObject({ triggerEvent: true });
		for (const line of lines)
			expect(line.data.map((d) => d.drill.year)).toEqual([2021, 2022, 2023]);
	});

	it('gives the CSV the same points, empty where a side is hidden', () => {
		const table = agencyTrendTable(points);
		expect(table.columns[0]).toBe('tahun');
		expect(table.rows[0]).toEqual([2021, '', '', 0.7, 100]);
		expect(table.rows[2]).toEqual([2023, 0.6, 10, 0.7, 2700]);
	});
});

describe('agencyTrendFinding', () => {
	const points = agencyTrendPoints(trendRows, 'DINKES');
	it.each([
		[2022, 'opd.trend.title.above', 0.9, 0.8],
		[2023, 'opd.trend.title.below', 0.6, 0.7]
	] as const)('compares %d with the city', (year, key, share, city) => {
		expect(agencyTrendFinding('id', points, DINKES, year)).toBe(
			t('id', key, {
				agency: DINKES.name,
				share: formatPercent('id', share),
				year,
				city: formatPercent('id', city)
			})
		);
	});

	it('calls a difference under half a point level, and has no title for a hidden year', () => {
		const level = agencyTrendPoints(
			[predikat('ALL', 2025, [0, 1000, 1000]), predikat('X', 2025, [0, 501, 499])],
			'X'
		);
		expect(agencyTrendFinding('en', level, DINKES, 2025)).toContain('level with the city');
		expect(agencyTrendFinding('id', points, DINKES, 2021)).toBeNull();
	});

	it('formats counts in the caption id-ID', () => {
		const card = agencyTrendCard('id', { rows: trendRows, schemeChangeYear: 2022 }, DINKES, 2023);
		expect(card.caption).toContain('seluruh kota: 2.700');
		expect(card.caption).toContain('2021–2023');
	});
});

describe('agencyDistributionBars and agencyDistributionOption', () => {
	const bars = agencyDistributionBars(trendRows, 'DINKES', 2023);
	it('draws the agency above the city for the year', () => {
		expect(bars.map((bar) => bar.agency_code)).toEqual(['DINKES', 'ALL']);
		expect(bars[0]!.shares).toEqual([0.2, 0.4, 0.2, 0.1, 0.1]);
		const option = agencyDistributionOption(bars, { lang: 'id' });
		expect(option.yAxis).toMatchObject({ data: ['DINKES', 'Seluruh kota'], inverse: true });
		const series = option.series as {
			data: { value: number; label: { show: boolean } }[];
			label: { formatter: (p: object) => string };
		}[];
		expect(series.map((s) => s.data[0]!.value)).toEqual([0.2, 0.4, 0.2, 0.1, 0.1]);
		expect(series[1]!.label.formatter({ value: 0.4 })).toBe('40,0%');
		// Thin segments stay unlabelled; the tooltip and the table have them.
		const shown = (bar: number) => series.map((s) => s.data[bar]!.label.show);
		expect(shown(0)).toEqual([true, true, true, true, true]);
		expect(shown(1)).toEqual([true, true, true, false, false]);
	});

	it('states the top and the bottom of the scale against the city', () => {
		const card = agencyDistributionCard('id', trendRows, DINKES, 2023);
		expect(card.title).toBe(
			t('id', 'opd.dist.title', {
				agency: DINKES.name,
				year: 2023,
				top: '20,0%',
				low: '40,0%',
				cityTop: '10,0%',
				cityLow: '30,0%'
			})
		);
		expect(card.table.rows.map((row) => row[0])).toEqual(['DINKES', 'ALL']);
		expect(agencyDistributionCard('id', trendRows, DINKES, 2021).title).toBeNull();
	});
});

function gap(agency: string, code: string, value: number | null, hidden = false): GapCounts {
	return {
		agency_code: agency,
		competency_code: code,
		competency_name: `Kompetensi ${code}`,
		n_assessed: hidden ? null : 10,
		mean_gap: hidden ? null : value,
		share_below_standard: hidden || value === null ? null : 0.3,
		suppressed: hidden
	};
}

describe('agencyGapBars and agencyGapOption', () => {
	const rows = [
		gap('ALL', 'M.01', 0.25),
		gap('ALL', 'M.02', -0.1),
		gap('DINKES', 'M.01', 0.1),
		gap('DINKES', 'M.02', 0.4),
		gap('DINKES', 'M.03', null),
		gap('DINKES', 'M.04', 0.9, true),
		gap('RSUD', 'M.01', 2)
	];

	it("draws the agency's drawable cells, largest gap first, with the city's beside them", () => {
		const bars = agencyGapBars(rows, 'DINKES');
		expect(bars.map((bar) => [bar.competency_code, bar.mean_gap, bar.city_gap])).toEqual([
			['M.02', 0.4, -0.1],
			['M.01', 0.1, 0.25]
		]);
		const option = agencyGapOption(bars, { lang: 'id', agencyName: DINKES.name });
		const series = option.series as { name: string; data: (number | null)[] }[];
		expect(series.map((s) => s.name)).toEqual([DINKES.name, 'Seluruh kota']);
		expect(series[1]!.data).toEqual([-0.1, 0.25]);
	});

	it('names the largest gap, or says every standard is met', () => {
		const card = agencyGapCard('id', rows, DINKES);
		expect(card.title).toContain('Kompetensi M.02, 0,40 level');
		expect(card.table.rows[0]).toEqual(['M.02', 'Kompetensi M.02', 10, 0.4, 0.3, -0.1]);
		const met = agencyGapCard('id', [gap('DINKES', 'M.01', -0.2)], DINKES);
		expect(met.title).toBe(t('id', 'opd.gap.title.none', { agency: DINKES.name }));
		expect(agencyGapCard('id', [], DINKES).title).toBeNull();
	});
});

function bands(agency: string, counts: [number, number, number, number]): Pp94Counts {
	const [none, ringan, sedang, berat] = counts;
	const n = none + ringan + sedang + berat;
	return {
		agency_code: agency,
		agency_name: agency === 'ALL' ? 'Kota Bukittinggi' : DINKES.name,
		n_employees: n,
		n_none: none,
		n_ringan: ringan,
		n_sedang: sedang,
		n_berat: berat,
		share_at_risk: (ringan + sedang + berat) / n,
		suppressed: false
	};
}

describe('agencyPp94Card', () => {
	it('draws the city and the agency only, and states the agency share as a risk indicator', () => {
		const rows = [
			bands('ALL', [1800, 100, 80, 20]),
			bands('DINKES', [18, 1, 1, 0]),
			bands('RSUD', [5, 5, 0, 0])
		];
		const card = agencyPp94Card('id', rows, DINKES, 2025);
		expect(card.table.rows.map((row) => row[0])).toEqual(['ALL', 'DINKES']);
		expect(card.title).toContain('10,0% pegawai Dinas Kesehatan');
		expect(card.title).toContain('bukan sanksi');
		expect(card.caption).toContain('seluruh kota: 2.000');
	});
});

function readiness(code: string, index: number | null): ReadinessCounts {
	return {
		agency_code: code,
		agency_name: code === 'DINKES' ? DINKES.name : code,
		n_employees: 20,
		n_components: 7,
		resistance_index: index,
		suppressed: index === null
	};
}

function component(name: string, z: number | null, agency = 'DINKES'): AgencyComponentCounts {
	return {
		agency_code: agency,
		component: name,
		weight: 1,
		numerator: 3,
		denominator: 30,
		value: 0.1,
		city_mean: 0.12,
		z,
		suppressed: false
	};
}

describe('agencyComponentBars, agencyReadinessOption and agencyReadinessCard', () => {
	const components = [
		component('below_20jp', 0.8),
		component('skp_late_or_missing', -0.4),
		component('no_dialogue', null),
		component('below_20jp', 3, 'RSUD')
	];

	it("keeps the agency's components with a z-score, in the methodology's order", () => {
		const bars = agencyComponentBars(components, 'DINKES');
		expect(bars.map((bar) => bar.component)).toEqual(['skp_late_or_missing', 'below_20jp']);
		const option = agencyReadinessOption(bars, { lang: 'id' });
		expect(option.yAxis).toMatchObject({
			data: [t('id', 'ready.c.skp_late_or_missing'), t('id', 'ready.c.below_20jp')]
		});
		const bar = (
			option.series as { data: { value: number; itemStyle: { color: string } }[] }[]
		)[0]!;
		expect(bar.data.map((d) => d.value)).toEqual([-0.4, 0.8]);
		expect(bar.data[0]!.itemStyle.color).not.toBe(bar.data[1]!.itemStyle.color);
		// A component the seed gained before the catalogue did shows its code.
		expect(componentLabel('id', 'new_component')).toBe('new_component');
	});

	it('places the agency among the agencies, 1 = most resistant', () => {
		const index = [
			readiness('A', 1.2),
			readiness('DINKES', -0.25),
			readiness('B', 0.3),
			readiness('C', null)
		];
		const card = agencyReadinessCard('id', index, components, DINKES, 2025);
		expect(card.title).toBe(
			t('id', 'opd.ready.title.below', {
				agency: DINKES.name,
				year: 2025,
				index: formatIndex('id', -0.25),
				rank: 3,
				total: 3
			})
		);
		expect(card.index).toBe(-0.25);
		expect(card.table.columns).toContain('rata_rata_kota');
		expect(toCsv(card.table)).toContain('skp_late_or_missing;1;3;30;0.1;0.12;-0.4');
		expect(
			agencyReadinessCard('id', [readiness('DINKES', null)], [], DINKES, 2025).title
		).toBeNull();
	});
});

describe('agencyFigures', () => {
	const year = (scope: AgencyYearCounts['scope'], y: number, n: number, share: number | null) => ({
		year: y,
		scope,
		n_employees: n,
		share_baik_or_better: share,
		share_meets_20jp: 0.5,
		unexcused_rate: 0.01,
		suppressed: false
	});

	it("gives the agency's value, its change from last year and the city's value", () => {
		const rows = [
			year('agency', 2024, 300, 0.7),
			year('agency', 2025, 335, 0.75),
			year('city', 2025, 2887, 0.78)
		];
		const [employees, share] = agencyFigures(rows, 2025);
		expect(employees).toEqual({
			metric: 'employees',
			value: 335,
			previous_year: 2024,
			change: 35,
			city: 2887,
			suppressed: false
		});
		expect(share!.change).toBeCloseTo(0.05, 12);
		expect(agencyFigures(rows, 2024)[0]!.change).toBeNull();
	});
});

describe('orgPredikatLabel', () => {
	it.each([
		['id', 'BAIK', 'Baik'],
		['id', 'BUTUH_PERBAIKAN', 'Butuh Perbaikan'],
		['en', 'ISTIMEWA', 'Istimewa (exceptional)'],
		['id', 'NEW_CODE', 'NEW_CODE'],
		['id', null, '–']
	] as const)('shows %s %s as %s', (lang, code, label) => {
		expect(orgPredikatLabel(lang, code)).toBe(label);
	});
});

describe('ECharts 6 grid layout', () => {
	it('no builder uses the deprecated containLabel; every grid contains its axis labels', () => {
		const options = [
			agencyTrendOption(agencyTrendPoints(trendRows, 'DINKES'), { lang: 'id', agencyName: 'x' }),
			agencyDistributionOption(agencyDistributionBars(trendRows, 'DINKES', 2023), { lang: 'id' }),
			agencyGapOption([], { lang: 'id', agencyName: 'x' }),
			agencyReadinessOption([], { lang: 'id' }),
			agencyTrendCard('id', { rows: trendRows, schemeChangeYear: null }, DINKES, 2023).option,
			agencyPp94Card('id', [bands('ALL', [1, 1, 1, 1])], DINKES, 2025).option
		];
		for (const option of options) {
			expect(option.grid).not.toHaveProperty('containLabel');
			expect(option.grid).toMatchObject(CONTAIN_LABELS);
		}
		expect(formatNumber('id', 2700)).toBe('2.700');
	});
});

describe('formatTick', () => {
	it.each([
		[-0.75, '-0,75'],
		[-0.25, '-0,25'],
		[0.5, '0,5'],
		[0, '0'],
		[1, '1'],
		[0.125, '0,13']
	])('writes %d as %s', (value, text) => {
		expect(formatTick('id', value).replace('\u2212', '-')).toBe(text);
	});
});

describe('pp94Option axis', () => {
	it('spans at least 0–5 % so a share of hundredths of a percent does not fill the chart', () => {
		const option = pp94Option([bands('ALL', [2885, 0, 1, 0])], { lang: 'id' });
		const max = (option.xAxis as { max: (extent: { max: number }) => number }).max;
		expect(max({ max: 0.0004 })).toBe(0.05);
		expect(max({ max: 0.2 })).toBe(0.2);
	});
});

describe('symmetricEdge', () => {
	it.each([
		[[0.1, -0.2], 0.75],
		[[0.62, -0.48], 1],
		[[2.78, -0.96], 4],
		[[-4.96], 6]
	])('gives %j an edge of %d', (values, edge) => {
		expect(symmetricEdge(values)).toBe(edge);
	});
});
