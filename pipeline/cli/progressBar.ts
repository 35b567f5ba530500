/** A one-line progress bar on a terminal; silent when stderr is not a TTY (CI, pipes, --json). */
export function progressBar(
	stream: NodeJS.WriteStream
): (done: number, total: number, label: string) => void {
	if (!stream.isTTY) return () => {};
	return (done, total, label) => {
		const width = 24;
		const filled = total ? Math.round((done / total) * width) : width;
		const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
		const text = `${bar} ${done}/${total} ${label}`.slice(0, (stream.columns ?? 100) - 1);
		stream.write(`\r\x1b[2K${text}`);
		if (done === total) stream.write('\r\x1b[2K');
	};
}
