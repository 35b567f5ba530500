import { applyDefect, type DefectRule, keyText, type Layout, type Rates } from './defects.js';
import type { FileLedger } from './manifest.js';
import type { Rng } from './random.js';
import type { Cell } from './xlsx.js';

export interface RowOptions {
	/** Never damaged nor duplicated (rows that carry a pattern, or a warning). */
	protect?: boolean;
	/** Builds the conflicting twin of `cells`: same key, another valid value. */
	conflict?: (cells: Cell[]) => Cell[] | null;
	/** Overrides the file's rates for this row (rows of a messy agency in a shared export). */
	rates?: Rates;
}

/** Writes rows through a sink while deciding, per row, on a defect, a duplicate or a conflict. */
export class Emitter {
	private readonly rules: [DefectRule, number][];

	constructor(
		private readonly layout: Layout,
		private readonly ledger: FileLedger,
		private readonly sink: (cells: Cell[]) => void,
		private readonly rng: Rng,
		private readonly rates: Rates
	) {
		this.rules = Object.entries(layout.weights) as [DefectRule, number][];
	}

	/** Writes a row; returns the rule when the row was replaced by a defect row. */
	row(cells: Cell[], options: RowOptions = {}): DefectRule | null {
		const rng = this.rng;
		const rates = options.rates ?? this.rates;
		if (!options.protect && this.rules.length > 0 && rng.chance(rates.defect)) {
			const rule = this.inject(cells);
			if (rule) return rule;
		}
		this.write(cells);
		if (options.protect) return null;
		if (rng.chance(rates.duplicate)) {
			this.write(cells);
			this.ledger.duplicate();
		} else if (options.conflict && rng.chance(rates.conflict)) {
			const twin = options.conflict(cells);
			if (twin) {
				this.write(twin);
				this.ledger.reject('duplicate_conflict', 2);
			}
		}
		return null;
	}

	/** Forces one defect on a row (for small files that must still carry some). */
	defect(cells: Cell[], rule: DefectRule): boolean {
		const bad = applyDefect(this.rng, this.layout, cells, rule);
		if (!bad || !this.ledger.claim(this.keyOf(bad))) return false;
		this.write(bad);
		this.ledger.reject(rule);
		return true;
	}

	/** A row written as is, rejected for `rule` (footers) or loaded with a warning. */
	raw(cells: Cell[]): void {
		this.write(cells);
	}

	private inject(cells: Cell[]): DefectRule | null {
		for (let attempt = 0; attempt < 3; attempt++) {
			const rule = this.rng.weighted(this.rules);
			if (this.defect(cells, rule)) return rule;
		}
		return null;
	}

	private write(cells: Cell[]): void {
		this.sink(cells);
		this.ledger.row();
	}

	private keyOf(cells: Cell[]): string {
		return this.layout.key.map((i) => keyText(cells[i] ?? null)).join('\u0001');
	}
}
