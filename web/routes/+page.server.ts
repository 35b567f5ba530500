import { loadStatus } from '$lib/server/loadStatus.js';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ status: await loadStatus() });
