// "Kapan saya bisa naik?": projections worked out by hand from rules/ (koefisien, ambang, syarat, kalender).
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

describe('proyeksi kenaikan pangkat', () => {
  it('Ahli Pertama III/a dari 0 dengan Baik mencapai 50 setelah 48 bulan (50 / (12,5/12))', () => {
    const h = hitung(aturan, dasar({ tmtPangkat: '2023-01-01', tmtJenjang: '2023-01-01', tanggalPerhitungan: '2023-01-15' }));
    const l = h.proyeksi!.langkah[0]!;
    expect(l.ke.kode).toBe('III/b');
    // 48 bulan Januari 2023 – Desember 2026; tercapai awal Januari 2027; kalender PerBKN 4/2025: tanggal 1 setiap bulan.
    expect(l.akTercapai.tanggal).toBe('2027-01-01');
    expect(l.tmt.tanggal).toBe('2027-01-01');
  });

  it('dengan Sangat Baik setelah 32 bulan (50 / (18,75/12)); 1 September 2025 bukan tanggal PerBKN 4/2023 → 1 Oktober 2025', () => {
    const h = hitung(
      aturan,
      dasar({
        tmtPangkat: '2023-01-01',
        tmtJenjang: '2023-01-01',
        tanggalPerhitungan: '2023-01-15',
        proyeksi: { predikat: 'Sangat Baik' },
      }),
    );
    const l = h.proyeksi!.langkah[0]!;
    expect(l.akTercapai.tanggal).toBe('2025-09-01');
    expect(l.tmt.tanggal).toBe('2025-10-01');
  });

  it('perbandingan: Sangat Baik 15 bulan lebih cepat daripada Baik untuk III/b (Oktober 2025 vs Januari 2027)', () => {
    const h = hitung(aturan, dasar({ tmtPangkat: '2023-01-01', tmtJenjang: '2023-01-01', tanggalPerhitungan: '2023-01-15' }));
    const b = h.proyeksi!.banding[0]!;
    expect(b).toMatchObject({ tmtDasar: '2027-01-01', tmtSangatBaik: '2025-10-01', selisihBulan: 15 });
    expect(b.kalimat).toContain('15 bulan lebih cepat');
  });

  it('sebelum 1 Januari 2024: tercapai 1 Juni 2023 → TMT 1 Oktober 2023 (1 April/1 Oktober)', () => {
    // 45 + 5 bulan × 12,5/12 = 45 + 5,208 ≥ 50 pada akhir Mei 2023.
    const h = hitung(aturan, dasar({ tanggalPerhitungan: '2023-01-15', angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '45' }] }));
    expect(h.proyeksi!.langkah[0]!.akTercapai.tanggal).toBe('2023-06-01');
    expect(h.proyeksi!.langkah[0]!.tmt.tanggal).toBe('2023-10-01');
  });

  it('melintasi 1 Januari 2024: tercapai 1 Desember 2023 → TMT 1 Februari 2024', () => {
    // 39 + 11 × 12,5/12 = 39 + 11,458 ≥ 50 pada akhir November 2023 (10 bulan baru 10,417).
    const h = hitung(aturan, dasar({ tanggalPerhitungan: '2023-01-15', angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '39' }] }));
    expect(h.proyeksi!.langkah[0]!.akTercapai.tanggal).toBe('2023-12-01');
    expect(h.proyeksi!.langkah[0]!.tmt.tanggal).toBe('2024-02-01');
  });

  it('sesudah 1 Oktober 2025: tercapai 1 November 2025 → TMT 1 November 2025', () => {
    // Awal 27,5 + 2024 Baik 12,5 = 40; kurang 10 = 9,6 bulan → 10 bulan (Januari–Oktober 2025) → tercapai 1 November 2025.
    const h = hitung(
      aturan,
      dasar({
        tanggalPerhitungan: '2025-01-15',
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '27.5' }],
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(h.proyeksi!.langkah[0]!.akTercapai.tanggal).toBe('2025-11-01');
    expect(h.proyeksi!.langkah[0]!.tmt.tanggal).toBe('2025-11-01');
  });

  it('kenaikan jenjang menunggu syarat 1 tahun dalam jenjang walau angka kredit sudah cukup', () => {
    // Ahli Pertama III/b sejak 1 Juni 2024 (perpindahan), AK 100 sudah cukup; masa jenjang terpenuhi 1 Juni 2025 (Juni termasuk PerBKN 4/2023).
    const h = hitung(
      aturan,
      dasar({
        golongan: 'III/b',
        tmtPangkat: '2022-01-01',
        tmtJenjang: '2024-06-01',
        tanggalPerhitungan: '2024-07-10',
        angkaKreditAwal: [{ jenis: 'ak_dasar', angkaKredit: '100' }],
      }),
    );
    const l = h.proyeksi!.langkah[0]!;
    expect(l.jenis).toBe('kenaikan_pangkat_dan_jenjang');
    expect(l.jenjangTujuan!.id).toBe('ahli_muda');
    expect(l.akTercapai.tanggal).toBe('2024-07-10');
    expect(l.memenuhiSyarat.tanggal).toBe('2025-06-01');
    expect(l.tmt.tanggal).toBe('2025-06-01');
    expect(l.kalimat).toContain('menunggu masa 1 tahun dalam jenjang Ahli Pertama');
  });

  it('rantai berhenti di puncak Pranata Humas: Ahli Madya IV/a → IV/b → IV/c, tanpa KJ ke Ahli Utama', () => {
    const h = hitung(
      aturan,
      dasar({
        jabatanFungsional: 'pranata_humas',
        jenjang: 'ahli_madya',
        golongan: 'IV/a',
        tmtPangkat: '2023-01-01',
        tmtJenjang: '2023-01-01',
        tanggalPerhitungan: '2023-01-15',
      }),
    );
    const p = h.proyeksi!;
    expect(p.langkah.map((l) => l.ke.kode)).toEqual(['IV/b', 'IV/c']);
    // 150 / 37,5 = 4 tahun; IV/b tercapai 1 Januari 2027; 300 tercapai 4 tahun kemudian: 1 Januari 2031.
    expect(p.langkah.map((l) => l.akTercapai.tanggal)).toEqual(['2027-01-01', '2031-01-01']);
    expect(p.berhenti).toContain('Ahli Utama');
  });

  it('setelah kenaikan jenjang angka kredit mulai dari 0 di jenjang baru', () => {
    const h = hitung(
      aturan,
      dasar({
        golongan: 'III/b',
        tmtPangkat: '2022-01-01',
        tmtJenjang: '2021-04-01',
        tanggalPerhitungan: '2024-07-10',
        angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '100' }],
      }),
    );
    const [kj, berikut] = h.proyeksi!.langkah;
    // KP+KJ ke Ahli Muda III/c pada 1 Agustus 2024 (PerBKN 4/2023); lalu III/d butuh 100 dari 0 pada koefisien 25: 48 bulan.
    expect(kj!.tmt.tanggal).toBe('2024-08-01');
    expect(berikut!.ke.kode).toBe('III/d');
    expect(berikut!.akTercapai.tanggal).toBe('2028-08-01');
    const titikReset = h.proyeksi!.seri.find((t) => t.bulan === '2024-07' && t.jenjang === 'ahli_muda');
    expect(titikReset?.kumulatif).toBe('0.000');
  });

  it('kekurangan kecil ditutup dengan konversi periodik: kurang 1,5 → 2 bulan Baik (2/12 × 100% × 12,5 = 2,083)', () => {
    const h = hitung(aturan, dasar({ angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '48.5' }] }));
    expect(h.proyeksi!.penutupKekurangan).toMatchObject({ bulan: 2, rumus: '2/12 × 100% × 12,5 = 2,083' });
  });

  it('asumsi predikat yang tidak dikenal ditolak dengan nama kolomnya', () => {
    expect(() => hitung(aturan, dasar({ proyeksi: { predikat: 'Hebat' } }))).toThrowError(/proyeksi.predikat/);
  });
});
