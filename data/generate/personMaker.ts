import type { Agency } from './agencies.js';
import { addYears, type Day, day, ymd } from './dates.js';
import type { Employee } from './employees.js';
import {
	adminTitle,
	entryGrade,
	eselon,
	fungsionalRole,
	jptTitle,
	pelaksanaTitle,
	pengawasTitle,
	pppkGrade,
	structuralField
} from './jabatan.js';
import { type Field, type Gender, givenName, type Pendidikan, withTitles } from './names.js';
import { nipPrefix, NipRegistry } from './nip.js';
import { planFor } from './profiles.js';
import type { Rng } from './random.js';
import type { Slot } from './staffing.js';

/** Makes employees for staffing slots: birth, appointment, titles and NIP that agree with each other. */

/** CPNS intakes (TMT) and their share of PNS slots; PPPK intakes with their batch digit. */
const CPNS_COHORTS: readonly [Day, number][] = [
	[day(2021, 1, 1), 0.006],
	[day(2022, 6, 1), 0.01],
	[day(2024, 6, 1), 0.012],
	[day(2025, 6, 1), 0.012]
];
const PPPK_COHORTS: readonly [Day, number, number][] = [
	[day(2022, 3, 1), 1, 0.4],
	[day(2022, 10, 1), 2, 0.15],
	[day(2023, 8, 1), 1, 0.2],
	[day(2024, 3, 1), 1, 0.15],
	[day(2025, 3, 1), 1, 0.1]
];

export class PersonMaker {
	private readonly nips = new NipRegistry();

	constructor(
		private readonly rng: Rng,
		private readonly from: number,
		private readonly to: number,
		private readonly agencies: Map<string, Agency>
	) {}

	/** Someone in post at the end of the span (possibly hired during it). */
	staying(slot: Slot): Employee {
		const rng = this.rng;
		const small = planFor(slot.agency).small === true;
		if (slot.type === 'PPPK') {
			const cohorts = PPPK_COHORTS.filter(([d]) => ymd(d).y >= this.from && ymd(d).y <= this.to);
			const [tmt, batch] = rng.weighted(cohorts.map((c) => [c, c[2]] as const));
			return this.person(slot, tmt, addYears(tmt, -rng.int(25, 44)) - rng.int(0, 364), batch);
		}
		const hires = CPNS_COHORTS.filter(([d]) => ymd(d).y >= this.from && ymd(d).y <= this.to);
		const canHire = !small && (slot.jenis === 'Fungsional' || slot.jenis === 'Pelaksana');
		for (const [tmt, share] of hires) {
			if (canHire && rng.chance(share * 4)) {
				return this.person(slot, tmt, addYears(tmt, -rng.int(22, 34)) - rng.int(0, 364));
			}
		}
		const minAge = { JPT: 46, Administrator: 40, Pengawas: 33 }[slot.jenis as string] ?? 24;
		const ageEnd = Math.max(minAge, this.to - this.from + 23, ageDraw(rng));
		const birth = day(this.to - ageEnd, rng.int(1, 12), rng.int(1, 28));
		const service = rng.int(
			this.to - this.from + 1,
			Math.max(this.to - this.from + 1, ageEnd - 21)
		);
		const tmt = day(
			this.to - service,
			rng.weighted([
				[1, 4],
				[3, 3],
				[4, 1],
				[12, 1],
				[6, 1]
			] as const),
			1
		);
		return this.person(slot, tmt, birth);
	}

	/** Someone who leaves during year `y`: retirement at BUP, death, or a move out of the city. */
	leaving(rng: Rng, reason: string, y: number, codes: string[]): Employee {
		const code = rng.weighted(
			codes.filter((c) => !planFor(c).small).map((c) => [c, planFor(c).weight] as const)
		);
		const f = planFor(code).fungsional;
		const jenis = rng.weighted([
			['Fungsional', f],
			['Pelaksana', (1 - f) * 0.75],
			['Pengawas', (1 - f) * 0.2],
			['Administrator', (1 - f) * 0.05]
		] as const);
		const slot: Slot = { agency: code, jenis, type: 'PNS', index: rng.int(0, 5) };
		const month = rng.int(1, 12);
		let birth: Day;
		let end: Day;
		if (reason === 'pensiun') {
			const bupAge = jenis === 'Fungsional' ? 60 : 58;
			end = day(y, month, 1);
			const bup = end - rng.int(1, 28);
			birth = addYears(bup, -bupAge);
		} else {
			end = reason === 'pindah' ? day(y, month, 1) : day(y, month, rng.int(1, 28));
			birth = addYears(end, -rng.int(30, 56)) - rng.int(0, 364);
		}
		const ageAtEnd = ymd(end).y - ymd(birth).y;
		const tmt = day(ymd(end).y - rng.int(5, Math.max(5, ageAtEnd - 21)), rng.int(1, 12), 1);
		const e = this.person(slot, Math.min(tmt, day(this.from - 1, 12, 1)), birth);
		e.end = end;
		e.endReason =
			{ pensiun: 'Pensiun (BUP)', meninggal: 'Meninggal dunia', pindah: 'Pindah ke luar daerah' }[
				reason
			] ?? reason;
		if (reason === 'pensiun') e.retireAge = ymd(end).y - ymd(birth).y;
		return e;
	}

	private person(slot: Slot, tmt: Day, birth: Day, batch = 1): Employee {
		const rng = this.rng;
		const agency = this.agencies.get(slot.agency);
		if (!agency) throw new Error(`unknown agency ${slot.agency}`);
		const age = this.to - ymd(birth).y;
		const gender: Gender = rng.chance(femaleShare(slot.agency)) ? 'P' : 'L';
		let title: string;
		let pendidikan: Pendidikan;
		let field: Field;
		let retireAge = 58;
		if (slot.jenis === 'Fungsional') {
			const role = fungsionalRole(rng, slot.agency, age, slot.type === 'PPPK');
			({ title, pendidikan, field, retireAge } = role);
		} else if (slot.jenis === 'Pelaksana') {
			({ title, pendidikan, field } = pelaksanaTitle(rng));
		} else {
			title =
				slot.jenis === 'JPT'
					? jptTitle(agency, slot.index)
					: slot.jenis === 'Administrator'
						? adminTitle(agency, slot.index)
						: pengawasTitle(agency, slot.index);
			field = structuralField(rng, slot.agency);
			pendidikan =
				slot.jenis === 'Pengawas'
					? rng.chance(0.25)
						? 'S-2'
						: 'S-1'
					: rng.chance(0.7)
						? 'S-2'
						: 'S-1';
			retireAge = slot.jenis === 'JPT' ? 60 : 58;
		}
		const core = givenName(rng, gender);
		const name = withTitles(rng, core, { gender, birthYear: ymd(birth).y, pendidikan, field });
		const nip = this.nips.issue(nipPrefix(slot.type, birth, tmt, gender, batch));
		return {
			id: 0,
			nip,
			type: slot.type,
			gender,
			birth,
			tmt,
			name,
			core,
			pendidikan,
			field,
			jenis: slot.jenis,
			jabatan: title,
			eselon: eselon(slot.jenis, slot.agency, title),
			entryGrade: entryGrade(pendidikan, field),
			pppkGrade: pppkGrade(pendidikan),
			retireAge,
			end: null,
			endReason: null,
			postings: [{ from: tmt, agency: slot.agency }],
			punctuality: Math.exp(rng.normal(0, 0.55)),
			performance: rng.normal(0, 1),
			studyYear: null
		};
	}
}

/** Age at the end of the span: Indonesian local government skews old (many born 1966–1980). */
function ageDraw(rng: Rng): number {
	const band = rng.weighted([
		[[25, 34], 2],
		[[35, 44], 2.5],
		[[45, 54], 3.5],
		[[55, 57], 2]
	] as const);
	return rng.int(band[0], band[1]);
}

function femaleShare(code: string): number {
	if (code === 'DISDIKBUD') return 0.72;
	if (code === 'DINKES' || code === 'RSUD') return 0.75;
	if (code === 'SATPOLPP' || code === 'DAMKAR' || code === 'DISHUB') return 0.2;
	return 0.45;
}
