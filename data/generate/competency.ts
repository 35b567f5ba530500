import { type GenContext, statusOn, years } from './context.js';
import { day, dmy } from './dates.js';
import type { Layout } from './defects.js';
import { activeOn, agencyOn, type Employee } from './employees.js';
import { CsvFile, ratesFor } from './fileWriters.js';
import { planFor } from './profiles.js';
import type { Rng } from './random.js';
import type { Cell } from './xlsx.js';

/**
 * Competency assessments (PermenPANRB 38/2017): the 8 managerial competencies, Perekat Bangsa and a
 * technical one or two, levels 1–5, the position's standard level (JPT 4, Administrator 3, Pengawas 2,
 * Pelaksana 1 per domain.md §4; none given for functional posts) and a potential for the 9-box.
 */

export const MANAGERIAL = [
	['M.01', 'Integritas'],
	['M.02', 'Kerjasama'],
	['M.03', 'Komunikasi'],
	['M.04', 'Orientasi pada Hasil'],
	['M.05', 'Pelayanan Publik'],
	['M.06', 'Pengembangan Diri dan Orang Lain'],
	['M.07', 'Mengelola Perubahan'],
	['M.08', 'Pengambilan Keputusan'],
	['SK.01', 'Perekat Bangsa']
] as const;

/**
 * Local technical competencies, named as in data/reference/competencies.csv (T.xx; not in PermenPANRB
 * 38/2017, a local dictionary marked provisional there).
 */
export const TECHNICAL: Record<string, readonly string[]> = {
	DISDIKBUD: ['Pembelajaran dan Asesmen'],
	DINKES: ['Pelayanan Kesehatan'],
	RSUD: ['Pelayanan Kesehatan'],
	BKEU: ['Pengelolaan Keuangan Daerah'],
	BKPSDM: ['Manajemen Aparatur Sipil Negara'],
	DISPUSIP: ['Pengelolaan Kearsipan'],
	DISDUKCAPIL: ['Pelayanan Administrasi Kependudukan'],
	BAPPELITBANGDA: ['Perencanaan dan Penganggaran Daerah']
};
const GENERAL_TECHNICAL = [
	'Pengadaan Barang/Jasa Pemerintah',
	'Pengelolaan Keuangan Daerah'
] as const;

const STANDARD: Record<Employee['jenis'], number | null> = {
	JPT: 4,
	Administrator: 3,
	Pengawas: 2,
	Pelaksana: 1,
	Fungsional: null
};
const BASE: Record<Employee['jenis'], number> = {
	JPT: 3.8,
	Administrator: 3,
	Pengawas: 2.4,
	Pelaksana: 1.6,
	Fungsional: 2.3
};

export function writeCompetency(ctx: GenContext): void {
	const assessed = new Map<Employee, number>();
	for (const y of years(ctx)) {
		const rng = ctx.rng.fork(`competency:${y}`);
		const byCode = y % 2 === 0;
		const layout: Layout = {
			columns: [
				{ header: 'NIP', role: 'nip', required: true },
				{ header: 'Nama', role: 'text' },
				{ header: 'Jabatan', role: 'text' },
				{ header: 'Jenis Jabatan', role: 'other' },
				{
					header: byCode ? 'Kode Kompetensi' : 'Kompetensi',
					role: 'code',
					required: true,
					bad: byCode ? ['M.09', 'M.10'] : ['Kepemimpinan Visioner', 'Berpikir Strategis']
				},
				{ header: 'Level Standar', role: 'number', outOfRange: ['6'] },
				{ header: 'Level Capaian', role: 'number', required: true, outOfRange: ['6', '0', '7'] },
				{ header: 'Tanggal Asesmen', role: 'date' },
				{ header: 'Potensial', role: 'code', bad: ['Sangat Tinggi'] },
				{ header: 'Asesor', role: 'text' }
			],
			key: [0, 4, 7],
			weights: {
				nip_excel_mangled: 2,
				nip_format: 1,
				nip_gender: 1,
				required_missing: 1.5,
				out_of_range: 2,
				number_invalid: 1,
				unknown_code: 2,
				date_invalid: 1
			}
		};
		const path = `competency/asesmen_kompetensi_${y}.csv`;
		const file = new CsvFile(ctx.out, {
			path,
			kind: 'competency',
			naturalKey: ['nip', 'kompetensi', 'tanggal_asesmen'],
			layout,
			rates: ratesFor(false),
			rng: rng.fork('defects'),
			encoding: 'utf-8',
			delimiter: ';'
		});
		const pool = ctx.pop.employees.filter(
			(e) =>
				activeOn(e, day(y, 12, 31)) &&
				statusOn(e, day(y, 3, 1)) !== 'CPNS' &&
				(assessed.get(e) ?? 0) < y - 2
		);
		let people = 0;
		let rows = 0;
		for (const e of rng.sample(pool, Math.round(pool.length * 0.12)).sort((a, b) => a.id - b.id)) {
			assessed.set(e, y);
			people++;
			const agency = agencyOn(e, day(y, 12, 31)) ?? '';
			const date = day(y, 3 + (hash(agency) % 8), 5 + (e.id % 20));
			const potensial = code(ctx, 'potensial', potential(rng, e));
			const resisting = planFor(agency).trend === 'resisting';
			const asesor = rng.pick([
				'UPT Penilaian Kompetensi BKPSDM Provinsi Sumatera Barat',
				'Kantor Regional XII BKN Pekanbaru'
			]);
			const items: [string, string][] = MANAGERIAL.map(([c, n]) => [c, n]);
			const technical = TECHNICAL[agency] ?? [rng.pick(GENERAL_TECHNICAL)];
			for (const t of technical) items.push([t, t]);
			for (const [c, name] of items) {
				const isTechnical = c === name;
				let level = Math.round(BASE[e.jenis] + 0.6 * e.performance + rng.normal(0, 0.6));
				if (resisting && c === 'M.07' && rng.chance(0.7)) level -= 1;
				level = Math.min(5, Math.max(1, level));
				const std = isTechnical || rng.chance(0.06) ? null : STANDARD[e.jenis];
				const cells: Cell[] = [
					e.nip,
					e.name,
					e.jabatan,
					e.jenis,
					code(ctx, 'kompetensi', byCode ? c : name),
					std === null ? '' : String(std),
					String(level),
					dmy(date),
					potensial,
					asesor
				];
				file.emitter.row(cells, {
					conflict: () => cells.map((x, i) => (i === 6 ? String(level === 5 ? 4 : level + 1) : x))
				});
				rows++;
			}
		}
		ctx.files.push(file.close());
		ctx.log(`competency  ${path}: ${people} people assessed, ${rows} rows`);
	}
}

function potential(rng: Rng, e: Employee): string {
	const z = 0.7 * e.performance + rng.normal(0, 0.7);
	return z > 0.6 ? 'Tinggi' : z > -0.5 ? 'Menengah' : 'Rendah';
}

function hash(text: string): number {
	let h = 0;
	for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
	return h;
}

function code(ctx: GenContext, column: string, value: string): string {
	ctx.codes.add('competency', column, value);
	return value;
}
