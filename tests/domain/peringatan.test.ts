// Warnings about the input (src/domain/peringatan.ts, Keputusan 18), one by one: present when they
// should be, absent when not, and never changing a figure. Base input (tests/helpers/aturan.ts): Ahli
// Pertama III/a, TMT jenjang 1 April 2021, calculated on 15 January 2025.
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import type { Hasil } from '../../src/domain/hasil.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

/** 2023 and 2024 fully assessed Baik: no month is missing before January 2025. */
const LENGKAP = [
  { mulai: '2023-01', selesai: '2023-12', predikat: 'Baik' },
  { mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' },
];

function hasil(over: Partial<Masukan>): Hasil {
  return hitung(aturan, dasar({ penilaian: LENGKAP, ...over }));
}

const kode = (h: Hasil) => h.peringatan.map((w) => w.kode);

describe('tanpa peringatan', () => {
  it('masukan lengkap dan wajar: daftar peringatan kosong', () => {
    expect(hasil({}).peringatan).toEqual([]);
  });
});

describe('bulan tanpa predikat (sejak Januari 2023 atau TMT jenjang, sampai bulan sebelum tanggal perhitungan)', () => {
  it('2024 tidak diisi: "Januari–Desember 2024 belum ada predikat (12 bulan)"', () => {
    const h = hasil({ penilaian: [LENGKAP[0]!] });
    expect(h.peringatan).toEqual([
      {
        kode: 'bulan_tanpa_predikat',
        teks: 'Januari–Desember 2024 belum ada predikat (12 bulan): bulan itu tidak menambah angka kredit.',
        kolom: ['penilaian'],
        saran:
          'Tambahkan periode penilaian dengan predikatnya untuk bulan itu. Bila predikatnya memang belum ditetapkan, angka kredit dan tanggal pada hasil ini belum memperhitungkan bulan itu.',
      },
    ]);
  });

  it('beberapa celah disebut berurutan: Januari–Februari 2023, Juli 2023 dan Desember 2024 (4 bulan)', () => {
    const h = hasil({
      penilaian: [
        { mulai: '2023-03', selesai: '2023-06', predikat: 'Baik' },
        { mulai: '2023-08', selesai: '2024-11', predikat: 'Baik' },
      ],
    });
    expect(h.peringatan.map((w) => w.teks)).toEqual([
      'Januari–Februari 2023, Juli 2023 dan Desember 2024 belum ada predikat (4 bulan): bulan itu tidak menambah angka kredit.',
    ]);
  });

  it('celah melintasi tahun ditulis dengan kedua tahunnya', () => {
    const h = hasil({
      penilaian: [
        { mulai: '2023-01', selesai: '2023-10', predikat: 'Baik' },
        { mulai: '2024-03', selesai: '2024-12', predikat: 'Baik' },
      ],
    });
    expect(h.peringatan[0]!.teks).toBe(
      'November 2023 – Februari 2024 belum ada predikat (4 bulan): bulan itu tidak menambah angka kredit.',
    );
  });

  it('TMT jenjang sesudah Januari 2023: dihitung sejak bulan TMT jenjang (Juli 2024 → Juli–Desember 2024)', () => {
    const h = hasil({ tmtJenjang: '2024-07-01', tmtPangkat: '2024-07-01', penilaian: [] });
    expect(h.peringatan.map((w) => w.teks)).toEqual([
      'Juli–Desember 2024 belum ada predikat (6 bulan): bulan itu tidak menambah angka kredit.',
    ]);
  });

  it('bulan perhitungan sendiri (Januari 2025) belum perlu berpredikat; tanpa periode sama sekali: 24 bulan', () => {
    expect(hasil({ penilaian: [] }).peringatan[0]!.teks).toBe(
      'Januari 2023 – Desember 2024 belum ada predikat (24 bulan): bulan itu tidak menambah angka kredit.',
    );
  });

  it('dihitung pada Januari 2023: belum ada bulan yang seharusnya berpredikat', () => {
    expect(hasil({ penilaian: [], tanggalPerhitungan: '2023-01-20' }).peringatan).toEqual([]);
  });
});

describe('angka kredit yang sama dimasukkan dua kali', () => {
  const integrasi = { akKonvensional: '112,5', jenjang: 'ahli_pertama', golongan: 'III/a' };

  it('baris AK Integrasi dan bagian PAK Integrasi: keduanya dijumlahkan, diperingatkan', () => {
    // PAK Integrasi: 112,5 − nilai dasar Ahli Pertama III/a 100 = 12,5 (tests/cases/integrasi.yaml rentang).
    const h = hasil({ angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '12,5' }], pakIntegrasi: integrasi });
    expect(h.peringatan).toEqual([
      {
        kode: 'angka_kredit_ganda',
        teks: 'AK Integrasi (PAK konvensional) dimasukkan 2 kali (angka kredit awal baris 1 dan bagian PAK Integrasi), dan semuanya dijumlahkan ke angka kredit kumulatif.',
        kolom: ['angkaKreditAwal.0', 'pakIntegrasi'],
        saran:
          'Bila bagian PAK Integrasi diisi, aplikasi menghitung AK Integrasi dari PAK itu: hapus baris angka kredit awal AK Integrasi, atau kosongkan bagian PAK Integrasi. AK Integrasi diberikan satu kali.',
      },
    ]);
  });

  it('hanya bagian PAK Integrasi, atau hanya satu baris AK Integrasi: tanpa peringatan', () => {
    expect(hasil({ pakIntegrasi: integrasi }).peringatan).toEqual([]);
    expect(hasil({ angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '12,5' }] }).peringatan).toEqual([]);
  });

  it('dua baris AK Dasar', () => {
    const h = hasil({
      angkaKreditAwal: [
        { jenis: 'ak_dasar', angkaKredit: '50' },
        { jenis: 'ak_konversi', angkaKredit: '3' },
        { jenis: 'ak_dasar', angkaKredit: '50' },
      ],
    });
    expect(h.peringatan.map((w) => [w.kode, w.teks, w.kolom])).toEqual([
      [
        'angka_kredit_ganda',
        'AK Dasar yang diberikan dimasukkan 2 kali (angka kredit awal baris 1 dan angka kredit awal baris 3), dan semuanya dijumlahkan ke angka kredit kumulatif.',
        ['angkaKreditAwal.0', 'angkaKreditAwal.2'],
      ],
    ]);
  });

  it('AK dari PAK terakhir (JF lama) yang sama dua kali; dua nilai yang berbeda tidak', () => {
    const sama = hasil({
      angkaKreditAwal: [
        { jenis: 'ak_jf_lama', angkaKredit: '20,5' },
        { jenis: 'ak_jf_lama', angkaKredit: '20.50' },
      ],
    });
    expect(sama.peringatan.map((w) => w.teks)).toEqual([
      'AK dari PAK terakhir (JF lama) yang sama (20,500) dimasukkan 2 kali (angka kredit awal baris 1 dan angka kredit awal baris 2), dan semuanya dijumlahkan ke angka kredit kumulatif.',
    ]);
    const beda = hasil({
      angkaKreditAwal: [
        { jenis: 'ak_jf_lama', angkaKredit: '20,5' },
        { jenis: 'ak_jf_lama', angkaKredit: '3' },
      ],
    });
    expect(beda.peringatan).toEqual([]);
  });

  it('AK Integrasi milik jenjang sebelumnya (tidak dihitung) bersama baris AK Integrasi jenjang ini: tidak ganda', () => {
    // Ahli Muda since 1 January 2024; the PAK Integrasi was in Ahli Pertama, before the KJ: listed, not counted.
    const h = hitung(
      aturan,
      dasar({
        jenjang: 'ahli_muda',
        golongan: 'III/c',
        tmtJenjang: '2024-01-01',
        tmtPangkat: '2024-01-01',
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '5' }],
        pakIntegrasi: integrasi,
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(h.angkaKreditAwal.map((b) => [b.asal, b.dihitung])).toEqual([
      ['masukan', true],
      ['integrasi', false],
    ]);
    expect(kode(h)).not.toContain('angka_kredit_ganda');
  });
});

describe('angka yang jauh di luar kewajaran (rules/kewajaran.yaml: lebih dari 3 kali batas KJ)', () => {
  it('buku aturan: 3 kali, keputusan proyek', () => {
    expect(aturan.kewajaran.akAwalKaliAmbang).toBe(3);
    expect(aturan.kewajaran.sumber.status).toBe('decision');
  });

  it('Ahli Pertama, AK awal 300,001 > 3 × 100: diperingatkan; tepat 300 tidak', () => {
    const h = hasil({ angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '300,001' }] });
    expect(h.peringatan).toEqual([
      {
        kode: 'angka_kredit_tidak_wajar',
        teks: 'AK dari PAK terakhir (JF lama) 300,001 (angka kredit awal baris 1) lebih dari 3 kali batas kenaikan jenjang Ahli Pertama (100): angka sebesar itu tidak wajar untuk jenjang Ahli Pertama.',
        kolom: ['angkaKreditAwal.0.angkaKredit'],
        saran:
          'Periksa angkanya (koma desimal, angka yang sama dua kali). Angka kredit kumulatif konvensional dari PAK sebelum 2023 diisi pada bagian PAK Integrasi, yang mengurangkan nilai dasarnya, bukan sebagai angka kredit awal.',
      },
    ]);
    expect(hasil({ angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '300' }] }).peringatan).toEqual([]);
  });

  it('jenjang tanpa kenaikan jenjang (Ahli Utama): batas kenaikan pangkat terbesarnya', () => {
    const k = aturan.kumulatif['ahli_utama']!;
    expect(k.kenaikanJenjang).toBeUndefined();
    // rules/kumulatif.yaml: Ahli Utama IV/d → IV/e at 200, its only (so largest) KP threshold; 3 × 200 = 600.
    expect(k.kenaikanPangkat.map((x) => x.angkaKredit.toString())).toEqual(['200']);
    const utama = (ak: string) =>
      hitung(
        aturan,
        dasar({
          jenjang: 'ahli_utama',
          golongan: 'IV/d',
          angkaKreditAwal: [{ jenis: 'ak_penyesuaian', angkaKredit: ak }],
          penilaian: LENGKAP,
        }),
      );
    expect(utama('600').peringatan).toEqual([]);
    expect(utama('601').peringatan.map((w) => w.teks)).toEqual([
      'AK Penyesuaian/Penyetaraan 601,000 (angka kredit awal baris 1) lebih dari 3 kali batas kenaikan pangkat terbesar jenjang Ahli Utama (200): angka sebesar itu tidak wajar untuk jenjang Ahli Utama.',
    ]);
  });
});

describe('periode yang berakhir pada bulan perhitungan sebelum bulan itu selesai', () => {
  it('Januari–Desember 2024 dan Januari 2025, dihitung 15 Januari 2025', () => {
    const h = hasil({ penilaian: [...LENGKAP, { mulai: '2025-01', selesai: '2025-01', predikat: 'Baik' }] });
    expect(h.peringatan).toEqual([
      {
        kode: 'periode_belum_selesai',
        teks: 'Periode 3 (Januari 2025) berakhir pada Januari 2025, yang belum selesai pada tanggal perhitungan 15 Januari 2025.',
        kolom: ['penilaian.2.selesai'],
        saran: 'Hapus periode ini, atau hitung per 31 Januari 2025 atau sesudahnya bila predikatnya sudah ditetapkan.',
      },
    ]);
  });

  it('periode yang dimulai lebih awal: sarannya mengakhiri periode pada bulan sebelumnya', () => {
    const h = hasil({
      penilaian: [LENGKAP[0]!, { mulai: '2024-01', selesai: '2025-01', predikat: 'Baik' }],
      tanggalPerhitungan: '2025-01-30',
    });
    expect(h.peringatan.map((w) => [w.teks, w.saran])).toEqual([
      [
        'Periode 2 (Januari 2024 – Januari 2025) berakhir pada Januari 2025, yang belum selesai pada tanggal perhitungan 30 Januari 2025.',
        'Akhiri periode pada Desember 2024, atau hitung per 31 Januari 2025 atau sesudahnya bila predikat Januari 2025 sudah ditetapkan.',
      ],
    ]);
  });

  it('dihitung pada hari terakhir bulan itu: bulannya sudah selesai, tanpa peringatan', () => {
    const h = hasil({
      penilaian: [...LENGKAP, { mulai: '2025-01', selesai: '2025-01', predikat: 'Baik' }],
      tanggalPerhitungan: '2025-01-31',
    });
    expect(h.peringatan).toEqual([]);
  });
});

describe('peringatan tidak mengubah angka', () => {
  // Koefisien Ahli Pertama 12,5 a year (rules/jenjang.yaml), Baik 100%: a year 12,5, a month 12,5/12 = 25/24.
  it.each([
    ['bulan tanpa predikat: hanya 2023 → 12,5', { penilaian: [LENGKAP[0]!] }, '12.5'],
    [
      'AK Dasar dua kali: 10 + 10 + 25 = 45',
      {
        angkaKreditAwal: [
          { jenis: 'ak_dasar' as const, angkaKredit: '10' },
          { jenis: 'ak_dasar' as const, angkaKredit: '10' },
        ],
      },
      '45',
    ],
    [
      'periode belum selesai: 25 + 25/24 = 625/24',
      { penilaian: [...LENGKAP, { mulai: '2025-01', selesai: '2025-01', predikat: 'Baik' }] },
      '625/24',
    ],
  ])('%s', (_, over, kumulatif) => {
    const h = hasil(over);
    expect(h.peringatan.length).toBeGreaterThan(0);
    expect(h.akumulasi.kumulatif.pasti).toBe(kumulatif);
  });

  it('AK tidak wajar 400 + 2023–2024 Baik (2 × 12,5 = 25): kumulatif tetap 425', () => {
    const h = hasil({ angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '400' }] });
    expect(kode(h)).toEqual(['angka_kredit_tidak_wajar']);
    expect(h.akumulasi.kumulatif.pasti).toBe('425');
  });

  it('AK Integrasi dua kali: 12,5 + (112,5 − 100) + 25 = 50, dijumlahkan seperti masukannya', () => {
    const h = hasil({
      angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '12,5' }],
      pakIntegrasi: { akKonvensional: '112,5', jenjang: 'ahli_pertama', golongan: 'III/a' },
    });
    expect(kode(h)).toEqual(['angka_kredit_ganda']);
    expect(h.akumulasi.kumulatif.pasti).toBe('50');
  });

  it('hasil ringkas batch (tanpa penjelasan) memuat peringatan yang sama', () => {
    const m = dasar({ penilaian: [LENGKAP[0]!, { mulai: '2025-01', selesai: '2025-01', predikat: 'Baik' }] });
    const penuh = hitung(aturan, m, { tanpaProyeksi: true });
    const ringkas = hitung(aturan, m, { tanpaProyeksi: true, tanpaPenjelasan: true });
    expect(kode(penuh)).toEqual(['bulan_tanpa_predikat', 'periode_belum_selesai']);
    expect(ringkas.peringatan).toEqual(penuh.peringatan);
  });
});
