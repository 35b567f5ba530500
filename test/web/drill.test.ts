import { describe, expect, it, vi } from 'vitest';
import {
	agencyDrill,
	agencyHref,
	agencyRowLink,
	clickHref,
	drillHandler,
	drillHref,
	drillOf,
	yearRowLink,
	type ChartClick
} from '../../web/lib/charts/drill.js';

const url = new URL(
	'http://x/kompetensi?tahun=2024&jenis=PNS&jabatan=FUNGSIONAL&lang=en&opd=DINKES'
);

/** A click on a series mark, as Chart.svelte hands it on from ECharts. */
const seriesClick = (data: unknown): ChartClick => ({
	componentType: 'series',
	seriesName: 'Baik',
	name: 'DINKES',
	dataIndex: 0,
	data
});

describe('agencyDrill', () => {
	it('drills into an agency but not into the city row', () => {
		expect(agencyDrill('DINKES')).toEqual({ agency: 'DINKES' });
		expect(agencyDrill('ALL')).toBeUndefined();
	});
});

describe('drillOf', () => {
	it.each([
		[
			'an agency bar',
			seriesClick({ value: 0.3, drill: { agency: 'KEC_GP' } }),
			{ agency: 'KEC_GP' }
		],
		['a year point', seriesClick({ value: 0.8, drill: { year: 2023 } }), { year: 2023 }],
		['the city bar (no drill)', seriesClick({ value: 0.3 }), null],
		['a plain number item', seriesClick(0.3), null],
		['a mark line', { componentType: 'markLine', data: { drill: { year: 2022 } } }, null],
		['a code that is not a code', seriesClick({ drill: { agency: "X' or 1=1" } }), null],
		['a fractional year', seriesClick({ drill: { year: 2023.5 } }), null],
		['a year label on the axis', { componentType: 'xAxis', value: '2022' }, { year: 2022 }],
		['a label that is not a year', { componentType: 'xAxis', value: 'Jan' }, null]
	] as const)('reads %s', (_name, click, target) => {
		expect(drillOf(click)).toEqual(target);
	});
});

describe('agencyHref', () => {
	it("opens the agency's page keeping year, employee filters and language only", () => {
		expect(agencyHref(url, 'DINKES')).toBe(
			'/opd/DINKES?tahun=2024&jenis=PNS&jabatan=FUNGSIONAL&lang=en'
		);
		expect(agencyHref(new URL('http://x/'), 'KEC_GP')).toBe('/opd/KEC_GP');
	});
});

describe('drillHref and clickHref', () => {
	it('lead an agency click to its page and a year click to this page for that year', () => {
		expect(drillHref(url, { agency: 'RSUD' })).toBe(
			'/opd/RSUD?tahun=2024&jenis=PNS&jabatan=FUNGSIONAL&lang=en'
		);
		const trend = new URL('http://x/opd/DINKES?tahun=2025&lang=en');
		expect(clickHref(trend, seriesClick({ value: 1, drill: { year: 2022 } }))).toBe(
			'/opd/DINKES?tahun=2022&lang=en'
		);
		expect(clickHref(trend, seriesClick({ value: 1 }))).toBeNull();
	});
});

describe('drillHandler', () => {
	it('navigates only when the click has somewhere to go', () => {
		const navigate = vi.fn();
		const handle = drillHandler(() => url, navigate);
		handle(seriesClick({ value: 0.5 }));
		expect(navigate).not.toHaveBeenCalled();
		handle(seriesClick({ value: 0.5, drill: { agency: 'DISHUB' } }));
		expect(navigate).toHaveBeenCalledWith(
			'/opd/DISHUB?tahun=2024&jenis=PNS&jabatan=FUNGSIONAL&lang=en'
		);
	});
});

describe('row links (the keyboard equivalent)', () => {
	it('link the agency name of a data-table row, never the city row', () => {
		const rowLink = agencyRowLink(url, 0, 1);
		expect(rowLink.column).toBe(1);
		expect(rowLink.href(['DINKES', 'Dinas Kesehatan', 0.5])).toBe(
			'/opd/DINKES?tahun=2024&jenis=PNS&jabatan=FUNGSIONAL&lang=en'
		);
		expect(rowLink.href(['ALL', 'Kota Bukittinggi', 0.5])).toBeNull();
	});

	it('link a year row to the same page for that year', () => {
		const rowLink = yearRowLink(new URL('http://x/kinerja?tahun=2025&jenis=PPPK'));
		expect(rowLink.column).toBe(0);
		expect(rowLink.href([2023, 0.8, 120])).toBe('/kinerja?tahun=2023&jenis=PPPK');
		expect(rowLink.href(['', 0.8])).toBeNull();
	});
});
