// The PDFs read as an auditor's PDF reader sees them: the right figures, names, statements and
// citations in the right document. Expected figures are worked out from the rules, not copied.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/galat.ts';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { UKURAN_KERTAS } from '../../src/pdf/render.ts';
import { aturan, masukanContoh, pdf, teks } from './helpers.ts';

// Ahli Pertama, koefisien 12,5 (PerBKN 3/2023 Lampiran I):
//   2023, 12 bulan Sangat Baik: 150% × 12,5            = 18,750
//   2024, Januari–Februari Baik: 2/12 × 100% × 12,5    = 25/12 = 2,083 (BKN: 2,08)
//   konversi 18,75 + 25/12 = 20,8333…                   → 20,833
//   kumulatif 12,5 (AK Integrasi) + 20,8333…           → 33,333
//   KP III/a→III/b at 50: kekurangan 16,6666…          → 16,667
//   KJ Ahli Pertama→Ahli Muda at 100: kekurangan       → 66,667

describe('Konversi Predikat Kinerja ke Angka Kredit (Lampiran II angka 10)', () => {
  it('Ahli Pertama, Sangat Baik 12 bulan dan Baik Januari–Februari: 18,750 dan 2,083, dengan rumusnya', async () => {
    const t = await teks((await pdf('konversi')).pdf);
    expect(t).toContain('KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT');
    expect(t).toContain('NOMOR: 800/17/BKD/2025');
    expect(t).toContain('150% × 12,5 = 18,750');
    expect(t).toContain('2/12 × 100% × 12,5 = 2,083');
    expect(t).toContain('20,833');
    expect(t).toContain('Rina Pertiwi Contoh');
    expect(t).toContain('199001012015032001');
    expect(t).toContain('Penata Muda / III/a / 1 April 2022');
    // Periode: first day of the first month to the last day of the last (2024 is a leap year).
    expect(t).toContain('1 Januari 2023 s.d. 29 Februari 2024');
    expect(t).toContain('PerBKN 3/2023, Pasal 13 ayat (1)');
    expect(t).toContain('Pada tanggal : 1 Februari 2025');
    expect(t).toContain('Budi Santoso Contoh');
    expect(t).toContain('NIP. 197501012000031002');
    expect(t).not.toContain('PENETAPAN ANGKA KREDIT');
  });

  it('two display decimals on request: 2,08 as in BKN material', async () => {
    const t = await teks((await pdf('konversi', masukanContoh({ tampilan: { desimal: 2 } }))).pdf);
    expect(t).toContain('2/12 × 100% × 12,5 = 2,08');
    expect(t).toContain('18,75');
  });
});

describe('Akumulasi Angka Kredit (Lampiran II angka 11)', () => {
  it('one row per period with year and months, the total in the jenjang, and the cumulative 33,333', async () => {
    const t = await teks((await pdf('akumulasi')).pdf);
    expect(t).toContain('AKUMULASI ANGKA KREDIT');
    expect(t).toContain('Januari–Desember 2023 (12 bulan)');
    expect(t).toContain('Januari–Februari 2024 (2 bulan)');
    expect(t).toMatch(/Jumlah angka kredit konversi dalam jenjang Ahli Pertama 20,833/);
    expect(t).toMatch(/Angka kredit kumulatif 33,333/);
    expect(t).not.toContain('DIPERTIMBANGKAN');
  });
});

describe('Penetapan Angka Kredit (Lampiran II angka 12)', () => {
  it('Lama/Baru/Jumlah rows, kekurangan for pangkat and jenjang, the statement, signature and Tembusan', async () => {
    const t = await teks((await pdf('penetapan')).pdf);
    expect(t).toContain('PENETAPAN ANGKA KREDIT');
    expect(t).toContain('Masa Penilaian : 1 Januari 2023 s.d. 29 Februari 2024');
    expect(t).toMatch(/AK JF Lama 12,500 0,000 12,500/);
    expect(t).toMatch(/AK Konversi 0,000 20,833 20,833/);
    expect(t).toMatch(/Jumlah Angka Kredit Kumulatif 12,500 20,833 33,333/);
    expect(t).toContain('Kekurangan 16,667');
    expect(t).toContain('Kekurangan 66,667');
    expect(t).toMatch(/DIPERTIMBANGKAN UNTUK KENAIKAN PANGKAT\/\s?JENJANG JABATAN SETINGKAT LEBIH TINGGI MENJADI/);
    expect(t).toContain('PANGKAT/GOLONGAN RUANG PENATA MUDA TINGKAT I (III/b)');
    expect(t).toContain('TIDAK DAPAT dipertimbangkan untuk kenaikan pangkat ke Penata Muda Tingkat I (III/b)');
    expect(t).toContain('ASLI Penetapan Angka Kredit untuk:');
    expect(t).toContain('Tembusan disampaikan kepada:');
    expect(t).toContain('Pimpinan Instansi Pengusul');
    expect(t).toContain('Pejabat Penilai Kinerja');
  });

  it('Tembusan can be edited, and emptied', async () => {
    const d = masukanContoh();
    const t = await teks(
      (await pdf('penetapan', { ...d, dokumen: { ...(d.dokumen as object), tembusan: 'Sekretaris Daerah\nInspektur' } })).pdf,
    );
    expect(t).toContain('Sekretaris Daerah');
    expect(t).not.toContain('Pimpinan Instansi Pengusul');
    const kosong = await teks((await pdf('penetapan', { ...d, dokumen: { ...(d.dokumen as object), tembusan: [] } })).pdf);
    expect(kosong).not.toContain('Tembusan disampaikan kepada:');
  });
});

describe('Lembar Perhitungan', () => {
  it('every step with its formula and source, the conditions, the rules version and the rounding policy', async () => {
    const t = await teks((await pdf('lembar-perhitungan')).pdf);
    expect(t).toContain('LEMBAR PERHITUNGAN ANGKA KREDIT');
    expect(t).toContain(`Versi aturan : ${aturan.versi}`);
    expect(t).toContain('dibulatkan ke 3 desimal');
    expect(t).toContain('PermenPAN-RB 1/2023, Pasal 37 ayat (1) huruf a');
    expect(t).toContain('12,500 + 20,833 = 33,333');
    // The minus sign and Σ are outside WinAnsi: they must come out as themselves (embedded font).
    expect(t).toContain('33,333 − 50,000 = −16,667');
    expect(t).toContain('Σ');
    expect(t).toContain('Masa dalam pangkat Penata Muda (III/a)');
    expect(t).toContain('KEPUTUSAN IMPLEMENTASI');
  });
});

describe('semua dokumen', () => {
  it('one PDF with the four sheets in order', async () => {
    const t = await teks((await pdf('semua')).pdf);
    const urutan = [
      'KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT',
      'AKUMULASI ANGKA KREDIT',
      'PENETAPAN ANGKA KREDIT',
      'LEMBAR PERHITUNGAN ANGKA KREDIT',
    ].map((j) => t.indexOf(j));
    expect(urutan.every((i) => i >= 0)).toBe(true);
    expect([...urutan].sort((a, b) => a - b)).toEqual(urutan);
  });
});

describe('berkas PDF', () => {
  it('the same input and date give byte-identical PDFs', async () => {
    const a = await pdf('semua');
    const b = await pdf('semua');
    expect(Buffer.compare(a.pdf, b.pdf)).toBe(0);
  });

  it('is stamped with the calculation date, not the clock', async () => {
    const s = (await pdf('konversi')).pdf.toString('latin1');
    expect(s).toContain('/CreationDate (D:20250115000000Z)');
    expect(s).toContain('/ModDate (D:20250115000000Z)');
  });

  it('F4 is 215 × 330 mm, A4 is 210 × 297 mm', async () => {
    const d = masukanContoh();
    const f4 = (await pdf('konversi', { ...d, dokumen: { ...(d.dokumen as object), kertas: 'F4' } })).pdf.toString('latin1');
    expect(f4).toContain(`/MediaBox [0 0 ${UKURAN_KERTAS.F4[0]} ${UKURAN_KERTAS.F4[1]}]`);
    expect(Math.round((UKURAN_KERTAS.F4[0] / 72) * 25.4)).toBe(215);
    expect(Math.round((UKURAN_KERTAS.F4[1] / 72) * 25.4)).toBe(330);
    const a4 = (await pdf('konversi')).pdf.toString('latin1');
    expect(a4).toContain(`/MediaBox [0 0 ${UKURAN_KERTAS.A4[0]} ${UKURAN_KERTAS.A4[1]}]`);
  });

  it('one typeface for every sheet: DejaVu Sans Condensed, embedded as a subset, no standard font', async () => {
    for (const jenis of ['konversi', 'lembar-perhitungan'] as const) {
      const b = (await pdf(jenis)).pdf.toString('latin1');
      expect(b).toContain('/FontFile2');
      const fon = new Set([...b.matchAll(/\/BaseFont \/([A-Za-z0-9+_-]+)/g)].map((m) => m[1]!.replace(/^[A-Z]{6}\+/, '')));
      expect([...fon].sort()).toEqual(['DejaVuSansCondensed', 'DejaVuSansCondensed-Bold']);
    }
  });

  it('a logo (PNG) is drawn in the kop; a file that is not an image is refused with the field named', async () => {
    // 1×1 transparent PNG.
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const d = masukanContoh();
    const r = await pdf('konversi', { ...d, dokumen: { ...(d.dokumen as object), logo: `data:image/png;base64,${png}` } });
    expect(r.pdf.toString('latin1')).toContain('/Subtype /Image');
    const salah = buatDokumen(
      aturan,
      { ...d, dokumen: { ...(d.dokumen as object), logo: `data:image/png;base64,${Buffer.from('bukan gambar').toString('base64')}` } },
      'konversi',
    );
    await expect(salah).rejects.toThrow(InputError);
    await expect(salah).rejects.toMatchObject({
      masalah: [{ field: 'dokumen.logo', pesan: 'Isi berkas logo tidak sesuai dengan jenisnya (PNG atau JPEG).' }],
    });
  });

  it('bad document fields and bad input are reported together, each naming its field, in Indonesian', async () => {
    const d = masukanContoh({ jenjang: '' });
    const p = buatDokumen(aturan, { ...d, dokumen: { kertas: 'A3', pejabatNip: '123', tanggalPenetapan: '2025-02-30' } }, 'penetapan');
    await expect(p).rejects.toThrow(InputError);
    const e = await p.catch((x: InputError) => x);
    const fields = (e as InputError).masalah.map((m) => m.field);
    expect(fields).toEqual(expect.arrayContaining(['jenjang', 'dokumen.kertas', 'dokumen.pejabatNip', 'dokumen.tanggalPenetapan']));
    expect((e as InputError).masalah.find((m) => m.field === 'dokumen.kertas')?.pesan).toBe('Ukuran kertas harus A4 atau F4.');
  });
});
