import type { Cookies, RequestEvent } from '@sveltejs/kit';

export interface FakeInit {
	method?: string;
	/** Path and query, e.g. `/kinerja?tahun=2025`. */
	path: string;
	routeId: string | null;
	params?: Record<string, string>;
	cookies?: Record<string, string>;
	form?: Record<string, string>;
	headers?: Record<string, string>;
	isDataRequest?: boolean;
	ip?: string;
}

export interface FakeEvent extends RequestEvent {
	/** Cookies the code under test set (value '' = deleted). */
	written: Map<string, string>;
}

/** A RequestEvent as SvelteKit hands it to the hook and to loads, enough for the auth code paths. */
export function fakeEvent(init: FakeInit): FakeEvent {
	const url = new URL(`http://kinerja.test${init.path}`);
	const jar = new Map(Object.entries(init.cookies ?? {}));
	const written = new Map<string, string>();
	const headers = new Headers(init.headers);
	let body: BodyInit | undefined;
	if (init.form) {
		body = new URLSearchParams(init.form);
		headers.set('content-type', 'application/x-www-form-urlencoded');
	}
	const cookies: Cookies = {
		get: (name) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name, value) => {
			jar.set(name, value);
			written.set(name, value);
		},
		delete: (name) => {
			jar.delete(name);
			written.set(name, '');
		},
		serialize: (name, value) => `${name}=${value}`
	};
	const event = {
		url,
		request: new Request(url, { method: init.method ?? 'GET', headers, body }),
		route: { id: init.routeId },
		params: init.params ?? {},
		cookies,
		locals: {} as App.Locals,
		isDataRequest: init.isDataRequest ?? false,
		isSubRequest: false,
		isRemoteRequest: false,
		getClientAddress: () => init.ip ?? '10.1.1.1',
		platform: undefined,
		setHeaders: () => {},
		fetch,
		tracing: { enabled: false, root: {}, current: {} },
		written
	};
	return event as unknown as FakeEvent;
}
