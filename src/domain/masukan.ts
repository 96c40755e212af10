// What the engine is asked: one person's position, starting Angka Kredit, penilaian periods and
// declared facts, with the calculation date passed in. Shapes are checked at the edge (src/input);
// meaning (a predikat that exists, a golongan inside the jenjang) is checked by the engine.

export const JENIS_AK_AWAL = [
  'ak_dasar',
  'ak_jf_lama',
  'ak_integrasi',
  'ak_penyesuaian',
  'ak_konversi',
  'ak_pendidikan',
  'lainnya',
] as const;
export type JenisAkAwal = (typeof JENIS_AK_AWAL)[number];

export const LABEL_AK_AWAL: Record<JenisAkAwal, string> = {
  ak_dasar: 'AK Dasar yang diberikan',
  ak_jf_lama: 'AK dari PAK terakhir (JF lama)',
  ak_integrasi: 'AK Integrasi (PAK konvensional)',
  ak_penyesuaian: 'AK Penyesuaian/Penyetaraan',
  ak_konversi: 'AK Konversi',
  ak_pendidikan: 'AK peningkatan pendidikan',
  lainnya: 'AK lainnya',
};

export interface AngkaKreditAwal {
  jenis: JenisAkAwal;
  uraian?: string;
  /** A non-negative decimal as text: "50", "75.63" or "75,63". */
  angkaKredit: string;
}

export interface Penilaian {
  /** First month, YYYY-MM. */
  mulai: string;
  /** Last month, YYYY-MM, inclusive. */
  selesai: string;
  predikat: string;
  /** The jenjang held in these months, when it differs from the current one (before the TMT jenjang). */
  jenjang?: string;
}

/**
 * A declared fact: true, false, or not declared (null or absent: "belum dinyatakan"). Only a declared
 * false makes a TIDAK DAPAT; a missing declaration makes the verdict "belum dapat dipastikan".
 */
export type Dinyatakan = boolean | null | undefined;

export interface Pernyataan {
  lulusUjiKompetensi?: Dinyatakan;
  formasiTersedia?: Dinyatakan;
  bebasHukumanDisiplin?: Dinyatakan;
  /** Whether the once-only KP without KJ (no formasi) has already been used. */
  kenaikanPangkatTanpaFormasiSudahDigunakan?: Dinyatakan;
}

/** The last conventional PAK, to be integrated (AK konvensional − nilai dasar). */
export interface PakIntegrasi {
  /** AK kumulatif konvensional from the last PAK (assessments up to 31 Dec 2022). */
  akKonvensional: string;
  /** Jenjang and golongan at the time of that PAK. */
  jenjang: string;
  golongan: string;
  /** Replaces the rule book's nilai dasar; the result says so. */
  nilaiDasar?: string;
  keterangan?: string;
}

export type Pengangkatan =
  | { jenis: 'pertama'; penilaianCpns: { mulai: string; selesai: string; predikat: string }[] }
  | { jenis: 'perpindahan' | 'promosi'; predikat: string; bulanDalamGolongan: number; pangkatPuncak?: boolean }
  | { jenis: 'penyesuaian'; angkaKredit: string; sumber: string };

export interface PeningkatanPendidikan {
  /** YYYY-MM-DD: the date of the diploma (ijazah). */
  tanggal: string;
  pendidikan?: string;
  /** Predikat kinerja when the bonus is requested. */
  predikat: string;
  sudahPernahDiberikan?: boolean;
}

/** A KP or KJ in the person's history, so a career across jenjang can be computed segment by segment. */
export interface Kejadian {
  /** YYYY-MM-DD: the TMT of the new pangkat or jenjang. */
  tanggal: string;
  jenis: 'kenaikan_pangkat' | 'kenaikan_jenjang';
  golongan: string;
  /** The new jenjang, for kenaikan_jenjang. */
  jenjang?: string;
}

export interface Masukan {
  jabatanFungsional: string;
  jenjang: string;
  golongan: string;
  /** YYYY-MM-DD */
  tmtPangkat: string;
  /** YYYY-MM-DD */
  tmtJenjang: string;
  angkaKreditAwal: AngkaKreditAwal[];
  penilaian: Penilaian[];
  pernyataan: Pernyataan;
  /** YYYY-MM-DD: the day the result is computed for. */
  tanggalPerhitungan: string;
  pakIntegrasi?: PakIntegrasi;
  /** How the person entered the current jenjang, if it brought Angka Kredit. */
  pengangkatan?: Pengangkatan;
  peningkatanPendidikan?: PeningkatanPendidikan;
  riwayat?: Kejadian[];
  proyeksi?: AsumsiProyeksi;
}

export interface AsumsiProyeksi {
  /** The predikat assumed for every future month (default Baik). */
  predikat?: string;
  /** Per-year exceptions, e.g. { tahun: 2026, predikat: "Sangat Baik" }. */
  perTahun?: { tahun: number; predikat: string }[];
}

export interface Opsi {
  /** Display decimals; one of the rule book's pilihanDesimal. */
  desimal?: number;
  /** Skip the projection (batch validation does not need it). */
  tanpaProyeksi?: boolean;
  /**
   * Skip the explanation: langkah, catatan and keputusan come back empty; every figure, konversi row
   * and condition is the same as in the full result (tests/domain/ringkas.test.ts). For the batch,
   * whose reports show figures and verdicts; a person's page recomputes the full result.
   */
  tanpaPenjelasan?: boolean;
}
