// Engine throughput on one core (not a test): people per second for validation of the input and
// hitung(..., { tanpaProyeksi: true }) plus the batch's claim check and classification (evaluasi).
//   npx tsx bench/mesin.ts [--orang 20000]
import { loadAturan } from '../src/rules/loader.ts';
import { evaluasi } from '../src/batch/evaluasi.ts';
import { bacaMasukan } from '../src/input/parse.ts';
import { hitung } from '../src/domain/hitung.ts';
import { jumlahOrang, orangRekaan } from './orang-rekaan.ts';

const n = jumlahOrang(process.argv.slice(2));
const aturan = loadAturan();
const { orang, ms: msKelompok } = orangRekaan(aturan, n);
const t1 = performance.now();
const t0 = t1 - msKelompok;
for (const o of orang) {
  const m = bacaMasukan(o.masukan);
  hitung(aturan, m.masukan, { ...m.opsi, tanpaProyeksi: true });
}
const t2 = performance.now();
for (const o of orang) evaluasi(aturan, o);
const t3 = performance.now();
const laju = (ms: number) => Math.round(n / (ms / 1000));
process.stdout.write(
  `${n} pegawai, satu inti: baris→masukan ${laju(t1 - t0)}/s; bacaMasukan+hitung (tanpaProyeksi) ${laju(t2 - t1)}/s; evaluasi batch (validasi skema, hitung, klaim, kategori, kode verifikasi) ${laju(t3 - t2)}/s\n`,
);
