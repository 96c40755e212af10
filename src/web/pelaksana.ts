// Work whose cost grows with what a client sends (reading a spreadsheet, verifying a PDF, rendering
// documents, recomputing a unit for a download) runs on the worker pool, never on the thread that
// answers requests: a hostile or merely large upload then costs one worker for at most its time limit,
// while every other request is still answered. The pool belongs to the app and is closed with it.
import { availableParallelism } from 'node:os';
import { Kolam, type OpsiTugas } from '../batch/kolam.ts';
import type { Tugas } from '../batch/pekerja.ts';
import type { BahanTanda } from '../tanda/bahan.ts';

export interface Pelaksana {
  jalankan<T>(tugas: Tugas, opsi?: OpsiTugas): Promise<T>;
  /** Workers that run at once (for callers that keep a few tasks in flight). */
  readonly ukuran: number;
  tutup(): Promise<void>;
}

export interface OpsiPelaksana {
  versiAturan: string;
  dirAturan?: string;
  katalogJf?: string;
  /** Worker threads; default one per core. */
  pekerja?: number;
  /** Tasks that may wait when every worker is busy; past that a request gets a 503. */
  maksAntre?: number;
  batasHeapMb?: number;
  /** Key material for the workers (src/tanda/bahan.ts). */
  bahanTanda?: BahanTanda;
}

/** The pool, started on first use (most requests never need it) and shared by every router. */
export function pelaksanaKolam(o: OpsiPelaksana): Pelaksana {
  let kolam: Promise<Kolam> | undefined;
  let ditutup = false;
  return {
    ukuran: o.pekerja ?? Math.max(1, availableParallelism()),
    jalankan<T>(tugas: Tugas, opsi?: OpsiTugas): Promise<T> {
      if (ditutup) return Promise.reject(new Error('aplikasi sedang ditutup'));
      kolam ??= Kolam.buat(o.versiAturan, o.pekerja, o.dirAturan, {
        maksAntre: o.maksAntre ?? 8,
        ...(o.katalogJf && { katalogJf: o.katalogJf }),
        ...(o.batasHeapMb !== undefined && { batasHeapMb: o.batasHeapMb }),
        ...(o.bahanTanda && { bahanTanda: o.bahanTanda }),
      });
      // A pool that could not start is retried on the next request rather than failing them all.
      kolam.catch(() => {
        kolam = undefined;
      });
      return kolam.then((k) => k.jalankan<T>(tugas, opsi));
    },
    async tutup() {
      ditutup = true;
      const k = kolam;
      kolam = undefined;
      if (k)
        await k.then(
          (x) => x.tutup(),
          () => undefined,
        );
    },
  };
}
