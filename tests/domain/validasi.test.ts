// Checking figures written on a document (Keputusan 3, rules/pembulatan.yaml `validasi`).
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { bacaKlaim, periksaKlaim, validasi } from '../../src/domain/validasi.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

// Ahli Pertama, 2 months Baik: 2/12 × 100% × 12,5 = 25/12 = 2,08333…
const duaBulanBaik = Pecahan.bagi(25, 12);
const pilihan = aturan.pembulatan.pilihanDesimal;

describe('angka yang tertulis dibandingkan dengan nilai eksak pada jumlah desimalnya sendiri', () => {
  it.each([
    ['2,08', true, '2,08'],
    ['2,083', true, '2,083'],
    ['2.083', true, '2,083'],
    ['2,09', false, '2,08'],
    ['2,084', false, '2,083'],
    ['2,0833', true, '2,0833'],
    ['2,0834', false, '2,0833'],
  ])('25/12 ditulis "%s": benar = %s (seharusnya %s)', (tertulis, benar, seharusnya) => {
    const r = periksaKlaim(duaBulanBaik, tertulis, pilihan);
    expect(r.benar).toBe(benar);
    expect(r.cara).toBe('pembulatan');
    expect(r.seharusnya).toBe(seharusnya);
  });

  it('angka dengan 0 atau 1 desimal harus eksak: 12,5 benar untuk 12,5; 2,1 salah untuk 25/12', () => {
    expect(periksaKlaim(Pecahan.dari('12.5'), '12,5', pilihan)).toMatchObject({ benar: true, cara: 'eksak' });
    expect(periksaKlaim(Pecahan.dari('18.75'), '18,8', pilihan)).toMatchObject({ benar: false, cara: 'eksak', seharusnya: '18,75' });
    expect(periksaKlaim(duaBulanBaik, '2,1', pilihan)).toMatchObject({ benar: false, cara: 'eksak' });
    expect(periksaKlaim(Pecahan.dari('50'), '50', pilihan)).toMatchObject({ benar: true });
  });

  it('dua belas bulan Baik yang dijumlahkan per bulan: 12,504 salah, 12,500 benar', () => {
    expect(periksaKlaim(Pecahan.dari('12.5'), '12,504', pilihan).benar).toBe(false);
    expect(periksaKlaim(Pecahan.dari('12.5'), '12,500', pilihan).benar).toBe(true);
  });

  it('format Indonesia dengan titik ribuan dibaca; teks bukan angka ditandai salah dengan pesan', () => {
    expect(bacaKlaim('1.050,000')).toMatchObject({ desimal: 3 });
    expect(bacaKlaim('1.050,000')!.nilai.eq(Pecahan.dari('1050'))).toBe(true);
    const r = periksaKlaim(duaBulanBaik, 'dua koma', pilihan);
    expect(r.benar).toBe(false);
    expect(r.pesan).toContain('bukan angka');
  });
});

describe('validasi terhadap hasil perhitungan', () => {
  // Computed inside each test, so mutation testing counts each test's coverage.
  const contoh = () =>
    hitung(
      aturan,
      dasar({
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '10' }],
        penilaian: [
          { mulai: '2024-01', selesai: '2024-02', predikat: 'Baik' },
          { mulai: '2024-03', selesai: '2024-12', predikat: 'Sangat Baik' },
        ],
      }),
    );

  it('menandai setiap angka dan menyebut sumber aturan pemeriksaan', () => {
    const hasil = contoh();
    // Periode 2: 10/12 × 150% × 12,5 = 15,625. Jumlah: 25/12 + 15,625 = 17,708333…; kumulatif + 10 = 27,708333…
    const v = validasi(aturan, hasil, [
      { id: 'konversi.1', tertulis: '2,08' },
      { id: 'konversi.2', tertulis: '15,63' },
      { id: 'jumlahKonversi', tertulis: '17,71' },
      { id: 'kumulatif', tertulis: '27,709' },
    ]);
    expect(v.klaim.map((k) => [k.id, k.benar])).toEqual([
      ['konversi.1', true],
      ['konversi.2', true],
      ['jumlahKonversi', true],
      ['kumulatif', false],
    ]);
    expect(v.klaim[3]!.seharusnya).toBe('27,708');
    expect(v.klaim[0]!.rumus).toContain('2/12');
    expect(v.jumlahBenar).toBe(3);
    expect(v.semuaBenar).toBe(false);
    expect(v.sumber.rujukan).toBe('Keputusan 3');
  });

  it('baris kosong tidak diperiksa', () => {
    const hasil = contoh();
    const v = validasi(aturan, hasil, [
      { id: 'konversi.1', tertulis: '  ' },
      { id: 'kumulatif', tertulis: '27,708' },
    ]);
    expect(v.klaim).toHaveLength(1);
    expect(v.semuaBenar).toBe(true);
  });
});
