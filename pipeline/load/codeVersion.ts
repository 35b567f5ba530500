import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The package version plus the git commit when there is one: the run log and report manifest cite it. */
export function codeVersion(): string {
	const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
		version: string;
	};
	try {
		const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			cwd: new URL('../..', import.meta.url),
			stdio: ['ignore', 'pipe', 'ignore']
		})
			.toString()
			.trim();
		return `${pkg.version}+${commit}`;
	} catch {
		return pkg.version;
	}
}
