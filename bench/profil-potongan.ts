// Profile aid (not a test): the batch's worker-side work (parse, group, evaluate, report lines) for the
// slices of a generated CSV unit, on this one thread, without the pool. Reports µs of CPU per person;
// run it under `node --cpu-prof` to see where a person's time goes.
//   npx tsx bench/profil-potongan.ts [--orang 100000] [--mb 16]
//   node --import tsx --cpu-prof bench/profil-potongan.ts --mb 16
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAturan } from '../src/rules/loader.ts';
import { mapCsv } from '../src/batch/csv-map.ts';
import { processSlice } from '../src/batch/slice.ts';
import { tulisUnit } from './generator.ts';

const a = process.argv.slice(2);
const v = (k: string) => {
  const i = a.indexOf(k);
  return i >= 0 ? a[i + 1] : undefined;
};
const n = Number(v('--orang') ?? 100000);
const mb = Number(v('--mb') ?? 16);
const berkas = join(tmpdir(), 'ak-bench', `unit-${n}.csv`);
if (!existsSync(berkas)) await tulisUnit(berkas, n, { seed: 11, galat: 0.01 });
const aturan = loadAturan();
const semua = readFileSync(berkas);
const data = new Uint8Array(semua.subarray(0, Math.min(semua.length, mb * 1024 * 1024)));
const peta = mapCsv(data, { maksBaris: 2_000_000, ukuranPotongan: 1 << 20 })!;
// The last slice may end mid-person when the file was cut: leave it out.
const potongan = data.length < semua.length ? peta.potongan.slice(0, -1) : peta.potongan;
const u0 = process.cpuUsage();
let orang = 0;
for (const p of potongan) {
  const h = processSlice(aturan, {
    data,
    mulai: p.mulai,
    akhir: p.akhir,
    nomor: p.nomor,
    delim: peta.delim,
    tata: peta.tata,
    tanggalPerhitungan: '2025-07-15',
    jumlahOrang: p.jumlahOrang,
    barisLembar: p.indeksOrang + 2,
    ganda: p.ganda,
  });
  orang += h.ringkasan.pegawai;
}
const u = process.cpuUsage(u0);
process.stdout.write(`${orang} pegawai: ${((u.user + u.system) / orang).toFixed(1)} µs CPU per pegawai (satu thread, termasuk GC)\n`);
