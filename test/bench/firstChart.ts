import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** Milliseconds from navigation start. */
export interface ChartTiming {
	/** The first `[data-rendered=true] canvas`: ECharts' `finished`, after its entry animation. */
	rendered: number;
	/** The frame after the first chart canvas appeared: the chart is on screen, still animating. */
	drawn: number;
}

export interface FirstChart {
	path: string;
	/** The first visit after the server started: warehouse opened, nothing cached yet. */
	cold: ChartTiming | null;
	/** The later visits. */
	visits: ChartTiming[];
	/** Set when a visit drew no chart within the timeout. */
	error?: string;
}

// Runs in the page before any of its scripts: notes the moment a chart reports itself drawn
// (Chart.svelte sets data-rendered=true on ECharts' `finished`), relative to navigation start.
const OBSERVE = `(() => {
	const mark = () => {
		if (window.__drawn === undefined && window.__canvas === undefined
			&& document.querySelector('[data-rendered] canvas')) {
			window.__canvas = true;
			requestAnimationFrame(() => requestAnimationFrame(() => (window.__drawn = performance.now())));
		}
		if (window.__firstChart === undefined && document.querySelector('[data-rendered=true] canvas'))
			window.__firstChart = performance.now();
	};
	new MutationObserver(mark).observe(document, {
		subtree: true, childList: true, attributes: true, attributeFilter: ['data-rendered']
	});
})();`;

type Marks = { __firstChart?: number; __drawn?: number };

/**
 * "First chart on screen": Chromium opens each page in a fresh context (a first visit: nothing
 * cached in the browser) at 1280 × 800 and times how long until the first
 * `[data-rendered=true] canvas`. The first visit of each page (the server's first queries for it)
 * is reported apart from the later ones.
 */
export async function firstChart(
	baseUrl: string,
	paths: readonly string[],
	options: { visits: number; timeoutMs?: number; cookie?: { name: string; value: string } }
): Promise<FirstChart[]> {
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	try {
		const out: FirstChart[] = [];
		for (const path of paths) {
			const result: FirstChart = { path, cold: null, visits: [] };
			for (let visit = 0; visit <= options.visits; visit++) {
				const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
				if (options.cookie) await context.addCookies([{ ...options.cookie, url: baseUrl }]);
				try {
					const page = await context.newPage();
					await page.addInitScript(OBSERVE);
					await page.goto(`${baseUrl}${path}`);
					await page.waitForFunction(
						() => {
							const w = window as Marks;
							return w.__firstChart !== undefined && w.__drawn !== undefined;
						},
						undefined,
						{ timeout: options.timeoutMs ?? 15_000 }
					);
					const timing = await page.evaluate(() => {
						const w = window as Marks;
						return { rendered: w.__firstChart ?? Number.NaN, drawn: w.__drawn ?? Number.NaN };
					});
					if (visit > 0) result.visits.push(timing);
					else result.cold = timing;
				} catch (error) {
					result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
					break;
				} finally {
					await context.close();
				}
			}
			out.push(result);
		}
		return out;
	} finally {
		await browser.close();
	}
}
