// The fixed-denominator kernel (src/domain/kernel.ts) called directly on the cases the random careers of
// kernel.test.ts rarely reach: where it must step aside, signs in the safety bound, each threshold's
// difference, exact sums, and the months that close a shortfall. Expected values by hand: for rules/ the
// denominator is 12 × 100 × 4 = 4800 and one month of Baik in Ahli Pertama is 1/12 × 12,5 = 25/24 = 5000/4800.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Aturan } from '../../src/domain/aturan.ts';
import {
  angkaBilangan,
  bilangan,
  bulanPenutup,
  hitungKarier,
  jumlahKonversi,
  kernelAturan,
  konversiBulat,
  pecahanKernel,
  tanpaKernel,
} from '../../src/domain/kernel.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { aturan } from '../helpers/aturan.ts';

const MAKS = Number.MAX_SAFE_INTEGER;
const predikat = (id: string) => aturan.predikat.find((p) => p.id === id)!;
const jenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)!;
/** n/d as a Pecahan, to build inputs (never to compute an expectation). */
const q = (n: number, d = 1) => Pecahan.rasio(n, d);
const bagian = (p: Pecahan) => [p.pembilang, p.penyebut];

describe('bilangan: p × D bila p kelipatan 1/D', () => {
  it('25/24 × 4800 = 5000; 1/7 bukan kelipatan 1/4800; pecahan terlalu besar tidak', () => {
    expect(bilangan(q(25, 24), 4800)).toBe(5000);
    expect(bilangan(q(1, 7), 4800)).toBeUndefined();
    expect(bilangan(Pecahan.dari('100000000000000000001'), 1)).toBeUndefined();
    // 2^52 × 4 is past 2^53.
    expect(bilangan(q(2 ** 52), 4)).toBeUndefined();
  });
});

describe('kernelAturan: buku aturan yang tidak muat diserahkan ke pecahan', () => {
  const dengan = (ubah: Partial<Aturan>): Aturan => ({ ...aturan, ...ubah });
  const persen = (nilai: string) =>
    aturan.predikat.map((p, i) => (i === 0 ? { ...p, persen: { ...p.persen, nilai: new Decimal(nilai) } } : p));
  const koefisien = (nilai: string) =>
    aturan.jenjang.map((j, i) => (i === 0 ? { ...j, koefisien: { ...j.koefisien, nilai: new Decimal(nilai) } } : j));

  it('satu persen dengan penyebut di atas 2^53 (10^20): tidak ada kernel', () => {
    expect(kernelAturan(dengan({ predikat: persen('0.00000000000000000001') }))).toBeUndefined();
  });

  it('satu koefisien dengan penyebut di atas 2^53: tidak ada kernel', () => {
    expect(kernelAturan(dengan({ jenjang: koefisien('0.00000000000000000001') }))).toBeUndefined();
  });

  it('ambang dengan penyebut di atas 2^53: tidak ada kernel', () => {
    const kumulatif = Object.fromEntries(
      Object.entries(aturan.kumulatif).map(([id, k]) => [
        id,
        { ...k, kenaikanPangkat: k.kenaikanPangkat.map((a) => ({ ...a, angkaKredit: new Decimal('50.00000000000000000001') })) },
      ]),
    );
    expect(kernelAturan(dengan({ kumulatif }))).toBeUndefined();
  });

  it('ambang kenaikan jenjang 100,001 memperlebar penyebut: lcm(4800, 1000) = 24000', () => {
    const kumulatif = Object.fromEntries(
      Object.entries(aturan.kumulatif).map(([id, k]) => [
        id,
        k.kenaikanJenjang ? { ...k, kenaikanJenjang: { ...k.kenaikanJenjang, angkaKredit: new Decimal('100.001') } } : k,
      ]),
    );
    const k = kernelAturan(dengan({ kumulatif }))!;
    expect(k.penyebut).toBe(24000);
    // One month Baik Ahli Pertama: 25/24 × 24000 = 25000.
    expect(k.perBulan.get('baik')!.get('ahli_pertama')).toBe(25000);
  });

  it('koefisien 10^12 untuk satu jenjang: satu bulan muat, kali 2412 bulan tidak: tidak ada kernel', () => {
    // 150% × 10^12 / 12 × 4800 = 6·10^14 per month; × 2412 months ≈ 1,4·10^18 > 2^53.
    expect(kernelAturan(dengan({ jenjang: koefisien('1000000000000') }))).toBeUndefined();
  });

  it('persen 12,5 (penyebut 2): penyebut 12 × 100 × 2 × 4 = 9600; Baik Ahli Pertama sebulan 25/24 × 9600 = 10000', () => {
    const k = kernelAturan(dengan({ predikat: persen('12.5') }))!;
    expect(k.penyebut).toBe(9600);
    expect(k.perBulan.get('baik')!.get('ahli_pertama')).toBe(10000);
    // The changed predikat itself: 1/12 × 12,5% × 12,5 = 25/192 → 1250.
    expect(k.perBulan.get(aturan.predikat[0]!.id)!.get('ahli_pertama')).toBe(1250);
  });

  it('tanpaKernel: buku aturan itu dihitung dengan pecahan saja', () => {
    const a = dengan({});
    expect(kernelAturan(a)).toBeDefined();
    tanpaKernel(a);
    expect(kernelAturan(a)).toBeUndefined();
  });

  it('konversiBulat: 3 bulan Baik Ahli Pertama = 15000; predikat di luar buku aturan: tidak ada', () => {
    const k = kernelAturan(aturan)!;
    expect(konversiBulat(k, predikat('baik'), jenjang('ahli_pertama'), 3)).toBe(15000);
    expect(konversiBulat(k, { ...predikat('baik'), id: 'istimewa' }, jenjang('ahli_pertama'), 3)).toBeUndefined();
  });

  it('rules/: konversi satu bulan setiap predikat untuk Ahli Pertama dan Ahli Utama, dan batas terbesarnya', () => {
    const k = kernelAturan(aturan)!;
    // Ahli Pertama 12,5: 150% → 1,5625 × 4800 = 7500; 100% → 5000; 75% → 3750; 50% → 2500; 25% → 1250.
    expect(
      ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'].map((p) => k.perBulan.get(p)!.get('ahli_pertama')),
    ).toEqual([7500, 5000, 3750, 2500, 1250]);
    // Ahli Utama 50: 1/12 × 150% × 50 = 6,25 → 30000, the largest; × 2412 months = 72360000.
    expect(k.perBulan.get('sangat_baik')!.get('ahli_utama')).toBe(30000);
    expect(k.konversiMaks).toBe(72_360_000);
  });
});

describe('hitungKarier', () => {
  const k = () => kernelAturan(aturan)!;
  const baik = (bulan: number, dalamJenjang: boolean) => ({
    predikat: predikat('baik'),
    jenjang: jenjang('ahli_pertama'),
    bulan,
    dalamJenjang,
  });

  it('awal, konversi dalam dan sebelum jenjang, kumulatif dan selisih terhadap setiap ambang', () => {
    const r = hitungKarier(k(), { awal: [q(10), q(1, 3)], periode: [baik(12, true), baik(2, false)], ambang: [q(50), q(20)] })!;
    // 1/3 widens the denominator: lcm(4800, 3) = 4800 (4800 = 3 × 1600), unchanged.
    expect(r.penyebut).toBe(4800);
    // awal 10 + 1/3 = 31/3 → 49600; konversi 12,5 → 60000 (within), 25/12 → 10000 (before).
    expect(r.awal).toBe(49600);
    expect(r.konversi).toEqual([60000, 10000]);
    expect(r.dalamJenjang).toBe(60000);
    expect(r.sebelumJenjang).toBe(10000);
    expect(r.kumulatif).toBe(109600);
    // 109600 − 50 × 4800 = −130400; 109600 − 20 × 4800 = 13600.
    expect(r.selisih).toEqual([-130400, 13600]);
  });

  it('awal 1/7 memperlebar penyebut menjadi 33600; ambang 1/11 menjadi 369600', () => {
    const r = hitungKarier(k(), { awal: [q(1, 7)], periode: [baik(1, true)], ambang: [q(1, 11)] })!;
    expect(r.penyebut).toBe(4800 * 7 * 11);
    // 1/7 × 369600 = 52800; 25/24 × 369600 = 385000; 1/11 × 369600 = 33600.
    expect(r.awal).toBe(52800);
    expect(r.konversi).toEqual([385000]);
    expect(r.selisih).toEqual([52800 + 385000 - 33600]);
  });

  it('awal yang tidak muat (penyebut di atas 2^53) atau predikat di luar buku aturan: diserahkan', () => {
    expect(hitungKarier(k(), { awal: [Pecahan.dari('0.00000000000000000001')], periode: [], ambang: [] })).toBeUndefined();
    expect(hitungKarier(k(), { awal: [], periode: [], ambang: [Pecahan.dari('0.00000000000000000001')] })).toBeUndefined();
    const asing = { ...predikat('baik'), id: 'istimewa' };
    expect(hitungKarier(k(), { awal: [], periode: [{ ...baik(1, true), predikat: asing }], ambang: [] })).toBeUndefined();
    // The denominator's lcm past 2^53: 1125899906842597 (near 2^50, odd, digit sum 85, not ending in 0 or 5) is coprime to 4800.
    expect(hitungKarier(k(), { awal: [q(1, 1125899906842597)], periode: [], ambang: [] })).toBeUndefined();
  });

  it('batas aman memakai nilai mutlak: +10^12 dan −10^12 (masing-masing 4,8·10^15) berjumlah 9,6·10^15 > 2^53', () => {
    expect(hitungKarier(k(), { awal: [q(1e12), q(-1e12)], periode: [], ambang: [] })).toBeUndefined();
    expect(hitungKarier(k(), { awal: [q(1e12)], periode: [], ambang: [q(-1e12)] })).toBeUndefined();
    expect(hitungKarier(k(), { awal: [], periode: [], ambang: [q(1e12), q(-1e12)] })).toBeUndefined();
    // One of them alone fits: 4,8·10^15 < 2^53 ≈ 9,007·10^15.
    expect(hitungKarier(k(), { awal: [q(-1e12)], periode: [], ambang: [] })!.awal).toBe(-4.8e15);
  });

  it('batas aman memakai nilai mutlak konversi: tepat di bawah 2^53 tanpa konversi, di atasnya dengan konversi ±', () => {
    // a = 938249844737: a × 4800 = 4503599254737600; awal a and ambang a: 9007198509475200, 745265791 below 2^53 − 1.
    const a = q(938249844737);
    const k0 = kernelAturan(aturan)!;
    expect(hitungKarier(k0, { awal: [a], periode: [], ambang: [a] })).toMatchObject({ penyebut: 4800, selisih: [0] });
    // 200000 months of Sangat Baik Ahli Pertama: 7500 × 200000 = 1,5·10^9 more: past 2^53.
    const sb = { predikat: predikat('sangat_baik'), jenjang: jenjang('ahli_pertama'), bulan: 200_000, dalamJenjang: true };
    expect(hitungKarier(k0, { awal: [a], periode: [sb], ambang: [a] })).toBeUndefined();
    // A negative konversi of the same size counts by its absolute value as well.
    const negatif: Aturan = {
      ...aturan,
      predikat: aturan.predikat.map((p) => (p.id === 'baik' ? { ...p, persen: { ...p.persen, nilai: new Decimal('-100') } } : p)),
    };
    const kn = kernelAturan(negatif)!;
    // −5000 × 200000 = −10^9.
    const minus = {
      predikat: negatif.predikat.find((p) => p.id === 'baik')!,
      jenjang: jenjang('ahli_pertama'),
      bulan: 200_000,
      dalamJenjang: true,
    };
    expect(hitungKarier(kn, { awal: [a], periode: [minus], ambang: [a] })).toBeUndefined();
  });

  it('konversi negatif (persen rekaan −100) juga dihitung mutlak dalam batas', () => {
    const a: Aturan = {
      ...aturan,
      predikat: aturan.predikat.map((p) => (p.id === 'baik' ? { ...p, persen: { ...p.persen, nilai: new Decimal('-100') } } : p)),
    };
    const kr = kernelAturan(a)!;
    const minus = { predikat: a.predikat.find((p) => p.id === 'baik')!, jenjang: jenjang('ahli_pertama'), bulan: 1, dalamJenjang: true };
    // −1 month = −5000; with awal 10^12 (4,8·10^15) twice the bound is 9,6·10^15 + 5000 > 2^53.
    expect(hitungKarier(kr, { awal: [q(1e12)], periode: [minus], ambang: [q(1e12)] })).toBeUndefined();
    // Alone: −5000, kumulatif −5000.
    expect(hitungKarier(kr, { awal: [], periode: [minus], ambang: [] })).toMatchObject({ konversi: [-5000], kumulatif: -5000 });
  });
});

describe('jumlahKonversi', () => {
  it('dalam dan sebelum jenjang terpisah: 5000 + 60000 dalam = 65000/4800 = 325/24; 10000/4800 = 25/12 sebelum', () => {
    const k = kernelAturan(aturan)!;
    const r = jumlahKonversi(
      k,
      [{ bilangan: 5000 }, { bilangan: 10000 }, { bilangan: 60000 }],
      [{ dalamJenjang: true }, { dalamJenjang: false }, { dalamJenjang: true }],
    )!;
    expect(bagian(r[0])).toEqual([325n, 24n]);
    expect(bagian(r[1])).toEqual([25n, 12n]);
  });

  it('satu periode tanpa bilangan, atau jumlah di atas 2^53: tidak ada', () => {
    const k = kernelAturan(aturan)!;
    expect(jumlahKonversi(k, [{ bilangan: 5000 }, {}], [{ dalamJenjang: true }, { dalamJenjang: true }])).toBeUndefined();
    expect(jumlahKonversi(k, [{ bilangan: MAKS }, { bilangan: MAKS }], [{ dalamJenjang: true }, { dalamJenjang: true }])).toBeUndefined();
    expect(jumlahKonversi(k, [{ bilangan: MAKS }, { bilangan: MAKS }], [{ dalamJenjang: false }, { dalamJenjang: false }])).toBeUndefined();
  });
});

describe('pecahanKernel', () => {
  it('n/4800 tereduksi, dan nilai yang sama dua kali adalah objek yang sama (tersimpan)', () => {
    const k = kernelAturan(aturan)!;
    expect(bagian(pecahanKernel(k, 7500))).toEqual([25n, 16n]);
    expect(pecahanKernel(k, 7500)).toBe(pecahanKernel(k, 7500));
  });
});

describe('angkaBilangan', () => {
  it('5000/4800 = 25/24 = 1,041666…: teks pasti, 12 desimal, tampilan', () => {
    expect(angkaBilangan(5000, 4800, 3)).toEqual({ pasti: '25/24', desimal: '1.041666666667', tampilan: '1,042' });
    // 5000000000/4800 = 3125000/3 = 1041666,666… → 1.041.666,67
    expect(angkaBilangan(5_000_000_000, 4800, 2)).toEqual({
      pasti: '3125000/3',
      desimal: '1041666.666666666667',
      tampilan: '1.041.666,67',
    });
  });
  it('penyebut terlalu besar untuk pembagian panjang: tidak ada', () => {
    expect(angkaBilangan(1, MAKS, 3)).toBeUndefined();
  });
});

describe('bulanPenutup', () => {
  const k = () => kernelAturan(aturan)!;
  it('kekurangan 25/12 dengan Baik Ahli Pertama (25/24 sebulan): tepat 2 bulan; sedikit lebih: 3', () => {
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(25, 12), 12)).toBe(2);
    // 25/12 + 1/4800 needs a third month.
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(10001, 4800), 12)).toBe(3);
    // 1/4800: one month.
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(1, 4800), 12)).toBe(1);
  });
  it('tanpa kekurangan (0 atau lebih): 1 bulan; lebih dari setahun: tidak ada', () => {
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(0), 12)).toBe(1);
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(-3), 12)).toBe(1);
    // 12,5 closes in 12 months exactly; 12,5 + 1/4800 does not.
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(25, 2), 12)).toBe(12);
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(60001, 4800), 12)).toBeNull();
  });
  it('kernel tidak dapat menjawab: predikat asing, kekurangan tidak muat', () => {
    const asing = { ...predikat('baik'), id: 'istimewa' };
    expect(bulanPenutup(k(), asing, jenjang('ahli_pertama'), q(1), 12)).toBeUndefined();
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), Pecahan.dari('0.00000000000000000001'), 12)).toBeUndefined();
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(1, 1125899906842597), 12)).toBeUndefined();
    expect(bulanPenutup(k(), predikat('baik'), jenjang('ahli_pertama'), q(2 ** 52), 12)).toBeUndefined();
  });
  it('konversi sebulan 0 (persen rekaan 0): kekurangan tidak pernah tertutup', () => {
    const a: Aturan = {
      ...aturan,
      predikat: aturan.predikat.map((p) => (p.id === 'kurang' ? { ...p, persen: { ...p.persen, nilai: new Decimal('0') } } : p)),
    };
    const kr = kernelAturan(a)!;
    expect(
      bulanPenutup(
        kr,
        a.predikat.find((p) => p.id === 'kurang')!,
        jenjang('ahli_pertama'),
        q(1),
        12,
      ),
    ).toBeNull();
    // Nothing missing: one month, whatever the konversi.
    expect(
      bulanPenutup(
        kr,
        a.predikat.find((p) => p.id === 'kurang')!,
        jenjang('ahli_pertama'),
        q(0),
        12,
      ),
    ).toBe(1);
  });
  it('konversi sebulan negatif (persen rekaan −100): tidak pernah tertutup', () => {
    const a: Aturan = {
      ...aturan,
      predikat: aturan.predikat.map((p) => (p.id === 'kurang' ? { ...p, persen: { ...p.persen, nilai: new Decimal('-100') } } : p)),
    };
    const kr = kernelAturan(a)!;
    expect(
      bulanPenutup(
        kr,
        a.predikat.find((p) => p.id === 'kurang')!,
        jenjang('ahli_pertama'),
        q(1),
        12,
      ),
    ).toBeNull();
  });
});
