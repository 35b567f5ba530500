import { describe, expect, it } from 'vitest';
import { agencyInName, dateInName, fileContext } from '../../pipeline/load/fileContext.js';
import { punches, roster, attendance } from '../../pipeline/kinds/index.js';
import { PipelineError } from '../../pipeline/errors.js';

describe('dateInName', () => {
	it.each([
		['roster/pegawai_2025-12-31.csv', '2025-12-31'],
		['SIMPEG 20231231.xlsx', '2023-12-31'],
		['daftar-pegawai-31-12-2022.csv', '2022-12-31'],
		['pegawai.csv', null],
		['pegawai_2025-13-01.csv', null]
	])('%s → %s', (name, expected) => {
		expect(dateInName(name)).toBe(expected);
	});
});

describe('agencyInName', () => {
	it.each([
		['punches/attlog_DISHUB_2025.dat', 'DISHUB'],
		['pin_map_dishub.csv', 'DISHUB'],
		['attlog_KEC_GP.dat', 'KEC_GP'],
		['attlog.dat', null]
	])('%s → %s', (name, expected) => {
		expect(agencyInName(name)).toBe(expected);
	});
});

describe('fileContext', () => {
	it('takes --as-of over the file name for a roster', () => {
		expect(fileContext(roster, 'pegawai_2024-12-31.csv', { asOf: '2025-01-31' })).toEqual({
			asOf: '2025-01-31'
		});
	});

	it('refuses a roster without a snapshot date, saying how to give one', () => {
		expect(() => fileContext(roster, 'pegawai.csv', {})).toThrow(PipelineError);
		expect(() => fileContext(roster, 'pegawai.csv', {})).toThrow(/--as-of/);
	});

	it('refuses a punch log whose device is unknown', () => {
		expect(() => fileContext(punches, 'attlog.dat', {})).toThrow(/--device/);
	});

	it('needs nothing for other kinds', () => {
		expect(fileContext(attendance, 'x.csv', {})).toEqual({});
	});
});
