// The fixed-denominator kernel: Angka Kredit as safe integers over one common denominator, so that
// konversi, sums, thresholds and shortfalls are integer additions and comparisons instead of BigInt
// fractions reduced at every step. Exact all the same; Pecahan (pecahan.ts) remains the reference and
// the fallback wherever the denominator or a value does not fit.
//
// Why a common denominator exists: a konversi is bulan/B × persen/100 × koefisien (Pasal 13 ayat (1),
// B = bulanPerTahun). With persen = a/P and koefisien = c/K over the least common multiples P and K of
// the rule book's denominators, every konversi is an integer multiple of 1/(B·100·P·K): for the rule
// book in rules/ (persen whole numbers, koefisien multiples of 1/4) that is 1/4800. The thresholds'
// denominators join it (whole numbers today). A starting AK typed with d decimals is a multiple of
// 1/10^d, one computed by another rule (integrasi, pengangkatan) of its own reduced denominator: a
// person's denominator is the least common multiple of these.
//
// Why it stays exact: every value is n/D with n an integer below 2^53 (Number.MAX_SAFE_INTEGER), and
// every sum is checked to stay there. The rule book's part is bounded once, at preparation: the largest
// konversi of one month times the months the input allows (years 1900–2100, src/input/batas.ts: 2412
// months) must fit. A person's part is bounded per person: the sum of the absolute values of their
// starting AK, their konversi and the thresholds, over their denominator, must fit. Where either does
// not (a synthetic rule book with awkward decimals, a 9-digit starting AK with 6 decimals in a sum), the
// callers use Pecahan, which has no limit.
import type { Aturan, Jenjang, Predikat } from './aturan.ts';
import type { Angka } from './hasil.ts';
import { Pecahan } from './pecahan.ts';
import { kpk, teksBulatBilangan, teksPastiBilangan } from './bilangan.ts';
import { formatTeksDesimal } from './format.ts';

/** Months the input can span: January 1900 to December 2100 (src/input/batas.ts, years 1900–2100). */
export const BULAN_MAKS = (2100 - 1900 + 1) * 12;

/** A Pecahan's reduced parts as Numbers, when both are safe integers. */
function bagian(p: Pecahan): readonly [number, number] | undefined {
  return p.bagianKecil();
}

/** p × D as an integer, when p is a multiple of 1/D and the result is safe. */
export function bilangan(p: Pecahan, D: number): number | undefined {
  const b = p.bagianKecil();
  // Stryker disable next-line ConditionalExpression: (only the divisibility test is equivalent) a non-multiple gives a non-integer n, which isSafeInteger rejects below
  if (b === undefined || D % b[1] !== 0) return undefined;
  const n = b[0] * (D / b[1]);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The rule book's side of the kernel, prepared once per loaded rule book. */
export interface KernelAturan {
  /** Every konversi and every threshold is an integer multiple of 1/penyebut. */
  readonly penyebut: number;
  /** Konversi of one month, as an integer over `penyebut`, by predikat id then jenjang id. */
  readonly perBulan: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The largest konversi of one month (over `penyebut`), times BULAN_MAKS: any career's konversi sum is below it. */
  readonly konversiMaks: number;
}

const siap = new WeakMap<Aturan, KernelAturan | null>();

/**
 * The kernel for a rule book, prepared at its first use and kept with it; undefined when the rule
 * book's denominator, a one-month konversi or the bound on a career's konversi does not fit in a safe
 * integer (the engine then computes with Pecahan alone).
 */
export function kernelAturan(aturan: Aturan): KernelAturan | undefined {
  let k = siap.get(aturan);
  if (k === undefined) {
    k = siapkan(aturan) ?? null;
    siap.set(aturan, k);
  }
  return k ?? undefined;
}

/**
 * Makes the engine compute with Pecahan alone for this rule book object: for comparing the two paths
 * (tests, benchmarks). The results must be the same, character for character.
 */
export function tanpaKernel(aturan: Aturan): void {
  siap.set(aturan, null);
}

function siapkan(aturan: Aturan): KernelAturan | undefined {
  const B = aturan.konversi.rumus.bulanPerTahun;
  const persen = aturan.predikat.map((p) => bagian(Pecahan.dari(p.persen.nilai)));
  const koefisien = aturan.jenjang.map((j) => bagian(Pecahan.dari(j.koefisien.nilai)));
  if (persen.some((x) => !x) || koefisien.some((x) => !x)) return undefined;
  let P: number | undefined = 1;
  for (const x of persen) P = P && kpk(P, x![1]);
  let K: number | undefined = 1;
  for (const x of koefisien) K = K && kpk(K, x![1]);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an undefined P or K makes D NaN, which the isSafeInteger check below rejects
  if (!P || !K) return undefined;
  // Konversi of one month = persen/100 × koefisien / B: numerator a·(P/p)·c·(K/k) over B·100·P·K.
  let D: number | undefined = B * 100 * P * K;
  // Stryker disable next-line ConditionalExpression: an unsafe D makes every kpk in the thresholds loop undefined (or the konversiMaks bound unsafe)
  if (!Number.isSafeInteger(D)) return undefined;
  // Thresholds join the denominator (whole numbers in rules/: no change).
  for (const kum of Object.values(aturan.kumulatif)) {
    for (const a of [...kum.kenaikanPangkat, ...(kum.kenaikanJenjang ? [kum.kenaikanJenjang] : [])]) {
      const b = bagian(Pecahan.dari(a.angkaKredit));
      D = b && D && kpk(D, b[1]);
      // Stryker disable next-line ConditionalExpression: without it D stays undefined, skala and konversiMaks become NaN, and the bound below returns undefined
      if (!D) return undefined;
    }
  }
  const skala = D / (B * 100 * P * K);
  const perBulan = new Map<string, Map<string, number>>();
  let maks = 0;
  aturan.predikat.forEach((p, i) => {
    const [a, pd] = persen[i]!;
    const m = new Map<string, number>();
    aturan.jenjang.forEach((j, h) => {
      const [c, kd] = koefisien[h]!;
      const u = a * (P! / pd) * c * (K! / kd) * skala;
      m.set(j.id, u);
      maks = Math.max(maks, Math.abs(u));
    });
    perBulan.set(p.id, m);
  });
  const konversiMaks = maks * BULAN_MAKS;
  // Every product above is at most konversiMaks / BULAN_MAKS: one safe bound checks them all.
  if (!Number.isSafeInteger(konversiMaks)) return undefined;
  return { penyebut: D, perBulan, konversiMaks };
}

/** Konversi of `bulan` months, as an integer over `k.penyebut`; undefined for a predikat or jenjang not in the rule book. */
export function konversiBulat(k: KernelAturan, predikat: Predikat, jenjang: Jenjang, bulan: number): number | undefined {
  const u = k.perBulan.get(predikat.id)?.get(jenjang.id);
  return u === undefined ? undefined : u * bulan;
}

/** One career reduced to what the numbers need: starting AK, periods, and the thresholds to compare with. */
export interface Karier {
  /** Starting AK counted in the current jenjang (typed or computed). */
  awal: Pecahan[];
  periode: { predikat: Predikat; jenjang: Jenjang; bulan: number; dalamJenjang: boolean }[];
  /** Thresholds (KP, KJ) to compare the cumulative with. */
  ambang: Pecahan[];
}

/** The numbers of a career, every one an integer over `penyebut`. */
export interface AngkaKarier {
  penyebut: number;
  konversi: number[];
  awal: number;
  dalamJenjang: number;
  sebelumJenjang: number;
  kumulatif: number;
  /** kumulatif − ambang for each threshold: negative is a shortfall, 0 or more met. */
  selisih: number[];
}

/**
 * Konversi, sums, cumulative and the difference to each threshold in safe integers; undefined when the
 * person's denominator or the sum of the absolute values of their figures does not fit (use Pecahan).
 */
export function hitungKarier(k: KernelAturan, karier: Karier): AngkaKarier | undefined {
  const { awal, periode, ambang } = karier;
  // The person's denominator: the rule book's, widened only by a value that is not a multiple of 1/penyebut.
  let D: number | undefined = k.penyebut;
  for (let i = 0; i < awal.length + ambang.length; i++) {
    const b = (i < awal.length ? awal[i]! : ambang[i - awal.length]!).bagianKecil();
    if (b === undefined) return undefined;
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: a shortcut; kpk(D, b) is D when b divides D
    if (D % b[1] !== 0) D = kpk(D, b[1]);
    // Stryker disable next-line ConditionalExpression: without it every bilangan(…, undefined) below returns undefined, and so does hitungKarier
    if (!D) return undefined;
  }
  const faktor = D / k.penyebut;
  // Bound: |every partial sum| ≤ Σ|terms|; checked once all terms are known, before any sum is formed.
  let mutlak = 0;
  // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written before it is read
  const awalN: number[] = new Array<number>(awal.length);
  for (let i = 0; i < awal.length; i++) {
    const n = bilangan(awal[i]!, D);
    // Stryker disable next-line ConditionalExpression: the undefined or NaN reaches the isSafeInteger check below, which returns undefined as well
    if (n === undefined) return undefined;
    awalN[i] = n;
    // Stryker disable next-line EqualityOperator: n <= 0 differs only at 0; n >= 0 negates every term, and the isSafeInteger bound is symmetric
    mutlak += n < 0 ? -n : n;
  }
  // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written before it is read
  const ambangN: number[] = new Array<number>(ambang.length);
  for (let i = 0; i < ambang.length; i++) {
    const n = bilangan(ambang[i]!, D);
    // Stryker disable next-line ConditionalExpression: the undefined or NaN reaches the isSafeInteger check below, which returns undefined as well
    if (n === undefined) return undefined;
    ambangN[i] = n;
    // Stryker disable next-line EqualityOperator: n <= 0 differs only at 0; n >= 0 negates every term, and the isSafeInteger bound is symmetric
    mutlak += n < 0 ? -n : n;
  }
  // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written before it is read
  const konversi: number[] = new Array<number>(periode.length);
  for (let i = 0; i < periode.length; i++) {
    const p = periode[i]!;
    const u = k.perBulan.get(p.predikat.id)?.get(p.jenjang.id);
    // Stryker disable next-line ConditionalExpression: the undefined or NaN reaches the isSafeInteger check below, which returns undefined as well
    if (u === undefined) return undefined;
    const n = u * p.bulan * faktor;
    konversi[i] = n;
    // Stryker disable next-line EqualityOperator: n <= 0 differs only at 0; n >= 0 negates every term, and the isSafeInteger bound is symmetric
    mutlak += n < 0 ? -n : n;
  }
  if (!Number.isSafeInteger(mutlak)) return undefined;
  let jumlahAwal = 0;
  for (const n of awalN) jumlahAwal += n;
  let dalamJenjang = 0;
  let sebelumJenjang = 0;
  for (let i = 0; i < periode.length; i++) {
    if (periode[i]!.dalamJenjang) dalamJenjang += konversi[i]!;
    else sebelumJenjang += konversi[i]!;
  }
  const kumulatif = jumlahAwal + dalamJenjang;
  // Stryker disable next-line ArrayDeclaration: preallocation only; every slot is written before it is read
  const selisih: number[] = new Array<number>(ambangN.length);
  for (let i = 0; i < ambangN.length; i++) selisih[i] = kumulatif - ambangN[i]!;
  return { penyebut: D, konversi, awal: jumlahAwal, dalamJenjang, sebelumJenjang, kumulatif, selisih };
}

const pecahanTersimpan = new WeakMap<KernelAturan, Map<number, Pecahan>>();

/**
 * n/penyebut of a rule book's kernel as a Pecahan, for code that continues with fractions. A unit's
 * konversi and sums repeat a few hundred values; each is reduced once (bounded, as every cache here).
 */
export function pecahanKernel(k: KernelAturan, n: number): Pecahan {
  let m = pecahanTersimpan.get(k);
  if (!m) pecahanTersimpan.set(k, (m = new Map()));
  let p = m.get(n);
  if (p === undefined) {
    p = Pecahan.rasio(n, k.penyebut);
    if (m.size < 10_000) m.set(n, p);
  }
  return p;
}

/**
 * n/D as the result's Angka (exact text, 12 decimals, display): the same three texts as rujukan.ts
 * angka() of the same value; undefined when D is too large for the long division (use Pecahan).
 */
export function angkaBilangan(n: number, D: number, desimal: number): Angka | undefined {
  const pasti = teksPastiBilangan(n, D);
  const dua12 = teksBulatBilangan(n, D, 12);
  const tampil = teksBulatBilangan(n, D, desimal);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: dua12 and tampil are undefined together (same n and D), and pasti only when they are: every partial form is the same test
  if (pasti === undefined || dua12 === undefined || tampil === undefined) return undefined;
  return { pasti, desimal: dua12, tampilan: formatTeksDesimal(tampil) };
}

/**
 * The konversi sums within and before the current jenjang, added as integers over the kernel's
 * denominator; undefined when a period has no integer value (the caller adds Pecahan). Periods do not
 * overlap and lie within BULAN_MAKS months, so each sum is at most k.konversiMaks: safe.
 */
export function jumlahKonversi(
  k: KernelAturan,
  konversi: readonly { bilangan?: number | undefined }[],
  periode: readonly { dalamJenjang: boolean }[],
): [Pecahan, Pecahan] | undefined {
  let dalam = 0;
  let sebelum = 0;
  for (let i = 0; i < konversi.length; i++) {
    const n = konversi[i]!.bilangan;
    // Stryker disable next-line ConditionalExpression: the undefined or NaN reaches the isSafeInteger check below, which returns undefined as well
    if (n === undefined) return undefined;
    if (periode[i]!.dalamJenjang) dalam += n;
    else sebelum += n;
  }
  if (!Number.isSafeInteger(dalam) || !Number.isSafeInteger(sebelum)) return undefined;
  return [pecahanKernel(k, dalam), pecahanKernel(k, sebelum)];
}

/**
 * The fewest months (1 to `maks`) of `predikat` in `jenjang` whose konversi reaches `kekurangan`, in
 * integers: n = ⌈kekurangan·D / perBulan⌉, the n of proyeksi.ts penutupKekurangan. `null` when no such
 * n up to `maks` exists; undefined when the kernel cannot say (no integer value: use penutupKekurangan).
 */
export function bulanPenutup(
  k: KernelAturan,
  predikat: Predikat,
  jenjang: Jenjang,
  kekurangan: Pecahan,
  maks: number,
): number | null | undefined {
  const u = k.perBulan.get(predikat.id)?.get(jenjang.id);
  // Stryker disable next-line ConditionalExpression: the undefined or NaN reaches the isSafeInteger check below, which returns undefined as well
  if (u === undefined) return undefined;
  const b = bagian(kekurangan);
  if (!b) return undefined;
  const D = kpk(k.penyebut, b[1]);
  // Stryker disable next-line ConditionalExpression: the undefined or NaN reaches the isSafeInteger check below, which returns undefined as well
  if (!D) return undefined;
  const kurang = b[0] * (D / b[1]);
  const perBulan = u * (D / k.penyebut);
  if (!Number.isSafeInteger(kurang) || !Number.isSafeInteger(perBulan * maks)) return undefined;
  if (kurang <= 0) return 1;
  // Stryker disable next-line EqualityOperator: at perBulan 0 both forms give null (n = Infinity, past maks)
  if (perBulan <= 0) return null;
  const n = Math.ceil(kurang / perBulan);
  // Float division may land one off around an exact multiple: settle n with integer comparisons.
  // Stryker disable next-line MethodExpression: starting lower only lengthens the loop below, which climbs to the same m
  let m = Math.max(1, n - 1);
  while (m * perBulan < kurang) m++;
  return m <= maks ? m : null;
}

/** A running cumulative, added to month by month (the projection), compared with thresholds and shown rounded. */
export interface KumulatifBerjalan {
  /** Adds the konversi of one month of `predikat` in `jenjang`. */
  tambahBulan(predikat: Predikat, jenjang: Jenjang): void;
  /** Whether the cumulative has reached `ambang` (a threshold met exactly is met). */
  capai(ambang: Pecahan): boolean;
  /** Back to 0 (a kenaikan jenjang). */
  nol(): void;
  /** The cumulative rounded half up to `places` decimals, as Pecahan.teksBulat gives it. */
  teksBulat(places: number): string;
}

/**
 * The running cumulative in integers over one denominator (the rule book's, widened by the starting
 * value's), for at most `bulanMaks` months added; undefined when the start, or the start plus that many
 * of the largest months, does not fit in a safe integer (use Pecahan).
 */
export function kumulatifBulat(k: KernelAturan, awal: Pecahan, bulanMaks: number): KumulatifBerjalan | undefined {
  const b = bagian(awal);
  if (!b) return undefined;
  const D = kpk(k.penyebut, b[1]);
  if (!D) return undefined;
  const faktor = D / k.penyebut;
  let n = b[0] * (D / b[1]);
  // |n| never exceeds |start| + bulanMaks × the largest month (nol only brings it to 0).
  if (!Number.isSafeInteger(Math.abs(n) + (k.konversiMaks / BULAN_MAKS) * faktor * bulanMaks)) return undefined;
  return {
    tambahBulan(predikat, jenjang) {
      const u = k.perBulan.get(predikat.id)?.get(jenjang.id);
      if (u === undefined) throw new RangeError(`predikat ${predikat.id} atau jenjang ${jenjang.id} tidak ada dalam buku aturan`);
      n += u * faktor;
    },
    capai(ambang) {
      const a = bilangan(ambang, D);
      return a !== undefined ? n >= a : Pecahan.rasio(n, D).gte(ambang);
    },
    nol() {
      n = 0;
    },
    teksBulat(places) {
      return teksBulatBilangan(n, D, places) ?? Pecahan.rasio(n, D).teksBulat(places);
    },
  };
}
