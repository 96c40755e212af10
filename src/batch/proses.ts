// The batch pipeline, one for the web and the command line (sizes differ, the code does not): a file's
// rows become CSV text in shared memory, mapped into slices that start at a person's first row; each
// slice is parsed, grouped, evaluated and rendered by prosesPotongan, on the worker pool when one is
// given (the CLI) or on this thread (the web, whose upload task already runs on a worker); the slices'
// report lines are written in file order. A CSV file is that text already: one scan maps it
// (csv-map.ts). An XLSX workbook's rows, and the rows of a CSV file the scan does not take as it is,
// are written as such text by baris-teks.ts while they are read, with their formulas and row numbers
// beside it. A file that cannot be read, or is too large, is refused as a whole with a FileError
// before any report byte; a bad row only marks its person. The design: docs/batch.md.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Aturan } from '../domain/aturan.ts';
import { tulisBaris, type TeksBaris } from './baris-teks.ts';
import { bukaBukuKerja } from '../berkas/buku-kerja.ts';
import { bacaCsv, csvRow, pemisahBerkas } from '../berkas/csv.ts';
import { NAMA_PENGODEAN, kenaliPengodean, keUtf8 } from '../berkas/pengodean.ts';
import type { HasilOrang } from './evaluasi.ts';
import { FileError, type BarisMentah } from '../berkas/errors.ts';
import type { ColumnLayout } from './kolom.ts';
import { JUDUL_GALAT, JUDUL_HASIL, lembarHasil } from './laporan.ts';
import type { OrangMentah } from './orang.ts';
import { pilihLembar, namaLembar, type LembarTerpilih } from './lembar.ts';
import { PESAN_TANPA_DATA, IncrementalCsvMap, mapCsv, type CsvMap, type CsvSlice } from './csv-map.ts';
import { processSlice, type SliceResult, type SliceTask } from './slice.ts';
import { ringkasKosong, tambahRingkasan, type Ringkasan } from './ringkasan.ts';
import { XLSX_LIMITS_WEB, isZip, type XlsxLimits } from '../berkas/xlsx.ts';
import { writeXlsx, type Cell } from '../berkas/xlsx-write.ts';
import { putusanKolomBerkas, type PutusanKolom } from './putusan-kolom.ts';

/**
 * What the pipeline needs of the worker pool (src/batch/worker-pool.ts, whose WorkerPool fits it): named here by
 * shape, so this module does not import the pool, whose worker imports this module.
 */
export interface SliceRunner {
  readonly size: number;
  run<T>(tugas: { jenis: 'potongan'; tugas: SliceTask }): Promise<T>;
}

export interface BatchOptions {
  /** Calculation date for rows that do not give one (YYYY-MM-DD). */
  tanggalPerhitungan: string;
  /** Most data rows accepted; more is a 413. */
  maksBaris: number;
  /** Most bytes accepted (for a file path; uploads are capped by multer). */
  maksByte?: number;
  /**
   * The worker pool, or its promise: the file is read and mapped on this thread while the workers
   * start. Without one, every slice runs on this thread.
   */
  kolam?: SliceRunner | Promise<SliceRunner>;
  batasXlsx?: XlsxLimits;
  /** Bytes per slice (default: about eight slices per worker, 64 KB to 1 MB). */
  ukuranPotongan?: number;
  /** Also return every person's full result, with its input JSON (the web page, PDFs, SIASN, tests). */
  simpanOrang?: boolean;
  /** Also return every person's rows as read (the web page carries them for downloads). */
  simpanMentah?: boolean;
  /** Called as slices finish: data rows and persons done so far. */
  kemajuan?: (baris: number, selesai: number) => void;
  /**
   * Tests: read a CSV file with the sequential reader (bacaCsv) instead of the byte scan, to show both
   * give the same result.
   */
  pembacaUrut?: boolean;
}

export interface BatchResult {
  format: 'csv' | 'xlsx' | 'ods';
  jumlahBaris: number;
  kolomDiabaikan: string[];
  /** The sheet read (a workbook). */
  lembar?: string;
  /** The encoding a text file was read in, when not UTF-8 (Windows-1252, UTF-16). */
  pengodean?: string;
  /** What the summary says of how the file was read: the sheet, the encoding. */
  keterangan: string[];
  ringkasan: Ringkasan;
  /** With simpanOrang. */
  orang?: HasilOrang[];
  /** With simpanMentah. */
  mentah?: OrangMentah[];
}

export interface ReportOutput {
  hasilCsv: (teks: string) => void;
  galatCsv: (teks: string) => void;
  xlsx: (d: Uint8Array, final: boolean) => void;
}

export type BatchSource = Buffer | { path: string };

/** Bytes of a file's start looked at for its type. */
const AWAL_JENIS = 4096;

function jenisBerkas(awal: Uint8Array): 'csv' | 'zip' {
  if (isZip(awal)) return 'zip';
  const b = awal;
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    throw new FileError(
      415,
      'Format .xls (Excel 97–2003) tidak didukung. Di Excel pilih Simpan Sebagai → "Excel Workbook (.xlsx)" atau "CSV UTF-8".',
    );
  // UTF-16 text (Excel's "Unicode Text") is text, its NUL bytes included; pengodean.ts reads it.
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return 'csv';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46)
    throw new FileError(415, 'Berkas PDF bukan lembar kerja. Unggah templat yang sudah diisi, sebagai .xlsx atau CSV.');
  if (b.subarray(0, AWAL_JENIS).includes(0)) throw new FileError(415, 'Berkas berisi data biner; ini bukan berkas CSV, XLSX, atau ODS.');
  return 'csv';
}

/**
 * The checks every source gets before its rows are read (size, empty, file type), with their messages.
 * Throws FileError.
 */
export function checkSource(sumber: BatchSource, opsi: Pick<BatchOptions, 'maksByte'>): 'csv' | 'zip' {
  if (Buffer.isBuffer(sumber)) {
    if (sumber.length === 0) throw new FileError(400, 'Berkas kosong.');
    return jenisBerkas(sumber);
  }
  let ukuran: number;
  try {
    ukuran = statSync(sumber.path).size;
  } catch {
    throw new FileError(400, `Berkas "${sumber.path}" tidak dapat dibaca.`);
  }
  if (opsi.maksByte !== undefined && ukuran > opsi.maksByte)
    throw new FileError(413, `Berkas lebih besar dari ${Math.round(opsi.maksByte / 1024 / 1024)} MB.`);
  if (ukuran === 0) throw new FileError(400, 'Berkas kosong.');
  const awal = Buffer.alloc(Math.min(ukuran, AWAL_JENIS));
  const fd = openSync(sumber.path, 'r');
  try {
    readSync(fd, awal, 0, awal.length, 0);
  } finally {
    closeSync(fd);
  }
  return jenisBerkas(awal);
}

/** An async queue: pushed in order, read once. */
function antrean<T>(): { dorong: (x: T) => void; tutup: () => void; [Symbol.asyncIterator]: () => AsyncGenerator<T> } {
  const isi: T[] = [];
  let bangun: (() => void) | undefined;
  let tutup = false;
  return {
    dorong: (x) => {
      isi.push(x);
      bangun?.();
    },
    tutup: () => {
      tutup = true;
      bangun?.();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (isi.length) {
          yield isi.shift()!;
          continue;
        }
        if (tutup) return;
        await new Promise<void>((ok) => {
          bangun = ok;
        });
        bangun = undefined;
      }
    },
  };
}

/** The file's bytes in shared memory (workers read slices of it without a copy). */
function bacaBersama(sumber: BatchSource): Uint8Array {
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
  } finally {
    closeSync(fd);
  }
  return u;
}

/** The CSV reader's rows, a few hundred at a time, read in the chunks a file stream gives. */
async function* barisCsvBerkas(data: Uint8Array, delim: string): AsyncGenerator<BarisMentah[]> {
  const potong = function* () {
    for (let i = 0; i < data.length; i += 256 * 1024) yield data.subarray(i, i + 256 * 1024);
  };
  let kumpul: BarisMentah[] = [];
  for await (const row of bacaCsv(potong(), delim)) {
    kumpul.push(row);
    if (kumpul.length >= 512) {
      yield kumpul;
      kumpul = [];
    }
  }
  yield kumpul;
}

/**
 * The sheet read held only its header: when a later sheet holds data (typed on the template's Contoh
 * sheet, say), the refusal names it; when that data is the template's own example, it says the sheet to
 * fill is empty. Throws FileError.
 */
async function tolakLembarKosong(lembar: LembarTerpilih): Promise<void> {
  const lain = await lembarLain(lembar);
  const ini = namaLembar(lembar.nama);
  if (!lain) throw new FileError(400, `Lembar ${ini}: ${PESAN_TANPA_DATA}`);
  if (lain.contohTemplat)
    throw new FileError(
      400,
      `Lembar ${ini} hanya memuat baris judul; tidak ada data pegawai. Lembar ${namaLembar(lain.nama)} hanya berisi contoh dari templat dan tidak dibaca. Isi data pada lembar ${ini}.`,
    );
  throw new FileError(
    400,
    `Lembar ${ini} hanya memuat baris judul, tetapi lembar ${namaLembar(lain.nama)} sesudahnya berisi data. Hanya satu lembar yang dibaca: lembar pertama yang memuat judul kolom templat. Pindahkan data ke lembar ${ini} (atau hapus lembar ${ini}), lalu unggah lagi.`,
  );
}

const lembarLain = (l: LembarTerpilih) => l.lembarLain();

/**
 * Processes a unit. With `buka`, writes its reports through the sinks it returns, called once the file
 * is accepted (a refused file throws FileError before any report byte); resolves when every report is
 * complete. Without it, only the results asked for are kept (the web page).
 */
export async function processBatch(
  aturan: Aturan,
  sumber: BatchSource,
  opsi: BatchOptions,
  buka?: () => ReportOutput,
): Promise<BatchResult> {
  const jenis = checkSource(sumber, opsi);
  const nPekerja = opsi.kolam === undefined ? 1 : opsi.kolam instanceof Promise ? availableParallelism() : opsi.kolam.size;
  // Enough slices to keep every worker busy to the end (about eight each), none larger than 1 MB.
  const ukuranUntuk = (panjang: number) =>
    opsi.ukuranPotongan ?? Math.min(1 << 20, Math.max(64 * 1024, Math.ceil(panjang / (nPekerja * 8))));
  const kolamNanti = Promise.resolve(opsi.kolam);
  kolamNanti.catch(() => {});
  const satuPotongan = (t: SliceTask): Promise<SliceResult> =>
    kolamNanti.then((kolam) => (kolam ? kolam.run<SliceResult>({ jenis: 'potongan', tugas: t }) : processSlice(aturan, t)));

  let data: Uint8Array;
  let peta: CsvMap | undefined;
  // Set when the text was written from a reader's rows.
  let teks: TeksBaris | undefined;
  let sab: SharedArrayBuffer | undefined;
  /** What the columns decided from the whole text: numeric dates' order, NIPs stored as numbers (putusan-kolom.ts). */
  let putusan: PutusanKolom | undefined;
  /** What a slice's task needs beyond its bytes: the text's own rules, formulas and row numbers. */
  const tugasDari = (
    p: CsvSlice,
    isi: SharedArrayBuffer | Uint8Array,
    delim: string,
    tata: ColumnLayout,
    rumus?: Map<number, number[]>,
    nomor?: number[],
  ): SliceTask => {
    const r: [number, number[]][] = [];
    if (rumus?.size) for (const [i, kol] of rumus) if (i >= p.barisAwal && i < p.barisAkhir) r.push([i - p.barisAwal, kol]);
    return {
      data: isi,
      mulai: p.mulai,
      akhir: p.akhir,
      nomor: p.nomor,
      delim,
      tata,
      tanggalPerhitungan: opsi.tanggalPerhitungan,
      jumlahOrang: p.jumlahOrang,
      barisLembar: p.indeksOrang + 2,
      ganda: p.ganda,
      ...(opsi.simpanOrang && { orang: true }),
      ...(opsi.simpanMentah && { mentah: true }),
      ...(!buka && { tanpaLaporan: true }),
      ...(teks !== undefined || isi === sab ? { maksSel: Infinity } : {}),
      ...(r.length > 0 && { rumus: r }),
      ...(nomor && { nomorBaris: nomor.slice(p.barisAwal, p.barisAkhir) }),
      ...(putusan?.urutanTanggal && { urutanTanggal: putusan.urutanTanggal }),
      ...(putusan?.nipAngka && { nipAngka: true }),
    };
  };

  // Slices already running while the rows were still being written, by index.
  const dini = new Map<number, Promise<SliceResult>>();
  let format: BatchResult['format'] = 'csv';
  let pengodean: string | undefined;
  let delim = ',';
  let terpilih: LembarTerpilih | undefined;
  if (jenis === 'csv') {
    data = bacaBersama(sumber);
    const kode = kenaliPengodean(data);
    if (kode !== 'utf-8') {
      // At most three bytes of UTF-8 for each byte read, and never past the text the pipeline can hold.
      data = keUtf8(data, kode, Math.min(1 << 30, Math.max(1 << 20, data.length * 3)));
      pengodean = NAMA_PENGODEAN[kode];
    }
    delim = pemisahBerkas(data);
    if (!opsi.pembacaUrut) peta = mapCsv(data, { maksBaris: opsi.maksBaris, ukuranPotongan: ukuranUntuk(data.length), delim });
  } else data = new Uint8Array(0);
  if (!peta) {
    const buf = jenis === 'zip' ? (Buffer.isBuffer(sumber) ? sumber : readFileSync(sumber.path)) : undefined;
    let baris: AsyncIterable<BarisMentah[]>;
    if (buf) {
      const bk = await bukaBukuKerja(buf, opsi.batasXlsx ?? XLSX_LIMITS_WEB);
      format = bk.format;
      terpilih = await pilihLembar(bk.lembar);
      baris = terpilih.baris;
    } else baris = barisCsvBerkas(data, delim);
    // The text is about 1.7 times the workbook's size (the generated 100,000-person unit: 19 -> 32 MB).
    const perkiraan = buf ? buf.length * 1.7 : data.length;
    let samping: Omit<TeksBaris, 'data'> | undefined;
    const bertahap: IncrementalCsvMap = new IncrementalCsvMap(
      { maksBaris: opsi.maksBaris, ukuranPotongan: ukuranUntuk(perkiraan), ...(terpilih && { lembar: terpilih.nama }) },
      (i) => {
        const p = satuPotongan(tugasDari(bertahap.potongan[i]!, sab!, ',', bertahap.tata!, samping?.rumus, samping?.nomor));
        p.catch(() => {});
        dini.set(i, p);
      },
    );
    try {
      teks = await tulisBaris(baris, bertahap, (x, s) => {
        sab = x;
        samping = s;
      });
      if (terpilih && bertahap.tata && bertahap.jumlahBaris === 0) await tolakLembarKosong(terpilih);
      peta = bertahap.selesai(teks.data.length, ',');
    } catch (e) {
      await Promise.allSettled(dini.values());
      throw e;
    } finally {
      await terpilih?.tutup();
    }
    data = teks.data;
    // A slice holding a NIP found in two places anywhere in the file is run again, now knowing it.
    for (const i of [...dini.keys()]) if (peta.potongan[i]!.ganda.length > 0) dini.delete(i);
  }
  // Numeric dates (4/1/2022) are read in the order their column's values decide, and a NIP column stored
  // as numbers is known as such; slices run early without these decisions are run again when they
  // matter. Refuses the file when a date column cannot be decided.
  try {
    putusan = putusanKolomBerkas(data, peta.delim, peta.tata);
  } catch (e) {
    await Promise.allSettled(dini.values());
    throw e;
  }
  if (putusan?.nipAngka || (putusan?.urutanTanggal && Object.values(putusan.urutanTanggal).includes('bh'))) dini.clear();
  const kolam = await kolamNanti;
  const petaSah = peta;
  const dataSah = data;
  const teksSah = teks;

  const k = buka?.();
  k?.hasilCsv(`\uFEFF${csvRow([...JUDUL_HASIL], ';')}`);
  k?.galatCsv(`\uFEFF${csvRow(JUDUL_GALAT, ';')}`);
  const galat: Cell[][] = [];
  const klaim: Cell[][] = [];
  const ringkasan = ringkasKosong();
  const lembar = antrean<SliceResult['xlsx']>();
  const xlsxSelesai = k
    ? writeXlsx(
        lembarHasil({ termampat: lembar }, galat, klaim, () => ringkasan),
        k.xlsx,
        { netral: true },
      )
    : Promise.resolve();
  const orang: HasilOrang[] = [];
  const mentah: OrangMentah[] = [];

  const jalankan = (i: number): Promise<SliceResult> =>
    dini.get(i) ?? satuPotongan(tugasDari(petaSah.potongan[i]!, dataSah, petaSah.delim, petaSah.tata, teksSah?.rumus, teksSah?.nomor));

  // A few slices in flight per worker; results are written strictly in file order.
  const jendela = kolam ? kolam.size * 2 : 1;
  const berjalan: Promise<SliceResult>[] = [];
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
      if (k) {
        k.hasilCsv(h.csv);
        if (h.galat.length) k.galatCsv(h.galat.map((r) => csvRow(r.map(String), ';')).join(''));
        for (const r of h.galat) galat.push(r);
        for (const r of h.klaim) klaim.push(r);
        lembar.dorong(h.xlsx);
      }
      tambahRingkasan(ringkasan, h.ringkasan);
      if (h.orang) for (const o of h.orang) orang.push(o);
      if (h.mentah) for (const o of h.mentah) mentah.push(o);
      opsi.kemajuan?.(ringkasan.baris, ringkasan.pegawai);
    }
  } finally {
    lembar.tutup();
  }
  await xlsxSelesai;
  const keterangan: string[] = [];
  if (terpilih) keterangan.push(`Lembar yang dibaca: ${namaLembar(terpilih.nama)}.`);
  if (pengodean) keterangan.push(`Berkas dibaca sebagai ${pengodean}.`);
  return {
    format,
    jumlahBaris: ringkasan.baris,
    kolomDiabaikan: petaSah.tata.diabaikan,
    ...(terpilih && { lembar: terpilih.nama }),
    ...(pengodean && { pengodean }),
    keterangan,
    ringkasan,
    ...(opsi.simpanOrang && { orang }),
    ...(opsi.simpanMentah && { mentah }),
  };
}
