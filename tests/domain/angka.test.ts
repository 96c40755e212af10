// The one reader of a typed amount (src/domain/angka.ts): the Indonesian thousands point the app prints
// ("1.245,5", "1.050,000") is accepted; a point followed by exactly three digits alone ("1.245") is
// refused as ambiguous, with a message that names the field and says how to write either reading.
import { describe, expect, it } from 'vitest';
import { bacaTeksAngka, parseAngkaKredit, pesanAngkaAmbigu } from '../../src/domain/angka.ts';
import { bacaMasukan } from '../../src/input/parse.ts';
import { InputError } from '../../src/domain/galat.ts';
import { dasar } from '../helpers/aturan.ts';

describe('bacaTeksAngka', () => {
  it.each([
    ['50', '50'],
    ['0', '0'],
    ['75,63', '75.63'],
    ['75.63', '75.63'],
    ['12.5', '12.5'],
    ['0.125', '0.125'],
    ['1000.125', '1000.125'],
    ['2.0833', '2.0833'],
    [' 12,5 ', '12.5'],
    ['1.245,5', '1245.5'],
    ['1.050,000', '1050.000'],
    ['12.500,25', '12500.25'],
    ['1.050.000', '1050000'],
    ['1.050.000,5', '1050000.5'],
  ])('%j diterima sebagai %s', (teks, polos) => {
    expect(bacaTeksAngka(teks)).toEqual({ polos });
  });

  it.each(['1.245', '12.500', '999.999', '1.050'])('%j ditolak karena bermakna ganda', (teks) => {
    expect(bacaTeksAngka(teks)).toEqual({ salah: 'ambigu' });
  });

  it.each(['', ',5', '5,', '1,2,3', '-1', '1e3', '1,245.5', '1.24.5', '12.34,5', '01.245,5', '1.2450,5', '1 245', 'Rp 5', '1.245,'])(
    '%j ditolak karena bukan angka',
    (teks) => {
      expect(bacaTeksAngka(teks)).toEqual({ salah: 'bentuk' });
    },
  );

  it('nilai eksak: 1.050,000 = 1050; 1.245,5 = 2491/2', () => {
    expect(parseAngkaKredit('1.050,000')!.toString()).toBe('1050');
    expect(parseAngkaKredit('1.245,5')!.toString()).toBe('1245.5');
    expect(parseAngkaKredit('1.245')).toBeUndefined();
  });

  it('pesan bermakna ganda menyebut isian dan kedua cara menulisnya', () => {
    expect(pesanAngkaAmbigu('Angka kredit', '1.245')).toBe(
      'Angka kredit "1.245" bermakna ganda: 1245 (titik sebagai pemisah ribuan) atau 1,245 (titik sebagai tanda desimal). Tulis 1245 atau 1.245,0 untuk yang pertama, 1,245 untuk yang kedua.',
    );
  });
});

function masalah(data: unknown) {
  try {
    bacaMasukan(data);
  } catch (e) {
    return (e as InputError).masalah;
  }
  throw new Error('seharusnya ditolak');
}

describe('dokumen masukan: angka dengan pemisah ribuan', () => {
  it('"1.050,000" dan "1.245,5" diterima; mesin membacanya 1050 dan 1245,5', () => {
    const { masukan } = bacaMasukan({
      ...dasar(),
      angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '1.245,5' }],
      pakIntegrasi: { akKonvensional: '1.050,000', jenjang: 'ahli_utama', golongan: 'IV/d' },
    });
    expect(parseAngkaKredit(masukan.angkaKreditAwal[0]!.angkaKredit)!.toString()).toBe('1245.5');
    expect(parseAngkaKredit(masukan.pakIntegrasi!.akKonvensional)!.toString()).toBe('1050');
  });

  it('"1.245" ditolak dengan pesan yang menyebut isiannya', () => {
    const ms = masalah({ ...dasar(), angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '1.245' }] });
    expect(ms).toEqual([{ field: 'angkaKreditAwal.0.angkaKredit', pesan: pesanAngkaAmbigu('Angka kredit', '1.245') }]);
  });

  it('"AK kumulatif konvensional" yang bermakna ganda disebut dengan labelnya', () => {
    const ms = masalah({ ...dasar(), pakIntegrasi: { akKonvensional: '550.630', jenjang: 'ahli_madya', golongan: 'IV/b' } });
    expect(ms).toEqual([{ field: 'pakIntegrasi.akKonvensional', pesan: pesanAngkaAmbigu('AK kumulatif konvensional', '550.630') }]);
    expect(ms[0]!.pesan).toContain('Tulis 550630 atau 550.630,0 untuk yang pertama, 550,630 untuk yang kedua.');
  });

  it('campuran gaya Inggris "1,245.5" ditolak dengan petunjuk koma desimal', () => {
    const ms = masalah({ ...dasar(), angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '1,245.5' }] });
    expect(ms[0]!.field).toBe('angkaKreditAwal.0.angkaKredit');
    expect(ms[0]!.pesan).toContain('koma sebagai tanda desimal, titik hanya sebagai pemisah ribuan (1.245,5)');
  });

  it('angka JSON tidak pernah bermakna ganda: 1.245 tetap 1,245; 150.63 disimpan apa adanya', () => {
    const { masukan } = bacaMasukan({
      ...dasar(),
      angkaKreditAwal: [
        { jenis: 'lainnya', angkaKredit: 1.245 },
        { jenis: 'lainnya', angkaKredit: 150.63 },
      ],
    });
    expect(masukan.angkaKreditAwal.map((a) => a.angkaKredit)).toEqual(['1,245', '150.63']);
    expect(parseAngkaKredit(masukan.angkaKreditAwal[0]!.angkaKredit)!.toString()).toBe('1.245');
  });

  it('batas digit dihitung tanpa titik ribuan: "123.456.789,5" (9 angka) diterima, "1.234.567.890" (10) tidak', () => {
    expect(() => bacaMasukan({ ...dasar(), angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '123.456.789,5' }] })).not.toThrow();
    const ms = masalah({ ...dasar(), angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '1.234.567.890' }] });
    expect(ms[0]!.pesan).toBe('Angka kredit paling banyak 9 angka di depan koma dan 6 angka di belakang koma.');
  });
});
