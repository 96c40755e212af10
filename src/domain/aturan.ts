// The rule book as the engine sees it: every legal value already parsed to an exact Decimal,
// each carrying the citation it came from. Built by src/rules/loader.ts from rules/*.yaml.
import type { Decimal } from 'decimal.js';

export type Status = 'text' | 'bkn' | 'derived' | 'decision';

export interface Instrumen {
  id: string;
  singkatan: string;
  judul: string;
  peran: string;
  tanggal?: string | undefined;
}

/** Where a value comes from: instrument, Pasal/ayat or Lampiran, a paraphrase, and how sure we are. */
export interface Sumber {
  instrumen: string;
  rujukan: string;
  uraian: string;
  status: Status;
}

export interface Nilai<T> {
  nilai: T;
  sumber: Sumber;
}

export interface Golongan {
  kode: string;
  pangkat: string;
  urutan: number;
}

export type Kategori = 'keterampilan' | 'keahlian';

export interface Jenjang {
  id: string;
  nama: string;
  kategori: Kategori;
  urutan: number;
  golongan: string[];
  koefisien: Nilai<Decimal>;
}

export interface Predikat {
  id: string;
  nama: string;
  persen: Nilai<Decimal>;
  alias: { sebutan: string; sumber: Sumber }[];
}

export interface AmbangKenaikanPangkat {
  dari: string;
  ke: string;
  angkaKredit: Decimal;
  sumber: Sumber;
}

export interface AmbangKenaikanJenjang {
  ke: string;
  angkaKredit: Decimal;
  sumber: Sumber;
}

export interface Kumulatif {
  kenaikanPangkat: AmbangKenaikanPangkat[];
  kenaikanJenjang?: AmbangKenaikanJenjang;
}

export interface AkDasar {
  jenjang: string;
  golongan: string;
  angkaKredit: Decimal;
  sumber: Sumber;
}

export interface KalenderKp {
  berlakuMulai: string;
  berlakuSampai?: string;
  bulan: number[];
  sumber: Sumber;
}

export interface SyaratPredikat {
  minimal: string;
  jendelaBulan: number;
  sumber: Sumber;
}

export interface Syarat {
  kenaikanPangkat: {
    masaPangkatBulan: Nilai<number>;
    predikat: SyaratPredikat;
    hukumanDisiplin: { sumber: Sumber };
    tanpaFormasi: { kali: number; sumber: Sumber };
  };
  kenaikanJenjang: {
    masaJenjangBulan: Nilai<number>;
    predikat: SyaratPredikat;
    formasi: { sumber: Sumber };
    ujiKompetensi: { sumber: Sumber };
    pengembanganProfesi: { jenjangTujuan: string[]; sumber: Sumber };
  };
}

export interface Konversi {
  rumus: { uraian: string; bulanPerTahun: number; sumber: Sumber };
  contohPeriodik: { sumber: Sumber };
  mulaiBerlaku: { bulan: string; sumber: Sumber };
  hitunganBulan: { sumber: Sumber };
  akumulasiJenjang: { sumber: Sumber };
}

export interface Pembulatan {
  desimal: number;
  pilihanDesimal: number[];
  mode: 'setengah-ke-atas';
  catatan: string;
  sumber: Sumber;
  validasi: { sumber: Sumber };
}

export interface JabatanFungsional {
  id: string;
  /** As written in SK and SIASN, without the jenjang. */
  nama: string;
  alias: string[];
  kategori: Kategori | 'keduanya';
  jenjang: string[];
  instansiPembina?: string;
  /** The generic entry: every jenjang open, its limits not checked. */
  umum: boolean;
  /** The source is not the JF's own regulation text. */
  sekunder: boolean;
  /** Where the entry comes from: the rule book, or the office's extension (KATALOG_JF). */
  asal: 'buku-aturan' | 'instansi';
  sumber: Sumber;
}

export interface Pengangkatan {
  integrasi: {
    rumus: { sumber: Sumber };
    bulanTerakhir: { bulan: string; sumber: Sumber };
    nilaiDasar: { jenjang: string; nilai: Decimal; sumber: Sumber }[];
    rentang: { golongan: string; min: Decimal; max: Decimal; sumber: Sumber }[];
    jenjangTidakSesuai: { sumber: Sumber };
  };
  pengangkatanPertama: { sumber: Sumber };
  perpindahan: { rumus: { sumber: Sumber }; batasBulanPangkatPuncak: Nilai<number> };
  promosi: { sumber: Sumber };
  penyesuaian: { sumber: Sumber };
  pendidikan: {
    persen: Nilai<Decimal>;
    dasar: { sumber: Sumber };
    predikatMinimal: { minimal: string; sumber: Sumber };
    kali: Nilai<number>;
  };
}

export interface Aturan {
  /** Content hash of rules/: which rule book produced a result. */
  versi: string;
  instrumen: Instrumen[];
  golongan: Golongan[];
  jenjang: Jenjang[];
  predikat: Predikat[];
  kumulatif: Record<string, Kumulatif>;
  akDasar: AkDasar[];
  kalenderKp: KalenderKp[];
  syarat: Syarat;
  konversi: Konversi;
  pembulatan: Pembulatan;
  jabatanFungsional: JabatanFungsional[];
  /** Moving from keterampilan to keahlian is not a kenaikan jenjang. */
  alihKategori: { sumber: Sumber };
  pengangkatan: Pengangkatan;
  /** The batch report's "near" window in months (a decision of the application, not law). */
  dekat: { bulan: number; sumber: Sumber };
  /** Input warnings: an AK awal row above this many times the jenjang's KJ threshold (a decision, not law). */
  kewajaran: { akAwalKaliAmbang: number; sumber: Sumber };
}
