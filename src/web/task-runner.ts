// Work whose cost grows with what a client sends (reading a spreadsheet, verifying a PDF, rendering
// documents, recomputing a unit for a download) runs on the worker pool, never on the thread that
// answers requests: a hostile or merely large upload then costs one worker for at most its time limit,
// while every other request is still answered. The pool belongs to the app and is closed with it.
import { availableParallelism } from 'node:os';
import { WorkerPool, type TaskOptions } from '../batch/worker-pool.ts';
import type { Task } from '../batch/worker.ts';
import type { BahanTanda } from '../tanda/bahan.ts';

export interface TaskRunner {
  run<T>(tugas: Task, opsi?: TaskOptions): Promise<T>;
  /** Workers that run at once (for callers that keep a few tasks in flight). */
  readonly size: number;
  close(): Promise<void>;
}

export interface TaskRunnerOptions {
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
export function createTaskRunner(o: TaskRunnerOptions): TaskRunner {
  let kolam: Promise<WorkerPool> | undefined;
  let ditutup = false;
  return {
    size: o.pekerja ?? Math.max(1, availableParallelism()),
    run<T>(tugas: Task, opsi?: TaskOptions): Promise<T> {
      if (ditutup) return Promise.reject(new Error('aplikasi sedang ditutup'));
      kolam ??= WorkerPool.create(o.versiAturan, o.pekerja, o.dirAturan, {
        maksAntre: o.maksAntre ?? 8,
        ...(o.katalogJf && { katalogJf: o.katalogJf }),
        ...(o.batasHeapMb !== undefined && { batasHeapMb: o.batasHeapMb }),
        ...(o.bahanTanda && { bahanTanda: o.bahanTanda }),
      });
      // A pool that could not start is retried on the next request rather than failing them all.
      kolam.catch(() => {
        kolam = undefined;
      });
      return kolam.then((k) => k.run<T>(tugas, opsi));
    },
    async close() {
      ditutup = true;
      const k = kolam;
      kolam = undefined;
      if (k)
        await k.then(
          (x) => x.close(),
          () => undefined,
        );
    },
  };
}
