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
