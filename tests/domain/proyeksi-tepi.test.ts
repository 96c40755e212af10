// Edges of the projection (proyeksi.ts): waiting out a predikat below Baik, recorded or assumed; past
// months without a predikat left out; where the chain stops; closing a small shortfall; the comparison.
// Worked out by hand from rules/ (koefisien Ahli Pertama 12,5 a year: 12,5/12 a month at Baik; ambang
// III/b 50; masa 24 months; predikat window 24 months; PerBKN 4/2025: the 1st of every month from
// Oktober 2025). Each result is computed inside its `it`.
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { bandingkan, penutupKekurangan } from '../../src/domain/proyeksi.ts';
import type { HasilProyeksi } from '../../src/domain/proyeksi.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

const proyeksi = (over: Partial<Masukan>) => hitung(aturan, dasar(over), { tanpaPenjelasan: true }).proyeksi!;
const ak = (angkaKredit: string): Masukan['angkaKreditAwal'] => [{ jenis: 'ak_integrasi', angkaKredit }];
const periode = (mulai: string, selesai: string, predikat = 'Baik') => ({ mulai, selesai, predikat });

describe('menunggu predikat di bawah Baik keluar dari jendela 24 bulan', () => {
  it('Butuh Perbaikan tercatat Juni 2024: KP paling cepat 1 Juli 2026 (jendela Juli 2024 – Juni 2026)', () => {
    // AK: 30 + 17/12 × 12,5 + 1/12 × 75% × 12,5 + 6/12 × 12,5 = 30 + 24,74 ≥ 50, already met on 15 Januari 2025.
    // Masa: 1 April 2021 + 24 = 1 April 2023. Predikat: Juni 2024 + 24 + 1 → Juli 2026.
    const p = proyeksi({
      angkaKreditAwal: ak('30'),
      penilaian: [periode('2023-01', '2024-05'), periode('2024-06', '2024-06', 'Butuh Perbaikan'), periode('2024-07', '2024-12')],
    });
    const l = p.langkah[0]!;
    expect(l.ke.kode).toBe('III/b');
    expect(l.akTercapai.tanggal).toBe('2025-01-15');
    expect(l.syaratWaktu.map((w) => w.tanggal)).toEqual(['2023-04-01', '2026-07-01']);
    expect(l.memenuhiSyarat.tanggal).toBe('2026-07-01');
    expect(l.tmt.tanggal).toBe('2026-07-01');
    expect(l.kalimat).toContain('menunggu predikat paling rendah Baik dalam 2 tahun terakhir sampai 1 Juli 2026');
  });

  it('Butuh Perbaikan diasumsikan sepanjang 2026: KP menunggu sampai 1 Januari 2029', () => {
    // From 20 on 1 Januari 2025: 2025 Baik +12,5 = 32,5; 2026 Butuh Perbaikan +9,375 = 41,875; then 8 months
    // Baik (8/12 × 12,5 = 8,333; 7 months give only 7,292 < 8,125) → reached 1 September 2027.
    // Masa 1 Januari 2025 + 24 = 1 Januari 2027. Last assumed bad month Desember 2026 + 24 + 1 → Januari 2029.
    const p = proyeksi({
      tmtPangkat: '2025-01-01',
      tmtJenjang: '2025-01-01',
      angkaKreditAwal: ak('20'),
      proyeksi: { predikat: 'Baik', perTahun: [{ tahun: 2026, predikat: 'Butuh Perbaikan' }] },
    });
    const l = p.langkah[0]!;
    expect(l.akTercapai.tanggal).toBe('2027-09-01');
    expect(l.syaratWaktu.map((w) => w.tanggal)).toEqual(['2027-01-01', '2029-01-01']);
    expect(l.tmt.tanggal).toBe('2029-01-01');
  });

  it('Butuh Perbaikan diasumsikan sepanjang 2026 sesudah angka kredit tercapai: jendela diukur sampai TMT, KP 1 Januari 2029', () => {
    // From 37,5 on 1 Januari 2025: 12 months Baik (+12,5) → 50 on 1 Januari 2026, the ambang of III/b.
    // Masa: 1 Januari 2025 + 24 = 1 Januari 2027. The 24 months before 1 Januari 2027 are 2025 and 2026,
    // and all of 2026 is assumed Butuh Perbaikan: the window is clean only from Desember 2026 + 24 + 1 →
    // 1 Januari 2029 (2027 and 2028 assumed Baik). Before the fix the window was checked only up to the
    // month the AK was reached (Januari 2026), and the step said 1 Januari 2027.
    const p = proyeksi({
      tmtPangkat: '2025-01-01',
      tmtJenjang: '2025-01-01',
      angkaKreditAwal: ak('37,5'),
      proyeksi: { predikat: 'Baik', perTahun: [{ tahun: 2026, predikat: 'Butuh Perbaikan' }] },
    });
    const l = p.langkah[0]!;
    expect(l.akTercapai.tanggal).toBe('2026-01-01');
    expect(l.syaratWaktu.map((w) => w.tanggal)).toEqual(['2027-01-01', '2029-01-01']);
    expect(l.memenuhiSyarat.tanggal).toBe('2029-01-01');
    expect(l.tmt.tanggal).toBe('2029-01-01');
  });

  it('asumsi Butuh Perbaikan untuk setiap tahun sejak 2026: KP ke III/b pada 1 Februari 2025, lalu tidak ada tanggal dalam 45 tahun', () => {
    // 50 is met on 15 Januari 2025 and the 24 months before 1 Februari 2025 are recorded Baik: KP III/b.
    // From 2026 every year is assumed Butuh Perbaikan, so no later date has 24 clean months before it:
    // the next step (III/c with Ahli Muda) never gets a date, and the projection says so instead of
    // giving one.
    const perTahun = Array.from({ length: 60 }, (_, i) => ({ tahun: 2026 + i, predikat: 'Butuh Perbaikan' }));
    const p = proyeksi({ angkaKreditAwal: ak('50'), penilaian: [periode('2023-01', '2024-12')], proyeksi: { predikat: 'Baik', perTahun } });
    expect(p.langkah.map((l) => [l.ke.kode, l.tmt.tanggal])).toEqual([['III/b', '2025-02-01']]);
    expect(p.berhenti).toBe('Dengan asumsi ini, syarat predikat paling rendah Baik tidak terpenuhi dalam 45 tahun.');
  });

  it('asumsi di bawah Baik sejak bulan pertama: tidak ada langkah, proyeksi berhenti', () => {
    const p = proyeksi({
      angkaKreditAwal: ak('50'),
      penilaian: [periode('2023-01', '2024-12')],
      proyeksi: { predikat: 'Butuh Perbaikan' },
    });
    expect(p.langkah).toEqual([]);
    expect(p.berhenti).toContain('Butuh Perbaikan');
  });
});

describe('bulan lampau tanpa predikat tidak diisi asumsi', () => {
  it('tercatat sampai Desember 2023: Januari–Desember 2024 (12 bulan) dilewati, proyeksi mulai Januari 2025', () => {
    const p = proyeksi({ penilaian: [periode('2023-01', '2023-12')] });
    expect(p.mulai).toBe('2025-01');
    expect(p.catatan).toHaveLength(4);
    expect(p.catatan[3]).toMatch(/^Januari–Desember 2024 \(12 bulan\)/);
    expect(p.langkah[0]!.kalimat).toContain('Tanpa 12 bulan');
  });

  it('tanpa periode sama sekali: sejak Januari 2023 (konversi.yaml) sampai Desember 2024, 24 bulan', () => {
    const p = proyeksi({});
    expect(p.catatan[3]).toMatch(/^Januari 2023 – Desember 2024 \(24 bulan\)/);
  });

  it('TMT jenjang Maret 2024, tanpa periode: Maret–Desember 2024, 10 bulan', () => {
    const p = proyeksi({ tmtJenjang: '2024-03-01' });
    expect(p.catatan[3]).toMatch(/^Maret–Desember 2024 \(10 bulan\)/);
  });

  it('periode sampai bulan perhitungan (Januari 2025): proyeksi mulai Februari 2025, tanpa catatan bulan kosong', () => {
    const p = proyeksi({ tanggalPerhitungan: '2025-01-31', penilaian: [periode('2023-01', '2025-01')] });
    expect(p.mulai).toBe('2025-02');
    expect(p.catatan).toHaveLength(3);
    expect(p.langkah[0]!.kalimat).not.toContain('Tanpa');
  });
});

describe('langkah, garis ambang dan tonggak', () => {
  it('KP dan KP sekaligus KJ: jenis, jenjang tujuan, sumber (KJ menambah masa jenjang), ambang dan tonggak', () => {
    // Ahli Pertama III/a, 50 already met (25 + 2 × 12,5): III/b on 1 Februari 2025 (PerBKN 4/2023, even months).
    const p = proyeksi({ angkaKreditAwal: ak('25'), penilaian: [periode('2023-01', '2024-12')] });
    const [a, b] = p.langkah;
    expect(a).toMatchObject({
      nomor: 1,
      jenis: 'kenaikan_pangkat',
      dari: { kode: 'III/a' },
      ke: { kode: 'III/b' },
      jenjang: { id: 'ahli_pertama' },
    });
    expect(a!.tmt).toMatchObject({ tanggal: '2025-02-01', perkiraan: true });
    expect('jenjangTujuan' in a!).toBe(false);
    expect(a!.sumber).toHaveLength(3);
    expect(b).toMatchObject({ nomor: 2, jenis: 'kenaikan_pangkat_dan_jenjang', ke: { kode: 'III/c' }, jenjangTujuan: { id: 'ahli_muda' } });
    expect(b!.sumber).toHaveLength(4);
    expect(b!.ambang.pasti).toBe('100');
    // The first threshold line runs from the projection's first month (Januari 2025) to the TMT month.
    expect(p.ambang[0]).toMatchObject({ mulai: '2025-01', selesai: '2025-02', ambang: '50.000' });
    expect(p.ambang[1]).toMatchObject({ mulai: '2025-02', ambang: '100.000' });
    expect(p.tonggak.slice(0, 2)).toEqual([
      { bulan: '2025-02', label: 'KP III/b', jenis: 'kenaikan_pangkat' },
      expect.objectContaining({ label: 'KJ Ahli Muda / III/c', jenis: 'kenaikan_jenjang' }),
    ]);
  });

  it('masa pangkat sesudah KP dihitung dari TMT KP itu: III/b 1 Februari 2025, III/c tidak sebelum 1 Februari 2027', () => {
    const p = proyeksi({ angkaKreditAwal: ak('25'), penilaian: [periode('2023-01', '2024-12')] });
    const b = p.langkah[1]!;
    expect(b.syaratWaktu[0]!.tanggal).toBe('2027-02-01');
    expect(b.tmt.tanggal >= '2027-02-01').toBe(true);
  });

  it('III/c sesudah KP tanpa formasi: berhenti, langkah berikutnya kenaikan jenjang ke Ahli Muda', () => {
    const p = proyeksi({
      golongan: 'III/c',
      tmtPangkat: '2024-02-01',
      angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '100' }],
      penilaian: [periode('2024-01', '2024-12')],
      pernyataan: { ...dasar().pernyataan, kenaikanPangkatTanpaFormasiSudahDigunakan: true },
    });
    expect(p.langkah).toEqual([]);
    expect(p.berhenti).toContain('kenaikan jenjang ke Ahli Muda');
  });

  it('Penyelia III/d: pangkat tertinggi, tanpa langkah', () => {
    const p = proyeksi({ jenjang: 'penyelia', golongan: 'III/d', penilaian: [periode('2024-01', '2024-12')] });
    expect(p.langkah).toEqual([]);
    expect(p.berhenti).toBe('Penata Tingkat I (III/d) adalah pangkat tertinggi jenjang Penyelia.');
  });
});

describe('penutup kekurangan', () => {
  const J = () => aturan.jenjang.find((j) => j.id === 'ahli_pertama')!;
  const baik = () => aturan.predikat.find((p) => p.id === 'baik')!;

  it('tepat 12,5 ditutup 12 bulan Baik (12/12 × 12,5 = 12,5); 25/24 tepat satu bulan (1/12 × 12,5)', () => {
    expect(penutupKekurangan(aturan, J(), baik(), Pecahan.dari('12.5'), 3)).toMatchObject({
      bulan: 12,
      angkaKredit: { pasti: '12.5' },
      rumus: '12/12 × 100% × 12,5 = 12,500',
    });
    expect(penutupKekurangan(aturan, J(), baik(), Pecahan.bagi(25, 24), 3)?.bulan).toBe(1);
  });

  it('lebih dari satu tahun konversi: tidak ada penutup', () => {
    expect(penutupKekurangan(aturan, J(), baik(), Pecahan.dari('12.501'), 3)).toBeUndefined();
  });
});

describe('perbandingan dengan Sangat Baik', () => {
  it('TMT yang sama (hanya masa yang menahan): selisih 0, kalimat "sama dengan"', () => {
    // 60 ≥ 50 already; masa from 1 Januari 2024 + 24 = 1 Januari 2026 for Baik and Sangat Baik alike.
    const p = proyeksi({ tmtPangkat: '2024-01-01', angkaKreditAwal: ak('60') });
    expect(p.banding[0]).toMatchObject({
      ke: 'Penata Muda Tingkat I (III/b)',
      tmtDasar: '2026-01-01',
      tmtSangatBaik: '2026-01-01',
      selisihBulan: 0,
    });
    expect(p.banding[0]!.kalimat).toContain('sama dengan Baik maupun Sangat Baik');
  });

  it('langkah yang tidak berpasangan (tujuan berbeda atau tidak ada) dilewati', () => {
    const langkah = (kode: string, tanggal: string) => ({ ke: { kode, pangkat: 'P' }, tmt: { tanggal, tampilan: tanggal } });
    const h = (l: unknown[]) => ({ langkah: l }) as unknown as HasilProyeksi;
    expect(
      bandingkan(h([langkah('III/b', '2026-01-01'), langkah('III/c', '2028-01-01')]), h([langkah('III/c', '2025-01-01')]), 'Baik'),
    ).toEqual([]);
    expect(bandingkan(h([langkah('III/b', '2026-01-01')]), h([langkah('III/b', '2025-03-01')]), 'Baik')[0]).toMatchObject({
      ke: 'P (III/b)',
      selisihBulan: 10,
    });
  });
});

describe('tanggal-tanggal setiap langkah', () => {
  it('dua periode Butuh Perbaikan tercatat (Maret dan Juni 2024): yang terakhir menentukan, 1 Juli 2026', () => {
    // AK: 30 + 22/12 × 12,5 + 2/12 × 75% × 12,5 ≥ 50. Juni 2024 + 24 + 1 → Juli 2026 (Maret would give April 2026).
    const p = proyeksi({
      angkaKreditAwal: ak('30'),
      penilaian: [
        periode('2023-01', '2024-02'),
        periode('2024-03', '2024-03', 'Butuh Perbaikan'),
        periode('2024-04', '2024-05'),
        periode('2024-06', '2024-06', 'Butuh Perbaikan'),
        periode('2024-07', '2024-12'),
      ],
    });
    expect(p.langkah[0]!.tmt.tanggal).toBe('2026-07-01');
  });

  it('tanpa predikat di bawah Baik: hanya syarat masa; KJ menambah masa jenjang, tanpa syarat predikat', () => {
    // III/b: masa 1 April 2021 + 24 = 1 April 2023. III/c (KP+KJ): masa pangkat 1 Februari 2025 + 24 =
    // 1 Februari 2027; masa jenjang 1 April 2021 + 12 = 1 April 2022.
    const p = proyeksi({ angkaKreditAwal: ak('25'), penilaian: [periode('2023-01', '2024-12')] });
    expect(p.langkah[0]!.syaratWaktu.map((w) => w.tanggal)).toEqual(['2023-04-01']);
    expect(p.langkah[1]!.syaratWaktu.map((w) => w.tanggal)).toEqual(['2027-02-01', '2022-04-01']);
    // Nothing holds the first step after its AK date (15 Januari 2025 ≥ 1 April 2023).
    expect(p.langkah[0]!.kalimat).not.toContain('menunggu');
  });

  it('yang disebut menahan adalah syarat waktu yang paling akhir: masa pangkat 1 Juni 2025, bukan masa jenjang 1 Maret 2025', () => {
    // III/b, AK 90 + 10/12 × 12,5 = 100 5/12 ≥ 100 already; masa pangkat 1 Juni 2023 + 24; masa jenjang 1 Maret 2024 + 12.
    const l = proyeksi({
      golongan: 'III/b',
      tmtPangkat: '2023-06-01',
      tmtJenjang: '2024-03-01',
      angkaKreditAwal: ak('90'),
      penilaian: [periode('2024-03', '2024-12')],
    }).langkah[0]!;
    expect(l.syaratWaktu.map((w) => w.tanggal)).toEqual(['2025-06-01', '2025-03-01']);
    expect(l.kalimat).toContain('menunggu masa 2 tahun dalam pangkat III/b (sejak 1 Juni 2023) sampai 1 Juni 2025;');
    expect(l.tmt.tanggal).toBe('2025-06-01');
  });

  it('masa jenjang yang lebih akhir (1 Agustus 2025) disebut menahan, walau tercantum sesudah masa pangkat (1 Juni 2025)', () => {
    // AK 95 + 5/12 × 12,5 (Agustus–Desember 2024) = 100 5/24 ≥ 100 already; masa jenjang 1 Agustus 2024 + 12.
    const l = proyeksi({
      golongan: 'III/b',
      tmtPangkat: '2023-06-01',
      tmtJenjang: '2024-08-01',
      angkaKreditAwal: ak('95'),
      penilaian: [periode('2024-08', '2024-12')],
    }).langkah[0]!;
    expect(l.syaratWaktu.map((w) => w.tanggal)).toEqual(['2025-06-01', '2025-08-01']);
    expect(l.kalimat).toContain('menunggu masa 1 tahun dalam jenjang Ahli Pertama (sejak 1 Agustus 2024) sampai 1 Agustus 2025;');
    expect(l.tmt.tanggal).toBe('2025-08-01');
  });

  it('angka kredit sudah cukup dan periode sampai bulan perhitungan: tercapai pada tanggal perhitungan, bukan awal bulan berikutnya', () => {
    // 25 + 25/12 × 12,5 (Januari 2023 – Januari 2025) ≥ 50 on 31 Januari 2025; the projection starts Februari 2025.
    const l = proyeksi({ tanggalPerhitungan: '2025-01-31', angkaKreditAwal: ak('25'), penilaian: [periode('2023-01', '2025-01')] })
      .langkah[0]!;
    expect(l.akTercapai.tanggal).toBe('2025-01-31');
  });

  it('dua periode tercatat: bulan kosong dihitung sesudah yang berakhir paling akhir', () => {
    const p = proyeksi({ penilaian: [periode('2023-07', '2023-12'), periode('2023-01', '2023-06')] });
    expect(p.catatan[3]).toMatch(/^Januari–Desember 2024 \(12 bulan\)/);
  });

  it('tanpa bulan kosong kalimat langkah berakhir pada TMT-nya', () => {
    // 25 months Baik = 312,5/12; 600/12 − 312,5/12 = 287,5/12 = 23 months from Februari 2025 → 1 Januari 2027.
    const l = proyeksi({ tanggalPerhitungan: '2025-01-31', penilaian: [periode('2023-01', '2025-01')] }).langkah[0]!;
    expect(l.kalimat).toMatch(/TMT paling cepat 1 Januari 2027\.$/);
  });

  it('asumsi Sangat Baik: tanpa perbandingan', () => {
    expect(proyeksi({ angkaKreditAwal: ak('25'), proyeksi: { predikat: 'Sangat Baik' } }).banding).toEqual([]);
  });
});
