// The one home of the calendar's month lengths and of "today in WIB", checked against the calendar itself.
import { describe, expect, it } from 'vitest';
import { hariDalamBulan, parseBulan, tanggalTerakhir } from '../../src/domain/tanggal.ts';
import { todayInJakarta } from '../../src/hari-ini.ts';
import { periksaNip } from '../../src/input/nip.ts';

describe('hari dalam bulan', () => {
  it('Februari 29 hari pada tahun kabisat (2024, 2000), 28 pada 2023 dan 1900; April 30; Desember 31', () => {
    expect([hariDalamBulan(2024, 2), hariDalamBulan(2000, 2), hariDalamBulan(2023, 2), hariDalamBulan(1900, 2)]).toEqual([29, 29, 28, 28]);
    expect([hariDalamBulan(2024, 4), hariDalamBulan(2024, 12), hariDalamBulan(2024, 1)]).toEqual([30, 31, 31]);
  });

  it('tanggal terakhir bulan: 2024-02 → 2024-02-29, 2022-12 → 2022-12-31, 2023-06 → 2023-06-30', () => {
    expect(tanggalTerakhir(parseBulan('2024-02')!)).toBe('2024-02-29');
    expect(tanggalTerakhir(parseBulan('2022-12')!)).toBe('2022-12-31');
    expect(tanggalTerakhir(parseBulan('2023-06')!)).toBe('2023-06-30');
  });

  it('NIP memakai kalender yang sama: lahir 29 Februari 1992 sah, 29 Februari 1991 tidak', () => {
    expect(periksaNip('199202292015031001')).toBeUndefined();
    expect(periksaNip('199102292015031001')).toMatch(/tanggal lahir yang sah/);
  });
});

describe('hari ini di WIB (UTC+7)', () => {
  it('31 Mei 2024 16.59.59 UTC masih 31 Mei di Jakarta; 17.00 UTC sudah 1 Juni', () => {
    expect(todayInJakarta(new Date('2024-05-31T16:59:59Z'))).toBe('2024-05-31');
    expect(todayInJakarta(new Date('2024-05-31T17:00:00Z'))).toBe('2024-06-01');
  });
});
