// Exact Angka Kredit: every expected text below is worked out by hand (a reduced fraction, its finite
// decimal when one exists, half-up rounding away from zero).
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Pecahan } from '../../src/domain/pecahan.ts';

const p = (a: string, b = '1') => Pecahan.bagi(a, b);
const bagian = (x: Pecahan) => [x.pembilang, x.penyebut];

describe('Pecahan: membaca dan menyederhanakan', () => {
  it('desimal dan pecahan disederhanakan, tanda di pembilang', () => {
    expect(bagian(Pecahan.dari('2.50'))).toEqual([5n, 2n]);
    expect(bagian(Pecahan.dari(' 12.5 '))).toEqual([25n, 2n]);
    expect(bagian(Pecahan.dari(12.5))).toEqual([25n, 2n]);
    expect(bagian(p('-6', '4'))).toEqual([-3n, 2n]);
    expect(bagian(p('1', '-2'))).toEqual([-1n, 2n]);
    expect(bagian(p('-6', '-4'))).toEqual([3n, 2n]);
    expect(bagian(p('0.5', '0.25'))).toEqual([2n, 1n]);
    expect(bagian(Pecahan.rasio(6, 8))).toEqual([3n, 4n]);
    expect(bagian(Pecahan.rasio(7, 1))).toEqual([7n, 1n]);
    expect(bagian(Pecahan.NOL)).toEqual([0n, 1n]);
  });

  it('Decimal sangat kecil atau sangat besar dibaca tanpa notasi eksponen', () => {
    expect(bagian(Pecahan.dari(new Decimal('1e-7')))).toEqual([1n, 10_000_000n]);
    expect(bagian(Pecahan.dari(new Decimal('1.5e21')))).toEqual([1_500_000_000_000_000_000_000n, 1n]);
    expect(bagian(Pecahan.dari(new Decimal('-0.125')))).toEqual([-1n, 8n]);
  });

  it('bukan angka dan penyebut nol ditolak', () => {
    expect(() => Pecahan.dari('dua')).toThrow('bukan angka desimal: dua');
    expect(() => Pecahan.dari('1,5')).toThrow(RangeError);
    expect(() => p('1', '0')).toThrow('penyebut nol');
  });
});

describe('Pecahan: hitungan', () => {
  it('tambah, kurang, kali', () => {
    expect(bagian(p('1', '12').tambah(p('5', '12')))).toEqual([1n, 2n]);
    expect(bagian(p('1', '3').tambah(p('1', '6')))).toEqual([1n, 2n]);
    expect(bagian(p('1', '3').kurang(p('1', '2')))).toEqual([-1n, 6n]);
    expect(bagian(p('2', '3').kali(p('3', '4')))).toEqual([1n, 2n]);
    expect(bagian(p('-1', '6').neg())).toEqual([1n, 6n]);
    expect(bagian(p('-1', '6').abs())).toEqual([1n, 6n]);
    expect(bagian(p('1', '6').abs())).toEqual([1n, 6n]);
  });

  it('bandingkan, gte, eq, isNegatif', () => {
    expect(p('1', '3').bandingkan(p('1', '2'))).toBe(-1);
    expect(p('1', '2').bandingkan(p('1', '3'))).toBe(1);
    expect(p('2', '4').bandingkan(p('1', '2'))).toBe(0);
    expect(p('1', '2').gte(p('2', '4'))).toBe(true);
    expect(p('1', '3').gte(p('1', '2'))).toBe(false);
    expect(p('1', '2').gte(p('1', '3'))).toBe(true);
    expect(p('1', '2').eq(p('2', '4'))).toBe(true);
    expect(p('1', '2').eq(p('-1', '2'))).toBe(false);
    expect(p('1', '2').eq(p('1', '3'))).toBe(false);
    expect(p('-1', '6').isNegatif()).toBe(true);
    expect(Pecahan.NOL.isNegatif()).toBe(false);
    expect(p('1', '6').isNegatif()).toBe(false);
  });

  it('isDesimalHingga: penyebut hanya berfaktor 2 dan 5', () => {
    expect([p('1', '8'), p('1', '20'), p('7'), p('3', '25')].map((x) => x.isDesimalHingga())).toEqual([true, true, true, true]);
    expect([p('1', '12'), p('1', '3'), p('2', '7'), p('1', '30')].map((x) => x.isDesimalHingga())).toEqual([false, false, false, false]);
  });
});

describe('Pecahan: teks', () => {
  const tabel: [Pecahan, number, string][] = [
    [p('25', '12'), 3, '2.083'],
    [p('25', '12'), 2, '2.08'],
    [p('25', '12'), 0, '2'],
    [p('5', '2'), 0, '3'],
    [p('-5', '2'), 0, '-3'],
    [p('1', '200'), 2, '0.01'],
    [p('1', '201'), 2, '0.00'],
    [p('-1', '2000'), 3, '-0.001'],
    [p('-1', '2500'), 3, '0.000'],
    [p('1', '8'), 5, '0.12500'],
    [Pecahan.NOL, 2, '0.00'],
    [p('1234567'), 2, '1234567.00'],
    [p('-50'), 3, '-50.000'],
  ];
  for (const [x, desimal, harapan] of tabel) {
    it(`${x.pembilang}/${x.penyebut} dibulatkan ke ${desimal} desimal: ${harapan}`, () => {
      expect(x.teksBulat(desimal)).toBe(harapan);
      expect(x.bulatkan(desimal).toFixed(desimal)).toBe(harapan === '-0.000' ? '0.000' : harapan);
    });
  }

  it('teks eksak: desimal hingga bila ada, selain itu pecahan tersederhana', () => {
    expect(p('25', '12').toString()).toBe('25/12');
    expect(p('-7', '3').toString()).toBe('-7/3');
    expect(p('1', '8').toString()).toBe('0.125');
    expect(p('1', '20').toString()).toBe('0.05');
    expect(p('1', '40').toString()).toBe('0.025');
    expect(p('-3', '2').toString()).toBe('-1.5');
    expect(p('5').toString()).toBe('5');
    expect(Pecahan.NOL.toString()).toBe('0');
    expect(p('1', '30').toString()).toBe('1/30');
  });
});

// Values past 2^53 (or denominators past 2^53 / 10), where Pecahan leaves the safe-integer texts of
// bilangan.ts and works in BigInt. The oracle is decimal.js at 300 significant digits, a library the
// code under test does not use for these texts: the quotient rounded half-up (ties away from zero) to
// the places asked, and a zero result written without a minus sign, as the app prints it.
const Besar = Decimal.clone({ precision: 300, toExpNeg: -9e15, toExpPos: 9e15 });
function oracleBulat(n: bigint, d: bigint, places: number): string {
  const t = new Besar(n.toString()).div(d.toString()).toFixed(places, Decimal.ROUND_HALF_UP);
  return /^-0(\.0*)?$/.test(t) ? t.slice(1) : t;
}
const DUA_60 = 2n ** 60n; // 1152921504606846976, past 2^53

describe('Pecahan: bilangan besar (BigInt)', () => {
  const pasangan: [bigint, bigint][] = [
    [DUA_60 + 1n, 3n], // numerator past 2^53
    [-(DUA_60 + 1n), 3n],
    [DUA_60 * 2n + 1n, 2n], // a tie at 0 places: …976.5 → …977
    [-(DUA_60 * 2n + 1n), 2n],
    [7n, 3_000_000_000_000_001n], // denominator past 2^53 / 10, parts safe
    [-1n, DUA_60], // rounds to zero: no minus sign
    [2_000_000_000_000_003n, 3_000_000_000_000_000n],
    [DUA_60 - 1n, DUA_60], // 0.999…: rounds up into the integer part
  ];
  for (const [n, d] of pasangan) {
    for (const places of [0, 3, 12]) {
      it(`${n}/${d} dibulatkan ke ${places} desimal sama dengan decimal.js`, () => {
        expect(Pecahan.bagi(n.toString(), d.toString()).teksBulat(places)).toBe(oracleBulat(n, d, places));
      });
    }
  }

  it('teks eksak: penyebut 2^a × 5^b memberi max(a, b) desimal; faktor lain memberi pecahan', () => {
    const n = DUA_60 + 1n; // odd and not a multiple of 5, so n/d stays reduced for these d
    const teks = (d: bigint) => Pecahan.bagi(n.toString(), d.toString()).toString();
    // n / 2^10: 10 decimals; n / 5^3: 3; n / (2^10 × 5^3): 10, not 3.
    expect(teks(1024n)).toBe(new Besar(n.toString()).div(1024).toFixed(10));
    expect(teks(1024n)).toBe('1125899906842624.0009765625');
    expect(teks(125n)).toBe('9223372036854775.816');
    expect(teks(128_000n)).toBe('9007199254740.9920078125');
    expect(Pecahan.bagi((-n).toString(), '1024').toString()).toBe('-1125899906842624.0009765625');
    // 3 and 6 = 2 × 3 leave a factor other than 2 and 5.
    expect(teks(3n)).toBe('1152921504606846977/3');
    expect(teks(6n)).toBe('1152921504606846977/6');
    expect(Pecahan.bagi(DUA_60.toString(), '1').toString()).toBe('1152921504606846976');
  });

  it('bagianKecil: pembilang dan penyebut sebagai Number hanya bila keduanya bilangan bulat aman', () => {
    expect(Pecahan.bagi('5', '8').bagianKecil()).toEqual([5, 8]);
    expect(Pecahan.bagi((DUA_60 + 1n).toString(), '3').bagianKecil()).toBeUndefined();
    expect(Pecahan.bagi('1', (DUA_60 + 1n).toString()).bagianKecil()).toBeUndefined();
    const x = Pecahan.bagi('7', '12');
    expect(x.bagianKecil()).toBe(x.bagianKecil());
  });
});

describe('Pecahan: yang disimpan', () => {
  it('teks pembulatan setiap jumlah desimal disimpan terpisah', () => {
    const x = Pecahan.bagi('2', '3');
    expect(x.teksBulat(3)).toBe('0.667');
    expect(x.teksBulat(0)).toBe('1');
    expect(x.teksBulat(1)).toBe('0.7');
    expect(x.teksBulat(3)).toBe('0.667');
  });

  it('Decimal yang sama dari buku aturan dibaca sekali', () => {
    const d = new Decimal('12.5');
    expect(Pecahan.dari(d)).toBe(Pecahan.dari(d));
    expect(Pecahan.dari(d).toString()).toBe('12.5');
  });

  it('Number sangat kecil atau sangat besar dibaca tanpa notasi eksponen', () => {
    // String(1e-7) is "1e-7" and String(1e21) is "1e+21": both must be read as plain decimals.
    expect(Pecahan.dari(0.0000001).toString()).toBe('0.0000001');
    expect(Pecahan.dari(1e21).toString()).toBe('1000000000000000000000');
    expect(Pecahan.dari(2.5).toString()).toBe('2.5');
  });
});
