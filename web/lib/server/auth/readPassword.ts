/**
 * Reads passwords for the users CLI. On a terminal nothing is echoed (raw mode, no characters shown);
 * from a pipe (`printf 'secret\n' | npm run users -- add …`, scripts, tests) one line per password.
 */
export interface PasswordInput {
	/** A person at a terminal: worth asking twice, since nothing is echoed. */
	interactive: boolean;
	read(prompt: string): Promise<string>;
	close(): void;
}

export function passwordInput(
	input: NodeJS.ReadStream = process.stdin,
	output: NodeJS.WritableStream = process.stderr
): PasswordInput {
	return input.isTTY ? terminalInput(input, output) : pipedInput(input);
}

function terminalInput(input: NodeJS.ReadStream, output: NodeJS.WritableStream): PasswordInput {
	return {
		interactive: true,
		read(prompt) {
			output.write(prompt);
			input.setRawMode(true);
			input.resume();
			return new Promise((resolve, reject) => {
				let text = '';
				const onData = (chunk: Buffer) => {
					for (const char of chunk.toString('utf8')) {
						if (char === '\r' || char === '\n' || char === '\u0004') {
							finish();
							output.write('\n');
							resolve(text);
							return;
						}
						if (char === '\u0003') {
							finish();
							output.write('\n');
							reject(new Error('dibatalkan / cancelled'));
							return;
						}
						if (char === '\u007f' || char === '\b') text = [...text].slice(0, -1).join('');
						else if (char >= ' ') text += char;
					}
				};
				const finish = () => {
					input.off('data', onData);
					input.setRawMode(false);
					input.pause();
				};
				input.on('data', onData);
			});
		},
		close: () => input.pause()
	};
}

function pipedInput(input: NodeJS.ReadStream): PasswordInput {
	let lines: Promise<string[]> | undefined;
	const all = () =>
		(lines ??= new Promise((resolve, reject) => {
			let text = '';
			input.setEncoding('utf8');
			input.on('data', (chunk: string) => (text += chunk));
			input.on('end', () => resolve(text.split(/\r?\n/)));
			input.on('error', reject);
		}));
	return {
		interactive: false,
		async read() {
			return (await all()).shift() ?? '';
		},
		close: () => input.pause()
	};
}
