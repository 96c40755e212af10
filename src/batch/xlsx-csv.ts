// An XLSX sheet for the parallel path: its rows, read by the one XLSX reader (xlsx.ts; the sheet inflated
// by Node's zlib off this thread, bacaXlsxAsinkron), written out as
// CSV text into shared memory, so the worker threads take slices of it exactly as of a CSV file
// (peta-csv.ts, potongan.ts). The rows keep their numbers (empty lines stand for rows the sheet leaves
// out), so every message names the sheet's own row. What CSV text cannot carry — a cell with a formula
// (the sequential reader reports it), rows out of order, a long run of missing rows — returns
// undefined, and the caller reads the workbook the sequential way.
import type { BatasXlsx } from './xlsx.ts';
import { bacaXlsxAsinkron } from './xlsx.ts';

/** Missing rows written as empty lines, at most this many in a row; more is not a data sheet. */
const MAKS_CELAH = 1000;

/** Address space reserved for the CSV text; only what is written takes memory. Larger: undefined. */
const MAKS_CSV = 1 << 30;

const perluKutip = /[",\n\r]/;

/** A growable SharedArrayBuffer (ES2024: in Node 20, not yet in the TypeScript lib this project targets). */
interface SabTumbuh extends SharedArrayBuffer { grow(n: number): void }
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
      if (c >= 128 || c === 34 || c === 44 || c === 10 || c === 13) break;
      u[j++] = c;
    }
    if (i < s.length) {
      // Rare: quoting or characters beyond ASCII, written the way the text version was.
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

/** Told of every line as it is written (peta-csv.ts PetaBertahap); false stops the conversion (undefined). */
export interface PengamatBaris {
  /** The shared memory the text is written into (it grows in place). */
  mulai(sab: SharedArrayBuffer): void;
  baris(sel: string[], nomor: number, awal: number): boolean;
}

const KOSONG: string[] = [];

export async function xlsxKeCsv(buf: Buffer, batas: BatasXlsx, pengamat?: PengamatBaris): Promise<Uint8Array | undefined> {
  const csv = new TulisanCsv();
  pengamat?.mulai(csv.sab);
  let nomor = 0;
  for await (const rows of bacaXlsxAsinkron(buf, batas)) for (const row of rows) {
    if (row.rumus?.length) return undefined;
    if (row.nomor <= nomor || row.nomor - nomor > MAKS_CELAH) return undefined;
    if (pengamat) {
      // Missing rows one by one: each is a line of the text, as a CSV file's empty line would be.
      while (nomor + 1 < row.nomor) {
        if (!pengamat.baris(KOSONG, ++nomor, csv.panjang) || !csv.baris(1)) return undefined;
      }
      if (!pengamat.baris(row.sel, row.nomor, csv.panjang)) return undefined;
    } else if (row.nomor - nomor > 1 && !csv.baris(row.nomor - nomor - 1)) return undefined;
    nomor = row.nomor;
    const sel = row.sel;
    if (sel.length === 0 && !csv.baris(1)) return undefined;
    for (let i = 0; i < sel.length; i++) {
      if (!csv.sel(sel[i] ?? '', i === sel.length - 1 ? 10 : 44)) return undefined;
    }
  }
  return csv.hasil();
}
