import { quoteLiteral, type Db } from '../db/connection.js';
import { RULES } from './rules.js';

// Sentinels that survive a message builder untouched, so each builder becomes an SQL template once.
const COLUMN = '\u0001column\u0001';
const VALUE = '\u0001value\u0001';
const DETAIL = '\u0001detail\u0001';

/** Rule codes whose rows are kept out of the warehouse, as an SQL list body: 'a', 'b'. */
export const ERROR_RULES_SQL = Object.entries(RULES)
	.filter(([, rule]) => rule.severity === 'error')
	.map(([code]) => quoteLiteral(code))
	.join(', ');

/**
 * Installs `ref_rule(rule, severity, template_id, template_en)` from the rule catalogue and the
 * `fill_template` macro, so messages for millions of rejected cells are written by DuckDB, not row by row in JS.
 */
export async function installRuleTable(db: Db): Promise<void> {
	await db.run(`create or replace temp table ref_rule (
		rule VARCHAR, severity VARCHAR, template_id VARCHAR, template_en VARCHAR)`);
	for (const [code, rule] of Object.entries(RULES)) {
		const text = rule.message({ column: COLUMN, value: VALUE, detail: DETAIL });
		await db.run(`insert into ref_rule values ($rule, $severity, $id, $en)`, {
			rule: code,
			severity: rule.severity,
			id: toTemplate(text.id),
			en: toTemplate(text.en)
		});
	}
	// A builder writes " (detail)" only when it has one: without a detail the parentheses go too.
	await db.run(`create or replace temp macro fill_template(t, col, val, detail) as
		replace(replace(replace(
			case when detail is null then replace(t, ' ({detail})', '') else t end,
			'{column}', coalesce(col, '')), '{value}', coalesce(val, '')), '{detail}', coalesce(detail, ''))`);
}

function toTemplate(text: string): string {
	return text
		.replaceAll(COLUMN, '{column}')
		.replaceAll(VALUE, '{value}')
		.replaceAll(DETAIL, '{detail}');
}
