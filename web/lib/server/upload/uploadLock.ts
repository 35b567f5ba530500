/**
 * One upload load at a time in this server. The pipeline's own lock (`<db>.lock`, a PID) refuses a
 * load while another process loads; this one answers a second upload at once, before its body is
 * even read, instead of after it has been written to disk.
 */
let holder: string | null = null;

/** Takes the lock for `who`; null when it is held. Call the returned function to release it. */
export function tryUploadLock(who: string): (() => void) | null {
	if (holder !== null) return null;
	holder = who;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		holder = null;
	};
}

/** Who holds the lock (for messages and tests). */
export function uploadLockHolder(): string | null {
	return holder;
}
