/**
 * The small part of Markdown that sql/METHODOLOGY.md uses, to HTML for the methodology annex:
 * headings with `<a id>` anchors, paragraphs, bullet lists (with continuation lines), tables, bold,
 * italics, code and links. Anchors become `m-<id>` so they cannot clash with the report's own ids;
 * links to anchors in the file stay inside the report, links elsewhere become plain text.
 */

export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

const ANCHOR = /<a id="([\w-]+)"><\/a>/g;

/** Inline Markdown of one line of text (already stripped of block markers). */
function inline(text: string, anchors: ReadonlySet<string>): string {
	const parts: string[] = [];
	// Code spans first: nothing inside them is formatted.
	const pieces = text.split(/(`[^`]*`)/);
	for (const piece of pieces) {
		if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1) {
			parts.push(`<code>${escapeHtml(piece.slice(1, -1))}</code>`);
			continue;
		}
		let html = escapeHtml(piece.replace(ANCHOR, '\uE000$1\uE001'));
		html = html
			.replace(/\uE000([\w-]+)\uE001/g, '<span id="m-$1"></span>')
			.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
			.replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\*)/g, '$1<em>$2</em>')
			.replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_whole, label: string, target: string) => {
				const anchor = /#([\w-]+)$/.exec(target)?.[1];
				return anchor && anchors.has(anchor) ? `<a href="#m-${anchor}">${label}</a>` : label;
			});
		parts.push(html);
	}
	return parts.join('');
}

function tableHtml(lines: string[], anchors: ReadonlySet<string>): string {
	const cells = (line: string) =>
		line
			.trim()
			.replace(/^\||\|$/g, '')
			.split('|')
			.map((cell) => inline(cell.trim(), anchors));
	const [head, , ...body] = lines;
	const th = cells(head ?? '')
		.map((cell) => `<th scope="col">${cell}</th>`)
		.join('');
	const rows = body
		.map(
			(line) =>
				`<tr>${cells(line)
					.map((cell) => `<td>${cell}</td>`)
					.join('')}</tr>`
		)
		.join('\n');
	return `<table class="md"><thead><tr>${th}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Every `<a id>` anchor in the text (to keep links to them inside the report). */
export function markdownAnchors(markdown: string): Set<string> {
	return new Set([...markdown.matchAll(ANCHOR)].map((m) => m[1] as string));
}

/**
 * HTML of the Markdown text; headings are shifted by `shift` levels (the file's `##` becomes the
 * annex's `h3` with shift 1).
 */
export function markdownToHtml(markdown: string, shift = 0): string {
	const anchors = markdownAnchors(markdown);
	const out: string[] = [];
	const lines = markdown.split('\n');
	let i = 0;
	while (i < lines.length) {
		const line = lines[i] as string;
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (heading) {
			const level = Math.min(6, (heading[1]?.length ?? 1) + shift);
			const id = /<a id="([\w-]+)"><\/a>/.exec(heading[2] ?? '')?.[1];
			const text = inline((heading[2] ?? '').replace(ANCHOR, '').trim(), anchors);
			out.push(`<h${level}${id ? ` id="m-${id}"` : ''}>${text}</h${level}>`);
			i++;
		} else if (/^\s*\|/.test(line)) {
			const block: string[] = [];
			while (i < lines.length && /^\s*\|/.test(lines[i] as string))
				block.push(lines[i++] as string);
			out.push(tableHtml(block, anchors));
		} else if (/^- /.test(line)) {
			const items: string[] = [];
			while (i < lines.length && /^(- |\s{2,}\S)/.test(lines[i] as string)) {
				const current = lines[i++] as string;
				if (current.startsWith('- ')) items.push(current.slice(2));
				else items[items.length - 1] += ` ${current.trim()}`;
			}
			out.push(`<ul>${items.map((item) => `<li>${inline(item, anchors)}</li>`).join('')}</ul>`);
		} else if (/^-{3,}\s*$/.test(line) || line.trim() === '') {
			i++;
		} else {
			const para: string[] = [];
			while (
				i < lines.length &&
				(lines[i] as string).trim() !== '' &&
				!/^(#|- |\s*\||-{3,})/.test(lines[i] as string)
			)
				para.push((lines[i++] as string).trim());
			out.push(`<p>${inline(para.join(' '), anchors)}</p>`);
		}
	}
	return out.join('\n');
}
