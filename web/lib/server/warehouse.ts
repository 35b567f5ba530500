import { env } from '$env/dynamic/private';
import { WarehouseReader } from '../../../pipeline/db/warehouseReader.js';

/**
 * The dashboard's one handle on the warehouse: read-only, reopened when a load swaps in a new file,
 * so pages keep answering during a load and show the new data after it (README "Architecture").
 */
export const warehouse = new WarehouseReader(env.KINERJA_DB ?? 'data/warehouse.duckdb');
