import { lurahCount, jptCount, type JenisJabatan } from './jabatan.js';
import { AGENCY_PLANS, MIN_PATTERN_SIZE, planFor } from './profiles.js';
import type { Rng } from './random.js';

/** Headcount per agency and the mix of positions in it, at the end of the generated span. */

export interface Slot {
	agency: string;
	jenis: JenisJabatan;
	type: 'PNS' | 'PPPK';
	/** Index among slots of the same jenis in the agency (picks the title). */
	index: number;
}

/** Registered ASN of Kota Bukittinggi on 5 Nov 2024: 2,284 PNS + 508 PPPK (domain.md §7). */
export const PPPK_SHARE = 508 / 2792;

/** Largest-remainder apportionment of `total` over weights, with per-item minimums. */
export function apportion(weights: readonly number[], total: number, minimums: readonly number[]) {
	const sum = weights.reduce((a, b) => a + b, 0);
	const out = weights.map((w, i) => Math.max(minimums[i] ?? 0, Math.floor((w / sum) * total)));
	const order = weights
		.map((w, i) => ({ i, frac: (w / sum) * total - Math.floor((w / sum) * total) }))
		.sort((a, b) => b.frac - a.frac || a.i - b.i);
	let left = total - out.reduce((a, b) => a + b, 0);
	for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]?.i ?? 0]! += 1;
	// Minimums can overshoot: take back from the biggest.
	while (left < 0) {
		const big = out.indexOf(Math.max(...out));
		out[big]! -= 1;
		left++;
	}
	return out;
}

export function agencySizes(codes: readonly string[], employees: number): Map<string, number> {
	const weights = codes.map((c) => planFor(c).weight);
	const minimums = codes.map((c) => {
		const plan = planFor(c);
		return plan.trend !== 'steady' && employees >= 200 ? MIN_PATTERN_SIZE : 1;
	});
	const sizes = apportion(weights, employees, minimums);
	return new Map(codes.map((c, i) => [c, sizes[i] ?? 0]));
}

/** PPPK are mostly teachers and health workers (the 2021–2024 formations). */
function pppkWeights(code: string): number {
	if (code === 'DISDIKBUD') return 65;
	if (code === 'DINKES') return 15;
	if (code === 'RSUD') return 10;
	const plan = AGENCY_PLANS[code];
	return plan && !plan.small ? plan.weight / 100 : 0;
}

export function planSlots(
	rng: Rng,
	sizes: Map<string, number>,
	withPppk: boolean
): Map<string, Slot[]> {
	const codes = [...sizes.keys()];
	const total = [...sizes.values()].reduce((a, b) => a + b, 0);
	const pppkTotal = withPppk ? Math.round(total * PPPK_SHARE) : 0;
	const pppk = new Map(codes.map((c) => [c, 0]));
	for (let k = 0; k < pppkTotal; k++) {
		const open = codes.filter((c) => (pppk.get(c) ?? 0) < Math.floor((sizes.get(c) ?? 0) * 0.4));
		if (open.length === 0) break;
		const code = rng.weighted(open.map((c) => [c, pppkWeights(c)] as const));
		pppk.set(code, (pppk.get(code) ?? 0) + 1);
	}
	return new Map(codes.map((c) => [c, agencySlots(c, sizes.get(c) ?? 0, pppk.get(c) ?? 0)]));
}

function agencySlots(code: string, size: number, pppk: number): Slot[] {
	const pns = size - pppk;
	const kec = code.startsWith('KEC_');
	const jpt = pns >= 3 ? Math.min(jptCount(code), Math.max(1, Math.floor(pns / 6))) : 0;
	const admin = pns >= 4 ? (kec ? 2 : clamp(Math.round(pns * 0.05), 1, 8)) : 0;
	const pengawasCap = code === 'DISDIKBUD' ? 15 : 25;
	const pengawas =
		pns >= 5
			? kec
				? Math.min(lurahCount(code) + 1, Math.floor(pns * 0.3))
				: clamp(Math.round(pns * 0.1), 1, pengawasCap)
			: 0;
	let fungsional = Math.round(pns * planFor(code).fungsional);
	fungsional = Math.min(fungsional, pns - jpt - admin - pengawas);
	const pelaksana = Math.max(0, pns - jpt - admin - pengawas - fungsional);
	const slots: Slot[] = [];
	const add = (jenis: JenisJabatan, n: number, type: 'PNS' | 'PPPK') => {
		for (let i = 0; i < n; i++) slots.push({ agency: code, jenis, type, index: i });
	};
	add('JPT', jpt, 'PNS');
	add('Administrator', admin, 'PNS');
	add('Pengawas', pengawas, 'PNS');
	add('Fungsional', fungsional, 'PNS');
	add('Pelaksana', pelaksana, 'PNS');
	const frontline = code === 'DISDIKBUD' || code === 'DINKES' || code === 'RSUD';
	const pppkFungsional = frontline ? pppk : Math.round(pppk * 0.5);
	add('Fungsional', pppkFungsional, 'PPPK');
	add('Pelaksana', pppk - pppkFungsional, 'PPPK');
	return slots;
}

function clamp(n: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, n));
}
