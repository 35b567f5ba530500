import methodology from '../../../sql/METHODOLOGY.md?raw';
import { methodologySections } from '$lib/methodologySections.js';
import type { PageServerLoad } from './$types';

// Bundled at build time: the methodology shown always matches the SQL the server was built with.
export const load: PageServerLoad = () => ({ sections: methodologySections(methodology) });
