// End-to-end batch benchmark (not a test): generate a unit (untimed), then time from starting the
// worker pool to the last report byte: reading, validation, evaluation and writing the reports (one
// figure: the pool starts while the file is read and mapped, and reports are written as slices finish).
// Peak RSS sampled every 20 ms (worker threads share the process, so it includes them). With --pdf N,
// also time N Penetapan PDFs into a ZIP.
//   npx tsx bench/batch.ts --orang 100000 [--format csv|xlsx] [--pekerja 2] [--pdf 1000] [--utas]
// --utas: CPU seconds of each thread (main, workers, V8's helpers), largest first.
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAturan } from '../src/rules/loader.ts';
import { WorkerPool } from '../src/batch/worker-pool.ts';
import { processBatch } from '../src/batch/proses.ts';
import { kalimatRingkasan } from '../src/batch/ringkasan.ts';
import { XLSX_LIMITS_CLI } from '../src/berkas/xlsx.ts';
import { writePdfZip } from '../src/batch/zip.ts';
import { tulisUnit } from './generator.ts';
import { cpuPerUtas } from './utas.ts';

const a = process.argv.slice(2);
const v = (k: string) => {
  const i = a.indexOf(k);
  return i >= 0 ? a[i + 1] : undefined;
};
const n = Number(v('--orang') ?? 1000);
const format = v('--format') ?? 'csv';
const pekerja = Number(v('--pekerja') ?? 0) || undefined;
const nPdf = Number(v('--pdf') ?? 0);
const dir = join(tmpdir(), 'ak-bench');
mkdirSync(dir, { recursive: true });
const berkas = join(dir, `unit-${n}.${format}`);
// Generated once per size (same seed): generating in this process would inflate the measured RSS.
if (!existsSync(berkas)) await tulisUnit(berkas, n, { seed: 11, galat: 0.01 });

let puncak = 0;
const sampel = setInterval(() => {
  puncak = Math.max(puncak, process.memoryUsage().rss);
}, 20);
const mb = (x: number) => `${Math.round(x / 1024 / 1024)} MB`;
const tulis = (nama: string) => {
  const s = createWriteStream(join(dir, nama));
  return { s, done: new Promise<void>((ok) => s.on('finish', () => ok())) };
};

const aturan = loadAturan();
const t0 = performance.now();
// As the CLI does: the workers start while the file is read and mapped.
let tSiap = 0;
const kolamNanti = WorkerPool.create(aturan.versi, pekerja).then((k) => {
  tSiap = performance.now();
  return k;
});
const c = tulis('hasil.csv');
const g = tulis('kesalahan.csv');
const x = tulis('hasil.xlsx');
// Reports are written while the file is processed (slices on the workers), so one figure covers both.
const h = await processBatch(
  aturan,
  { path: berkas },
  {
    tanggalPerhitungan: '2025-07-15',
    maksBaris: 2_000_000,
    batasXlsx: XLSX_LIMITS_CLI,
    kolam: kolamNanti,
    simpanOrang: nPdf > 0,
    ...(v('--potongan-kb') && { ukuranPotongan: Number(v('--potongan-kb')) * 1024 }),
  },
  () => ({
    hasilCsv: (t) => c.s.write(t),
    galatCsv: (t) => g.s.write(t),
    xlsx: (d, final) => {
      x.s.write(d);
      if (final) x.s.end();
    },
  }),
);
c.s.end();
g.s.end();
await Promise.all([c.done, g.done, x.done]);
const tLaporan = performance.now();
const kolam = await kolamNanti;
let pdfTeks = '';
if (nPdf > 0) {
  const orang = h.orang!;
  const pilih = new Set(
    orang
      .filter((o) => o.masukanJson)
      .slice(0, nPdf)
      .map((o) => o.nip),
  );
  const z = tulis('dokumen.zip');
  const t = performance.now();
  const m = await writePdfZip(orang, {
    aturan,
    jenis: 'penetapan',
    pilih,
    kolam,
    keluar: (d, final) => {
      z.s.write(d);
      if (final) z.s.end();
    },
  });
  await z.done;
  const dt = (performance.now() - t) / 1000;
  const dibuat = m.filter((r) => r.status === 'dibuat').length;
  pdfTeks = `; ${dibuat} PDF Penetapan dalam ${dt.toFixed(1)} s (${Math.round(dibuat / dt)} PDF/s)`;
}
clearInterval(sampel);
const utas = a.includes('--utas') ? cpuPerUtas() : [];
puncak = Math.max(puncak, process.memoryUsage().rss);
const ukuranKolam = kolam.size;
await kolam.close();
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
process.stdout.write(
  `${n} pegawai × 4 periode (${format}, ${mb(statSync(berkas).size)}, ${ukuranKolam} pekerja): kolam siap setelah ${s(tSiap - t0)}, baca+validasi+hitung+laporan CSV+XLSX selesai setelah ${s(tLaporan - t0)} (total); puncak RSS ${mb(puncak)}${pdfTeks}\n  ${kalimatRingkasan(h.ringkasan)}\n`,
);
if (utas.length)
  process.stdout.write(
    `  CPU per thread: ${utas.map((u) => `${u.detik.toFixed(1)} s`).join(', ')} (total ${utas.reduce((x, u) => x + u.detik, 0).toFixed(1)} s)\n`,
  );
