/** A regulation or a glossary term with its explanation in both languages. */
export interface Term {
	term: string;
	id: string;
	en: string;
}

/**
 * The regulations the report's figures rest on, cited as shared/domain.md names them (the project's
 * domain notes); what each one governs in this report.
 */
export const LEGAL_BASIS: readonly Term[] = [
	{
		term: 'PermenPANRB No. 6 Tahun 2022 (Pengelolaan Kinerja Pegawai ASN)',
		id: 'Skema penilaian kinerja PNS dan PPPK sejak 2022: rating hasil kerja dan perilaku, matriks predikat lima tingkat, evaluasi periodik dan tahunan, umpan balik berkelanjutan.',
		en: 'The appraisal scheme for PNS and PPPK since 2022: ratings of results and behaviour, the five-level predikat matrix, periodic and annual evaluation, continuous feedback.'
	},
	{
		term: 'SE MenPANRB No. 3 Tahun 2023 (Tata Cara Penetapan Predikat Kinerja Pegawai ASN)',
		id: 'Pola distribusi predikat pegawai menurut predikat kinerja organisasi (kurva distribusi); melaksanakan Pasal 24–25 PermenPANRB 6/2022.',
		en: 'The distribution pattern of employee predikat by the organisation’s own predikat (the distribution curve); implements Pasal 24–25 of PermenPANRB 6/2022.'
	},
	{
		term: 'PP 30/2019 (Penilaian Kinerja PNS) dan PermenPANRB 8/2021',
		id: 'Predikat numerik tahun 2021 (Pasal 41: nilai SKP dan perilaku, predikat menurut rentang nilai).',
		en: 'The numeric predikat of 2021 (Pasal 41: SKP and behaviour scores, predikat by score band).'
	},
	{
		term: 'PP 46/2011 (Penilaian Prestasi Kerja PNS)',
		id: 'Skema lama (SKP 60% + perilaku 40%) untuk data historis sebelum Juli 2021.',
		en: 'The earlier scheme (SKP 60% + behaviour 40%) for historical data before July 2021.'
	},
	{
		term: 'PP 11/2017 Pasal 203 ayat (4) sebagaimana diubah PP 17/2020',
		id: 'Hak pengembangan kompetensi paling sedikit 20 jam pelajaran dalam 1 tahun; Pasal 205–206: perencanaan dari analisis kesenjangan kompetensi dan kinerja.',
		en: 'The right to at least 20 learning hours of competency development a year; Pasal 205–206: planning from competency and performance gap analysis.'
	},
	{
		term: 'Peraturan LAN 10/2018 (Pengembangan Kompetensi PNS)',
		id: '1 JP = 45 menit (sementara), untuk mengubah durasi pelatihan menjadi JP.',
		en: '1 JP = 45 minutes (provisional), to convert training durations into JP.'
	},
	{
		term: 'PermenPANRB 38/2017 (Standar Kompetensi Jabatan ASN)',
		id: 'Kamus kompetensi manajerial (M.01–M.08) dan sosial kultural (Perekat Bangsa), level 1–5, dan standar level menurut jabatan.',
		en: 'The dictionary of managerial (M.01–M.08) and socio-cultural (Perekat Bangsa) competencies, levels 1–5, and the standard level by position.'
	},
	{
		term: 'Peraturan BKN 26/2019',
		id: 'Istilah Job Person Match (JPM) dan kategori Memenuhi Syarat / Masih Memenuhi Syarat / Kurang Memenuhi Syarat.',
		en: 'The Job Person Match (JPM) terminology and its categories.'
	},
	{
		term: 'PP 94/2021 (Disiplin PNS)',
		id: 'Tingkat hukuman menurut jumlah kumulatif hari tidak masuk kerja tanpa alasan yang sah dalam setahun (Pasal 8–11); di laporan ini hanya sebagai indikator risiko.',
		en: 'Sanction levels by the cumulative number of days absent without a valid reason in a year (Pasal 8–11); in this report only as a risk indicator.'
	},
	{
		term: 'Perpres 21/2023 (Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN)',
		id: 'Lima hari kerja Senin–Jumat, 37 jam 30 menit per minggu, jam kerja mulai 07.30; ketentuan Ramadan.',
		en: 'Five working days Monday–Friday, 37 hours 30 minutes a week, work starting at 07:30; Ramadan hours.'
	},
	{
		term: 'SE Kepala BKN 11/2023 (penggunaan e-Kinerja BKN)',
		id: 'Kewajiban e-Kinerja bagi PNS dan PPPK; batas penyelesaian SKP tahunan awal Januari tahun berikutnya (sementara: 10 Januari).',
		en: 'e-Kinerja is mandatory for PNS and PPPK; the annual SKP is due early January of the following year (provisional: 10 January).'
	},
	{
		term: 'Perda Kota Bukittinggi No. 9 Tahun 2016 (Pembentukan dan Susunan Perangkat Daerah)',
		id: 'Daftar perangkat daerah (OPD) yang menjadi kelompok dalam laporan.',
		en: 'The list of agencies (OPD) that form the groups of this report.'
	},
	{
		term: 'UU 27/2022 (Pelindungan Data Pribadi)',
		id: 'Alasan laporan publik hanya memuat angka agregat dan menyembunyikan kelompok kecil.',
		en: 'Why the public report holds aggregates only and hides small groups.'
	}
];

export const GLOSSARY: readonly Term[] = [
	{
		term: 'ASN, PNS, PPPK',
		id: 'Aparatur Sipil Negara: Pegawai Negeri Sipil (termasuk CPNS) dan Pegawai Pemerintah dengan Perjanjian Kerja.',
		en: 'Civil servants: Pegawai Negeri Sipil (incl. candidates, CPNS) and contract staff (Pegawai Pemerintah dengan Perjanjian Kerja).'
	},
	{
		term: 'OPD',
		id: 'Organisasi perangkat daerah: dinas, badan, sekretariat, kecamatan, dan RSUD Kota Bukittinggi.',
		en: 'A city agency: department, board, secretariat, sub-district office or the city hospital.'
	},
	{
		term: 'SKP',
		id: 'Sasaran Kinerja Pegawai: rencana dan penilaian hasil kerja pegawai dalam setahun.',
		en: 'Sasaran Kinerja Pegawai: the employee’s annual performance plan and its appraisal.'
	},
	{
		term: 'Predikat kinerja; Baik ke atas',
		id: 'Hasil penilaian tahunan pada lima tingkat; “Baik ke atas” = Sangat Baik atau Baik.',
		en: 'The annual appraisal result on five levels; “Baik or better” = Sangat Baik or Baik.'
	},
	{
		term: 'Kurva distribusi',
		id: 'Pola persentase predikat pegawai yang diharapkan menurut predikat kinerja organisasi (SE MenPANRB 3/2023).',
		en: 'The expected pattern of employee predikat shares given the organisation’s predikat (SE MenPANRB 3/2023).'
	},
	{
		term: 'JP',
		id: 'Jam pelajaran pengembangan kompetensi; 1 JP = 45 menit.',
		en: 'Learning hour of competency development; 1 JP = 45 minutes.'
	},
	{
		term: 'Kesenjangan kompetensi',
		id: 'Level standar jabatan dikurangi level capaian asesmen; positif berarti di bawah standar.',
		en: 'Required level minus assessed level; positive means below standard.'
	},
	{
		term: 'Sasaran pelatihan',
		id: 'Pegawai di bawah 20 JP dengan kompetensi di bawah standar; alat bantu perencanaan, bukan keputusan.',
		en: 'Employees below 20 JP with a competency below standard; a planning aid, not a decision.'
	},
	{
		term: 'Tanpa keterangan (TK)',
		id: 'Hari kerja tanpa kehadiran dan tanpa alasan sah (alpa/mangkir).',
		en: 'A working day without attendance and without a valid reason.'
	},
	{
		term: 'Indikator risiko PP 94/2021',
		id: 'Tingkat ringan/sedang/berat menurut hari tanpa keterangan; bukan sanksi.',
		en: 'The ringan/sedang/berat band by unexcused days; not a sanction.'
	},
	{
		term: 'Indeks resistensi; z-skor',
		id: 'Rata-rata berbobot z-skor komponen (selisih dari rata-rata kota dibagi simpangan baku kota); turunan proyek, per OPD.',
		en: 'The weighted mean of component z-scores (difference from the city mean divided by the city standard deviation); the project’s derivation, per agency.'
	},
	{
		term: 'Penyembunyian sel (*)',
		id: 'Kelompok kurang dari ambang (bawaan 5 orang) tidak dicetak; sel pelengkap ikut disembunyikan agar angka tersembunyi tidak dapat dihitung dari total.',
		en: 'Groups under the threshold (5 people by default) are not printed; complementary cells are hidden too so that a hidden figure cannot be worked out from the totals.'
	}
];
