import { writeAppraisals2021 } from './appraisal2021.js';
import { type AnnualOutcome, appraisedIn, code, KEY, key } from './appraisalPlan.js';
import { agencyOf, type GenContext, yearEnd, years } from './context.js';
import { type Day, day, iso, toDate } from './dates.js';
import type { Column, Layout } from './defects.js';
import { agencyOn, type Employee } from './employees.js';
import { CsvFile, ratesFor, XlsxFile } from './fileWriters.js';
import { planFor } from './profiles.js';
import type { Rng } from './random.js';
import { matrixPredikat, PREDIKAT, type Predikat, RATINGS, type Rating } from './ratings.js';
import type { Cell } from './xlsx.js';

/**
 * Appraisals: 2021 in the PP 30/2019 numeric scheme (local e-SKP CSV); 2022–2025 in PermenPANRB 6/2022
 * ratings — an e-Kinerja XLSX for most agencies, DISDIKBUD's own e-SKP CSV for teachers.
 */

const BAD_RATING = ['Cukup Ekspektasi', 'Melebihi Ekspektasi'] as const;
const BAD_PREDIKAT = ['Memuaskan', 'Luar Biasa'] as const;
const QUARTERS = ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'] as const;

export async function writeAppraisals(ctx: GenContext): Promise<void> {
	if (ctx.pop.from <= 2021) writeAppraisals2021(ctx);
	for (const y of years(ctx, 2022)) {
		await writeEkinerja(ctx, y);
		writeLocalEskp(ctx, y);
	}
}

interface Entry {
	e: Employee;
	agency: string;
	periode: string;
	hasil: Rating;
	perilaku: Rating;
	predikat: Predikat;
	status: string;
	submitted: Day | null;
	approved: Day | null;
	feedback: number;
	penilai: string;
	/** A predikat written against the matrix on purpose (a warning, not a reject). */
	contradicts: boolean;
}

/** Annual rows plus quarterly ones for the agencies that evaluate per quarter. */
function entries(ctx: GenContext, y: number, rng: Rng, local: boolean): Entry[] {
	const out: Entry[] = [];
	for (const e of ctx.pop.employees) {
		const a = ctx.plans.annual.get(key(e, y));
		const agency = agencyOn(e, yearEnd(y));
		if (!a || !agency || !appraisedIn(e, y) || (agency === 'DISDIKBUD') !== local) continue;
		const plan = planFor(agency);
		const feedback = ctx.plans.dialogues.get(key(e, y)) ?? 0;
		const penilai = ctx.plans.superior.get(key(e, y))?.nip ?? '';
		if (plan.quarterly) {
			let left = feedback;
			QUARTERS.forEach((periode, q) => {
				const [hasil, perilaku] = near(rng, a);
				const n = q === 3 ? left : Math.min(left, Math.floor(feedback / 4 + rng.next()));
				left -= n;
				const submitted = day(y, q * 3 + 4, rng.int(3, 25));
				out.push({
					e,
					agency,
					periode,
					hasil,
					perilaku,
					predikat: matrixPredikat(hasil, perilaku),
					status: 'Disetujui',
					submitted,
					approved: submitted + rng.int(1, 10),
					feedback: n,
					penilai,
					contradicts: false
				});
			});
		}
		const contradicts = plan.trend === 'steady' && rng.chance(0.012);
		const predikat = contradicts
			? (rng.pick(PREDIKAT.filter((p) => p !== a.predikat)) as Predikat)
			: a.predikat;
		out.push({
			e,
			agency,
			periode: 'Tahunan',
			hasil: a.hasil,
			perilaku: a.perilaku,
			predikat,
			status: a.status,
			submitted: a.submitted,
			approved: a.approved,
			feedback,
			penilai,
			contradicts
		});
	}
	return out;
}

/** Quarterly ratings wander around the annual one. */
function near(rng: Rng, a: AnnualOutcome): [Rating, Rating] {
	const shift = (r: Rating): Rating => (rng.chance(0.75) ? r : rng.pick(RATINGS));
	return [shift(a.hasil), shift(a.perilaku)];
}

async function writeEkinerja(ctx: GenContext, y: number): Promise<void> {
	const rng = ctx.rng.fork(`appraisal:ekinerja:${y}`);
	const layout: Layout = {
		columns: [
			{ header: 'No', role: 'other' },
			{ header: 'NIP', role: 'nip', required: true, numericNip: true },
			{ header: 'Nama', role: 'text' },
			{ header: 'Jabatan', role: 'text' },
			{ header: 'Unit Kerja', role: 'agency' },
			{ header: 'Periode', role: 'code' },
			{
				header: 'Tahun',
				role: 'number',
				required: true,
				outOfRange: ['2202']
			},
			{ header: 'Rating Hasil Kerja', role: 'code', bad: BAD_RATING },
			{ header: 'Rating Perilaku', role: 'code', bad: BAD_RATING },
			{ header: 'Predikat Kinerja', role: 'code', bad: BAD_PREDIKAT },
			{ header: 'Status', role: 'code' },
			{ header: 'Tanggal Diajukan', role: 'date' },
			{ header: 'Tanggal Disetujui', role: 'date' },
			{ header: 'Jumlah Umpan Balik', role: 'number', outOfRange: ['-1'] },
			{ header: 'NIP Pejabat Penilai', role: 'other' }
		],
		key: [1, 6, 5],
		weights: {
			nip_excel_mangled: 2,
			nip_format: 1,
			nip_appointment: 1,
			required_missing: 1,
			unknown_code: 2,
			date_invalid: 1.5,
			out_of_range: 1,
			number_invalid: 0.5,
			unknown_agency: 1
		}
	};
	const file = new XlsxFile(ctx.out, {
		path: `appraisal/ekinerja_${y}.xlsx`,
		kind: 'appraisal',
		naturalKey: KEY,
		layout,
		rates: ratesFor(false),
		rng: rng.fork('defects'),
		creator: 'e-Kinerja BKN',
		when: ctx.when,
		title: ['REKAP PENILAIAN KINERJA PEGAWAI', `PEMERINTAH KOTA BUKITTINGGI — TAHUN ${y}`],
		widths: [5, 21, 32, 36, 36, 12, 7, 20, 20, 18, 11, 13, 13, 10, 21]
	});
	let no = 0;
	const list = entries(ctx, y, rng, false);
	for (const x of list) {
		const cells: Cell[] = [
			++no,
			x.e.nip,
			x.e.name,
			x.e.jabatan,
			agencyOf(ctx, x.agency).name,
			code(ctx, 'periode', x.periode),
			y,
			code(ctx, 'rating', x.hasil),
			code(ctx, 'rating', x.perilaku),
			code(ctx, 'predikat', x.predikat),
			code(ctx, 'status', x.status),
			x.submitted === null ? null : toDate(x.submitted),
			x.approved === null ? null : toDate(x.approved),
			x.feedback,
			x.penilai
		];
		emit(file, x, cells, [7, 8, 9]);
	}
	ctx.files.push(await file.close());
	ctx.log(`appraisal   appraisal/ekinerja_${y}.xlsx: ${list.length} rows (PermenPANRB 6/2022)`);
}

function writeLocalEskp(ctx: GenContext, y: number): void {
	const rng = ctx.rng.fork(`appraisal:eskp:${y}`);
	const header = [
		'nip',
		'nama',
		'tahun',
		'periode',
		'rating_hasil_kerja',
		'rating_perilaku_kerja',
		'predikat',
		'status',
		'tanggal_diajukan',
		'tanggal_disetujui',
		'jumlah_umpan_balik',
		'nip_penilai',
		'unit_kerja'
	];
	const roles: Column['role'][] = [
		'nip',
		'text',
		'number',
		'code',
		'code',
		'code',
		'code',
		'code',
		'date',
		'date',
		'number',
		'other',
		'agency'
	];
	const layout: Layout = {
		columns: header.map((h, i) => ({
			header: h,
			role: roles[i] ?? 'text',
			required: h === 'nip' || h === 'tahun',
			...(h.startsWith('rating')
				? { bad: BAD_RATING }
				: h === 'predikat'
					? { bad: BAD_PREDIKAT }
					: {})
		})),
		key: [0, 2, 3],
		weights: {
			nip_excel_mangled: 3,
			nip_format: 2,
			nip_birth_date: 1,
			required_missing: 1.5,
			unknown_code: 2,
			date_invalid: 2,
			number_invalid: 1,
			unknown_agency: 1
		}
	};
	const path = `appraisal/eskp_DISDIKBUD_${y}.csv`;
	const file = new CsvFile(ctx.out, {
		path,
		kind: 'appraisal',
		naturalKey: KEY,
		layout,
		rates: ratesFor(true),
		rng: rng.fork('defects'),
		encoding: 'utf-8',
		delimiter: ',',
		eol: '\n'
	});
	const list = entries(ctx, y, rng, true);
	for (const x of list) {
		const up = (s: string) => code(ctx, s === x.predikat ? 'predikat' : 'rating', s.toUpperCase());
		const cells: Cell[] = [
			x.e.nip,
			x.e.name,
			String(y),
			code(ctx, 'periode', x.periode),
			up(x.hasil),
			up(x.perilaku),
			up(x.predikat),
			code(ctx, 'status', x.status),
			x.submitted === null ? '' : iso(x.submitted),
			x.approved === null ? '' : iso(x.approved),
			String(x.feedback),
			x.penilai,
			agencyOf(ctx, x.agency).shortName
		];
		emit(file, x, cells, [4, 5, 6]);
	}
	ctx.files.push(file.close());
	ctx.log(`appraisal   ${path}: ${list.length} rows (local e-SKP)`);
}

/** Writes one entry: contradicting rows are protected and flagged; others may get defects or twins. */
function emit(
	file: CsvFile | XlsxFile,
	x: Entry,
	cells: Cell[],
	at: [number, number, number]
): void {
	if (x.contradicts) {
		file.emitter.row(cells, { protect: true });
		file.ledger.warn('predikat_contradicts_matrix');
		return;
	}
	const upper =
		typeof cells[at[0]] === 'string' &&
		(cells[at[0]] as string) === (cells[at[0]] as string).toUpperCase();
	const conflict = (): Cell[] => {
		const hasil: Rating =
			x.hasil === 'Sesuai Ekspektasi' ? 'Di Atas Ekspektasi' : 'Sesuai Ekspektasi';
		const values = [hasil, x.perilaku, matrixPredikat(hasil, x.perilaku)].map((v) =>
			upper ? v.toUpperCase() : v
		);
		return cells.map((c, i) =>
			i === at[0] ? values[0] : i === at[1] ? values[1] : i === at[2] ? values[2] : c
		) as Cell[];
	};
	file.emitter.row(cells, { conflict });
}
