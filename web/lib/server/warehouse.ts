import { env } from '$env/dynamic/private';
import { WarehouseReader } from '../../../pipeline/db/warehouseReader.js';
import { CachedWarehouse } from './cachedWarehouse.js';

/**
 * The dashboard's one handle on the warehouse: read-only, reopened when a load swaps in a new file,
 * so pages keep answering during a load and show the new data after it (README "Architecture").
 * Query results are kept per warehouse file (cachedWarehouse.ts) unless KINERJA_QUERY_CACHE=off.
 */
export const warehouse = new CachedWarehouse(
	new WarehouseReader(env.KINERJA_DB ?? 'data/warehouse.duckdb'),
	{ enabled: env.KINERJA_QUERY_CACHE !== 'off', maxEntries: 1000 }
);
