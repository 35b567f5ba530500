import { describe, expect, it } from 'vitest';
import { RULE_CODES, RULES, isRuleCode, ruleMessage } from '../../pipeline/validate/rules.js';

/** The rules table of the brief: code → severity. */
const TABLE: Record<string, 'error' | 'warning'> = {
	required_missing: 'error',
	nip_excel_mangled: 'error',
	nip_format: 'error',
	nip_birth_date: 'error',
	nip_appointment: 'error',
	nip_gender: 'error',
	date_invalid: 'error',
	time_invalid: 'error',
	number_invalid: 'error',
	out_of_range: 'error',
	unknown_code: 'error',
	unknown_agency: 'error',
	predikat_contradicts_matrix: 'warning',
	duplicate_conflict: 'error',
	pin_unmapped: 'error',
	not_data_row: 'error',
	date_order: 'error'
};

describe('RULES', () => {
	it('holds exactly the rules of the shared vocabulary', () => {
		expect([...RULE_CODES].sort()).toEqual(Object.keys(TABLE).sort());
	});

	it.each(Object.entries(TABLE))('%s has severity %s', (code, severity) => {
		expect(isRuleCode(code)).toBe(true);
		if (isRuleCode(code)) expect(RULES[code].severity).toBe(severity);
	});

	it.each(RULE_CODES)('%s speaks Indonesian and English and quotes the value', (code) => {
		const value = 'Nilai-Aneh 42';
		const message = ruleMessage(code, { column: 'Kolom Uji', value, detail: 'batas 0–120' });
		expect(message.id).toContain(`"${value}"`);
		expect(message.en).toContain(`"${value}"`);
		expect(message.id).not.toBe(message.en);
		// Both say what to do next, not only what is wrong.
		expect(message.id.split('. ').length).toBeGreaterThan(1);
		expect(message.en.split('. ').length).toBeGreaterThan(1);
	});

	it.each(RULE_CODES)(
		'%s uses the value only by quoting it (so it can become an SQL template)',
		(code) => {
			const a = ruleMessage(code, { column: 'X', value: 'AAA' });
			const b = ruleMessage(code, { column: 'X', value: 'BBB' });
			expect(a.id.replaceAll('AAA', 'BBB')).toBe(b.id);
			expect(a.en.replaceAll('AAA', 'BBB')).toBe(b.en);
		}
	);

	it('names the column where the rule is about a column', () => {
		for (const code of RULE_CODES) {
			if (
				code.startsWith('nip_') ||
				code === 'predikat_contradicts_matrix' ||
				code === 'pin_unmapped'
			) {
				continue;
			}
			expect(ruleMessage(code, { column: 'Tgl. Lahir', value: 'x' }).en, code).toContain(
				'"Tgl. Lahir"'
			);
		}
	});

	it('tells the officer how to fix an Excel-mangled NIP', () => {
		const m = ruleMessage('nip_excel_mangled', { column: 'NIP', value: '1.98609E+17' });
		expect(m.id).toBe(
			'NIP "1.98609E+17" sudah dirusak Excel (notasi ilmiah atau angka yang dibulatkan, digit hilang). Format kolom NIP sebagai Teks di Excel lalu ekspor ulang.'
		);
		expect(m.en).toBe(
			'NIP "1.98609E+17" was mangled by Excel (scientific notation or a rounded number, digits lost). Format the NIP column as Text in Excel and export again.'
		);
	});

	it('names an empty value instead of quoting nothing', () => {
		const m = ruleMessage('required_missing', { column: 'NIP', value: null });
		expect(m.id).toContain('(kosong)');
		expect(m.en).toContain('(empty)');
		expect(ruleMessage('required_missing', { column: 'NIP', value: '-' }).en).toContain('"-"');
	});

	it('includes the detail when the checker gives one', () => {
		const m = ruleMessage('out_of_range', { column: 'Nilai', value: '130', detail: '0–120' });
		expect(m.id).toContain('(0–120)');
		expect(m.en).toContain('(0–120)');
		expect(ruleMessage('out_of_range', { column: 'Nilai', value: '130' }).en).not.toContain('()');
	});

	it('cuts very long values', () => {
		const m = ruleMessage('unknown_code', { column: 'Status', value: 'x'.repeat(500) });
		expect(m.en.length).toBeLessThan(400);
		expect(m.en).toContain('…');
	});
});
