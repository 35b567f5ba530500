import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyByCode, loadAgencies } from './agencies.js';
import { writeAppraisals } from './appraisal.js';
import { writeAttendance } from './attendance.js';
import { writeAwards } from './awards.js';
import { Calendar, FIRST_YEAR, LAST_YEAR, loadHolidays } from './calendar.js';
import { writeCompetency } from './competency.js';
import type { GenContext } from './context.js';
import { planDevelopment } from './development.js';
import { buildPopulation } from './employees.js';
import { writeFeedback } from './feedback.js';
import { CodeBook, type Manifest } from './manifest.js';
import { writeOrgRatings } from './orgRating.js';
import { buildPatterns } from './patterns.js';
import { buildPlans } from './plans.js';
import { SYSTEM_CHANGE } from './profiles.js';
import { Rng } from './random.js';
import { writeRosters } from './roster.js';
import { writeSanctions } from './sanctions.js';
import { writeTraining } from './training.js';

export interface GenerateOptions {
	out: string;
	employees: number;
	seed: number;
	from: number;
	to: number;
	/** Progress lines (one per file); the CLI prints a summary per kind instead. */
	log?: (line: string) => void;
}

export const DEFAULTS = {
	out: 'data/sample',
	employees: 2800,
	seed: 20251129,
	from: FIRST_YEAR,
	to: LAST_YEAR
} as const;

/** Sub-folders the generator owns under --out: cleared first, so no stale year survives a rerun. */
export const KIND_DIRS = [
	'roster',
	'appraisal',
	'org-rating',
	'attendance',
	'punches',
	'training',
	'competency',
	'feedback',
	'awards',
	'sanctions'
] as const;

export function checkOptions(o: GenerateOptions): void {
	if (!Number.isInteger(o.employees) || o.employees < 30 || o.employees > 100_000)
		throw new RangeError('--employees must be a whole number from 30 to 100000');
	if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff)
		throw new RangeError('--seed must be a whole number from 0 to 4294967295');
	if (
		!Number.isInteger(o.from) ||
		!Number.isInteger(o.to) ||
		o.from < FIRST_YEAR ||
		o.to > LAST_YEAR ||
		o.from > o.to
	) {
		throw new RangeError(
			`--from/--to must satisfy ${FIRST_YEAR} ≤ from ≤ to ≤ ${LAST_YEAR} (holidays and schemes are known for those years)`
		);
	}
}

/** Writes the whole sample under `o.out` and returns its manifest (also written as manifest.json). */
export async function generateSample(o: GenerateOptions): Promise<Manifest> {
	checkOptions(o);
	for (const dir of KIND_DIRS) rmSync(join(o.out, dir), { recursive: true, force: true });
	mkdirSync(o.out, { recursive: true });
	const rng = new Rng(o.seed);
	const agencies = loadAgencies();
	const pop = buildPopulation(rng.fork('population'), {
		employees: o.employees,
		from: o.from,
		to: o.to,
		agencies
	});
	const calendar = new Calendar(loadHolidays());
	const plans = buildPlans(rng.fork('plans'), pop);
	const ctx: GenContext = {
		out: o.out,
		rng,
		pop,
		calendar,
		agencies: agencyByCode(agencies),
		codes: new CodeBook(),
		plans,
		development: planDevelopment(rng.fork('development'), pop, plans, calendar),
		files: [],
		when: new Date(Date.UTC(o.to + 1, 0, 10, 8, 0, 0)),
		log: o.log ?? (() => {})
	};
	await writeRosters(ctx);
	writeOrgRatings(ctx);
	await writeAppraisals(ctx);
	const attendance = await writeAttendance(ctx);
	const jp = await writeTraining(ctx);
	writeCompetency(ctx);
	writeFeedback(ctx);
	writeAwards(ctx);
	writeSanctions(ctx);
	const manifest: Manifest = {
		seed: o.seed,
		employees: o.employees,
		generatedFrom: {
			generator: 'data/generate/cli.ts',
			from: o.from,
			to: o.to,
			holidays: 'data/reference/holidays.csv',
			agencies: 'data/reference/agencies.csv'
		},
		systemChange: { ...SYSTEM_CHANGE },
		patterns: buildPatterns(ctx, attendance, jp),
		files: ctx.files.sort((a, b) => (a.path < b.path ? -1 : 1)),
		codeLists: ctx.codes.toJson()
	};
	writeFileSync(join(o.out, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	return manifest;
}
