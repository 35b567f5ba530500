import type { Agency } from './agencies.js';
import { dMonY, type Day, dmy, iso, toDate, WEEKDAYS_ID, weekday } from './dates.js';
import type { Employee } from './employees.js';
import type { Cell } from './xlsx.js';

/** How the various exports spell the same facts. */

export type AgencyStyle = 'name' | 'short' | 'code' | 'upper';

export function agencyLabel(a: Agency, style: AgencyStyle): string {
	if (style === 'short') return a.shortName;
	if (style === 'code') return a.code;
	if (style === 'upper') return a.name.toUpperCase();
	return a.name;
}

export type DateStyle = 'iso' | 'dmy' | 'dmy-dash' | 'weekday-dmy-dash' | 'd-mon-y' | 'cell';

export function dateLabel(d: Day, style: DateStyle): Cell {
	if (style === 'iso') return iso(d);
	if (style === 'dmy') return dmy(d);
	if (style === 'dmy-dash') return dmy(d, '-');
	if (style === 'weekday-dmy-dash') return `${WEEKDAYS_ID[weekday(d)]}, ${dmy(d, '-')}`;
	if (style === 'd-mon-y') return dMonY(d);
	return toDate(d);
}

export function dateText(d: Day, style: Exclude<DateStyle, 'cell'>): string {
	return dateLabel(d, style) as string;
}

export type GolonganStyle = 'slash' | 'dot' | 'compact';

export function golonganLabel(golongan: string, style: GolonganStyle): string {
	if (!golongan.includes('/')) return golongan;
	if (style === 'dot') return golongan.replace('/', '.');
	if (style === 'compact') return golongan.replace('/', '');
	return golongan;
}

export type GenderStyle = 'short' | 'long';

export function genderLabel(e: Employee, style: GenderStyle): string {
	if (style === 'short') return e.gender;
	return e.gender === 'L' ? 'Laki-laki' : 'Perempuan';
}

/** `SITI RAHMAH, S.Pd`: SIMPEG prints the name in capitals and keeps the titles as they are. */
export function upperName(e: Employee): string {
	return e.name.replace(e.core, e.core.toUpperCase());
}
