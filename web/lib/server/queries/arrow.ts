import {
	Bool,
	DateDay,
	Dictionary,
	Float64,
	Int32,
	Table,
	Utf8,
	tableToIPC,
	vectorFromArray,
	type DataType,
	type Vector
} from 'apache-arrow';
import type { Db } from '../../../../pipeline/db/connection.js';
import { dailyAttendance, type DailyAttendanceRow } from './attendance.js';

/**
 * Arrow column kinds (shared/stack.md §3.2): `utf8` for unique strings (NIP), `dictionary` for
 * low-cardinality strings (agency codes), `date` for 'yyyy-mm-dd' strings stored as DateDay.
 */
export type ArrowColumnType = 'utf8' | 'dictionary' | 'float64' | 'int32' | 'date' | 'bool';
export type ArrowColumn<R> = { name: keyof R & string; type: ArrowColumnType };

function toVector(values: unknown[], type: ArrowColumnType): Vector {
	switch (type) {
		case 'utf8':
			return vectorFromArray(values as (string | null)[], new Utf8());
		case 'dictionary':
			return vectorFromArray(values as (string | null)[], new Dictionary(new Utf8(), new Int32()));
		case 'float64':
			return vectorFromArray(values as (number | null)[], new Float64());
		case 'int32':
			return vectorFromArray(values as (number | null)[], new Int32());
		case 'bool':
			return vectorFromArray(values as (boolean | null)[], new Bool());
		case 'date':
			// 'yyyy-mm-dd' is a calendar day: parse as UTC midnight so no time zone shifts it.
			return vectorFromArray(
				values.map((v) => (typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : null)),
				new DateDay() as DataType
			);
	}
}

/** Rows to an Arrow IPC stream with explicit column types (never `tableFromArrays` guessing). */
export function toArrowIPC<R extends Record<string, unknown>>(
	rows: readonly R[],
	columns: readonly ArrowColumn<R>[]
): Uint8Array {
	const vectors: Record<string, Vector> = {};
	for (const column of columns)
		vectors[column.name] = toVector(
			rows.map((row) => row[column.name] ?? null),
			column.type
		);
	return tableToIPC(new Table(vectors), 'stream');
}

export const DAILY_ATTENDANCE_COLUMNS: readonly ArrowColumn<DailyAttendanceRow>[] = [
	{ name: 'agency_code', type: 'dictionary' },
	{ name: 'work_date', type: 'date' },
	{ name: 'recorded_days', type: 'int32' },
	{ name: 'lapse_days', type: 'int32' },
	{ name: 'lapse_rate', type: 'float64' },
	{ name: 'suppressed', type: 'bool' }
];

/** Daily attendance per agency for a year as an Arrow IPC stream (`application/vnd.apache.arrow.stream`). */
export async function dailyAttendanceArrow(
	db: Db,
	params: { year: number; agency?: string }
): Promise<Uint8Array> {
	return toArrowIPC(await dailyAttendance(db, params), DAILY_ATTENDANCE_COLUMNS);
}
