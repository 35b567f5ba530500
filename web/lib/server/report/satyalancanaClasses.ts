import type { Db } from '../../../../pipeline/db/connection.js';
import { checkYear } from '../queries/filters.js';

/** Eligible PNS of a year by the Satyalancana class due (METHODOLOGY #satyalancana): counts only. */
export type SatyalancanaClassCount = {
	award_class: string;
	label_id: string;
	label_en: string;
	n_eligible: number;
};

/**
 * The eligible PNS of a year counted by class (X, XX, XXX; a class with nobody gives 0). The
 * dashboard's `satyalancanaSummary` counts by reason only; the report splits "eligible" by class.
 * Raw counts: the report applies its minimum and complementary suppression before printing.
 */
export async function satyalancanaEligibleByClass(
	db: Db,
	params: { year: number }
): Promise<SatyalancanaClassCount[]> {
	const year = await checkYear(db, params.year);
	return db.all<SatyalancanaClassCount>(
		`select classes.award_class, classes.label_id, classes.label_en,
			count(eligibility.nip)::integer as n_eligible
		from ref_satyalancana_class as classes
		left join agg_satyalancana_eligibility as eligibility
			on eligibility.award_class = classes.award_class
			and eligibility.year = $year and eligibility.eligible
		group by all
		order by any_value(classes.min_service_years), classes.award_class`,
		{ year }
	);
}
