import { describe, expect, it } from 'vitest';
import { nip, withWarehouse } from '../helpers/warehouse.js';

describe('dim_employees', () => {
	it('takes the current agency from the latest snapshot and flags who left', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_roster', [
				{ nip: nip(1), nama: 'Ani', unit_kerja: 'DINKES', jenis_kelamin: 'P', as_of: '2023-12-31' },
				// Moved: the latest snapshot wins; the gender missing there is kept from before.
				{ nip: nip(1), nama: 'Ani', unit_kerja: 'DISHUB', as_of: '2024-12-31' },
				// Absent from the latest snapshot: no longer active.
				{ nip: nip(2), nama: 'Budi', unit_kerja: 'SETDA', as_of: '2023-12-31' }
			]);
			// A NIP only an appraisal mentions still gets a row, with the appraisal's unit kerja.
			await w.insert('raw_appraisal', [
				{
					nip: nip(3),
					nama: 'Citra',
					tahun: 2024,
					periode: 'TAHUNAN',
					predikat: 'BAIK',
					unit_kerja: 'BKPSDM'
				}
			]);
			await w.build();
			expect(
				await w.rows(
					`select nip, nama, agency_code, agency_name, gender, in_roster, is_active, first_snapshot, last_snapshot
					from dim_employees order by nip`
				)
			).toEqual([
				{
					nip: nip(1),
					nama: 'Ani',
					agency_code: 'DISHUB',
					agency_name: 'Dinas Perhubungan',
					gender: 'P',
					in_roster: true,
					is_active: true,
					first_snapshot: '2023-12-31',
					last_snapshot: '2024-12-31'
				},
				{
					nip: nip(2),
					nama: 'Budi',
					agency_code: 'SETDA',
					agency_name: 'Sekretariat Daerah',
					gender: null,
					in_roster: true,
					is_active: false,
					first_snapshot: '2023-12-31',
					last_snapshot: '2023-12-31'
				},
				{
					nip: nip(3),
					nama: 'Citra',
					agency_code: 'BKPSDM',
					agency_name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
					gender: null,
					in_roster: false,
					is_active: null,
					first_snapshot: null,
					last_snapshot: null
				}
			]);
		});
	});

	it('derives birth date, appointment month, gender and type from the NIP and flags disagreements', async () => {
		await withWarehouse(async (w) => {
			const pppk = '199203142021211004'; // born 1992-03-14, PPPK 2021, batch 1, male
			await w.insert('raw_roster', [
				{
					nip: nip(1),
					nama: 'Sama',
					unit_kerja: 'DINKES',
					jenis_kelamin: 'L',
					tanggal_lahir: '1980-01-01',
					tmt_cpns: '2005-01-01',
					status_pegawai: 'PNS',
					as_of: '2024-12-31'
				},
				{
					nip: nip(2, 2),
					nama: 'Beda',
					unit_kerja: 'DINKES',
					jenis_kelamin: 'L',
					tanggal_lahir: '1980-02-01',
					tmt_cpns: '2006-03-01',
					status_pegawai: 'PPPK',
					as_of: '2024-12-31'
				},
				{
					nip: pppk,
					nama: 'Kontrak',
					unit_kerja: 'DINKES',
					jenis_kelamin: 'L',
					tmt_cpns: '2021-09-01',
					status_pegawai: 'PPPK',
					as_of: '2024-12-31'
				}
			]);
			await w.build();
			expect(
				await w.rows(
					`select nip_type, nip_birth_date, nip_appointment_month, nip_gender, birth_date_mismatch, gender_mismatch,
						appointment_mismatch, employee_type_mismatch, nip_disagrees_with_roster
					from dim_employees order by nip`
				)
			).toEqual([
				{
					nip_type: 'PNS',
					nip_birth_date: '1980-01-01',
					nip_appointment_month: '2005-01-01',
					nip_gender: 'L',
					birth_date_mismatch: false,
					gender_mismatch: false,
					appointment_mismatch: false,
					employee_type_mismatch: false,
					nip_disagrees_with_roster: false
				},
				{
					nip_type: 'PNS',
					nip_birth_date: '1980-01-01',
					nip_appointment_month: '2005-01-01',
					nip_gender: 'P',
					birth_date_mismatch: true,
					gender_mismatch: true,
					appointment_mismatch: true,
					employee_type_mismatch: true,
					nip_disagrees_with_roster: true
				},
				{
					nip_type: 'PPPK',
					nip_birth_date: '1992-03-14',
					nip_appointment_month: '2021-01-01',
					nip_gender: 'L',
					birth_date_mismatch: false,
					gender_mismatch: false,
					appointment_mismatch: false,
					employee_type_mismatch: false,
					nip_disagrees_with_roster: false
				}
			]);
		});
	});
});

describe('dim_agencies', () => {
	it('lists every agency with its successor and active headcount', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_roster', [
				{ nip: nip(1), nama: 'A', unit_kerja: 'DINSOS', as_of: '2024-12-31' },
				{ nip: nip(2), nama: 'B', unit_kerja: 'DINSOS', as_of: '2024-12-31' }
			]);
			await w.build();
			const rows = await w.rows(
				`select agency_code, successor_code, successor_name, n_employees_active from dim_agencies
				where agency_code in ('DINSOS', 'DINKES') order by agency_code`
			);
			expect(rows).toEqual([
				{
					agency_code: 'DINKES',
					successor_code: null,
					successor_name: null,
					n_employees_active: 0
				},
				{
					agency_code: 'DINSOS',
					successor_code: 'DINSOSPMD',
					successor_name: 'Dinas Sosial, Pemberdayaan Masyarakat dan Desa',
					n_employees_active: 2
				}
			]);
			expect(await w.rows(`select count(*)::integer as n from dim_agencies`)).toEqual(
				await w.rows(`select count(*)::integer as n from ref_agency`)
			);
		});
	});
});
