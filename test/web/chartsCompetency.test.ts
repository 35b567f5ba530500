import { describe, expect, it } from 'vitest';
import { gapCard } from '../../web/lib/charts/cards.js';
import {
	competencyGapOption,
	gapGrid,
	type GapCounts
} from '../../web/lib/charts/competencyGapOption.js';
import { gapFinding, jpFinding } from '../../web/lib/charts/findings.js';
import {
	jpBars,
	jpHistogramOption,
	meets20Share,
	type JpCounts
} from '../../web/lib/charts/jpHistogramOption.js';
import { GAP_SCALE, OKABE_ITO } from '../../web/lib/charts/palette.js';
import { gapTable, jpTable, targetsTable } from '../../web/lib/charts/tables.js';
import { toCsv } from '../../web/lib/csv.js';

/** Buckets of 5 JP up to 40 from counts; a null count is a suppressed bucket. */
function buckets(counts: (number | null)[]): JpCounts[] {
	const total = counts.reduce<number>((sum, n) => sum + (n ?? 0), 0);
	return counts.map((n, i) => ({
		bucket_start: i * 5,
		bucket_end: i * 5 < 40 ? (i + 1) * 5 : null,
		below_20jp: (i + 1) * 5 <= 20,
		n_employees: n,
		share: n === null ? null : n / total,
		suppressed: n === null
	}));
}

function cell(agency: string, code: string, gap: number | null, suppressed = false): GapCounts {
	return {
		agency_code: agency,
		competency_code: code,
		competency_name: `Kompetensi ${code}`,
		n_assessed: suppressed ? null : 10,
		mean_gap: suppressed ? null : gap,
		share_below_standard: suppressed || gap === null ? null : 0.3,
		suppressed
	};
}

type Bar = { type: string; data: { value: number | null; itemStyle: { color: string } }[] };
type Mark = { xAxisIndex?: number; markLine?: { data: { xAxis: number }[] } };

describe('meets20Share', () => {
	it('is one minus the buckets below 20 JP when those are all published', () => {
		expect(meets20Share(buckets([10, 10, 10, 10, 30, 20, 10, null, 0]))).toBeCloseTo(0.6);
	});

	it('sums the buckets at or above 20 JP when one below it is suppressed', () => {
		expect(meets20Share(buckets([null, 10, 10, 10, 30, 0, 0, 0, 0]))).toBeCloseTo(0.5);
	});

	it.each([
		['both sides suppressed', [null, 10, 10, 10, 30, null, 0, 0, 0]],
		['everything suppressed', [null, null]],
		['no buckets', []]
	])('is null with %s', (_name, counts) => {
		expect(meets20Share(buckets(counts))).toBeNull();
	});
});

describe('jpHistogramOption', () => {
	const rows = buckets([10, 12, 9, 26, 44, 33, 16, null, 0]);

	it('labels closed buckets by range and the last one as open', () => {
		expect(jpBars([...rows].reverse()).map((bar) => bar.label)).toEqual([
			'0–4',
			'5–9',
			'10–14',
			'15–19',
			'20–24',
			'25–29',
			'30–34',
			'35–39',
			'≥ 40'
		]);
	});

	it('colours bars below 20 JP apart and leaves a suppressed bucket empty', () => {
		const option = jpHistogramOption(rows, { lang: 'id' });
		const bar = (option.series as Bar[])[0]!;
		expect(bar.data.map((d) => d.value)).toEqual([10, 12, 9, 26, 44, 33, 16, null, 0]);
		expect(bar.data.map((d) => d.itemStyle.color === OKABE_ITO.vermillion)).toEqual([
			true,
			true,
			true,
			true,
			false,
			false,
			false,
			false,
			false
		]);
	});

	it('draws the 20 JP line on the boundary before the first bucket at or above it', () => {
		const option = jpHistogramOption(rows, { lang: 'id' });
		const line = (option.series as Mark[])[1]!;
		expect(line.xAxisIndex).toBe(1);
		expect(line.markLine!.data).toEqual([{ xAxis: 4 }]);
		expect((option.xAxis as { max?: number }[])[1]!.max).toBe(9);
	});

	it('draws no line when no bucket lies below 20 JP', () => {
		const above = buckets([0, 0, 0, 0, 5, 5]).map((row) => ({ ...row, below_20jp: false }));
		expect(
			(jpHistogramOption(above, { lang: 'id' }).series as Mark[])[1]!.markLine
		).toBeUndefined();
	});

	it('keeps suppressed buckets in the CSV with empty figures', () => {
		const lines = toCsv(jpTable(jpBars(rows))).split('\r\n');
		expect(lines[1]).toBe(`0;5;1;10;${10 / 150}`);
		expect(lines[8]).toBe('35;40;0;;');
		expect(lines[9]).toBe('40;;0;0;0');
	});
});

describe('jpFinding', () => {
	it('states the share meeting 20 JP, formatted per language', () => {
		const rows = buckets([10, 12, 9, 26, 44, 33, 16, null, 0]);
		// 57 of 150 published below the line: 1 − 57/150 = 62 %.
		expect(jpFinding('id', rows, 2025)).toBe('62,0% pegawai memenuhi 20 JP pada 2025');
		expect(jpFinding('en', rows, 2025)).toBe('62.0% of employees met 20 JP in 2025');
		expect(jpFinding('id', buckets([null, null]), 2025)).toBeNull();
	});
});

describe('gapGrid', () => {
	it('drops suppressed cells, competencies without a standard and empty rows; city first', () => {
		const grid = gapGrid([
			cell('DINKES', 'M.02', 0.4),
			cell('ALL', 'T.01', null),
			cell('ALL', 'M.02', -0.1),
			cell('ALL', 'M.01', 0.2),
			cell('BKEU', 'M.01', null, true)
		]);
		expect(grid.agencies).toEqual(['ALL', 'DINKES']);
		expect(grid.competencies.map((c) => c.code)).toEqual(['M.01', 'M.02']);
		expect(grid.cells.map((c) => `${c.agency_code}/${c.competency_code}`)).toEqual([
			'ALL/M.01',
			'ALL/M.02',
			'DINKES/M.02'
		]);
		expect(toCsv(gapTable(grid)).split('\r\n')[3]).toBe('DINKES;M.02;Kompetensi M.02;10;0.4;0.3');
	});
});

describe('competencyGapOption', () => {
	const rows = [cell('ALL', 'M.01', 0.25), cell('ALL', 'M.02', -0.1), cell('DINKES', 'M.02', 0.5)];
	const option = competencyGapOption(rows, { lang: 'id' });
	const heat = (
		option.series as {
			data: { value: number[]; drill?: { agency: string } }[];
			label: { show: boolean; formatter: (p: { value: number[] }) => string };
		}[]
	)[0]!;

	it('places each cell at its competency column and agency row', () => {
		expect(heat.data.map((d) => d.value)).toEqual([
			[0, 0, 0.25],
			[1, 0, -0.1],
			[1, 1, 0.5]
		]);
		// A row's cells carry its agency code (the city row none), so a click opens the agency.
		expect(heat.data.map((d) => d.drill)).toEqual([undefined, undefined, { agency: 'DINKES' }]);
		expect(option.yAxis).toMatchObject({ data: ['Seluruh kota', 'DINKES'], inverse: true });
	});

	it('labels every cell with its value so colour is not the only cue', () => {
		expect(heat.label.show).toBe(true);
		expect(heat.label.formatter({ value: [0, 0, 0.25] })).toBe('0,25');
	});

	it('uses the sequential scale from at most zero up to the largest gap', () => {
		expect(option.visualMap).toMatchObject({
			min: -0.1,
			max: 0.5,
			inRange: { color: [...GAP_SCALE] }
		});
	});
});

describe('gapFinding', () => {
	it('names the city competency furthest below standard', () => {
		const grid = gapGrid([cell('ALL', 'M.01', 0.25), cell('ALL', 'M.02', 0.5)]);
		expect(gapFinding('id', grid)).toBe(
			'Kesenjangan terbesar di seluruh kota: Kompetensi M.02, rata-rata 0,50 level di bawah standar'
		);
	});

	it('falls back to the agency furthest below standard when the city meets them', () => {
		const grid = gapGrid([cell('ALL', 'M.01', -0.2), cell('DINKES', 'M.01', 0.43)]);
		expect(gapFinding('en', grid)).toContain('the largest gap is in DINKES: Kompetensi M.01, 0.43');
	});

	it('says every standard is met, and has no title without cells', () => {
		expect(gapFinding('id', gapGrid([cell('ALL', 'M.01', -0.2)]))).toBe(
			'Rata-rata setiap kompetensi memenuhi standar'
		);
		expect(gapFinding('id', gapGrid([]))).toBeNull();
	});
});

describe('targetsTable', () => {
	it('carries name, agency, competency, gap and JP, never the NIP', () => {
		const row = {
			nip: '196807082004011001',
			nama: 'Siti, S.Pd',
			agency_code: 'DINKES',
			agency_name: 'Dinas Kesehatan',
			competency_code: 'M.02',
			competency_name: 'Kerjasama',
			gap: 2,
			jp_total: 15
		};
		const csv = toCsv(targetsTable([row]));
		expect(csv).not.toContain(row.nip);
		expect(csv.split('\r\n')[1]).toBe('Siti, S.Pd;DINKES;Dinas Kesehatan;M.02;Kerjasama;2;15');
	});
});

describe('gapCard', () => {
	it('turns decals off, scrolls on narrow screens and serves the drawn cells', () => {
		const card = gapCard('id', [cell('ALL', 'M.01', 0.25), cell('BKEU', 'M.01', null, true)]);
		expect(card.decal).toBe(false);
		expect(card.minWidth).toBeGreaterThan(160);
		expect(card.table.rows).toEqual([['ALL', 'M.01', 'Kompetensi M.01', 10, 0.25, 0.3]]);
		expect(card.caption).toContain('1 sel ditampilkan, 1 disembunyikan');
	});
});
