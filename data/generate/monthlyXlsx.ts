import { agencyOf, type GenContext } from './context.js';
import { type Day, day, longId, MONTHS_ID, toDate } from './dates.js';
import { H, type DayTimes } from './attendanceDay.js';
import { type AttendanceTarget, BAD_STATUS, KEY, label, time } from './attendanceTargets.js';
import type { Employee } from './employees.js';
import { ratesFor, XlsxFile } from './fileWriters.js';
import { styleNip } from './nip.js';
import type { Cell } from './xlsx.js';

/** A kecamatan's or a dinas's monthly XLSX rekap, with title rows and a signed footer. */
export class MonthlyXlsx implements AttendanceTarget {
	private readonly file: XlsxFile;
	private no = 0;
	private readonly people = new Set<string>();

	constructor(
		private readonly ctx: GenContext,
		private readonly agency: string,
		private readonly year: number,
		private readonly month: number
	) {
		const name = agencyOf(ctx, agency).name;
		this.file = new XlsxFile(ctx.out, {
			path: `attendance/rekap/rekap_presensi_${agency}_${year}-${String(month).padStart(2, '0')}.xlsx`,
			kind: 'attendance',
			naturalKey: KEY,
			layout: {
				columns: [
					{ header: 'No', role: 'other' },
					{ header: 'NIP', role: 'nip', required: true, numericNip: true },
					{ header: 'Nama', role: 'text' },
					{ header: 'Tanggal', role: 'date', required: true },
					{ header: 'Jam Masuk', role: 'time' },
					{ header: 'Jam Pulang', role: 'time' },
					{ header: 'Terlambat', role: 'number', outOfRange: ['-4'] },
					{ header: 'Pulang Awal', role: 'number' },
					{ header: 'Keterangan', role: 'code', bad: BAD_STATUS }
				],
				key: [1, 3],
				weights: {
					nip_excel_mangled: 3,
					nip_format: 1,
					required_missing: 1,
					date_invalid: 1,
					time_invalid: 1.5,
					unknown_code: 1.5,
					number_invalid: 1,
					out_of_range: 0.5
				}
			},
			rates: ratesFor(true, 0.7),
			rng: ctx.rng.fork(`attendance:xlsx:${agency}:${year}-${month}`),
			creator: name,
			when: ctx.when,
			title: [
				`REKAP PRESENSI BULAN ${MONTHS_ID[month - 1]?.toUpperCase()} ${year}`,
				name.toUpperCase()
			],
			widths: [5, 22, 32, 12, 10, 10, 10, 11, 11]
		});
	}

	emit(e: Employee, _agency: string, d: Day, status: number, t: DayTimes, protect: boolean): void {
		const present = status === H;
		this.people.add(e.nip);
		// Kecamatan staff type NIPs with spaces for a quarter of the people (valid once cleaned).
		const cells: Cell[] = [
			++this.no,
			styleNip(e.nip, e.id % 4 === 0 ? 'spaced' : 'plain'),
			e.name,
			toDate(d),
			present ? time(t.inSec, 'hm', '') : '',
			present ? time(t.outSec, 'hm', '') : '',
			present ? t.late : null,
			present ? t.early : null,
			label(status, false)
		];
		this.ctx.codes.add('attendance', 'status', cells[8] as string);
		this.file.emitter.row(cells, { protect, conflict: () => xlsxTwin(cells) });
	}

	async close(): Promise<void> {
		const head = this.agency.startsWith('KEC_')
			? agencyOf(this.ctx, this.agency).name.replace('Kecamatan', 'Camat')
			: `Kepala ${agencyOf(this.ctx, this.agency).name}`;
		this.file.footer(`Jumlah pegawai: ${this.people.size} orang`, [
			`Bukittinggi, ${longId(day(this.year, this.month + 1, 1))}`,
			'Mengetahui,',
			head,
			'',
			'',
			'NOVRIANTO, S.STP, M.M',
			'NIP. 19801103 200312 1 002'
		]);
		this.ctx.files.push(await this.file.close());
	}
}

function xlsxTwin(cells: Cell[]): Cell[] {
	const out = [...cells];
	const present = cells[8] === 'H';
	out[8] = present ? 'S' : 'H';
	out[4] = present ? '' : '07:22';
	out[5] = present ? '' : '16:04';
	out[6] = present ? null : 0;
	out[7] = present ? null : 0;
	return out;
}
