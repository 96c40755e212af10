// The explained result. Every figure has an exact value and a display string; every step and
// condition names its legal source. HTML, PDF and JSON all render this one structure.
import type { Kategori, Status } from './aturan.ts';
import type { JenisAkAwal } from './masukan.ts';

export interface Angka {
  /** Exact: a finite decimal ("2.5") or a reduced fraction ("25/12"). */
  pasti: string;
  /** Decimal with 12 places, rounded half-up (machine-friendly). */
  desimal: string;
  /** Display string under the rounding policy, Indonesian format ("2,083"). */
  tampilan: string;
}

export interface Rujukan {
  instrumen: string;
  singkatan: string;
  rujukan: string;
  uraian: string;
  status: Status;
  /** "PerBKN 3/2023, Pasal 13 ayat (1)" */
  kutipan: string;
}

export interface Langkah {
  id: string;
  uraian: string;
  rumus: string;
  masukan: { nama: string; nilai: string }[];
  hasil: string;
  angka?: Angka;
  sumber: Rujukan[];
}

/** What a condition is about; consumers dispatch on this, never on the id. */
export type JenisSyarat = 'angka_kredit' | 'masa' | 'predikat' | 'dinyatakan' | 'kenaikan_jenjang';

interface SyaratUmum {
  id: string;
  uraian: string;
  /** What is required and what was found, in words (the structured values are in `nilai`). */
  diperlukan: string;
  nyata: string;
  /** false also when a declaration is missing (then `belumDinyatakan` is true): not established. */
  terpenuhi: boolean;
  /** Set (true) only when the condition rests on a declaration the user has not given yet. */
  belumDinyatakan?: boolean;
  /** diperiksa: computed from the input; dinyatakan: declared by the user, not checked. */
  cara: 'diperiksa' | 'dinyatakan';
  /** For time conditions: the date on which it is (or will be) met. */
  tanggalTerpenuhi?: string;
  sumber: Rujukan;
}

/** Angka kredit kumulatif in the jenjang against a KP or KJ threshold. */
export interface SyaratAngkaKredit extends SyaratUmum {
  jenis: 'angka_kredit';
  nilai: { diperlukan: Angka; nyata: Angka };
}

/** Time in pangkat or jenjang: at least `bulanMinimal` months from `sejak`, measured on `diukurPada`. */
export interface SyaratMasa extends SyaratUmum {
  jenis: 'masa';
  nilai: { bulanMinimal: number; sejak: string; diukurPada: string; bulan: number };
}

/** Every period overlapping the window (YYYY-MM, inclusive) at least the minimal predikat. */
export interface SyaratPredikatKinerja extends SyaratUmum {
  jenis: 'predikat';
  nilai: {
    minimal: Ref;
    jendela: { mulai: string; selesai: string };
    bulanDinilai: number;
    bulanBelumDinilai: number;
    periodeKurang: number[];
  };
}

/**
 * A fact the user declares and the app does not check: `pernyataan` names the input field, `dinyatakan`
 * its declared value (null: not declared).
 */
export interface SyaratDinyatakan extends SyaratUmum {
  jenis: 'dinyatakan';
  nilai: { pernyataan: string; dinyatakan: boolean | null };
}

/** KP sekaligus KJ: the KJ must be possible first; its own unmet conditions are in kenaikanJenjang. */
export interface SyaratKenaikanJenjang extends SyaratUmum {
  jenis: 'kenaikan_jenjang';
  nilai: { ke: Ref; dapat: boolean; status: StatusPutusan };
}

export type Syarat = SyaratAngkaKredit | SyaratMasa | SyaratPredikatKinerja | SyaratDinyatakan | SyaratKenaikanJenjang;

export interface Ref {
  id: string;
  nama: string;
}
export interface RefGolongan {
  kode: string;
  pangkat: string;
}

export interface BarisKonversi {
  nomor: number;
  mulai: string;
  selesai: string;
  periode: string;
  tahun: string;
  bulan: number;
  predikat: Ref;
  persen: string;
  jenjang: Ref;
  koefisien: string;
  angkaKredit: Angka;
  rumus: string;
  /** false for months before the current TMT jenjang: listed, not counted (the counter resets at KJ). */
  dihitung: boolean;
  keterangan?: string;
  sumber: Rujukan[];
}

export interface BarisAkAwal {
  nomor: number;
  jenis: JenisAkAwal;
  label: string;
  uraian?: string;
  angkaKredit: Angka;
  /** Where it came from: typed by the user, or computed (PAK Integrasi, pengangkatan, pendidikan). */
  asal: 'masukan' | 'integrasi' | 'pengangkatan' | 'pendidikan';
  /** false when it belongs to an earlier jenjang (the counter reset at a later KJ). */
  dihitung: boolean;
  keterangan?: string;
}

export interface HasilIntegrasi {
  /** The assessments the conventional PAK covers ("sampai dengan 31 Desember 2022"). */
  masaPenilaian: string;
  jenjang: Ref;
  golongan: RefGolongan;
  akKonvensional: Angka;
  nilaiDasar: Angka;
  nilaiDasarDiganti: boolean;
  hasil: Angka;
  rumus: string;
  rentang?: { min: Angka; max: Angka; sumber: Rujukan };
  dalamRentang?: boolean;
  peringatan: string[];
  keterangan?: string;
  sumber: Rujukan[];
}

export interface HasilPengangkatan {
  jenis: 'pertama' | 'perpindahan' | 'promosi' | 'penyesuaian';
  uraian: string;
  /** Konversi part, with its formula (pertama, perpindahan, promosi). */
  konversi?: { angka: Angka; rumus: string; baris?: { periode: string; rumus: string; angka: Angka }[] };
  akDasar?: { angka: Angka; sumber: Rujukan };
  penyesuaian?: { angka: Angka; sumberPengguna: string };
  jumlah: Angka;
  catatan: string[];
  sumber: Rujukan[];
}

export interface HasilPendidikan {
  diberikan: boolean;
  dasar: Angka;
  persen: string;
  angka: Angka;
  rumus: string;
  alasan: string[];
  tanggal: { tanggal: string; tampilan: string };
  sumber: Rujukan[];
}

export interface KejadianSegmen {
  tanggal: string;
  tampilan: string;
  jenis: 'kenaikan_pangkat' | 'kenaikan_jenjang';
  uraian: string;
  kumulatif: Angka;
  ambang?: Angka;
  selisih?: Selisih;
  terpenuhi?: boolean;
}

export interface SegmenJenjang {
  jenjang: Ref;
  /** First month of the segment (YYYY-MM): its recorded KJ, else its first period's month. Always set by susunSegmen; optional in the type, whose readers still check for it. */
  mulai?: string;
  /** Last month (YYYY-MM), or undefined for the current jenjang. */
  selesai?: string;
  periode: string;
  berjalan: boolean;
  /** Numbers of the konversi rows in this segment. */
  barisKonversi: number[];
  /** Numbers of the starting items in this segment. */
  barisAwal: number[];
  awal: Angka;
  konversi: Angka;
  subtotal: Angka;
  kejadian: KejadianSegmen[];
  /** Said where the counter restarts at 0 after this segment. */
  reset?: string;
}

export interface Selisih {
  jenis: 'kelebihan' | 'kekurangan';
  angka: Angka;
}

/**
 * The verdict: dapat, tidak_dapat (a checked condition is not met, or a declaration is false), or
 * belum_dapat_dipastikan (every checked condition is met and only declarations are missing). The
 * boolean `dapat` beside it is true only for `dapat`.
 */
export type StatusPutusan = 'dapat' | 'tidak_dapat' | 'belum_dapat_dipastikan';

/** A declaration still to be given for a certain verdict: the input field and what it says. */
export interface PernyataanKurang {
  pernyataan: string;
  uraian: string;
}

export interface Tmt {
  tanggal: string;
  tampilan: string;
  /** true when it assumes the remaining time conditions are met first. */
  perkiraan: boolean;
  sumber: Rujukan;
}

export interface HasilKenaikanPangkat {
  tersedia: boolean;
  dari: RefGolongan;
  ke?: RefGolongan;
  ambang?: Angka;
  selisih?: Selisih;
  perluKenaikanJenjang: boolean;
  syarat: Syarat[];
  dapat: boolean;
  status: StatusPutusan;
  /** Declarations not given (for a KP sekaligus KJ, the KJ's too); empty when all are declared. */
  belumDinyatakan: PernyataanKurang[];
  tmtPalingCepat?: Tmt;
  kalimat: string;
  alasan: string[];
  alternatifTanpaFormasi?: AlternatifTanpaFormasi;
}

export interface AlternatifTanpaFormasi {
  ke: RefGolongan;
  syarat: Syarat[];
  dapat: boolean;
  status: StatusPutusan;
  belumDinyatakan: PernyataanKurang[];
  tmtPalingCepat?: Tmt;
  kalimat: string;
  sumber: Rujukan;
}

export interface HasilKenaikanJenjang {
  tersedia: boolean;
  dari: Ref;
  ke?: Ref;
  ambang?: Angka;
  selisih?: Selisih;
  syarat: Syarat[];
  dapat: boolean;
  status: StatusPutusan;
  belumDinyatakan: PernyataanKurang[];
  kalimat: string;
  alasan: string[];
}

export interface Catatan {
  teks: string;
  sumber?: Rujukan;
}

/** A warning about the input (peringatan.ts): it never changes a figure. */
export interface Peringatan {
  /** Stable id of the kind of warning, for programs; the text may be reworded. */
  kode: 'bulan_tanpa_predikat' | 'angka_kredit_ganda' | 'angka_kredit_tidak_wajar' | 'periode_belum_selesai';
  teks: string;
  /** Input fields concerned, as paths in the input document, as errors name them (`penilaian.2.selesai`, `pakIntegrasi`). */
  kolom: string[];
  /** A suggested fix. */
  saran: string;
}

export interface Hasil {
  versiAturan: string;
  tanggalPerhitungan: { tanggal: string; tampilan: string };
  pembulatan: { desimal: number; mode: string; catatan: string; sumber: Rujukan };
  pegawai: {
    jabatanFungsional: Ref;
    jenjang: Ref & { kategori: Kategori };
    golongan: RefGolongan;
    tmtPangkat: { tanggal: string; tampilan: string };
    tmtJenjang: { tanggal: string; tampilan: string };
  };
  konversi: BarisKonversi[];
  angkaKreditAwal: BarisAkAwal[];
  akumulasi: {
    awal: Angka;
    konversiDalamJenjang: Angka;
    konversiSebelumJenjang: Angka;
    kumulatif: Angka;
  };
  integrasi?: HasilIntegrasi;
  pengangkatan?: HasilPengangkatan;
  pendidikan?: HasilPendidikan;
  /** The history split by jenjang: each segment's subtotal and where the counter restarted. */
  segmen: SegmenJenjang[];
  kenaikanPangkat: HasilKenaikanPangkat;
  kenaikanJenjang: HasilKenaikanJenjang;
  langkah: Langkah[];
  catatan: Catatan[];
  /** When the next promotions can come, under an assumed predikat (absent when not asked for). */
  proyeksi?: HasilProyeksi;
  /** Every project decision (status "decision") this result relied on. */
  keputusan: Rujukan[];
  /** Likely mistakes in the input, shown above the verdict; empty when none. */
  peringatan: Peringatan[];
}

// The projection ("kapan saya bisa naik?"), computed by proyeksi.ts.

export interface SyaratWaktu {
  uraian: string;
  tanggal: string;
  tampilan: string;
}

export interface LangkahProyeksi {
  nomor: number;
  jenis: 'kenaikan_pangkat' | 'kenaikan_pangkat_dan_jenjang';
  dari: RefGolongan;
  ke: RefGolongan;
  jenjang: Ref;
  jenjangTujuan?: Ref;
  ambang: Angka;
  akTercapai: { tanggal: string; tampilan: string };
  syaratWaktu: SyaratWaktu[];
  memenuhiSyarat: { tanggal: string; tampilan: string };
  tmt: Tmt;
  kalimat: string;
  sumber: Rujukan[];
}

export interface TitikSeri {
  /** YYYY-MM: the value at the end of that month. */
  bulan: string;
  /** Exact cumulative within the jenjang, as a 3-decimal string for plotting. */
  kumulatif: string;
  jenjang: string;
  proyeksi: boolean;
}

export interface GarisAmbang {
  mulai: string;
  selesai: string;
  ambang: string;
  label: string;
}
export interface Tonggak {
  bulan: string;
  label: string;
  jenis: 'kenaikan_pangkat' | 'kenaikan_jenjang' | 'tercatat_kenaikan_jenjang';
}

export interface HasilProyeksi {
  asumsi: string;
  mulai: string;
  langkah: LangkahProyeksi[];
  berhenti: string;
  banding: { ke: string; tmtDasar: string; tmtSangatBaik: string; selisihBulan: number; kalimat: string }[];
  penutupKekurangan?: { bulan: number; angkaKredit: Angka; rumus: string; kalimat: string };
  seri: TitikSeri[];
  ambang: GarisAmbang[];
  tonggak: Tonggak[];
  catatan: string[];
}
