// The worker pool bounds what one task may take: past its time limit the task fails with a 413 and its
// thread is stopped and replaced; with every worker busy and the queue full a task is refused at once
// with a 503; failures keep their class across the thread boundary, so a bad input is still a 400.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/galat.ts';
import { csvRow } from '../../src/berkas/csv.ts';
import { PoolError } from '../../src/batch/galat.ts';
import { FileError } from '../../src/berkas/errors.ts';
import { WorkerPool } from '../../src/batch/worker-pool.ts';
import { unit } from '../../bench/generator.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

/** A CSV of n persons as the batch template has it; reading and evaluating it takes well over 5 ms. */
const csv = (n: number) => new TextEncoder().encode([...unit(n, { seed: 3 })].map((b) => csvRow(b)).join(''));
const unggahan = (data: Uint8Array) => ({
  jenis: 'unggahan' as const,
  data,
  nama: 'unit.csv',
  tanggalPerhitungan: '2025-07-15',
  maksBaris: 100_000,
});

describe('kolam pekerja dengan batas', () => {
  it('tugas yang melewati batas waktunya gagal dengan 413, pekerjanya diganti, dan tugas berikutnya tetap selesai', async () => {
    const kolam = await WorkerPool.create(aturan.versi, 1);
    try {
      const t = kolam.run(unggahan(csv(3000)), { batasMs: 5 });
      await expect(t).rejects.toBeInstanceOf(PoolError);
      await expect(t).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/batas waktu 0,005 detik/) });
      // The replacement takes the next task: the pool did not shrink or hang.
      const r = await kolam.run<{ hasil: { orang: unknown[] } }>(unggahan(csv(20)), { batasMs: 60_000 });
      expect(r.hasil.orang).toHaveLength(20);
      expect(kolam.size).toBe(1);
    } finally {
      await kolam.close();
    }
  }, 60_000);

  it('saat semua pekerja sibuk dan antrean penuh, tugas berikutnya ditolak seketika dengan 503', async () => {
    const kolam = await WorkerPool.create(aturan.versi, 1, undefined, { maksAntre: 1 });
    try {
      const berjalan = kolam.run(unggahan(csv(2000)));
      const antre = kolam.run(unggahan(csv(10)));
      const ditolak = kolam.run(unggahan(csv(10)));
      await expect(ditolak).rejects.toMatchObject({ name: 'PoolError', status: 503 });
      // The two admitted tasks still finish.
      await expect(berjalan).resolves.toBeDefined();
      await expect(antre).resolves.toBeDefined();
    } finally {
      await kolam.close();
    }
  }, 60_000);

  it('masukan yang salah di pekerja tetap InputError dengan kolomnya; berkas yang salah tetap FileError dengan statusnya', async () => {
    const kolam = await WorkerPool.create(aturan.versi, 1);
    try {
      const salah = kolam.run({ jenis: 'dokumen', data: { ...dasar(), golongan: 'X/z' }, dokumen: 'penetapan' });
      await expect(salah).rejects.toBeInstanceOf(InputError);
      await expect(salah).rejects.toMatchObject({ masalah: expect.arrayContaining([expect.objectContaining({ field: 'golongan' })]) });
      const kosong = kolam.run(unggahan(new TextEncoder().encode('\n\n')));
      await expect(kosong).rejects.toBeInstanceOf(FileError);
      await expect(kosong).rejects.toMatchObject({ status: 400 });
    } finally {
      await kolam.close();
    }
  }, 60_000);

  it('tugas yang tidak dapat disalin ke thread (bersarang 100.000 tingkat) gagal dengan 400, dan pekerjanya tetap melayani tugas berikutnya', async () => {
    // No queue: a task is admitted only while the one worker is free, so the next task being admitted
    // and finished shows, from outside, that the failed task does not hold the worker.
    const kolam = await WorkerPool.create(aturan.versi, 1, undefined, { maksAntre: 0 });
    try {
      // Found by the fuzzer: postMessage overflowed the stack, the task stayed "running" and the only
      // worker never came back, so every later document request waited forever.
      let bersarang: unknown = '1';
      for (let i = 0; i < 100_000; i++) bersarang = [bersarang];
      const t = kolam.run(
        {
          jenis: 'dokumen',
          data: { ...dasar(), angkaKreditAwal: [{ jenis: 'ak_integrasi', uraian: 'x', angkaKredit: bersarang }] },
          dokumen: 'penetapan',
        },
        { batasMs: 30_000 },
      );
      await expect(t).rejects.toMatchObject({ name: 'PoolError', status: 400, message: expect.stringMatching(/bersarang terlalu dalam/) });
      const r = await kolam.run<{ hasil: { orang: unknown[] } }>(unggahan(csv(3)), { batasMs: 60_000 });
      expect(r.hasil.orang).toHaveLength(3);
    } finally {
      await kolam.close();
    }
  }, 60_000);
});
