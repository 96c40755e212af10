// Indonesian display, checked against tables written by hand: month names, the decimal comma, thousands
// dots (also past six digits), the minus sign, and half-up rounding away from zero.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatAngkaKredit, formatBulan, formatDesimal, formatDurasi, formatRentangBulan, formatTanggal } from '../../src/domain/format.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { parseBulan } from '../../src/domain/tanggal.ts';

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

describe('tanggal dan bulan dengan nama bulan Indonesia', () => {
  it('setiap bulan: "2024-MM-01" menjadi "1 <nama bulan> 2024"', () => {
    BULAN.forEach((nama, i) => {
      expect(formatTanggal(`2024-${String(i + 1).padStart(2, '0')}-01`)).toBe(`1 ${nama} 2024`);
    });
    expect(formatTanggal('2025-12-31')).toBe('31 Desember 2025');
    expect(formatTanggal('2023-01-09')).toBe('9 Januari 2023');
  });

  it('bulan dan rentang bulan', () => {
    const b = (t: string) => parseBulan(t)!;
    expect(formatBulan(b('2024-01'))).toBe('Januari 2024');
    expect(formatBulan(b('2024-12'))).toBe('Desember 2024');
    expect(formatRentangBulan(b('2024-06'), b('2024-06'))).toBe('Juni 2024');
    expect(formatRentangBulan(b('2024-03'), b('2024-11'))).toBe('Maret–November 2024');
    expect(formatRentangBulan(b('2023-12'), b('2024-01'))).toBe('Desember 2023 – Januari 2024');
  });

  it('durasi dalam tahun dan bulan', () => {
    expect(formatDurasi(0)).toBe('0 bulan');
    expect(formatDurasi(-3)).toBe('0 bulan');
    expect(formatDurasi(1)).toBe('1 bulan');
    expect(formatDurasi(11)).toBe('11 bulan');
    expect(formatDurasi(12)).toBe('1 tahun');
    expect(formatDurasi(13)).toBe('1 tahun 1 bulan');
    expect(formatDurasi(36)).toBe('3 tahun');
    expect(formatDurasi(47)).toBe('3 tahun 11 bulan');
  });
});

describe('angka dalam format Indonesia', () => {
  const tabel: [string, number | undefined, string][] = [
    ['0', undefined, '0'],
    ['12', undefined, '12'],
    ['999', undefined, '999'],
    ['1000', undefined, '1.000'],
    ['12345', undefined, '12.345'],
    ['123456', undefined, '123.456'],
    ['123456.789', undefined, '123.456,789'],
    ['1234567', undefined, '1.234.567'],
    ['1234567.5', 3, '1.234.567,500'],
    ['2.0833', undefined, '2,0833'],
    ['-1234.5', undefined, '-1.234,5'],
    ['-123456', 2, '-123.456,00'],
    ['-50', 3, '-50,000'],
    ['999.9995', 3, '1.000,000'],
    ['-999.9995', 3, '-1.000,000'],
    ['2.0825', 3, '2,083'],
    ['2.0824', 3, '2,082'],
    ['-0.0005', 3, '-0,001'],
    ['-0.0004', 3, '0,000'],
    ['0.5', 0, '1'],
  ];
  for (const [teks, desimal, harapan] of tabel) {
    it(`${teks}${desimal === undefined ? '' : ` (${desimal} desimal)`} → ${harapan}`, () => {
      expect(formatDesimal(new Decimal(teks), desimal)).toBe(harapan);
    });
  }

  it('angka kredit pecahan: 25/12 → 2,083 (3 desimal) dan 2,08 (2 desimal); −25/12 → -2,083', () => {
    expect(formatAngkaKredit(Pecahan.bagi('25', '12'), 3)).toBe('2,083');
    expect(formatAngkaKredit(Pecahan.bagi('25', '12'), 2)).toBe('2,08');
    expect(formatAngkaKredit(Pecahan.bagi('-25', '12'), 3)).toBe('-2,083');
    expect(formatAngkaKredit(Pecahan.bagi('1234567', '1'), 3)).toBe('1.234.567,000');
  });
});
