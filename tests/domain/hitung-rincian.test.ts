// The rows and series hitung (src/domain/hitung.ts) assembles around the calculation: the konversi
// rows' fields, the starting AK rows, the recorded chart series and the projection's assumed predikat.
// Expected values are worked out by hand from rules/ (predikat.yaml: Sangat Baik 150%, Baik 100%,
// Kurang 50%; jenjang.yaml: Ahli Pertama 12,5; pembulatan.yaml: 3 decimals, half up), never read back
// from the code. Everything is computed inside each `it`, so Stryker knows which test runs which mutant.
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { tanpaKernel } from '../../src/domain/kernel.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

describe('baris konversi', () => {
  it('periode sebelum dan sesudah TMT jenjang: persen, koefisien, tahun, dihitung, keterangan, sumber', () => {
    const h = hitung(
      aturan,
      dasar({
        tmtJenjang: '2024-01-01',
        penilaian: [
          { mulai: '2023-01', selesai: '2023-12', predikat: 'Baik', jenjang: 'ahli_pertama' },
          { mulai: '2024-11', selesai: '2025-01', predikat: 'Sangat Baik' },
        ],
        tanggalPerhitungan: '2025-02-15',
      }),
    );
    const [a, b] = h.konversi;
    // 12/12 × 100% × 12,5 = 12,5, before the TMT jenjang: listed, not counted.
    expect(a).toMatchObject({
      nomor: 1,
      mulai: '2023-01',
      selesai: '2023-12',
      tahun: '2023',
      bulan: 12,
      predikat: { id: 'baik', nama: 'Baik' },
      persen: '100%',
      jenjang: { id: 'ahli_pertama', nama: 'Ahli Pertama' },
      koefisien: '12,5',
      angkaKredit: { pasti: '12.5', tampilan: '12,500' },
      dihitung: false,
    });
    expect(a!.keterangan).toMatch(/^Sebelum TMT jenjang Ahli Pertama \(1 Januari 2024\)/);
    // November 2024 – January 2025: 3/12 × 150% × 12,5 = 0,25 × 1,5 × 12,5 = 4,6875 → 4,688.
    expect(b).toMatchObject({
      nomor: 2,
      tahun: '2024–2025',
      bulan: 3,
      persen: '150%',
      koefisien: '12,5',
      angkaKredit: { pasti: '4.6875', tampilan: '4,688' },
      dihitung: true,
    });
    expect(b).not.toHaveProperty('keterangan');
    // Sources: the konversi formula, the predikat's percentage, the jenjang's koefisien.
    expect(a!.sumber.map((s) => [s.instrumen, s.rujukan])).toEqual([
      ['perbkn-3-2023', 'Pasal 13 ayat (1)'],
      ['permenpanrb-1-2023', 'Pasal 37 ayat (1) huruf b'],
      ['perbkn-3-2023', 'sebagaimana disajikan bahan sosialisasi BKN (tidak terlihat dalam naskah Lampiran I)'],
    ]);
    expect(b!.sumber[1]!.rujukan).toBe('Pasal 37 ayat (1) huruf a');
    // Sums: within the jenjang 4,6875; before it 12,5; no starting AK, so the cumulative is 4,6875.
    expect(h.akumulasi.konversiDalamJenjang.pasti).toBe('4.6875');
    expect(h.akumulasi.konversiSebelumJenjang.pasti).toBe('12.5');
    expect(h.akumulasi.kumulatif.pasti).toBe('4.6875');
  });

  it('tanpa kernel bilangan bulat (pecahan saja): jumlah sebelum dan dalam jenjang tetap terpisah', () => {
    const a = { ...aturan };
    tanpaKernel(a);
    const h = hitung(
      a,
      dasar({
        tmtJenjang: '2024-01-01',
        penilaian: [
          { mulai: '2023-01', selesai: '2023-12', predikat: 'Baik', jenjang: 'ahli_pertama' },
          { mulai: '2024-11', selesai: '2025-01', predikat: 'Sangat Baik' },
        ],
        tanggalPerhitungan: '2025-02-15',
      }),
    );
    // As above: 12,5 before the TMT jenjang, 3/12 × 150% × 12,5 = 4,6875 within it.
    expect(h.akumulasi.konversiSebelumJenjang.pasti).toBe('12.5');
    expect(h.akumulasi.konversiDalamJenjang.pasti).toBe('4.6875');
  });

  it('langkah penjelasan memakai nomor periode masukan, dan memuat langkah PAK Integrasi', () => {
    const h = hitung(
      aturan,
      dasar({
        penilaian: [
          { mulai: '2024-07', selesai: '2024-12', predikat: 'Baik' },
          { mulai: '2024-01', selesai: '2024-06', predikat: 'Baik' },
        ],
        pakIntegrasi: { akKonvensional: '120', jenjang: 'ahli_pertama', golongan: 'III/a' },
      }),
    );
    // Rows in time order: row 1 is the input's period 2 (January–June), row 2 its period 1.
    const ids = h.langkah.map((l) => l.id);
    expect(ids.filter((id) => id.startsWith('konversi-'))).toEqual(['konversi-2', 'konversi-1']);
    // PAK Integrasi: 120 − nilai dasar Ahli Pertama 100 = 20.
    const integrasi = h.langkah.find((l) => l.id === 'integrasi');
    expect(integrasi?.angka?.pasti).toBe('20');
  });

  it('catatan pembulatan menyebut jumlah desimal yang dipakai', () => {
    const h = hitung(aturan, dasar(), { desimal: 2 });
    expect(h.pembulatan.desimal).toBe(2);
    expect(h.pembulatan.mode).toBe('setengah-ke-atas');
    expect(h.pembulatan.catatan).toContain('dibulatkan ke 2 desimal');
    expect(h.pembulatan.catatan).not.toContain('{desimal}');
  });
});

describe('baris angka kredit awal', () => {
  it('uraian kosong tidak ditampilkan; uraian yang diisi ditampilkan; jumlahnya angka kredit awal', () => {
    const h = hitung(
      aturan,
      dasar({
        angkaKreditAwal: [
          { jenis: 'ak_dasar', uraian: '', angkaKredit: '10' },
          { jenis: 'lainnya', uraian: 'Catatan fiktif', angkaKredit: '2,5' },
        ],
      }),
    );
    expect(h.angkaKreditAwal[0]).not.toHaveProperty('uraian');
    expect(h.angkaKreditAwal[1]).toMatchObject({ nomor: 2, jenis: 'lainnya', uraian: 'Catatan fiktif', asal: 'masukan', dihitung: true });
    expect(h.angkaKreditAwal[0]!.label).toBe('AK Dasar yang diberikan');
    // 10 + 2,5 = 12,5
    expect(h.akumulasi.awal.pasti).toBe('12.5');
  });
});

describe('angka kredit awal milik jenjang sebelumnya', () => {
  it('PAK Integrasi Ahli Pertama untuk pegawai Ahli Muda: dicantumkan, tidak dihitung, dengan keterangannya', () => {
    const h = hitung(
      aturan,
      dasar({
        jenjang: 'ahli_muda',
        golongan: 'III/c',
        tmtPangkat: '2024-07-01',
        tmtJenjang: '2024-07-01',
        pakIntegrasi: { akKonvensional: '150', jenjang: 'ahli_pertama', golongan: 'III/b' },
        angkaKreditAwal: [{ jenis: 'ak_dasar', angkaKredit: '5' }],
      }),
    );
    const [dasarBaris, integrasi] = h.angkaKreditAwal;
    // 150 − 100 (nilai dasar Ahli Pertama) = 50, belonging to the earlier jenjang.
    expect(integrasi).toMatchObject({ jenis: 'ak_integrasi', asal: 'integrasi', dihitung: false, angkaKredit: { pasti: '50' } });
    expect(integrasi!.keterangan).toMatch(/^Milik jenjang sebelum TMT jenjang Ahli Muda \(1 Juli 2024\)/);
    expect(dasarBaris).toMatchObject({ dihitung: true });
    expect(dasarBaris).not.toHaveProperty('keterangan');
    // Only the typed 5 counts.
    expect(h.akumulasi.awal.pasti).toBe('5');
  });
});

describe('seri tercatat untuk grafik', () => {
  it('setiap bulan periode menambah bagian yang sama, dibulatkan 3 desimal', () => {
    const h = hitung(
      aturan,
      dasar({
        angkaKreditAwal: [{ jenis: 'ak_dasar', angkaKredit: '1' }],
        penilaian: [{ mulai: '2024-01', selesai: '2024-03', predikat: 'Sangat Baik' }],
      }),
    );
    // 3/12 × 150% × 12,5 = 4,6875 over 3 months: 1,5625 a month, on top of the starting 1.
    // 1 + 1,5625 = 2,5625 → 2.563; + 1,5625 = 4,125; + 1,5625 = 5,6875 → 5.688.
    const tercatat = h.proyeksi!.seri.filter((t) => !t.proyeksi);
    expect(tercatat).toEqual([
      { bulan: '2024-01', kumulatif: '2.563', jenjang: 'ahli_pertama', proyeksi: false },
      { bulan: '2024-02', kumulatif: '4.125', jenjang: 'ahli_pertama', proyeksi: false },
      { bulan: '2024-03', kumulatif: '5.688', jenjang: 'ahli_pertama', proyeksi: false },
    ]);
  });
});

describe('seri tercatat: dua periode dan kenaikan jenjang tercatat', () => {
  it('setiap periode dengan nilainya sendiri; tonggak KJ pada bulan jenjang baru', () => {
    const muda: Masukan = dasar({
      jenjang: 'ahli_muda',
      golongan: 'III/c',
      tmtPangkat: '2024-07-01',
      tmtJenjang: '2024-07-01',
      riwayat: [{ tanggal: '2024-07-01', jenis: 'kenaikan_jenjang', jenjang: 'ahli_muda', golongan: 'III/c' }],
      penilaian: [
        { mulai: '2024-05', selesai: '2024-06', predikat: 'Baik', jenjang: 'ahli_pertama' },
        { mulai: '2024-07', selesai: '2024-08', predikat: 'Sangat Baik' },
      ],
    });
    const h = hitung(aturan, muda);
    // Each segment names its konversi rows by their number (1, 2 in time order).
    expect(h.segmen.map((s) => [s.jenjang.id, s.barisKonversi])).toEqual([
      ['ahli_pertama', [1]],
      ['ahli_muda', [2]],
    ]);
    const p = h.proyeksi!;
    // Ahli Pertama, Baik: 1/12 × 100% × 12,5 = 1,041666… a month → 1.042, 2.083.
    // Ahli Muda from 0, Sangat Baik: 1/12 × 150% × 25 = 3,125 a month → 3.125, 6.250.
    expect(p.seri.filter((t) => !t.proyeksi).map((t) => [t.bulan, t.kumulatif, t.jenjang])).toEqual([
      ['2024-05', '1.042', 'ahli_pertama'],
      ['2024-06', '2.083', 'ahli_pertama'],
      ['2024-07', '3.125', 'ahli_muda'],
      ['2024-08', '6.250', 'ahli_muda'],
    ]);
    expect(p.tonggak.filter((t) => t.jenis === 'tercatat_kenaikan_jenjang')).toEqual([
      { bulan: '2024-07', label: 'KJ Ahli Muda', jenis: 'tercatat_kenaikan_jenjang' },
    ]);
  });
});

describe('penutup kekurangan angka kredit', () => {
  it('angka kredit sudah melebihi ambang KP: tidak ada penutup kekurangan', () => {
    // 60 ≥ ambang III/a → III/b 50 (kumulatif.yaml): kelebihan 10.
    const h = hitung(aturan, dasar({ angkaKreditAwal: [{ jenis: 'ak_dasar', angkaKredit: '60' }] }));
    expect(h.kenaikanPangkat.selisih).toMatchObject({ jenis: 'kelebihan', angka: { pasti: '10' } });
    expect(h.proyeksi).not.toHaveProperty('penutupKekurangan');
  });

  it('kekurangan lebih dari setahun konversi: tidak ada penutup kekurangan', () => {
    // 0 of 50: a full year of Baik (12,5) does not close it.
    const h = hitung(aturan, dasar());
    expect(h.kenaikanPangkat.selisih).toMatchObject({ jenis: 'kekurangan', angka: { pasti: '50' } });
    expect(h.proyeksi).not.toHaveProperty('penutupKekurangan');
  });
});

describe('predikat asumsi proyeksi', () => {
  it('pengecualian per tahun diurutkan menurut tahun dan berlaku untuk bulan-bulan tahun itu saja', () => {
    const h = hitung(
      aturan,
      dasar({
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
        tanggalPerhitungan: '2025-01-15',
        proyeksi: {
          predikat: 'Baik',
          perTahun: [
            { tahun: 2026, predikat: 'Kurang' },
            { tahun: 2025, predikat: 'Sangat Baik' },
          ],
        },
      }),
    );
    const p = h.proyeksi!;
    expect(p.asumsi).toBe('Baik, kecuali 2025: Sangat Baik; 2026: Kurang');
    const titik = (bulan: string) => p.seri.find((t) => t.proyeksi && t.bulan === bulan)?.kumulatif;
    // Recorded: 12/12 × 100% × 12,5 = 12,5 at December 2024.
    // 2025 at Sangat Baik: 1/12 × 150% × 12,5 = 1,5625 a month; December 2025: 12,5 + 12 × 1,5625 = 31,25.
    // 2026 at Kurang: 1/12 × 50% × 12,5 = 0,520833… a month; January 2026: 31,25 + 0,5208333 = 31,7708333 → 31.771.
    // 2027 back to Baik: 1,041666… a month; December 2026: 31,25 + 6,25 = 37,5; January 2027: 38,5416666 → 38.542.
    expect(titik('2025-12')).toBe('31.250');
    expect(titik('2026-01')).toBe('31.771');
    expect(titik('2026-12')).toBe('37.500');
    expect(titik('2027-01')).toBe('38.542');
  });

  it('tanpa pengecualian: keterangan hanya predikat dasarnya; dengan Sangat Baik tidak ada perbandingan', () => {
    const h = hitung(aturan, dasar({ proyeksi: { predikat: 'Sangat Baik' } }));
    expect(h.proyeksi!.asumsi).toBe('Sangat Baik');
    expect(h.proyeksi!.banding).toEqual([]);
  });

  it('predikat asumsi yang tidak dikenal ditolak pada kolomnya', () => {
    let pesan: unknown;
    try {
      hitung(aturan, dasar({ proyeksi: { predikat: 'Luar Biasa', perTahun: [{ tahun: 2026, predikat: 'Hebat' }] } }));
    } catch (e) {
      pesan = (e as { masalah: { field: string }[] }).masalah.map((m) => m.field);
    }
    expect(pesan).toEqual(['proyeksi.predikat']);
  });

  it('pengecualian per tahun yang tidak dikenal ditolak pada kolomnya', () => {
    let pesan: unknown;
    try {
      hitung(aturan, dasar({ proyeksi: { perTahun: [{ tahun: 2026, predikat: 'Hebat' }] } }));
    } catch (e) {
      pesan = (e as { masalah: { field: string }[] }).masalah.map((m) => m.field);
    }
    expect(pesan).toEqual(['proyeksi.perTahun.0.predikat']);
  });
});
