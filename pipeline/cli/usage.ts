/** Help text: the CLI contract, kept in step with README "CLI". */
export const USAGE = `Kinerja pipeline

Pemakaian / Usage:
  npm run pipeline -- load [--db PATH] [--kind KIND] [--as-of DATE] [--device CODE] [--dry-run] [--json] FILES_OR_FOLDERS...
  npm run pipeline -- rejects [--db PATH] [--run ID] [--out FILE.csv]
  npm run pipeline -- runs [--db PATH] [--json]
  npm run pipeline -- export --parquet DIR [--db PATH]

  --db PATH       gudang data / warehouse (default: $KINERJA_DB or data/warehouse.duckdb)
  --kind KIND     roster | appraisal | attendance | punches | pin-map | training | competency |
                  org-rating | feedback | awards | sanctions (default: dikenali dari judul kolom / detected)
  --as-of DATE    tanggal keadaan daftar pegawai / roster snapshot date (yyyy-mm-dd)
  --device CODE   mesin atau OPD pemilik log sidik jari / device or agency of a punch log
  --dry-run       periksa tanpa mengubah gudang data / check without changing the warehouse
  --json          satu objek JSON di stdout / one JSON object on stdout

Kode keluar / exit codes: 0 semua berkas diproses, 1 ada berkas ditolak utuh, 2 salah pemakaian.
`;
