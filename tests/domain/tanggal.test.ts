// Dates (YYYY-MM-DD) and months (YYYY-MM), read digit by digit: exactly these shapes, real calendar days.
import { describe, expect, it } from 'vitest';
import { bulanDari, isTanggal, parseBulan, selisihBulan, tambahBulan } from '../../src/domain/tanggal.ts';

describe('tanggal dan bulan', () => {
  it('isTanggal: hanya TTTT-BB-HH dengan hari yang ada di kalender', () => {
    for (const t of ['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01']) expect(isTanggal(t), t).toBe(true);
    for (const t of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-01',
      '2024-01-1',
      ' 2024-01-01',
      '2024-01-01 ',
      '2024/01/01',
      '2024-01-01T00:00',
      '２０２４-01-01',
      '2024-0a-01',
      '',
      '2024-01',
    ]) {
      expect(isTanggal(t), JSON.stringify(t)).toBe(false);
    }
  });

  it('parseBulan: bulan sebagai tahun × 12 + (bulan − 1); bentuk lain ditolak', () => {
    expect(parseBulan('2024-01')).toBe(2024 * 12);
    expect(parseBulan('2024-12')).toBe(2024 * 12 + 11);
    for (const t of ['2024-00', '2024-13', '2024-1', '24-01', '2024-01-01', '2024_01', ' 2024-01', ''])
      expect(parseBulan(t), t).toBeUndefined();
    expect(bulanDari('2025-07-15')).toBe(2025 * 12 + 6);
  });

  it('tambahBulan: hari yang lewat akhir bulan tujuan menjadi hari terakhirnya', () => {
    expect(tambahBulan('2024-01-31', 1)).toBe('2024-02-29');
    expect(tambahBulan('2023-01-31', 1)).toBe('2023-02-28');
    expect(tambahBulan('2024-10-15', 3)).toBe('2025-01-15');
    expect(tambahBulan('2024-03-31', -1)).toBe('2024-02-29');
    expect(tambahBulan('2024-05-01', 0)).toBe('2024-05-01');
  });

  it('selisihBulan: satu bulan terhitung setelah harinya tercapai', () => {
    expect(selisihBulan('2021-04-01', '2025-04-01')).toBe(48);
    expect(selisihBulan('2021-04-15', '2025-04-14')).toBe(47);
    expect(selisihBulan('2024-01-31', '2024-02-29')).toBe(1); // the last day of a shorter month counts
    expect(selisihBulan('2024-01-31', '2024-02-28')).toBe(0);
  });
});
