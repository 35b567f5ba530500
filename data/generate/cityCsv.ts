import { agencyOf, type GenContext } from './context.js';
import { type Day, dmy } from './dates.js';
import { H, type DayTimes } from './attendanceDay.js';
import { type AttendanceTarget, BAD_STATUS, KEY, label, time, twin } from './attendanceTargets.js';
import type { Layout } from './defects.js';
import type { RowOptions } from './emitter.js';
import type { Employee } from './employees.js';
import { CsvFile, ratesFor } from './fileWriters.js';
import { planFor } from './profiles.js';
import type { Cell } from './xlsx.js';

/** Agencies whose old fingerprint readers wrote `07.31` (until the 2024 system change). */
const DOT_TIMES = new Set(['DISDIKBUD', 'DPUPR', 'KEC_MKS', 'DINSOS']);

/**
 * The city presensi system's yearly export. Before the 2024 system change: `NIP;Nama;Unit Kerja;…`
 * with `07:31`/`07.31` and H/I/S/…; after it: codes, seconds, words and lateness minutes.
 */
export class CityCsv implements AttendanceTarget {
	private readonly file: CsvFile;
	private readonly agencies = new Map<string, AgencyShape>();
	private readonly seen: boolean[] = [];
	private day = -1;
	private date = '';

	constructor(
		private readonly ctx: GenContext,
		private readonly year: number,
		private readonly v2: boolean
	) {
		const layout: Layout = v2
			? {
					columns: [
						{ header: 'NIP', role: 'nip', required: true },
						{ header: 'kode_opd', role: 'agency' },
						{ header: 'Tgl', role: 'date', required: true },
						{ header: 'Scan Masuk', role: 'time' },
						{ header: 'Scan Pulang', role: 'time' },
						{ header: 'Status', role: 'code', bad: BAD_STATUS },
						{ header: 'Terlambat', role: 'number', outOfRange: ['-3', '-12', '1500'] },
						{ header: 'Pulang Awal', role: 'number', outOfRange: ['-5', '2000'] }
					],
					key: [0, 2],
					weights: {
						required_missing: 1,
						date_invalid: 1.5,
						time_invalid: 2,
						unknown_code: 2,
						unknown_agency: 1,
						nip_format: 1,
						nip_excel_mangled: 1,
						number_invalid: 1,
						out_of_range: 1.5
					}
				}
			: {
					columns: [
						{ header: 'NIP', role: 'nip', required: true },
						{ header: 'Nama', role: 'text' },
						{ header: 'Unit Kerja', role: 'agency' },
						{ header: 'Tanggal', role: 'date', required: true },
						{ header: 'Jam Masuk', role: 'time' },
						{ header: 'Jam Pulang', role: 'time' },
						{ header: 'Keterangan', role: 'code', bad: BAD_STATUS }
					],
					key: [0, 3],
					weights: {
						required_missing: 1,
						date_invalid: 1.5,
						time_invalid: 2,
						unknown_code: 2,
						unknown_agency: 1.5,
						nip_format: 1,
						nip_excel_mangled: 1.5,
						nip_birth_date: 0.5,
						nip_appointment: 0.5
					}
				};
		this.file = new CsvFile(ctx.out, {
			path: `attendance/presensi_${year}.csv`,
			kind: 'attendance',
			naturalKey: KEY,
			layout,
			rates: ratesFor(false, 0.6),
			rng: ctx.rng.fork(`attendance:defects:${year}`),
			encoding: 'utf-8',
			delimiter: ';',
			eol: v2 ? '\n' : '\r\n'
		});
	}

	emit(e: Employee, agency: string, d: Day, status: number, t: DayTimes, protect: boolean): void {
		const present = status === H;
		const a = this.agency(agency);
		if (d !== this.day) {
			this.day = d;
			this.date = dmy(d);
		}
		const cells: Cell[] = this.v2
			? [
					e.nip,
					a.label,
					this.date,
					present ? time(t.inSec, 'hms', '00:00:00') : '00:00:00',
					present ? time(t.outSec, 'hms', '00:00:00') : '00:00:00',
					label(status, true),
					present ? String(t.late) : '',
					present ? String(t.early) : ''
				]
			: [
					e.nip,
					e.name,
					a.label,
					this.date,
					present ? time(t.inSec, a.times, '') : '',
					present ? time(t.outSec, a.times, '') : '',
					label(status, false)
				];
		if (!this.seen[status]) {
			this.seen[status] = true;
			this.ctx.codes.add('attendance', 'status', cells[this.v2 ? 5 : 6] as string);
		}
		this.file.emitter.row(cells, protect ? PROTECT : a.options);
	}

	/** Per-agency facts looked up once: its label in this shape, time style and defect rates. */
	private agency(code: string): AgencyShape {
		let found = this.agencies.get(code);
		if (!found) {
			const a = agencyOf(this.ctx, code);
			const conflict = (cells: Cell[]) => twin(cells, this.v2 ? 5 : 6, this.v2);
			found = {
				label: this.v2 ? a.code : a.shortName,
				times: DOT_TIMES.has(code) ? 'hm-dot' : 'hm',
				options: planFor(code).messy ? { conflict, rates: MESSY_RATES } : { conflict }
			};
			this.agencies.set(code, found);
		}
		return found;
	}

	async close(): Promise<void> {
		this.ctx.files.push(this.file.close());
	}
}

/** Rows of messy agencies (profiles.ts) reach the city system through hand-kept spreadsheets. */
const MESSY_RATES = ratesFor(true);
const PROTECT: RowOptions = { protect: true };

interface AgencyShape {
	label: string;
	times: 'hm' | 'hm-dot';
	options: RowOptions;
}
