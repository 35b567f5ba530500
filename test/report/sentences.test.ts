import { describe, expect, it } from 'vitest';
import { summarySentences, type SummaryFacts } from '../../web/lib/server/report/sentences.js';

const FACTS: SummaryFacts = {
	year: 2025,
	min: 5,
	employees: { now: 2792, before: 2780 },
	shareGood: { now: 0.815, before: 0.782 },
	curve: { checked: 20, ok: 17 },
	shareMeets20: { now: 0.676, before: 0.674 },
	gap: { competency: 'Mengelola Perubahan', share: 0.213, meanGap: 0.42 },
	targets: { year: 2025, total: 151, competency: 'Integritas', count: 44 },
	unexcusedRate: { now: 0.0021, before: 0.0025 },
	risk: { atRisk: 3, employees: 2886 },
	readiness: {
		top: 'Dinas Pertanian dan Pangan',
		topIndex: 2.781,
		bottom: 'DPMPTSP',
		bottomIndex: -0.96
	},
	feedback: { dialogue: 0.7234, plan: 0.5811 },
	plans: { year: 2024, resolved: 4120, share: 0.4567 },
	awards: { total: 202, satyalancana: 152 },
	satyalancanaEligible: 220,
	quality: { files: 70, rows: 3_361_859, rejected: 59_300, annex: 'B' }
};

describe('summarySentences', () => {
	it('writes the issue’s example sentence from the two shares', () => {
		const texts = summarySentences('id', FACTS).map((s) => s.text);
		expect(texts).toContain(
			'Persentase pegawai berpredikat Baik ke atas naik dari 78,2% pada 2024 menjadi 81,5% pada 2025.'
		);
	});

	it('says "turun" when the share fell, and "hampir tidak berubah" under half a point', () => {
		const down = summarySentences('id', { ...FACTS, shareGood: { now: 0.78, before: 0.81 } });
		expect(down.find((s) => s.figure === 'share_baik_or_better')?.text).toBe(
			'Persentase pegawai berpredikat Baik ke atas turun dari 81,0% pada 2024 menjadi 78,0% pada 2025.'
		);
		const jp = summarySentences('id', FACTS).find((s) => s.figure === 'share_meets_20jp');
		expect(jp?.text).toBe(
			'Pegawai yang memenuhi pengembangan kompetensi paling sedikit 20 JP hampir tidak berubah: 67,4% pada 2024 dan 67,6% pada 2025.'
		);
	});

	it('never prints a small number of people at risk, only that it is under the minimum', () => {
		const risk = summarySentences('id', FACTS).find((s) => s.figure === 'pp94_at_risk');
		expect(risk?.text).toBe(
			'Kurang dari 5 pegawai masuk indikator risiko ketidakhadiran PP 94/2021 pada 2025, sehingga jumlahnya tidak dirinci; ini indikator risiko, bukan sanksi.'
		);
		const many = summarySentences('id', { ...FACTS, risk: { atRisk: 40, employees: 2000 } });
		expect(many.find((s) => s.figure === 'pp94_at_risk')?.text).toContain(
			'2,0% pegawai (40 orang)'
		);
	});

	it('gives one sentence per known figure and none for an unknown one', () => {
		const all = summarySentences('id', FACTS);
		expect(all.map((s) => s.figure)).toEqual([
			'employees',
			'share_baik_or_better',
			'curve_ok',
			'share_meets_20jp',
			'share_below_standard',
			'training_targets',
			'unexcused_rate',
			'pp94_at_risk',
			'resistance_index',
			'share_dialogue',
			'share_plans_followed',
			'awards_given',
			'satyalancana_eligible',
			'rows_rejected'
		]);
		const none = summarySentences('id', {
			...FACTS,
			shareGood: { now: null, before: 0.8 },
			gap: null,
			readiness: null
		});
		expect(none.map((s) => s.figure)).not.toContain('share_baik_or_better');
		expect(none).toHaveLength(all.length - 3);
	});

	it('speaks about feedback, plans and awards from their figures, and drops what is hidden', () => {
		const said = (facts: SummaryFacts, figure: string) =>
			summarySentences('id', facts).find((s) => s.figure === figure)?.text;
		expect(said(FACTS, 'share_dialogue')).toBe(
			'Pada 2025, 72,3% pegawai yang dinilai tercatat melakukan dialog kinerja dengan atasannya dan 58,1% menyepakati rencana pengembangan.'
		);
		expect(said({ ...FACTS, feedback: { dialogue: 0.5, plan: null } }, 'share_dialogue')).toBe(
			'Pada 2025, 50,0% pegawai yang dinilai tercatat melakukan dialog kinerja dengan atasannya.'
		);
		// The plan year is the plans' own (the latest judged), not the report year.
		expect(said(FACTS, 'share_plans_followed')).toBe(
			'Dari 4.120 rencana pengembangan tahun 2024 yang sudah dapat dinilai, 45,7% ditindaklanjuti dengan pelatihan pada kompetensi yang disebut dalam 12 bulan.'
		);
		expect(said(FACTS, 'awards_given')).toBe(
			'Sepanjang 2025 tercatat 202 penghargaan bagi pegawai, 152 di antaranya Satyalancana Karya Satya.'
		);
		expect(said({ ...FACTS, awards: { total: 9, satyalancana: null } }, 'awards_given')).toBe(
			'Sepanjang 2025 tercatat 9 penghargaan bagi pegawai.'
		);
		expect(said(FACTS, 'satyalancana_eligible')).toContain('220 PNS memenuhi syarat');
		const none = summarySentences('id', {
			...FACTS,
			feedback: null,
			plans: null,
			awards: null,
			satyalancanaEligible: null
		}).map((s) => s.figure);
		for (const figure of [
			'share_dialogue',
			'share_plans_followed',
			'awards_given',
			'satyalancana_eligible'
		])
			expect(none).not.toContain(figure);
	});

	it('writes the same figures in English with English number formats', () => {
		const texts = summarySentences('en', FACTS).map((s) => s.text);
		expect(texts).toContain(
			'The share of employees rated Baik or better rose from 78.2% in 2024 to 81.5% in 2025.'
		);
		expect(texts).toContain(
			'In 2025 the city had 2,792 active civil servants, 12 more than the 2,780 of 2024.'
		);
	});
});
