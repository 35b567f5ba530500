import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell, type Warehouse } from '../helpers/warehouse.js';

// TMT CPNS in the NIP (digits 9–14) is 2005-01 for every nip(i); a roster TMT overrides it.
const NO_TMT = '198001010000001001';

interface Person {
	id: string;
	tmt: string | null;
	type?: string;
}

const PEOPLE: Person[] = [
	{ id: nip(1), tmt: '2015-12-30' }, // 10 years the day before 31 December 2025
	{ id: nip(2), tmt: '2015-12-31' }, // 10 years on 31 December 2025
	{ id: nip(3), tmt: '2016-01-01' }, // 10 years the day after: still 9
	{ id: nip(4), tmt: '2012-03-01' }, // a moderate sanction
	{ id: nip(5), tmt: '2012-03-01' }, // a light sanction
	{ id: nip(6), tmt: '2012-03-01' }, // X already awarded
	{ id: nip(7), tmt: null }, // TMT from the NIP: 2005-01 → 20 years
	{ id: NO_TMT, tmt: null }, // neither roster nor NIP gives a TMT
	{ id: nip(9), tmt: '2010-01-01', type: 'PPPK' }, // not a PNS
	{ id: nip(10), tmt: '1995-06-01' } // 30 years; X and XX held
];

const sanction = (id: string, tingkat: string, tanggal_sk: string) => ({
	nip: id,
	tingkat,
	jenis_hukuman: tingkat === 'RINGAN' ? 'Teguran tertulis' : 'Pemotongan tunjangan kinerja',
	tanggal_sk
});

async function load(w: Warehouse): Promise<void> {
	await w.insert(
		'raw_roster',
		['2024-12-31', '2025-12-31'].flatMap((as_of) =>
			PEOPLE.map((p): Record<string, Cell> => ({
				nip: p.id,
				nama: `Pegawai ${p.id.slice(-2)}`,
				unit_kerja: 'BKPSDM',
				status_pegawai: p.type ?? 'PNS',
				tmt_cpns: p.tmt,
				as_of
			}))
		)
	);
	await w.insert('raw_sanctions', [
		sanction(nip(4), 'SEDANG', '2020-05-04'),
		sanction(nip(5), 'RINGAN', '2020-05-04'),
		// Decreed after the 2025 reference date: it cannot count for 2025.
		sanction(nip(1), 'BERAT', '2026-02-02')
	]);
	await w.insert('raw_awards', [
		{ nip: nip(6), jenis_penghargaan: 'Satya Lencana Karya Satya 10 Tahun', tahun: 2022 },
		{ nip: nip(10), jenis_penghargaan: 'Satyalancana Karya Satya X Tahun', tahun: 2005 },
		{ nip: nip(10), jenis_penghargaan: 'SLKS XX', tahun: 2016 },
		{ nip: nip(10), jenis_penghargaan: 'Pegawai Teladan', tahun: 2024 }
	]);
}

describe('int_awards_classified', () => {
	it('reads the Satyalancana class from the ways offices write it', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			expect(
				await w.rows(`select award_name, award_class from int_awards_classified order by year`)
			).toEqual([
				{ award_name: 'Satyalancana Karya Satya X Tahun', award_class: 'SLKS_X' },
				{ award_name: 'SLKS XX', award_class: 'SLKS_XX' },
				{ award_name: 'Satya Lencana Karya Satya 10 Tahun', award_class: 'SLKS_X' },
				{ award_name: 'Pegawai Teladan', award_class: null }
			]);
		});
	});
});

describe('agg_awards_given_year', () => {
	it('counts the awards of a year by Satyalancana class or award name', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.insert('raw_awards', [
				{ nip: nip(1), jenis_penghargaan: 'Pegawai Teladan', tahun: 2024 },
				{ nip: nip(2), jenis_penghargaan: 'PEGAWAI TELADAN', tahun: 2024 },
				{ nip: nip(3), jenis_penghargaan: 'Satyalancana Karya Satya X Tahun', tahun: 2024 }
			]);
			await w.build();
			expect(
				await w.rows(
					`select award_type, award_class, award_label_id, n_awards, n_employees
					from agg_awards_given_year where year = 2024 order by award_type`
				)
			).toEqual([
				{
					award_type: 'SLKS_X',
					award_class: 'SLKS_X',
					award_label_id: 'Satyalancana Karya Satya X Tahun',
					n_awards: 1,
					n_employees: 1
				},
				{
					award_type: 'pegawai teladan',
					award_class: null,
					award_label_id: 'Pegawai Teladan',
					n_awards: 3,
					n_employees: 3
				}
			]);
		});
	});
});

describe('agg_satyalancana_eligibility', () => {
	it('counts completed years of service to 31 December and gives a reason for every ineligible case', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			const rows = await w.rows(
				`select nip, service_years, tmt_source, award_class, milestone_this_year, next_milestone_date,
					already_awarded, has_disqualifying_sanction, eligible, reason_code
				from agg_satyalancana_eligibility where year = 2025 order by nip`
			);
			const row = (id: string) => rows.find((r) => r.nip === id);
			expect(rows.map((r) => r.nip)).not.toContain(nip(9));
			expect(rows).toHaveLength(9);
			expect(row(nip(1))).toMatchObject({
				service_years: 10,
				award_class: 'SLKS_X',
				milestone_this_year: 10,
				has_disqualifying_sanction: false,
				eligible: true,
				reason_code: 'eligible'
			});
			expect(row(nip(2))).toMatchObject({
				service_years: 10,
				milestone_this_year: 10,
				eligible: true,
				reason_code: 'eligible'
			});
			expect(row(nip(3))).toMatchObject({
				service_years: 9,
				award_class: null,
				milestone_this_year: null,
				next_milestone_date: '2026-01-01',
				eligible: false,
				reason_code: 'service_below_milestone'
			});
			expect(row(nip(4))).toMatchObject({
				service_years: 13,
				award_class: 'SLKS_X',
				milestone_this_year: null,
				has_disqualifying_sanction: true,
				eligible: false,
				reason_code: 'sanction_moderate_heavy'
			});
			expect(row(nip(5))).toMatchObject({
				has_disqualifying_sanction: false,
				eligible: true,
				reason_code: 'eligible'
			});
			expect(row(nip(6))).toMatchObject({
				already_awarded: true,
				eligible: false,
				reason_code: 'already_awarded'
			});
			expect(row(nip(7))).toMatchObject({
				tmt_source: 'nip',
				service_years: 20,
				award_class: 'SLKS_XX',
				eligible: true
			});
			expect(row(NO_TMT)).toMatchObject({
				tmt_source: null,
				service_years: null,
				eligible: false,
				reason_code: 'no_tmt'
			});
			expect(row(nip(10))).toMatchObject({
				service_years: 30,
				award_class: 'SLKS_XXX',
				milestone_this_year: 30,
				already_awarded: false,
				eligible: true
			});
		});
	});

	it('says why in Indonesian and English, and follows the years', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			await w.build();
			expect(
				await w.rows(
					`select year, reason_code, reason_id, reason_en from agg_satyalancana_eligibility
					where nip = '${nip(2)}' order by year`
				)
			).toEqual([
				{
					year: 2024,
					reason_code: 'service_below_milestone',
					reason_id: 'Masa kerja belum mencapai 10 tahun',
					reason_en: 'Less than 10 years of service'
				},
				{
					year: 2025,
					reason_code: 'eligible',
					reason_id:
						'Memenuhi syarat: masa kerja tercapai dan tanpa hukuman disiplin sedang atau berat',
					reason_en: 'Eligible: service reached and no moderate or heavy disciplinary penalty'
				}
			]);
		});
	});

	it('takes the disqualifying levels from the seed', async () => {
		await withWarehouse(async (w) => {
			await load(w);
			// An officer who reads PP 35/2010 as barring light sanctions too edits one seed row.
			await w.insert('ref_satyalancana_disqualifier', [
				{ sanction_level: 'RINGAN', legal_basis: 'test', provisional: true }
			]);
			await w.build();
			expect(
				await w.rows(
					`select reason_code from agg_satyalancana_eligibility where year = 2025 and nip = '${nip(5)}'`
				)
			).toEqual([{ reason_code: 'sanction_moderate_heavy' }]);
		});
	});
});
