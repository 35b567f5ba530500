import { key } from './appraisalPlan.js';
import { type GenContext, years } from './context.js';
import { dmy, iso, ymd } from './dates.js';
import type { Layout } from './defects.js';
import { CsvFile, type CsvOptions, ratesFor } from './fileWriters.js';
import type { Rng } from './random.js';
import type { Cell } from './xlsx.js';

/**
 * Dialog kinerja (PermenPANRB 6/2022 stage 2): one row per dialogue, as planned in development.ts. The
 * count per employee and year is the appraisal's "jumlah umpan balik"; agencies that resist change hold
 * few and rarely agree a plan. A plan names a competency (`M.07 Mengelola Perubahan`, a bare name or
 * code) or an action that no course follows. Notes are free text with commas, quotes and line breaks.
 */

const PERIODE = ['Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV'] as const;

const SHAPES: { csv: CsvOptions; date: 'dmy' | 'iso' }[] = [
	{ csv: { encoding: 'utf-8', delimiter: ';' }, date: 'dmy' },
	{ csv: { encoding: 'utf-8-bom', delimiter: ',' }, date: 'iso' },
	{ csv: { encoding: 'utf-8', delimiter: ';', sepLine: true }, date: 'dmy' },
	{ csv: { encoding: 'utf-8', delimiter: ';', eol: '\n' }, date: 'iso' }
];

const NOTES = [
	'Target triwulan tercapai, pertahankan.',
	'Capaian RHK 1 di atas target.\nRHK 2 perlu bukti dukung tambahan.',
	'Laporan sering terlambat; disepakati "rencana aksi" mingguan.',
	'Perlu meningkatkan ketepatan waktu, terutama laporan bulanan.',
	'Pegawai aktif mengusulkan perbaikan layanan; diusulkan ikut pelatihan.',
	'Dibahas kendala jaringan untuk aplikasi presensi, e-Kinerja dan SRIKANDI.',
	'Kinerja sesuai ekspektasi. Tidak ada catatan khusus.',
	'Belum mengunggah bukti dukung triwulan ini.\nDiingatkan batas pengisian.',
	'Mohon dukungan atasan untuk mengikuti bimtek; "belum ada anggaran" kata sekretariat.'
];

export function writeFeedback(ctx: GenContext): void {
	for (const y of years(ctx, 2022)) {
		const rng = ctx.rng.fork(`feedback:${y}`);
		const shape = SHAPES[(y - 2022) % SHAPES.length] ?? SHAPES[0];
		if (!shape) continue;
		const layout: Layout = {
			columns: [
				{ header: 'NIP', role: 'nip', required: true },
				{ header: 'Nama', role: 'text' },
				{ header: 'Tanggal', role: 'date', required: true },
				{ header: 'Tahun', role: 'number', outOfRange: ['2220', '1202'] },
				{ header: 'Periode', role: 'code' },
				{ header: 'NIP Atasan', role: 'other' },
				{ header: 'Rencana Pengembangan', role: 'text' },
				{ header: 'Kompetensi', role: 'text' },
				{ header: 'Catatan', role: 'text' }
			],
			key: [0, 2],
			weights: {
				nip_excel_mangled: 2,
				nip_format: 1,
				nip_appointment: 1,
				required_missing: 1.5,
				date_invalid: 2,
				out_of_range: 1,
				number_invalid: 0.5
			}
		};
		const path = `feedback/dialog_kinerja_${y}.csv`;
		const file = new CsvFile(ctx.out, {
			path,
			kind: 'feedback',
			naturalKey: ['nip', 'tanggal'],
			layout,
			rates: ratesFor(false, 1.3),
			rng: rng.fork('defects'),
			...shape.csv
		});
		let rows = 0;
		for (const e of ctx.pop.employees) {
			const dialogues = ctx.development.dialogues.get(key(e, y)) ?? [];
			const boss = ctx.plans.superior.get(key(e, y))?.nip ?? '';
			for (const { date: d, plan, kompetensi } of dialogues) {
				const cells: Cell[] = [
					e.nip,
					e.name,
					shape.date === 'iso' ? iso(d) : dmy(d),
					String(y),
					code(ctx, PERIODE[Math.floor((ymd(d).m - 1) / 3)] ?? 'Tahunan'),
					boss,
					plan ? 'Ya' : 'Tidak',
					kompetensi,
					note(rng)
				];
				file.emitter.row(cells, {
					conflict: () =>
						cells.map((c, i) =>
							i === 6 ? (plan ? 'Tidak' : 'Ya') : i === 7 ? (plan ? '' : 'M.03 Komunikasi') : c
						)
				});
				rows++;
			}
		}
		ctx.files.push(file.close());
		ctx.log(`feedback    ${path}: ${rows} dialogues`);
	}
}

function note(rng: Rng): string {
	return rng.chance(0.25) ? '' : rng.pick(NOTES);
}

function code(ctx: GenContext, value: string): string {
	ctx.codes.add('feedback', 'periode', value);
	return value;
}
