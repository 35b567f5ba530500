import { formatNumber, t, type Lang } from '../i18n/index.js';
import type { CardModel } from './cards.js';
import {
	componentCells,
	componentTable,
	readinessTable,
	type ComponentCell,
	type ReadinessComponentCounts
} from './readinessComponents.js';
import {
	formatIndex,
	readinessBars,
	readinessOption,
	type ReadinessBar,
	type ReadinessCounts
} from './readinessOption.js';

/**
 * The index chart's active title: the agency furthest above the city and the one furthest below.
 * An agency at or below the city is never called resistant.
 */
export function readinessFinding(
	lang: Lang,
	bars: readonly ReadinessBar[],
	year: number
): string | null {
	const top = bars[0];
	const bottom = bars[bars.length - 1];
	if (!top || !bottom) return null;
	const vars = {
		year,
		top: top.agency_name,
		topIndex: formatIndex(lang, top.resistance_index),
		bottom: bottom.agency_name,
		bottomIndex: formatIndex(lang, bottom.resistance_index)
	};
	if (top.resistance_index <= 0) return t(lang, 'ready.title.none', vars);
	if (top === bottom) return t(lang, 'ready.title.single', vars);
	return t(lang, 'ready.title', vars);
}

/** The index card plus the component cells that explain each drawn bar. */
export interface ReadinessCardModel extends CardModel {
	bars: ReadinessBar[];
	cells: ComponentCell[];
	components: CardModel['table'];
}

export function readinessCard(
	lang: Lang,
	rows: readonly ReadinessCounts[],
	components: readonly ReadinessComponentCounts[],
	year: number
): ReadinessCardModel {
	const bars = readinessBars(rows);
	const cells = componentCells(components, bars);
	return {
		title: readinessFinding(lang, bars, year),
		caption: t(lang, 'ready.caption', {
			year,
			shown: formatNumber(lang, bars.length),
			hidden: formatNumber(lang, rows.length - bars.length)
		}),
		option: readinessOption(rows, { lang }),
		table: readinessTable(bars),
		decal: false,
		bars,
		cells,
		components: componentTable(cells)
	};
}
