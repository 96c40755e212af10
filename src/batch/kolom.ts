// The columns of the batch spreadsheet: one row per penilaian period, grouped by NIP. Person columns
// may be filled on a person's first row only or repeated on every row; period columns describe one row.
// The template (template.ts), the reader (baris.ts) and the error messages all use these definitions.

export type IdKolom =
  | 'nip'
  | 'nama'
  | 'unit_kerja'
  | 'instansi'
  | 'jabatan_fungsional'
  | 'jenjang'
  | 'golongan'
  | 'tmt_pangkat'
  | 'tmt_jenjang'
  | 'jenis_ak_awal'
  | 'ak_awal'
  | 'bebas_hukuman_disiplin'
  | 'formasi_tersedia'
  | 'lulus_uji_kompetensi'
  | 'tanggal_perhitungan'
  | 'periode_mulai'
  | 'periode_selesai'
  | 'predikat'
  | 'jenjang_periode'
  | 'ak_konversi_tertulis'
  | 'jumlah_konversi_tertulis'
  | 'ak_kumulatif_tertulis';

export interface Kolom {
  id: IdKolom;
  /** Header as printed in the template. */
  judul: string;
  lingkup: 'pegawai' | 'periode';
  wajib: boolean;
  uraian: string;
  contoh: string;
  /** Other headers people write for this column (compared after normalisation). */
  alias?: string[];
}

export const KOLOM: Kolom[] = [
  {
    id: 'nip',
    judul: 'nip',
    lingkup: 'pegawai',
    wajib: true,
    uraian:
      'NIP 18 angka (tanggal lahir TTTTBBHH, TMT CPNS TTTTBB, jenis kelamin 1/2, nomor urut). Baris-baris satu pegawai harus berurutan.',
    contoh: '199001012015031001',
    alias: ['nip_baru', 'nip_pegawai'],
  },
  {
    id: 'nama',
    judul: 'nama',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Nama pegawai, untuk laporan dan dokumen.',
    contoh: 'Andi Saputra',
    alias: ['nama_pegawai', 'nama_lengkap'],
  },
  {
    id: 'unit_kerja',
    judul: 'unit_kerja',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Unit kerja, untuk laporan dan dokumen.',
    contoh: 'Bagian Hubungan Masyarakat',
    alias: ['unit', 'unor'],
  },
  {
    id: 'instansi',
    judul: 'instansi',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Instansi, untuk dokumen.',
    contoh: 'Pemerintah Kabupaten Contoh',
  },
  {
    id: 'jabatan_fungsional',
    judul: 'jabatan_fungsional',
    lingkup: 'pegawai',
    wajib: true,
    uraian:
      'Jabatan fungsional seperti tertulis pada SK atau SIASN, mis. "Pranata Humas", "Analis Kepegawaian" (daftar dan sebutan lain: halaman /aturan); jenjang boleh ikut di sel ini ("Analis Kepegawaian Ahli Muda"), kolom jenjang lalu boleh kosong. JF di luar katalog: "Jabatan Fungsional lainnya".',
    contoh: 'Pranata Humas',
    alias: ['jf', 'jabatan'],
  },
  {
    id: 'jenjang',
    judul: 'jenjang',
    lingkup: 'pegawai',
    wajib: true,
    uraian: 'Jenjang jabatan saat ini, mis. Ahli Pertama, Ahli Muda, Terampil.',
    contoh: 'Ahli Pertama',
    alias: ['jenjang_jabatan'],
  },
  {
    id: 'golongan',
    judul: 'golongan',
    lingkup: 'pegawai',
    wajib: true,
    uraian: 'Golongan ruang saat ini, mis. III/a (III a, 3a juga diterima).',
    contoh: 'III/a',
    alias: ['golongan_ruang', 'gol', 'pangkat_golongan'],
  },
  {
    id: 'tmt_pangkat',
    judul: 'tmt_pangkat',
    lingkup: 'pegawai',
    wajib: true,
    uraian: 'TMT pangkat/golongan saat ini: TTTT-BB-HH atau HH/BB/TTTT, tahun 1900 sampai 2100.',
    contoh: '2022-04-01',
    alias: ['tmt_golongan'],
  },
  {
    id: 'tmt_jenjang',
    judul: 'tmt_jenjang',
    lingkup: 'pegawai',
    wajib: true,
    uraian: 'TMT jenjang jabatan saat ini: TTTT-BB-HH atau HH/BB/TTTT, tahun 1900 sampai 2100.',
    contoh: '2022-04-01',
    alias: ['tmt_jabatan'],
  },
  {
    id: 'jenis_ak_awal',
    judul: 'jenis_ak_awal',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Jenis angka kredit awal: Integrasi, AK Dasar, PAK terakhir (JF lama), Penyesuaian, Konversi, Pendidikan, atau Lainnya. Wajib bila ak_awal diisi.',
    contoh: 'Integrasi',
  },
  {
    id: 'ak_awal',
    judul: 'ak_awal',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Angka kredit awal dalam jenjang saat ini, mis. 12,5 atau 150,63 (paling banyak 9 angka di depan koma dan 6 di belakang koma). Kosongkan bila tidak ada.',
    contoh: '12,5',
    alias: ['angka_kredit_awal'],
  },
  {
    id: 'bebas_hukuman_disiplin',
    judul: 'bebas_hukuman_disiplin',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Ya bila tidak sedang menjalani hukuman disiplin (dinyatakan, tidak diperiksa). Kosong: belum dinyatakan (hasilnya BELUM DAPAT DIPASTIKAN bila hanya pernyataan yang kurang).',
    contoh: 'Ya',
    alias: ['bebas_hukdis'],
  },
  {
    id: 'formasi_tersedia',
    judul: 'formasi_tersedia',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Ya bila formasi jenjang berikutnya tersedia (untuk kenaikan jenjang). Kosong: belum dinyatakan (hasilnya BELUM DAPAT DIPASTIKAN bila hanya pernyataan yang kurang).',
    contoh: 'Tidak',
    alias: ['formasi'],
  },
  {
    id: 'lulus_uji_kompetensi',
    judul: 'lulus_uji_kompetensi',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Ya bila sudah lulus uji kompetensi (untuk kenaikan jenjang). Kosong: belum dinyatakan (hasilnya BELUM DAPAT DIPASTIKAN bila hanya pernyataan yang kurang).',
    contoh: 'Tidak',
    alias: ['lulus_ukom', 'ukom'],
  },
  {
    id: 'tanggal_perhitungan',
    judul: 'tanggal_perhitungan',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Tanggal perhitungan untuk pegawai ini. Kosong: tanggal perhitungan yang dipilih saat mengunggah.',
    contoh: '',
  },
  {
    id: 'ak_kumulatif_tertulis',
    judul: 'ak_kumulatif_tertulis',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Angka kredit kumulatif yang tertulis pada dokumen pegawai, untuk diperiksa. Kosongkan bila tidak diperiksa.',
    contoh: '37,5',
  },
  {
    id: 'jumlah_konversi_tertulis',
    judul: 'jumlah_konversi_tertulis',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Jumlah angka kredit konversi dalam jenjang yang tertulis pada dokumen Akumulasi, untuk diperiksa.',
    contoh: '',
  },
  {
    id: 'periode_mulai',
    judul: 'periode_mulai',
    lingkup: 'periode',
    wajib: false,
    uraian: 'Bulan pertama periode penilaian: TTTT-BB, BB/TTTT, atau nama bulan (Januari 2024); tahun 1900 sampai 2100.',
    contoh: '2023-01',
    alias: ['mulai', 'bulan_mulai'],
  },
  {
    id: 'periode_selesai',
    judul: 'periode_selesai',
    lingkup: 'periode',
    wajib: false,
    uraian: 'Bulan terakhir periode penilaian (inklusif).',
    contoh: '2023-12',
    alias: ['selesai', 'bulan_selesai'],
  },
  {
    id: 'predikat',
    judul: 'predikat',
    lingkup: 'periode',
    wajib: false,
    uraian: 'Predikat kinerja: Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang; huruf besar/kecil dan spasi bebas.',
    contoh: 'Baik',
    alias: ['predikat_kinerja'],
  },
  {
    id: 'jenjang_periode',
    judul: 'jenjang_periode',
    lingkup: 'periode',
    wajib: false,
    uraian: 'Jenjang pada periode itu, hanya bila berbeda dengan jenjang saat ini (sebelum TMT jenjang).',
    contoh: '',
  },
  {
    id: 'ak_konversi_tertulis',
    judul: 'ak_konversi_tertulis',
    lingkup: 'periode',
    wajib: false,
    uraian: 'Angka kredit konversi periode ini yang tertulis pada dokumen Konversi, untuk diperiksa (mis. 2,08 atau 2,083).',
    contoh: '12,5',
    alias: ['ak_tertulis'],
  },
];

export const KOLOM_PER_ID = new Map(KOLOM.map((k) => [k.id, k]));

/** "TMT Pangkat", "tmt-pangkat", " TMT_PANGKAT " → "tmt_pangkat". */
export function normalJudul(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const PETA_JUDUL = new Map<string, IdKolom>();
for (const k of KOLOM) {
  PETA_JUDUL.set(k.id, k.id);
  for (const a of k.alias ?? []) PETA_JUDUL.set(normalJudul(a), k.id);
}

export interface TataKolom {
  /** Column index → column id (undefined: ignored column). */
  indeks: (IdKolom | undefined)[];
  /** Header as written in the file, by column id (for messages). */
  judul: Map<IdKolom, string>;
  diabaikan: string[];
}

/** Reads the header row; throws a message naming missing or repeated columns. */
export function bacaJudul(sel: string[]): TataKolom | string {
  const indeks: (IdKolom | undefined)[] = [];
  const judul = new Map<IdKolom, string>();
  const diabaikan: string[] = [];
  const ganda: string[] = [];
  sel.forEach((s, i) => {
    const n = normalJudul(s);
    if (!n) {
      indeks[i] = undefined;
      return;
    }
    const id = PETA_JUDUL.get(n);
    if (!id) {
      indeks[i] = undefined;
      diabaikan.push(s.trim());
      return;
    }
    if (judul.has(id)) {
      ganda.push(s.trim());
      indeks[i] = undefined;
      return;
    }
    indeks[i] = id;
    judul.set(id, s.trim());
  });
  if (ganda.length > 0) return `Kolom ${ganda.map((g) => `"${g}"`).join(', ')} muncul lebih dari sekali pada baris judul.`;
  const kurang = KOLOM.filter((k) => k.wajib && !judul.has(k.id)).map((k) => k.judul);
  if (kurang.length > 0) {
    return `Baris judul tidak memuat kolom wajib: ${kurang.join(', ')}. Gunakan templat dari aplikasi ini; baris pertama harus berisi judul kolom.`;
  }
  return { indeks, judul, diabaikan };
}
