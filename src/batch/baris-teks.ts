// Rows a reader gives (the XLSX reader, or the CSV reader for a file the byte scan does not take as it is)
// written as CSV text into shared memory, so the worker threads take slices of it exactly as of a CSV
// file (csv-map.ts, slice.ts), and mapped record by record while they are written (IncrementalCsvMap), so
// slices start on the workers while the file is still being read. What plain CSV text cannot carry
// travels beside it: the cells that held a formula (slice.ts reports them), and, when rows were not
// numbered one after another (out of order, or a gap of more than MAKS_CELAH rows), each record's row
// number; a shorter gap is written as empty records, as a CSV file's empty lines would be.
import { FileError, type BarisMentah } from '../berkas/errors.ts';
import type { IncrementalCsvMap } from './csv-map.ts';

/** Missing rows written as empty records, at most this many in a row; past that records carry their numbers. */
const MAKS_CELAH = 1000;

/** Address space reserved for the CSV text; only what is written takes memory. */
const MAKS_CSV = 1 << 30;

const perluKutip = /[",\n\r\0]/;

/** A growable SharedArrayBuffer (ES2024: in Node 20, not yet in the TypeScript lib this project targets). */
interface SabTumbuh extends SharedArrayBuffer {
  grow(n: number): void;
}
const SabTumbuh = SharedArrayBuffer as unknown as new (n: number, opsi: { maxByteLength: number }) => SabTumbuh;

/**
 * CSV bytes written straight into a growable SharedArrayBuffer: no string per row or per piece, no
 * second copy at the end (the former pieces and their copy into shared memory took about 1.5 s and
 * 70 MB more for 100,000 persons).
 */
class TulisanCsv {
  readonly sab = new SabTumbuh(1 << 20, { maxByteLength: MAKS_CSV });
  private u = new Uint8Array(this.sab);
  private enc = new TextEncoder();
  panjang = 0;

  /** Room for `n` more bytes; false past MAKS_CSV. */
  private ruang(n: number): boolean {
    const perlu = this.panjang + n;
    if (perlu <= this.u.length) return true;
    if (perlu > MAKS_CSV) return false;
    this.sab.grow(Math.min(MAKS_CSV, Math.max(perlu, this.sab.byteLength * 2)));
    this.u = new Uint8Array(this.sab, 0, this.sab.byteLength);
    return true;
  }

  baris(n: number): boolean {
    if (!this.ruang(n)) return false;
    this.u.fill(10, this.panjang, this.panjang + n);
    this.panjang += n;
    return true;
  }

  /** A cell, quoted when it holds a quote, comma or line break; then ',' or '\n'. */
  sel(s: string, akhir: number): boolean {
    // Each UTF-16 unit takes at most 3 bytes, a doubled quote 2; plus the quotes and the separator.
    if (!this.ruang(s.length * 3 + 3)) return false;
    const u = this.u;
    let j = this.panjang;
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 128 || c === 34 || c === 44 || c === 10 || c === 13 || c === 0) break;
      u[j++] = c;
    }
    if (i < s.length) {
      // Rare: quoting or characters beyond ASCII (a NUL is quoted: the reader refuses it only outside quotes).
      const t = perluKutip.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      j = this.panjang + this.enc.encodeInto(t, u.subarray(this.panjang)).written;
    }
    u[j++] = akhir;
    this.panjang = j;
    return true;
  }

  hasil(): Uint8Array {
    return new Uint8Array(this.sab, 0, this.panjang);
  }
}

/** The text and what travels beside it. */
export interface TeksBaris {
  /** UTF-8 CSV text, comma-separated, in a SharedArrayBuffer. */
  data: Uint8Array;
  /** Cells that held a formula, by record index: their columns. */
  rumus: Map<number, number[]>;
  /** Row number of each record, when they are not 1, 2, 3, … */
  nomor?: number[];
}

const KOSONG: string[] = [];

/** Rows with any text or formula count as data rows (the limit and the summary). */
function adaIsi(row: BarisMentah): boolean {
  if (row.rumus?.length) return true;
  for (const s of row.sel) if (s && s.trim()) return true;
  return false;
}

/**
 * Writes the rows as CSV text and gives every record to `peta`; `mulai` is told of the shared memory
 * before the first record (slices handed on early read from it). Errors of the reader and of the map
 * (FileError) pass through as they come.
 */
export async function tulisBaris(
  rows: AsyncIterable<BarisMentah[]>,
  peta: IncrementalCsvMap,
  mulai?: (sab: SharedArrayBuffer, samping: Omit<TeksBaris, 'data'>) => void,
): Promise<TeksBaris> {
  const csv = new TulisanCsv();
  // Filled as records are written: a slice handed on early reads its records' entries, all set by then.
  const samping: Omit<TeksBaris, 'data'> = { rumus: new Map() };
  mulai?.(csv.sab, samping);
  const rumus = samping.rumus;
  let nomorSemua: number[] | undefined;
  let indeks = 0;
  let nomor = 0;
  const batal = () =>
    new FileError(
      413,
      'Data lembar kerja terlalu besar untuk diproses sekaligus (lebih dari 1 GB sebagai teks); bagi data menjadi beberapa berkas.',
    );
  const satu = {
    isi: KOSONG,
    sel() {
      return this.isi;
    },
  };
  const catat = (sel: string[], n: number, berisi: boolean) => {
    satu.isi = sel;
    nomorSemua?.push(n);
    peta.baris(satu, n, csv.panjang, undefined, berisi);
    indeks++;
  };
  for await (const daftar of rows)
    for (const row of daftar) {
      if (!nomorSemua && (row.nomor <= nomor || row.nomor - nomor > MAKS_CELAH)) {
        // From here on every record carries its number; the ones before were 1, 2, 3, …
        nomorSemua = Array.from({ length: indeks }, (_, i) => i + 1);
        samping.nomor = nomorSemua;
      }
      if (!nomorSemua) {
        // Missing rows one by one: each is a record of the text, as a CSV file's empty line would be.
        while (nomor + 1 < row.nomor) {
          catat(KOSONG, ++nomor, false);
          if (!csv.baris(1)) throw batal();
        }
      }
      nomor = row.nomor;
      if (row.rumus?.length) rumus.set(indeks, row.rumus);
      catat(row.sel, row.nomor, adaIsi(row));
      const sel = row.sel;
      if (sel.length === 0 && !csv.baris(1)) throw batal();
      for (let i = 0; i < sel.length; i++) {
        if (!csv.sel(sel[i] ?? '', i === sel.length - 1 ? 10 : 44)) throw batal();
      }
    }
  return { data: csv.hasil(), ...samping };
}
