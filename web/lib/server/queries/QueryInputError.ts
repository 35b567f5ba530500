/** A bilingual message, as `PipelineError` carries. */
export interface QueryMessage {
	id: string;
	en: string;
}

/**
 * A filter the warehouse does not know (a year out of range, an unknown agency). The web layer turns
 * it into 400 (malformed) or 404 (well-formed but absent); its message is safe to show.
 */
export class QueryInputError extends Error {
	readonly field: string;
	readonly text: QueryMessage;
	/** 'invalid' = malformed (400), 'not_found' = well-formed but unknown (404). */
	readonly reason: 'invalid' | 'not_found';

	constructor(field: string, text: QueryMessage, reason: 'invalid' | 'not_found' = 'invalid') {
		super(`${text.id}\n${text.en}`);
		this.name = 'QueryInputError';
		this.field = field;
		this.text = text;
		this.reason = reason;
	}
}
