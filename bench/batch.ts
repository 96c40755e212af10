// End-to-end batch benchmark (not a test): generate a unit (untimed), then time reading, validation,
// evaluation on worker threads and writing the reports; peak RSS sampled every 20 ms (worker threads
// share the process, so it includes them). With --pdf N, also time N Penetapan PDFs into a ZIP.
//   npx tsx bench/batch.ts --orang 100000 [--format csv|xlsx] [--pekerja 2] [--pdf 1000]
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAturan } from '../src/rules/loader.ts';
import { Kolam } from '../src/batch/kolam.ts';
import { prosesBatch } from '../src/batch/proses.ts';
import { csvGalat, csvHasil, tulisXlsxHasil } from '../src/batch/laporan.ts';
import { kalimatRingkasan } from '../src/batch/ringkasan.ts';
import { tulisZipPdf } from '../src/batch/zip.ts';
import { tulisUnit } from './generator.ts';

const a = process.argv.slice(2);
const v = (k: string) => { const i = a.indexOf(k); return i >= 0 ? a[i + 1] : undefined; };
const n = Number(v('--orang') ?? 1000);
const format = v('--format') ?? 'csv';
const pekerja = Number(v('--pekerja') ?? 0) || undefined;
const nPdf = Number(v('--pdf') ?? 0);
const dir = join(tmpdir(), 'ak-bench');
mkdirSync(dir, { recursive: true });
const berkas = join(dir, `unit-${n}.${format}`);
await tulisUnit(berkas, n, { seed: 11, galat: 0.01 });

let puncak = 0;
const sampel = setInterval(() => { puncak = Math.max(puncak, process.memoryUsage().rss); }, 20);
const mb = (x: number) => `${Math.round(x / 1024 / 1024)} MB`;
const tulis = (nama: string) => { const s = createWriteStream(join(dir, nama)); return { s, done: new Promise<void>((ok) => s.on('finish', () => ok())) }; };

const aturan = loadAturan();
const t0 = performance.now();
const kolam = await Kolam.buat(aturan.versi, pekerja);
const tSiap = performance.now();
const h = await prosesBatch(aturan, { path: berkas }, { tanggalPerhitungan: '2025-07-15', maksBaris: 2_000_000, kolam });
const tProses = performance.now();
const c = tulis('hasil.csv'); for (const x of csvHasil(h.orang)) c.s.write(x); c.s.end(); await c.done;
const g = tulis('kesalahan.csv'); for (const x of csvGalat(h.orang)) g.s.write(x); g.s.end(); await g.done;
const x = tulis('hasil.xlsx'); tulisXlsxHasil(h.orang, h.ringkasan, (d, final) => { x.s.write(d); if (final) x.s.end(); }); await x.done;
const tLaporan = performance.now();
let pdfTeks = '';
if (nPdf > 0) {
  const pilih = new Set(h.orang.filter((o) => o.masukanJson).slice(0, nPdf).map((o) => o.nip));
  const z = tulis('dokumen.zip');
  const t = performance.now();
  const m = await tulisZipPdf(h.orang, { aturan, jenis: 'penetapan', pilih, kolam, keluar: (d, final) => { z.s.write(d); if (final) z.s.end(); } });
  await z.done;
  const dt = (performance.now() - t) / 1000;
  const dibuat = m.filter((r) => r.status === 'dibuat').length;
  pdfTeks = `; ${dibuat} PDF Penetapan dalam ${dt.toFixed(1)} s (${Math.round(dibuat / dt)} PDF/s)`;
}
clearInterval(sampel);
puncak = Math.max(puncak, process.memoryUsage().rss);
await kolam.tutup();
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
process.stdout.write(`${n} pegawai × 4 periode (${format}, ${mb(statSync(berkas).size)}, ${kolam.ukuran} pekerja): mulai kolam ${s(tSiap - t0)}, baca+validasi+hitung ${s(tProses - tSiap)}, laporan CSV+XLSX ${s(tLaporan - tProses)}, total ${s(tLaporan - t0)}; puncak RSS ${mb(puncak)}${pdfTeks}\n  ${kalimatRingkasan(h.ringkasan)}\n`);
