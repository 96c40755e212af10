// Shared by the batch tests: read a fixture, run the pipeline inline (no worker threads).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prosesBatch, type HasilBatch } from '../../src/batch/proses.ts';
import type { HasilOrang } from '../../src/batch/evaluasi.ts';
import { aturan } from '../helpers/aturan.ts';

export const FIXTURE = resolve('tests/fixtures/batch');
export const fixture = (nama: string) => readFileSync(resolve(FIXTURE, nama));

export function proses(buf: Buffer, tanggalPerhitungan = '2024-05-15', maksBaris = 1000): Promise<HasilBatch> {
  return prosesBatch(aturan, buf, { tanggalPerhitungan, maksBaris, simpanMentah: true });
}

export function orang(h: HasilBatch, nip: string): HasilOrang {
  const o = h.orang.find((x) => x.nip === nip);
  if (!o) throw new Error(`tidak ada ${nip}`);
  return o;
}
