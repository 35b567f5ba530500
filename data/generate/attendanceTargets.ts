import { STATUS, type DayTimes } from './attendanceDay.js';
import { type Day, hhmm, hhmmss } from './dates.js';
import type { Employee } from './employees.js';
import type { Cell } from './xlsx.js';

/** The attendance export shapes: each writes one employee-day row through its own ledger. */

export interface AttendanceTarget {
	emit(e: Employee, agency: string, d: Day, status: number, t: DayTimes, protect: boolean): void;
	close(): Promise<void>;
}

export const BAD_STATUS = ['X', 'XX', 'ZZ'] as const;
export const KEY = ['nip', 'tanggal'];

const WORDS: Record<string, string> = {
	H: 'Hadir',
	I: 'Izin',
	S: 'Sakit',
	C: 'Cuti',
	CT: 'CT',
	DL: 'Dinas Luar',
	TB: 'Tugas Belajar',
	TK: 'Alpa'
};

export function label(status: number, words: boolean, tk = 'TK'): string {
	const code = STATUS[status] ?? 'H';
	if (words) return WORDS[code] ?? code;
	return code === 'TK' ? tk : code;
}

export function time(sec: number, style: 'hm' | 'hm-dot' | 'hms', none: string): string {
	if (sec < 0) return none;
	const minutes = Math.floor(sec / 60);
	if (style === 'hms') return hhmmss(sec);
	return hhmm(minutes, style === 'hm-dot' ? '.' : ':');
}

/** Same employee and day, told differently: present in one row, sick in the other. */
export function twin(cells: Cell[], statusAt: number, v2: boolean): Cell[] {
	const out = [...cells];
	const present = cells[statusAt] === 'H' || cells[statusAt] === 'Hadir';
	out[statusAt] = present ? (v2 ? 'Sakit' : 'S') : v2 ? 'Hadir' : 'H';
	const none = v2 ? '00:00:00' : '';
	const inAt = statusAt - 2;
	out[inAt] = present ? none : v2 ? '07:24:10' : '07:24';
	out[inAt + 1] = present ? none : v2 ? '16:05:33' : '16:05';
	if (v2) {
		out[6] = present ? '' : '0';
		out[7] = present ? '' : '0';
	}
	return out;
}
