import { fail, type RequestEvent } from '@sveltejs/kit';
import { langFromUrl, t } from '$lib/i18n/index.js';
import { audit } from '$lib/server/auth/audit.js';
import { appDb } from '$lib/server/auth/store.js';
import {
	addUser,
	disableUser,
	enableUser,
	listUsers,
	ROLES,
	UserError,
	type User
} from '$lib/server/auth/users.js';
import { listAgencies } from '$lib/server/queries/filters.js';
import { runQuery, warehouseReady } from '$lib/server/dashboard/query.js';
import type { Actions, PageServerLoad } from './$types';

/** What the admin sees of an account: never its hash. */
function summary(user: User, now: Date) {
	return {
		username: user.username,
		role: user.role,
		agencyCode: user.agencyCode,
		disabled: user.disabled,
		lockedUntil: user.lockedUntil && new Date(user.lockedUntil) > now ? user.lockedUntil : null,
		createdAt: user.createdAt,
		passwordChangedAt: user.passwordChangedAt
	};
}

export const load: PageServerLoad = ({ locals }) => {
	const now = new Date();
	return {
		users: listUsers(appDb()).map((user) => summary(user, now)),
		roles: [...ROLES],
		self: locals.user?.username ?? null
	};
};

async function knownAgencies(event: RequestEvent): Promise<string[] | undefined> {
	if (!warehouseReady()) return undefined;
	const rows = await runQuery(langFromUrl(event.url), (db) => listAgencies(db));
	return rows.map((row) => row.agency_code);
}

/** A refused change: the form shows why, in the page's language. */
function refused(event: RequestEvent, action: string, e: unknown, username = '') {
	if (!(e instanceof UserError)) throw e;
	return fail(400, { action, error: e.text[langFromUrl(event.url)], username });
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

export const actions: Actions = {
	tambah: async (event) => {
		const form = await event.request.formData();
		const input = {
			username: field(form, 'username'),
			role: field(form, 'role'),
			agencyCode: field(form, 'agency') || null,
			password: String(form.get('password') ?? '')
		};
		try {
			const user = await addUser(appDb(), input, {
				now: new Date(),
				agencies: await knownAgencies(event)
			});
			audit(event, 'user_added', user.username, { role: user.role, agency: user.agencyCode });
			return { action: 'tambah', done: user.username };
		} catch (e) {
			return refused(event, 'tambah', e, input.username);
		}
	},
	nonaktifkan: async (event) => {
		const username = field(await event.request.formData(), 'username');
		if (username === event.locals.user?.username)
			return fail(400, {
				action: 'nonaktifkan',
				error: t(langFromUrl(event.url), 'admin.users.self'),
				username
			});
		try {
			const user = disableUser(appDb(), username);
			audit(event, 'user_disabled', user.username);
			return { action: 'nonaktifkan', done: user.username };
		} catch (e) {
			return refused(event, 'nonaktifkan', e);
		}
	},
	aktifkan: async (event) => {
		const username = field(await event.request.formData(), 'username');
		try {
			const user = enableUser(appDb(), username);
			audit(event, 'user_enabled', user.username);
			return { action: 'aktifkan', done: user.username };
		} catch (e) {
			return refused(event, 'aktifkan', e);
		}
	}
};
