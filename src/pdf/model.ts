// The sheet model: everything a PDF prints, as formatted strings, built from the engine's explained
// result (Hasil) and the document fields. Pure. The drawing code (render.ts) lays this out and
// computes nothing; whatever the forms need that Hasil does not say directly is derived here.
import type {
  Angka,
  Hasil,
  HasilKenaikanJenjang,
  HasilKenaikanPangkat,
  Langkah,
  PernyataanKurang,
  StatusPutusan,
  Syarat,
} from '../domain/hasil.ts';
import type { JenisAkAwal } from '../domain/masukan.ts';
import { Pecahan } from '../domain/pecahan.ts';
import { formatAngkaKredit, formatTanggal } from '../domain/format.ts';
import { pecahanDari } from '../domain/rujukan.ts';
import { parseBulan, tanggalTerakhir } from '../domain/tanggal.ts';
import { teksPeringatan } from '../domain/peringatan.ts';
import type { Dokumen, JenisLembar } from './schema.ts';
import { modelGrafik, type ModelGrafik } from '../grafik/model.ts';

export type Rata = 'kiri' | 'tengah' | 'kanan';

export interface Kolom {
  judul: string;
  lebar: number;
  rata?: Rata;
}
/** `null` merges the cell into the one on its left. */
export interface BarisTabel {
  sel: (string | null)[];
  gaya?: 'jumlah' | 'bagian';
}

export type Blok =
  | { jenis: 'teks'; teks: string; tebal?: boolean; kecil?: boolean; rata?: Rata; jarakAtas?: number }
  | { jenis: 'pasangan'; baris: { nomor?: string; label: string; nilai: string }[] }
  | { jenis: 'tabel'; judul?: string; kolom: Kolom[]; baris: BarisTabel[] }
  /** A statement whose parts may be struck out ("coret yang tidak perlu"). */
  | { jenis: 'pernyataan'; bagian: { teks: string; coret?: boolean }[] }
  | { jenis: 'daftar'; judul: string; butir: string[]; bernomor: boolean }
  /** `qr` is what the QR code holds. */
  | ({ jenis: 'verifikasi' } & Verifikasi)
  /**
   * The end of an official form, kept on one page with the last lines before it: the signature block,
   * what the form prints at its foot (ASLI …, Tembusan), and the verification strip with the QR code.
   */
  | {
      jenis: 'penutup';
      tandaTangan: TandaTangan;
      /** "ASLI Penetapan Angka Kredit untuk:" and to whom (Lampiran II angka 12 only). */
      asli?: { judul: string; isi: string };
      tembusan: string[];
      verifikasi: Verifikasi;
    }
  /** The projection chart, as geometry already laid out by src/grafik/model.ts. */
  | { jenis: 'grafik'; model: ModelGrafik };

export interface TandaTangan {
  baris: { label: string; nilai: string }[];
  jabatan: string;
  nama: string;
  nip: string;
}

export interface Verifikasi {
  kode: string;
  /** What verification proves and how to run it, in full (the Lembar Perhitungan's box). */
  teks: string;
  /** The same in a few lines, beside the QR code next to a form's signature. */
  ringkas: string;
  qr: string;
}

/** A section of the Lembar Perhitungan: headed and lettered (A, B, …) in order, so no letter is skipped. */
export interface Bagian {
  judul: string;
  blok: Blok[];
}

export interface Lembar {
  jenis: JenisLembar;
  /** Centered title lines under the kop. */
  judul: string[];
  blok: Blok[];
}

export interface ModelDokumen {
  kertas: 'A4' | 'F4';
  kop: string[];
  kode: string;
  versiAturan: string;
  /** ISO date that stamps the file (the calculation date), never the clock. */
  tanggalBerkas: string;
  judulBerkas: string;
  /** Footer printed on every page, before "Halaman x dari y". */
  kaki: string;
  lembar: Lembar[];
}

export const JUDUL_LEMBAR: Record<JenisLembar, string> = {
  konversi: 'Konversi Predikat Kinerja ke Angka Kredit',
  akumulasi: 'Akumulasi Angka Kredit',
  penetapan: 'Penetapan Angka Kredit',
  'lembar-perhitungan': 'Lembar Perhitungan Angka Kredit',
  integrasi: 'Perhitungan Penyesuaian Angka Kredit Integrasi',
};

const SUMBER_FORMULIR: Record<JenisLembar, string> = {
  konversi: 'Formulir PerBKN 3/2023, Lampiran II angka 10',
  akumulasi: 'Formulir PerBKN 3/2023, Lampiran II angka 11',
  penetapan: 'Formulir PerBKN 3/2023, Lampiran II angka 12',
  'lembar-perhitungan': 'Penjelasan perhitungan (bukan formulir resmi)',
  integrasi: 'Peralihan PerBKN 3/2023: AK Integrasi = AK kumulatif konvensional − nilai dasar',
};

export interface Identitas {
  nama?: string | undefined;
  nip?: string | undefined;
  unitKerja?: string | undefined;
  instansi?: string | undefined;
}

export interface SumberModel {
  hasil: Hasil;
  identitas: Identitas;
  dokumen: Dokumen;
  kode: string;
  /** Address of the /verifikasi page, for the QR code; without it the QR holds the code alone. */
  alamatVerifikasi?: string;
  /** The office-key signature, carried by the QR code so that it can be checked offline. */
  tanda?: { ringkasan: string; kunci: string; tanda: string; sidikJari: string };
}

const KOSONG = '-';
/** A dotted line to fill in by hand, where the form asks for something the input does not give. */
const TITIK = '..................................................';
const TITIK_PENDEK = '..............................';

export function buatModel(s: SumberModel, jenis: JenisLembar[]): ModelDokumen {
  const { hasil, dokumen } = s;
  return {
    kertas: dokumen.kertas,
    kop: dokumen.kop,
    kode: s.kode,
    versiAturan: hasil.versiAturan,
    tanggalBerkas: hasil.tanggalPerhitungan.tanggal,
    judulBerkas: jenis.length === 1 ? JUDUL_LEMBAR[jenis[0]!] : 'Dokumen Angka Kredit',
    kaki: `Kode verifikasi ${s.kode} · Versi aturan ${hasil.versiAturan} · Dihitung untuk ${hasil.tanggalPerhitungan.tampilan}`,
    lembar: jenis.map((j) => BUAT[j](s)),
  };
}

const BUAT: Record<JenisLembar, (s: SumberModel) => Lembar> = {
  konversi: lembarKonversi,
  akumulasi: lembarAkumulasi,
  penetapan: lembarPenetapan,
  'lembar-perhitungan': lembarPerhitungan,
  integrasi: lembarIntegrasi,
};

// ---------------------------------------------------------------------------------------------
// Shared parts of the three forms

function nomor(d: Dokumen, jenis: JenisLembar): string {
  const khusus = {
    konversi: d.nomorKonversi,
    akumulasi: d.nomorAkumulasi,
    penetapan: d.nomorPenetapan,
    'lembar-perhitungan': undefined,
    integrasi: d.nomorIntegrasi,
  }[jenis];
  return khusus ?? d.nomor ?? TITIK;
}

function akhirBulan(yyyyMm: string): string {
  return tanggalTerakhir(parseBulan(yyyyMm)!);
}

/** The assessed months, from the first day of the earliest period to the last day of the latest. */
export function masaPenilaian(hasil: Hasil): string {
  if (hasil.konversi.length === 0) return KOSONG;
  const mulai = hasil.konversi.map((k) => k.mulai).sort()[0]!;
  const selesai = hasil.konversi
    .map((k) => k.selesai)
    .sort()
    .at(-1)!;
  return `${formatTanggal(`${mulai}-01`)} s.d. ${formatTanggal(akhirBulan(selesai))}`;
}

function jabatan(hasil: Hasil): string {
  return `${hasil.pegawai.jabatanFungsional.nama} ${hasil.pegawai.jenjang.nama}`;
}

function keteranganPerorangan(s: SumberModel, urutan: 'konversi' | 'penetapan'): Blok {
  const { hasil, identitas: i, dokumen: d } = s;
  const p = hasil.pegawai;
  // What the input does not give is a dotted line to fill in by hand, as on the printed form.
  const isi: Record<string, string> = {
    nama: i.nama ?? TITIK,
    nip: i.nip ?? TITIK,
    karpeg: d.nomorSeriKarpeg ?? TITIK,
    pangkat: `${p.golongan.pangkat} / ${p.golongan.kode} / ${p.tmtPangkat.tampilan}`,
    lahir: `${d.tempatLahir ?? TITIK_PENDEK}, ${d.tanggalLahir ? formatTanggal(d.tanggalLahir) : TITIK_PENDEK}`,
    kelamin: d.jenisKelamin ?? TITIK,
    pendidikan: d.pendidikan ?? TITIK,
    jabatan: `${jabatan(hasil)} / ${p.tmtJenjang.tampilan}`,
    masaKerja: d.masaKerjaGolongan ?? TITIK,
    unit: i.unitKerja ?? TITIK,
  };
  const label: Record<string, string> = {
    nama: 'Nama',
    nip: 'NIP',
    karpeg: 'Nomor Seri Karpeg',
    pangkat: 'Pangkat/Golongan Ruang/TMT',
    lahir: 'Tempat/Tanggal Lahir',
    kelamin: 'Jenis Kelamin',
    pendidikan: 'Pendidikan',
    jabatan: 'Jabatan/TMT',
    masaKerja: 'Masa Kerja Golongan',
    unit: 'Unit Kerja',
  };
  // Angka 10/11 and angka 12 list the same facts in different orders.
  const kunci =
    urutan === 'konversi'
      ? ['nama', 'nip', 'karpeg', 'pangkat', 'lahir', 'kelamin', 'pendidikan', 'jabatan', 'masaKerja', 'unit']
      : ['nama', 'nip', 'karpeg', 'lahir', 'kelamin', 'pangkat', 'jabatan', 'unit'];
  return { jenis: 'pasangan', baris: kunci.map((k, n) => ({ nomor: `${n + 1}.`, label: label[k]!, nilai: isi[k]! })) };
}

function kepala(s: SumberModel, jenis: JenisLembar, labelPeriode: string, periode = masaPenilaian(s.hasil)): Blok[] {
  return [
    {
      jenis: 'pasangan',
      baris: [
        { label: 'Instansi', nilai: s.identitas.instansi ?? TITIK },
        { label: labelPeriode, nilai: periode },
      ],
    },
    { jenis: 'teks', teks: 'I. KETERANGAN PERORANGAN', tebal: true, jarakAtas: 4 },
    keteranganPerorangan(s, jenis === 'penetapan' ? 'penetapan' : 'konversi'),
  ];
}

function tandaTangan(d: Dokumen): TandaTangan {
  return {
    baris: [
      { label: 'Ditetapkan di', nilai: d.ditetapkanDi ?? TITIK_PENDEK },
      { label: 'Pada tanggal', nilai: d.tanggalPenetapan ? formatTanggal(d.tanggalPenetapan) : TITIK_PENDEK },
    ],
    jabatan: 'Pejabat Penilai Kinerja,',
    nama: d.pejabatNama ?? TITIK_PENDEK,
    nip: `NIP. ${d.pejabatNip ?? TITIK_PENDEK}`,
  };
}

/** The closing block of an official form; the Tembusan is the office's list (Lampiran II angka 12), printed on every form. */
function penutup(s: SumberModel, asli?: { judul: string; isi: string }): Blok {
  return {
    jenis: 'penutup',
    tandaTangan: tandaTangan(s.dokumen),
    ...(asli && { asli }),
    tembusan: s.dokumen.tembusan,
    verifikasi: verifikasi(s),
  };
}

function verifikasi(s: SumberModel): Verifikasi {
  // The QR code holds the signed statement (digest r, key k, signature t): with the office's public key
  // anyone can check offline that the office signed data with this digest.
  const t = s.tanda;
  const tandaQr = t ? `&r=${t.ringkasan}&k=${t.kunci}&t=${t.tanda}` : '';
  return {
    kode: s.kode,
    qr: s.alamatVerifikasi
      ? `${s.alamatVerifikasi}?kode=${s.kode}${tandaQr}`
      : `Angka Kredit JF, kode verifikasi ${s.kode}${t ? `; r=${t.ringkasan}; k=${t.kunci}; t=${t.tanda}` : ''}`,
    teks:
      `Kode verifikasi ${s.kode} (versi aturan ${s.hasil.versiAturan}). Unggah PDF ini, atau masukkan kode ini beserta berkas masukan JSON, di halaman /verifikasi aplikasi Angka Kredit JF. ` +
      (t
        ? `Data lembar ini ditandatangani dengan kunci kantor bersidik jari ${t.sidikJari}; cocokkan dengan sidik jari yang diumumkan kantor penerbit. `
        : '') +
      'Verifikasi membuktikan bahwa angka pada lembar ini mengikuti dari masukan yang tercetak menurut aturan yang berlaku; verifikasi tidak membuktikan bahwa masukan itu (predikat, tanggal, data pegawai) benar.',
    ringkas:
      'Periksa di /verifikasi aplikasi Angka Kredit JF (pindai kode QR) dengan PDF ini, atau kode ini dan berkas masukannya. ' +
      (t ? `Ditandatangani kunci kantor bersidik jari ${t.sidikJari}. ` : '') +
      'Verifikasi membuktikan angka mengikuti masukan tercetak menurut aturan, bukan bahwa masukannya benar.',
  };
}

function catatanPembulatan(hasil: Hasil): Blok {
  return {
    jenis: 'teks',
    kecil: true,
    teks: `Pembulatan: ${hasil.pembulatan.catatan} (${hasil.pembulatan.sumber.kutipan}).`,
    jarakAtas: 4,
  };
}

// ---------------------------------------------------------------------------------------------
// Angka 10: Konversi Predikat Kinerja ke Angka Kredit

function lembarKonversi(s: SumberModel): Lembar {
  const { hasil } = s;
  const baris: BarisTabel[] = hasil.konversi.map((k) => ({
    sel: [String(k.nomor), k.periode, k.predikat.nama, k.persen, k.koefisien, k.rumus, k.angkaKredit.tampilan],
  }));
  if (baris.length === 0) baris.push({ sel: ['Belum ada periode penilaian', null, null, null, null, null, KOSONG] });
  baris.push({ gaya: 'jumlah', sel: ['Jumlah angka kredit konversi', null, null, null, null, null, jumlahSemuaKonversi(hasil)] });
  return {
    jenis: 'konversi',
    judul: [JUDUL_LEMBAR.konversi.toUpperCase(), `NOMOR: ${nomor(s.dokumen, 'konversi')}`],
    blok: [
      ...kepala(s, 'konversi', 'Periode'),
      { jenis: 'teks', teks: 'II. KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT', tebal: true, jarakAtas: 6 },
      {
        jenis: 'tabel',
        kolom: [
          { judul: 'No', lebar: 4, rata: 'tengah' },
          { judul: 'Periode Penilaian', lebar: 16 },
          { judul: 'Predikat Kinerja', lebar: 12 },
          { judul: 'Persentase', lebar: 10, rata: 'tengah' },
          { judul: 'Koefisien per Tahun', lebar: 10, rata: 'tengah' },
          { judul: 'Perhitungan', lebar: 22 },
          { judul: 'Angka Kredit yang Didapat', lebar: 12, rata: 'kanan' },
        ],
        baris,
      },
      {
        jenis: 'teks',
        kecil: true,
        teks: `Rumus: angka kredit = (jumlah bulan / 12) × persentase predikat × koefisien per tahun (${hasil.konversi[0]?.sumber[0]?.kutipan ?? 'PerBKN 3/2023, Pasal 13 ayat (1)'}).`,
        jarakAtas: 4,
      },
      catatanPembulatan(hasil),
      penutup(s),
    ],
  };
}

/** Sum of every konversi row printed (including rows before the TMT jenjang), exact then rounded. */
function jumlahSemuaKonversi(hasil: Hasil): string {
  const total = hasil.konversi.reduce((t, k) => t.tambah(pecahanDari(k.angkaKredit)), Pecahan.NOL);
  return formatAngkaKredit(total, hasil.pembulatan.desimal);
}

// ---------------------------------------------------------------------------------------------
// Angka 11: Akumulasi Angka Kredit

function lembarAkumulasi(s: SumberModel): Lembar {
  const { hasil } = s;
  const adaSebelum = hasil.konversi.some((k) => !k.dihitung);
  const segmen = tabelSegmen(hasil);
  // The form's columns; Keterangan only when a period before the TMT jenjang is listed but not counted.
  const ket = (t: string) => (adaSebelum ? [t] : []);
  const baris: BarisTabel[] = hasil.konversi.map((k) => ({
    sel: [
      String(k.nomor),
      k.tahun,
      `${k.periode} (${k.bulan} bulan)`,
      k.predikat.nama,
      k.persen,
      k.koefisien,
      k.angkaKredit.tampilan,
      ...ket(k.dihitung ? '' : 'Sebelum TMT jenjang; tidak dihitung'),
    ],
  }));
  if (baris.length === 0) baris.push({ sel: ['Belum ada periode penilaian', null, null, null, null, null, KOSONG, ...ket('')] });
  baris.push({
    gaya: 'jumlah',
    sel: [
      `Jumlah angka kredit konversi dalam jenjang ${hasil.pegawai.jenjang.nama}`,
      null,
      null,
      null,
      null,
      null,
      hasil.akumulasi.konversiDalamJenjang.tampilan,
      ...ket(''),
    ],
  });
  return {
    jenis: 'akumulasi',
    judul: [JUDUL_LEMBAR.akumulasi.toUpperCase(), `NOMOR: ${nomor(s.dokumen, 'akumulasi')}`],
    blok: [
      ...kepala(s, 'akumulasi', 'Periode'),
      { jenis: 'teks', teks: 'II. AKUMULASI ANGKA KREDIT', tebal: true, jarakAtas: 6 },
      {
        jenis: 'tabel',
        kolom: [
          { judul: 'No', lebar: 4, rata: 'tengah' },
          { judul: 'Tahun', lebar: 7, rata: 'tengah' },
          { judul: 'Periode (bulan)', lebar: 28 },
          { judul: 'Predikat', lebar: 14 },
          { judul: 'Persentase', lebar: 11, rata: 'tengah' },
          { judul: 'Koefisien', lebar: 10, rata: 'tengah' },
          { judul: 'Angka Kredit', lebar: 11, rata: 'kanan' },
          ...(adaSebelum ? [{ judul: 'Keterangan', lebar: 15 }] : []),
        ],
        baris,
      },
      { jenis: 'teks', teks: 'III. ANGKA KREDIT KUMULATIF DALAM JENJANG', tebal: true, jarakAtas: 6 },
      {
        jenis: 'tabel',
        kolom: [
          { judul: 'Uraian', lebar: 70 },
          { judul: 'Angka Kredit', lebar: 30, rata: 'kanan' },
        ],
        baris: [
          ...hasil.angkaKreditAwal.map((a) => ({
            sel: [
              `${a.uraian ? `${a.label} (${a.uraian})` : a.label}${a.dihitung ? '' : ' — milik jenjang sebelumnya, tidak dihitung'}`,
              a.angkaKredit.tampilan,
            ],
          })),
          { sel: ['Jumlah angka kredit awal yang dihitung', hasil.akumulasi.awal.tampilan] },
          {
            sel: [
              `Jumlah angka kredit konversi dalam jenjang ${hasil.pegawai.jenjang.nama}`,
              hasil.akumulasi.konversiDalamJenjang.tampilan,
            ],
          },
          { gaya: 'jumlah', sel: ['Angka kredit kumulatif', hasil.akumulasi.kumulatif.tampilan] },
        ],
      },
      ...(segmen ? [{ jenis: 'teks', teks: 'IV. RIWAYAT PER JENJANG', tebal: true, jarakAtas: 8 } satisfies Blok, segmen] : []),
      ...(adaSebelum
        ? [
            {
              jenis: 'teks',
              kecil: true,
              teks: `Periode sebelum TMT jenjang ${hasil.pegawai.jenjang.nama} (${hasil.pegawai.tmtJenjang.tampilan}) dicantumkan tetapi tidak dihitung: kenaikan jenjang mengembalikan angka kredit kumulatif ke 0.`,
              jarakAtas: 4,
            } satisfies Blok,
          ]
        : []),
      catatanPembulatan(hasil),
      penutup(s),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Angka 12: Penetapan Angka Kredit

/** The form's rows 1–6, in order. */
const BARIS_PENETAPAN = [
  'AK Dasar yang diberikan',
  'AK JF Lama',
  'AK Penyesuaian/Penyetaraan',
  'AK Konversi',
  'AK yang diperoleh dari peningkatan pendidikan',
  'Lainnya',
] as const;

/** The row each kind of starting item belongs to. Keyed by every kind: a new kind without a row fails type-checking. */
export const BARIS_PENETAPAN_JENIS: Record<JenisAkAwal, (typeof BARIS_PENETAPAN)[number]> = {
  ak_dasar: 'AK Dasar yang diberikan',
  ak_jf_lama: 'AK JF Lama',
  // The PAK Integrasi result is Angka Kredit carried over from the JF's former (konvensional) PAK.
  ak_integrasi: 'AK JF Lama',
  ak_penyesuaian: 'AK Penyesuaian/Penyetaraan',
  // Konversi already settled in an earlier PAK is "Lama"; this masa penilaian's konversi is "Baru".
  ak_konversi: 'AK Konversi',
  ak_pendidikan: 'AK yang diperoleh dari peningkatan pendidikan',
  lainnya: 'Lainnya',
};

/**
 * Lama = Angka Kredit brought in from earlier decisions (the input's starting items);
 * Baru = konversi of this masa penilaian within the current jenjang.
 */
export function barisPenetapan(hasil: Hasil): BarisTabel[] {
  const f = (p: Pecahan) => formatAngkaKredit(p, hasil.pembulatan.desimal);
  const rows: BarisTabel[] = BARIS_PENETAPAN.map((label, n) => {
    // Items of an earlier jenjang do not count (the counter restarted at the KJ).
    const items = hasil.angkaKreditAwal.filter((a) => BARIS_PENETAPAN_JENIS[a.jenis] === label && a.dihitung !== false);
    const lama = items.reduce((t, a) => t.tambah(pecahanDari(a.angkaKredit)), Pecahan.NOL);
    const baru = label === 'AK Konversi' ? pecahanDari(hasil.akumulasi.konversiDalamJenjang) : Pecahan.NOL;
    const keterangan = [
      ...items.map((a) => (a.uraian ? `${a.label}: ${a.uraian}` : a.label)),
      ...(label === 'AK Konversi' && hasil.konversi.some((k) => k.dihitung)
        ? [`Baru: konversi predikat kinerja ${masaPenilaian(hasil)}`]
        : []),
    ].join('; ');
    return { sel: [`${n + 1}`, label, f(lama), f(baru), f(lama.tambah(baru)), keterangan] };
  });
  rows.push({
    sel: [
      'Jumlah Angka Kredit Kumulatif',
      null,
      hasil.akumulasi.awal.tampilan,
      hasil.akumulasi.konversiDalamJenjang.tampilan,
      hasil.akumulasi.kumulatif.tampilan,
      '',
    ],
  });
  return rows.map((r, i) => (i === rows.length - 1 ? { ...r, gaya: 'jumlah' as const } : r));
}

function selisih(x: { selisih?: { jenis: string; angka: Angka } } | undefined): string {
  if (!x?.selisih) return KOSONG;
  return `${x.selisih.jenis === 'kelebihan' ? 'Kelebihan' : 'Kekurangan'} ${x.selisih.angka.tampilan}`;
}

export interface Putusan {
  dapat: boolean;
  /** belum_dapat_dipastikan: no Penetapan is made (src/pdf/buat.ts refuses it), `belumDinyatakan` says why. */
  status: StatusPutusan;
  belumDinyatakan: PernyataanKurang[];
  kenaikan: 'pangkat' | 'jenjang' | 'pangkat-jenjang' | 'tidak-ada';
  jabatan: string;
  jenjang: string;
  golongan: string;
  kalimat: string;
}

/**
 * Which promotion the Penetapan form's statement speaks of, and whether it can be considered.
 * KP first (the form's main case); a KP that needs a KJ names the new jenjang; the once-only KP
 * without formasi counts when the main KP cannot; a person at the top golongan is judged by the KJ.
 */
export function putusan(hasil: Hasil): Putusan {
  const kp: HasilKenaikanPangkat = hasil.kenaikanPangkat;
  const kj: HasilKenaikanJenjang = hasil.kenaikanJenjang;
  const jf = hasil.pegawai.jabatanFungsional.nama;
  const gol = (g?: { pangkat: string; kode: string }) => (g ? `${g.pangkat} (${g.kode})` : KOSONG);
  const sekarang = hasil.pegawai.jenjang.nama;
  if (kp.tersedia && kp.ke) {
    const alt = kp.alternatifTanpaFormasi;
    if (!kp.dapat && alt?.dapat) {
      return {
        dapat: true,
        status: 'dapat',
        belumDinyatakan: [],
        kenaikan: 'pangkat',
        jabatan: jf,
        jenjang: sekarang,
        golongan: gol(alt.ke),
        kalimat: alt.kalimat,
      };
    }
    // Not certain while either way to the KP waits for a declaration: a TIDAK DAPAT could turn out DAPAT.
    const belumPasti = kp.status === 'belum_dapat_dipastikan' || alt?.status === 'belum_dapat_dipastikan';
    return {
      dapat: kp.dapat,
      status: belumPasti ? 'belum_dapat_dipastikan' : kp.status,
      belumDinyatakan: belumPasti ? gabungKurang([...kp.belumDinyatakan, ...(alt?.belumDinyatakan ?? [])]) : [],
      kenaikan: kp.perluKenaikanJenjang ? 'pangkat-jenjang' : 'pangkat',
      jabatan: jf,
      jenjang: kp.perluKenaikanJenjang ? (kj.ke?.nama ?? KOSONG) : sekarang,
      golongan: gol(kp.ke),
      kalimat: kp.kalimat,
    };
  }
  if (kj.tersedia && kj.ke) {
    return {
      dapat: kj.dapat,
      status: kj.status,
      belumDinyatakan: kj.status === 'belum_dapat_dipastikan' ? kj.belumDinyatakan : [],
      kenaikan: kp.ke ? 'pangkat-jenjang' : 'jenjang',
      jabatan: jf,
      jenjang: kj.ke.nama,
      golongan: kp.ke ? gol(kp.ke) : gol(hasil.pegawai.golongan),
      kalimat: kj.kalimat,
    };
  }
  return {
    dapat: false,
    status: 'tidak_dapat',
    belumDinyatakan: [],
    kenaikan: 'tidak-ada',
    jabatan: jf,
    jenjang: KOSONG,
    golongan: KOSONG,
    kalimat: kp.kalimat,
  };
}

/** Each missing declaration once, in order. */
function gabungKurang(daftar: PernyataanKurang[]): PernyataanKurang[] {
  return daftar.filter((x, i) => daftar.findIndex((y) => y.pernyataan === x.pernyataan) === i);
}

function pernyataan(p: Putusan): Blok {
  const upper = (t: string) =>
    t.toUpperCase().replace(/\((I+V?|IV)\/([A-E])\)/g, (_m, g: string, r: string) => `(${g}/${r.toLowerCase()})`);
  return {
    jenis: 'pernyataan',
    bagian: [
      { teks: 'DAPAT', coret: !p.dapat },
      { teks: ' / ' },
      { teks: 'TIDAK DAPAT', coret: p.dapat },
      { teks: ' DIPERTIMBANGKAN UNTUK KENAIKAN ' },
      { teks: 'PANGKAT', coret: p.kenaikan === 'jenjang' },
      { teks: '/' },
      { teks: 'JENJANG JABATAN', coret: p.kenaikan === 'pangkat' },
      {
        teks: ` SETINGKAT LEBIH TINGGI MENJADI ${upper(p.jabatan)} JENJANG ${upper(p.jenjang)} PANGKAT/GOLONGAN RUANG ${upper(p.golongan)}`,
      },
    ],
  };
}

function lembarPenetapan(s: SumberModel): Lembar {
  const { hasil, dokumen: d } = s;
  const kp = hasil.kenaikanPangkat;
  const kj = hasil.kenaikanJenjang;
  const p = putusan(hasil);
  return {
    jenis: 'penetapan',
    judul: [JUDUL_LEMBAR.penetapan.toUpperCase(), `NOMOR: ${nomor(d, 'penetapan')}`],
    blok: [
      ...kepala(s, 'penetapan', 'Masa Penilaian'),
      { jenis: 'teks', teks: 'II. HASIL PENILAIAN ANGKA KREDIT', tebal: true, jarakAtas: 6 },
      {
        jenis: 'tabel',
        kolom: [
          { judul: 'No', lebar: 4, rata: 'tengah' },
          { judul: 'Uraian', lebar: 34 },
          { judul: 'Lama', lebar: 9, rata: 'kanan' },
          { judul: 'Baru', lebar: 9, rata: 'kanan' },
          { judul: 'Jumlah', lebar: 10, rata: 'kanan' },
          { judul: 'Keterangan', lebar: 34 },
        ],
        baris: barisPenetapan(hasil),
      },
      {
        jenis: 'tabel',
        kolom: [
          { judul: 'Keterangan', lebar: 60 },
          { judul: 'Pangkat', lebar: 20, rata: 'kanan' },
          { judul: 'Jenjang Jabatan', lebar: 20, rata: 'kanan' },
        ],
        baris: [
          { sel: ['Angka Kredit minimal yang harus dipenuhi', kp.ambang?.tampilan ?? KOSONG, kj.ambang?.tampilan ?? KOSONG] },
          { sel: ['Kelebihan/Kekurangan Angka Kredit yang harus dicapai untuk kenaikan pangkat', selisih(kp), KOSONG] },
          { sel: ['Kelebihan/Kekurangan Angka Kredit yang harus dicapai untuk kenaikan jenjang', KOSONG, selisih(kj)] },
        ],
      },
      pernyataan(p),
      { jenis: 'teks', kecil: true, teks: `Keterangan hasil perhitungan: ${p.kalimat}`, jarakAtas: 4 },
      catatanPembulatan(hasil),
      penutup(s, { judul: 'ASLI Penetapan Angka Kredit untuk:', isi: 'Jabatan Fungsional yang bersangkutan.' }),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Lembar Perhitungan: the explanation an auditor reads

function sumberLangkah(l: Langkah): string {
  return l.sumber.map((r) => `${r.kutipan} [${r.status}]`).join('; ');
}

function tabelSyarat(judul: string, syarat: Syarat[]): Blok {
  return {
    jenis: 'tabel',
    judul,
    kolom: [
      { judul: 'Syarat', lebar: 24 },
      { judul: 'Yang diperlukan', lebar: 20 },
      { judul: 'Keadaan', lebar: 20 },
      { judul: 'Hasil', lebar: 13 },
      { judul: 'Dasar hukum', lebar: 23 },
    ],
    baris:
      syarat.length === 0
        ? [{ sel: ['Tidak ada syarat yang diperiksa', null, null, null, null] }]
        : syarat.map((x) => ({
            sel: [
              x.uraian,
              x.diperlukan,
              x.nyata,
              `${x.terpenuhi ? 'Terpenuhi' : x.belumDinyatakan ? 'Belum dinyatakan' : 'Belum terpenuhi'}${x.cara === 'dinyatakan' ? ' (dinyatakan, tidak diperiksa)' : ''}`,
              `${x.sumber.kutipan} [${x.sumber.status}]`,
            ],
          })),
  };
}

function lembarPerhitungan(s: SumberModel): Lembar {
  const { hasil, identitas: i } = s;
  const p = hasil.pegawai;
  const kp = hasil.kenaikanPangkat;
  const kj = hasil.kenaikanJenjang;
  const blok: Blok[] = [
    {
      jenis: 'pasangan',
      baris: [
        { label: 'Nama / NIP', nilai: `${i.nama ?? KOSONG} / ${i.nip ?? KOSONG}` },
        { label: 'Jabatan', nilai: `${jabatan(hasil)} (TMT ${p.tmtJenjang.tampilan})` },
        { label: 'Pangkat/Golongan Ruang', nilai: `${p.golongan.pangkat} (${p.golongan.kode}), TMT ${p.tmtPangkat.tampilan}` },
        { label: 'Masa penilaian', nilai: masaPenilaian(hasil) },
        { label: 'Tanggal perhitungan', nilai: hasil.tanggalPerhitungan.tampilan },
        { label: 'Versi aturan', nilai: hasil.versiAturan },
        { label: 'Pembulatan', nilai: `${hasil.pembulatan.catatan} (${hasil.pembulatan.sumber.kutipan})` },
      ],
    },
    // Not an official form: the verification box goes up front, where it never ends up alone on a last page.
    { jenis: 'verifikasi', ...verifikasi(s) },
    ...blokPeringatan(hasil),
  ];
  const bagian: Bagian[] = [];
  bagian.push({
    judul: 'LANGKAH PERHITUNGAN',
    blok: [
      {
        jenis: 'tabel',
        kolom: [
          { judul: 'No', lebar: 5, rata: 'tengah' },
          { judul: 'Langkah dan masukan', lebar: 33 },
          { judul: 'Rumus', lebar: 24 },
          { judul: 'Hasil', lebar: 12, rata: 'kanan' },
          { judul: 'Dasar hukum', lebar: 26 },
        ],
        baris: hasil.langkah.map((l, n) => ({
          sel: [
            String(n + 1),
            [l.uraian, ...l.masukan.map((m) => `• ${m.nama}: ${m.nilai}`)].join('\n'),
            l.rumus,
            l.hasil,
            sumberLangkah(l),
          ],
        })),
      },
    ],
  });
  bagian.push({
    judul: 'KENAIKAN PANGKAT',
    blok: [
      { jenis: 'teks', teks: kp.kalimat },
      ...(kp.tmtPalingCepat
        ? [
            {
              jenis: 'teks',
              kecil: true,
              teks: `TMT kenaikan pangkat paling cepat: ${kp.tmtPalingCepat.tampilan}${kp.tmtPalingCepat.perkiraan ? ' (perkiraan, dengan anggapan syarat waktu lainnya terpenuhi lebih dahulu)' : ''} (${kp.tmtPalingCepat.sumber.kutipan}).`,
            } satisfies Blok,
          ]
        : []),
      ...(kp.syarat.length > 0 ? [tabelSyarat('Syarat kenaikan pangkat', kp.syarat)] : []),
      ...(kp.alternatifTanpaFormasi
        ? [
            {
              jenis: 'teks',
              teks: `Kenaikan pangkat tanpa kenaikan jenjang (formasi tidak tersedia): ${kp.alternatifTanpaFormasi.kalimat} (${kp.alternatifTanpaFormasi.sumber.kutipan})`,
              jarakAtas: 4,
            } satisfies Blok,
            tabelSyarat('Syarat kenaikan pangkat tanpa kenaikan jenjang', kp.alternatifTanpaFormasi.syarat),
          ]
        : []),
    ],
  });
  bagian.push({
    judul: 'KENAIKAN JENJANG JABATAN',
    blok: [{ jenis: 'teks', teks: kj.kalimat }, ...(kj.syarat.length > 0 ? [tabelSyarat('Syarat kenaikan jenjang', kj.syarat)] : [])],
  });
  const segmen = tabelSegmen(hasil);
  if (segmen) bagian.push({ judul: 'RIWAYAT PER JENJANG', blok: [segmen] });
  const proyeksi = bagianProyeksi(hasil);
  if (proyeksi.length > 0) bagian.push({ judul: 'PROYEKSI KENAIKAN (PERKIRAAN)', blok: proyeksi });
  bagian.push({
    judul: 'CATATAN',
    blok: [
      {
        jenis: 'daftar',
        judul: '',
        bernomor: true,
        butir: hasil.catatan.map((c) => (c.sumber ? `${c.teks} (${c.sumber.kutipan})` : c.teks)),
      },
    ],
  });
  if (hasil.keputusan.length > 0) {
    bagian.push({
      judul: 'KEPUTUSAN IMPLEMENTASI YANG DIPAKAI',
      blok: [
        {
          jenis: 'teks',
          kecil: true,
          teks: 'Hal yang tidak diatur tegas oleh sumber; aplikasi memakai pilihan berikut dan menyatakannya di sini.',
        },
        { jenis: 'daftar', judul: '', bernomor: true, butir: hasil.keputusan.map((k) => `${k.kutipan}: ${k.uraian}`) },
      ],
    });
  }
  blok.push(...berhuruf(bagian));
  blok.push(
    {
      jenis: 'teks',
      kecil: true,
      jarakAtas: 6,
      teks: 'Status sumber: [text] bunyi peraturan atau lampirannya; [bkn] bahan sosialisasi resmi BKN atau situs pemerintah yang mengutip peraturan; [derived] diturunkan secara hitung dari keduanya; [decision] keputusan implementasi.',
    },
    {
      jenis: 'teks',
      kecil: true,
      teks: 'Tabel II formulir Penetapan: kolom "Lama" memuat angka kredit awal dari masukan (AK Dasar, PAK terakhir/Integrasi, penyesuaian, pendidikan, lainnya); kolom "Baru" memuat angka kredit konversi dalam jenjang pada masa penilaian ini.',
    },
  );
  return {
    jenis: 'lembar-perhitungan',
    judul: [JUDUL_LEMBAR['lembar-perhitungan'].toUpperCase(), SUMBER_FORMULIR['lembar-perhitungan']],
    blok,
  };
}

/** Warnings about the input (domain/peringatan.ts), before the steps: read first, they change no figure. */
function blokPeringatan(hasil: Hasil): Blok[] {
  if (hasil.peringatan.length === 0) return [];
  return [
    { jenis: 'teks', teks: 'PERINGATAN ATAS MASUKAN', tebal: true, jarakAtas: 8 },
    {
      jenis: 'teks',
      kecil: true,
      teks: 'Peringatan tidak mengubah angka atau pernyataan pada lembar ini; periksa apakah masukannya memang demikian.',
    },
    { jenis: 'daftar', judul: '', bernomor: true, butir: hasil.peringatan.map(teksPeringatan) },
  ];
}

/** The sections in order, headed "A. …", "B. …": a section left out leaves no gap in the letters. */
export function berhuruf(bagian: Bagian[]): Blok[] {
  return bagian.flatMap((b, i) => [
    { jenis: 'teks', teks: `${String.fromCharCode(65 + i)}. ${b.judul}`, tebal: true, jarakAtas: 8 } satisfies Blok,
    ...b.blok,
  ]);
}

/** Each jenjang segment of the history: subtotal, the KPs inside it, and where the counter restarted at 0. */
function tabelSegmen(hasil: Hasil): Blok | undefined {
  if (hasil.segmen.length < 2) return undefined;
  return {
    jenis: 'tabel',
    kolom: [
      { judul: 'Jenjang', lebar: 15 },
      { judul: 'Masa', lebar: 19 },
      { judul: 'AK awal', lebar: 10, rata: 'kanan' },
      { judul: 'Konversi', lebar: 10, rata: 'kanan' },
      { judul: 'Subtotal', lebar: 10, rata: 'kanan' },
      { judul: 'Kenaikan dan akibatnya', lebar: 36 },
    ],
    baris: hasil.segmen.map((g) => ({
      sel: [
        `${g.jenjang.nama}${g.berjalan ? ' (saat ini)' : ''}`,
        g.periode,
        g.awal.tampilan,
        g.konversi.tampilan,
        g.subtotal.tampilan,
        [
          ...g.kejadian.map(
            (k) =>
              `${k.tampilan}: ${k.uraian}; kumulatif ${k.kumulatif.tampilan}${k.ambang ? ` (ambang ${k.ambang.tampilan}${k.selisih ? `, ${k.selisih.jenis} ${k.selisih.angka.tampilan}` : ''})` : ''}`,
          ),
          ...(g.reset ? [g.reset] : []),
        ].join('\n') || KOSONG,
      ],
    })),
  };
}

/** "Kapan saya bisa naik?": each projected step, the chart, and the comparison. */
function bagianProyeksi(hasil: Hasil): Blok[] {
  const p = hasil.proyeksi;
  if (!p) return [];
  const grafik = modelGrafik(p, { lebar: 760, tinggi: 330 });
  return [
    { jenis: 'teks', kecil: true, teks: p.catatan.join(' ') },
    {
      jenis: 'tabel',
      kolom: [
        { judul: 'No', lebar: 5, rata: 'tengah' },
        { judul: 'Kenaikan', lebar: 27 },
        { judul: 'Ambang', lebar: 10, rata: 'kanan' },
        { judul: 'AK tercapai', lebar: 15 },
        { judul: 'Syarat waktu', lebar: 28 },
        { judul: 'TMT paling cepat', lebar: 15 },
      ],
      baris:
        p.langkah.length === 0
          ? [{ sel: [p.berhenti || KOSONG, null, null, null, null, null] }]
          : p.langkah.map((l) => ({
              sel: [
                String(l.nomor),
                `${l.ke.pangkat} (${l.ke.kode})${l.jenjangTujuan ? ` sekaligus jenjang ${l.jenjangTujuan.nama}` : ''}`,
                l.ambang.tampilan,
                l.akTercapai.tampilan,
                l.syaratWaktu.map((w) => `${w.uraian}: ${w.tampilan}`).join('\n') || KOSONG,
                `${l.tmt.tampilan}\n(${l.tmt.sumber.singkatan})`,
              ],
            })),
    },
    ...(p.berhenti && p.langkah.length > 0
      ? [{ jenis: 'teks', kecil: true, teks: `Proyeksi berhenti: ${p.berhenti}` } satisfies Blok]
      : []),
    ...(p.banding.length > 0
      ? [
          {
            jenis: 'daftar',
            judul: 'Dibandingkan dengan predikat Sangat Baik:',
            bernomor: false,
            butir: p.banding.map((b) => b.kalimat),
          } satisfies Blok,
        ]
      : []),
    ...(p.penutupKekurangan ? [{ jenis: 'teks', kecil: true, teks: p.penutupKekurangan.kalimat } satisfies Blok] : []),
    ...(grafik
      ? [{ jenis: 'grafik', model: grafik } satisfies Blok, { jenis: 'teks', kecil: true, teks: grafik.uraian } satisfies Blok]
      : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// Perhitungan Penyesuaian Angka Kredit Integrasi

function lembarIntegrasi(s: SumberModel): Lembar {
  const { hasil } = s;
  const g = hasil.integrasi!;
  return {
    jenis: 'integrasi',
    judul: [JUDUL_LEMBAR.integrasi.toUpperCase(), `NOMOR: ${nomor(s.dokumen, 'integrasi')}`],
    blok: [
      ...kepala(s, 'integrasi', 'Masa penilaian PAK konvensional', g.masaPenilaian),
      { jenis: 'teks', teks: 'II. PERHITUNGAN', tebal: true, jarakAtas: 8 },
      {
        jenis: 'pasangan',
        baris: [
          { label: 'Jenjang dan golongan pada PAK terakhir', nilai: `${g.jenjang.nama}, ${g.golongan.pangkat} (${g.golongan.kode})` },
          ...(g.keterangan ? [{ label: 'Keterangan', nilai: g.keterangan }] : []),
        ],
      },
      {
        jenis: 'tabel',
        kolom: [
          { judul: 'No', lebar: 6, rata: 'tengah' },
          { judul: 'Uraian', lebar: 64 },
          { judul: 'Angka Kredit', lebar: 30, rata: 'kanan' },
        ],
        baris: [
          { sel: ['1', 'AK kumulatif konvensional dari PAK terakhir (penilaian sampai 31 Desember 2022)', g.akKonvensional.tampilan] },
          {
            sel: [
              '2',
              `Nilai dasar jenjang ${g.jenjang.nama}${g.nilaiDasarDiganti ? ' (diganti pengguna; lihat keterangan)' : ''}`,
              g.nilaiDasar.tampilan,
            ],
          },
          { gaya: 'jumlah', sel: ['3', `AK Integrasi = (1) − (2): ${g.rumus}`, g.hasil.tampilan] },
        ],
      },
      ...(g.rentang
        ? [
            {
              jenis: 'teks',
              teks: `Rentang hasil yang wajar untuk golongan ${g.golongan.kode}: ${g.rentang.min.tampilan} sampai ${g.rentang.max.tampilan} (${g.rentang.sumber.kutipan}). Hasil ${g.dalamRentang ? 'berada dalam' : 'BERADA DI LUAR'} rentang.`,
              jarakAtas: 4,
            } satisfies Blok,
          ]
        : []),
      ...(g.peringatan.length > 0
        ? [
            {
              jenis: 'daftar',
              judul: 'PERINGATAN (angka tidak dipotong; periksa sebelum ditetapkan):',
              bernomor: true,
              butir: g.peringatan,
            } satisfies Blok,
          ]
        : []),
      { jenis: 'daftar', judul: 'Dasar:', bernomor: false, butir: g.sumber.map((r) => `${r.kutipan}: ${r.uraian} [${r.status}]`) },
      {
        jenis: 'teks',
        kecil: true,
        teks: hasil.angkaKreditAwal.some((a) => a.asal === 'integrasi' && a.dihitung)
          ? `AK Integrasi ${g.hasil.tampilan} menjadi angka kredit awal dalam jenjang ${hasil.pegawai.jenjang.nama} dan dijumlahkan dengan konversi sejak 2023.`
          : `AK Integrasi milik jenjang ${g.jenjang.nama}; setelah kenaikan jenjang ke ${hasil.pegawai.jenjang.nama} angka kredit kembali 0, sehingga tidak dihitung.`,
        jarakAtas: 4,
      },
      catatanPembulatan(hasil),
      penutup(s),
    ],
  };
}

/**
 * The figures the given sheets print, by a stable label: stored in the PDF's attachment and
 * compared with a recomputation on verification.
 */
export function angkaTercetak(hasil: Hasil, jenis: readonly JenisLembar[]): Record<string, string> {
  const ada = (...j: JenisLembar[]) => j.some((x) => jenis.includes(x));
  const a: Record<string, string> = {};
  const kp = hasil.kenaikanPangkat;
  const kj = hasil.kenaikanJenjang;
  if (ada('konversi', 'akumulasi', 'lembar-perhitungan')) {
    for (const k of hasil.konversi) a[`Konversi periode ${k.nomor} (${k.periode}, ${k.predikat.nama})`] = k.angkaKredit.tampilan;
  }
  if (ada('konversi')) a['Jumlah angka kredit konversi (semua periode)'] = jumlahSemuaKonversi(hasil);
  if (ada('akumulasi', 'lembar-perhitungan')) {
    for (const k of hasil.angkaKreditAwal) a[`Angka kredit awal ${k.nomor} (${k.label})`] = k.angkaKredit.tampilan;
  }
  if (ada('akumulasi', 'penetapan', 'lembar-perhitungan')) {
    a['Jumlah angka kredit awal'] = hasil.akumulasi.awal.tampilan;
    a['Jumlah angka kredit konversi dalam jenjang'] = hasil.akumulasi.konversiDalamJenjang.tampilan;
    a['Angka kredit kumulatif'] = hasil.akumulasi.kumulatif.tampilan;
  }
  if (ada('penetapan', 'lembar-perhitungan')) {
    if (kp.ambang) a['Angka kredit minimal kenaikan pangkat'] = kp.ambang.tampilan;
    if (kp.selisih) a['Kelebihan/kekurangan untuk kenaikan pangkat'] = selisih(kp);
    if (kj.ambang) a['Angka kredit minimal kenaikan jenjang'] = kj.ambang.tampilan;
    if (kj.selisih) a['Kelebihan/kekurangan untuk kenaikan jenjang'] = selisih(kj);
  }
  if (ada('penetapan')) {
    const p = putusan(hasil);
    a['Pernyataan'] = `${p.dapat ? 'DAPAT' : 'TIDAK DAPAT'} dipertimbangkan (${p.kenaikan}) menjadi ${p.jenjang}, ${p.golongan}`;
  }
  if (ada('akumulasi', 'lembar-perhitungan') && hasil.segmen.length > 1) {
    for (const g of hasil.segmen) a[`Subtotal jenjang ${g.jenjang.nama} (${g.periode})`] = g.subtotal.tampilan;
  }
  if (ada('integrasi') && hasil.integrasi) {
    a['AK kumulatif konvensional'] = hasil.integrasi.akKonvensional.tampilan;
    a['Nilai dasar'] = hasil.integrasi.nilaiDasar.tampilan;
    a['AK Integrasi'] = hasil.integrasi.hasil.tampilan;
  }
  if (ada('lembar-perhitungan') && hasil.proyeksi) {
    for (const l of hasil.proyeksi.langkah) a[`Proyeksi ${l.nomor}: ${l.ke.kode}`] = l.tmt.tampilan;
  }
  if (ada('lembar-perhitungan')) {
    a['Kenaikan pangkat'] = kp.kalimat;
    a['Kenaikan jenjang'] = kj.kalimat;
    if (kp.tmtPalingCepat) a['TMT kenaikan pangkat paling cepat'] = kp.tmtPalingCepat.tampilan;
  }
  return a;
}
