// What the engine is asked: one person's position, starting Angka Kredit, penilaian periods and
// declared facts, with the calculation date passed in. Shapes are checked at the edge (src/input);
// meaning (a predikat that exists, a golongan inside the jenjang) is checked by the engine.

export const JENIS_AK_AWAL = ['ak_dasar', 'ak_jf_lama', 'ak_integrasi', 'ak_penyesuaian', 'ak_pendidikan', 'lainnya'] as const;
export type JenisAkAwal = (typeof JENIS_AK_AWAL)[number];

export const LABEL_AK_AWAL: Record<JenisAkAwal, string> = {
  ak_dasar: 'AK Dasar yang diberikan',
  ak_jf_lama: 'AK dari PAK terakhir (JF lama)',
  ak_integrasi: 'AK Integrasi (PAK konvensional)',
  ak_penyesuaian: 'AK Penyesuaian/Penyetaraan',
  ak_pendidikan: 'AK peningkatan pendidikan',
  lainnya: 'AK lainnya',
};

export interface AngkaKreditAwal {
  jenis: JenisAkAwal;
  uraian?: string;
  /** A non-negative decimal as text: "50", "150.63" or "150,63". */
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

export interface Pernyataan {
  lulusUjiKompetensi: boolean;
  formasiTersedia: boolean;
  bebasHukumanDisiplin: boolean;
  /** Whether the once-only KP without KJ (no formasi) has already been used. */
  kenaikanPangkatTanpaFormasiSudahDigunakan?: boolean;
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
}

export interface Opsi {
  /** Display decimals; one of the rule book's pilihanDesimal. */
  desimal?: number;
}
