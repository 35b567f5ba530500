import { formatNumber, type Lang } from '../i18n/index.js';

/**
 * An axis tick with as few decimals as it needs (at most two): `0,25` stays `0,25` where one fixed
 * decimal would print `0,3`, `0,3` twice for ticks 0.25 apart.
 */
export function formatTick(lang: Lang, value: number): string {
	const digits = [0, 1, 2].find(
		(d) => Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-9
	);
	return formatNumber(lang, value, digits ?? 2);
}
