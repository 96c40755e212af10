// A small pool of worker threads for the batch: evaluation chunks and PDFs run on every core while
// the main thread reads the file. Tasks are queued; each worker takes the next when it is free.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundelPekerja } from './bundel.ts';
import type { Tugas } from './pekerja.ts';
import { DEFAULT_RULES_DIR } from '../rules/loader.ts';

const MULAI = fileURLToPath(new URL('./pekerja-mulai.mjs', import.meta.url));
const MODUL = new URL('./pekerja.ts', import.meta.url).href;

interface Antre { id: number; tugas: Tugas; selesai: (v: unknown) => void; gagal: (e: Error) => void }

export class Kolam {
  private readonly bebas: Worker[] = [];
  private readonly antre: Antre[] = [];
  private readonly jalan = new Map<number, { w: Worker; a: Antre }>();
  private berikut = 1;
  private ditutup = false;

  /** 'bundel': the workers run the bundled JavaScript (bundel.ts); 'tsx': the TypeScript sources through tsx. */
  private constructor(private readonly semua: Worker[], readonly muatan: 'bundel' | 'tsx') {}

  /** Starts n workers (default: one per core) and waits until each has loaded the rule book (the same version as the caller's). */
  static async buat(versiAturan: string, n = Math.max(1, availableParallelism()), dirAturan = DEFAULT_RULES_DIR): Promise<Kolam> {
    // The bundled plain-JavaScript worker when it can be built, else the TypeScript module through tsx.
    const bundel = await bundelPekerja();
    const workers = Array.from({ length: n }, () => (bundel
      ? new Worker(new URL(bundel), { workerData: { dirAturan }, execArgv: [] })
      : new Worker(MULAI, { workerData: { modul: MODUL, dirAturan }, execArgv: [] })));
    const k = new Kolam(workers, bundel ? 'bundel' : 'tsx');
    try {
      await Promise.all(workers.map((w) => new Promise<void>((ok, no) => {
        const awal = (m: { siap?: boolean; versi?: string }) => {
          if (!m.siap) return;
          w.off('message', awal);
          w.off('error', no);
          if (m.versi !== versiAturan) no(new Error(`pekerja memuat buku aturan versi ${m.versi}, bukan ${versiAturan}`));
          else ok();
        };
        w.on('message', awal);
        w.once('error', no);
      })));
    } catch (e) {
      await k.tutup();
      throw e;
    }
    for (const w of workers) {
      w.on('message', (m: { id: number; hasil?: unknown; galat?: string }) => k.terima(w, m));
      w.on('error', (e) => k.mati(w, e));
      k.bebas.push(w);
    }
    return k;
  }

  get ukuran(): number { return this.semua.length; }

  jalankan<T>(tugas: Tugas): Promise<T> {
    if (this.ditutup) return Promise.reject(new Error('kolam pekerja sudah ditutup'));
    return new Promise<T>((selesai, gagal) => {
      this.antre.push({ id: this.berikut++, tugas, selesai: selesai as (v: unknown) => void, gagal });
      this.kirim();
    });
  }

  /** Tasks waiting or running: the caller keeps this bounded to bound memory. */
  get tertunda(): number { return this.antre.length + this.jalan.size; }

  private kirim(): void {
    while (this.bebas.length && this.antre.length) {
      const w = this.bebas.pop()!;
      const a = this.antre.shift()!;
      this.jalan.set(a.id, { w, a });
      w.postMessage({ id: a.id, tugas: a.tugas });
    }
  }

  private terima(w: Worker, m: { id: number; hasil?: unknown; galat?: string }): void {
    const j = this.jalan.get(m.id);
    if (!j) return;
    this.jalan.delete(m.id);
    this.bebas.push(w);
    if (m.galat !== undefined) j.a.gagal(new Error(m.galat));
    else j.a.selesai(m.hasil);
    this.kirim();
  }

  private mati(w: Worker, e: Error): void {
    for (const [id, j] of this.jalan) if (j.w === w) { this.jalan.delete(id); j.a.gagal(e); }
  }

  async tutup(): Promise<void> {
    this.ditutup = true;
    for (const a of this.antre.splice(0)) a.gagal(new Error('kolam pekerja ditutup'));
    await Promise.all(this.semua.map((w) => w.terminate()));
  }
}
