// A small pool of worker threads for the batch: evaluation chunks and PDFs run on every core while
// the main thread reads the file. Tasks are queued; each worker takes the next when it is free.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundleWorker } from './bundle.ts';
import { InputError } from '../domain/galat.ts';
import { FileError } from '../berkas/errors.ts';
import { PoolError } from './galat.ts';
import type { SerializedError, Task } from './worker.ts';
import { DEFAULT_RULES_DIR } from '../rules/loader.ts';
import type { BahanTanda } from '../tanda/bahan.ts';
import { FOLDER_FON } from '../paths.ts';

const MULAI = fileURLToPath(new URL('./worker-start.mjs', import.meta.url));
const MODUL = new URL('./worker.ts', import.meta.url).href;
/** Compiled (dist/, scripts/build.mjs), this code sits next to the worker's own entry, built with it. */
const DIBANGUN = new URL('./worker.js', import.meta.url);

/** The worker module as plain JavaScript: the built entry when running compiled, else bundled now from the sources. */
function modulPekerja(): Promise<string | undefined> {
  if (!import.meta.url.endsWith('.ts') && existsSync(DIBANGUN)) return Promise.resolve(DIBANGUN.href);
  return bundleWorker();
}

/**
 * A task holds a few tens of MB at most (a 1 MB slice of a file, 500 persons, one PDF). Without a limit
 * V8 sizes a worker's old generation from the machine's memory and lets garbage pile up to hundreds of
 * MB before collecting; with this one it collects early (100,000 persons: peak RSS about 500 -> 400 MB,
 * bench/README.md). A task that truly needed more would fail with its worker, not take the machine.
 */
const BATAS_HEAP_MB = 256;

export interface WorkerPoolOptions {
  /** Tasks that may wait for a worker; one more is refused at once with a 503 (PoolError). Unbounded by default (the CLI). */
  maksAntre?: number;
  /** Old-generation heap of each worker, in MB. */
  batasHeapMb?: number;
  /** The office key, trusted list and certificate, for signing and verifying PDFs (src/tanda/bahan.ts); never logged. */
  bahanTanda?: BahanTanda;
  /** The office's catalog file (KATALOG_JF) each worker merges into its rule book. */
  katalogJf?: string;
}

export interface TaskOptions {
  /** Most milliseconds a task may run on its worker; past it the worker is stopped and the task fails with a 413. */
  batasMs?: number;
  /** Buffers moved (not copied) to the worker; the caller must not use them afterwards. */
  pindah?: ArrayBuffer[];
}

interface Antre {
  id: number;
  tugas: Task;
  opsi: TaskOptions;
  selesai: (v: unknown) => void;
  gagal: (e: Error) => void;
}
interface Jalan {
  w: Worker;
  a: Antre;
  pewaktu?: NodeJS.Timeout;
}

/** A task's failure as it crossed from the worker: input and file problems keep their class, status and fields. */
function galatDari(g: SerializedError): Error {
  if (g.nama === 'InputError') return new InputError(g.masalah ?? []);
  if (g.nama === 'FileError' && (g.status === 400 || g.status === 413 || g.status === 415)) return new FileError(g.status, g.pesan);
  return new Error(`${g.nama}: ${g.pesan}`);
}

const detik = (ms: number) => (ms / 1000).toLocaleString('id-ID', { maximumFractionDigits: 3 });

export class WorkerPool {
  private readonly bebas: Worker[] = [];
  private readonly antre: Antre[] = [];
  private readonly jalan = new Map<number, Jalan>();
  private berikut = 1;
  private ditutup = false;

  /** 'bundel': the workers run the bundled JavaScript (bundle.ts); 'tsx': the TypeScript sources through tsx. */
  private constructor(
    private readonly semua: Worker[],
    private readonly baru: () => Promise<Worker>,
    readonly muatan: 'bundel' | 'tsx',
    private readonly maksAntre: number,
  ) {}

  /** Starts n workers (default: one per core) and waits until each has loaded the rule book (the same version as the caller's). */
  static async create(
    versiAturan: string,
    n = Math.max(1, availableParallelism()),
    dirAturan = DEFAULT_RULES_DIR,
    opsi: WorkerPoolOptions = {},
  ): Promise<WorkerPool> {
    // The plain-JavaScript worker (built, or bundled when it can be), else the TypeScript module through tsx.
    const bundel = await modulPekerja();
    const resourceLimits = { maxOldGenerationSizeMb: opsi.batasHeapMb ?? BATAS_HEAP_MB };
    // A bundled worker does not sit in the application's folder: it is told where the PDF typeface is.
    const env = { ...process.env, ANGKA_KREDIT_FONT_DIR: FOLDER_FON };
    const baru = async (): Promise<Worker> => {
      const w = bundel
        ? new Worker(new URL(bundel), {
            workerData: { dirAturan, bahanTanda: opsi.bahanTanda, katalogJf: opsi.katalogJf },
            execArgv: [],
            env,
            resourceLimits,
          })
        : new Worker(MULAI, {
            workerData: { modul: MODUL, dirAturan, bahanTanda: opsi.bahanTanda, katalogJf: opsi.katalogJf },
            execArgv: [],
            env,
            resourceLimits,
          });
      await new Promise<void>((ok, no) => {
        const awal = (m: { siap?: boolean; versi?: string }) => {
          if (!m.siap) return;
          w.off('message', awal);
          w.off('error', no);
          if (m.versi !== versiAturan) no(new Error(`pekerja memuat buku aturan versi ${m.versi}, bukan ${versiAturan}`));
          else ok();
        };
        w.on('message', awal);
        w.once('error', no);
      }).catch(async (e: unknown) => {
        await w.terminate();
        throw e;
      });
      return w;
    };
    const hasil = await Promise.allSettled(Array.from({ length: n }, baru));
    const workers = hasil.flatMap((h) => (h.status === 'fulfilled' ? [h.value] : []));
    const k = new WorkerPool(workers, baru, bundel ? 'bundel' : 'tsx', opsi.maksAntre ?? Infinity);
    const gagal = hasil.find((h) => h.status === 'rejected');
    if (gagal) {
      await k.close();
      throw gagal.reason;
    }
    for (const w of workers) k.pasang(w);
    return k;
  }

  private pasang(w: Worker): void {
    w.on('message', (m: { id: number; hasil?: unknown; galat?: SerializedError }) => this.terima(w, m));
    w.on('error', (e) => this.mati(w, e));
    w.on('exit', () => this.mati(w, new Error('pekerja berhenti')));
    this.bebas.push(w);
    this.kirim();
  }

  get size(): number {
    return this.semua.length;
  }

  run<T>(tugas: Task, opsi: TaskOptions = {}): Promise<T> {
    if (this.ditutup) return Promise.reject(new Error('kolam pekerja sudah ditutup'));
    if (this.bebas.length === 0 && this.antre.length >= this.maksAntre) {
      return Promise.reject(new PoolError(503, 'Server sedang sibuk memproses berkas lain. Coba lagi dalam beberapa saat.'));
    }
    return new Promise<T>((selesai, gagal) => {
      this.antre.push({ id: this.berikut++, tugas, opsi, selesai: selesai as (v: unknown) => void, gagal });
      this.kirim();
    });
  }

  /** Tasks waiting or running: the caller keeps this bounded to bound memory. */
  get tertunda(): number {
    return this.antre.length + this.jalan.size;
  }

  private kirim(): void {
    while (this.bebas.length && this.antre.length) {
      const w = this.bebas.pop()!;
      const a = this.antre.shift()!;
      const j: Jalan = { w, a };
      const { batasMs } = a.opsi;
      if (batasMs !== undefined) j.pewaktu = setTimeout(() => this.habisWaktu(a.id, batasMs), batasMs);
      this.jalan.set(a.id, j);
      try {
        w.postMessage({ id: a.id, tugas: a.tugas }, a.opsi.pindah ?? []);
      } catch (e) {
        // The task could not be copied to the thread (nested thousands deep, or holding what cannot be
        // cloned): it fails, the thread was never given it and takes the next one.
        clearTimeout(j.pewaktu);
        this.jalan.delete(a.id);
        this.bebas.push(w);
        a.gagal(
          e instanceof RangeError
            ? new PoolError(400, 'Data yang dikirim bersarang terlalu dalam dan tidak dapat diproses. Periksa susunan datanya.')
            : e instanceof Error
              ? e
              : new Error(String(e)),
        );
      }
    }
  }

  /** A task past its time: only stopping its thread stops the work; the pool replaces the thread (mati). */
  private habisWaktu(id: number, batasMs: number): void {
    const j = this.jalan.get(id);
    if (!j) return;
    this.jalan.delete(id);
    j.a.gagal(
      new PoolError(
        413,
        `Pemrosesan melebihi batas waktu ${detik(batasMs)} detik dan dihentikan. Perkecil data (bagi menjadi beberapa berkas), atau gunakan baris perintah untuk data besar.`,
      ),
    );
    void j.w.terminate();
  }

  private terima(w: Worker, m: { id: number; hasil?: unknown; galat?: SerializedError }): void {
    const j = this.jalan.get(m.id);
    if (!j) return;
    clearTimeout(j.pewaktu);
    this.jalan.delete(m.id);
    this.bebas.push(w);
    if (m.galat !== undefined) j.a.gagal(galatDari(m.galat));
    else j.a.selesai(m.hasil);
    this.kirim();
  }

  /**
   * A worker that died (out of memory, a crash) fails the task it ran and is replaced, so the pool keeps
   * its size and queued tasks still run. 'error' and then 'exit' both arrive: the second finds nothing.
   */
  private mati(w: Worker, e: Error): void {
    const i = this.semua.indexOf(w);
    if (i < 0) return;
    this.semua.splice(i, 1);
    const b = this.bebas.indexOf(w);
    if (b >= 0) this.bebas.splice(b, 1);
    // Past its heap limit V8 stops the thread with ERR_WORKER_OUT_OF_MEMORY: the work was too large, not a bug.
    const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const [id, j] of this.jalan) {
      if (j.w !== w) continue;
      clearTimeout(j.pewaktu);
      this.jalan.delete(id);
      j.a.gagal(
        oom
          ? new PoolError(
              413,
              'Pemrosesan melebihi batas memori dan dihentikan. Perkecil data (bagi menjadi beberapa berkas), atau gunakan baris perintah untuk data besar.',
            )
          : e,
      );
    }
    if (this.ditutup) return;
    const pengganti = this.baru();
    pengganti.then(
      (w2) => {
        if (this.ditutup) {
          void w2.terminate();
          return;
        }
        this.semua.push(w2);
        this.pasang(w2);
      },
      (e2: Error) => {
        // No worker can start (the rule book changed on disk, say): fail what waits rather than hang.
        if (this.semua.length === 0) for (const a of this.antre.splice(0)) a.gagal(e2);
      },
    );
  }

  async close(): Promise<void> {
    this.ditutup = true;
    for (const a of this.antre.splice(0)) a.gagal(new Error('kolam pekerja ditutup'));
    for (const [, j] of this.jalan) {
      clearTimeout(j.pewaktu);
      j.a.gagal(new Error('kolam pekerja ditutup'));
    }
    this.jalan.clear();
    await Promise.all(this.semua.splice(0).map((w) => w.terminate()));
  }
}
