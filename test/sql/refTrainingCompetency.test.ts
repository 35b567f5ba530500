import { describe, expect, it } from 'vitest';
import { allCourses } from '../../data/generate/trainingCatalogue.js';
import { nip, withWarehouse } from '../helpers/warehouse.js';

describe('ref_training_competency', () => {
	it('maps every course of the sample catalogue to the competency the catalogue files it under', async () => {
		const courses = allCourses();
		await withWarehouse(async (w) => {
			await w.insert(
				'raw_training',
				courses.map((course, i) => ({
					nip: nip(i + 1),
					// Offices write titles in capitals too: the mapping reads the code_key.
					nama_pelatihan: i % 2 === 0 ? course.name : course.name.toUpperCase(),
					jp: course.jp,
					tanggal_mulai: '2024-05-06',
					status: 'SELESAI'
				}))
			);
			await w.build();
			const rows = await w.rows<{ nip: string; competency_code: string | null }>(
				`select nip, competency_code from int_trainings_mapped order by nip`
			);
			expect(rows.map((row) => row.competency_code)).toEqual(
				courses.map((course) => course.competency ?? null)
			);
		});
	});

	it('lets the longest matching fragment win', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_training', [
				// "Pelayanan Publik" alone is not a fragment; "Inovasi Pelayanan Publik" is (M.07).
				{ nip: nip(1), nama_pelatihan: 'Workshop Inovasi Pelayanan Publik', jp: 8 },
				{ nip: nip(2), nama_pelatihan: 'Pelatihan Pelayanan Publik Bidang Kesehatan', jp: 24 },
				{ nip: nip(3), nama_pelatihan: 'Seminar Kesehatan Mental ASN', jp: 3 }
			]);
			await w.build();
			expect(
				await w.rows(`select title, competency_code from int_trainings_mapped order by nip`)
			).toEqual([
				{ title: 'Workshop Inovasi Pelayanan Publik', competency_code: 'M.07' },
				{ title: 'Pelatihan Pelayanan Publik Bidang Kesehatan', competency_code: 'M.05' },
				{ title: 'Seminar Kesehatan Mental ASN', competency_code: null }
			]);
		});
	});
});
