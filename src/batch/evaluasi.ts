// One person through the engine: validate the input document, compute without projection, check the
// figures written on their documents, and classify (DAPAT KP, DAPAT KJ, near, short, error). The result
// is small and plain, so thousands travel between worker threads and into reports cheaply.
import type { Aturan, Jenjang, Predikat } from '../domain/aturan.ts';
import { bulanPenutup, kernelAturan } from '../domain/kernel.ts';
import type { Hasil, StatusPutusan } from '../domain/hasil.ts';
import { hitung } from '../domain/hitung.ts';
import { InputError } from '../domain/galat.ts';
import { Pecahan } from '../domain/pecahan.ts';
import { penutupKekurangan } from '../domain/proyeksi.ts';
import { syaratBelumTerpenuhi } from '../domain/kelayakan.ts';
import { teksPeringatan } from '../domain/peringatan.ts';
import { tambahBulan } from '../domain/tanggal.ts';
import { formatTanggal } from '../domain/format.ts';
import { pecahanDari, validasi, type Klaim } from '../domain/validasi.ts';
import { readBatchMasukan } from './masukan-cepat.ts';
import { kodeVerifikasi } from '../pdf/kode.ts';
import type { RowProblem } from '../berkas/errors.ts';
import type { IdKolom } from './kolom.ts';
import type { OrangMentah } from './orang.ts';

export type Kategori = 'dapat_kj' | 'dapat_kp' | 'belum_pasti' | 'dekat' | 'belum' | 'puncak' | 'galat';

export const LABEL_KATEGORI: Record<Kategori, string> = {
  dapat_kj: 'DAPAT kenaikan jenjang',
  dapat_kp: 'DAPAT kenaikan pangkat',
  belum_pasti: 'BELUM DAPAT DIPASTIKAN (pernyataan belum diisi)',
  // The window itself is a rule (rules/dekat.yaml); the per-person months are in their own column.
  dekat: 'Dekat (dengan predikat Baik)',
  belum: 'Belum memenuhi',
  puncak: 'Tidak ada kenaikan berikutnya',
  galat: 'Ada kesalahan data',
};

export interface KlaimSalah {
  baris: number;
  kolom: IdKolom;
  uraian: string;
  tertulis: string;
  seharusnya: string;
  pesan: string;
}

export interface HasilOrang {
  nip: string;
  nama?: string | undefined;
  unitKerja?: string | undefined;
  baris: number[];
  kategori: Kategori;
  galat: RowProblem[];
  /** Present when the input was valid. */
  jabatanFungsional?: string;
  jenjang?: string;
  golongan?: string;
  tanggalPerhitungan?: string;
  kumulatif?: string;
  kp?: {
    tersedia: boolean;
    dapat: boolean;
    /** dapat (this KP or the once-only one without KJ), belum_dapat_dipastikan, or tidak_dapat. */
    status: StatusPutusan;
    ke?: string | undefined;
    selisih?: string | undefined;
    tmt?: string | undefined;
    tmtTampilan?: string | undefined;
    tanpaKj?: boolean | undefined;
  };
  kj?: { tersedia: boolean; dapat: boolean; status: StatusPutusan; ke?: string | undefined; selisih?: string | undefined };
  /** The declarations still to give (empty cells of the Ya/Tidak columns), when the verdict waits for them. */
  belumDinyatakan?: string[] | undefined;
  /** Warnings about the input (domain/peringatan.ts), each as one line with its suggested fix. */
  peringatan?: string[];
  /** For "near": months of Baik needed for the AK, and the date all conditions could hold. */
  dekat?: { bulan: number; tanggal: string; kalimat: string } | undefined;
  klaim: { diperiksa: number; salah: KlaimSalah[] };
  /** Verification code a PDF of this input carries (src/pdf/kode.ts). */
  kode?: string;
  /** The validated input as JSON, for the result page, PDFs and the SIASN export. */
  masukanJson?: string | undefined;
}

const KOLOM_FIELD: Record<string, IdKolom> = {
  jabatanFungsional: 'jabatan_fungsional',
  jenjang: 'jenjang',
  golongan: 'golongan',
  tmtPangkat: 'tmt_pangkat',
  tmtJenjang: 'tmt_jenjang',
  tanggalPerhitungan: 'tanggal_perhitungan',
  'identitas.nip': 'nip',
  'identitas.nama': 'nama',
  'identitas.unitKerja': 'unit_kerja',
  'identitas.instansi': 'instansi',
};
const KOLOM_PERIODE: Record<string, IdKolom> = {
  mulai: 'periode_mulai',
  selesai: 'periode_selesai',
  predikat: 'predikat',
  jenjang: 'jenjang_periode',
};

/** An engine or schema message, put back on the row and column it came from. */
function keBaris(o: OrangMentah, field: string, pesan: string): RowProblem {
  const p = /^penilaian\.(\d+)(?:\.(\w+))?/.exec(field);
  if (p) return { baris: o.barisPeriode[Number(p[1])] ?? o.barisPegawai, kolom: KOLOM_PERIODE[p[2] ?? ''] ?? 'periode_mulai', pesan };
  if (field.startsWith('angkaKreditAwal'))
    return { baris: o.barisAkAwal ?? o.barisPegawai, kolom: field.endsWith('jenis') ? 'jenis_ak_awal' : 'ak_awal', pesan };
  return { baris: o.barisPegawai, kolom: KOLOM_FIELD[field] ?? field, pesan };
}

/** Shown on the row of a person whose evaluation failed on our side: the data may be fine. */
export const PESAN_GAGAL_HITUNG =
  'Pegawai ini tidak dapat dihitung karena kesalahan pada aplikasi, bukan pada data yang diisi. Pegawai lain tetap dihitung. Laporkan nomor baris ini kepada pengelola aplikasi.';

/** Where an unexpected failure is logged (stderr; a worker thread's goes to the process's). */
export type CatatGalat = (pesan: string) => void;
const catatBawaan: CatatGalat = (pesan) => {
  console.error(pesan);
};

/**
 * The log line of an unexpected failure: row number, error and stack, never the person's NIP, name or
 * unit (they are cut out should the error's text repeat them, and so is any run of 15 or more digits).
 */
export function teksGagal(o: OrangMentah, e: unknown): string {
  let teks = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
  for (const s of [o.nip, o.nama, o.unitKerja]) if (s && s.length >= 3) teks = teks.split(s).join('[disamarkan]');
  teks = teks.replace(/\d{15,}/g, '[disamarkan]');
  return `Batch: kesalahan tak terduga saat menghitung pegawai pada baris ${o.barisPegawai}; pegawai itu ditandai sebagai kesalahan data dan yang lain tetap dihitung. ${teks}`;
}

const gagal = (o: OrangMentah, galat: RowProblem[]): HasilOrang => ({
  nip: o.nip,
  nama: o.nama || undefined,
  unitKerja: o.unitKerja || undefined,
  baris: o.baris,
  kategori: 'galat',
  galat,
  klaim: { diperiksa: 0, salah: [] },
});

/**
 * `tanpaMasukanJson`: leave out the input JSON (reports alone do not need it). A failure that is not an
 * input problem (a bug, a rule book the engine cannot use for this person) marks this person alone as a
 * data error and is logged without personal data: one person never stops the unit.
 */
export function evaluasi(aturan: Aturan, o: OrangMentah, opsi: { tanpaMasukanJson?: boolean; catat?: CatatGalat } = {}): HasilOrang {
  try {
    return evaluasiOrang(aturan, o, opsi);
  } catch (e) {
    (opsi.catat ?? catatBawaan)(teksGagal(o, e));
    return gagal(o, [{ baris: o.barisPegawai, kolom: '(aplikasi)', pesan: PESAN_GAGAL_HITUNG }]);
  }
}

function evaluasiOrang(aturan: Aturan, o: OrangMentah, opsi: { tanpaMasukanJson?: boolean }): HasilOrang {
  if (o.galat.length > 0 || !o.masukan)
    return gagal(o, o.galat.length ? o.galat : [{ baris: o.barisPegawai, kolom: 'nip', pesan: 'Data pegawai tidak lengkap.' }]);

  let hasil: Hasil;
  let mentah: unknown;
  try {
    const r = readBatchMasukan(o.masukan);
    mentah = r.mentah;
    // Figures and conditions only: the reports show no explanation, and a person's page recomputes it.
    hasil = hitung(aturan, r.masukan, { ...r.opsi, tanpaProyeksi: true, tanpaPenjelasan: true });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return gagal(
      o,
      e.masalah.map((m) => keBaris(o, m.field, m.pesan)),
    );
  }

  // Claims: a period's figure is matched to its row by months, not by position.
  const salah: KlaimSalah[] = [];
  let diperiksa = 0;
  if (o.klaim.length > 0) {
    const periode = o.masukan.penilaian ?? [];
    const ids = o.klaim.map((k): Klaim => {
      if (!k.id.startsWith('konversi.')) return { id: k.id, tertulis: k.tertulis };
      const p = periode[Number(k.id.slice(9)) - 1]!;
      const row = hasil.konversi.find((x) => x.mulai === p.mulai && x.selesai === p.selesai);
      return { id: `konversi.${row?.nomor ?? k.id.slice(9)}`, tertulis: k.tertulis };
    });
    const v = validasi(aturan, hasil, ids);
    diperiksa = v.klaim.length;
    v.klaim.forEach((h, i) => {
      if (h.benar) return;
      const k = o.klaim[i]!;
      salah.push({ baris: k.baris, kolom: k.kolom, uraian: h.uraian, tertulis: h.tertulis, seharusnya: h.seharusnya, pesan: h.pesan });
    });
  }

  const kp = hasil.kenaikanPangkat;
  const kj = hasil.kenaikanJenjang;
  const kpDapat = kp.dapat || kp.alternatifTanpaFormasi?.dapat === true;
  const alt = kp.alternatifTanpaFormasi;
  const kpStatus: StatusPutusan = kpDapat
    ? 'dapat'
    : kp.status === 'belum_dapat_dipastikan' || alt?.status === 'belum_dapat_dipastikan'
      ? 'belum_dapat_dipastikan'
      : 'tidak_dapat';
  const belumPasti = !kj.dapat && !kpDapat && (kpStatus === 'belum_dapat_dipastikan' || kj.status === 'belum_dapat_dipastikan');
  const dekat = !kpDapat ? hitungDekat(aturan, hasil) : undefined;
  const kategori: Kategori = kj.dapat
    ? 'dapat_kj'
    : kpDapat
      ? 'dapat_kp'
      : belumPasti
        ? 'belum_pasti'
        : dekat
          ? 'dekat'
          : kp.tersedia || kj.tersedia
            ? 'belum'
            : 'puncak';
  // Only the declarations an uncertain verdict waits for (a TIDAK DAPAT's missing ones change nothing).
  const menunggu = [kp, alt, kj].flatMap((x) => (x?.status === 'belum_dapat_dipastikan' ? x.belumDinyatakan : []));
  const kurang = belumPasti ? [...new Set(menunggu.map((x) => x.uraian))] : undefined;
  const selisihTeks = (s?: { jenis: string; angka: { tampilan: string } }) => (s ? `${s.jenis} ${s.angka.tampilan}` : undefined);
  const tmt = kp.dapat
    ? kp.tmtPalingCepat
    : kp.alternatifTanpaFormasi?.dapat
      ? kp.alternatifTanpaFormasi.tmtPalingCepat
      : kp.tmtPalingCepat;
  // Every result has the same keys in the same order, absent ones undefined (JSON and toEqual leave them
  // out): objects of one shape are cheaper to build and to read for a hundred thousand persons than
  // objects spread together from optional parts.
  return {
    nip: o.nip,
    nama: o.nama || undefined,
    unitKerja: o.unitKerja || undefined,
    baris: o.baris,
    kategori,
    galat: [],
    jabatanFungsional: hasil.pegawai.jabatanFungsional.nama,
    jenjang: hasil.pegawai.jenjang.nama,
    golongan: hasil.pegawai.golongan.kode,
    tanggalPerhitungan: hasil.tanggalPerhitungan.tanggal,
    kumulatif: hasil.akumulasi.kumulatif.tampilan,
    kp: {
      tersedia: kp.tersedia,
      dapat: kpDapat,
      status: kpStatus,
      ke: kp.ke && (kp.alternatifTanpaFormasi?.dapat && !kp.dapat ? kp.alternatifTanpaFormasi.ke.kode : kp.ke.kode),
      selisih: selisihTeks(kp.selisih),
      tmt: tmt?.tanggal,
      tmtTampilan: tmt?.tampilan,
      tanpaKj: !kp.dapat && kp.alternatifTanpaFormasi?.dapat ? true : undefined,
    },
    kj: { tersedia: kj.tersedia, dapat: kj.dapat, status: kj.status, ke: kj.ke?.nama, selisih: selisihTeks(kj.selisih) },
    belumDinyatakan: kurang,
    peringatan: hasil.peringatan.map(teksPeringatan),
    dekat,
    klaim: { diperiksa, salah },
    kode: kodeVerifikasi(mentah, aturan.versi),
    masukanJson: opsi.tanpaMasukanJson ? undefined : JSON.stringify(o.masukan),
  };
}

/**
 * Near: the KP would be reached within the rule book's "near" window (aturan.dekat) at predikat Baik. The AK shortfall is closed
 * after n months, n the smallest with n/12 × 100% × koefisien ≥ kekurangan (penutupKekurangan); every
 * other unmet condition must be a time condition met by then. Declared conditions (disiplin, formasi,
 * uji kompetensi) and a predikat below Baik in the window are not a matter of time: not near.
 */
export function hitungDekat(aturan: Aturan, hasil: Hasil): HasilOrang['dekat'] {
  const kp = hasil.kenaikanPangkat;
  if (!kp.tersedia || kp.status !== 'tidak_dapat') return undefined;
  const batas = tambahBulan(hasil.tanggalPerhitungan.tanggal, aturan.dekat.bulan);
  const unmet = syaratBelumTerpenuhi(kp.syarat, hasil.kenaikanJenjang);
  let bulan = 0;
  let tanggal = hasil.tanggalPerhitungan.tanggal;
  for (const s of unmet) {
    if (s.jenis === 'angka_kredit') {
      const kurang = pecahanDari(s.nilai.diperlukan).kurang(pecahanDari(s.nilai.nyata));
      const J = aturan.jenjang.find((j) => j.id === hasil.pegawai.jenjang.id)!;
      const baik = aturan.predikat.find((p) => p.id === aturan.syarat.kenaikanPangkat.predikat.minimal)!;
      const t = kurang.bandingkan(Pecahan.NOL) <= 0 ? { bulan: 0 } : bulanDekat(aturan, J, baik, kurang);
      if (!t || t.bulan > aturan.dekat.bulan) return undefined;
      bulan = Math.max(bulan, t.bulan);
      const siap = tambahBulan(hasil.tanggalPerhitungan.tanggal, t.bulan);
      if (siap > tanggal) tanggal = siap;
    } else if (s.belumDinyatakan) {
      // A declaration not given yet is not in the way of "near"; the verdict names it.
      continue;
    } else if (s.tanggalTerpenuhi) {
      if (s.tanggalTerpenuhi > batas) return undefined;
      if (s.tanggalTerpenuhi > tanggal) tanggal = s.tanggalTerpenuhi;
    } else return undefined;
  }
  return {
    bulan,
    tanggal,
    kalimat:
      bulan > 0
        ? `Kekurangan angka kredit tertutup dengan ${bulan} bulan predikat Baik; semua syarat dapat terpenuhi sekitar ${formatTanggal(tanggal)}.`
        : `Hanya syarat waktu yang belum terpenuhi; terpenuhi pada ${formatTanggal(tanggal)}.`,
  };
}

/** penutupKekurangan's months, from the fixed-denominator kernel when it can (no texts built), else from penutupKekurangan. */
function bulanDekat(aturan: Aturan, J: Jenjang, baik: Predikat, kurang: Pecahan): { bulan: number } | undefined {
  const ker = kernelAturan(aturan);
  const n = ker && bulanPenutup(ker, baik, J, kurang, aturan.konversi.rumus.bulanPerTahun);
  if (n === null) return undefined;
  return n !== undefined ? { bulan: n } : penutupKekurangan(aturan, J, baik, kurang, 3);
}

/** The rows of one NIP must be together; a NIP in two places is an error on both. */
export function tandaiNipGanda(orang: HasilOrang[]): void {
  const per = new Map<string, HasilOrang[]>();
  for (const o of orang) {
    const l = per.get(o.nip);
    if (l) l.push(o);
    else per.set(o.nip, [o]);
  }
  for (const [, l] of per) {
    if (l.length < 2) continue;
    const tempat = l.map((o) => o.baris[0]).join(', ');
    for (const o of l) tandaiGanda(o, tempat);
  }
}

/** One person whose NIP also starts other groups of rows (`tempat`: their first rows, in file order). */
export function tandaiGanda(o: HasilOrang, tempat: string): void {
  o.galat.push({
    baris: o.baris[0]!,
    kolom: 'nip',
    pesan: `NIP yang sama muncul di beberapa tempat (mulai baris ${tempat}); baris-baris satu pegawai harus berurutan. Urutkan data menurut NIP.`,
  });
  o.kategori = 'galat';
  for (const k of ['kp', 'kj', 'belumDinyatakan', 'peringatan', 'dekat', 'kumulatif', 'kode', 'masukanJson'] as const) delete o[k];
  o.klaim = { diperiksa: 0, salah: [] };
}

/** Persons as grouped before (the web page's carried rows), evaluated again. */
export function evaluasiSemua(aturan: Aturan, mentah: OrangMentah[]): HasilOrang[] {
  const orang = mentah.map((o) => evaluasi(aturan, o));
  tandaiNipGanda(orang);
  return orang;
}
