import type { Lang } from '../../i18n/index.js';

/**
 * The report's own catalogue: long prose that the dashboard never shows. Indonesian is the type
 * source; English must have the same keys. `{name}` marks a value filled in by `rt`.
 */
const id = {
	title: 'Laporan Tahunan Kinerja ASN Kota Bukittinggi {year}',
	short: 'Laporan Tahunan Kinerja ASN {year}',
	'cover.eyebrow': 'Laporan Tahunan',
	'cover.heading': 'Kinerja ASN Kota Bukittinggi',
	'cover.year': 'Tahun {year}',
	'cover.subtitle':
		'Kinerja pegawai, pengembangan kompetensi, kehadiran dan disiplin, serta kesiapan perubahan perangkat daerah',
	'cover.dataDate': 'Tanggal data',
	'cover.version': 'Versi',
	'cover.source': 'Sumber',
	'cover.sourceText': 'Gudang data Kinerja: {files} berkas ekspor, pemuatan nomor {runs}',
	'cover.minGroup': 'Kelompok kecil',
	'cover.minGroupText': 'kelompok kurang dari {min} orang disembunyikan (*)',
	'cover.publisher': 'Pemerintah Kota Bukittinggi',
	'cover.notice':
		'Disusun otomatis dari gudang data Kinerja. Hanya angka agregat: laporan ini tidak memuat NIP, nama, atau data per orang.',
	'toc.title': 'Daftar isi',
	'page.label': 'Halaman',
	'page.of': 'dari',
	annex: 'Lampiran {letter}',
	'table.label': 'Tabel {n}',
	'figure.label': 'Gambar {n}',
	'block.csv': 'Data: {file}',
	'block.method': 'Metodologi: Lampiran {annex}, “{title}”',
	'hidden.note':
		'* Disembunyikan: kelompok kurang dari {min} orang, atau sel pelengkap yang ikut disembunyikan agar angka tersembunyi tidak dapat dihitung dari total. Total tetap ditampilkan.',
	empty: 'Tidak ada data untuk {year}.',
	none: 'tidak ada',
	'row.city': 'Seluruh kota',
	'col.code': 'Kode',
	'col.agency': 'OPD',
	'col.metric': 'Ukuran',
	'col.change': 'Perubahan',

	'sec.ringkasan': 'Ringkasan eksekutif',
	'sec.kinerja': 'Kinerja pegawai per OPD',
	'sec.kompetensi': 'Pengembangan kompetensi',
	'sec.kehadiran': 'Kehadiran dan risiko disiplin',
	'sec.kesiapan': 'Kesiapan perubahan',
	'sec.metodologi': 'Metodologi',
	'sec.kualitas': 'Kualitas data',
	'sec.hukum': 'Dasar hukum dan glosarium',

	'sum.intro':
		'Setiap kalimat di bawah ini disusun otomatis dari satu angka dalam laporan; angkanya sama dengan tabel dan grafik di bab berikutnya.',
	'sum.employees.up':
		'Pada {year} tercatat {now} pegawai ASN aktif, bertambah {diff} orang dari {before} orang pada {previous}.',
	'sum.employees.down':
		'Pada {year} tercatat {now} pegawai ASN aktif, berkurang {diff} orang dari {before} orang pada {previous}.',
	'sum.employees.flat': 'Pada {year} tercatat {now} pegawai ASN aktif, sama dengan {previous}.',
	'sum.employees.single': 'Pada {year} tercatat {now} pegawai ASN aktif.',
	'sum.good.up':
		'Persentase pegawai berpredikat Baik ke atas naik dari {before} pada {previous} menjadi {now} pada {year}.',
	'sum.good.down':
		'Persentase pegawai berpredikat Baik ke atas turun dari {before} pada {previous} menjadi {now} pada {year}.',
	'sum.good.flat':
		'Persentase pegawai berpredikat Baik ke atas hampir tidak berubah: {before} pada {previous} dan {now} pada {year}.',
	'sum.good.single': 'Persentase pegawai berpredikat Baik ke atas pada {year} adalah {now}.',
	'sum.curve':
		'Dari {checked} OPD yang kurva distribusinya dapat diperiksa, {ok} OPD sesuai dengan pola distribusi predikat SE MenPANRB 3/2023 dan {bad} OPD belum sesuai.',
	'sum.curve.all':
		'Seluruh {checked} OPD yang kurva distribusinya dapat diperiksa sesuai dengan pola distribusi predikat SE MenPANRB 3/2023.',
	'sum.jp.up':
		'Pegawai yang memenuhi pengembangan kompetensi paling sedikit 20 JP naik dari {before} pada {previous} menjadi {now} pada {year}.',
	'sum.jp.down':
		'Pegawai yang memenuhi pengembangan kompetensi paling sedikit 20 JP turun dari {before} pada {previous} menjadi {now} pada {year}.',
	'sum.jp.flat':
		'Pegawai yang memenuhi pengembangan kompetensi paling sedikit 20 JP hampir tidak berubah: {before} pada {previous} dan {now} pada {year}.',
	'sum.jp.single':
		'Sebanyak {now} pegawai memenuhi pengembangan kompetensi paling sedikit 20 JP pada {year}.',
	'sum.gap':
		'Kompetensi dengan persentase pegawai di bawah standar tertinggi adalah {competency}: {share} dari pegawai yang diases, dengan rata-rata kesenjangan {gap} level di bawah standar.',
	'sum.gap.met':
		'Kompetensi dengan persentase pegawai di bawah standar tertinggi adalah {competency}: {share} dari pegawai yang diases, walaupun rata-rata seluruh pegawai yang diases sudah memenuhi standar (kesenjangan {gap} level).',
	'sum.targets':
		'Sebanyak {total} pegawai masuk sasaran pelatihan {year}; kompetensi yang paling banyak perlu dilatih lebih dahulu adalah {competency} ({count} pegawai).',
	'sum.targets.plain': 'Sebanyak {total} pegawai masuk sasaran pelatihan {year}.',
	'sum.unexcused.up':
		'Hari kerja tanpa keterangan naik dari {before} pada {previous} menjadi {now} dari hari kerja tercatat pada {year}.',
	'sum.unexcused.down':
		'Hari kerja tanpa keterangan turun dari {before} pada {previous} menjadi {now} dari hari kerja tercatat pada {year}.',
	'sum.unexcused.flat':
		'Hari kerja tanpa keterangan hampir tidak berubah: {before} dari hari kerja tercatat pada {previous} dan {now} pada {year}.',
	'sum.unexcused.single':
		'Hari kerja tanpa keterangan mencapai {now} dari hari kerja tercatat pada {year}.',
	'sum.risk':
		'Sebanyak {share} pegawai ({count} orang) masuk indikator risiko ketidakhadiran PP 94/2021 pada {year}; ini indikator risiko, bukan sanksi.',
	'sum.risk.small':
		'Kurang dari {min} pegawai masuk indikator risiko ketidakhadiran PP 94/2021 pada {year}, sehingga jumlahnya tidak dirinci; ini indikator risiko, bukan sanksi.',
	'sum.risk.none':
		'Tidak ada pegawai yang masuk indikator risiko ketidakhadiran PP 94/2021 pada {year}.',
	'sum.readiness':
		'Indeks resistensi terhadap perubahan tertinggi pada {top} ({topIndex}) dan terendah pada {bottom} ({bottomIndex}); indeks ini turunan proyek, bukan peraturan, dan hanya dihitung per OPD.',
	'sum.quality':
		'Laporan ini disusun dari {files} berkas ekspor dengan {rows} baris data; {rejected} baris ({share}) ditolak validasi dengan alasan yang tercatat di Lampiran {annex}.',
	'sum.table.title': 'Angka utama {year} dibandingkan dengan {previous}',
	'sum.table.caption':
		'Sumber: int_employee_years_active, fct_appraisals, agg_training_employee_year, agg_discipline_employee_year, agg_change_readiness_agency_year; seluruh kota. Perubahan persentase dalam poin persentase.',
	'metric.employees': 'Pegawai ASN aktif',
	'metric.share_baik_or_better': 'Predikat Baik ke atas',
	'metric.share_meets_20jp': 'Memenuhi 20 JP',
	'metric.unexcused_rate': 'Hari kerja tanpa keterangan',
	'metric.agencies_flagged': 'OPD dengan indeks resistensi ≥ 1',

	'perf.intro':
		'Predikat kinerja tahunan pada skala PermenPANRB 6/2022 (Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang); tahun sebelum 2022 melalui tabel padanan. OPD = unit kerja pada ekspor penilaian.',
	'perf.trend.caption':
		'Sumber: fct_appraisals (penilaian tahunan), seluruh kota, {from}–{to}; {n} pegawai dinilai pada {to}. Garis putus-putus: skema penilaian baru.',
	'perf.trend.aria': 'Grafik garis persentase predikat Baik ke atas per tahun, seluruh kota',
	'perf.table.title': 'Sebaran predikat kinerja per OPD, {year}',
	'perf.table.caption':
		'Sumber: agg_performance_agency_year / fct_appraisals, penilaian tahunan {year}. Jumlah pegawai per predikat; baris pertama seluruh kota.',
	'perf.col.n': 'Dinilai',
	'perf.col.good': 'Baik ke atas',
	'perf.chart.title':
		'Baik ke atas tertinggi di {top} ({topShare}), terendah di {bottom} ({bottomShare})',
	'perf.chart.title.single': 'Baik ke atas di {top}: {topShare}',
	'perf.chart.caption':
		'Sumber: fct_appraisals, {year}; {shown} OPD digambar, {hidden} OPD tidak digambar karena kurang dari {min} pegawai dinilai. Abu-abu (*): bagian yang disembunyikan.',
	'perf.chart.aria': 'Grafik batang bertumpuk sebaran predikat per OPD, {year}',
	'perf.chart.hidden': 'Disembunyikan (*)',
	'curve.title': 'Kesesuaian dengan pola distribusi SE MenPANRB 3/2023, {year}',
	'curve.caption':
		'Sumber: agg_performance_agency_year. Pola distribusi menurut predikat kinerja organisasi (raw_org_rating). “–”: predikat organisasi tidak tersedia.',
	'curve.col.org': 'Predikat organisasi',
	'curve.col.ok': 'Sesuai',
	'curve.col.violations': 'Catatan',
	'curve.yes': 'ya',
	'curve.no': 'tidak',

	'comp.jp.heading': 'Pemenuhan 20 JP',
	'comp.jp.intro':
		'Setiap pegawai berhak atas pengembangan kompetensi paling sedikit 20 jam pelajaran (JP) setahun (PP 11/2017 Pasal 203 ayat (4) sebagaimana diubah PP 17/2020).',
	'comp.jp.title': 'Pemenuhan 20 JP per OPD, {year}',
	'comp.jp.caption':
		'Sumber: agg_training_employee_year, {year}: pegawai aktif dan JP pelatihan yang selesai; pegawai tanpa pelatihan tercatat 0 JP.',
	'comp.col.employees': 'Pegawai',
	'comp.col.meets': '≥ 20 JP',
	'comp.col.below': '< 20 JP',
	'comp.col.share': '% ≥ 20 JP',
	'comp.hist.caption':
		'Sumber: agg_training_employee_year, {year}; seluruh kota, {n} pegawai. Batang oranye di bawah 20 JP; kelompok JP yang disembunyikan tidak digambar.',
	'comp.hist.aria':
		'Grafik batang jumlah pegawai per kelompok JP pelatihan, {year}, dengan garis 20 JP',
	'comp.gap.heading': 'Kesenjangan kompetensi terbesar',
	'comp.gap.intro':
		'Kesenjangan = level standar jabatan − level capaian asesmen terakhir (positif = di bawah standar). Asesmen terakhir setiap pegawai, apa pun tahunnya; OPD saat ini.',
	'comp.gap.title': 'Kompetensi menurut persentase pegawai di bawah standar (seluruh kota)',
	'comp.gap.caption':
		'Sumber: agg_competency_gap_agency (asesmen terakhir per pegawai). Kompetensi teknis tanpa standar kota tidak memiliki kesenjangan.',
	'comp.col.competency': 'Kompetensi',
	'comp.col.type': 'Jenis',
	'comp.col.assessed': 'Diases',
	'comp.col.meanGap': 'Rata-rata kesenjangan',
	'comp.col.belowStandard': 'Di bawah standar',
	'comp.heat.caption':
		'Sumber: agg_competency_gap. Angka di sel = rata-rata level standar − level capaian (positif = di bawah standar). Sel dengan kurang dari {min} pegawai, dan sel pelengkapnya, tidak digambar.',
	'comp.heat.aria': 'Peta panas rata-rata kesenjangan kompetensi per OPD dan kompetensi',
	'comp.targets.heading': 'Sasaran pelatihan per kompetensi',
	'comp.targets.intro':
		'Sasaran pelatihan: pegawai aktif di bawah 20 JP pada tahun pelatihan terakhir ({year}) yang memiliki paling sedikit satu kompetensi di bawah standar; dihitung menurut kompetensi yang perlu dilatih lebih dahulu. Hanya jumlah — daftar nama tersedia bagi BKPSDM di dasbor internal.',
	'comp.targets.city.title': 'Sasaran pelatihan menurut kompetensi, seluruh kota ({year})',
	'comp.targets.city.caption': 'Sumber: agg_training_targets, tahun pelatihan {year}.',
	'comp.targets.opd.title': 'Sasaran pelatihan menurut OPD dan kompetensi ({year})',
	'comp.targets.opd.caption':
		'Sumber: agg_training_targets, tahun pelatihan {year}. Kolom = kode kompetensi (nama pada tabel sebelumnya). OPD tanpa sasaran tidak dicantumkan.',
	'comp.col.targets': 'Pegawai sasaran',
	'comp.col.total': 'Jumlah',
	'comp.empty.targets': 'Tidak ada sasaran pelatihan di gudang data.',

	'att.intro':
		'Kehadiran dihitung atas hari kerja (Senin–Jumat di luar libur nasional dan cuti bersama, Perpres 21/2023). Tingkat PP 94/2021 adalah indikator risiko dari jumlah hari tanpa keterangan, bukan sanksi: sanksi memerlukan pemeriksaan dan keputusan.',
	'att.month.caption':
		'Sumber: int_attendance_days_unified, hari kerja {year}; seluruh kota; persentase dari hari kerja tercatat.',
	'att.month.aria': 'Grafik batang persentase hadir dan terlambat per bulan, {year}',
	'att.table.title': 'Hari kerja tanpa keterangan per OPD, {year}',
	'att.table.caption':
		'Sumber: agg_discipline_employee_year, {year}. Persentase = hari tanpa keterangan ÷ hari kerja pegawai yang tercatat.',
	'att.col.employees': 'Pegawai tercatat',
	'att.col.workdays': 'Hari kerja',
	'att.col.rate': 'Tanpa keterangan',
	'pp94.table.title': 'Indikator risiko PP 94/2021 per OPD, {year} (bukan sanksi)',
	'pp94.table.caption':
		'Sumber: agg_discipline_employee_year, {year}: jumlah pegawai per tingkat menurut hari tanpa keterangan kumulatif (ringan 3–10, sedang 11–20, berat ≥ 21 hari atau 10 hari kerja berturut-turut).',
	'pp94.col.none': 'Tidak berisiko',
	'pp94.col.share': 'Berisiko',
	'pp94.chart.title':
		'{share} pegawai dalam indikator risiko PP 94/2021 pada {year} (bukan sanksi)',
	'pp94.chart.caption':
		'Sumber: agg_discipline_employee_year, {year}. Persentase pegawai per tingkat; sel yang disembunyikan tidak digambar.',
	'pp94.chart.aria':
		'Grafik batang bertumpuk persentase pegawai per tingkat risiko PP 94/2021 per OPD, {year}',
	'pp94.chart.none':
		'Tidak ada tingkat risiko yang dapat digambar tanpa membuka kelompok kecil pada {year}.',

	'ready.intro':
		'Indeks resistensi terhadap perubahan adalah turunan proyek, bukan peraturan: rata-rata berbobot z-skor komponennya terhadap OPD lain di kota (0 = rata-rata kota; di atas 0 = lebih resisten). Indeks hanya dihitung per OPD, tidak pernah per orang, dan bersifat sementara.',
	'ready.chart.caption':
		'Sumber: agg_change_readiness_agency_year, {year}. {shown} OPD digambar; {hidden} OPD dengan kurang dari {min} pegawai tidak diberi indeks.',
	'ready.chart.aria':
		'Grafik batang horizontal indeks resistensi terhadap perubahan per OPD, {year}, dengan garis kota pada 0',
	'ready.table.title': 'Indeks resistensi per OPD, {year}',
	'ready.table.caption':
		'Sumber: agg_change_readiness_agency_year, {year}. Peringkat 1 = paling resisten; komponen = jumlah komponen yang tersedia.',
	'ready.col.components': 'Komponen',
	'ready.col.index': 'Indeks',
	'ready.col.rank': 'Peringkat',
	'ready.comp.title': 'Komponen indeks per OPD (z-skor), {year}',
	'ready.comp.caption':
		'Sumber: agg_change_readiness_components, {year}. z-skor satu desimal; tinggi = lebih resisten daripada rata-rata kota; “–” = komponen tanpa data. Pembilang dan penyebut tidak dicetak agar kelompok kecil tidak terbuka.',
	'ready.comp.legend': 'Komponen',
	'ready.empty': 'Indeks resistensi belum tersedia untuk {year}.',

	'method.intro':
		'Lampiran ini memuat catatan metodologi sql/METHODOLOGY.md dari versi kode yang menyusun laporan: definisi setiap angka, model, dasar hukum, nilai sementara, dan batasannya (dwibahasa, sebagaimana aslinya).',

	'dq.intro':
		'Sumber, cakupan, dan baris yang ditolak validasi, dari catatan pemuatan gudang data (etl_runs, etl_files, etl_rejects). Hanya jumlah: isi baris yang ditolak tidak dicetak. Sidik jari SHA-256 setiap berkas tercantum di manifest.json.',
	'dq.sources.title': 'Sumber data menurut jenis ekspor',
	'dq.sources.caption': 'Sumber: etl_files (berkas yang dimuat dan yang ditolak utuh).',
	'dq.col.kind': 'Jenis ekspor',
	'dq.col.files': 'Berkas',
	'dq.col.filesRejected': 'Berkas ditolak',
	'dq.col.read': 'Baris dibaca',
	'dq.col.loaded': 'Dimuat',
	'dq.col.rejected': 'Ditolak',
	'dq.col.duplicate': 'Duplikat',
	'dq.col.asOf': 'Tanggal data',
	'dq.coverage.title': 'Cakupan data {year}',
	'dq.coverage.caption':
		'Sumber: int_employee_years_active, fct_appraisals, agg_training_employee_year, agg_discipline_employee_year, agg_competency_gap. Persentase dari pegawai aktif.',
	'dq.col.item': 'Cakupan',
	'dq.col.count': 'Pegawai',
	'dq.col.share': '% pegawai aktif',
	'dq.cov.active': 'Pegawai aktif',
	'dq.cov.appraised': 'Dengan predikat penilaian tahunan',
	'dq.cov.withoutPredikat': 'Penilaian tahunan tanpa predikat',
	'dq.cov.training': 'Dalam rekap pelatihan',
	'dq.cov.attendance': 'Dengan catatan kehadiran',
	'dq.cov.assessed': 'Pernah diases kompetensi (asesmen terakhir)',
	'dq.rejects.title': 'Baris ditolak menurut alasan',
	'dq.rejects.caption':
		'Sumber: etl_rejects, semua pemuatan. “peringatan” = baris tetap dimuat tetapi ditandai.',
	'dq.col.rule': 'Aturan',
	'dq.col.meaning': 'Arti',
	'dq.col.severity': 'Tingkat',
	'dq.col.rows': 'Baris',
	'dq.severity.error': 'ditolak',
	'dq.severity.warning': 'peringatan',
	'dq.runs.title': 'Riwayat pemuatan gudang data',
	'dq.runs.caption': 'Sumber: etl_runs. Waktu dalam WIB.',
	'dq.col.run': 'Pemuatan',
	'dq.col.finished': 'Selesai',
	'dq.col.status': 'Status',
	'dq.col.rowsLoaded': 'Baris dimuat',
	'dq.col.version': 'Versi kode',
	'kind.roster': 'daftar pegawai (SIMPEG/SIASN)',
	'kind.appraisal': 'penilaian kinerja (e-Kinerja, e-SKP)',
	'kind.attendance': 'rekap kehadiran',
	'kind.punches': 'log mesin presensi',
	'kind.pin-map': 'pemetaan PIN mesin ke NIP',
	'kind.training': 'riwayat pelatihan',
	'kind.competency': 'asesmen kompetensi',
	'kind.org-rating': 'predikat kinerja organisasi',
	'kind.feedback': 'dialog kinerja',
	'kind.awards': 'penghargaan',
	'kind.sanctions': 'hukuman disiplin',
	'rule.required_missing': 'nilai wajib kosong',
	'rule.nip_excel_mangled': 'NIP rusak oleh Excel (notasi ilmiah)',
	'rule.nip_format': 'NIP bukan 18 digit',
	'rule.nip_birth_date': 'tanggal lahir dalam NIP tidak mungkin',
	'rule.nip_appointment': 'TMT dalam NIP tidak mungkin',
	'rule.nip_gender': 'kode jenis kelamin NIP tidak sah',
	'rule.date_invalid': 'tanggal tidak sah',
	'rule.time_invalid': 'jam tidak sah',
	'rule.number_invalid': 'bukan angka',
	'rule.out_of_range': 'angka di luar rentang',
	'rule.unknown_code': 'kode tidak dikenal',
	'rule.unknown_agency': 'OPD tidak dikenal',
	'rule.predikat_contradicts_matrix': 'predikat bertentangan dengan matriks',
	'rule.duplicate_conflict': 'baris ganda yang saling bertentangan',
	'rule.pin_unmapped': 'PIN mesin tanpa NIP',
	'rule.not_data_row': 'baris jumlah atau tanda tangan',
	'rule.date_order': 'tanggal akhir sebelum tanggal mulai',
	'rule.other': 'aturan lain',

	'law.intro':
		'Peraturan yang menjadi dasar angka dalam laporan ini, disebut sebagaimana dalam catatan domain proyek. Nilai yang belum dikonfirmasi dari teks peraturan ditandai sementara di Lampiran {annex}.',
	'law.heading': 'Dasar hukum',
	'glossary.heading': 'Glosarium',

	'sec.umpanBalik': 'Umpan balik dan penghargaan',
	'fb.intro':
		'Sesudah penilaian, pegawai membahas hasilnya dengan atasan dalam dialog kinerja dan menyepakati rencana pengembangan (PermenPANRB 6/2022); pegawai berkinerja tinggi dan yang mencapai masa kerja 10, 20, atau 30 tahun diberi penghargaan. Bab ini menunjukkan apakah siklus itu berjalan: cakupan dialog per OPD, rencana yang ditindaklanjuti dengan pelatihan, dan penghargaan — hanya jumlah.',
	'fb.table.title': 'Dialog kinerja dan rencana pengembangan per OPD, {year}',
	'fb.table.caption':
		'Sumber: agg_feedback_coverage_agency_period, {year}, setahun penuh. Pegawai yang dinilai dibagi tiga: dialog dengan rencana pengembangan, dialog tanpa rencana, tanpa dialog tercatat; persentase dari pegawai yang dinilai.',
	'fb.col.appraised': 'Dinilai',
	'fb.col.withPlan': 'Dialog + rencana',
	'fb.col.dialogueOnly': 'Dialog saja',
	'fb.col.noDialogue': 'Tanpa dialog',
	'fb.col.shareDialogue': '% dialog',
	'fb.col.sharePlan': '% rencana',
	'fb.chart.caption':
		'Sumber: agg_feedback_coverage_agency_period, {year}; persentase pegawai yang dinilai. {shown} OPD digambar; {hidden} OPD dengan kelompok kecil atau sel yang disembunyikan hanya ada di tabel.',
	'fb.chart.aria':
		'Grafik batang horizontal persentase pegawai dengan dialog kinerja dan dengan rencana pengembangan per OPD, {year}',
	'fb.empty': 'Tidak ada catatan dialog kinerja untuk {year}.',
	'fb.plans.heading': 'Rencana pengembangan yang ditindaklanjuti',
	'fb.plans.intro':
		'Rencana ditindaklanjuti bila pelatihan pada kompetensi yang disebut rencana itu dimulai dalam 12 bulan sesudah dialog. Hanya rencana yang jangka 12 bulannya sudah berakhir yang dinilai, sehingga angka ini merujuk ke tahun rencana terakhir yang sudah dapat dinilai, bukan selalu tahun laporan.',
	'fb.plans.title':
		'Rencana pengembangan {plansYear} yang ditindaklanjuti dengan pelatihan (seluruh kota)',
	'fb.plans.title.none':
		'Rencana pengembangan yang ditindaklanjuti dengan pelatihan (seluruh kota)',
	'fb.plans.caption':
		'Sumber: agg_feedback_coverage_agency_period, rencana tahun {plansYear} (tahun terakhir sampai {year} yang rencananya sudah dapat dinilai); satu rencana = satu kompetensi yang disebut. Persentase dari rencana yang sudah dinilai.',
	'fb.plans.resolved': 'Rencana yang sudah dapat dinilai',
	'fb.plans.followed': 'Ditindaklanjuti pelatihan pada kompetensinya',
	'fb.plans.notFollowed': 'Tidak ditindaklanjuti dalam 12 bulan',
	'fb.plans.pending': 'Masih dalam jangka 12 bulan (belum dinilai)',
	'fb.plans.none':
		'Belum ada rencana pengembangan sampai {year} yang jangka 12 bulannya sudah berakhir.',
	'fb.col.plans': 'Rencana',
	'fb.col.planShare': '% dari yang dinilai',
	'fb.awards.heading': 'Penghargaan',
	'fb.awards.title': 'Penghargaan yang diberikan menurut jenis, {year}',
	'fb.awards.caption':
		'Sumber: agg_awards_given_year, {year}; seluruh kota, menurut riwayat penghargaan SIMPEG. Satyalancana Karya Satya menurut kelas, penghargaan lain menurut namanya.',
	'fb.awards.total': 'Jumlah penghargaan',
	'fb.awards.none': 'Tidak ada penghargaan tercatat pada {year}.',
	'fb.col.awardType': 'Jenis penghargaan',
	'fb.col.awards': 'Penghargaan',
	'fb.col.recipients': 'Pegawai',
	'fb.slks.title': 'Kelayakan Satyalancana Karya Satya, {year}: jumlah PNS',
	'fb.slks.caption':
		'Sumber: agg_satyalancana_eligibility, {year}: PNS pada roster akhir tahun. Layak menurut kelas yang jatuh tempo (masa kerja 10/20/30 tahun dari TMT CPNS, kelas itu belum diterima, tanpa hukuman disiplin sedang atau berat); tidak layak menurut alasan utamanya.',
	'fb.slks.eligible': 'Layak',
	'fb.slks.ineligible': 'Tidak layak',
	'fb.slks.total': 'Jumlah PNS',
	'fb.slks.none': 'Kelayakan Satyalancana Karya Satya belum tersedia untuk {year}.',
	'fb.col.status': 'Status',
	'fb.col.classOrReason': 'Kelas atau alasan',
	'fb.col.pns': 'PNS',
	'fb.internal':
		'Daftar kandidat penghargaan (pegawai berpredikat Sangat Baik beberapa tahun berturut-turut) dan daftar nama kelayakan Satyalancana adalah daftar internal per orang bagi BKPSDM dan kepala OPD, sebagai bahan pertimbangan; keduanya tidak pernah dipublikasikan. Bab ini hanya memuat jumlah, dan kelompok kurang dari {min} orang disembunyikan (*).',
	'sum.feedback':
		'Pada {year}, {dialogue} pegawai yang dinilai tercatat melakukan dialog kinerja dengan atasannya dan {plan} menyepakati rencana pengembangan.',
	'sum.feedback.dialogue':
		'Pada {year}, {dialogue} pegawai yang dinilai tercatat melakukan dialog kinerja dengan atasannya.',
	'sum.plans':
		'Dari {resolved} rencana pengembangan tahun {plansYear} yang sudah dapat dinilai, {share} ditindaklanjuti dengan pelatihan pada kompetensi yang disebut dalam 12 bulan.',
	'sum.awards':
		'Sepanjang {year} tercatat {total} penghargaan bagi pegawai, {slks} di antaranya Satyalancana Karya Satya.',
	'sum.awards.plain': 'Sepanjang {year} tercatat {total} penghargaan bagi pegawai.',
	'sum.satyalancana':
		'Pada akhir {year}, {eligible} PNS memenuhi syarat Satyalancana Karya Satya untuk kelas yang belum mereka terima.'
} as const;

export type ReportMessageKey = keyof typeof id;

const en: Record<ReportMessageKey, string> = {
	title: 'Annual Report on Civil Servant (ASN) Performance, Kota Bukittinggi, {year}',
	short: 'ASN Performance Annual Report {year}',
	'cover.eyebrow': 'Annual report',
	'cover.heading': 'Civil Servant Performance, Kota Bukittinggi',
	'cover.year': 'Year {year}',
	'cover.subtitle':
		'Employee performance, competency development, attendance and discipline, and readiness for change of the city’s agencies',
	'cover.dataDate': 'Data as of',
	'cover.version': 'Version',
	'cover.source': 'Source',
	'cover.sourceText': 'Kinerja warehouse: {files} export files, load run number {runs}',
	'cover.minGroup': 'Small groups',
	'cover.minGroupText': 'groups of fewer than {min} people are hidden (*)',
	'cover.publisher': 'Government of Kota Bukittinggi',
	'cover.notice':
		'Generated automatically from the Kinerja warehouse. Aggregates only: this report holds no NIP, name or per-person data.',
	'toc.title': 'Contents',
	'page.label': 'Page',
	'page.of': 'of',
	annex: 'Annex {letter}',
	'table.label': 'Table {n}',
	'figure.label': 'Figure {n}',
	'block.csv': 'Data: {file}',
	'block.method': 'Methodology: Annex {annex}, “{title}”',
	'hidden.note':
		'* Hidden: a group of fewer than {min} people, or a complementary cell hidden as well so that a hidden figure cannot be worked out from the totals. Totals stay published.',
	empty: 'No data for {year}.',
	none: 'none',
	'row.city': 'Whole city',
	'col.code': 'Code',
	'col.agency': 'Agency',
	'col.metric': 'Measure',
	'col.change': 'Change',

	'sec.ringkasan': 'Executive summary',
	'sec.kinerja': 'Performance by agency',
	'sec.kompetensi': 'Competency development',
	'sec.kehadiran': 'Attendance and discipline risk',
	'sec.kesiapan': 'Readiness for change',
	'sec.metodologi': 'Methodology',
	'sec.kualitas': 'Data quality',
	'sec.hukum': 'Legal basis and glossary',

	'sum.intro':
		'Each sentence below is generated from one figure of this report; the figures are those of the tables and charts in the following chapters.',
	'sum.employees.up':
		'In {year} the city had {now} active civil servants, {diff} more than the {before} of {previous}.',
	'sum.employees.down':
		'In {year} the city had {now} active civil servants, {diff} fewer than the {before} of {previous}.',
	'sum.employees.flat': 'In {year} the city had {now} active civil servants, as in {previous}.',
	'sum.employees.single': 'In {year} the city had {now} active civil servants.',
	'sum.good.up':
		'The share of employees rated Baik or better rose from {before} in {previous} to {now} in {year}.',
	'sum.good.down':
		'The share of employees rated Baik or better fell from {before} in {previous} to {now} in {year}.',
	'sum.good.flat':
		'The share of employees rated Baik or better was almost unchanged: {before} in {previous} and {now} in {year}.',
	'sum.good.single': 'The share of employees rated Baik or better in {year} was {now}.',
	'sum.curve':
		'Of the {checked} agencies whose distribution could be checked, {ok} follow the predikat distribution pattern of SE MenPANRB 3/2023 and {bad} do not yet.',
	'sum.curve.all':
		'All {checked} agencies whose distribution could be checked follow the predikat distribution pattern of SE MenPANRB 3/2023.',
	'sum.jp.up':
		'The share of employees with at least 20 JP of competency development rose from {before} in {previous} to {now} in {year}.',
	'sum.jp.down':
		'The share of employees with at least 20 JP of competency development fell from {before} in {previous} to {now} in {year}.',
	'sum.jp.flat':
		'The share of employees with at least 20 JP of competency development was almost unchanged: {before} in {previous} and {now} in {year}.',
	'sum.jp.single': '{now} of employees had at least 20 JP of competency development in {year}.',
	'sum.gap':
		'The competency with the highest share of assessed employees below standard is {competency}: {share} of those assessed, with a mean gap of {gap} levels below standard.',
	'sum.gap.met':
		'The competency with the highest share of assessed employees below standard is {competency}: {share} of those assessed, although on average those assessed meet the standard (gap {gap} levels).',
	'sum.targets':
		'{total} employees are training targets for {year}; the competency most often to be trained first is {competency} ({count} employees).',
	'sum.targets.plain': '{total} employees are training targets for {year}.',
	'sum.unexcused.up':
		'Unexcused working days rose from {before} in {previous} to {now} of recorded working days in {year}.',
	'sum.unexcused.down':
		'Unexcused working days fell from {before} in {previous} to {now} of recorded working days in {year}.',
	'sum.unexcused.flat':
		'Unexcused working days were almost unchanged: {before} of recorded working days in {previous} and {now} in {year}.',
	'sum.unexcused.single': 'Unexcused working days were {now} of recorded working days in {year}.',
	'sum.risk':
		'{share} of employees ({count} people) fall within a PP 94/2021 absence risk band in {year}; this is a risk indicator, not a sanction.',
	'sum.risk.small':
		'Fewer than {min} employees fall within a PP 94/2021 absence risk band in {year}, so the number is not given; this is a risk indicator, not a sanction.',
	'sum.risk.none': 'No employee falls within a PP 94/2021 absence risk band in {year}.',
	'sum.readiness':
		'The resistance-to-change index is highest at {top} ({topIndex}) and lowest at {bottom} ({bottomIndex}); the index is the project’s own derivation, not a regulation, and is computed per agency only.',
	'sum.quality':
		'This report is built from {files} export files holding {rows} data rows; {rejected} rows ({share}) were rejected by validation, with the reasons listed in Annex {annex}.',
	'sum.table.title': 'Headline figures {year} compared with {previous}',
	'sum.table.caption':
		'Source: int_employee_years_active, fct_appraisals, agg_training_employee_year, agg_discipline_employee_year, agg_change_readiness_agency_year; whole city. Changes of shares in percentage points.',
	'metric.employees': 'Active civil servants',
	'metric.share_baik_or_better': 'Rated Baik or better',
	'metric.share_meets_20jp': 'At least 20 JP',
	'metric.unexcused_rate': 'Unexcused working days',
	'metric.agencies_flagged': 'Agencies with resistance index ≥ 1',

	'perf.intro':
		'Annual performance predikat on the PermenPANRB 6/2022 scale (Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang); years before 2022 through the crosswalk. Agency = the unit kerja in the appraisal export.',
	'perf.trend.caption':
		'Source: fct_appraisals (annual appraisals), whole city, {from}–{to}; {n} employees appraised in {to}. Dashed line: new appraisal scheme.',
	'perf.trend.aria': 'Line chart of the share rated Baik or better per year, whole city',
	'perf.table.title': 'Predikat distribution by agency, {year}',
	'perf.table.caption':
		'Source: agg_performance_agency_year / fct_appraisals, annual appraisals {year}. Employees per predikat; the first row is the whole city.',
	'perf.col.n': 'Appraised',
	'perf.col.good': 'Baik or better',
	'perf.chart.title':
		'Baik or better highest at {top} ({topShare}), lowest at {bottom} ({bottomShare})',
	'perf.chart.title.single': 'Baik or better at {top}: {topShare}',
	'perf.chart.caption':
		'Source: fct_appraisals, {year}; {shown} agencies drawn, {hidden} agencies not drawn because fewer than {min} employees were appraised. Grey (*): the hidden part.',
	'perf.chart.aria': 'Stacked bar chart of the predikat distribution per agency, {year}',
	'perf.chart.hidden': 'Hidden (*)',
	'curve.title': 'Fit with the SE MenPANRB 3/2023 distribution pattern, {year}',
	'curve.caption':
		'Source: agg_performance_agency_year. Pattern by the organisation’s own predikat (raw_org_rating). “–”: no organisation predikat.',
	'curve.col.org': 'Organisation predikat',
	'curve.col.ok': 'Fits',
	'curve.col.violations': 'Notes',
	'curve.yes': 'yes',
	'curve.no': 'no',

	'comp.jp.heading': 'The 20 JP minimum',
	'comp.jp.intro':
		'Every civil servant is entitled to at least 20 learning hours (JP) of competency development a year (PP 11/2017 Pasal 203 ayat (4) as amended by PP 17/2020).',
	'comp.jp.title': '20 JP compliance by agency, {year}',
	'comp.jp.caption':
		'Source: agg_training_employee_year, {year}: active employees and JP of completed trainings; employees without training count as 0 JP.',
	'comp.col.employees': 'Employees',
	'comp.col.meets': '≥ 20 JP',
	'comp.col.below': '< 20 JP',
	'comp.col.share': '% ≥ 20 JP',
	'comp.hist.caption':
		'Source: agg_training_employee_year, {year}; whole city, {n} employees. Orange bars are below 20 JP; hidden JP groups are not drawn.',
	'comp.hist.aria': 'Bar chart of employees per JP group, {year}, with the 20 JP line',
	'comp.gap.heading': 'Largest competency gaps',
	'comp.gap.intro':
		'Gap = required level of the position − level of the latest assessment (positive = below standard). Each employee’s latest assessment, whatever its year; current agency.',
	'comp.gap.title': 'Competencies by share of employees below standard (whole city)',
	'comp.gap.caption':
		'Source: agg_competency_gap_agency (latest assessment per employee). Technical competencies without a city standard have no gap.',
	'comp.col.competency': 'Competency',
	'comp.col.type': 'Type',
	'comp.col.assessed': 'Assessed',
	'comp.col.meanGap': 'Mean gap',
	'comp.col.belowStandard': 'Below standard',
	'comp.heat.caption':
		'Source: agg_competency_gap. Cell value = mean required − assessed level (positive = below standard). Cells under {min} employees, and their complementary cells, are not drawn.',
	'comp.heat.aria': 'Heatmap of the mean competency gap per agency and competency',
	'comp.targets.heading': 'Training targets by competency',
	'comp.targets.intro':
		'Training targets: active employees below 20 JP in the latest training year ({year}) with at least one competency below standard, counted by the competency to train first. Counts only — the list of names is available to BKPSDM on the internal dashboard.',
	'comp.targets.city.title': 'Training targets by competency, whole city ({year})',
	'comp.targets.city.caption': 'Source: agg_training_targets, training year {year}.',
	'comp.targets.opd.title': 'Training targets by agency and competency ({year})',
	'comp.targets.opd.caption':
		'Source: agg_training_targets, training year {year}. Columns = competency codes (names in the previous table). Agencies without targets are not listed.',
	'comp.col.targets': 'Target employees',
	'comp.col.total': 'Total',
	'comp.empty.targets': 'The warehouse holds no training targets.',

	'att.intro':
		'Attendance is counted over working days (Monday–Friday except national holidays and cuti bersama, Perpres 21/2023). The PP 94/2021 band is a risk indicator from the number of unexcused days, not a sanction: a sanction needs an examination and a decision.',
	'att.month.caption':
		'Source: int_attendance_days_unified, working days {year}; whole city; shares of recorded working days.',
	'att.month.aria': 'Bar chart of the share present and late per month, {year}',
	'att.table.title': 'Unexcused working days by agency, {year}',
	'att.table.caption':
		'Source: agg_discipline_employee_year, {year}. Share = unexcused days ÷ working days of the employees recorded.',
	'att.col.employees': 'Employees recorded',
	'att.col.workdays': 'Working days',
	'att.col.rate': 'Unexcused',
	'pp94.table.title': 'PP 94/2021 risk indicator by agency, {year} (not a sanction)',
	'pp94.table.caption':
		'Source: agg_discipline_employee_year, {year}: employees per band by cumulative unexcused days (ringan 3–10, sedang 11–20, berat ≥ 21 days or 10 consecutive working days).',
	'pp94.col.none': 'Not at risk',
	'pp94.col.share': 'At risk',
	'pp94.chart.title':
		'{share} of employees within a PP 94/2021 risk band in {year} (not a sanction)',
	'pp94.chart.caption':
		'Source: agg_discipline_employee_year, {year}. Share of employees per band; hidden cells are not drawn.',
	'pp94.chart.aria':
		'Stacked bar chart of the share of employees per PP 94/2021 risk band per agency, {year}',
	'pp94.chart.none': 'No risk band can be drawn in {year} without revealing a small group.',

	'ready.intro':
		'The resistance-to-change index is the project’s own derivation, not a regulation: the weighted mean of its components’ z-scores against the city’s other agencies (0 = city average; above 0 = more resistant). It is computed per agency only, never per person, and is provisional.',
	'ready.chart.caption':
		'Source: agg_change_readiness_agency_year, {year}. {shown} agencies drawn; {hidden} agencies under {min} employees get no index.',
	'ready.chart.aria':
		'Horizontal bar chart of the resistance-to-change index per agency, {year}, with the city line at 0',
	'ready.table.title': 'Resistance index by agency, {year}',
	'ready.table.caption':
		'Source: agg_change_readiness_agency_year, {year}. Rank 1 = most resistant; components = how many components had data.',
	'ready.col.components': 'Components',
	'ready.col.index': 'Index',
	'ready.col.rank': 'Rank',
	'ready.comp.title': 'Index components by agency (z-scores), {year}',
	'ready.comp.caption':
		'Source: agg_change_readiness_components, {year}. z-scores to one decimal; higher = more resistant than the city average; “–” = no data. Numerators and denominators are not printed so that small groups stay hidden.',
	'ready.comp.legend': 'Components',
	'ready.empty': 'The resistance index is not available for {year}.',

	'method.intro':
		'This annex reproduces the methodology notes sql/METHODOLOGY.md of the code version that built the report: the definition of each figure, its model, regulation, provisional values and limits (bilingual, as in the original).',

	'dq.intro':
		'Sources, coverage and rows rejected by validation, from the warehouse’s load log (etl_runs, etl_files, etl_rejects). Counts only: the content of rejected rows is not printed. The SHA-256 of every file is in manifest.json.',
	'dq.sources.title': 'Data sources by export kind',
	'dq.sources.caption': 'Source: etl_files (files loaded and files rejected whole).',
	'dq.col.kind': 'Export kind',
	'dq.col.files': 'Files',
	'dq.col.filesRejected': 'Files rejected',
	'dq.col.read': 'Rows read',
	'dq.col.loaded': 'Loaded',
	'dq.col.rejected': 'Rejected',
	'dq.col.duplicate': 'Duplicates',
	'dq.col.asOf': 'Data dates',
	'dq.coverage.title': 'Data coverage {year}',
	'dq.coverage.caption':
		'Source: int_employee_years_active, fct_appraisals, agg_training_employee_year, agg_discipline_employee_year, agg_competency_gap. Shares of active employees.',
	'dq.col.item': 'Coverage',
	'dq.col.count': 'Employees',
	'dq.col.share': '% of active employees',
	'dq.cov.active': 'Active employees',
	'dq.cov.appraised': 'With an annual appraisal predikat',
	'dq.cov.withoutPredikat': 'Annual appraisals without a predikat',
	'dq.cov.training': 'In the training summary',
	'dq.cov.attendance': 'With attendance records',
	'dq.cov.assessed': 'Ever assessed for competencies (latest assessment)',
	'dq.rejects.title': 'Rejected rows by reason',
	'dq.rejects.caption':
		'Source: etl_rejects, all load runs. “warning” = the row was loaded but flagged.',
	'dq.col.rule': 'Rule',
	'dq.col.meaning': 'Meaning',
	'dq.col.severity': 'Severity',
	'dq.col.rows': 'Rows',
	'dq.severity.error': 'rejected',
	'dq.severity.warning': 'warning',
	'dq.runs.title': 'Warehouse load history',
	'dq.runs.caption': 'Source: etl_runs. Times in WIB.',
	'dq.col.run': 'Load run',
	'dq.col.finished': 'Finished',
	'dq.col.status': 'Status',
	'dq.col.rowsLoaded': 'Rows loaded',
	'dq.col.version': 'Code version',
	'kind.roster': 'employee roster (SIMPEG/SIASN)',
	'kind.appraisal': 'performance appraisals (e-Kinerja, e-SKP)',
	'kind.attendance': 'attendance summaries',
	'kind.punches': 'attendance device logs',
	'kind.pin-map': 'device PIN to NIP map',
	'kind.training': 'training records',
	'kind.competency': 'competency assessments',
	'kind.org-rating': 'organisation performance predikat',
	'kind.feedback': 'performance dialogues',
	'kind.awards': 'awards',
	'kind.sanctions': 'disciplinary sanctions',
	'rule.required_missing': 'a required value is empty',
	'rule.nip_excel_mangled': 'NIP damaged by Excel (scientific notation)',
	'rule.nip_format': 'NIP is not 18 digits',
	'rule.nip_birth_date': 'impossible birth date in the NIP',
	'rule.nip_appointment': 'impossible appointment month in the NIP',
	'rule.nip_gender': 'invalid gender digit in the NIP',
	'rule.date_invalid': 'invalid date',
	'rule.time_invalid': 'invalid time',
	'rule.number_invalid': 'not a number',
	'rule.out_of_range': 'number out of range',
	'rule.unknown_code': 'unknown code',
	'rule.unknown_agency': 'unknown agency',
	'rule.predikat_contradicts_matrix': 'predikat contradicts the matrix',
	'rule.duplicate_conflict': 'conflicting duplicate rows',
	'rule.pin_unmapped': 'device PIN without a NIP',
	'rule.not_data_row': 'total or signature row',
	'rule.date_order': 'end date before start date',
	'rule.other': 'other rule',

	'law.intro':
		'The regulations behind the figures of this report, named as in the project’s domain notes. Values not yet confirmed from the regulation’s text are marked provisional in Annex {annex}.',
	'law.heading': 'Legal basis',
	'glossary.heading': 'Glossary',

	'sec.umpanBalik': 'Feedback and rewards',
	'fb.intro':
		'After the appraisal, employees discuss the result with their superior in a performance dialogue and agree a development plan (PermenPANRB 6/2022); high performers and those completing 10, 20 or 30 years of service are recognised. This chapter shows whether that loop closes: dialogue coverage by agency, plans followed by training, and awards — counts only.',
	'fb.table.title': 'Performance dialogues and development plans by agency, {year}',
	'fb.table.caption':
		'Source: agg_feedback_coverage_agency_period, {year}, whole year. Appraised employees in three groups: dialogue with a development plan, dialogue without a plan, no dialogue recorded; shares of appraised employees.',
	'fb.col.appraised': 'Appraised',
	'fb.col.withPlan': 'Dialogue + plan',
	'fb.col.dialogueOnly': 'Dialogue only',
	'fb.col.noDialogue': 'No dialogue',
	'fb.col.shareDialogue': '% dialogue',
	'fb.col.sharePlan': '% plan',
	'fb.chart.caption':
		'Source: agg_feedback_coverage_agency_period, {year}; shares of appraised employees. {shown} agencies drawn; {hidden} agencies with small groups or hidden cells appear in the table only.',
	'fb.chart.aria':
		'Horizontal bar chart of the share of employees with a performance dialogue and with a development plan by agency, {year}',
	'fb.empty': 'No performance dialogues are recorded for {year}.',
	'fb.plans.heading': 'Development plans followed through',
	'fb.plans.intro':
		'A plan is followed when a course in the competency it names starts within 12 months of the dialogue. Only plans whose 12-month window has ended are judged, so this figure refers to the latest plan year that can be judged, not always the report year.',
	'fb.plans.title': 'Development plans of {plansYear} followed by training (whole city)',
	'fb.plans.title.none': 'Development plans followed by training (whole city)',
	'fb.plans.caption':
		'Source: agg_feedback_coverage_agency_period, plans of {plansYear} (the latest year up to {year} whose plans can be judged); one plan = one competency named. Shares of the plans judged.',
	'fb.plans.resolved': 'Plans that can be judged',
	'fb.plans.followed': 'Followed by a course in their competency',
	'fb.plans.notFollowed': 'Not followed within 12 months',
	'fb.plans.pending': 'Still within 12 months (not judged)',
	'fb.plans.none': 'No development plan up to {year} has reached the end of its 12-month window.',
	'fb.col.plans': 'Plans',
	'fb.col.planShare': '% of judged',
	'fb.awards.heading': 'Awards',
	'fb.awards.title': 'Awards given by type, {year}',
	'fb.awards.caption':
		'Source: agg_awards_given_year, {year}; whole city, from the SIMPEG award history. The Satyalancana Karya Satya by class, other awards by name.',
	'fb.awards.total': 'Total awards',
	'fb.awards.none': 'No awards are recorded for {year}.',
	'fb.col.awardType': 'Award',
	'fb.col.awards': 'Awards',
	'fb.col.recipients': 'Employees',
	'fb.slks.title': 'Satyalancana Karya Satya eligibility, {year}: number of PNS',
	'fb.slks.caption':
		'Source: agg_satyalancana_eligibility, {year}: PNS on the year-end roster. Eligible by the class due (10/20/30 years of service from TMT CPNS, class not yet received, no moderate or heavy disciplinary penalty); ineligible by their main reason.',
	'fb.slks.eligible': 'Eligible',
	'fb.slks.ineligible': 'Not eligible',
	'fb.slks.total': 'Total PNS',
	'fb.slks.none': 'Satyalancana Karya Satya eligibility is not available for {year}.',
	'fb.col.status': 'Status',
	'fb.col.classOrReason': 'Class or reason',
	'fb.col.pns': 'PNS',
	'fb.internal':
		'The list of award candidates (employees rated Sangat Baik in consecutive years) and the named Satyalancana eligibility list are internal, individual-level lists for BKPSDM and heads of agencies to consider; neither is ever published. This chapter gives counts only, and groups under {min} people are hidden (*).',
	'sum.feedback':
		'In {year}, {dialogue} of appraised employees had a recorded performance dialogue with their superior and {plan} agreed a development plan.',
	'sum.feedback.dialogue':
		'In {year}, {dialogue} of appraised employees had a recorded performance dialogue with their superior.',
	'sum.plans':
		'Of the {resolved} development plans of {plansYear} that can be judged, {share} were followed by a course in the competency they name within 12 months.',
	'sum.awards':
		'{total} awards were given to employees in {year}, {slks} of them the Satyalancana Karya Satya.',
	'sum.awards.plain': '{total} awards were given to employees in {year}.',
	'sum.satyalancana':
		'At the end of {year}, {eligible} PNS are eligible for a Satyalancana Karya Satya class they have not yet received.'
};

const catalogues: Record<Lang, Record<ReportMessageKey, string>> = { id, en };

/** A report message with its `{name}` placeholders filled; an unknown placeholder stays visible. */
export function rt(
	lang: Lang,
	key: ReportMessageKey,
	vars: Record<string, string | number> = {}
): string {
	return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

/** Has the catalogue a message for this key (rule descriptions are looked up by data)? */
export function hasMessage(key: string): key is ReportMessageKey {
	return key in id;
}
