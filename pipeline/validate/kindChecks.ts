import type { ExportKind } from '../types.js';

/** A rule over several columns of a staged row: SQL for the column label, the value shown, the rule (or NULL). */
export interface RowCheck {
	column: string;
	value: string;
	rule: string;
}

/**
 * Row rules that span several columns of one kind, evaluated on the staged row (canonical columns by
 * name, original text as `"__r_<name>"`). `header(name)` gives the file's header cell as an SQL literal.
 */
export function kindChecks(kind: ExportKind, header: (column: string) => string): RowCheck[] {
	const endBeforeStart: RowCheck = {
		column: header('tanggal_selesai'),
		value: '"__r_tanggal_selesai"',
		rule: `case when tanggal_selesai < tanggal_mulai then 'date_order' end`
	};
	switch (kind) {
		case 'appraisal':
			// PermenPANRB 6/2022 matrix (domain.md §1): a stated predikat that the two ratings contradict is flagged.
			return [
				{
					column: header('predikat'),
					value: '"__r_predikat"',
					rule: `case when predikat is not null and rating_hasil_kerja is not null
						and rating_perilaku is not null and predikat <> matrix_predikat
						then 'predikat_contradicts_matrix' end`
				}
			];
		case 'training':
		case 'sanctions':
			return [endBeforeStart];
		case 'punches':
			return [
				{
					column: header('pin'),
					value: '"__r_pin"',
					rule: `case when pin is not null and nip is null then 'pin_unmapped' end`
				}
			];
		default:
			return [];
	}
}
