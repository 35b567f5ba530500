import { describe, expect, it } from 'vitest';
import { distributionFinding, trendFinding } from '../../web/lib/charts/findings.js';
import { PREDIKAT_COLOURS } from '../../web/lib/charts/palette.js';
import type { PredikatCounts } from '../../web/lib/charts/predikat.js';
import {
	distributionBars,
	predikatDistributionOption
} from '../../web/lib/charts/predikatDistributionOption.js';
import { predikatTrendOption, trendPoints } from '../../web/lib/charts/predikatTrendOption.js';
import { distributionTable, trendTable } from '../../web/lib/charts/tables.js';
import { toCsv } from '../../web/lib/csv.js';
import { formatPercent, hrefWith, t } from '../../web/lib/i18n/index.js';

function row(agency: string, year: number, counts: number[], suppressed = false): PredikatCounts {
	const [sb = 0, b = 0, bp = 0, k = 0, sk = 0] = counts;
	const n = sb + b + bp + k + sk;
	return {
		year,
		agency_code: agency,
		agency_name: agency === 'ALL' ? 'Kota Bukittinggi' : `Dinas ${agency}`,
		n_appraised: suppressed ? null : n,
		n_sangat_baik: suppressed ? null : sb,
		n_baik: suppressed ? null : b,
		n_butuh_perbaikan: suppressed ? null : bp,
		n_kurang: suppressed ? null : k,
		n_sangat_kurang: suppressed ? null : sk,
		share_baik_or_better: suppressed ? null : (sb + b) / n,
		suppressed
	};
}

const series = (option: Record<string, unknown>) =>
	option.series as {
		data: { value: number; drill?: { agency?: string; year?: number } }[];
		name: string;
		markLine?: { data: { xAxis: string }[] };
	}[];

describe('formatPercent', () => {
	it.each([
		['id', 0.815, '81,5%'],
		['en', 0.815, '81.5%'],
		['id', 0.782, '78,2%']
	] as const)('formats %s %d as %s', (lang, value, text) => {
		expect(formatPercent(lang, value)).toBe(text);
	});
});

describe('t', () => {
	it('fills placeholders in the chosen language', () => {
		expect(t('id', 'empty.year', { year: 2025 })).toBe(
			'Belum ada data penilaian untuk 2025 — unggah ekspor di halaman Data.'
		);
		expect(t('en', 'filters.year')).toBe('Year');
	});
});

describe('hrefWith', () => {
	it('changes one parameter and keeps the others', () => {
		const url = new URL('http://x/kinerja?tahun=2024&jenis=PNS');
		expect(hrefWith(url, { lang: 'en' })).toBe('/kinerja?tahun=2024&jenis=PNS&lang=en');
		expect(hrefWith(url, { tahun: null }, '/')).toBe('/?jenis=PNS');
	});
});

describe('predikatTrendOption', () => {
	const rows = [
		row('ALL', 2023, [10, 60, 30]),
		row('ALL', 2021, [0, 70, 30]),
		row('DINKES', 2023, [1, 1, 1]),
		row('ALL', 2022, [10, 70, 20])
	];

	it('draws the city share per year, oldest first', () => {
		const option = predikatTrendOption(rows, { lang: 'id' });
		// The year labels answer clicks too (drill-down to that year).
		expect(option.xAxis).toMatchObject({ data: ['2021', '2022', '2023'], triggerEvent: true });
		expect(series(option)[0]!.data.map((d) => d.value)).toEqual([0.7, 0.8, 0.7]);
		// Each point carries its year, so a click can open that year.
		expect(series(option)[0]!.data.map((d) => d.drill)).toEqual([
			{ year: 2021 },
			{ year: 2022 },
			{ year: 2023 }
		]);
	});

	it('marks the scheme change only when the year is on the axis', () => {
		expect(
			series(predikatTrendOption(rows, { lang: 'id', schemeChangeYear: 2022 }))[0]!.markLine!.data
		).toEqual([{ xAxis: '2022' }]);
		expect(
			series(predikatTrendOption(rows, { lang: 'id', schemeChangeYear: 2019 }))[0]!.markLine
		).toBeUndefined();
	});

	it('leaves suppressed years out of the line and the CSV alike', () => {
		const points = trendPoints([...rows, row('ALL', 2024, [], true)]);
		expect(points.map((p) => p.year)).toEqual([2021, 2022, 2023]);
		expect(trendTable(points).rows).toEqual([
			[2021, 0.7, 100],
			[2022, 0.8, 100],
			[2023, 0.7, 100]
		]);
	});
});

describe('predikatDistributionOption', () => {
	const rows = [
		row('ALL', 2025, [5, 10, 5]),
		row('A', 2025, [1, 2, 1]),
		row('B', 2025, [4, 4, 0]),
		row('C', 2025, [], true)
	];

	it('stacks the five predikat shares per drawn agency, best agency on top', () => {
		const option = predikatDistributionOption(rows, { lang: 'id' });
		expect(option.yAxis).toMatchObject({ data: ['A', 'B'] });
		expect(series(option).map((s) => s.name)).toEqual([
			'Sangat Baik',
			'Baik',
			'Butuh Perbaikan',
			'Kurang',
			'Sangat Kurang'
		]);
		expect(series(option)[0]!.data.map((d) => d.value)).toEqual([0.25, 0.5]);
		// Every segment carries its agency's code, so a click opens that agency's page.
		for (const s of series(option))
			expect(s.data.map((d) => d.drill)).toEqual([{ agency: 'A' }, { agency: 'B' }]);
		expect(option.color).toEqual([...PREDIKAT_COLOURS]);
	});

	it('gives the CSV the same bars in reading order', () => {
		const table = distributionTable(distributionBars(rows));
		expect(table.rows.map((r) => r[0])).toEqual(['B', 'A']);
		expect(toCsv(table).split('\r\n')[1]).toBe('B;Dinas B;8;0.5;0.5;0;0;0');
	});
});

describe('findings', () => {
	const point = (year: number, share: number) => ({
		year,
		share_baik_or_better: share,
		n_appraised: 9
	});

	it.each([
		[0.782, 0.815, 'Baik ke atas naik dari 78,2% (2024) menjadi 81,5% (2025)'],
		[0.815, 0.782, 'Baik ke atas turun dari 81,5% (2024) menjadi 78,2% (2025)'],
		[0.815, 0.816, 'Baik ke atas tetap 81,6% pada 2024–2025']
	])('states the move from %d to %d', (before, now, text) => {
		expect(trendFinding('id', [point(2024, before), point(2025, now)], 2025)).toBe(text);
	});

	it('has no title for a year without data', () => {
		expect(trendFinding('id', [point(2024, 0.8)], 2025)).toBeNull();
		expect(distributionFinding('id', [])).toBeNull();
	});

	it('names the highest and lowest agency', () => {
		const bars = distributionBars([row('A', 2025, [1, 2, 1]), row('B', 2025, [4, 4, 0])]);
		expect(distributionFinding('en', bars)).toBe(
			'Baik or better is highest in Dinas B (100.0%), lowest in Dinas A (75.0%)'
		);
	});
});
