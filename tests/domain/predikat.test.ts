// Reading a predikat as people write it (predikat.ts) and the lists shown in messages; expected values
// from rules/predikat.yaml.
import { describe, expect, it } from 'vitest';
import { cariPredikat, daftarPredikat, daftarPredikatDanSebutan } from '../../src/domain/predikat.ts';
import { aturan } from '../helpers/aturan.ts';

const id = (teks: string) => cariPredikat(aturan, teks)?.predikat.id;

describe('cariPredikat', () => {
  it('huruf besar, garis bawah, tanda hubung dan spasi berlebih tidak berpengaruh', () => {
    expect(['Sangat Baik', 'SANGAT BAIK', 'sangat_baik', 'sangat-baik', ' Sangat  Baik ', '\tsangat__baik\n'].map(id)).toEqual(
      Array(6).fill('sangat_baik'),
    );
    expect(id('butuh perbaikan')).toBe('butuh_perbaikan');
    expect(id('BAIK')).toBe('baik');
  });

  it('menerima id maupun nama buku aturan, juga bila keduanya berbeda', () => {
    // In rules/predikat.yaml every id is its name in snake case; a rule book whose ids are codes
    // ("sb") must still accept both the code and the name.
    const kode = { ...aturan, predikat: aturan.predikat.map((p, i) => ({ ...p, id: `p${i + 1}` })) };
    expect(cariPredikat(kode, 'p1')?.predikat.nama).toBe('Sangat Baik');
    expect(cariPredikat(kode, 'Sangat Baik')?.predikat.id).toBe('p1');
    expect(cariPredikat(kode, 'baik')?.predikat.id).toBe('p2');
    expect(cariPredikat(kode, 'sangat_baik')?.predikat.id).toBe('p1');
    expect(cariPredikat(kode, 'p9')).toBeUndefined();
  });

  it('nama resmi tidak membawa alias', () => {
    expect(cariPredikat(aturan, 'Butuh Perbaikan')).toEqual({ predikat: expect.objectContaining({ id: 'butuh_perbaikan' }) });
    expect('alias' in cariPredikat(aturan, 'Butuh Perbaikan')!).toBe(false);
  });

  it('sebutan lama Cukup dibaca Butuh Perbaikan, dengan aliasnya', () => {
    const r = cariPredikat(aturan, ' cukup ')!;
    expect(r.predikat.id).toBe('butuh_perbaikan');
    expect(r.alias?.sebutan).toBe('Cukup');
  });

  it('yang tidak dikenal: undefined (termasuk kata yang hanya mirip)', () => {
    expect(id('Hebat')).toBeUndefined();
    expect(id('')).toBeUndefined();
    expect(id('sangatbaik')).toBeUndefined();
    expect(id('baik sekali')).toBeUndefined();
  });
});

describe('daftar predikat', () => {
  it('urutan buku aturan, dipisah koma', () => {
    expect(daftarPredikat(aturan)).toBe('Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang');
  });

  it('dengan sebutan lain yang diterima', () => {
    expect(daftarPredikatDanSebutan(aturan)).toBe(
      'Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang (Cukup dibaca Butuh Perbaikan)',
    );
  });

  it('tanpa sebutan lain: hanya daftarnya', () => {
    const tanpaAlias = { ...aturan, predikat: aturan.predikat.map((p) => ({ ...p, alias: [] })) };
    expect(daftarPredikatDanSebutan(tanpaAlias)).toBe('Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang');
  });
});
