// More edges of the input warnings (peringatan.ts, Keputusan 18): one and two gaps in words, and the
// field named for an implausible AK Integrasi computed from the PAK Integrasi section. Base input
// (tests/helpers/aturan.ts): Ahli Pertama III/a, TMT jenjang 1 April 2021, calculated on 15 Januari 2025,
// so the months expected to carry a predikat are Januari 2023 (konversi.yaml) – Desember 2024.
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

const peringatan = (over: Partial<Masukan>) => hitung(aturan, dasar(over), { tanpaProyeksi: true, tanpaPenjelasan: true }).peringatan;
const baik = (mulai: string, selesai: string) => ({ mulai, selesai, predikat: 'Baik' });

describe('bulan tanpa predikat, dalam kata', () => {
  it('satu celah satu bulan: "Juli 2023 … (1 bulan)"', () => {
    expect(peringatan({ penilaian: [baik('2023-01', '2023-06'), baik('2023-08', '2024-12')] }).map((w) => w.teks)).toEqual([
      'Juli 2023 belum ada predikat (1 bulan): bulan itu tidak menambah angka kredit.',
    ]);
  });

  it('dua celah: "Januari 2023 dan Juli 2023 … (2 bulan)"', () => {
    expect(peringatan({ penilaian: [baik('2023-02', '2023-06'), baik('2023-08', '2024-12')] }).map((w) => w.teks)).toEqual([
      'Januari 2023 dan Juli 2023 belum ada predikat (2 bulan): bulan itu tidak menambah angka kredit.',
    ]);
  });
});

describe('angka kredit tidak wajar dari bagian PAK Integrasi', () => {
  it('500 − nilai dasar 100 = 400 > 3 × 100: kolomnya pakIntegrasi.akKonvensional', () => {
    const w = peringatan({
      penilaian: [baik('2023-01', '2024-12')],
      pakIntegrasi: { akKonvensional: '500', jenjang: 'ahli_pertama', golongan: 'III/a' },
    }).filter((x) => x.kode === 'angka_kredit_tidak_wajar');
    expect(w.map((x) => x.kolom)).toEqual([['pakIntegrasi.akKonvensional']]);
    expect(w[0]!.teks).toContain('(bagian PAK Integrasi)');
  });
});
