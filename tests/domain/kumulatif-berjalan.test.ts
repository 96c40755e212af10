// The projection's running cumulative in integers (src/domain/kernel.ts kumulatifBulat), called directly:
// month by month sums, thresholds, rounding, a reset, and where it must step aside for fractions.
// Expected values by hand: for rules/ the denominator is 12 × 100 × 4 = 4800, and one month of Baik in
// Ahli Pertama is 1/12 × 12,5 = 25/24 (5000/4800); of Sangat Baik 150% of that, 75/48 = 1,5625.
import { describe, expect, it } from 'vitest';
import { BULAN_MAKS, kernelAturan, kumulatifBulat, type KernelAturan } from '../../src/domain/kernel.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { aturan } from '../helpers/aturan.ts';

const k = kernelAturan(aturan)!;
const predikat = (id: string) => aturan.predikat.find((p) => p.id === id)!;
const jenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)!;
const q = (n: number, d = 1) => Pecahan.rasio(n, d);

describe('kumulatifBulat', () => {
  it('bulan demi bulan dari 10: teks dibulatkan setengah ke atas, ambang tepat tercapai', () => {
    const kum = kumulatifBulat(k, q(10), 540)!;
    expect(kum.teksBulat(3)).toBe('10.000');
    kum.tambahBulan(predikat('baik'), jenjang('ahli_pertama'));
    // 10 + 25/24 = 11,041666… → 11,042 (3 decimals), 11,04 (2).
    expect(kum.teksBulat(3)).toBe('11.042');
    expect(kum.teksBulat(2)).toBe('11.04');
    kum.tambahBulan(predikat('sangat_baik'), jenjang('ahli_pertama'));
    // + 1,5625 = 12,6041666… → 12,604.
    expect(kum.teksBulat(3)).toBe('12.604');
    // 12 + 29/48 exactly: met at that value, not one 1/4800 above it.
    expect(kum.capai(q(12 * 48 + 29, 48))).toBe(true);
    expect(kum.capai(q(12 * 4800 + 2901, 4800))).toBe(false);
    expect(kum.capai(q(12))).toBe(true);
    expect(kum.capai(q(13))).toBe(false);
  });

  it('ambang yang bukan kelipatan penyebutnya tetap dibandingkan eksak', () => {
    const kum = kumulatifBulat(k, q(0), 540)!;
    kum.tambahBulan(predikat('baik'), jenjang('ahli_pertama'));
    // 25/24 = 1,041666… against 1/7-multiples: 7/7 = 1 below it, 8/7 = 1,142… above it.
    expect(kum.capai(q(7, 7))).toBe(true);
    expect(kum.capai(q(8, 7))).toBe(false);
    expect(kum.capai(q(729, 700))).toBe(true); // 1,041428…
    expect(kum.capai(q(730, 700))).toBe(false); // 1,042857…
  });

  it('awal dengan desimal dan awal negatif; kembali 0', () => {
    // Start 10,123 (1/1000): the denominator widens to 24000. 10,123 + 1,0416666… = 11,1646666… → 11,165.
    const a = kumulatifBulat(k, Pecahan.dari('10.123'), 540)!;
    a.tambahBulan(predikat('baik'), jenjang('ahli_pertama'));
    expect(a.teksBulat(3)).toBe('11.165');
    // −10 + 1,0416666… = −8,9583333… → −8,958; the threshold 0 is not reached.
    const b = kumulatifBulat(k, q(-10), 540)!;
    b.tambahBulan(predikat('baik'), jenjang('ahli_pertama'));
    expect(b.teksBulat(3)).toBe('-8.958');
    expect(b.capai(q(0))).toBe(false);
    b.nol();
    expect(b.teksBulat(3)).toBe('0.000');
    expect(b.capai(q(0))).toBe(true);
    b.tambahBulan(predikat('baik'), jenjang('ahli_pertama'));
    expect(b.teksBulat(3)).toBe('1.042');
  });

  it('menyerahkan ke pecahan bila awal atau batasnya tidak muat', () => {
    // A denominator whose least common multiple with 4800 passes 2^53.
    expect(kumulatifBulat(k, q(1, 2 ** 50 + 1), 540)).toBeUndefined();
    // A start too large for safe integers at all.
    expect(kumulatifBulat(k, Pecahan.dari('100000000000000000001'), 540)).toBeUndefined();
    // A start whose n = start × 4800 is safe, but not once 540 of the largest months are added.
    const terbesar = k.konversiMaks / BULAN_MAKS;
    const muat = Math.floor((Number.MAX_SAFE_INTEGER - terbesar * 540) / 4800);
    expect(kumulatifBulat(k, q(muat), 540)).toBeDefined();
    expect(kumulatifBulat(k, q(muat + 1), 540)).toBeUndefined();
    expect(kumulatifBulat(k, q(-muat - 1), 540)).toBeUndefined();
    // Fewer months allowed: the same start fits.
    expect(kumulatifBulat(k, q(muat + 1), 1)).toBeDefined();
  });

  it('penyebut di atas batas pembulatan bilangan: teksnya dari pecahan, sama', () => {
    // A hand-made kernel with a denominator of 2^50 (above 2^53 / 10, where the integer rounding stops):
    // one month is 3/2^50, far below 0,0005.
    const besar: KernelAturan = {
      penyebut: 2 ** 50,
      perBulan: new Map([['baik', new Map([['ahli_pertama', 3]])]]),
      konversiMaks: 3 * BULAN_MAKS,
    };
    const kum = kumulatifBulat(besar, q(5, 2), 540)!;
    kum.tambahBulan(predikat('baik'), jenjang('ahli_pertama'));
    expect(kum.teksBulat(3)).toBe('2.500');
    expect(kum.capai(q(5, 2))).toBe(true);
    expect(() => kum.tambahBulan(predikat('kurang'), jenjang('ahli_pertama'))).toThrow(RangeError);
  });
});
