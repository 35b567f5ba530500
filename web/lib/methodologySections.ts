/** One heading of sql/METHODOLOGY.md with the text under it; `id` is its `<a id>` anchor. */
export interface MethodSection {
	level: number;
	id: string | null;
	title: string;
	body: string;
}

const HEADING = /^(#{1,6})\s+(?:<a id="([\w-]+)"><\/a>\s*)?(.*)$/;

/** Splits the markdown at its headings, so each anchor becomes a real element id on the page. */
export function methodologySections(markdown: string): MethodSection[] {
	const sections: MethodSection[] = [];
	let current: MethodSection = { level: 1, id: null, title: '', body: '' };
	for (const line of markdown.split('\n')) {
		const match = HEADING.exec(line);
		if (match) {
			if (current.title || current.body.trim()) sections.push(current);
			current = {
				level: match[1]?.length ?? 1,
				id: match[2] ?? null,
				title: match[3] ?? '',
				body: ''
			};
		} else current.body += `${line}\n`;
	}
	sections.push(current);
	return sections.map((section) => ({ ...section, body: section.body.trim() }));
}
