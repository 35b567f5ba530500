/**
 * The shapes of the URL's filter parameters, checked in the hook before any load or endpoint runs: a
 * value outside its shape (quotes, `;`, `/`, `..`, control characters) is a 400 however a route
 * would have treated it. A second line behind the query layer, which binds every value and checks it
 * against the warehouse; a well-formed but unknown value still reaches it and gets its 404.
 */
const CODE = /^[A-Za-z0-9_]{1,30}$/;
const NUMBER = /^\d{1,9}$/;

const QUERY_SHAPES: Readonly<Record<string, RegExp>> = {
	tahun: /^\d{4}$/,
	jenis: /^[A-Za-z]{1,10}$/,
	jabatan: /^[A-Za-z][A-Za-z _-]{0,39}$/,
	opd: CODE,
	kode: CODE,
	agency: CODE,
	// Competency codes look like `M.01`, `SK.01`.
	kompetensi: /^[A-Za-z0-9_]{1,10}(\.[A-Za-z0-9_]{1,10}){0,2}$/,
	run: NUMBER,
	berkas: NUMBER,
	halaman: NUMBER,
	dari: /^\d{4}-\d\d-\d\d$/,
	sampai: /^\d{4}-\d\d-\d\d$/,
	pengguna: /^[A-Za-z0-9._-]{1,64}$/,
	tindakan: /^[a-z_]{1,40}$/,
	// Satyalancana reason codes on the feedback page.
	alasan: /^[a-z0-9_]{1,40}$/,
	lang: /^[a-z]{2}$/
};

const ROUTE_SHAPES: Readonly<Record<string, RegExp>> = {
	kode: CODE,
	// A file name offered for download: no directory part, no `..`.
	file: /^[A-Za-z0-9][A-Za-z0-9_-]{0,100}(\.[A-Za-z0-9_-]{1,20}){0,3}$/
};

// Control characters (NUL from `%00` above all) have no place in any parameter, known or not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface BadParameter {
	name: string;
	value: string;
}

/** The first parameter whose value is not of its shape, or null. Empty values are "not given". */
export function badParameter(
	url: URL,
	params: Partial<Record<string, string>>
): BadParameter | null {
	for (const [name, value] of Object.entries(params)) {
		if (value === undefined) continue;
		const shape = ROUTE_SHAPES[name];
		if (CONTROL.test(value) || (shape && !shape.test(value))) return { name, value };
	}
	for (const [name, value] of url.searchParams) {
		if (value === '') continue;
		const shape = QUERY_SHAPES[name];
		if (CONTROL.test(value) || (shape && !shape.test(value))) return { name, value };
	}
	return null;
}
