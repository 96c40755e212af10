// Profile aid (not a test): runs hitung() over generated people, for `node --cpu-prof`.
//   node --import tsx --cpu-prof bench/profil-hitung.ts [--orang 20000] [--proyeksi]
// --proyeksi: with the projection, as the web's form and /api/v1/hitung compute it.
import { loadAturan } from '../src/rules/loader.ts';
import { bacaMasukan } from '../src/input/parse.ts';
import { hitung } from '../src/domain/hitung.ts';
import { jumlahOrang, orangRekaan } from './orang-rekaan.ts';

const n = jumlahOrang(process.argv.slice(2));
const aturan = loadAturan();
const { orang } = orangRekaan(aturan, n);
const masukan = orang.flatMap((o) => {
  try {
    return [bacaMasukan(o.masukan)];
  } catch {
    return [];
  }
});
const proyeksi = process.argv.includes('--proyeksi');
const t0 = performance.now();
for (let k = 0; k < 3; k++)
  for (const m of masukan) {
    try {
      hitung(aturan, m.masukan, { ...m.opsi, tanpaProyeksi: !proyeksi });
    } catch {
      /* bad rows */
    }
  }
const dt = performance.now() - t0;
process.stdout.write(
  `hitung${proyeksi ? ' dengan proyeksi' : ''}: ${Math.round((3 * masukan.length) / (dt / 1000))} orang/detik (satu inti)\n`,
);
