import type { RunSummary } from '../types.js';

const STATUS: Record<string, string> = {
	loaded: 'dimuat/loaded',
	unchanged: 'tetap/unchanged',
	rejected: 'DITOLAK/REJECTED'
};

/** The end-of-run table an officer reads: one line per file, counts that add up, then the messages. */
export function summaryTable(summary: RunSummary, dryRun: boolean): string {
	const head = [
		'berkas / file',
		'jenis / kind',
		'status',
		'dibaca',
		'dimuat',
		'ditolak',
		'duplikat',
		'diganti'
	];
	const rows = summary.files.map((f) => [
		f.path,
		f.kind ?? '?',
		STATUS[f.status] ?? f.status,
		...[f.rowsRead, f.rowsLoaded, f.rowsRejected, f.rowsDuplicate, f.rowsReplaced].map(fmt)
	]);
	const total = (
		key: 'rowsRead' | 'rowsLoaded' | 'rowsRejected' | 'rowsDuplicate' | 'rowsReplaced'
	) => fmt(summary.files.reduce((sum, f) => sum + f[key], 0));
	rows.push([
		`JUMLAH / TOTAL (${summary.files.length})`,
		'',
		'',
		total('rowsRead'),
		total('rowsLoaded'),
		total('rowsRejected'),
		total('rowsDuplicate'),
		total('rowsReplaced')
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i >= 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
			.join('  ');
	const out = [
		`Run ${summary.runId}${dryRun ? ' (uji coba / dry run: gudang data tidak diubah)' : ''}`,
		line(head),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map(line)
	];
	for (const f of summary.files) {
		for (const m of f.messages) out.push(`  ${f.path}: ${m}`);
	}
	return out.join('\n');
}

function fmt(n: number): string {
	return n.toLocaleString('id-ID');
}
