/**
 * The key used to compare header cells: `Tgl. Lahir` = `tgl lahir`, `NIP ` = `nip`, `Gol/Ruang` = `gol ruang`,
 * `nama_pegawai` = `nama pegawai`. NFKC first so full-width and ligature forms typed into Excel compare equal.
 */
export function headerKey(s: string): string {
	return s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
