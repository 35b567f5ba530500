import { key } from './appraisalPlan.js';
import { decimalComma, type GenContext, years } from './context.js';
import { type Day, day, toDate, ymd } from './dates.js';
import type { Layout } from './defects.js';
import { activeOn, agencyOn, type Employee } from './employees.js';
import { CsvFile, ratesFor, XlsxFile } from './fileWriters.js';
import { dateText, type DateStyle } from './labels.js';
import { jpTarget, planFor } from './profiles.js';
import type { Rng } from './random.js';
import { type Course, coursesFor } from './trainingCatalogue.js';
import { BAD, type Field, RANGE, ROLE, type Shape, SHAPES } from './trainingShapes.js';
import type { Cell } from './xlsx.js';

/** Riwayat diklat per year: most employees near the 20 JP of PP 17/2020, a share below. */

export interface TrainingRecord {
	e: Employee;
	course: Course;
	start: Day;
	end: Day;
	status: 'Selesai' | 'Terdaftar' | 'Tidak Hadir' | 'Mengundurkan Diri';
	certificate: string;
}

/** `agency:year` → JP completed per employee (for the patterns). */
export type JpFacts = Map<string, number[]>;

export async function writeTraining(ctx: GenContext): Promise<JpFacts> {
	const facts: JpFacts = new Map();
	for (const y of years(ctx)) {
		const rng = ctx.rng.fork(`training:${y}`);
		const shape = SHAPES[(y - 2021) % SHAPES.length] as Shape;
		const records = plan(ctx, rng, y, facts);
		const cols = shape.columns;
		const at = (f: Field) => cols.findIndex(([g]) => g === f);
		const layout: Layout = {
			columns: cols.map(([f, header]) => ({
				header,
				role: ROLE[f] ?? (f === 'no' ? 'other' : 'text'),
				required: f === 'nip' || f === 'pelatihan',
				...(BAD[f] ? { bad: BAD[f] } : {}),
				...(RANGE[f] ? { outOfRange: RANGE[f] } : {}),
				...(f === 'nip' && shape.format === 'xlsx' ? { numericNip: true } : {})
			})),
			key: [at('nip'), at('pelatihan'), at('mulai')],
			order: [at('mulai'), at('selesai')],
			weights: {
				nip_excel_mangled: 2,
				nip_format: 1,
				nip_birth_date: 1,
				required_missing: 1.5,
				date_invalid: 1.5,
				date_order: 2,
				out_of_range: 1.5,
				number_invalid: 1,
				unknown_code: 2
			}
		};
		const ext = shape.format === 'xlsx' ? 'xlsx' : 'csv';
		const path = `training/riwayat_diklat_${y}.${ext}`;
		const spec = {
			path,
			kind: 'training' as const,
			naturalKey: ['nip', 'nama_pelatihan', 'tanggal_mulai'],
			layout,
			rates: ratesFor(false, 1.2),
			rng: rng.fork('defects')
		};
		let no = 0;
		const row = (r: TrainingRecord): Cell[] => {
			const n = ++no;
			return cols.map(([f]) => cell(ctx, f, r, shape.date, n));
		};
		const statusAt = at('status');
		const conflict = (cells: Cell[]) => () =>
			cells.map((c, i) => (i === statusAt ? (c === 'Selesai' ? 'Tidak Hadir' : 'Selesai') : c));
		if (shape.format === 'xlsx') {
			const file = new XlsxFile(ctx.out, {
				...spec,
				creator: 'BKPSDM Kota Bukittinggi',
				when: ctx.when,
				title: [`RIWAYAT PENGEMBANGAN KOMPETENSI ASN TAHUN ${y}`, 'PEMERINTAH KOTA BUKITTINGGI'],
				widths: [5, 21, 30, 46, 15, 12, 34, 12, 12, 6, 16, 26]
			});
			for (const r of records) {
				const cells = row(r);
				file.emitter.row(cells, { conflict: conflict(cells) });
			}
			file.footer(`Jumlah: ${records.length} kegiatan`, []);
			ctx.files.push(await file.close());
		} else {
			const file = new CsvFile(ctx.out, {
				...spec,
				...(shape.csv ?? { encoding: 'utf-8', delimiter: ';' })
			});
			for (const r of records) {
				const cells = row(r);
				file.emitter.row(cells, { conflict: conflict(cells) });
			}
			if (shape.total) {
				const jp = records.reduce((s, r) => s + r.course.jp, 0);
				file.footer(cols.map(([f]) => (f === 'nip' ? 'TOTAL' : f === 'jp' ? String(jp) : '')));
			}
			ctx.files.push(file.close());
		}
		ctx.log(`training    ${path}: ${records.length} records`);
	}
	return facts;
}

function cell(ctx: GenContext, f: Field, r: TrainingRecord, style: DateStyle, no: number): Cell {
	const date = (d: Day): Cell =>
		style === 'cell' ? toDate(d) : dateText(d, style as Exclude<DateStyle, 'cell'>);
	const code = (column: string, v: string) => (ctx.codes.add('training', column, v), v);
	switch (f) {
		case 'no':
			return no;
		case 'nip':
			return r.e.nip;
		case 'nama':
			return r.e.name;
		case 'pelatihan':
			return r.course.name;
		case 'jenis':
			return code('jenis_kompetensi', r.course.jenis);
		case 'jalur':
			return code('jalur', r.course.jalur);
		case 'penyelenggara':
			return r.course.penyelenggara;
		case 'mulai':
			return date(r.start);
		case 'selesai':
			return date(r.end);
		case 'jp':
			return style === 'cell' ? r.course.jp : String(r.course.jp);
		case 'durasi':
			return decimalComma((r.course.jp * 45) / 60, 2);
		case 'status':
			return code('status', r.status);
		case 'sertifikat':
			return r.certificate;
	}
}

function plan(ctx: GenContext, rng: Rng, y: number, facts: JpFacts): TrainingRecord[] {
	const out: TrainingRecord[] = [];
	const workdays = ctx.calendar.workdays(y);
	let cert = 0;
	for (const e of ctx.pop.employees) {
		const agency = agencyOn(e, day(y, 12, 31));
		if (!agency || !activeOn(e, day(y, 7, 1))) continue;
		const p = planFor(agency);
		const low = rng.chance(0.12);
		const target = low ? rng.int(0, 10) : jpTarget(p.trend, y) * Math.exp(rng.normal(0, 0.22));
		const { online, offline } = coursesFor(e);
		const taken = new Set<string>();
		const open = workdays.filter((d) => d >= e.tmt && (e.end === null || d < e.end)).slice(0, -5);
		let jp = 0;
		// Courses decided ahead (a plan's follow-up, a cohort) come first and count towards the year.
		for (const t of ctx.development.trainings.get(key(e, y)) ?? []) {
			if (taken.has(t.course.name)) continue;
			taken.add(t.course.name);
			if (t.status === 'Selesai') jp += t.course.jp;
			out.push({
				e,
				course: t.course,
				start: t.start,
				end: t.start + Math.max(0, Math.ceil(t.course.jp / 8) - 1),
				status: t.status,
				certificate: t.status === 'Selesai' ? certificate(t.course, y, ++cert) : ''
			});
		}
		for (let guard = 0; jp < target && guard < 12; guard++) {
			// Prefer a course that does not overshoot the year's need by much: totals cluster near target.
			const pool = (rng.chance(p.eLearning) ? online : offline).filter(
				(c) => c.jp <= target - jp + 6
			);
			const course = pool.length ? rng.pick(pool) : rng.pick(online);
			if (taken.has(course.name)) continue;
			taken.add(course.name);
			const start = open.length ? rng.pick(open) : (workdays[0] ?? day(y, 1, 2));
			const end = start + Math.max(0, Math.ceil(course.jp / 8) - 1);
			const noShow = p.trend === 'resisting' ? 0.1 : 0.03;
			const status =
				ymd(start).m === 12 && rng.chance(0.3)
					? 'Terdaftar'
					: rng.chance(noShow)
						? 'Tidak Hadir'
						: rng.chance(0.02)
							? 'Mengundurkan Diri'
							: 'Selesai';
			if (status === 'Selesai') jp += course.jp;
			out.push({
				e,
				course,
				start,
				end,
				status,
				certificate: status === 'Selesai' ? certificate(course, y, ++cert) : ''
			});
		}
		const k = `${agency}:${y}`;
		const list = facts.get(k);
		if (list) list.push(jp);
		else facts.set(k, [jp]);
	}
	return out.sort((a, b) => a.start - b.start || (a.e.nip < b.e.nip ? -1 : 1));
}

function certificate(course: Course, y: number, seq: number): string {
	if (course.jalur === 'e-Learning') return `ASNU-${y}-${String(seq).padStart(6, '0')}`;
	return `800/${String(seq).padStart(4, '0')}/PK/${y}`;
}
