// Konversi of one period (src/domain/konversi.ts), called directly: AK = bulan/12 × persen × koefisien
// (PerBKN 3/2023 Pasal 13 ayat (1), rules/konversi.yaml), the formula as BKN writes it, the kernel's
// integer over its denominator, and the years a period spans. Expected values by hand from
// rules/predikat.yaml (Baik 100%, Sangat Baik 150%) and rules/jenjang.yaml (Ahli Pertama 12,5).
// The kernel's denominator for rules/ is 12 × 100 × 1 × 4 = 4800 (whole percentages; koefisien
// multiples of 1/4, e.g. 3,75 = 15/4), see src/domain/kernel.ts.
import { describe, expect, it } from 'vitest';
import type { Aturan } from '../../src/domain/aturan.ts';
import type { MasalahMasukan } from '../../src/domain/galat.ts';
import { bacaPenilaian, hitungKonversi, tahunPeriode, type KonteksPeriode, type PeriodeTerbaca } from '../../src/domain/konversi.ts';
import type { Penilaian } from '../../src/domain/masukan.ts';
import { tanpaKernel } from '../../src/domain/kernel.ts';
import { aturan } from '../helpers/aturan.ts';

/** Month number of "YYYY-MM" (year × 12 + month − 1), written out here. */
const bln = (y: number, m: number) => y * 12 + m - 1;

function periode(a: Aturan, mulai: number, selesai: number, predikat: string): PeriodeTerbaca {
  return {
    nomor: 1,
    mulai,
    selesai,
    predikat: a.predikat.find((p) => p.id === predikat)!,
    jenjang: a.jenjang.find((j) => j.id === 'ahli_pertama')!,
    dalamJenjang: true,
  };
}

describe('hitungKonversi', () => {
  it('setahun Baik: 12/12 × 100% × 12,5 = 12,5, ditulis tanpa 12/12; 12,5 × 4800 = 60000', () => {
    const k = hitungKonversi(aturan, periode(aturan, bln(2024, 1), bln(2024, 12), 'baik'));
    expect(k.bulan).toBe(12);
    expect([k.angkaKredit.pembilang, k.angkaKredit.penyebut]).toEqual([25n, 2n]);
    expect(k.rumus).toBe('100% × 12,5');
    expect(k.bilangan).toBe(60000);
  });

  it('dua bulan Baik: 2/12 × 100% × 12,5 = 25/12; 25/12 × 4800 = 10000', () => {
    const k = hitungKonversi(aturan, periode(aturan, bln(2024, 1), bln(2024, 2), 'baik'));
    expect(k.bulan).toBe(2);
    expect([k.angkaKredit.pembilang, k.angkaKredit.penyebut]).toEqual([25n, 12n]);
    expect(k.rumus).toBe('2/12 × 100% × 12,5');
    expect(k.bilangan).toBe(10000);
  });

  it('tanpa kernel: nilai yang sama sebagai pecahan, tanpa bilangan', () => {
    const a = { ...aturan };
    tanpaKernel(a);
    // 3/12 × 150% × 12,5 = 0,25 × 1,5 × 12,5 = 4,6875 = 75/16.
    const k = hitungKonversi(a, periode(a, bln(2024, 1), bln(2024, 3), 'sangat_baik'));
    expect([k.angkaKredit.pembilang, k.angkaKredit.penyebut]).toEqual([75n, 16n]);
    expect(k.rumus).toBe('3/12 × 150% × 12,5');
    expect(k).not.toHaveProperty('bilangan');
  });
});

describe('tahunPeriode', () => {
  it('satu tahun atau dua tahun', () => {
    expect(tahunPeriode(periode(aturan, bln(2024, 1), bln(2024, 12), 'baik'))).toBe('2024');
    expect(tahunPeriode(periode(aturan, bln(2024, 11), bln(2025, 1), 'baik'))).toBe('2024–2025');
  });
});

describe('bacaPenilaian: batas setiap pemeriksaan', () => {
  // Ahli Muda since July 2024 (its TMT month is a jenjang boundary), calculated in January 2025; before
  // July 2024 the history says Ahli Pertama.
  function baca(daftar: Penilaian[]): { hasil: PeriodeTerbaca[]; masalah: MasalahMasukan[] } {
    const jenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)!;
    const k: KonteksPeriode = {
      jabatanFungsional: aturan.jabatanFungsional.find((j) => j.id === 'lainnya')!,
      jenjang: jenjang('ahli_muda'),
      bulanTmtJenjang: bln(2024, 7),
      bulanPerhitungan: bln(2025, 1),
      batas: [bln(2024, 7)],
      jenjangPada: (b) => (b < bln(2024, 7) ? jenjang('ahli_pertama') : undefined),
    };
    const masalah: MasalahMasukan[] = [];
    return { hasil: bacaPenilaian(aturan, daftar, k, masalah), masalah };
  }
  const p = (mulai: string, selesai: string, lain: Partial<Penilaian> = {}): Penilaian => ({ mulai, selesai, predikat: 'Baik', ...lain });

  it('satu bulan (mulai = selesai), mulai Januari 2023 (awal konversi), selesai pada bulan perhitungan: diterima', () => {
    const { hasil, masalah } = baca([p('2023-01', '2023-01'), p('2025-01', '2025-01')]);
    expect(masalah).toEqual([]);
    expect(hasil.map((x) => [x.nomor, x.mulai, x.selesai, x.jenjang.id, x.dalamJenjang])).toEqual([
      [1, bln(2023, 1), bln(2023, 1), 'ahli_pertama', false],
      [2, bln(2025, 1), bln(2025, 1), 'ahli_muda', true],
    ]);
  });

  it('Desember 2022 (sebelum konversi), Februari 2025 (sesudah bulan perhitungan), mulai sesudah selesai: ditolak pada kolomnya', () => {
    const { hasil, masalah } = baca([p('2022-12', '2023-01'), p('2025-01', '2025-02'), p('2024-03', '2024-02')]);
    expect(hasil).toEqual([]);
    expect(masalah.map((m) => m.field)).toEqual(['penilaian.0.mulai', 'penilaian.1.selesai', 'penilaian.2.selesai']);
  });

  it('bulan dan predikat yang tidak sah ditolak sekaligus pada kolomnya', () => {
    const { masalah } = baca([p('2024-13', '2024/12', { predikat: 'Istimewa' })]);
    expect(masalah.map((m) => m.field)).toEqual(['penilaian.0.mulai', 'penilaian.0.selesai', 'penilaian.0.predikat']);
  });

  it('hanya bulan mulai, atau hanya bulan selesai, yang tidak sah: periode itu tidak dibaca', () => {
    const mulai = baca([p('2024-1', '2024-12')]);
    expect(mulai.masalah.map((m) => m.field)).toEqual(['penilaian.0.mulai']);
    expect(mulai.hasil).toEqual([]);
    const selesai = baca([p('2024-07', '2024-00')]);
    expect(selesai.masalah.map((m) => m.field)).toEqual(['penilaian.0.selesai']);
    expect(selesai.hasil).toEqual([]);
  });

  it('sesudah TMT jenjang, jenjang saat ini boleh disebut', () => {
    const { hasil, masalah } = baca([p('2024-07', '2024-12', { jenjang: 'ahli_muda' })]);
    expect(masalah).toEqual([]);
    expect(hasil.map((x) => [x.jenjang.id, x.dalamJenjang])).toEqual([['ahli_muda', true]]);
  });

  it('periode yang berakhir Juni 2024 atau mulai Juli 2024 tidak melintasi TMT jenjang; Juni–Juli melintasi', () => {
    expect(baca([p('2024-01', '2024-06'), p('2024-07', '2024-12')]).masalah).toEqual([]);
    const { masalah } = baca([p('2024-06', '2024-07')]);
    expect(masalah.map((m) => m.field)).toEqual(['penilaian.0.selesai']);
    expect(masalah[0]!.pesan).toContain('sampai Juni 2024 dan mulai Juli 2024');
  });

  it('jenjang dari riwayat dipakai bila tidak disebut; yang disebut harus sama dengan riwayat', () => {
    const { hasil, masalah } = baca([p('2024-01', '2024-03'), p('2024-04', '2024-06', { jenjang: 'ahli_pertama' })]);
    expect(masalah).toEqual([]);
    expect(hasil.map((x) => x.jenjang.id)).toEqual(['ahli_pertama', 'ahli_pertama']);
    const salah = baca([p('2024-01', '2024-03', { jenjang: 'ahli_madya' })]);
    expect(salah.masalah.map((m) => m.field)).toEqual(['penilaian.0.jenjang']);
    expect(salah.hasil).toEqual([]);
  });

  it('bersambung diterima; berbagi satu bulan ditolak pada periode yang mulai lebih akhir', () => {
    expect(baca([p('2024-07', '2024-09'), p('2024-10', '2024-12')]).masalah).toEqual([]);
    const { masalah } = baca([p('2024-10', '2024-12'), p('2024-07', '2024-10')]);
    expect(masalah.map((m) => m.field)).toEqual(['penilaian.0.mulai']);
  });
});
