// The worker pool keeps working when a worker dies (out of memory under its heap limit, a crash):
// the task it ran fails with an error, the worker is replaced, and queued tasks still run.
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/worker-pool.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

type Dalam = { semua: Worker[]; jalan: Map<number, { w: Worker }> };
const dalam = (k: WorkerPool) => k as unknown as Dalam;
const tunggu = async (syarat: () => boolean) => {
  for (let i = 0; i < 200 && !syarat(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe('kolam pekerja', () => {
  it('pekerja yang mati diganti; tugas yang sedang dijalankannya gagal dengan galat, tugas lain tetap selesai', async () => {
    const kolam = await WorkerPool.create(aturan.versi, 2);
    try {
      const pdf = kolam.run({ jenis: 'pdf', masukanJson: JSON.stringify(dasar()), dokumen: 'penetapan' });
      const korban = [...dalam(kolam).jalan.values()][0]!.w;
      await korban.terminate();
      await expect(pdf).rejects.toThrow(/pekerja berhenti/);
      // Queued behind the death: all run, on the survivor and the replacement.
      const hasil = await Promise.all(Array.from({ length: 6 }, () => kolam.run<unknown[]>({ jenis: 'evaluasi', orang: [] })));
      expect(hasil).toEqual(Array.from({ length: 6 }, () => []));
      await tunggu(() => kolam.size === 2);
      expect(kolam.size).toBe(2);
      expect(dalam(kolam).semua).not.toContain(korban);
      const lagi = await kolam.run<{ kode: string }>({ jenis: 'pdf', masukanJson: JSON.stringify(dasar()), dokumen: 'penetapan' });
      expect(lagi.kode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    } finally {
      await kolam.close();
    }
  }, 60_000);

  it('setelah ditutup, tugas ditolak dengan galat', async () => {
    const kolam = await WorkerPool.create(aturan.versi, 1);
    await kolam.close();
    await expect(kolam.run({ jenis: 'evaluasi', orang: [] })).rejects.toThrow(/ditutup/);
  });
});
