// The Indonesian display rules at their edges (src/domain/format.ts): every month name, thousands
// grouping at every length and with a sign, exact legal values, durations and month ranges. Expected
// texts are written out by hand (the id-ID convention: "." groups thousands, "," before decimals).
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  formatBulan,
  formatDesimal,
  formatDurasi,
  formatNilai,
  formatRentangBulan,
  formatTanggal,
  formatTeksDesimal,
} from '../../src/domain/format.ts';
import { parseBulan } from '../../src/domain/tanggal.ts';

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

describe('nama bulan', () => {
  it.each(BULAN.map((nama, i) => [i + 1, nama] as const))('bulan %i adalah %s, pada tanggal dan pada bulan', (m, nama) => {
    const mm = String(m).padStart(2, '0');
    expect(formatTanggal(`2024-${mm}-09`)).toBe(`9 ${nama} 2024`);
    expect(formatBulan(parseBulan(`2031-${mm}`)!)).toBe(`${nama} 2031`);
  });
});

describe('formatTeksDesimal: pengelompokan ribuan', () => {
  it.each([
    ['0', '0'],
    ['7', '7'],
    ['123', '123'],
    ['1234', '1.234'],
    ['12345', '12.345'],
    ['123456', '123.456'],
    ['1234567', '1.234.567'],
    ['123456789', '123.456.789'],
    ['1234567890', '1.234.567.890'],
    ['1050.000', '1.050,000'],
    ['123456.5', '123.456,5'],
    ['0.25', '0,25'],
    ['-5', '-5'],
    ['-123', '-123'],
    ['-1234', '-1.234'],
    ['-123456', '-123.456'],
    ['-1234567.125', '-1.234.567,125'],
    ['-0.5', '-0,5'],
  ])('%s → %s', (teks, tampil) => {
    expect(formatTeksDesimal(teks)).toBe(tampil);
  });
});

describe('formatNilai dan formatDesimal', () => {
  it('nilai hukum tampil persis seperti tertulis, tanpa nol tambahan', () => {
    expect(formatNilai(new Decimal('12.5'))).toBe('12,5');
    expect(formatNilai(new Decimal('3.75'))).toBe('3,75');
    expect(formatNilai(new Decimal('150'))).toBe('150');
    expect(formatNilai(new Decimal('1500'))).toBe('1.500');
  });
  it('formatDesimal: persis, atau dibulatkan setengah ke atas', () => {
    expect(formatDesimal(new Decimal('2.0835'))).toBe('2,0835');
    expect(formatDesimal(new Decimal('2.0835'), 3)).toBe('2,084');
    expect(formatDesimal(new Decimal('2.0834'), 3)).toBe('2,083');
    expect(formatDesimal(new Decimal('1234.5'), 0)).toBe('1.235');
  });
});

describe('formatDurasi', () => {
  it.each([
    [-1, '0 bulan'],
    [0, '0 bulan'],
    [1, '1 bulan'],
    [11, '11 bulan'],
    [12, '1 tahun'],
    [13, '1 tahun 1 bulan'],
    [24, '2 tahun'],
    [50, '4 tahun 2 bulan'],
  ])('%i bulan → %s', (bulan, teks) => {
    expect(formatDurasi(bulan)).toBe(teks);
  });
});

describe('formatRentangBulan', () => {
  const b = (t: string) => parseBulan(t)!;
  it('satu bulan', () => expect(formatRentangBulan(b('2024-03'), b('2024-03'))).toBe('Maret 2024'));
  it('tahun yang sama', () => expect(formatRentangBulan(b('2024-01'), b('2024-12'))).toBe('Januari–Desember 2024'));
  it('tahun berbeda', () => expect(formatRentangBulan(b('2023-07'), b('2024-06'))).toBe('Juli 2023 – Juni 2024'));
  it('bulan sama, tahun berbeda', () => expect(formatRentangBulan(b('2023-05'), b('2024-05'))).toBe('Mei 2023 – Mei 2024'));
});
