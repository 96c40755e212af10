// The holes mutation testing found (issue 19): each case below failed to catch a deliberate mistake in
// src/domain before it was written. Expected values are worked out by hand from rules/ (kalender-kp,
// syarat, kumulatif, jenjang, predikat, pengangkatan, ak-dasar), never read back from the code.
// Everything is computed inside the tests, so Stryker counts each case against the mutants it runs.
import { describe, expect, it } from 'vitest';
import { InputError, type MasalahMasukan } from '../../src/domain/galat.ts';
import type { Hasil, Syarat } from '../../src/domain/hasil.ts';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

function masalah(m: Masukan): MasalahMasukan[] {
  try {
    hitung(aturan, m);
  } catch (e) {
    if (e instanceof InputError) return e.masalah;
    throw e;
  }
  throw new Error('hitung seharusnya menolak masukan ini');
}

const syarat = (daftar: Syarat[], id: string): Syarat => {
  const s = daftar.find((x) => x.id === id);
  if (!s) throw new Error(`syarat ${id} tidak ada`);
  return s;
};
const kp = (h: Hasil, id: string) => syarat(h.kenaikanPangkat.syarat, id);
const kj = (h: Hasil, id: string) => syarat(h.kenaikanJenjang.syarat, id);

/** "2023-01" + n months, by plain arithmetic: to build inputs, not to compute expectations. */
function bulanKe(awal: string, n: number): string {
  const [y, m] = awal.split('-').map(Number) as [number, number];
  const b = y * 12 + m - 1 + n;
  return `${Math.floor(b / 12)}-${String((b % 12) + 1).padStart(2, '0')}`;
}

describe('periode yang tumpang tindih satu bulan ditolak', () => {
  it('Januari–Juni dan Juni–Desember 2024 berbagi Juni: ditolak, bukan Juni dihitung dua kali', () => {
    const ms = masalah(
      dasar({
        penilaian: [
          { mulai: '2024-01', selesai: '2024-06', predikat: 'Baik' },
          { mulai: '2024-06', selesai: '2024-12', predikat: 'Baik' },
        ],
      }),
    );
    expect(ms).toHaveLength(1);
    expect(ms[0]!.field).toBe('penilaian.1.mulai');
    expect(ms[0]!.pesan).toBe(
      'Periode 2 (Juni–Desember 2024) tumpang tindih dengan periode 1 (Januari–Juni 2024). Setiap bulan hanya boleh dinilai sekali.',
    );
  });

  it('urutan masukan terbalik: periode yang mulai lebih akhir yang disebut', () => {
    const ms = masalah(
      dasar({
        penilaian: [
          { mulai: '2024-06', selesai: '2024-12', predikat: 'Baik' },
          { mulai: '2024-01', selesai: '2024-06', predikat: 'Baik' },
        ],
      }),
    );
    expect(ms.map((m) => m.field)).toEqual(['penilaian.0.mulai']);
  });

  it('Januari–Juni dan Juli–Desember 2024 bersambung: diterima, 6/12 × 12,5 + 6/12 × 12,5 = 12,5', () => {
    const h = hitung(
      aturan,
      dasar({
        penilaian: [
          { mulai: '2024-07', selesai: '2024-12', predikat: 'Baik' },
          { mulai: '2024-01', selesai: '2024-06', predikat: 'Baik' },
        ],
      }),
    );
    expect(h.akumulasi.kumulatif.pasti).toBe('12.5');
    expect(h.konversi.map((k) => k.angkaKredit.pasti)).toEqual(['6.25', '6.25']);
  });
});

describe('syarat predikat: jendela 24 bulan sebelum TMT KP dan 12 bulan sebelum bulan perhitungan (KJ)', () => {
  // Keputusan 6 (regulation.md §5): tanggal perhitungan 15 Februari 2025; TMT KP pertama pada atau sesudahnya
  // menurut PerBKN 4/2023 (1 Februari, 1 April, …) adalah 1 April 2025, sehingga jendela KP April 2023 – Maret 2025.
  // KJ diukur sampai tanggal perhitungan (Keputusan 7): jendela KJ Februari 2024 – Januari 2025.
  // Februari dan Maret 2025 belum dapat dinilai pada 15 Februari 2025: disebut, tidak menggagalkan.
  const hitungDengan = (penilaian: Masukan['penilaian']) => hitung(aturan, dasar({ tanggalPerhitungan: '2025-02-15', penilaian }));

  it('Kurang pada Januari 2023 berada di luar kedua jendela: keduanya terpenuhi; Maret 2025 disebut belum dinilai', () => {
    const h = hitungDengan([
      { mulai: '2023-01', selesai: '2023-01', predikat: 'Kurang' },
      { mulai: '2023-02', selesai: '2025-02', predikat: 'Baik' },
    ]);
    expect(kp(h, 'kp-predikat')).toMatchObject({
      terpenuhi: true,
      diperlukan: 'setiap periode pada April 2023 – Maret 2025 (2 tahun sebelum TMT kenaikan pangkat 1 April 2025) paling rendah Baik',
      nyata:
        'Baik atau lebih pada semua periode (23 dari 24 bulan dinilai); Maret 2025 belum dapat dinilai pada tanggal perhitungan (tidak menggagalkan syarat)',
    });
    expect(kj(h, 'kj-predikat')).toMatchObject({
      terpenuhi: true,
      diperlukan: 'setiap periode pada Februari 2024 – Januari 2025 (1 tahun sebelum bulan perhitungan) paling rendah Baik',
      nyata: 'Baik atau lebih pada semua periode (12 dari 12 bulan dinilai)',
    });
  });

  it('Kurang pada Maret 2023, sebulan sebelum jendela KP: KP terpenuhi', () => {
    const h = hitungDengan([
      { mulai: '2023-01', selesai: '2023-02', predikat: 'Baik' },
      { mulai: '2023-03', selesai: '2023-03', predikat: 'Kurang' },
      { mulai: '2023-04', selesai: '2025-01', predikat: 'Baik' },
    ]);
    expect(kp(h, 'kp-predikat').terpenuhi).toBe(true);
    expect(kj(h, 'kj-predikat').terpenuhi).toBe(true);
  });

  it('Kurang pada April 2023, bulan pertama jendela KP: KP gagal, KJ terpenuhi', () => {
    const h = hitungDengan([
      { mulai: '2023-01', selesai: '2023-03', predikat: 'Baik' },
      { mulai: '2023-04', selesai: '2023-04', predikat: 'Kurang' },
      { mulai: '2023-05', selesai: '2025-01', predikat: 'Baik' },
    ]);
    expect(kp(h, 'kp-predikat')).toMatchObject({ terpenuhi: false, nyata: 'Kurang pada April 2023 (periode 2)' });
    expect(kj(h, 'kj-predikat').terpenuhi).toBe(true);
  });

  it('Kurang pada Januari 2024 di luar jendela KJ tetapi di dalam jendela KP', () => {
    const h = hitungDengan([
      { mulai: '2023-01', selesai: '2023-12', predikat: 'Baik' },
      { mulai: '2024-01', selesai: '2024-01', predikat: 'Kurang' },
      { mulai: '2024-02', selesai: '2025-01', predikat: 'Baik' },
    ]);
    expect(kp(h, 'kp-predikat').terpenuhi).toBe(false);
    expect(kj(h, 'kj-predikat').terpenuhi).toBe(true);
  });

  it('Kurang pada Februari 2024, bulan pertama jendela KJ: keduanya gagal', () => {
    const h = hitungDengan([
      { mulai: '2023-01', selesai: '2024-01', predikat: 'Baik' },
      { mulai: '2024-02', selesai: '2024-02', predikat: 'Sangat Kurang' },
      { mulai: '2024-03', selesai: '2025-01', predikat: 'Baik' },
    ]);
    expect(kp(h, 'kp-predikat').terpenuhi).toBe(false);
    expect(kj(h, 'kj-predikat')).toMatchObject({ terpenuhi: false, nyata: 'Sangat Kurang pada Februari 2024 (periode 2)' });
  });

  it('Butuh Perbaikan pada Januari 2025, bulan terakhir jendela KJ: keduanya gagal', () => {
    const h = hitungDengan([
      { mulai: '2023-01', selesai: '2024-12', predikat: 'Sangat Baik' },
      { mulai: '2025-01', selesai: '2025-01', predikat: 'Butuh Perbaikan' },
    ]);
    expect(kp(h, 'kp-predikat').terpenuhi).toBe(false);
    expect(kj(h, 'kj-predikat').terpenuhi).toBe(false);
  });

  it('Kurang tercatat pada bulan perhitungan (Februari 2025): di dalam jendela KP (gagal), di luar jendela KJ', () => {
    const h = hitungDengan([
      { mulai: '2023-01', selesai: '2025-01', predikat: 'Baik' },
      { mulai: '2025-02', selesai: '2025-02', predikat: 'Kurang' },
    ]);
    expect(kp(h, 'kp-predikat')).toMatchObject({ terpenuhi: false, nyata: 'Kurang pada Februari 2025 (periode 2)' });
    expect(kj(h, 'kj-predikat').terpenuhi).toBe(true);
  });

  it('bulan tanpa data tidak menggagalkan: 12 dari 24 bulan dinilai, Februari–Maret 2025 belum dapat dinilai', () => {
    const h = hitungDengan([{ mulai: '2024-02', selesai: '2025-01', predikat: 'Baik' }]);
    expect(kp(h, 'kp-predikat')).toMatchObject({
      terpenuhi: true,
      nyata:
        'Baik atau lebih pada semua periode (12 dari 24 bulan dinilai); Februari–Maret 2025 belum dapat dinilai pada tanggal perhitungan (tidak menggagalkan syarat)',
      nilai: { bulanDinilai: 12, bulanBelumDinilai: 2 },
    });
  });

  it('tanpa predikat sama sekali syarat predikat tidak terpenuhi, walau angka kredit dan masa cukup', () => {
    // Tanggal perhitungan 15 Januari 2025: TMT KP 1 Februari 2025, jendela KP Februari 2023 – Januari 2025; KJ Januari–Desember 2024.
    const h = hitung(aturan, dasar({ angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '60' }], penilaian: [] }));
    expect(kp(h, 'kp-predikat')).toMatchObject({
      terpenuhi: false,
      nyata:
        'tidak ada predikat kinerja pada Februari 2023 – Januari 2025; Januari 2025 belum dapat dinilai pada tanggal perhitungan (tidak menggagalkan syarat)',
    });
    expect(kj(h, 'kj-predikat')).toMatchObject({ terpenuhi: false, nyata: 'tidak ada predikat kinerja pada Januari–Desember 2024' });
    expect(kp(h, 'kp-angka-kredit').terpenuhi).toBe(true);
    expect(kp(h, 'kp-masa-pangkat').terpenuhi).toBe(true);
    expect(h.kenaikanPangkat.dapat).toBe(false);
    expect(h.kenaikanPangkat.status).toBe('tidak_dapat');
    expect(h.kenaikanPangkat.tmtPalingCepat).toBeUndefined();
    expect(h.kenaikanPangkat.kalimat).toMatch(/^TIDAK DAPAT dipertimbangkan untuk kenaikan pangkat ke Penata Muda Tingkat I \(III\/b\): /);
  });

  it('contoh tinjauan: Butuh Perbaikan Januari 2023 tidak menahan KP 1 Februari 2025 yang dihitung 15 Januari 2025', () => {
    // Jendela KP Februari 2023 – Januari 2025; Januari 2023 di luarnya. AK integrasi 50 saja sudah mencapai ambang III/b 50.
    const h = hitung(
      aturan,
      dasar({
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '50' }],
        penilaian: [
          { mulai: '2023-01', selesai: '2023-01', predikat: 'Butuh Perbaikan' },
          { mulai: '2023-02', selesai: '2024-12', predikat: 'Baik' },
        ],
      }),
    );
    expect(kp(h, 'kp-predikat').terpenuhi).toBe(true);
    expect(h.kenaikanPangkat).toMatchObject({ dapat: true, status: 'dapat', tmtPalingCepat: { tanggal: '2025-02-01', perkiraan: false } });
  });
});

describe('masa yang genap tepat pada tanggal ukurnya terpenuhi', () => {
  it('masa jenjang 1 tahun sejak 15 Januari 2024 genap pada tanggal perhitungan 15 Januari 2025', () => {
    const h = hitung(
      aturan,
      dasar({
        tmtJenjang: '2024-01-15',
        tanggalPerhitungan: '2025-01-15',
        penilaian: [{ mulai: '2024-02', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(kj(h, 'kj-masa-jenjang')).toMatchObject({
      terpenuhi: true,
      tanggalTerpenuhi: '2025-01-15',
      diperlukan: 'paling singkat 1 tahun sejak 15 Januari 2024 (terpenuhi pada 15 Januari 2025)',
      nyata: '1 tahun pada 15 Januari 2025',
    });
  });

  it('sehari sebelumnya (14 Januari 2025) belum: 11 bulan', () => {
    const h = hitung(
      aturan,
      dasar({
        tmtJenjang: '2024-01-15',
        tanggalPerhitungan: '2025-01-14',
        penilaian: [{ mulai: '2024-02', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(kj(h, 'kj-masa-jenjang')).toMatchObject({ terpenuhi: false, nyata: '11 bulan pada 14 Januari 2025' });
  });

  it('masa pangkat 2 tahun sejak 1 Februari 2023 genap pada tanggal KP 1 Februari 2025 (PerBKN 4/2023: bulan genap)', () => {
    const h = hitung(aturan, dasar({ tmtPangkat: '2023-02-01', penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }] }));
    expect(kp(h, 'kp-masa-pangkat')).toMatchObject({
      terpenuhi: true,
      tanggalTerpenuhi: '2025-02-01',
      diperlukan: 'paling singkat 2 tahun sejak 1 Februari 2023 (terpenuhi pada 1 Februari 2025)',
      nyata: '2 tahun pada 1 Februari 2025',
    });
  });

  it('TMT pangkat sehari lebih akhir (2 Februari 2023): belum, 1 tahun 11 bulan pada tanggal KP', () => {
    const h = hitung(aturan, dasar({ tmtPangkat: '2023-02-02', penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }] }));
    expect(kp(h, 'kp-masa-pangkat')).toMatchObject({
      terpenuhi: false,
      tanggalTerpenuhi: '2025-02-02',
      nyata: '1 tahun 11 bulan pada 1 Februari 2025',
    });
  });

  it('angka kredit tepat sama dengan ambang 50 terpenuhi; kurang seperseribu tidak', () => {
    const tepat = hitung(
      aturan,
      dasar({
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '50' }],
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    // 50 + 12,5 = 62,5 ≥ 50; and 37,499 + 12,5 = 49,999 < 50.
    expect(kp(tepat, 'kp-angka-kredit').terpenuhi).toBe(true);
    const kurang = hitung(
      aturan,
      dasar({
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '37,499' }],
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(kp(kurang, 'kp-angka-kredit')).toMatchObject({ terpenuhi: false, diperlukan: 'paling sedikit 50,000', nyata: '49,999' });
    expect(kurang.kenaikanPangkat.selisih).toMatchObject({ jenis: 'kekurangan', angka: { pasti: '0.001' } });
    expect(kurang.kenaikanPangkat.kalimat).toContain('kurang 0,001 angka kredit');
  });
});

describe('kenaikan pangkat tanpa formasi: paling banyak satu kali', () => {
  // Ahli Pertama III/b, AK 100 + 12,5 = 112,5 ≥ 100 (ambang III/c dan KJ Ahli Muda); formasi Ahli Muda tidak tersedia.
  const masukan = (pernyataan: Partial<Masukan['pernyataan']>) =>
    dasar({
      golongan: 'III/b',
      angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '100' }],
      penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      pernyataan: {
        lulusUjiKompetensi: true,
        formasiTersedia: true,
        bebasHukumanDisiplin: true,
        kenaikanPangkatTanpaFormasiSudahDigunakan: false,
        ...pernyataan,
      },
    });

  it('belum pernah: KP sekaligus KJ tidak dapat (formasi), tetapi KP ke III/c tetap dalam jenjang dapat mulai 1 Februari 2025', () => {
    const h = hitung(aturan, masukan({ formasiTersedia: false }));
    expect(h.kenaikanJenjang.dapat).toBe(false);
    expect(h.kenaikanPangkat).toMatchObject({ dapat: false, perluKenaikanJenjang: true });
    const alt = h.kenaikanPangkat.alternatifTanpaFormasi!;
    expect(alt.dapat).toBe(true);
    expect(alt.tmtPalingCepat?.tanggal).toBe('2025-02-01');
    expect(syarat(alt.syarat, 'kp-tanpa-formasi-sekali')).toMatchObject({
      terpenuhi: true,
      diperlukan: 'paling banyak 1 kali',
      cara: 'dinyatakan',
    });
    expect(alt.kalimat).toMatch(
      /^DAPAT dipertimbangkan untuk kenaikan pangkat ke Penata \(III\/c\) dengan tetap dalam jenjang Ahli Pertama .* mulai 1 Februari 2025\.$/,
    );
  });

  it('sudah pernah digunakan: alternatif itu tidak dapat lagi, tanpa TMT', () => {
    const h = hitung(aturan, masukan({ formasiTersedia: false, kenaikanPangkatTanpaFormasiSudahDigunakan: true }));
    const alt = h.kenaikanPangkat.alternatifTanpaFormasi!;
    expect(alt.dapat).toBe(false);
    expect(alt.tmtPalingCepat).toBeUndefined();
    expect(alt.syarat.filter((s) => !s.terpenuhi).map((s) => s.id)).toEqual(['kp-tanpa-formasi-sekali']);
    expect(alt.kalimat).toMatch(/^TIDAK DAPAT dipertimbangkan/);
  });

  it('formasi tersedia: KP sekaligus KJ dapat mulai 1 Februari 2025 dan tidak ada alternatif', () => {
    const h = hitung(aturan, masukan({}));
    expect(h.kenaikanPangkat.dapat).toBe(true);
    expect(h.kenaikanPangkat.tmtPalingCepat).toMatchObject({ tanggal: '2025-02-01', tampilan: '1 Februari 2025', perkiraan: false });
    expect(h.kenaikanPangkat.alternatifTanpaFormasi).toBeUndefined();
    expect(h.kenaikanPangkat.kalimat).toBe(
      'DAPAT dipertimbangkan untuk kenaikan pangkat ke Penata (III/c) sekaligus kenaikan jenjang ke Ahli Muda mulai 1 Februari 2025.',
    );
  });
});

describe('pangkat tertinggi tidak pernah diberi DAPAT', () => {
  const banyak = [{ jenis: 'ak_integrasi' as const, angkaKredit: '5000' }];

  it('Ahli Utama IV/e: tidak ada KP dan tidak ada KJ', () => {
    const h = hitung(
      aturan,
      dasar({
        jenjang: 'ahli_utama',
        golongan: 'IV/e',
        angkaKreditAwal: banyak,
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Sangat Baik' }],
      }),
    );
    expect(h.kenaikanPangkat).toMatchObject({ tersedia: false, dapat: false, syarat: [] });
    expect(h.kenaikanPangkat.kalimat).toBe(
      'Pembina Utama (IV/e) adalah pangkat tertinggi jenjang Ahli Utama; tidak ada kenaikan pangkat dalam jenjang ini.',
    );
    expect(h.kenaikanJenjang).toMatchObject({ tersedia: false, dapat: false });
    expect(h.proyeksi!.langkah).toEqual([]);
  });

  it('Penyelia III/d, jenjang tertinggi kategori keterampilan', () => {
    const h = hitung(
      aturan,
      dasar({
        jenjang: 'penyelia',
        golongan: 'III/d',
        angkaKreditAwal: banyak,
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(h.kenaikanPangkat).toMatchObject({ tersedia: false, dapat: false });
    expect(h.kenaikanJenjang).toMatchObject({ tersedia: false, dapat: false });
    // Moving on to keahlian is not a kenaikan jenjang (Keputusan 16, rules/jabatan-fungsional.yaml), and the result says so.
    expect(h.kenaikanJenjang.kalimat).toBe(
      'Penyelia adalah jenjang tertinggi kategori keterampilan; tidak ada kenaikan jenjang. Pindah ke kategori keahlian (Ahli Pertama) bukan kenaikan jenjang, melainkan perpindahan jabatan dengan syarat pendidikan.',
    );
  });

  it('Pranata Humas Ahli Madya IV/c: IV/d memerlukan Ahli Utama, yang tidak ada pada jabatan ini', () => {
    const h = hitung(
      aturan,
      dasar({
        jabatanFungsional: 'pranata_humas',
        jenjang: 'ahli_madya',
        golongan: 'IV/c',
        angkaKreditAwal: banyak,
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(h.kenaikanJenjang).toMatchObject({ tersedia: false, dapat: false });
    expect(h.kenaikanPangkat).toMatchObject({ tersedia: false, dapat: false, perluKenaikanJenjang: true, ke: { kode: 'IV/d' } });
    expect(h.kenaikanPangkat.kalimat).not.toMatch(/^DAPAT/);
    expect(h.proyeksi!.langkah).toEqual([]);
    expect(h.proyeksi!.berhenti).toContain('IV/d memerlukan jenjang Ahli Utama, yang tidak ada pada jabatan ini');
  });
});

describe('TMT KP sekaligus KJ: yang paling akhir dari syarat waktu yang belum terpenuhi', () => {
  // Ahli Pertama III/b, AK 120 + 8/12 × 12,5 ≥ 100; predikat Baik; tanggal perhitungan 15 Januari 2025.
  const masukan = (tmtPangkat: string, tmtJenjang: string, mulai: string) =>
    dasar({
      golongan: 'III/b',
      tmtPangkat,
      tmtJenjang,
      angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '120' }],
      penilaian: [{ mulai, selesai: '2024-12', predikat: 'Baik' }],
    });

  it('masa pangkat (1 Juni 2026) lebih akhir dari masa jenjang (1 Mei 2025): TMT perkiraan 1 Juni 2026', () => {
    const h = hitung(aturan, masukan('2024-06-01', '2024-05-01', '2024-05'));
    expect(h.kenaikanPangkat.syarat.filter((s) => !s.terpenuhi).map((s) => s.id)).toEqual(['kp-masa-pangkat', 'kp-kenaikan-jenjang']);
    expect(h.kenaikanPangkat.tmtPalingCepat).toMatchObject({ tanggal: '2026-06-01', perkiraan: true });
    expect(h.kenaikanPangkat.kalimat).toContain(' Paling cepat 1 Juni 2026, bila syarat lain tetap terpenuhi.');
  });

  it('masa jenjang (10 November 2025) lebih akhir dari masa pangkat (1 Maret 2025): TMT perkiraan 1 Desember 2025', () => {
    const h = hitung(aturan, masukan('2023-03-01', '2024-11-10', '2024-11'));
    expect(kj(h, 'kj-masa-jenjang')).toMatchObject({ terpenuhi: false, tanggalTerpenuhi: '2025-11-10' });
    expect(h.kenaikanPangkat.tmtPalingCepat).toMatchObject({ tanggal: '2025-12-01', perkiraan: true });
  });

  it('bila angka kredit juga kurang, tidak ada TMT perkiraan', () => {
    const h = hitung(
      aturan,
      dasar({ golongan: 'III/b', tmtPangkat: '2024-06-01', penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }] }),
    );
    expect(h.kenaikanPangkat.dapat).toBe(false);
    expect(h.kenaikanPangkat.tmtPalingCepat).toBeUndefined();
  });
});

describe('kalender kenaikan pangkat: tanggal KP pertama pada atau sesudah tanggal perhitungan', () => {
  // Everything met (AK 50 + Baik since January 2023, masa since 1 April 2021), so the TMT is the calendar's.
  const tmt = (tanggal: string) => {
    const selesai = bulanKe(tanggal.slice(0, 7), -1);
    const h = hitung(
      aturan,
      dasar({
        tanggalPerhitungan: tanggal,
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '50' }],
        penilaian: [{ mulai: [bulanKe(selesai, -11), '2023-01'].sort()[1]!, selesai, predikat: 'Baik' }],
      }),
    );
    expect(h.kenaikanPangkat.dapat, h.kenaikanPangkat.kalimat).toBe(true);
    return h.kenaikanPangkat.tmtPalingCepat!;
  };

  // PP 99/2000 (sampai 2023): 1 April, 1 Oktober. PerBKN 4/2023 (2024 – 30 September 2025): 1 Februari, April,
  // Juni, Agustus, Oktober, Desember. PerBKN 4/2025 (sejak 1 Oktober 2025): tanggal 1 setiap bulan.
  const tabel: [string, string][] = [
    ['2023-04-01', '2023-04-01'],
    ['2023-04-02', '2023-10-01'],
    ['2023-10-02', '2024-02-01'],
    ['2023-12-31', '2024-02-01'],
    ['2024-02-02', '2024-04-01'],
    ['2024-04-02', '2024-06-01'],
    ['2024-06-02', '2024-08-01'],
    ['2024-08-02', '2024-10-01'],
    ['2024-10-02', '2024-12-01'],
    ['2024-11-15', '2024-12-01'],
    ['2024-12-01', '2024-12-01'],
    ['2024-12-02', '2025-02-01'],
    ['2025-08-02', '2025-10-01'],
    ['2025-09-30', '2025-10-01'],
    ['2025-10-01', '2025-10-01'],
    ['2025-10-02', '2025-11-01'],
    ['2026-11-02', '2026-12-01'],
  ];
  for (const [tanggal, harapan] of tabel) {
    it(`tanggal perhitungan ${tanggal}: TMT ${harapan}`, () => {
      expect(tmt(tanggal).tanggal).toBe(harapan);
    });
  }

  it('1 Desember 2024 ditampilkan dengan nama bulan dan bersumber PerBKN 4/2023', () => {
    const t = tmt('2024-11-15');
    expect(t.tampilan).toBe('1 Desember 2024');
    expect(t.sumber.instrumen).toBe('perbkn-4-2023');
  });
});

describe('proyeksi menunggu predikat yang buruk keluar dari jendela 24 bulan', () => {
  it('Kurang pada Desember 2024: KP ke III/b baru 1 Januari 2027, walau angka kredit dan masa sudah cukup', () => {
    // AK 60 + 11/12 × 12,5 + 1/12 × 50% × 12,5 = 71,979… ≥ 50; masa pangkat genap 1 April 2023; jendela bersih mulai Januari 2027.
    const h = hitung(
      aturan,
      dasar({
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '60' }],
        penilaian: [
          { mulai: '2024-01', selesai: '2024-11', predikat: 'Baik' },
          { mulai: '2024-12', selesai: '2024-12', predikat: 'Kurang' },
        ],
      }),
    );
    expect(kp(h, 'kp-predikat').terpenuhi).toBe(false);
    const [satu, dua] = h.proyeksi!.langkah;
    expect(satu).toMatchObject({
      jenis: 'kenaikan_pangkat',
      ke: { kode: 'III/b' },
      akTercapai: { tanggal: '2025-01-15' },
      memenuhiSyarat: { tanggal: '2027-01-01' },
      tmt: { tanggal: '2027-01-01' },
    });
    expect(satu!.syaratWaktu.map((w) => w.tanggal)).toEqual(['2023-04-01', '2027-01-01']);
    expect(satu!.kalimat).toContain('menunggu predikat paling rendah Baik dalam 2 tahun terakhir sampai 1 Januari 2027');
    // Then 71,979… + 24 bulan × 12,5/12 = 96,979…; three more months reach 100 on 1 April 2027; masa pangkat III/b genap 1 Januari 2029.
    expect(dua).toMatchObject({
      jenis: 'kenaikan_pangkat_dan_jenjang',
      ke: { kode: 'III/c' },
      akTercapai: { tanggal: '2027-04-01' },
      tmt: { tanggal: '2029-01-01' },
    });
  });

  it('asumsi Kurang untuk 2026: bulan-bulan itu juga harus keluar dari jendela (1 Januari 2029, bukan 1 Juli 2028)', () => {
    // 12,5 (2024) + 12,5 (2025) + 6,25 (2026, Kurang) + 12,5 (2027) = 43,75; 6 bulan 2028 lagi = 50 pada 1 Juli 2028.
    const h = hitung(
      aturan,
      dasar({
        tmtPangkat: '2024-01-01',
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
        proyeksi: { perTahun: [{ tahun: 2026, predikat: 'Kurang' }] },
      }),
    );
    const satu = h.proyeksi!.langkah[0]!;
    expect(satu.akTercapai.tanggal).toBe('2028-07-01');
    expect(satu.tmt.tanggal).toBe('2029-01-01');
  });

  it('asumsi Kurang untuk setiap bulan: proyeksi berhenti dan mengatakan sebabnya', () => {
    const h = hitung(
      aturan,
      dasar({ penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }], proyeksi: { predikat: 'Kurang' } }),
    );
    expect(h.proyeksi!.langkah).toEqual([]);
    expect(h.proyeksi!.berhenti).toBe('Dengan predikat Kurang, syarat predikat paling rendah Baik tidak akan terpenuhi.');
  });
});

describe('pemeriksaan masukan pengangkatan', () => {
  const dengan = (pengangkatan: Masukan['pengangkatan'], lain: Partial<Masukan> = {}) => dasar({ pengangkatan, ...lain });

  it('pengangkatan pertama tanpa periode CPNS', () => {
    expect(masalah(dengan({ jenis: 'pertama', penilaianCpns: [] })).map((m) => m.field)).toEqual(['pengangkatan.penilaianCpns']);
  });

  it('periode CPNS terbalik, melewati bulan perhitungan, atau tidak sah; predikat tidak dikenal', () => {
    const ms = masalah(
      dengan({
        jenis: 'pertama',
        penilaianCpns: [
          { mulai: '2023-06', selesai: '2023-01', predikat: 'Baik' },
          { mulai: '2024-12', selesai: '2025-02', predikat: 'Baik' },
          { mulai: '2023', selesai: '2023-12', predikat: 'Baik' },
          { mulai: '2023-01', selesai: '2023-12', predikat: 'Istimewa' },
        ],
      }),
    );
    expect(ms.map((m) => m.field)).toEqual([
      'pengangkatan.penilaianCpns.0.selesai',
      'pengangkatan.penilaianCpns.1.selesai',
      'pengangkatan.penilaianCpns.2.selesai',
      'pengangkatan.penilaianCpns.3.predikat',
    ]);
    expect(ms[3]!.pesan).toContain('"Istimewa" tidak dikenal');
  });

  it('periode CPNS sampai bulan perhitungan diterima: 1/12 × 12,5 + 12/12 × 150% × 12,5 = 19,791666…', () => {
    const h = hitung(
      aturan,
      dengan({
        jenis: 'pertama',
        penilaianCpns: [
          { mulai: '2025-01', selesai: '2025-01', predikat: 'Baik' },
          { mulai: '2024-01', selesai: '2024-12', predikat: 'Sangat Baik' },
        ],
      }),
    );
    // 25/24 + 18,75 = 475/24.
    expect(h.pengangkatan!.jumlah.pasti).toBe('475/24');
    expect(h.pengangkatan!.jumlah.tampilan).toBe('19,792');
  });

  it('penyesuaian: angka yang tidak sah dan sumber yang kosong', () => {
    expect(masalah(dengan({ jenis: 'penyesuaian', angkaKredit: 'lima', sumber: 'Lampiran II' })).map((m) => m.field)).toEqual([
      'pengangkatan.angkaKredit',
    ]);
    expect(masalah(dengan({ jenis: 'penyesuaian', angkaKredit: '10', sumber: '   ' })).map((m) => m.field)).toEqual([
      'pengangkatan.sumber',
    ]);
  });

  it('penyesuaian yang sah: angkanya dan sumber yang dirapikan', () => {
    const h = hitung(aturan, dengan({ jenis: 'penyesuaian', angkaKredit: '37,5', sumber: '  Lampiran II angka 3  ' }));
    expect(h.pengangkatan!.jumlah.pasti).toBe('37.5');
    expect(h.pengangkatan!.penyesuaian).toMatchObject({ sumberPengguna: 'Lampiran II angka 3' });
    expect(h.akumulasi.kumulatif.pasti).toBe('37.5');
  });

  it('perpindahan: predikat tidak dikenal, masa dalam golongan 0, 601 atau pecahan', () => {
    expect(masalah(dengan({ jenis: 'perpindahan', predikat: 'Istimewa', bulanDalamGolongan: 12 })).map((m) => m.field)).toEqual([
      'pengangkatan.predikat',
    ]);
    for (const bulan of [0, 601, 1.5]) {
      expect(masalah(dengan({ jenis: 'perpindahan', predikat: 'Baik', bulanDalamGolongan: bulan })).map((m) => m.field)).toEqual([
        'pengangkatan.bulanDalamGolongan',
      ]);
    }
  });

  it('perpindahan ke Ahli Pertama III/b, Baik 1 bulan: 1/12 × 12,5 + AK Dasar 50 = 1225/24', () => {
    const h = hitung(aturan, dengan({ jenis: 'perpindahan', predikat: 'Baik', bulanDalamGolongan: 1 }, { golongan: 'III/b' }));
    expect(h.pengangkatan!.jumlah.pasti).toBe('1225/24');
    expect(h.pengangkatan!.akDasar!.angka.pasti).toBe('50');
  });

  it('perpindahan dengan 600 bulan diterima: 50 × 12,5 = 625, III/a tanpa AK Dasar', () => {
    const h = hitung(aturan, dengan({ jenis: 'perpindahan', predikat: 'Baik', bulanDalamGolongan: 600 }));
    expect(h.pengangkatan!.jumlah.pasti).toBe('625');
    expect(h.pengangkatan!.akDasar).toBeUndefined();
    expect(h.pengangkatan!.catatan).toEqual(['Golongan III/a adalah golongan terendah jenjang Ahli Pertama: AK Dasar 0.']);
  });

  it('perpindahan dari pangkat puncak 48 bulan: hanya 36 bulan terakhir dihitung (3 × 12,5 + 50 = 87,5); promosi tidak dipotong (4 × 12,5 + 50 = 100)', () => {
    const pindah = hitung(
      aturan,
      dengan({ jenis: 'perpindahan', predikat: 'Baik', bulanDalamGolongan: 48, pangkatPuncak: true }, { golongan: 'III/b' }),
    );
    expect(pindah.pengangkatan!.jumlah.pasti).toBe('87.5');
    expect(pindah.pengangkatan!.konversi!.rumus).toBe('100% × 12,5 × 3 = 37,500');
    const tepat = hitung(
      aturan,
      dengan({ jenis: 'perpindahan', predikat: 'Baik', bulanDalamGolongan: 36, pangkatPuncak: true }, { golongan: 'III/b' }),
    );
    expect(tepat.pengangkatan!.catatan).toEqual([]);
    const promosi = hitung(
      aturan,
      dengan({ jenis: 'promosi', predikat: 'Baik', bulanDalamGolongan: 48, pangkatPuncak: true }, { golongan: 'III/b' }),
    );
    expect(promosi.pengangkatan!.jumlah.pasti).toBe('100');
  });
});

describe('pemeriksaan masukan PAK Integrasi', () => {
  const dengan = (pakIntegrasi: Masukan['pakIntegrasi'], lain: Partial<Masukan> = {}) => dasar({ pakIntegrasi, ...lain });

  it('setiap kolom yang salah disebut sekaligus', () => {
    const ms = masalah(
      dengan(
        { akKonvensional: 'banyak', jenjang: 'pemula', golongan: 'V/z', nilaiDasar: 'seratus' },
        { jabatanFungsional: 'pranata_humas' },
      ),
    );
    expect(ms.map((m) => m.field)).toEqual([
      'pakIntegrasi.jenjang',
      'pakIntegrasi.golongan',
      'pakIntegrasi.akKonvensional',
      'pakIntegrasi.nilaiDasar',
    ]);
  });

  it('jenjang yang tidak dikenal', () => {
    expect(masalah(dengan({ akKonvensional: '150', jenjang: 'ahli_super', golongan: 'III/a' })).map((m) => m.field)).toEqual([
      'pakIntegrasi.jenjang',
    ]);
  });

  it('nilai dasar kosong berarti nilai buku aturan: 150 − 100 = 50, tidak diganti', () => {
    const h = hitung(aturan, dengan({ akKonvensional: '150', jenjang: 'ahli_pertama', golongan: 'III/a', nilaiDasar: '' }));
    expect(h.integrasi).toMatchObject({
      hasil: { pasti: '50' },
      nilaiDasar: { pasti: '100' },
      nilaiDasarDiganti: false,
      masaPenilaian: 'sampai dengan 31 Desember 2022',
    });
  });

  it('nilai dasar diganti pengguna: 150 − 120 = 30', () => {
    const h = hitung(aturan, dengan({ akKonvensional: '150', jenjang: 'ahli_pertama', golongan: 'III/a', nilaiDasar: '120' }));
    expect(h.integrasi).toMatchObject({ hasil: { pasti: '30' }, nilaiDasarDiganti: true, rumus: '150,000 − 120,000 = 30,000' });
  });

  it('hasil negatif diberi peringatan dan tidak dipotong: 60 − 100 = −40', () => {
    const h = hitung(aturan, dengan({ akKonvensional: '60', jenjang: 'ahli_pertama', golongan: 'III/a' }));
    expect(h.integrasi!.hasil).toMatchObject({ pasti: '-40', tampilan: '-40,000' });
    expect(h.integrasi!.peringatan[0]).toMatch(/^Hasil integrasi negatif \(-40,000\)/);
  });

  it('golongan di luar jenjang PAK: peringatan, nilai dasar jenjang dipakai', () => {
    const h = hitung(aturan, dengan({ akKonvensional: '150', jenjang: 'ahli_pertama', golongan: 'III/c' }));
    expect(h.integrasi!.hasil.pasti).toBe('50');
    expect(
      h.integrasi!.peringatan.some((p) =>
        p.startsWith('Golongan III/c tidak berada dalam rentang jenjang Ahli Pertama (III/a, III/b); nilai dasar jenjang dipakai.'),
      ),
    ).toBe(true);
  });
});

describe('setiap syarat yang tidak terpenuhi memberi alasannya sendiri', () => {
  it('angka kredit, masa, predikat dan pernyataan: empat alasan KP, dua alasan KJ, tanpa TMT', () => {
    // AK 10 + 7/12 × 50% × 12,5 = 10 + 175/48 = 13,645833…; ambang III/b 50 (kurang 36,354…) dan KJ 100 (kurang 86,354…).
    // Masa pangkat sejak 1 Juni 2024: 8 bulan pada tanggal KP 1 Februari 2025, genap 2 tahun 1 Juni 2026.
    const h = hitung(
      aturan,
      dasar({
        tmtPangkat: '2024-06-01',
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '10' }],
        penilaian: [{ mulai: '2024-06', selesai: '2024-12', predikat: 'Kurang' }],
        pernyataan: { lulusUjiKompetensi: true, formasiTersedia: true, bebasHukumanDisiplin: false },
      }),
    );
    expect(h.akumulasi.kumulatif.pasti).toBe('655/48');
    expect(h.kenaikanPangkat.alasan).toEqual([
      'kurang 36,354 angka kredit',
      'masa dalam pangkat Penata Muda (III/a) belum terpenuhi (baru 8 bulan pada 1 Februari 2025; terpenuhi pada 1 Juni 2026)',
      'predikat kinerja paling rendah Baik dalam 2 tahun terakhir belum terpenuhi: Kurang pada Juni–Desember 2024 (periode 1)',
      'tidak sedang menjalani hukuman disiplin dinyatakan belum terpenuhi',
    ]);
    expect(h.kenaikanPangkat.kalimat).toBe(
      `TIDAK DAPAT dipertimbangkan untuk kenaikan pangkat ke Penata Muda Tingkat I (III/b): ${h.kenaikanPangkat.alasan.join('; ')}.`,
    );
    expect(h.kenaikanPangkat.tmtPalingCepat).toBeUndefined();
    expect(h.kenaikanJenjang.alasan).toEqual([
      'kurang 86,354 angka kredit',
      'predikat kinerja paling rendah Baik dalam 1 tahun terakhir belum terpenuhi: Kurang pada Juni–Desember 2024 (periode 1)',
    ]);
    expect(h.kenaikanJenjang.selisih).toMatchObject({ jenis: 'kekurangan', angka: { pasti: '4145/48' } });
    expect(kj(h, 'kj-formasi')).toMatchObject({
      terpenuhi: true,
      cara: 'dinyatakan',
      nyata: 'dinyatakan terpenuhi (tidak diperiksa aplikasi)',
    });
    expect(kp(h, 'kp-hukuman-disiplin')).toMatchObject({ terpenuhi: false, cara: 'dinyatakan', nyata: 'dinyatakan belum terpenuhi' });
  });

  it('hanya syarat waktu yang kurang: TMT perkiraan pada tanggal KP sesudah syarat itu genap', () => {
    // Semua cukup kecuali masa pangkat sejak 1 Juni 2023: genap 1 Juni 2025, TMT 1 Juni 2025 (bulan genap PerBKN 4/2023).
    const h = hitung(
      aturan,
      dasar({
        tmtPangkat: '2023-06-01',
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '50' }],
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(h.kenaikanPangkat.syarat.filter((s) => !s.terpenuhi).map((s) => s.id)).toEqual(['kp-masa-pangkat']);
    expect(h.kenaikanPangkat.tmtPalingCepat).toMatchObject({ tanggal: '2025-06-01', tampilan: '1 Juni 2025', perkiraan: true });
  });
});

describe('jenjang setiap periode', () => {
  // Ahli Muda III/c sejak 1 Juli 2024; bulan sebelumnya milik jenjang yang disebut atau yang tercatat di riwayat.
  const muda = (penilaian: Masukan['penilaian'], lain: Partial<Masukan> = {}) =>
    dasar({ jenjang: 'ahli_muda', golongan: 'III/c', tmtPangkat: '2024-07-01', tmtJenjang: '2024-07-01', penilaian, ...lain });

  it('periode yang mulai tepat pada TMT jenjang dihitung dengan koefisien jenjang itu; tahun periode lintas tahun ditulis 2024–2025', () => {
    const h = hitung(
      aturan,
      muda(
        [
          { mulai: '2024-01', selesai: '2024-06', predikat: 'Baik', jenjang: 'ahli_pertama' },
          { mulai: '2024-07', selesai: '2025-01', predikat: 'Baik' },
        ],
        { tanggalPerhitungan: '2025-02-15' },
      ),
    );
    // 6/12 × 12,5 = 6,25 (tidak dihitung); 7/12 × 25 = 175/12.
    expect(h.konversi.map((k) => [k.angkaKredit.pasti, k.dihitung, k.jenjang.id, k.tahun])).toEqual([
      ['6.25', false, 'ahli_pertama', '2024'],
      ['175/12', true, 'ahli_muda', '2024–2025'],
    ]);
    expect(h.akumulasi.kumulatif.pasti).toBe('175/12');
  });

  it('jenjang yang tidak ada pada jabatan, jenjang lain sesudah TMT jenjang, atau jenjang yang tidak sesuai riwayat ditolak', () => {
    expect(
      masalah(
        muda([{ mulai: '2024-01', selesai: '2024-06', predikat: 'Baik', jenjang: 'pemula' }], { jabatanFungsional: 'pranata_humas' }),
      ).map((m) => m.field),
    ).toEqual(['penilaian.0.jenjang']);
    expect(masalah(muda([{ mulai: '2024-01', selesai: '2024-06', predikat: 'Baik', jenjang: 'ahli_raya' }])).map((m) => m.field)).toEqual([
      'penilaian.0.jenjang',
    ]);
    expect(
      masalah(muda([{ mulai: '2024-07', selesai: '2024-12', predikat: 'Baik', jenjang: 'ahli_pertama' }])).map((m) => m.field),
    ).toEqual(['penilaian.0.jenjang']);
    const riwayat: Masukan['riwayat'] = [{ tanggal: '2024-07-01', jenis: 'kenaikan_jenjang', jenjang: 'ahli_muda', golongan: 'III/c' }];
    expect(
      masalah(muda([{ mulai: '2024-01', selesai: '2024-06', predikat: 'Baik', jenjang: 'ahli_madya' }], { riwayat })).map((m) => m.field),
    ).toEqual(['penilaian.0.jenjang']);
  });

  it('dengan riwayat, jenjang bulan sebelum TMT jenjang dibaca dari riwayat; jenjang yang sama boleh disebut', () => {
    const riwayat: Masukan['riwayat'] = [{ tanggal: '2024-07-01', jenis: 'kenaikan_jenjang', jenjang: 'ahli_muda', golongan: 'III/c' }];
    const h = hitung(
      aturan,
      muda(
        [
          { mulai: '2024-01', selesai: '2024-03', predikat: 'Baik' },
          { mulai: '2024-04', selesai: '2024-06', predikat: 'Baik', jenjang: 'ahli_pertama' },
        ],
        { riwayat },
      ),
    );
    expect(h.konversi.map((k) => [k.jenjang.id, k.dihitung])).toEqual([
      ['ahli_pertama', false],
      ['ahli_pertama', false],
    ]);
  });

  it('periode yang berakhir sebulan sebelum TMT jenjang tidak melintasinya; yang berakhir pada bulan TMT melintasi', () => {
    expect(() => hitung(aturan, muda([{ mulai: '2024-05', selesai: '2024-06', predikat: 'Baik', jenjang: 'ahli_pertama' }]))).not.toThrow();
    const ms = masalah(muda([{ mulai: '2024-06', selesai: '2024-07', predikat: 'Baik', jenjang: 'ahli_pertama' }]));
    expect(ms.map((m) => m.field)).toEqual(['penilaian.0.selesai']);
    expect(ms[0]!.pesan).toContain('sampai Juni 2024 dan mulai Juli 2024');
  });
});

describe('angka kredit pengangkatan masuk ke angka kredit awal', () => {
  it('perpindahan ke III/b, Baik 12 bulan: AK Dasar 50 dan konversi 12,5 (100% × 12,5)', () => {
    const h = hitung(
      aturan,
      dasar({ golongan: 'III/b', pengangkatan: { jenis: 'perpindahan', predikat: 'Baik', bulanDalamGolongan: 12 } }),
    );
    expect(h.angkaKreditAwal.map((a) => [a.jenis, a.angkaKredit.pasti])).toEqual([
      ['ak_dasar', '50'],
      ['ak_konversi', '12.5'],
    ]);
    expect(h.pengangkatan!.konversi!.rumus).toBe('100% × 12,5 = 12,500');
    expect(h.akumulasi.kumulatif.pasti).toBe('62.5');
  });

  it('pengangkatan pertama: satu baris konversi masa CPNS, dijumlah dari setiap periode', () => {
    const ok = hitung(
      aturan,
      dasar({
        pengangkatan: {
          jenis: 'pertama',
          penilaianCpns: [
            { mulai: '2023-01', selesai: '2023-01', predikat: 'Baik' },
            { mulai: '2024-01', selesai: '2024-12', predikat: 'Sangat Baik' },
          ],
        },
      }),
    );
    // 1/12 × 12,5 = 25/24 (1,042) dan 150% × 12,5 = 18,75.
    expect(ok.angkaKreditAwal.map((a) => [a.jenis, a.angkaKredit.pasti])).toEqual([['ak_konversi', '475/24']]);
    expect(ok.pengangkatan!.konversi!.rumus).toBe('1,042 + 18,750');
  });

  it('penyesuaian: satu baris AK Penyesuaian', () => {
    const h = hitung(aturan, dasar({ pengangkatan: { jenis: 'penyesuaian', angkaKredit: '20', sumber: 'Lampiran II angka 3' } }));
    expect(h.angkaKreditAwal.map((a) => [a.jenis, a.angkaKredit.pasti])).toEqual([['ak_penyesuaian', '20']]);
  });
});

describe('tanggal perhitungan di luar kalender dan integrasi jenjang keterampilan', () => {
  it('31 Desember 1999, sebelum kalender pertama (PP 99/2000 mulai 1 Januari 2000): ditolak dengan cakupannya', () => {
    const ms = masalah(dasar({ tanggalPerhitungan: '1999-12-31', tmtPangkat: '1999-01-01', tmtJenjang: '1999-01-01' }));
    expect(ms.map((m) => m.field)).toContain('tanggalPerhitungan');
    expect(ms.find((m) => m.field === 'tanggalPerhitungan')!.pesan).toBe(
      'Tanggal perhitungan 31 Desember 1999 berada di luar kalender kenaikan pangkat dalam buku aturan, yang mencakup 1 Januari 2000 dan sesudahnya.',
    );
  });

  it('1 Januari 2000, hari pertama kalender, diterima: tanggal KP 1 April 2000', () => {
    // Masa pangkat sejak 1 Januari 1998 genap 1 Januari 2000; diukur sampai tanggal KP 1 April 2000: 2 tahun 3 bulan.
    const h = hitung(aturan, dasar({ tanggalPerhitungan: '2000-01-01', tmtPangkat: '1998-01-01', tmtJenjang: '1998-01-01' }));
    expect(kp(h, 'kp-masa-pangkat')).toMatchObject({ terpenuhi: true, nyata: '2 tahun 3 bulan pada 1 April 2000' });
  });

  it('Mahir III/a: 150 − 100 = 50 tanpa rentang golongan (rentang hanya untuk jenjang keahlian)', () => {
    const h = hitung(
      aturan,
      dasar({ jenjang: 'mahir', golongan: 'III/a', pakIntegrasi: { akKonvensional: '150', jenjang: 'mahir', golongan: 'III/a' } }),
    );
    expect(h.integrasi!.hasil.pasti).toBe('50');
    expect(h.integrasi!.rentang).toBeUndefined();
    expect(h.integrasi!.dalamRentang).toBeUndefined();
    expect(h.integrasi!.peringatan).toEqual([]);
  });
});
