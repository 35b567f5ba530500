import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { ManifestFile, RuleCounts, RowRule } from '../../data/generate/manifest.js';
import { type Col, type ColType, headerKey, KINDS } from './kindRules.js';
import type { SampleTable } from './readSample.js';

export { headerKey };

/**
 * An independent validator for the generated sample (tests only). It knows the rules table, the code
 * lists of exports.md/domain.md and the header variants, and recounts what the manifest promises.
 */

export interface Recount {
	dataRows: number;
	rejects: RuleCounts;
	warnings: RuleCounts;
	duplicates: number;
	/** Lines that break more than one rule (the generator promises one defect per bad row). */
	multi: number[];
	/** Header cells no column of the kind explains. */
	unmapped: string[];
}

export function agencyKeys(path: URL): Set<string> {
	const rows = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
	return new Set(
		rows.flatMap((r) =>
			[r.code ?? '', r.name ?? '', r.short_name ?? '', ...(r.aliases ?? '').split('|')]
				.filter(Boolean)
				.map(headerKey)
		)
	);
}

export function recount(
	file: ManifestFile,
	table: SampleTable,
	agencies: Set<string>,
	pins?: Set<string>
): Recount {
	const spec = KINDS[file.kind];
	if (!spec) throw new Error(`no spec for ${file.kind}`);
	const header =
		file.kind === 'punches'
			? ['pin', 'waktu', 'status', 'verify', 'workcode', 'f6', 'f7', 'f8', 'f9', 'f10']
			: table.header;
	const map = header.map(
		(h) => Object.entries(spec.cols).find(([, c]) => c.aliases.includes(headerKey(h)))?.[0] ?? null
	);
	const unmapped = header.filter((_, i) => map[i] === null && header[i] !== '');
	const out: Recount = {
		dataRows: table.rows.length,
		rejects: {},
		warnings: {},
		duplicates: 0,
		multi: [],
		unmapped
	};
	const bump = (counts: RuleCounts, rule: RowRule, n = 1) =>
		(counts[rule] = (counts[rule] ?? 0) + n);
	const good = new Map<string, { full: string; lines: number[] }>();
	let footer = false;
	for (const row of table.rows) {
		const first = row.cells.find((c) => c.trim() !== '') ?? '';
		if (footer || /^(jumlah|total)\b/i.test(first.trim())) {
			footer = true;
			bump(out.rejects, 'not_data_row');
			continue;
		}
		const values: Record<string, string> = {};
		const problems: RowRule[] = [];
		header.forEach((_, i) => {
			const name = map[i];
			if (!name) return;
			const col = spec.cols[name] as Col;
			const raw = (row.cells[i] ?? '').trim();
			const missing = raw === '' || raw === '-' || raw.toUpperCase() === 'NULL';
			if (missing) {
				if (col.required) problems.push('required_missing');
				return;
			}
			const rule = check(col.type, raw, agencies);
			if (rule) problems.push(rule);
			values[name] = normal(col.type, raw);
		});
		for (const name of Object.keys(spec.cols))
			if (spec.cols[name]?.required && !map.includes(name)) problems.push('required_missing');
		if (spec.order && problems.length === 0) {
			const [a, b] = spec.order;
			if (values[a] && values[b] && (values[b] as string) < (values[a] as string))
				problems.push('date_order');
		}
		if (file.kind === 'punches' && problems.length === 0 && pins && !pins.has(values.pin ?? ''))
			problems.push('pin_unmapped');
		if (problems.length > 1) out.multi.push(row.line);
		if (problems[0]) {
			bump(out.rejects, problems[0]);
			continue;
		}
		if (
			file.kind === 'appraisal' &&
			values.hasil &&
			values.perilaku &&
			values.predikat &&
			matrix(values.hasil, values.perilaku) !== values.predikat
		)
			bump(out.warnings, 'predikat_contradicts_matrix');
		const k = spec.key
			.map((c) => (c === 'periode' ? (values[c] ?? 'tahunan') : (values[c] ?? '')))
			.join('|');
		const full = row.cells.join('\u0001');
		const g = good.get(k);
		if (g) {
			g.lines.push(row.line);
			if (g.full !== full) g.full = '\u0000conflict';
		} else good.set(k, { full, lines: [row.line] });
	}
	for (const g of good.values()) {
		if (g.lines.length < 2) continue;
		if (g.full === '\u0000conflict') bump(out.rejects, 'duplicate_conflict', g.lines.length);
		else out.duplicates += g.lines.length - 1;
	}
	return out;
}

function check(type: ColType, raw: string, agencies: Set<string>): RowRule | null {
	switch (type.t) {
		case 'nip':
			return nipRule(raw);
		case 'date':
			return isoDate(raw.replace(/^[A-Za-z]+,\s*/, '')) ? null : 'date_invalid';
		case 'timestamp': {
			const m = /^(\S+) (\d{2}):(\d{2}):(\d{2})$/.exec(raw);
			return m && isoDate(m[1] ?? '') && Number(m[2]) < 24 && Number(m[3]) < 60
				? null
				: 'date_invalid';
		}
		case 'time': {
			const m = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/.exec(raw);
			return m && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60
				? null
				: 'time_invalid';
		}
		case 'int':
		case 'number': {
			const ok = type.t === 'int' ? /^[+-]?\d+$/.test(raw) : /^[+-]?\d+([.,]\d+)?$/.test(raw);
			if (!ok) return 'number_invalid';
			const n = Number(raw.replace(',', '.'));
			return n < type.min || n > type.max ? 'out_of_range' : null;
		}
		case 'code':
			return type.list.has(headerKey(raw)) ? null : 'unknown_code';
		case 'agency':
			return agencies.has(headerKey(raw)) ? null : 'unknown_agency';
		default:
			return null;
	}
}

function normal(type: ColType, raw: string): string {
	if (type.t === 'nip') return raw.replace(/^="|"$|^'|[ .]/g, '');
	if (type.t === 'date') return isoDate(raw.replace(/^[A-Za-z]+,\s*/, '')) ?? raw;
	if (type.t === 'code' || type.t === 'agency') return headerKey(raw);
	return raw;
}

/** yyyy-mm-dd, dd/mm/yyyy or dd-mm-yyyy → ISO, or null when it is no calendar date. */
export function isoDate(text: string): string | null {
	const isoForm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const dmyForm = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(text);
	const [y, mo, d] = isoForm
		? [isoForm[1], isoForm[2], isoForm[3]]
		: dmyForm
			? [dmyForm[3], dmyForm[2], dmyForm[1]]
			: [];
	if (!y || !mo || !d) return null;
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
	const same =
		date.getUTCFullYear() === Number(y) &&
		date.getUTCMonth() === Number(mo) - 1 &&
		date.getUTCDate() === Number(d);
	return same ? `${y}-${mo}-${d}` : null;
}

/** The NIP rules of the shared rules table (domain.md §6). */
export function nipRule(raw: string): RowRule | null {
	if (/^[+-]?\d+([.,]\d+)?e\+?\d+$/i.test(raw)) return 'nip_excel_mangled';
	const d = raw.replace(/^="|"$|^'|[ .]/g, '');
	if (!/^\d{18}$/.test(d)) return 'nip_format';
	if (d.endsWith('000')) return 'nip_excel_mangled';
	const birth = isoDate(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`);
	if (!birth || d < '1940' || d.slice(0, 4) > '2010') return 'nip_birth_date';
	const by = Number(d.slice(0, 4));
	const year = Number(d.slice(8, 12));
	if (d[12] === '2' && d[13] !== '0') {
		if (year < 2019 || year > 2100 || year < by + 17) return 'nip_appointment';
	} else {
		const month = Number(d.slice(12, 14));
		if (month < 1 || month > 12 || year > 2100) return 'nip_appointment';
		if (`${year}-${d.slice(12, 14)}-31` < `${by + 17}${birth.slice(4)}`) return 'nip_appointment';
	}
	return d[14] === '1' || d[14] === '2' ? null : 'nip_gender';
}

function matrix(hasil: string, perilaku: string): string {
	const [h, p] = [hasil, perilaku].map((r) =>
		r.startsWith('di atas') ? 2 : r.startsWith('sesuai') ? 1 : 0
	);
	if (p === 0) return h === 0 ? 'sangat kurang' : 'kurang misconduct';
	if (h === 0) return 'butuh perbaikan';
	return h === 2 && p === 2 ? 'sangat baik' : 'baik';
}
