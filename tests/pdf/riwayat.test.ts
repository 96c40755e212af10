// The rest of the rule book on paper: the Integrasi sheet, each jenjang's subtotal in the Akumulasi,
// and the projection in the Lembar Perhitungan. Figures worked out by hand (see tests/cases/*.yaml).
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/galat.ts';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { verifikasiPdf } from '../../src/pdf/verifikasi.ts';
import { aturan, masukanContoh, masukanKarier, teks } from './helpers.ts';

const integrasi = (ak: string) =>
  masukanContoh({
    jabatanFungsional: 'pranata_humas',
    jenjang: 'ahli_madya',
    golongan: 'IV/b',
    tmtPangkat: '2021-04-01',
    tmtJenjang: '2019-04-01',
    angkaKreditAwal: [],
    penilaian: [{ mulai: '2023-01', selesai: '2023-12', predikat: 'Baik' }],
    pakIntegrasi: { akKonvensional: ak, jenjang: 'ahli_madya', golongan: 'IV/b' },
  });

/** Ahli Pertama III/a → KP III/b (April 2024) → KJ Ahli Muda III/c (Juli 2025): tests/cases/riwayat.yaml. */
const karier = masukanKarier('A4');

describe('Perhitungan Penyesuaian Angka Kredit Integrasi', () => {
  it('contoh BKN: 550,63 − 400 = 150,63, dalam rentang IV/b 150–300, dengan sumbernya', async () => {
    const t = await teks((await buatDokumen(aturan, integrasi('550,63'), 'integrasi')).pdf);
    expect(t).toContain('PERHITUNGAN PENYESUAIAN ANGKA KREDIT INTEGRASI');
    expect(t).toContain('550,630 − 400,000 = 150,630');
    expect(t).toContain('sampai dengan 31 Desember 2022');
    expect(t).toContain('150,000 sampai 300,000');
    expect(t).toContain('berada dalam');
    expect(t).toContain('Ketentuan Peralihan');
  });

  it('hasil di luar rentang dicetak dengan peringatan, tanpa dipotong', async () => {
    const t = await teks((await buatDokumen(aturan, integrasi('420'), 'integrasi')).pdf);
    expect(t).toContain('420,000 − 400,000 = 20,000');
    expect(t).toContain('BERADA DI LUAR');
    expect(t).toContain('PERINGATAN');
  });

  it('tanpa PAK Integrasi lembar ini ditolak dengan pesan yang menyebut kolomnya', async () => {
    await expect(buatDokumen(aturan, masukanContoh(), 'integrasi')).rejects.toSatisfy(
      (e) => e instanceof InputError && e.masalah[0]!.field === 'pakIntegrasi',
    );
  });

  it('"semua dokumen" memuat lembar Integrasi bila ada PAK Integrasi, dan tetap terverifikasi', async () => {
    const r = await buatDokumen(aturan, integrasi('550,63'), 'semua');
    expect(await teks(r.pdf)).toContain('PERHITUNGAN PENYESUAIAN ANGKA KREDIT INTEGRASI');
    const v = await verifikasiPdf(aturan, r.pdf);
    expect(v.status).toBe('sesuai');
  });
});

describe('karier lintas jenjang di atas kertas', () => {
  it('Akumulasi memuat subtotal setiap jenjang dan titik angka kredit kembali 0', async () => {
    const t = await teks((await buatDokumen(aturan, karier, 'akumulasi')).pdf);
    expect(t).toContain('RIWAYAT PER JENJANG');
    // Ahli Pertama: 50 + 12,5 + 18,75 + 18,75 + 9,375 = 109,375; Ahli Muda: 4/12 × 25 = 8,333.
    expect(t).toContain('109,375');
    expect(t).toContain('8,333');
    expect(t).toContain('Angka kredit kembali 0 mulai Juli 2025');
    expect(t).toContain('tidak dihitung');
  });

  it('Lembar Perhitungan memuat proyeksi: III/d 100 dari 8,333 pada 25/12 per bulan', async () => {
    const t = await teks((await buatDokumen(aturan, karier, 'lembar-perhitungan')).pdf);
    expect(t).toContain('PROYEKSI KENAIKAN');
    // Kurang 275/3 = 91,667; 25/12 per bulan → 44 bulan (November 2025 – Juni 2029) → tercapai 1 Juli 2029.
    expect(t).toContain('1 Juli 2029');
    expect(t).toContain('Sangat Baik');
  });
});
