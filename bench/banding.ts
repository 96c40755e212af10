// The engine side by side with the peer PAK-GENERATOR (not a test): people per second on one core for
// the same generated persons (bench/orang-rekaan.ts, 4 periods each), in one process, each measured
// after a warm-up round, as CPU time of this thread (process.cpuUsage) and wall time.
//   PEER_PAK_GENERATOR=/path/to/PAK-GENERATOR npx tsx bench/banding.ts [--orang 20000] [--mode a,b] [--ulang 3]
// Modes:
//   hitung-proyeksi  hitung() with explanation and projection (what /api/v1/hitung answers)
//   hitung           hitung() with explanation, without projection (bench/mesin.ts, issue 15's "full hitung")
//   evaluasi         the batch's per-person evaluation: input check, lean hitung, claims, category, code
//   angka            the numbers path: konversi, accumulation, KP and KJ thresholds and shortfalls with the
//                    fixed-denominator kernel (src/domain/kernel.ts), the cumulative and shortfalls as display
//                    texts: the work the peer's calc.js does
//   peer             the peer's js/calc.js on the same persons: hitungKonversiPeriode per period,
//                    hitungAkumulasi, hitungPenetapan (floats rounded to 3 decimals)
//   kosong           set-up only (for instruction counts under callgrind: subtract it)
// --sekali: `--ulang` rounds of each mode without warm-up or timing (for instruction counts under callgrind).
// The peer is not fetched: PEER_PAK_GENERATOR names a checkout of https://github.com/Fathar99/PAK-GENERATOR
// (git clone it anywhere outside this repository); without it the peer mode is skipped and said so.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadAturan } from '../src/rules/loader.ts';
import { bacaMasukan } from '../src/input/parse.ts';
import { hitung } from '../src/domain/hitung.ts';
import { evaluasi } from '../src/batch/evaluasi.ts';
import type { Karier } from '../src/domain/kernel.ts';
import { formatTeksDesimal } from '../src/domain/format.ts';
import { Pecahan } from '../src/domain/pecahan.ts';
import type { Masukan, Opsi } from '../src/domain/masukan.ts';
import { jumlahOrang, orangRekaan } from './orang-rekaan.ts';

const argv = process.argv.slice(2);
const arg = (nama: string) => {
  const i = argv.indexOf(nama);
  return i >= 0 ? argv[i + 1] : undefined;
};
const n = jumlahOrang(argv);
const ulang = Number(arg('--ulang') ?? 3);
const sekali = argv.includes('--sekali');
const semuaMode = ['hitung-proyeksi', 'hitung', 'evaluasi', 'angka', 'peer'];
const mode = (arg('--mode') ?? semuaMode.join(',')).split(',');

const aturan = loadAturan();
const { orang } = orangRekaan(aturan, n);
const masukan: { masukan: Masukan; opsi: Opsi }[] = [];
for (const o of orang) {
  try {
    if (o.masukan) masukan.push(bacaMasukan(o.masukan));
  } catch {
    /* the generator's deliberate bad rows */
  }
}

// The numbers of each valid person, read once through the engine (not timed): periods with their months,
// predikat and jenjang; starting AK; the KP and KJ thresholds of their position.
interface Angka0 {
  jenjang: string;
  periode: { bulan: number; predikat: string; jenjang: string; dalamJenjang: boolean }[];
  awal: string[];
  ambangKp?: string | undefined;
  ambangKj?: string | undefined;
}
const karier: Angka0[] = [];
for (const m of masukan) {
  try {
    const h = hitung(aturan, m.masukan, { ...m.opsi, tanpaProyeksi: true, tanpaPenjelasan: true });
    karier.push({
      jenjang: h.pegawai.jenjang.id,
      periode: h.konversi.map((k) => ({ bulan: k.bulan, predikat: k.predikat.id, jenjang: k.jenjang.id, dalamJenjang: k.dihitung })),
      awal: h.angkaKreditAwal.filter((a) => a.dihitung).map((a) => a.angkaKredit.pasti),
      ambangKp: h.kenaikanPangkat.ambang?.pasti,
      ambangKj: h.kenaikanJenjang.ambang?.pasti,
    });
  } catch {
    /* invalid persons are left out of every mode alike */
  }
}
const predikatId = new Map(aturan.predikat.map((p) => [p.id, p]));
const jenjangId = new Map(aturan.jenjang.map((j) => [j.id, j]));
const pecahan = (t: string) => {
  const g = t.indexOf('/');
  return g < 0 ? Pecahan.dari(t) : Pecahan.bagi(t.slice(0, g), t.slice(g + 1));
};
// The kernel's input, from the rule book's own objects.
const karierKernel: { k: Karier; kp: boolean; kj: boolean }[] = karier.map((c) => ({
  k: {
    awal: c.awal.map(pecahan),
    periode: c.periode.map((p) => ({ ...p, predikat: predikatId.get(p.predikat)!, jenjang: jenjangId.get(p.jenjang)! })),
    ambang: [...(c.ambangKp ? [pecahan(c.ambangKp)] : []), ...(c.ambangKj ? [pecahan(c.ambangKj)] : [])],
  },
  kp: !!c.ambangKp,
  kj: !!c.ambangKj,
}));

// Loaded only for the numbers path, so that the other modes also run on a checkout from before the kernel (--akar).
const { hitungKarier, kernelAturan } = mode.includes('angka') ? await import('../src/domain/kernel.ts') : ({} as never);
const { teksBulatBilangan } = mode.includes('angka') ? await import('../src/domain/bilangan.ts') : ({} as never);
const ker = mode.includes('angka') ? kernelAturan(aturan)! : (undefined as never);
let sink = 0;

/** The numbers path: integers, then the three display texts (cumulative, KP and KJ difference). */
function angkaSatu(c: (typeof karierKernel)[number]): void {
  const r = hitungKarier(ker, c.k);
  if (!r) throw new Error('di luar kernel');
  const kum = formatTeksDesimal(teksBulatBilangan(r.kumulatif, r.penyebut, 3)!);
  let teks = kum.length;
  for (const s of r.selisih) teks += formatTeksDesimal(teksBulatBilangan(Math.abs(s), r.penyebut, 3)!).length + (s >= 0 ? 1 : 0);
  sink += teks;
}

type Calc = {
  hitungKonversiPeriode(j: string, p: string, b: number): { angkaKredit: number };
  hitungAkumulasi(a: { nilaiIntegrasiAwal: number | null; periodeList: { hasil: { angkaKredit: number } }[] }): {
    totalAngkaKredit: number;
  };
  hitungPenetapan(a: { jenjangKey: string; akDasarDiberikan: number; akJFLama: number; akKonversiBaru: number }): {
    jumlahKumulatif: number;
    kelebihanPangkat: number | null;
    kelebihanJenjang: number | null;
  };
};
const PEER = process.env.PEER_PAK_GENERATOR;
let calc: Calc | undefined;
if (mode.includes('peer')) {
  if (PEER && existsSync(join(PEER, 'js', 'calc.js'))) calc = createRequire(import.meta.url)(join(PEER, 'js', 'calc.js')) as Calc;
  else
    process.stdout.write(
      'peer: dilewati. Setel PEER_PAK_GENERATOR ke salinan https://github.com/Fathar99/PAK-GENERATOR (git clone di luar repositori ini); yang dipakai hanya js/calc.js dan js/regulasi.js.\n',
    );
}
// The peer's keys: the same jenjang ids; "Butuh Perbaikan" is its "cukup".
const PREDIKAT_PEER: Record<string, string> = { butuh_perbaikan: 'cukup' };
const karierPeer = karier.map((c) => ({
  jenjang: c.jenjang,
  periode: c.periode.map((p) => ({ ...p, predikat: PREDIKAT_PEER[p.predikat] ?? p.predikat })),
  // Floats, as the peer takes them: an exact "a/b" becomes a / b.
  awal: c.awal.reduce((s, t) => s + (t.includes('/') ? Number(t.split('/')[0]) / Number(t.split('/')[1]) : Number(t)), 0),
}));
function peerSatu(c: (typeof karierPeer)[number]): void {
  const periodeList = c.periode
    .filter((p) => p.dalamJenjang)
    .map((p) => ({ hasil: calc!.hitungKonversiPeriode(p.jenjang, p.predikat, p.bulan) }));
  const ak = calc!.hitungAkumulasi({ nilaiIntegrasiAwal: c.awal, periodeList });
  const pen = calc!.hitungPenetapan({
    jenjangKey: c.jenjang,
    akDasarDiberikan: 0,
    akJFLama: c.awal,
    akKonversiBaru: ak.totalAngkaKredit - c.awal,
  });
  sink += pen.jumlahKumulatif > 0 ? 1 : 0;
}

const langkah: Record<string, () => void> = {
  kosong: () => {},
  'hitung-proyeksi': () => {
    for (const m of masukan) {
      try {
        sink += hitung(aturan, m.masukan, m.opsi).langkah.length;
      } catch {
        /* bad rows */
      }
    }
  },
  hitung: () => {
    for (const m of masukan) {
      try {
        sink += hitung(aturan, m.masukan, { ...m.opsi, tanpaProyeksi: true }).langkah.length;
      } catch {
        /* bad rows */
      }
    }
  },
  evaluasi: () => {
    for (const o of orang) sink += evaluasi(aturan, o).baris.length;
  },
  angka: () => {
    for (const c of karierKernel) angkaSatu(c);
  },
  peer: () => {
    for (const c of karierPeer) peerSatu(c);
  },
};
const jumlah: Record<string, number> = {
  kosong: 1,
  'hitung-proyeksi': masukan.length,
  hitung: masukan.length,
  evaluasi: orang.length,
  angka: karier.length,
  peer: karier.length,
};

const hasil: string[] = [];
for (const m of mode) {
  const f = langkah[m];
  if (!f) throw new Error(`mode tidak dikenal: ${m}`);
  if (m === 'peer' && !calc) continue;
  if (sekali) {
    // Under callgrind: `ulang` rounds, no timed warm-up, so the instruction count depends on nothing but
    // the input: (count at 6 rounds − count at 2 rounds) / 4 is the steady cost of one round.
    for (let i = 0; i < ulang; i++) f();
    continue;
  }
  if (m === 'kosong') continue;
  // Warm-up rounds until at least 0.3 s, then `ulang` measured rounds; the median is reported.
  const tw = performance.now();
  do f();
  while (performance.now() - tw < 300);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < ulang; i++) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    f();
    wall.push(performance.now() - w0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (l: number[]) => [...l].sort((a, b) => a - b)[Math.floor(l.length / 2)]!;
  const laju = (ms: number) => Math.round(jumlah[m]! / (ms / 1000));
  hasil.push(
    `${m.padEnd(16)} ${String(jumlah[m]).padStart(7)} orang: ${laju(median(cpu)).toLocaleString('en')}/s CPU, ${laju(median(wall)).toLocaleString('en')}/s wall (median ${ulang})`,
  );
}
process.stdout.write(`${hasil.join('\n')}\n`);
if (sink === -1) process.stdout.write('\n');
