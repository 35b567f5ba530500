/**
 * What the test validator knows of each kind: canonical columns with their header variants, types and
 * code lists (exports.md, domain.md), the natural key and the cross-column checks. Written apart from
 * the generator on purpose, so the recount is independent.
 */

export type ColType =
	| { t: 'nip' }
	| { t: 'text' }
	| { t: 'date' }
	| { t: 'timestamp' }
	| { t: 'time' }
	| { t: 'int' | 'number'; min: number; max: number }
	| { t: 'code'; list: Set<string> }
	| { t: 'agency' }
	| { t: 'ignore' };

export interface Col {
	aliases: string[];
	type: ColType;
	required?: boolean;
}

export function headerKey(s: string): string {
	return s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const list = (...values: string[]) => ({
	t: 'code' as const,
	list: new Set(values.map(headerKey))
});
const ATT = list(
	'H',
	'I',
	'S',
	'C',
	'CT',
	'DL',
	'TB',
	'TK',
	'Alpa',
	'Hadir',
	'Izin',
	'Sakit',
	'Cuti',
	'Dinas Luar',
	'Tugas Belajar'
);
const RATING = list('Di Atas Ekspektasi', 'Sesuai Ekspektasi', 'Di Bawah Ekspektasi');
const PREDIKAT = list(
	'Sangat Baik',
	'Baik',
	'Butuh Perbaikan',
	'Kurang/Misconduct',
	'Sangat Kurang',
	'Cukup',
	'Kurang'
);
const PERIODE = list('Tahunan', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV');
const ROMAN = [
	'I',
	'II',
	'III',
	'IV',
	'V',
	'VI',
	'VII',
	'VIII',
	'IX',
	'X',
	'XI',
	'XII',
	'XIII',
	'XIV',
	'XV',
	'XVI',
	'XVII'
];
const RUANG = [
	...['I', 'II', 'III'].flatMap((g) => 'abcd'.split('').map((r) => [g, r])),
	...'abcde'.split('').map((r) => ['IV', r])
];
const GOLONGAN = list(
	...RUANG.flatMap(([g, r]) => [`${g}/${r}`, `${g}.${r}`, `${g}${r}`]),
	...ROMAN
);
const COMPETENCY = list(
	...['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01'],
	...[
		'Integritas',
		'Kerjasama',
		'Komunikasi',
		'Orientasi pada Hasil',
		'Pelayanan Publik',
		'Pengembangan Diri dan Orang Lain',
		'Mengelola Perubahan',
		'Pengambilan Keputusan',
		'Perekat Bangsa'
	],
	...[
		'Pembelajaran dan Asesmen',
		'Pelayanan Kesehatan',
		'Pengelolaan Keuangan Daerah',
		'Manajemen Aparatur Sipil Negara',
		'Pengelolaan Kearsipan',
		'Pelayanan Administrasi Kependudukan',
		'Perencanaan dan Penganggaran Daerah',
		'Pengadaan Barang/Jasa Pemerintah'
	]
);
const YEAR = { t: 'int' as const, min: 2000, max: 2100 };
const NIP: Col = { aliases: ['nip'], type: { t: 'nip' }, required: true };
const NAMA: Col = { aliases: ['nama', 'nama pegawai'], type: { t: 'text' } };

/** Per kind: canonical columns, natural key, and the cross-column checks that apply. */
export const KINDS: Record<
	string,
	{ cols: Record<string, Col>; key: string[]; order?: [string, string] }
> = {
	roster: {
		key: ['nip'],
		cols: {
			nip: NIP,
			nama: { ...NAMA, required: true },
			unit: {
				aliases: ['unit kerja', 'nama skpd', 'perangkat daerah', 'kode opd', 'opd'],
				type: { t: 'agency' },
				required: true
			},
			status: {
				aliases: ['status pegawai', 'jenis pegawai', 'status'],
				type: list('PNS', 'PPPK', 'CPNS')
			},
			jk: { aliases: ['jenis kelamin', 'jk'], type: list('L', 'P', 'Laki-laki', 'Perempuan') },
			lahir: { aliases: ['tanggal lahir', 'tgl lahir'], type: { t: 'date' } },
			gol: { aliases: ['golongan', 'gol ruang', 'pangkat gol'], type: GOLONGAN },
			jenis: {
				aliases: ['jenis jabatan'],
				type: list('JPT', 'Administrator', 'Pengawas', 'Pelaksana', 'Fungsional')
			},
			tmt: { aliases: ['tmt cpns'], type: { t: 'date' } },
			text: {
				aliases: [
					'pangkat',
					'jabatan',
					'nama jabatan',
					'eselon',
					'pendidikan',
					'pendidikan terakhir',
					'no'
				],
				type: { t: 'ignore' }
			}
		}
	},
	appraisal: {
		key: ['nip', 'tahun', 'periode'],
		cols: {
			nip: NIP,
			tahun: { aliases: ['tahun'], type: YEAR, required: true },
			periode: { aliases: ['periode'], type: PERIODE },
			hasil: { aliases: ['rating hasil kerja'], type: RATING },
			perilaku: { aliases: ['rating perilaku', 'rating perilaku kerja'], type: RATING },
			predikat: { aliases: ['predikat', 'predikat kinerja'], type: PREDIKAT },
			status: { aliases: ['status'], type: list('Draft', 'Diajukan', 'Disetujui', 'Final') },
			diajukan: { aliases: ['tanggal diajukan'], type: { t: 'date' } },
			disetujui: { aliases: ['tanggal disetujui'], type: { t: 'date' } },
			umpan: { aliases: ['jumlah umpan balik'], type: { t: 'int', min: 0, max: 1000 } },
			penilai: { aliases: ['nip pejabat penilai', 'nip penilai'], type: { t: 'nip' } },
			nilai: {
				aliases: ['nilai skp', 'nilai perilaku', 'nilai akhir'],
				type: { t: 'number', min: 0, max: 120 }
			},
			unit: { aliases: ['unit kerja'], type: { t: 'agency' } },
			text: { aliases: ['nama', 'jabatan', 'no'], type: { t: 'ignore' } }
		}
	},
	attendance: {
		key: ['nip', 'tanggal'],
		cols: {
			nip: NIP,
			tanggal: { aliases: ['tanggal', 'tgl', 'hari tanggal'], type: { t: 'date' }, required: true },
			masuk: {
				aliases: ['jam masuk', 'scan masuk', 'jam pulang', 'scan pulang'],
				type: { t: 'time' }
			},
			status: { aliases: ['keterangan', 'status'], type: ATT },
			menit: { aliases: ['terlambat', 'pulang awal'], type: { t: 'int', min: 0, max: 1440 } },
			unit: { aliases: ['unit kerja', 'kode opd'], type: { t: 'agency' } },
			text: { aliases: ['nama', 'no'], type: { t: 'ignore' } }
		}
	},
	training: {
		key: ['nip', 'pelatihan', 'mulai'],
		order: ['mulai', 'selesai'],
		cols: {
			nip: NIP,
			pelatihan: {
				aliases: ['nama pelatihan', 'nama diklat', 'judul pelatihan'],
				type: { t: 'text' },
				required: true
			},
			jenis: {
				aliases: ['jenis kompetensi', 'jenis diklat', 'rumpun'],
				type: list('Teknis', 'Manajerial', 'Sosial Kultural')
			},
			jalur: {
				aliases: ['jalur', 'metode', 'bentuk'],
				type: list(
					'Klasikal',
					'e-Learning',
					'Non Klasikal',
					'Coaching',
					'Mentoring',
					'Seminar',
					'Workshop'
				)
			},
			mulai: { aliases: ['tanggal mulai', 'tgl mulai', 'mulai'], type: { t: 'date' } },
			selesai: { aliases: ['tanggal selesai', 'tgl selesai', 'selesai'], type: { t: 'date' } },
			jp: { aliases: ['jp', 'jumlah jp'], type: { t: 'number', min: 0, max: 500 } },
			durasi: { aliases: ['durasi jam'], type: { t: 'number', min: 0, max: 2000 } },
			status: {
				aliases: ['status', 'status pelatihan'],
				type: list('Selesai', 'Terdaftar', 'Tidak Hadir', 'Mengundurkan Diri')
			},
			text: {
				aliases: ['nama', 'no', 'penyelenggara', 'lembaga', 'no sertifikat', 'nomor sertifikat'],
				type: { t: 'ignore' }
			}
		}
	},
	competency: {
		key: ['nip', 'kompetensi', 'tanggal'],
		cols: {
			nip: NIP,
			kompetensi: { aliases: ['kompetensi', 'kode kompetensi'], type: COMPETENCY, required: true },
			capaian: { aliases: ['level capaian'], type: { t: 'int', min: 1, max: 5 }, required: true },
			standar: { aliases: ['level standar'], type: { t: 'int', min: 1, max: 5 } },
			tanggal: { aliases: ['tanggal asesmen'], type: { t: 'date' } },
			potensial: { aliases: ['potensial'], type: list('Rendah', 'Menengah', 'Tinggi') },
			text: { aliases: ['nama', 'jabatan', 'jenis jabatan', 'asesor'], type: { t: 'ignore' } }
		}
	},
	'org-rating': {
		key: ['unit', 'tahun'],
		cols: {
			unit: { aliases: ['perangkat daerah'], type: { t: 'agency' }, required: true },
			tahun: { aliases: ['tahun'], type: YEAR, required: true },
			predikat: {
				aliases: ['predikat organisasi'],
				type: list('Istimewa', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'),
				required: true
			}
		}
	},
	feedback: {
		key: ['nip', 'tanggal'],
		cols: {
			nip: NIP,
			tanggal: { aliases: ['tanggal'], type: { t: 'date' }, required: true },
			tahun: { aliases: ['tahun'], type: YEAR },
			periode: { aliases: ['periode'], type: PERIODE },
			atasan: { aliases: ['nip atasan'], type: { t: 'nip' } },
			text: {
				aliases: ['nama', 'rencana pengembangan', 'kompetensi', 'catatan'],
				type: { t: 'ignore' }
			}
		}
	},
	awards: {
		key: ['nip', 'jenis', 'tahun'],
		cols: {
			nip: NIP,
			jenis: { aliases: ['jenis penghargaan'], type: { t: 'text' }, required: true },
			tahun: { aliases: ['tahun'], type: { t: 'int', min: 1950, max: 2100 }, required: true },
			tanggal: { aliases: ['tanggal'], type: { t: 'date' } },
			text: { aliases: ['nama', 'nomor keputusan'], type: { t: 'ignore' } }
		}
	},
	sanctions: {
		key: ['nip', 'jenis', 'sk'],
		order: ['mulai', 'selesai'],
		cols: {
			nip: NIP,
			tingkat: { aliases: ['tingkat'], type: list('Ringan', 'Sedang', 'Berat'), required: true },
			jenis: { aliases: ['jenis hukuman'], type: { t: 'text' }, required: true },
			sk: { aliases: ['tanggal sk'], type: { t: 'date' }, required: true },
			mulai: { aliases: ['tanggal mulai'], type: { t: 'date' } },
			selesai: { aliases: ['tanggal selesai'], type: { t: 'date' } },
			text: { aliases: ['nama', 'nomor sk'], type: { t: 'ignore' } }
		}
	},
	'pin-map': {
		key: ['pin'],
		cols: {
			pin: { aliases: ['pin'], type: { t: 'text' }, required: true },
			nip: NIP,
			text: { aliases: ['nama', 'sn mesin'], type: { t: 'ignore' } }
		}
	},
	punches: {
		key: ['pin', 'waktu'],
		cols: {
			pin: { aliases: ['pin'], type: { t: 'text' }, required: true },
			waktu: { aliases: ['waktu'], type: { t: 'timestamp' }, required: true },
			text: {
				aliases: ['status', 'verify', 'workcode', 'f6', 'f7', 'f8', 'f9', 'f10'],
				type: { t: 'ignore' }
			}
		}
	}
};
