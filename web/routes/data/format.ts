import { formatNumber, t, type Lang } from '$lib/i18n/index.js';

const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A calendar day 'yyyy-mm-dd' as `31 Des 2025`; the day is a date, not an instant, so no time zone. */
export function formatDay(lang: Lang, day: string): string {
	return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${day}T00:00:00Z`)
	);
}

/** A source's period: years for annual exports (`2021–2025`), days for dated rows. */
export function formatPeriod(
	lang: Lang,
	from: string | null,
	to: string | null,
	unit: 'year' | 'day' | null
): string {
	if (!from || !to || !unit) return '–';
	if (unit === 'year') {
		const [a, b] = [from.slice(0, 4), to.slice(0, 4)];
		return a === b ? a : `${a}–${b}`;
	}
	return `${formatDay(lang, from)} – ${formatDay(lang, to)}`;
}

/** The last period a source covers, as a stale warning names it. */
export function formatLast(lang: Lang, to: string | null, unit: 'year' | 'day' | null): string {
	if (!to || !unit) return '–';
	return unit === 'year' ? to.slice(0, 4) : formatDay(lang, to);
}

export function formatAge(lang: Lang, days: number | null): string {
	if (days === null) return '–';
	return days <= 0
		? t(lang, 'data.age.today')
		: t(lang, 'data.age.days', { n: formatNumber(lang, days) });
}

export function formatDuration(lang: Lang, from: string, to: string | null): string {
	if (!to) return '–';
	const seconds = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
	return t(lang, 'data.seconds', { n: formatNumber(lang, seconds) });
}

/** A count that may be missing from an older log row. */
export function count(lang: Lang, value: number | null | undefined): string {
	return value === null || value === undefined ? '–' : formatNumber(lang, value);
}
