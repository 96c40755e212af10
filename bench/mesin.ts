// Engine throughput on one core (not a test): people per second for validation of the input and
// hitung(..., { tanpaProyeksi: true }) plus the batch's claim check and classification (evaluasi).
//   npx tsx bench/mesin.ts [--orang 20000]
import { loadAturan } from '../src/rules/loader.ts';
import { bacaJudul } from '../src/batch/kolom.ts';
import { Pengelompok, type OrangMentah } from '../src/batch/orang.ts';
import { evaluasi } from '../src/batch/evaluasi.ts';
import { bacaMasukan } from '../src/input/parse.ts';
import { hitung } from '../src/domain/hitung.ts';
import { unit } from './generator.ts';

const a = process.argv.slice(2);
const n = Number(a[a.indexOf('--orang') + 1] ?? 20000) || 20000;
const aturan = loadAturan();
const rows = unit(n, { seed: 3 });
const tata = bacaJudul(rows.next().value as string[]);
if (typeof tata === 'string') throw new Error(tata);
const p = new Pengelompok(aturan, tata, { tanggalPerhitungan: '2025-07-15' });
const orang: OrangMentah[] = [];
let nomor = 2;
const t0 = performance.now();
for (const r of rows) { const o = p.tambah({ nomor: nomor++, sel: r }); if (o) orang.push(o); }
orang.push(p.selesai()!);
const t1 = performance.now();
for (const o of orang) { const m = bacaMasukan(o.masukan); hitung(aturan, m.masukan, { ...m.opsi, tanpaProyeksi: true }); }
const t2 = performance.now();
for (const o of orang) evaluasi(aturan, o);
const t3 = performance.now();
const laju = (ms: number) => Math.round(n / (ms / 1000));
process.stdout.write(`${n} pegawai, satu inti: baris→masukan ${laju(t1 - t0)}/s; bacaMasukan+hitung (tanpaProyeksi) ${laju(t2 - t1)}/s; evaluasi batch (validasi skema, hitung, klaim, kategori, kode verifikasi) ${laju(t3 - t2)}/s\n`);
