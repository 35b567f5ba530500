import type { Browser } from 'playwright-core';

/** Debian's Chromium (shared/stack.md §3.3); KINERJA_CHROMIUM overrides it. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--font-render-hinting=none'
];

/** A PDF object's dictionary text by number (not streams: the page tree and dests are plain). */
function objectText(pdf: string, id: string): string {
	const start = pdf.indexOf(`\n${id} 0 obj\n`);
	if (start < 0) return '';
	const end = pdf.indexOf('\nendobj', start);
	return pdf.slice(start, end < 0 ? undefined : end);
}

/** Page objects in reading order, walking the page tree from the catalogue. */
function pageObjects(pdf: string): string[] {
	const root = /\/Type \/Catalog[\s\S]*?\/Pages (\d+) 0 R/.exec(pdf)?.[1];
	const pages: string[] = [];
	const walk = (id: string, depth: number) => {
		const text = objectText(pdf, id);
		const kids = /\/Kids \[([^\]]*)\]/.exec(text)?.[1];
		if (kids === undefined || depth > 20) {
			pages.push(id);
			return;
		}
		for (const kid of kids.matchAll(/(\d+) 0 R/g)) walk(kid[1] as string, depth + 1);
	};
	if (root) walk(root, 0);
	return pages;
}

/**
 * The 1-based page of every named destination Chromium wrote. Chromium names one for each element
 * id that a link points to, so the contents' links tell where each heading was printed.
 */
export function destinationPages(pdfBytes: Uint8Array): Map<string, number> {
	const pdf = Buffer.from(pdfBytes).toString('latin1');
	const pages = pageObjects(pdf);
	const index = new Map(pages.map((id, i) => [id, i + 1]));
	const dests = /\/Type \/Catalog[\s\S]*?\/Dests (\d+) 0 R/.exec(pdf)?.[1];
	const out = new Map<string, number>();
	if (!dests) return out;
	for (const m of objectText(pdf, dests).matchAll(/\/([\w.-]+) \[(\d+) 0 R/g)) {
		const page = index.get(m[2] as string);
		if (page !== undefined) out.set(m[1] as string, page);
	}
	return out;
}

export function pageCount(pdfBytes: Uint8Array): number {
	return pageObjects(Buffer.from(pdfBytes).toString('latin1')).length;
}

/**
 * Sets the PDF's CreationDate and ModDate (the only fields Chromium varies between runs) to the
 * report's own date, in place: same length, so no cross-reference offset moves.
 */
export function pinPdfDates(pdfBytes: Uint8Array, loadedAt: string | null): Uint8Array {
	const m = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)/.exec(loadedAt ?? '');
	const stamp = m ? `D:${m.slice(1, 7).join('')}+07'00'` : "D:20000101000000+07'00'";
	const text = Buffer.from(pdfBytes).toString('latin1');
	const pinned = text.replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, (whole, field: string) => {
		const replacement = `/${field} (${stamp})`;
		return replacement.length === whole.length ? replacement : whole;
	});
	return Buffer.from(pinned, 'latin1');
}

async function launch(executablePath: string): Promise<Browser> {
	// Loaded by name at run time: playwright-core is a development dependency, so the built server
	// must not bundle it; an installation without it gets a clear error instead of a crash at start.
	const name = 'playwright-core';
	let chromium: typeof import('playwright-core').chromium;
	try {
		({ chromium } = (await import(/* @vite-ignore */ name)) as typeof import('playwright-core'));
	} catch {
		throw new Error(
			'playwright-core tidak terpasang: jalankan `npm install` (dependensi pengembangan). / ' +
				'playwright-core is not installed: run `npm install` (development dependencies).'
		);
	}
	return chromium.launch({ executablePath, args: LAUNCH_ARGS });
}

export interface PrintResult {
	html: string;
	pdf: Uint8Array;
	pages: number;
	/** Element id → page, as read from the final print. */
	toc: Map<string, number>;
}

/**
 * Prints the report with headless Chromium. The contents need the page of each heading, which only
 * the print knows: print once, read the pages from the PDF's destinations, fill them in and print
 * again, until the numbers no longer change (page numbers have a fixed width, so one round is
 * usually enough). No request leaves the page: everything is inline.
 */
export async function printReport(
	render: (pages: ReadonlyMap<string, number> | null) => string,
	opts: { executablePath?: string; loadedAt: string | null }
): Promise<PrintResult> {
	const browser = await launch(opts.executablePath ?? DEFAULT_CHROMIUM);
	try {
		const page = await browser.newPage();
		await page.route('**/*', (route) => route.abort());
		let toc: Map<string, number> | null = null;
		let html = render(null);
		for (let round = 0; round < 4; round++) {
			await page.setContent(html, { waitUntil: 'load' });
			const pdf = await page.pdf({
				format: 'A4',
				printBackground: true,
				preferCSSPageSize: true,
				outline: true,
				tagged: true
			});
			const found = destinationPages(pdf);
			const same =
				toc !== null &&
				found.size === toc.size &&
				[...found].every(([id, n]) => toc?.get(id) === n);
			if (same || round === 3)
				return {
					html,
					pdf: pinPdfDates(pdf, opts.loadedAt),
					pages: pageCount(pdf),
					toc: found
				};
			toc = found;
			html = render(toc);
		}
		throw new Error('unreachable');
	} finally {
		await browser.close();
	}
}
