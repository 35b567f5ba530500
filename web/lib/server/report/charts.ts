import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// The parts the dashboard's option builders use; tooltips are inert in SVG but registered so
// ECharts does not warn about them. containLabel needs the legacy grid feature in ECharts 6.
echarts.use([
	BarChart,
	HeatmapChart,
	LineChart,
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	VisualMapComponent,
	LegacyGridContainLabel,
	SVGRenderer
]);

/** The report's font, also inside charts, so the PDF embeds one family. */
export const REPORT_FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';

export interface SvgOptions {
	width: number;
	height: number;
	/** Prefix for every id inside the SVG: stable and unique within the report. */
	key: string;
	ariaLabel: string;
	decal: boolean;
}

function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * An option from web/lib/charts rendered on the server to an SVG string (ECharts SSR), with
 * animation off and every id renamed after `key`: ECharts numbers its instances per process, so
 * the raw ids would differ between two builds in one server.
 */
export function renderChartSvg(option: EChartsCoreOption, opts: SvgOptions): string {
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width: opts.width,
		height: opts.height
	});
	try {
		chart.setOption({
			...option,
			animation: false,
			textStyle: { fontFamily: REPORT_FONT },
			aria: {
				enabled: true,
				label: { description: opts.ariaLabel },
				decal: { show: opts.decal }
			}
		});
		// Ids and class names count across instances (`zr3-cls-17`): number them per chart instead,
		// in order of first appearance, so the same chart gives the same bytes in any process.
		const seen = new Map<string, string>();
		const counts = new Map<string, number>();
		return chart
			.renderToSVGString()
			.replace(/\bzr\d+-([a-z-]*?)(\d+)\b/gi, (whole: string, kind: string) => {
				const known = seen.get(whole);
				if (known) return known;
				const n = counts.get(kind) ?? 0;
				counts.set(kind, n + 1);
				const renamed = `${opts.key}-${kind}${n}`;
				seen.set(whole, renamed);
				return renamed;
			})
			.replace(
				/^<svg /,
				`<svg role="img" aria-label="${escapeAttribute(opts.ariaLabel)}" class="chart" `
			);
	} finally {
		chart.dispose();
	}
}
