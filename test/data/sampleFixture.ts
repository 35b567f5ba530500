import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSample } from '../../data/generate/generate.js';
import type { Manifest } from '../../data/generate/manifest.js';

/** Generates a small sample into a fresh temp folder; `cleanup` removes it. */
export async function smallSample(
	employees = 60,
	seed = 20251129
): Promise<{ out: string; manifest: Manifest; cleanup: () => void }> {
	const out = mkdtempSync(join(tmpdir(), 'kinerja-sample-'));
	const manifest = await generateSample({ out, employees, seed, from: 2021, to: 2025 });
	return { out, manifest, cleanup: () => rmSync(out, { recursive: true, force: true }) };
}
