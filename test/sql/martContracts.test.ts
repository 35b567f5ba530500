import { describe, expect, it } from 'vitest';
import { readModels } from '../../pipeline/models/buildModels.js';
import { withWarehouse } from '../helpers/warehouse.js';

// The public contract of the issue: these marts and columns must exist under these names.
const CONTRACT: Record<string, string[]> = {
	dim_agencies: ['agency_code', 'agency_name'],
	dim_employees: [
		'nip',
		'agency_code',
		'nip_birth_date',
		'nip_appointment_month',
		'nip_gender',
		'nip_type',
		'birth_date_mismatch',
		'gender_mismatch',
		'appointment_mismatch',
		'is_active'
	],
	fct_appraisals: [
		'nip',
		'year',
		'periode',
		'scheme',
		'rating_hasil_kerja',
		'rating_perilaku',
		'nilai_skp',
		'nilai_perilaku',
		'nilai_akhir',
		'predikat',
		'predikat_original',
		'predikat_matrix_conflict',
		'agency_code',
		'submitted_date',
		'approved_date',
		'feedback_count'
	],
	agg_performance_agency_year: [
		'year',
		'agency_code',
		'agency_name',
		'n_appraised',
		'n_sangat_baik',
		'n_baik',
		'n_butuh_perbaikan',
		'n_kurang',
		'n_sangat_kurang',
		'share_baik_or_better',
		'org_predikat',
		'curve_ok',
		'curve_violations'
	],
	agg_training_employee_year: [
		'year',
		'nip',
		'agency_code',
		'jp_total',
		'n_trainings',
		'meets_20_jp'
	],
	agg_discipline_employee_year: [
		'year',
		'nip',
		'agency_code',
		'workdays',
		'days_present',
		'unexcused_days',
		'late_minutes',
		'early_leave_minutes',
		'pp94_level'
	],
	agg_competency_gap: [
		'nip',
		'competency_code',
		'level_required',
		'level_assessed',
		'gap',
		'jpm_pct',
		'jpm_category'
	],
	agg_competency_gap_agency: [
		'agency_code',
		'competency_code',
		'n_assessed',
		'mean_gap',
		'share_below_standard'
	],
	agg_training_targets: ['rank', 'nip', 'agency_code', 'jp_total', 'competency_code', 'gap'],
	agg_change_readiness_agency_year: ['year', 'agency_code', 'resistance_index'],
	agg_talent_box: ['year', 'nip', 'kinerja', 'potensial', 'box'],
	agg_feedback_coverage_agency_period: [
		'agency_code',
		'year',
		'period',
		'n_appraised',
		'n_with_dialogue',
		'share_dialogue',
		'n_with_plan',
		'share_plan',
		'n_plans_followed',
		'share_plans_followed',
		'small_cell'
	],
	agg_award_candidates: ['year', 'nip', 'nama', 'agency_code', 'consecutive_years'],
	agg_satyalancana_eligibility: [
		'year',
		'nip',
		'service_years',
		'milestone_this_year',
		'tmt_source',
		'eligible',
		'reason_code',
		'reason_id',
		'reason_en'
	],
	agg_training_effect: [
		'year',
		'grouping',
		'group_code',
		'competency_code',
		'n_participants',
		'n_comparison',
		'participants_before_share_baik_plus',
		'participants_after_share_baik_plus',
		'comparison_before_share_baik_plus',
		'comparison_after_share_baik_plus',
		'participants_before_share_band',
		'comparison_after_share_band',
		'small_n'
	]
};

describe('sql/ models', () => {
	it('build on an empty warehouse, every mart present and empty', async () => {
		await withWarehouse(async (w) => {
			await w.build();
			const tables = await w.rows<{ name: string; n: number }>(
				`select table_name as name, estimated_size::integer as n from duckdb_tables()
				where regexp_matches(table_name, '^(stg|int|dim|fct|agg)_')`
			);
			const built = new Map(tables.map((t) => [t.name, t.n]));
			const agencies = (
				await w.rows<{ n: number }>(`select count(*)::integer as n from ref_agency`)
			)[0]?.n;
			expect(agencies).toBeGreaterThan(0);
			for (const model of readModels()) expect(built.has(model.name), model.name).toBe(true);
			for (const mart of readModels().filter((m) => m.layer === 'marts')) {
				// dim_agencies lists the reference agencies even before any export.
				const expected = mart.name === 'dim_agencies' ? agencies : 0;
				expect(built.get(mart.name), mart.name).toBe(expected);
			}
		});
	});

	it.each(Object.entries(CONTRACT))('%s has its public columns', async (mart, columns) => {
		await withWarehouse(async (w) => {
			await w.build();
			const rows = await w.rows<{ column_name: string }>(
				`select column_name from information_schema.columns where table_name = '${mart}'`
			);
			expect(rows.map((r) => r.column_name)).toEqual(expect.arrayContaining(columns));
		});
	});

	it('types counts and keys so JSON readers get numbers, not strings', async () => {
		await withWarehouse(async (w) => {
			await w.build();
			const wide = await w.rows(
				`select table_name, column_name, data_type from information_schema.columns
				where regexp_matches(table_name, '^(dim|fct|agg)_')
					and (data_type in ('BIGINT', 'HUGEINT') or data_type like 'DECIMAL%')`
			);
			expect(wide).toEqual([]);
		});
	});

	it('documents grain, key and legal basis at the top of every model', () => {
		for (const model of readModels()) {
			const header = model.sql
				.split('\n')
				.filter((line) => line.startsWith('--'))
				.join(' ');
			expect(header, model.name).toMatch(/Grain:/);
			expect(header, model.name).toMatch(/Key:/);
		}
	});
});
