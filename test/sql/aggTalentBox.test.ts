import { describe, expect, it } from 'vitest';
import { nip, withWarehouse } from '../helpers/warehouse.js';

// PermenPANRB 3/2020 (domain.md §5): rows kinerja, columns potensial — not row-major.
const BOXES: [string, string, number][] = [
	['DI_ATAS', 'RENDAH', 4],
	['DI_ATAS', 'MENENGAH', 7],
	['DI_ATAS', 'TINGGI', 9],
	['SESUAI', 'RENDAH', 2],
	['SESUAI', 'MENENGAH', 5],
	['SESUAI', 'TINGGI', 8],
	['DI_BAWAH', 'RENDAH', 1],
	['DI_BAWAH', 'MENENGAH', 3],
	['DI_BAWAH', 'TINGGI', 6]
];

describe('agg_talent_box', () => {
	it('numbers the nine boxes as Lampiran A does', async () => {
		await withWarehouse(async (w) => {
			await w.insert(
				'raw_appraisal',
				BOXES.map(([kinerja], i) => ({
					nip: nip(i + 1),
					tahun: 2024,
					periode: 'TAHUNAN',
					rating_hasil_kerja: kinerja,
					rating_perilaku: 'SESUAI'
				}))
			);
			await w.insert(
				'raw_competency',
				BOXES.map(([, potensial], i) => ({
					nip: nip(i + 1),
					kompetensi: 'M.01',
					level_capaian: 3,
					tanggal_asesmen: '2024-02-01',
					potensial
				}))
			);
			await w.build();
			expect(
				await w.rows(
					`select kinerja, potensial, box, talent_pool, kinerja_source from agg_talent_box order by nip`
				)
			).toEqual(
				BOXES.map(([kinerja, potensial, box]) => ({
					kinerja,
					potensial,
					box,
					talent_pool: box >= 7,
					kinerja_source: 'rating_hasil_kerja'
				}))
			);
		});
	});

	it('uses the latest potential known by the end of the year, and the predikat where no rating exists', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_appraisal', [
				// 2021 (PP 30/2019): a numeric score only; Baik on the common scale → Sesuai.
				{ nip: nip(1), tahun: 2021, periode: 'TAHUNAN', nilai_akhir: 95 },
				{
					nip: nip(1),
					tahun: 2023,
					periode: 'TAHUNAN',
					rating_hasil_kerja: 'DI_ATAS',
					rating_perilaku: 'DI_ATAS'
				},
				{
					nip: nip(1),
					tahun: 2025,
					periode: 'TAHUNAN',
					rating_hasil_kerja: 'DI_ATAS',
					rating_perilaku: 'SESUAI'
				}
			]);
			await w.insert('raw_competency', [
				{
					nip: nip(1),
					kompetensi: 'M.01',
					level_capaian: 3,
					tanggal_asesmen: '2021-05-01',
					potensial: 'RENDAH'
				},
				{
					nip: nip(1),
					kompetensi: 'M.01',
					level_capaian: 4,
					tanggal_asesmen: '2024-05-01',
					potensial: 'TINGGI'
				}
			]);
			await w.build();
			expect(
				await w.rows(
					`select year, kinerja, kinerja_source, potensial, potensial_date, box from agg_talent_box order by year`
				)
			).toEqual([
				{
					year: 2021,
					kinerja: 'SESUAI',
					kinerja_source: 'predikat',
					potensial: 'RENDAH',
					potensial_date: '2021-05-01',
					box: 2
				},
				{
					year: 2023,
					kinerja: 'DI_ATAS',
					kinerja_source: 'rating_hasil_kerja',
					potensial: 'RENDAH',
					potensial_date: '2021-05-01',
					box: 4
				},
				{
					year: 2025,
					kinerja: 'DI_ATAS',
					kinerja_source: 'rating_hasil_kerja',
					potensial: 'TINGGI',
					potensial_date: '2024-05-01',
					box: 9
				}
			]);
		});
	});
});
