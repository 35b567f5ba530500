import { t, type Lang, type MessageKey } from '../i18n/index.js';

/** The predikat counts a chart needs; the query rows (`PredikatDistributionRow`) have this shape. */
export interface PredikatCounts {
	year: number;
	agency_code: string;
	agency_name: string | null;
	n_appraised: number | null;
	n_sangat_baik: number | null;
	n_baik: number | null;
	n_butuh_perbaikan: number | null;
	n_kurang: number | null;
	n_sangat_kurang: number | null;
	share_baik_or_better: number | null;
	suppressed: boolean;
}

/** Predikat from best to worst (PermenPANRB 6/2022 scale), with their count columns and labels. */
export const PREDIKATS = [
	{ column: 'n_sangat_baik', label: 'predikat.sangat_baik' },
	{ column: 'n_baik', label: 'predikat.baik' },
	{ column: 'n_butuh_perbaikan', label: 'predikat.butuh_perbaikan' },
	{ column: 'n_kurang', label: 'predikat.kurang' },
	{ column: 'n_sangat_kurang', label: 'predikat.sangat_kurang' }
] as const satisfies readonly { column: keyof PredikatCounts; label: MessageKey }[];

/** Rows that can be drawn: not suppressed and with at least one appraisal carrying a predikat. */
export function drawable<R extends PredikatCounts>(rows: readonly R[]): R[] {
	return rows.filter((row) => !row.suppressed && (row.n_appraised ?? 0) > 0);
}

/** Organisation predikat codes of SE MenPANRB 3/2023 (ref_code list `org_predikat`) and their labels. */
const ORG_PREDIKAT_LABELS: Record<string, MessageKey> = {
	ISTIMEWA: 'opd.org.istimewa',
	BAIK: 'opd.org.baik',
	BUTUH_PERBAIKAN: 'opd.org.butuh_perbaikan',
	KURANG: 'opd.org.kurang',
	SANGAT_KURANG: 'opd.org.sangat_kurang'
};

/** An organisation predikat as people read it (`BAIK` → `Baik`); an unknown code shows as itself. */
export function orgPredikatLabel(lang: Lang, code: string | null): string {
	if (code === null) return '–';
	const key = ORG_PREDIKAT_LABELS[code];
	return key ? t(lang, key) : code;
}
