// Citations and exact values read back (src/domain/rujukan.ts), and the input error's identity
// (src/domain/galat.ts). Expected texts are written out from rules/instruments.yaml by hand.
import { describe, expect, it, vi } from 'vitest';
import type { Sumber } from '../../src/domain/aturan.ts';
import { InputError } from '../../src/domain/galat.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { angka, pecahanDari, rujuk } from '../../src/domain/rujukan.ts';
import { aturan } from '../helpers/aturan.ts';

const sumber = (instrumen: string, rujukan: string): Sumber => ({ instrumen, rujukan, uraian: 'uji', status: 'text' });

describe('rujuk', () => {
  it('when the instrument is in the rule book, then the citation reads "<singkatan>, <rujukan>"', () => {
    const r = rujuk(aturan, sumber('perbkn-3-2023', 'Pasal 13 ayat (1)'));
    expect(r.singkatan).toBe('PerBKN 3/2023');
    expect(r.kutipan).toBe('PerBKN 3/2023, Pasal 13 ayat (1)');
    expect(r.rujukan).toBe('Pasal 13 ayat (1)');
  });

  it('when the instrument id is unknown, then the id itself stands as its short name (no crash)', () => {
    const r = rujuk(aturan, sumber('surat-edaran-uji', 'angka 2'));
    expect(r.singkatan).toBe('surat-edaran-uji');
    expect(r.kutipan).toBe('surat-edaran-uji, angka 2');
  });

  it('when the same source is cited twice, then one frozen citation object is shared', () => {
    const s = sumber('pp-99-2000', 'Pasal 7');
    const r = rujuk(aturan, s);
    expect(rujuk(aturan, s)).toBe(r);
    expect(Object.isFrozen(r)).toBe(true);
  });
});

describe('pecahanDari', () => {
  it('when the text is a reduced fraction, then it is read as that fraction', () => {
    const p = pecahanDari({ pasti: '25/12', desimal: '2.083333333333', tampilan: '2,083' });
    // 25/12 × 12 = 25 and 25/12 × 24 = 50.
    expect(p.kali(Pecahan.dari(12)).toString()).toBe('25');
    expect(p.kali(Pecahan.dari(24)).toString()).toBe('50');
  });

  it('when the text is a decimal, then it is read exactly', () => {
    // 6.25 × 4 = 25.
    expect(pecahanDari({ pasti: '6.25', desimal: '6.25', tampilan: '6,250' }).kali(Pecahan.dari(4)).toString()).toBe('25');
  });

  it('when a value goes through angka and back, then it is the same value', () => {
    const x = Pecahan.bagi(-7, 48);
    expect(pecahanDari(angka(x, 3)).kurang(x).toString()).toBe('0');
  });

  it('when the same text is read twice, then the first reading is reused', () => {
    const a = { pasti: '37/48', desimal: '0.770833333333', tampilan: '0,771' };
    expect(pecahanDari(a)).toBe(pecahanDari(a));
  });

  it('when the memory of read values is full, then a new text is read each time and the memory grows no further', async () => {
    vi.resetModules();
    const baru = await import('../../src/domain/rujukan.ts');
    for (let i = 1; i <= baru.BATAS_PECAHAN_TERBACA; i++) baru.pecahanDari({ pasti: `${i}/7`, desimal: '', tampilan: '' });
    const lewat = { pasti: '1/9999991', desimal: '', tampilan: '' };
    const pertama = baru.pecahanDari(lewat);
    expect(baru.pecahanDari(lewat)).not.toBe(pertama);
    expect(baru.pecahanDari(lewat).toString()).toBe('1/9999991');
    // What was read before it filled is still reused.
    const tujuh = { pasti: '1/7', desimal: '', tampilan: '' };
    expect(baru.pecahanDari(tujuh)).toBe(baru.pecahanDari(tujuh));
  });
});

describe('InputError', () => {
  it('when it is made, then its name says what it is (as stack traces and logs show it) and its message lists every field', () => {
    const e = new InputError([
      { field: 'tmtJenjang', pesan: 'TMT jenjang wajib diisi.' },
      { field: 'penilaian.0.predikat', pesan: 'Predikat tidak dikenal.' },
    ]);
    expect(e.name).toBe('InputError');
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('tmtJenjang: TMT jenjang wajib diisi.; penilaian.0.predikat: Predikat tidak dikenal.');
    expect(e.masalah).toHaveLength(2);
  });
});
