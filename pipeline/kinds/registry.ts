import type { ExportKind } from '../types.js';
import type { KindSpec } from './KindSpec.js';
import { appraisal } from './appraisal.js';
import { attendance } from './attendance.js';
import { awards } from './awards.js';
import { competency } from './competency.js';
import { feedback } from './feedback.js';
import { orgRating } from './orgRating.js';
import { pinMap, punches } from './punches.js';
import { roster } from './roster.js';
import { sanctions } from './sanctions.js';
import { training } from './training.js';

/** Every kind, in the order a run loads them: mappings and rosters before the rows that refer to them. */
export const KIND_SPECS: readonly KindSpec[] = [
	roster,
	pinMap,
	orgRating,
	appraisal,
	attendance,
	punches,
	training,
	competency,
	feedback,
	awards,
	sanctions
];

export function kindSpec(kind: ExportKind): KindSpec {
	const spec = KIND_SPECS.find((s) => s.kind === kind);
	if (!spec) throw new Error(`no spec for kind ${kind}`);
	return spec;
}
