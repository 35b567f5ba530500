import { join } from 'node:path';
import { H, type DayTimes } from './attendanceDay.js';
import type { AttendanceTarget } from './attendanceTargets.js';
import type { GenContext } from './context.js';
import { type Day, hhmmss, iso } from './dates.js';
import type { Layout } from './defects.js';
import { Emitter } from './emitter.js';
import type { Employee } from './employees.js';
import { CsvFile, ratesFor } from './fileWriters.js';
import { FileLedger } from './manifest.js';
import type { Rng } from './random.js';
import { TextSink } from './textSink.js';
import type { Cell } from './xlsx.js';

/**
 * DISHUB's ZKTeco machines (from the 2024 system change on, its attendance comes only from them):
 * `attlog` lines `PIN \t yyyy-mm-dd HH:MM:SS \t status \t verify \t workcode …`, no header,
 * plus the PIN→NIP map. Two machines with different firmware: padded PINs and 6 fields at the
 * office, bare PINs and 10 fields at the terminal (whose night staff punch out after midnight).
 */

export const PUNCH_AGENCY = 'DISHUB';

interface Device {
	sn: string;
	fields: number;
	pad: number;
	verify: string;
	firstPin: number;
}

const DEVICES: readonly Device[] = [
	{ sn: 'A6F5203460112', fields: 6, pad: 9, verify: '1', firstPin: 1001 },
	{ sn: 'BWXP211560087', fields: 10, pad: 0, verify: '15', firstPin: 2001 }
];

/** PINs no mapping knows: a technician's test enrolment and staff who left before the map was made. */
const UNMAPPED = ['9001', '9002', '9999', '777'];

export class PinMap {
	private readonly byEmployee = new Map<Employee, { pin: string; device: Device }>();
	private readonly next = DEVICES.map((d) => d.firstPin);

	entry(e: Employee): { pin: string; device: Device } {
		let found = this.byEmployee.get(e);
		if (!found) {
			const index = e.id % 10 < 3 ? 1 : 0;
			const device = DEVICES[index] as Device;
			const pin = String(this.next[index]);
			this.next[index] = (this.next[index] ?? 0) + 1;
			found = { pin, device };
			this.byEmployee.set(e, found);
		}
		return found;
	}

	write(ctx: GenContext): void {
		const file = new CsvFile(ctx.out, {
			path: `punches/pin_map_${PUNCH_AGENCY}.csv`,
			kind: 'pin-map',
			naturalKey: ['pin'],
			device: PUNCH_AGENCY,
			layout: {
				columns: ['PIN', 'NIP', 'Nama', 'SN Mesin'].map((header) => ({
					header,
					role: 'text' as const
				})),
				key: [0],
				weights: {}
			},
			rates: { defect: 0, duplicate: 0, conflict: 0 },
			rng: ctx.rng.fork('pinmap'),
			encoding: 'utf-8',
			delimiter: ';'
		});
		const rows = [...this.byEmployee].sort((a, b) => Number(a[1].pin) - Number(b[1].pin));
		for (const [e, { pin, device }] of rows) file.emitter.row([pin, e.nip, e.name, device.sn]);
		ctx.files.push(file.close());
	}
}

interface Punch {
	time: string;
	pin: string;
	status: string;
}

class DeviceLog {
	readonly ledger: FileLedger;
	readonly emitter: Emitter;
	private readonly sink: TextSink;

	constructor(
		ctx: GenContext,
		readonly device: Device,
		year: number
	) {
		const path = `punches/attlog_${PUNCH_AGENCY}_${device.sn}_${year}.dat`;
		this.sink = new TextSink(join(ctx.out, path), 'utf-8', '\r\n');
		this.ledger = new FileLedger({
			path,
			kind: 'punches',
			format: 'punches',
			encoding: 'utf-8',
			delimiter: null,
			header: [],
			headerLine: 0,
			naturalKey: ['pin', 'waktu'],
			device: PUNCH_AGENCY
		});
		const layout: Layout = {
			columns: [
				{ header: 'pin', role: 'text', required: true },
				{ header: 'waktu', role: 'timestamp', required: true },
				...['status', 'verify', 'workcode'].map((header) => ({ header, role: 'other' as const }))
			],
			key: [0, 1],
			weights: { date_invalid: 1 }
		};
		const rates = ratesFor(false, 0.4);
		this.emitter = new Emitter(
			layout,
			this.ledger,
			(cells) => this.sink.line(this.line(cells)),
			ctx.rng.fork(`punches:${device.sn}:${year}`),
			rates
		);
	}

	private line(cells: Cell[]): string {
		const [pin = '', ...rest] = cells.map((c) => String(c ?? ''));
		const tail = Array<string>(Math.max(0, this.device.fields - 5)).fill('0');
		return [pin.padStart(this.device.pad), ...rest, ...tail].join('\t');
	}

	write(p: Punch): void {
		this.emitter.row([p.pin, p.time, p.status, this.device.verify, '0'], {
			conflict: () => [p.pin, p.time, p.status === '0' ? '1' : '0', this.device.verify, '0']
		});
	}

	unmapped(rng: Rng, d: Day): void {
		const pin = rng.pick(UNMAPPED);
		const time = `${iso(d)} ${hhmmss(rng.int(6 * 3600, 18 * 3600))}`;
		if (!this.ledger.claim(`${pin}\u0001${time}`)) return;
		this.emitter.raw([pin, time, rng.pick(['0', '1']), this.device.verify, '0']);
		this.ledger.reject('pin_unmapped');
	}

	close(): void {
		this.sink.close();
	}
}

export class PunchLogs implements AttendanceTarget {
	private readonly logs: DeviceLog[];
	private today: Map<DeviceLog, Punch[]> = new Map();
	private readonly rng: Rng;

	constructor(
		private readonly ctx: GenContext,
		private readonly pins: PinMap,
		year: number
	) {
		this.logs = DEVICES.map((d) => new DeviceLog(ctx, d, year));
		this.rng = ctx.rng.fork(`punches:times:${year}`);
	}

	private log(device: Device): DeviceLog {
		return this.logs.find((l) => l.device === device) as DeviceLog;
	}

	emit(e: Employee, _agency: string, d: Day, status: number, t: DayTimes): void {
		if (status !== H) return;
		const { pin, device } = this.pins.entry(e);
		const log = this.log(device);
		const list = this.today.get(log) ?? [];
		this.today.set(log, list);
		const rng = this.rng;
		const stamp = (day: Day, sec: number) => `${iso(day)} ${hhmmss(sec)}`;
		if (t.inSec >= 0) {
			list.push({ time: stamp(d, t.inSec), pin, status: '0' });
			if (rng.chance(0.15))
				list.push({ time: stamp(d, t.inSec + rng.int(2, 25)), pin, status: '0' });
		}
		if (t.outSec >= 0) {
			const night = device.fields === 10 && e.id % 5 === 0 && rng.chance(0.2);
			if (night) {
				// Sorted into today's batch, these land last: after today's punches, before tomorrow's.
				list.push({ time: stamp(d + 1, rng.int(300, 5400)), pin, status: '1' });
			} else {
				list.push({ time: stamp(d, t.outSec), pin, status: '1' });
				if (rng.chance(0.08))
					list.push({ time: stamp(d, t.outSec + rng.int(2, 30)), pin, status: '1' });
			}
		}
	}

	endDay(d: Day): void {
		for (const log of this.logs) {
			const punches = this.today.get(log) ?? [];
			punches.sort((a, b) =>
				a.time < b.time ? -1 : a.time > b.time ? 1 : Number(a.pin) - Number(b.pin)
			);
			for (const p of punches) log.write(p);
			if (this.rng.chance(0.12)) log.unmapped(this.rng, d);
		}
		this.today = new Map();
	}

	async close(): Promise<void> {
		for (const log of this.logs) {
			log.close();
			this.ctx.files.push(log.ledger.finish());
		}
	}
}
