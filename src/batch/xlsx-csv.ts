// An XLSX sheet for the parallel path: its rows, read by the one XLSX reader (xlsx.ts), written out as
// CSV text into shared memory, so the worker threads take slices of it exactly as of a CSV file
// (peta-csv.ts, potongan.ts). The rows keep their numbers (empty lines stand for rows the sheet leaves
// out), so every message names the sheet's own row. What CSV text cannot carry — a cell with a formula
// (the sequential reader reports it), rows out of order, a long run of missing rows — returns
// undefined, and the caller reads the workbook the sequential way.
import type { BatasXlsx } from './xlsx.ts';
import { bacaXlsx } from './xlsx.ts';

/** Missing rows written as empty lines, at most this many in a row; more is not a data sheet. */
const MAKS_CELAH = 1000;

const perluKutip = /[",\n\r]/;

function sel(s: string): string {
  return perluKutip.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function xlsxKeCsv(buf: Buffer, batas: BatasXlsx): Uint8Array | undefined {
  const enc = new TextEncoder();
  const keping: Uint8Array[] = [];
  let panjang = 0;
  let teks = '';
  const tuang = () => {
    const b = enc.encode(teks);
    teks = '';
    keping.push(b);
    panjang += b.length;
  };
  let nomor = 0;
  for (const row of bacaXlsx(buf, batas)) {
    if (row.rumus?.length) return undefined;
    if (row.nomor <= nomor || row.nomor - nomor > MAKS_CELAH) return undefined;
    while (++nomor < row.nomor) teks += '\n';
    for (let i = 0; i < row.sel.length; i++) {
      if (i > 0) teks += ',';
      teks += sel(row.sel[i] ?? '');
    }
    teks += '\n';
    if (teks.length > 1 << 20) tuang();
  }
  tuang();
  const hasil = new Uint8Array(new SharedArrayBuffer(panjang));
  let o = 0;
  for (const k of keping) { hasil.set(k, o); o += k.length; }
  return hasil;
}
