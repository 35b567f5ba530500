import type { ExportKind } from '../types.js';

/**
 * Row rules that span several columns of one kind. Each entry is an SQL struct expression
 * `{col, val, rule}` evaluated on the staged row (canonical columns by name); rule NULL = no problem.
 */
export function kindChecks(kind: ExportKind, header: (column: string) => string /* an SQL literal */): string[] {
	switch (kind) {
		case 'appraisal':
			// PermenPANRB 6/2022 matrix (domain.md §1): a stated predikat that the two ratings contradict is flagged.
			return [
				`{'col': ${header('predikat')}, 'val': "__r_predikat", 'rule': case when predikat is not null
					and rating_hasil_kerja is not null and rating_perilaku is not null
					and predikat <> (select m.predikat from ref_predikat_matrix m
						where m.rating_hasil_kerja = t.rating_hasil_kerja and m.rating_perilaku = t.rating_perilaku)
					then 'predikat_contradicts_matrix' end}`
			];
		case 'training':
			return [
				`{'col': ${header('tanggal_selesai')}, 'val': cast(tanggal_selesai as varchar), 'rule':
					case when tanggal_selesai < tanggal_mulai then 'date_order' end}`
			];
		case 'sanctions':
			return [
				`{'col': ${header('tanggal_selesai')}, 'val': cast(tanggal_selesai as varchar), 'rule':
					case when tanggal_selesai < tanggal_mulai then 'date_order' end}`
			];
		case 'punches':
			return [
				`{'col': ${header('pin')}, 'val': pin, 'rule': case when pin is not null and nip is null
					then 'pin_unmapped' end}`
			];
		default:
			return [];
	}
}
