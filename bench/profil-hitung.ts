// Profile aid (not a test): runs hitung() over generated people, for `node --cpu-prof`.
//   node --import tsx --cpu-prof bench/profil-hitung.ts [--orang 20000]
import { loadAturan } from '../src/rules/loader.ts';
import { bacaJudul } from '../src/batch/kolom.ts';
import { Pengelompok, type OrangMentah } from '../src/batch/orang.ts';
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
for (const r of rows) { const o = p.tambah({ nomor: nomor++, sel: r }); if (o) orang.push(o); }
orang.push(p.selesai()!);
const masukan = orang.flatMap((o) => { try { return [bacaMasukan(o.masukan)]; } catch { return []; } });
const t0 = performance.now();
for (let k = 0; k < 3; k++) for (const m of masukan) { try { hitung(aturan, m.masukan, { ...m.opsi, tanpaProyeksi: true }); } catch { /* bad rows */ } }
const dt = performance.now() - t0;
process.stdout.write(`hitung: ${Math.round((3 * masukan.length) / (dt / 1000))} orang/detik (satu inti)\n`);
