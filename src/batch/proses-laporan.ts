// The batch with its reports (CLI, benchmark): results CSV, errors CSV and results XLSX written while
// the file is processed. A CSV file is mapped once on the main thread (peta-csv.ts) and its slices
// parsed, grouped, evaluated and rendered on the worker threads (potongan.ts); the main thread only
// writes their pieces in file order and keeps the summary and the (few) error lines. An XLSX workbook's
// rows are first written as CSV text (xlsx-csv.ts) and take the same way. Anything the map or that
// conversion does not accept goes the sequential way (prosesBatch, then the reports from its results):
// the same reports, the same messages.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Aturan } from '../domain/aturan.ts';
import { barisCsv } from './csv.ts';
import type { HasilOrang } from './evaluasi.ts';
import { JUDUL_GALAT, JUDUL_HASIL, csvGalat, csvHasil, lembarHasil, tulisXlsxHasil } from './laporan.ts';
import { GalatBerkas } from './galat.ts';
import { PetaBertahap, petaCsv, type PetaCsv, type Potongan } from './peta-csv.ts';
import { prosesPotongan, type HasilPotongan, type TugasPotongan } from './potongan.ts';
import { periksaSumber, prosesBatch, type OpsiBatch, type SumberBatch } from './proses.ts';
import type { Kolam } from './kolam.ts';
import type { TataKolom } from './kolom.ts';
import { ringkasKosong, tambahRingkasan, type Ringkasan } from './ringkasan.ts';
import { BATAS_XLSX_BAKU } from './xlsx.ts';
import { xlsxKeCsv, type PengamatBaris } from './xlsx-csv.ts';
import { tulisXlsx, type Sel } from './xlsx-tulis.ts';

export interface KeluaranLaporan {
  hasilCsv: (teks: string) => void;
  galatCsv: (teks: string) => void;
  xlsx: (d: Uint8Array, final: boolean) => void;
}

export interface OpsiLaporan extends Omit<OpsiBatch, 'kolam'> {
  /**
   * The worker pool, or its promise: the file is read and mapped on this thread while the workers
   * start (about 0.3 s each way for 100,000 persons).
   */
  kolam?: Kolam | Promise<Kolam>;
  /** Bytes per slice handed to a worker (default: about eight slices per worker, 64 KB to 1 MB). */
  ukuranPotongan?: number;
  /** Also return every person's full result, with its input JSON (PDFs, SIASN, tests). */
  simpanOrang?: boolean;
}

export interface HasilLaporan {
  format: 'csv' | 'xlsx';
  jumlahBaris: number;
  kolomDiabaikan: string[];
  ringkasan: Ringkasan;
  orang?: HasilOrang[];
  /** 'paralel': slices on worker threads; 'berurutan': the sequential reader. */
  jalur: 'paralel' | 'berurutan';
}

/** An async queue: pushed in order, read once. */
function antrean<T>(): { dorong: (x: T) => void; tutup: () => void; [Symbol.asyncIterator]: () => AsyncGenerator<T> } {
  const isi: T[] = [];
  let bangun: (() => void) | undefined;
  let tutup = false;
  return {
    dorong: (x) => { isi.push(x); bangun?.(); },
    tutup: () => { tutup = true; bangun?.(); },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (isi.length) { yield isi.shift()!; continue; }
        if (tutup) return;
        await new Promise<void>((ok) => { bangun = ok; });
        bangun = undefined;
      }
    },
  };
}

function bacaBersama(sumber: SumberBatch): Uint8Array {
  if (Buffer.isBuffer(sumber)) {
    const u = new Uint8Array(new SharedArrayBuffer(sumber.length));
    u.set(sumber);
    return u;
  }
  const ukuran = statSync(sumber.path).size;
  const u = new Uint8Array(new SharedArrayBuffer(ukuran));
  const fd = openSync(sumber.path, 'r');
  try {
    for (let o = 0; o < ukuran;) {
      const n = readSync(fd, u, o, ukuran - o, o);
      if (n <= 0) break;
      o += n;
    }
  } finally { closeSync(fd); }
  return u;
}

/**
 * An XLSX workbook's rows as CSV text (xlsx-csv.ts), or undefined. A workbook the reader refuses also
 * gives undefined: the sequential way then refuses it with the message it would give anyway, at the
 * same point (a bad header before a damaged part further on, say).
 */
async function xlsxSebagaiCsv(buf: Buffer, opsi: OpsiLaporan, pengamat: PengamatBaris): Promise<Uint8Array | undefined> {
  try {
    return await xlsxKeCsv(buf, opsi.batasXlsx ?? BATAS_XLSX_BAKU, pengamat);
  } catch (e) {
    if (e instanceof GalatBerkas) return undefined;
    throw e;
  }
}

/**
 * Processes a unit and writes its reports through `buka()`'s sinks, called once the file is accepted
 * (a refused file throws GalatBerkas before any report byte). Resolves when every report is complete.
 */
export async function prosesBatchLaporan(aturan: Aturan, sumber: SumberBatch, opsi: OpsiLaporan, buka: () => KeluaranLaporan): Promise<HasilLaporan> {
  const jenis = periksaSumber(sumber, opsi);
  const nPekerja = opsi.kolam === undefined ? 1 : opsi.kolam instanceof Promise ? availableParallelism() : opsi.kolam.ukuran;
  // Enough slices to keep every worker busy to the end (about eight each), none larger than 1 MB.
  const ukuranUntuk = (panjang: number) => opsi.ukuranPotongan ?? Math.min(1 << 20, Math.max(64 * 1024, Math.ceil(panjang / (nPekerja * 8))));
  const kolamNanti = Promise.resolve(opsi.kolam);
  kolamNanti.catch(() => {});
  const satuPotongan = (t: TugasPotongan): Promise<HasilPotongan> => kolamNanti.then((kolam) => (kolam
    ? kolam.jalankan<HasilPotongan>({ jenis: 'potongan', tugas: t })
    : prosesPotongan(aturan, t)));
  const tugasDari = (p: Potongan, data: SharedArrayBuffer | Uint8Array, delim: string, tata: TataKolom): TugasPotongan => ({
    data, mulai: p.mulai, akhir: p.akhir, nomor: p.nomor, delim, tata,
    tanggalPerhitungan: opsi.tanggalPerhitungan, jumlahOrang: p.jumlahOrang, barisLembar: p.indeksOrang + 2, ganda: p.ganda,
    ...(opsi.simpanOrang && { orang: true }),
  });

  let data: Uint8Array | undefined;
  let peta: PetaCsv | undefined;
  // Slices of an XLSX workbook already running while it was still being read, by index.
  const dini = new Map<number, Promise<HasilPotongan>>();
  if (jenis === 'csv') {
    data = bacaBersama(sumber);
    peta = petaCsv(data, { maksBaris: opsi.maksBaris, ukuranPotongan: ukuranUntuk(data.length) });
  } else {
    const buf = Buffer.isBuffer(sumber) ? sumber : readFileSync(sumber.path);
    let sab: SharedArrayBuffer | undefined;
    // The CSV text is about 1.7 times the workbook's size (the generated 100,000-person unit: 19 -> 32 MB).
    const baris = { isi: [] as string[], sel() { return this.isi; } };
    const bertahap: PetaBertahap = new PetaBertahap({ maksBaris: opsi.maksBaris, ukuranPotongan: ukuranUntuk(buf.length * 1.7) }, (i) => {
      const p = satuPotongan(tugasDari(bertahap.potongan[i]!, sab!, ',', bertahap.tata!));
      p.catch(() => {});
      dini.set(i, p);
    });
    data = await xlsxSebagaiCsv(buf, opsi, { mulai: (x) => { sab = x; }, baris: (sel, nomor, awal) => { baris.isi = sel; return bertahap.baris(baris, nomor, awal); } });
    peta = data && bertahap.selesai(data.length, ',');
    // A slice holding a NIP found in two places anywhere in the file is run again, now knowing it.
    if (peta) {
      for (const i of [...dini.keys()]) if (peta.potongan[i]!.ganda.length > 0) dini.delete(i);
    } else {
      await Promise.allSettled(dini.values());
    }
  }
  const kolam = await kolamNanti;
  if (!data || !peta) return berurutan(aturan, sumber, { ...opsi, kolam }, buka);
  const petaSah = peta;
  const dataSah = data;

  const k = buka();
  k.hasilCsv(`\uFEFF${barisCsv([...JUDUL_HASIL], ';')}`);
  k.galatCsv(`\uFEFF${barisCsv(JUDUL_GALAT, ';')}`);
  const galat: Sel[][] = [];
  const klaim: Sel[][] = [];
  const ringkasan = ringkasKosong();
  const lembar = antrean<HasilPotongan['xlsx']>();
  const xlsxSelesai = tulisXlsx(lembarHasil({ termampat: lembar }, galat, klaim, () => ringkasan), k.xlsx, { netral: true });
  const orang: HasilOrang[] = [];

  const jalankan = (i: number): Promise<HasilPotongan> => dini.get(i) ?? satuPotongan(tugasDari(petaSah.potongan[i]!, dataSah, petaSah.delim, petaSah.tata));

  // A few slices in flight per worker; results are written strictly in file order.
  const jendela = kolam ? kolam.ukuran * 2 : 1;
  const berjalan: Promise<HasilPotongan>[] = [];
  let berikut = 0;
  const isi = () => {
    while (berikut < petaSah.potongan.length && berjalan.length < jendela) {
      const p = jalankan(berikut++);
      p.catch(() => {});
      berjalan.push(p);
    }
  };
  try {
    isi();
    while (berjalan.length) {
      const h = await berjalan.shift()!;
      isi();
      k.hasilCsv(h.csv);
      if (h.galat.length) k.galatCsv(h.galat.map((r) => barisCsv(r.map(String), ';')).join(''));
      for (const r of h.galat) galat.push(r);
      for (const r of h.klaim) klaim.push(r);
      lembar.dorong(h.xlsx);
      tambahRingkasan(ringkasan, h.ringkasan);
      if (h.orang) for (const o of h.orang) orang.push(o);
      opsi.kemajuan?.(ringkasan.baris, ringkasan.pegawai);
    }
  } finally {
    lembar.tutup();
  }
  await xlsxSelesai;
  return { format: jenis, jumlahBaris: ringkasan.baris, kolomDiabaikan: peta.tata.diabaikan, ringkasan, ...(opsi.simpanOrang && { orang }), jalur: 'paralel' };
}

async function berurutan(aturan: Aturan, sumber: SumberBatch, opsi: Omit<OpsiLaporan, 'kolam'> & { kolam?: Kolam | undefined }, buka: () => KeluaranLaporan): Promise<HasilLaporan> {
  const h = await prosesBatch(aturan, sumber, opsi);
  const k = buka();
  for (const c of csvHasil(h.orang)) k.hasilCsv(c);
  for (const c of csvGalat(h.orang)) k.galatCsv(c);
  await tulisXlsxHasil(h.orang, h.ringkasan, k.xlsx);
  return { format: h.format, jumlahBaris: h.jumlahBaris, kolomDiabaikan: h.kolomDiabaikan, ringkasan: h.ringkasan, ...(opsi.simpanOrang && { orang: h.orang }), jalur: 'berurutan' };
}
