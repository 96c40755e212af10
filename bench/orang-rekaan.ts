// Shared by the engine benchmarks: a generated unit (bench/generator.ts) read and grouped into persons
// the way the batch reads a file, so every benchmark measures the same people.
import type { Aturan } from '../src/domain/aturan.ts';
import { readHeader } from '../src/batch/kolom.ts';
import { RowGrouper, type OrangMentah } from '../src/batch/orang.ts';
import { unit } from './generator.ts';

export function jumlahOrang(argv: string[], bawaan = 20000): number {
  const i = argv.indexOf('--orang');
  return (i >= 0 && Number(argv[i + 1])) || bawaan;
}

/** `n` generated persons (seed 3), grouped; also the time grouping took, in milliseconds. */
export function orangRekaan(aturan: Aturan, n: number): { orang: OrangMentah[]; ms: number } {
  const rows = unit(n, { seed: 3 });
  const tata = readHeader(rows.next().value as string[]);
  if (typeof tata === 'string') throw new Error(tata);
  const p = new RowGrouper(aturan, tata, { tanggalPerhitungan: '2025-07-15' });
  const orang: OrangMentah[] = [];
  let nomor = 2;
  const t0 = performance.now();
  for (const r of rows) {
    const o = p.tambah({ nomor: nomor++, sel: r });
    if (o) orang.push(o);
  }
  orang.push(p.selesai()!);
  return { orang, ms: performance.now() - t0 };
}
