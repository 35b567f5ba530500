import type { GenContext } from './context.js';
import type { Day } from './dates.js';
import { H, type DayTimes } from './attendanceDay.js';
import { type AttendanceTarget, BAD_STATUS, KEY, label, time, twin } from './attendanceTargets.js';
import type { Employee } from './employees.js';
import { CsvFile, ratesFor } from './fileWriters.js';
import { dateText } from './labels.js';
import type { Cell } from './xlsx.js';

/** RSUD's own system: Windows-1252, tab-separated, `Senin, 04-01-2021`, unexcused = `Alpa`. */
export class RsudTab implements AttendanceTarget {
	private readonly file: CsvFile;

	constructor(
		private readonly ctx: GenContext,
		year: number
	) {
		this.file = new CsvFile(ctx.out, {
			path: `attendance/RSUD/absensi_RSUD_${year}.txt`,
			kind: 'attendance',
			naturalKey: KEY,
			layout: {
				columns: [
					{ header: 'NIP', role: 'nip', required: true },
					{ header: 'Nama', role: 'text' },
					{ header: 'Hari/Tanggal', role: 'date', required: true },
					{ header: 'Jam Masuk', role: 'time' },
					{ header: 'Jam Pulang', role: 'time' },
					{ header: 'Keterangan', role: 'code', bad: BAD_STATUS }
				],
				key: [0, 2],
				weights: {
					required_missing: 1,
					date_invalid: 2,
					time_invalid: 2,
					unknown_code: 2,
					nip_excel_mangled: 2,
					nip_format: 1,
					nip_gender: 0.5
				}
			},
			rates: ratesFor(false),
			rng: ctx.rng.fork(`attendance:rsud:${year}`),
			encoding: 'windows-1252',
			delimiter: '\t'
		});
	}

	emit(e: Employee, _agency: string, d: Day, status: number, t: DayTimes, protect: boolean): void {
		const present = status === H;
		const cells: Cell[] = [
			e.nip,
			e.name,
			dateText(d, 'weekday-dmy-dash'),
			present ? time(t.inSec, 'hm', '') : '',
			present ? time(t.outSec, 'hm', '') : '',
			label(status, false, 'Alpa')
		];
		this.ctx.codes.add('attendance', 'status', cells[5] as string);
		this.file.emitter.row(cells, { protect, conflict: () => twin(cells, 5, false) });
	}

	async close(): Promise<void> {
		this.ctx.files.push(this.file.close());
	}
}
