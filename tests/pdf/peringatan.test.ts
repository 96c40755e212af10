// The Lembar Perhitungan prints the input warnings in a block of their own, before the steps, as a PDF
// reader extracts it; the official forms (Penetapan) do not. masukanContoh: Ahli Pertama, TMT 1 April
// 2022, periods 2023 and January–February 2024, calculated on 15 January 2025, so March–December 2024
// (10 months) has no predikat.
import { describe, expect, it } from 'vitest';
import { masukanContoh, pdf, teks } from './helpers.ts';

const TEKS = 'Maret–Desember 2024 belum ada predikat (10 bulan): bulan itu tidak menambah angka kredit.';

describe('Lembar Perhitungan: peringatan atas masukan', () => {
  it('when months have no predikat, then a numbered warning with its fix stands before A. LANGKAH PERHITUNGAN', async () => {
    const t = await teks((await pdf('lembar-perhitungan')).pdf);
    const judul = t.indexOf('PERINGATAN ATAS MASUKAN');
    expect(judul).toBeGreaterThan(0);
    expect(t).toContain('Peringatan tidak mengubah angka atau pernyataan pada lembar ini');
    expect(t).toContain(TEKS);
    expect(t).toContain('Saran: Tambahkan periode penilaian dengan predikatnya untuk bulan itu.');
    expect(judul).toBeLessThan(t.indexOf('A. LANGKAH PERHITUNGAN'));
    // Figures as before: 12,5 + 18,75 + 25/12 = 33,333.
    expect(t).toContain('33,333');
  });

  it('when the input is complete, then there is no warnings block', async () => {
    const lengkap = masukanContoh({
      penilaian: [
        { mulai: '2023-01', selesai: '2023-12', predikat: 'Sangat Baik' },
        { mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' },
      ],
    });
    const t = await teks((await pdf('lembar-perhitungan', lengkap)).pdf);
    expect(t).toContain('A. LANGKAH PERHITUNGAN');
    expect(t).not.toContain('PERINGATAN ATAS MASUKAN');
  });

  it('the Penetapan form carries no warnings block', async () => {
    const t = await teks((await pdf('penetapan')).pdf);
    expect(t).not.toContain('PERINGATAN ATAS MASUKAN');
  });
});
