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
    alias: ['NIP', 'NIP Baru', 'NIP Pegawai', 'NIP PNS', 'NIP ASN', 'Nomor Induk Pegawai', 'No. NIP'],
  },
  {
    id: 'nama',
    judul: 'nama',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Nama pegawai, untuk laporan dan dokumen.',
    contoh: 'Andi Saputra',
    alias: ['Nama', 'Nama Pegawai', 'Nama Lengkap', 'Nama PNS', 'Nama ASN'],
  },
  {
    id: 'unit_kerja',
    judul: 'unit_kerja',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Unit kerja, untuk laporan dan dokumen.',
    contoh: 'Bagian Hubungan Masyarakat',
    alias: ['Unit Kerja', 'Unit', 'Unor', 'Unor Nama', 'Nama Unor', 'Unit Organisasi'],
  },
  {
    id: 'instansi',
    judul: 'instansi',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Instansi, untuk dokumen.',
    contoh: 'Pemerintah Kabupaten Contoh',
    alias: ['Instansi', 'Nama Instansi', 'Instansi Kerja', 'Instansi Kerja Nama'],
  },
  {
    id: 'jabatan_fungsional',
    judul: 'jabatan_fungsional',
    lingkup: 'pegawai',
    wajib: true,
    uraian:
      'Jabatan fungsional seperti tertulis pada SK atau SIASN, mis. "Pranata Humas", "Analis Kepegawaian" (daftar dan sebutan lain: halaman /aturan); jenjang boleh ikut di sel ini ("Analis Kepegawaian Ahli Muda"), kolom jenjang lalu boleh kosong. JF di luar katalog: "Jabatan Fungsional lainnya".',
    contoh: 'Pranata Humas',
    alias: ['Jabatan Fungsional', 'JF', 'JFT', 'Jabatan', 'Nama Jabatan', 'Jabatan Nama', 'Nama Jabatan Fungsional'],
  },
  {
    id: 'jenjang',
    judul: 'jenjang',
    lingkup: 'pegawai',
    wajib: true,
    uraian: 'Jenjang jabatan saat ini, mis. Ahli Pertama, Ahli Muda, Terampil.',
    contoh: 'Ahli Pertama',
    alias: ['Jenjang', 'Jenjang Jabatan', 'Jenjang JF', 'Jenjang Jabatan Fungsional'],
  },
  {
    id: 'golongan',
    judul: 'golongan',
    lingkup: 'pegawai',
    wajib: true,
    uraian: 'Golongan ruang saat ini, mis. III/a (III a, 3a juga diterima).',
    contoh: 'III/a',
    alias: [
      'Golongan',
      'Gol',
      'Golongan Ruang',
      'Gol/Ruang',
      'Gol. Ruang',
      'Pangkat/Golongan',
      'Pangkat/Gol',
      'Pangkat/Gol. Ruang',
      'Pangkat/Golongan Ruang',
      'Golongan Akhir',
      'Gol Akhir',
      'Gol Akhir Nama',
    ],
  },
  {
    id: 'tmt_pangkat',
    judul: 'tmt_pangkat',
    lingkup: 'pegawai',
    wajib: true,
    uraian: 'TMT pangkat/golongan saat ini: TTTT-BB-HH atau HH/BB/TTTT, tahun 1900 sampai 2100.',
    contoh: '2022-04-01',
    alias: ['TMT Pangkat', 'TMT Golongan', 'TMT Gol', 'TMT Pangkat/Golongan', 'TMT Pangkat/Gol', 'TMT Gol/Ruang', 'TMT Pangkat Terakhir'],
  },
  {
    id: 'tmt_jenjang',
    judul: 'tmt_jenjang',
    lingkup: 'pegawai',
    wajib: true,
    uraian: 'TMT jenjang jabatan saat ini: TTTT-BB-HH atau HH/BB/TTTT, tahun 1900 sampai 2100.',
    contoh: '2022-04-01',
    alias: ['TMT Jenjang', 'TMT Jabatan', 'TMT Jabatan Fungsional', 'TMT JF', 'TMT Jenjang Jabatan'],
  },
  {
    id: 'jenis_ak_awal',
    judul: 'jenis_ak_awal',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Jenis angka kredit awal: Integrasi, AK Dasar, PAK terakhir (JF lama), Penyesuaian, Konversi, Pendidikan, atau Lainnya. Wajib bila ak_awal diisi.',
    contoh: 'Integrasi',
    alias: ['Jenis AK Awal', 'Jenis Angka Kredit Awal'],
  },
  {
    id: 'ak_awal',
    judul: 'ak_awal',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Angka kredit awal dalam jenjang saat ini, mis. 12,5 atau 150,63 (paling banyak 9 angka di depan koma dan 6 di belakang koma). Kosongkan bila tidak ada.',
    contoh: '12,5',
    alias: ['AK Awal', 'Angka Kredit Awal'],
  },
  {
    id: 'bebas_hukuman_disiplin',
    judul: 'bebas_hukuman_disiplin',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Ya bila tidak sedang menjalani hukuman disiplin (dinyatakan, tidak diperiksa). Kosong: belum dinyatakan (hasilnya BELUM DAPAT DIPASTIKAN bila hanya pernyataan yang kurang).',
    contoh: 'Ya',
    alias: ['Bebas Hukuman Disiplin', 'Bebas Hukdis'],
  },
  {
    id: 'formasi_tersedia',
    judul: 'formasi_tersedia',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Ya bila formasi jenjang berikutnya tersedia (untuk kenaikan jenjang). Kosong: belum dinyatakan (hasilnya BELUM DAPAT DIPASTIKAN bila hanya pernyataan yang kurang).',
    contoh: 'Tidak',
    alias: ['Formasi', 'Formasi Tersedia', 'Ketersediaan Formasi'],
  },
  {
    id: 'lulus_uji_kompetensi',
    judul: 'lulus_uji_kompetensi',
    lingkup: 'pegawai',
    wajib: false,
    uraian:
      'Ya bila sudah lulus uji kompetensi (untuk kenaikan jenjang). Kosong: belum dinyatakan (hasilnya BELUM DAPAT DIPASTIKAN bila hanya pernyataan yang kurang).',
    contoh: 'Tidak',
    alias: ['Lulus Uji Kompetensi', 'Lulus Ukom', 'Ukom', 'Uji Kompetensi'],
  },
  {
    id: 'tanggal_perhitungan',
    judul: 'tanggal_perhitungan',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Tanggal perhitungan untuk pegawai ini. Kosong: tanggal perhitungan yang dipilih saat mengunggah.',
    contoh: '',
    alias: ['Tanggal Perhitungan', 'Tgl Perhitungan'],
  },
  {
    id: 'ak_kumulatif_tertulis',
    judul: 'ak_kumulatif_tertulis',
    lingkup: 'pegawai',
    wajib: false,
    uraian: 'Angka kredit kumulatif yang tertulis pada dokumen pegawai, untuk diperiksa. Kosongkan bila tidak diperiksa.',
    contoh: '37,5',
    alias: ['AK Kumulatif', 'Angka Kredit Kumulatif'],
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
    alias: ['Periode Mulai', 'Mulai', 'Bulan Mulai', 'Periode Awal', 'Awal Periode', 'Bulan Awal'],
  },
  {
    id: 'periode_selesai',
    judul: 'periode_selesai',
    lingkup: 'periode',
    wajib: false,
    uraian: 'Bulan terakhir periode penilaian (inklusif).',
    contoh: '2023-12',
    alias: ['Periode Selesai', 'Selesai', 'Bulan Selesai', 'Periode Akhir', 'Akhir Periode', 'Bulan Akhir'],
  },
  {
    id: 'predikat',
    judul: 'predikat',
    lingkup: 'periode',
    wajib: false,
    uraian: 'Predikat kinerja: Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang; huruf besar/kecil dan spasi bebas.',
    contoh: 'Baik',
    alias: ['Predikat', 'Predikat Kinerja', 'Predikat Kinerja Pegawai', 'Predikat SKP'],
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
    alias: ['AK Konversi', 'AK Tertulis', 'Angka Kredit Konversi'],
  },
];

export const KOLOM_PER_ID = new Map(KOLOM.map((k) => [k.id, k]));

/** "TMT Pangkat", "tmt-pangkat", " TMT_PANGKAT " → "tmt_pangkat". */
export function normalizeHeader(s: string): string {
  return s
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Longest header text compared; longer cells are titles or notes, never a column name. */
const MAKS_JUDUL = 120;

/**
 * The key a header is found by: letters and digits only, lower case, accents dropped, so case, spaces
 * and punctuation do not matter ("Pangkat/Gol. Ruang", "PANGKAT / GOL RUANG" → "pangkatgolruang").
 */
export function kunciJudul(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Every header the reader takes for a column: its id, its template header and its aliases, each with
 * the column it names. One table, shown on the template's Petunjuk sheet (template.ts).
 */
export const ALIAS_JUDUL: { id: IdKolom; judul: string[] }[] = KOLOM.map((k) => ({
  id: k.id,
  judul: [...new Set([k.judul, ...(k.alias ?? [])])],
}));

const PETA_JUDUL = new Map<string, IdKolom>();
for (const { id, judul } of ALIAS_JUDUL) {
  for (const j of judul) {
    const kunci = kunciJudul(j);
    const lain = PETA_JUDUL.get(kunci);
    // Two columns sharing a header would make every file with it ambiguous: a mistake in this table.
    if (lain !== undefined && lain !== id) throw new Error(`judul "${j}" dipakai untuk kolom ${lain} dan ${id}`);
    PETA_JUDUL.set(kunci, id);
  }
}

/** The column a header names, if any: as written, or without a note in brackets ("TMT Pangkat (TTTT-BB-HH)"). */
export function idJudul(s: string): IdKolom | undefined {
  if (s.length > MAKS_JUDUL) return undefined;
  return PETA_JUDUL.get(kunciJudul(s)) ?? PETA_JUDUL.get(kunciJudul(s.replace(/\([^)]*\)|\[[^\]]*\]/g, '')));
}

export interface ColumnLayout {
  /** Column index → column id (undefined: ignored column). */
  indeks: (IdKolom | undefined)[];
  /** Header as written in the file, by column id (for messages). */
  judul: Map<IdKolom, string>;
  diabaikan: string[];
  /** The sheet the rows come from (a workbook), for messages naming a cell ("Isian!D7"). */
  lembar?: string;
}

/** A header cell as it may appear in a message. */
const tampil = (s: string) => {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
};

/** A row read as a header: its columns, or why it is refused, and how many columns it names. */
interface BacaanJudul {
  tata?: ColumnLayout;
  pesan?: string;
  /** Distinct columns the row names. */
  dikenal: number;
  /** Whether every required column is named (then the row is the header, even when refused). */
  lengkap: boolean;
}

function nilaiJudul(sel: string[]): BacaanJudul {
  const indeks: (IdKolom | undefined)[] = [];
  const judul = new Map<IdKolom, string>();
  const semua = new Map<IdKolom, string[]>();
  const diabaikan: string[] = [];
  sel.forEach((s, i) => {
    indeks[i] = undefined;
    if (!s || !s.trim()) return;
    const id = idJudul(s);
    if (!id) {
      diabaikan.push(tampil(s));
      return;
    }
    const l = semua.get(id);
    if (l) {
      l.push(tampil(s));
      return;
    }
    semua.set(id, [tampil(s)]);
    indeks[i] = id;
    judul.set(id, s.trim());
  });
  const kurang = KOLOM.filter((k) => k.wajib && !judul.has(k.id)).map((k) => k.judul);
  const hasil = { dikenal: judul.size, lengkap: kurang.length === 0 };
  const ganda = [...semua].filter(([, l]) => l.length > 1);
  if (ganda.length > 0) {
    const pesan = ganda.map(([id, l]) => `kolom ${l.map((j) => `"${j}"`).join(' dan ')} sama-sama dibaca sebagai ${id}`).join('; ');
    return { ...hasil, pesan: `Baris judul bermakna ganda: ${pesan}. Hapus salah satunya atau ganti judulnya.` };
  }
  if (kurang.length > 0) {
    return {
      ...hasil,
      pesan: `Baris judul tidak memuat kolom wajib: ${kurang.join(', ')}. Gunakan templat dari aplikasi ini, atau beri judul kolom seperti pada lembar Petunjuk templat.`,
    };
  }
  return { ...hasil, tata: { indeks, judul, diabaikan } };
}

/** Reads one header row: its columns, or a message naming missing or ambiguous columns. */
export function readHeader(sel: string[]): ColumnLayout | string {
  const b = nilaiJudul(sel);
  return b.tata ?? b.pesan!;
}

/** Non-empty rows searched for the header: title rows, a date line or a blank row may come first. */
export const MAKS_BARIS_SEBELUM_JUDUL = 15;

/**
 * Finds the header among a sheet's first non-empty rows: the first that names every required column.
 * Rows above it (titles, merged title cells, notes) are passed over. A header that names a column twice
 * is refused, not passed over; when none is found, the row that named most columns says what it lacks.
 * `tambah` gives the header's columns once found, a FileError message (with the row number) once the
 * search is over without one, and undefined while it goes on.
 */
export class PencariJudul {
  private dilihat = 0;
  private terbaik: { nomor: number; bacaan: BacaanJudul } | undefined;
  /** Once decided: the header, or the message. */
  hasil: ColumnLayout | string | undefined;
  /** Whether the header was found and refused (a column named twice), rather than not found. */
  ditolak = false;

  tambah(sel: string[], nomor: number): ColumnLayout | string | undefined {
    if (this.hasil !== undefined) return this.hasil;
    if (sel.every((s) => !s || !s.trim())) return undefined;
    this.dilihat++;
    const b = nilaiJudul(sel);
    if (b.tata) return (this.hasil = b.tata);
    if (b.lengkap) {
      this.ditolak = true;
      return (this.hasil = `Baris ${nomor}: ${b.pesan!}`);
    }
    if (b.dikenal > 0 && (!this.terbaik || b.dikenal > this.terbaik.bacaan.dikenal)) this.terbaik = { nomor, bacaan: b };
    if (this.dilihat >= MAKS_BARIS_SEBELUM_JUDUL) return (this.hasil = this.gagal());
    return undefined;
  }

  /** The message when the rows ended before a header: undefined when there was no non-empty row at all. */
  akhir(): string | undefined {
    if (this.hasil !== undefined) return typeof this.hasil === 'string' ? this.hasil : undefined;
    return this.dilihat === 0 ? undefined : (this.hasil = this.gagal());
  }

  /** Whether any non-empty row was seen. */
  get adaIsi(): boolean {
    return this.dilihat > 0;
  }

  private gagal(): string {
    const t = this.terbaik;
    const wajib = KOLOM.filter((k) => k.wajib)
      .map((k) => k.judul)
      .join(', ');
    if (t) return `Baris ${t.nomor}: ${t.bacaan.pesan!}`;
    return `Baris judul tidak ditemukan pada ${this.dilihat} baris pertama yang berisi: tidak ada baris yang memuat judul kolom wajib (${wajib}). Gunakan templat dari aplikasi ini, atau beri judul kolom seperti pada lembar Petunjuk templat.`;
  }
}
