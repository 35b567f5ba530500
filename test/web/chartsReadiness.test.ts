import { describe, expect, it } from 'vitest';
import { readinessCard, readinessFinding } from '../../web/lib/charts/readinessCard.js';
import {
	componentAnchor,
	componentCells,
	componentTable,
	READINESS_COMPONENTS,
	readinessTable,
	type ReadinessComponentCounts
} from '../../web/lib/charts/readinessComponents.js';
import {
	formatIndex,
	readinessBars,
	readinessOption,
	type ReadinessCounts
} from '../../web/lib/charts/readinessOption.js';
import { toCsv } from '../../web/lib/csv.js';
import { formatNumber, t } from '../../web/lib/i18n/index.js';

function agency(code: string, index: number | null, hidden = false) {
	return {
		agency_code: code,
		agency_name: `Dinas ${code}`,
		n_employees: hidden ? null : 12,
		n_components: hidden ? null : 7,
		resistance_index: hidden ? null : index,
		suppressed: hidden
	} satisfies ReadinessCounts;
}

function component(code: string, name: string, n: number, d: number, z: number, hidden = false) {
	return {
		agency_code: code,
		component: name,
		weight: name === 'below_20jp_trend' ? 0.5 : 1,
		numerator: hidden ? null : n,
		denominator: hidden ? null : d,
		value: hidden ? null : n / d,
		z: hidden ? null : z,
		suppressed: hidden
	} satisfies ReadinessComponentCounts;
}

const rows = [agency('B', -0.48), agency('A', 0.62), agency('C', 0.12), agency('X', null, true)];

describe('readinessBars', () => {
	it('drops suppressed agencies and sorts the most resistant first', () => {
		expect(readinessBars(rows).map((bar) => bar.agency_code)).toEqual(['A', 'C', 'B']);
	});

	it('breaks ties by agency code', () => {
		const bars = readinessBars([agency('Z', 0.1), agency('M', 0.1)]);
		expect(bars.map((bar) => bar.agency_code)).toEqual(['M', 'Z']);
	});
});

describe('formatIndex', () => {
	it.each([
		['id', 0.6194, '+0,62'],
		['id', -0.4795, '-0,48'],
		['en', 0.125, '+0.13'],
		['en', 0, '0.00'],
		['id', -0.004, '0,00']
	] as const)('writes %s %d as %s', (lang, value, text) => {
		expect(formatIndex(lang, value).replace('\u2212', '-')).toBe(text);
	});
});

describe('readinessOption', () => {
	const option = readinessOption(rows, { lang: 'id' }) as {
		yAxis: { data: string[] };
		xAxis: { min: number; max: number };
		series: {
			data: { value: number; itemStyle: { color: string }; drill: { agency: string } }[];
			markLine: { data: { xAxis: number }[] };
		}[];
	};

	it('draws one bar per published agency in sorted order', () => {
		expect(option.yAxis.data).toEqual(['A', 'C', 'B']);
		expect(option.series[0]!.data.map((d) => d.value)).toEqual([0.62, 0.12, -0.48]);
		expect(option.series[0]!.data.map((d) => d.drill.agency)).toEqual(['A', 'C', 'B']);
	});

	it('marks the city at 0 on a symmetric axis', () => {
		expect(option.series[0]!.markLine.data).toEqual([{ xAxis: 0 }]);
		expect(option.xAxis.min).toBe(-option.xAxis.max);
		expect(option.xAxis.max).toBeGreaterThan(0.62);
	});

	it('colours above and below the city differently', () => {
		const [above, , below] = option.series[0]!.data;
		expect(above!.itemStyle.color).not.toBe(below!.itemStyle.color);
	});
});

describe('readinessFinding', () => {
	it('names the most resistant and the most ready agency', () => {
		const title = readinessFinding('id', readinessBars(rows), 2025);
		expect(title).toBe(
			t('id', 'ready.title', {
				year: 2025,
				top: 'Dinas A',
				topIndex: `+${formatNumber('id', 0.62, 2)}`,
				bottom: 'Dinas B',
				bottomIndex: formatNumber('id', -0.48, 2)
			})
		);
	});

	it('calls no agency resistant when none is above the city', () => {
		const bars = readinessBars([agency('A', 0), agency('B', -0.3)]);
		expect(readinessFinding('en', bars, 2025)).toContain('No agency is above the city');
	});

	it('is null with nothing to draw', () => {
		expect(readinessFinding('id', [], 2025)).toBeNull();
	});
});

describe('componentCells', () => {
	const components = [
		component('B', 'no_dialogue', 1, 10, -0.5),
		component('B', 'skp_late_or_missing', 2, 10, -0.2),
		component('A', 'distribution_inflation', 1, 3, 1.1),
		component('A', 'skp_late_or_missing', 5, 10, 0.9),
		component('X', 'skp_late_or_missing', 0, 0, 0, true)
	];

	it("keeps the drawn agencies only, in the chart's and the methodology's order", () => {
		const cells = componentCells(components, readinessBars(rows));
		expect(cells.map((c) => `${c.agency_code}:${c.component}`)).toEqual([
			'A:skp_late_or_missing',
			'A:distribution_inflation',
			'B:skp_late_or_missing',
			'B:no_dialogue'
		]);
	});

	it('writes numerator, denominator and z to the CSV table', () => {
		const table = componentTable(componentCells(components, readinessBars(rows)));
		expect(table.columns).toEqual([
			'kode_opd',
			'komponen',
			'bobot',
			'pembilang',
			'penyebut',
			'nilai',
			'z'
		]);
		expect(table.rows[0]).toEqual(['A', 'skp_late_or_missing', 1, 5, 10, 0.5, 0.9]);
	});
});

describe('componentAnchor', () => {
	it('points every component at its METHODOLOGY anchor', () => {
		expect(READINESS_COMPONENTS.map(componentAnchor)).toContain('#ri-below-20jp-trend');
		expect(componentAnchor('skp_late_or_missing')).toBe('#ri-skp-late-or-missing');
	});
});

describe('readinessCard', () => {
	it('downloads exactly the bars it draws', () => {
		const card = readinessCard('id', rows, [], 2025);
		expect(card.table).toEqual(readinessTable(card.bars));
		expect(card.table.rows.map((row) => row[0])).toEqual(['A', 'C', 'B']);
		expect(toCsv(card.table)).toContain('A;Dinas A;12;7;0.62');
		expect(card.caption).toContain('3 OPD ditampilkan, 1 OPD disembunyikan');
	});
});
