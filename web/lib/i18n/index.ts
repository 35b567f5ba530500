import { en } from './en.js';
import { id, type MessageKey, type Messages } from './id.js';

export type { MessageKey, Messages };
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

const catalogues: Record<Lang, Messages> = { id, en };
const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** The language of a URL: `?lang=en`, else Indonesian, so a shared link keeps its language. */
export function langFromUrl(url: URL): Lang {
	return url.searchParams.get('lang') === 'en' ? 'en' : 'id';
}

/** A message with its `{name}` placeholders filled; an unknown placeholder stays visible. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
	return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

export function formatNumber(lang: Lang, value: number, digits = 0): string {
	return new Intl.NumberFormat(locales[lang], {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(value);
}

/** A share (0–1) as a percentage with one decimal: `81,5%` in Indonesian, `81.5%` in English. */
export function formatPercent(lang: Lang, share: number, digits = 1): string {
	return new Intl.NumberFormat(locales[lang], {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(share);
}

/** A change of a share in percentage points, always signed (`+1,2 poin`). */
export function formatPoints(lang: Lang, change: number): string {
	const value = new Intl.NumberFormat(locales[lang], {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1,
		signDisplay: 'exceptZero'
	}).format(change * 100);
	return `${value} ${lang === 'id' ? 'poin' : 'pts'}`;
}

export function formatSigned(lang: Lang, change: number): string {
	return new Intl.NumberFormat(locales[lang], { signDisplay: 'exceptZero' }).format(change);
}

/** A date and time in WIB, where the city is (`29 Nov 2026 10.51`). */
export function formatDateTime(lang: Lang, date: Date): string {
	return new Intl.DateTimeFormat(locales[lang], {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Asia/Jakarta'
	}).format(date);
}

/** `url`'s path replaced and parameters changed (null removes one); the others are kept. */
export function hrefWith(
	url: URL,
	changes: Record<string, string | null>,
	path = url.pathname
): string {
	const params = new URLSearchParams(url.searchParams);
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) params.delete(name);
		else params.set(name, value);
	}
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}

/** A month (1–12) by its short name: `Jan`, `Agu` in Indonesian. */
export function formatMonth(lang: Lang, month: number): string {
	return new Intl.DateTimeFormat(locales[lang], { month: 'short', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, month - 1, 1))
	);
}

/** An ISO weekday (1 = Monday … 7 = Sunday) by its short name. */
export function formatWeekday(lang: Lang, isoDay: number): string {
	// 1 January 2024 was a Monday.
	return new Intl.DateTimeFormat(locales[lang], { weekday: 'short', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2024, 0, isoDay))
	);
}
