import {
	agencyOf,
	golonganOn,
	type GenContext,
	idNumber,
	staffOn,
	statusOn,
	yearEnd,
	years
} from './context.js';
import { type Day, longId } from './dates.js';
import type { Layout } from './defects.js';
import type { Employee } from './employees.js';
import { CsvFile, type CsvSpec, ratesFor, XlsxFile } from './fileWriters.js';
import { agencyLabel, dateLabel, genderLabel, golonganLabel, upperName } from './labels.js';
import { BAD, type Field, ROLE, type Shape, SHAPES } from './rosterShapes.js';
import { type NipStyle, styleNip } from './nip.js';
import type { Cell } from './xlsx.js';

/** Year-end SIMPEG/SIASN snapshots, one shape per year (roster/pegawai_YYYY-12-31.*). */

export async function writeRosters(ctx: GenContext): Promise<void> {
	for (const y of years(ctx)) {
		const shape = SHAPES[(y - 2021) % SHAPES.length] as Shape;
		const d = yearEnd(y);
		const ext = shape.format === 'xlsx' ? 'xlsx' : 'csv';
		const path = `roster/pegawai_${y}-12-31.${ext}`;
		const layout: Layout = {
			columns: shape.columns.map(([f, header]) => ({
				header,
				role: ROLE[f] ?? (f === 'no' ? 'other' : 'text'),
				required: f === 'nip' || f === 'nama' || f === 'unit',
				...(BAD[f] ? { bad: BAD[f] } : {}),
				...(f === 'nip' && shape.format === 'xlsx' ? { numericNip: true } : {})
			})),
			key: [shape.columns.findIndex(([f]) => f === 'nip')],
			weights: {
				nip_excel_mangled: 3,
				nip_format: 2,
				nip_birth_date: 1,
				nip_appointment: 1,
				nip_gender: 1,
				required_missing: 2,
				unknown_code: 2,
				unknown_agency: 2,
				date_invalid: 1
			}
		};
		const rng = ctx.rng.fork(`roster:${y}`);
		const spec = {
			path,
			kind: 'roster' as const,
			naturalKey: ['nip'],
			layout,
			rates: ratesFor(false),
			rng
		};
		const staff = staffOn(ctx, d);
		const row = (e: Employee, agency: string, no: number): Cell[] => {
			const style = rng.weighted(shape.nipStyles);
			return shape.columns.map(([f]) => cellFor(ctx, shape, f, e, agency, d, no, style));
		};
		const jabatanAt = shape.columns.findIndex(([f]) => f === 'jabatan');
		const conflict = (cells: Cell[]) => () =>
			cells.map((c, i) => (i === jabatanAt ? 'Pengadministrasi Umum' : c));
		if (shape.format === 'xlsx') {
			const file = new XlsxFile(ctx.out, {
				...spec,
				creator: 'SIMPEG Kota Bukittinggi',
				when: ctx.when,
				title: [
					'DAFTAR PEGAWAI NEGERI SIPIL DAN PPPK PEMERINTAH KOTA BUKITTINGGI',
					`Keadaan per ${longId(d)}`
				],
				widths: [5, 22, 34, 40, 10, 8, 12, 9, 40, 14, 11]
			});
			staff.forEach(({ e, agency }, i) => {
				const cells = row(e, agency, i + 1);
				file.emitter.row(cells, { conflict: conflict(cells) });
			});
			file.footer(`Jumlah: ${idNumber(staff.length)} orang`, [
				`Bukittinggi, ${longId(d)}`,
				'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
				'',
				'',
				'H. ZULFIKAR ANWAR, S.STP, M.Si',
				'Pembina Utama Muda (IV/c)',
				'NIP. 19750812 199803 1 004'
			]);
			ctx.files.push(await file.close());
		} else {
			const file = new CsvFile(ctx.out, {
				...spec,
				encoding: shape.encoding ?? 'utf-8',
				delimiter: shape.delimiter ?? ';'
			} satisfies CsvSpec);
			staff.forEach(({ e, agency }, i) => {
				const cells = row(e, agency, i + 1);
				file.emitter.row(cells, { conflict: conflict(cells) });
			});
			ctx.files.push(file.close());
		}
		ctx.log(`roster      ${path}: ${staff.length} employees on ${longId(d)}`);
	}
}

function cellFor(
	ctx: GenContext,
	shape: Shape,
	f: Field,
	e: Employee,
	agency: string,
	d: Day,
	no: number,
	nipStyle: NipStyle
): Cell {
	const date = (x: Day) => dateLabel(x, shape.date);
	switch (f) {
		case 'no':
			return no;
		case 'nip':
			return styleNip(e.nip, nipStyle);
		case 'nama':
			return shape.upper ? upperName(e) : e.name;
		case 'unit':
			return agencyLabel(agencyOf(ctx, agency), shape.agency);
		case 'status':
			return code(ctx, 'status_pegawai', statusOn(e, d));
		case 'jk':
			return code(ctx, 'jenis_kelamin', genderLabel(e, shape.gender));
		case 'lahir':
			return date(e.birth);
		case 'gol':
			return code(ctx, 'golongan', golonganLabel(golonganOn(e, d).golongan, shape.gol));
		case 'pangkat':
			return golonganOn(e, d).pangkat;
		case 'jabatan':
			return e.jabatan;
		case 'jenis':
			return code(ctx, 'jenis_jabatan', e.jenis);
		case 'eselon':
			return e.eselon;
		case 'pendidikan':
			return e.pendidikan;
		case 'tmt':
			return date(e.tmt);
	}
}

function code(ctx: GenContext, column: string, value: string): string {
	ctx.codes.add('roster', column, value);
	return value;
}
