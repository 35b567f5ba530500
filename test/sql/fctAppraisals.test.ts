import { describe, expect, it } from 'vitest';
import { nip, withWarehouse, type Cell } from '../helpers/warehouse.js';

type Rating = 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH';

// domain.md §1, written out here so the test checks the seed rather than repeating it.
const MATRIX: [Rating, Rating, string][] = [
	['DI_ATAS', 'DI_ATAS', 'Sangat Baik'],
	['DI_ATAS', 'SESUAI', 'Baik'],
	['DI_ATAS', 'DI_BAWAH', 'Kurang/Misconduct'],
	['SESUAI', 'DI_ATAS', 'Baik'],
	['SESUAI', 'SESUAI', 'Baik'],
	['SESUAI', 'DI_BAWAH', 'Kurang/Misconduct'],
	['DI_BAWAH', 'DI_ATAS', 'Butuh Perbaikan'],
	['DI_BAWAH', 'SESUAI', 'Butuh Perbaikan'],
	['DI_BAWAH', 'DI_BAWAH', 'Sangat Kurang']
];

const appraisal = (row: Record<string, Cell>): Record<string, Cell> => ({
	periode: 'TAHUNAN',
	...row
});

describe('fct_appraisals', () => {
	it('takes the predikat of every matrix cell from the two ratings', async () => {
		await withWarehouse(async (w) => {
			await w.insert(
				'raw_appraisal',
				MATRIX.map(([hasil, perilaku], i) =>
					appraisal({
						nip: nip(i + 1),
						tahun: 2023,
						rating_hasil_kerja: hasil,
						rating_perilaku: perilaku
					})
				)
			);
			await w.build();
			const rows = await w.rows(
				`select rating_hasil_kerja, rating_perilaku, predikat, scheme, predikat_source, predikat_matrix_conflict
				from fct_appraisals order by nip`
			);
			expect(rows).toEqual(
				MATRIX.map(([hasil, perilaku, predikat]) => ({
					rating_hasil_kerja: hasil,
					rating_perilaku: perilaku,
					predikat,
					scheme: 'PMPANRB6_2022',
					predikat_source: 'matrix',
					predikat_matrix_conflict: false
				}))
			);
		});
	});

	it('lets the matrix decide and flags a stated predikat that disagrees with it', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_appraisal', [
				appraisal({
					nip: nip(1),
					tahun: 2023,
					rating_hasil_kerja: 'DI_ATAS',
					rating_perilaku: 'DI_ATAS',
					predikat: 'BAIK'
				}),
				appraisal({
					nip: nip(2),
					tahun: 2023,
					rating_hasil_kerja: 'SESUAI',
					rating_perilaku: 'DI_BAWAH',
					predikat: 'KURANG'
				}),
				appraisal({
					nip: nip(3),
					tahun: 2023,
					rating_hasil_kerja: 'SESUAI',
					rating_perilaku: 'SESUAI',
					predikat: 'CUKUP'
				})
			]);
			await w.build();
			expect(
				await w.rows(
					`select predikat, predikat_original, predikat_matrix_conflict from fct_appraisals order by nip`
				)
			).toEqual([
				{ predikat: 'Sangat Baik', predikat_original: 'Baik', predikat_matrix_conflict: true },
				// A bare "Kurang" in a 2022+ appraisal is Kurang/Misconduct, so it agrees with the matrix.
				{
					predikat: 'Kurang/Misconduct',
					predikat_original: 'Kurang',
					predikat_matrix_conflict: false
				},
				// A legacy sebutan has no place on the 2022 scale: it cannot agree with the matrix.
				{ predikat: 'Baik', predikat_original: 'Cukup', predikat_matrix_conflict: true }
			]);
		});
	});

	it.each([
		[2019, 90.99, 'PP46_2011', 'Baik', 'Baik'],
		[2019, 91, 'PP46_2011', 'Sangat Baik', 'Sangat Baik'],
		[2019, 75.5, 'PP46_2011', 'Cukup', 'Butuh Perbaikan'],
		[2019, 76, 'PP46_2011', 'Baik', 'Baik'],
		[2019, 60.99, 'PP46_2011', 'Kurang', 'Kurang/Misconduct'],
		[2019, 50.99, 'PP46_2011', 'Buruk', 'Sangat Kurang'],
		[2019, 51, 'PP46_2011', 'Kurang', 'Kurang/Misconduct'],
		// From July 2021 numeric appraisals are PP 30/2019; a score alone never reaches Sangat Baik.
		[2021, 115, 'PP30_2019', 'Baik', 'Baik'],
		[2021, 90, 'PP30_2019', 'Baik', 'Baik'],
		[2021, 89.99, 'PP30_2019', 'Cukup', 'Butuh Perbaikan'],
		[2021, 49.9, 'PP30_2019', 'Sangat Kurang', 'Sangat Kurang'],
		// A score above 100 can only be PP 30/2019, whatever the year.
		[2019, 105, 'PP30_2019', 'Baik', 'Baik']
	])(
		'reads a %i score of %d as %s %s (%s on the common scale)',
		async (year, score, scheme, original, predikat) => {
			await withWarehouse(async (w) => {
				await w.insert('raw_appraisal', [
					appraisal({ nip: nip(1), tahun: year, nilai_akhir: score })
				]);
				await w.build();
				expect(
					await w.rows(
						`select scheme, predikat_original, predikat, predikat_source, score from fct_appraisals`
					)
				).toEqual([
					{ scheme, predikat_original: original, predikat, predikat_source: 'score_band', score }
				]);
			});
		}
	);

	it('detects the scheme from the period, the sebutan and the score range', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_appraisal', [
				// Semester 1 of 2021 was still PP 46/2011.
				{ nip: nip(1), tahun: 2021, periode: 'S1', nilai_akhir: 85 },
				appraisal({ nip: nip(1), tahun: 2021, nilai_akhir: 85 }),
				// "Buruk" exists only in PP 46/2011.
				appraisal({ nip: nip(2), tahun: 2022, nilai_akhir: 45, predikat: 'BURUK' }),
				// A predikat alone: the scheme in force that year.
				appraisal({ nip: nip(3), tahun: 2021, predikat: 'BAIK' }),
				appraisal({ nip: nip(3), tahun: 2024, predikat: 'BAIK' })
			]);
			await w.build();
			expect(
				await w.rows(
					`select nip, year, periode, scheme, predikat from fct_appraisals order by nip, year, periode`
				)
			).toEqual([
				{ nip: nip(1), year: 2021, periode: 'S1', scheme: 'PP46_2011', predikat: 'Baik' },
				{
					nip: nip(1),
					year: 2021,
					periode: 'TAHUNAN',
					scheme: 'PP30_2019',
					predikat: 'Butuh Perbaikan'
				},
				{
					nip: nip(2),
					year: 2022,
					periode: 'TAHUNAN',
					scheme: 'PP46_2011',
					predikat: 'Sangat Kurang'
				},
				{ nip: nip(3), year: 2021, periode: 'TAHUNAN', scheme: 'PP30_2019', predikat: 'Baik' },
				{ nip: nip(3), year: 2024, periode: 'TAHUNAN', scheme: 'PMPANRB6_2022', predikat: 'Baik' }
			]);
		});
	});

	it('prefers the stated sebutan to the score and weighs the parts when the total is missing', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_appraisal', [
				appraisal({ nip: nip(1), tahun: 2020, nilai_akhir: 88, predikat: 'SANGAT_BAIK' }),
				// PP 46/2011: 60 % SKP + 40 % perilaku = 48 + 36 = 84 → Baik.
				appraisal({ nip: nip(2), tahun: 2020, nilai_skp: 80, nilai_perilaku: 90 })
			]);
			await w.build();
			expect(
				await w.rows(`select predikat, predikat_source, score from fct_appraisals order by nip`)
			).toEqual([
				{ predikat: 'Sangat Baik', predikat_source: 'stated', score: 88 },
				{ predikat: 'Baik', predikat_source: 'score_band', score: 84 }
			]);
		});
	});

	it('takes the agency from the export, else from the roster snapshot valid at the end of the period', async () => {
		await withWarehouse(async (w) => {
			await w.insert('raw_roster', [
				{ nip: nip(1), nama: 'A', unit_kerja: 'DINKES', as_of: '2022-12-31' },
				{ nip: nip(1), nama: 'A', unit_kerja: 'DISHUB', as_of: '2023-12-31' }
			]);
			const ratings = { rating_hasil_kerja: 'SESUAI', rating_perilaku: 'SESUAI' };
			await w.insert('raw_appraisal', [
				appraisal({ nip: nip(1), tahun: 2021, nilai_akhir: 95 }),
				appraisal({ nip: nip(1), tahun: 2022, ...ratings }),
				appraisal({ nip: nip(1), tahun: 2023, ...ratings }),
				appraisal({ nip: nip(1), tahun: 2024, ...ratings, unit_kerja: 'SETDA' })
			]);
			await w.build();
			expect(
				await w.rows(
					`select year, agency_code, agency_source, agency_name from fct_appraisals order by year`
				)
			).toEqual([
				{
					year: 2021,
					agency_code: 'DINKES',
					agency_source: 'roster',
					agency_name: 'Dinas Kesehatan'
				},
				{
					year: 2022,
					agency_code: 'DINKES',
					agency_source: 'roster',
					agency_name: 'Dinas Kesehatan'
				},
				{
					year: 2023,
					agency_code: 'DISHUB',
					agency_source: 'roster',
					agency_name: 'Dinas Perhubungan'
				},
				{
					year: 2024,
					agency_code: 'SETDA',
					agency_source: 'export',
					agency_name: 'Sekretariat Daerah'
				}
			]);
		});
	});

	it('keeps submission and approval dates and flags an annual SKP submitted after 10 January', async () => {
		await withWarehouse(async (w) => {
			const base = { tahun: 2023, rating_hasil_kerja: 'SESUAI', rating_perilaku: 'SESUAI' };
			await w.insert('raw_appraisal', [
				appraisal({
					nip: nip(1),
					...base,
					tanggal_diajukan: '2024-01-10',
					tanggal_disetujui: '2024-01-15',
					status: 'DISETUJUI'
				}),
				appraisal({ nip: nip(2), ...base, tanggal_diajukan: '2024-01-11', status: 'DIAJUKAN' }),
				appraisal({ nip: nip(3), ...base })
			]);
			await w.build();
			expect(
				await w.rows(
					`select submitted_date, approved_date, status, submission_deadline, submitted_late
					from fct_appraisals order by nip`
				)
			).toEqual([
				{
					submitted_date: '2024-01-10',
					approved_date: '2024-01-15',
					status: 'DISETUJUI',
					submission_deadline: '2024-01-10',
					submitted_late: false
				},
				{
					submitted_date: '2024-01-11',
					approved_date: null,
					status: 'DIAJUKAN',
					submission_deadline: '2024-01-10',
					submitted_late: true
				},
				{
					submitted_date: null,
					approved_date: null,
					status: null,
					submission_deadline: '2024-01-10',
					submitted_late: null
				}
			]);
		});
	});

	it('counts feedback from the export, else from the dialogues of the period', async () => {
		await withWarehouse(async (w) => {
			const ratings = { rating_hasil_kerja: 'SESUAI', rating_perilaku: 'SESUAI' };
			await w.insert('raw_appraisal', [
				appraisal({ nip: nip(1), tahun: 2023, ...ratings, jumlah_umpan_balik: 3 }),
				appraisal({ nip: nip(2), tahun: 2023, ...ratings }),
				{ nip: nip(2), tahun: 2023, periode: 'TW1', ...ratings },
				appraisal({ nip: nip(3), tahun: 2023, ...ratings }),
				appraisal({ nip: nip(3), tahun: 2022, ...ratings })
			]);
			await w.insert('raw_feedback', [
				{ nip: nip(2), tanggal: '2023-02-14', tahun: 2023 },
				{ nip: nip(2), tanggal: '2023-08-01', tahun: 2023 }
			]);
			await w.build();
			expect(
				await w.rows(
					`select nip, year, periode, feedback_count, feedback_source from fct_appraisals order by all`
				)
			).toEqual([
				{
					nip: nip(1),
					year: 2023,
					periode: 'TAHUNAN',
					feedback_count: 3,
					feedback_source: 'export'
				},
				{
					nip: nip(2),
					year: 2023,
					periode: 'TAHUNAN',
					feedback_count: 2,
					feedback_source: 'dialogues'
				},
				{
					nip: nip(2),
					year: 2023,
					periode: 'TW1',
					feedback_count: 1,
					feedback_source: 'dialogues'
				},
				// No dialogue records at all for 2022: unknown, not zero.
				{
					nip: nip(3),
					year: 2022,
					periode: 'TAHUNAN',
					feedback_count: null,
					feedback_source: null
				},
				{
					nip: nip(3),
					year: 2023,
					periode: 'TAHUNAN',
					feedback_count: 0,
					feedback_source: 'dialogues'
				}
			]);
		});
	});
});
