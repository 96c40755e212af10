// The office's nomor pattern, worked by hand: placeholders, padding, Roman months, and the patterns refused.
import { describe, expect, it } from 'vitest';
import { masalahPola, POLA_BAWAAN, susunNomor } from '../../src/daftar/nomor.ts';

describe('pola nomor', () => {
  it('pola bawaan, urutan 12, 3 Maret 2027: 12/PAK/2027', () => {
    expect(susunNomor(POLA_BAWAAN, 12, '2027-03-03')).toBe('12/PAK/2027');
  });

  it('{urut:4} mengisi nol di depan; urutan yang lebih panjang tidak dipotong', () => {
    expect(susunNomor('{urut:4}/{tahun}', 7, '2026-01-02')).toBe('0007/2026');
    expect(susunNomor('{urut:2}/{tahun}', 123, '2026-01-02')).toBe('123/2026');
  });

  it('{bulan} dua angka dan {bulanRomawi}: September menjadi 09 dan IX, Desember XII', () => {
    expect(susunNomor('B-{urut}/{bulan}/{bulanRomawi}/{tahun}', 1, '2026-09-30')).toBe('B-1/09/IX/2026');
    expect(susunNomor('{urut}/{bulanRomawi}/{tahun}', 5, '2026-12-01')).toBe('5/XII/2026');
  });

  it('pola yang sah tidak memiliki masalah', () => {
    expect(masalahPola('800.1.13.2/{urut:3}/PAK/{bulanRomawi}/{tahun}')).toBeUndefined();
  });

  it.each([
    ['PAK/{tahun}', 'tepat satu {urut}'],
    ['{urut}/{urut}/{tahun}', 'tepat satu {urut}'],
    ['{urut}/PAK', '{tahun}'],
    ['{urut}/{tahun}/{hari}', 'hanya mengenal'],
    [' {urut}/{tahun}', 'spasi'],
    ['{urut}/\u0007/{tahun}', 'karakter kendali'],
    [`{urut}/{tahun}/${'x'.repeat(100)}`, '1–100 karakter'],
  ])('pola %j ditolak: %s', (pola, pesan) => {
    expect(masalahPola(pola)).toContain(pesan);
  });
});
