// Shared by the batch tests: read a fixture, run the pipeline inline (no worker threads), keeping everyone's result.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { processBatch, type BatchResult } from '../../src/batch/proses.ts';
import type { HasilOrang } from '../../src/batch/evaluasi.ts';
import type { BarisMentah } from '../../src/berkas/errors.ts';
import { bacaXlsxAsinkron, type XlsxLimits } from '../../src/berkas/xlsx.ts';
import { aturan } from '../helpers/aturan.ts';

export const FIXTURE = resolve('tests/fixtures/batch');
export const fixture = (nama: string) => readFileSync(resolve(FIXTURE, nama));

export type HasilUji = BatchResult & { orang: HasilOrang[] };

export async function proses(buf: Buffer, tanggalPerhitungan = '2024-05-15', maksBaris = 1000): Promise<HasilUji> {
  const h = await processBatch(aturan, buf, { tanggalPerhitungan, maksBaris, simpanOrang: true, simpanMentah: true });
  return { ...h, orang: h.orang ?? [] };
}

export function orang(h: HasilUji, nip: string): HasilOrang {
  const o = h.orang.find((x) => x.nip === nip);
  if (!o) throw new Error(`tidak ada ${nip}`);
  return o;
}

/** Every row the XLSX reader gives, in order. */
export async function barisXlsx(buf: Buffer, batas?: XlsxLimits): Promise<BarisMentah[]> {
  const semua: BarisMentah[] = [];
  for await (const rows of bacaXlsxAsinkron(buf, batas)) for (const r of rows) semua.push(r);
  return semua;
}
