// The explanation of a result (src/domain/penjelasan.ts): its steps, notes and the project decisions
// it cites. Expected values are worked out by hand from rules/ (predikat.yaml: Sangat Baik 150%, Baik
// 100%; jenjang.yaml: Ahli Pertama 12,5; kumulatif.yaml: Ahli Pertama III/a → III/b 50, KJ to Ahli
// Muda 100; pembulatan.yaml: 3 decimals), never read back from the code. Each field is asserted on its
// own, because the mutation run ignores changes to message texts (stryker.teks-pesan.mjs) and only
// ids, inputs, order and sources can tell a changed explanation from the real one.
import { describe, expect, it } from 'vitest';
import type { Aturan } from '../../src/domain/aturan.ts';
import type { Hasil, Langkah } from '../../src/domain/hasil.ts';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

const langkah = (h: Hasil, id: string): Langkah => {
  const l = h.langkah.find((x) => x.id === id);
  if (!l) throw new Error(`langkah ${id} tidak ada`);
  return l;
};
const kutipan = (xs: { kutipan: string }[]) => xs.map((x) => x.kutipan);

describe('langkah konversi, jumlah dan kumulatif', () => {
  // Entered out of order: row 1 is January–June 2025, row 2 is 2023 (before the TMT jenjang, in the
  // same jenjang), row 3 is 2024. The steps follow the calendar; each step's id keeps the row number
  // the user typed, so a message about "periode 1" still points at the row they entered first.
  const masukan = dasar({
    tmtJenjang: '2024-01-01',
    penilaian: [
      { mulai: '2025-01', selesai: '2025-06', predikat: 'Baik' },
      { mulai: '2023-01', selesai: '2023-12', predikat: 'Baik', jenjang: 'ahli_pertama' },
      { mulai: '2024-01', selesai: '2024-12', predikat: 'Sangat Baik' },
    ],
    angkaKreditAwal: [
      { jenis: 'ak_jf_lama', angkaKredit: '10,5' },
      { jenis: 'lainnya', uraian: 'Penghargaan', angkaKredit: '2' },
    ],
    tanggalPerhitungan: '2025-07-15',
  });

  it('urutan langkah dan nomor periode yang diketik pengguna', () => {
    const h = hitung(aturan, masukan);
    expect(h.langkah.map((l) => l.id)).toEqual([
      'konversi-2',
      'konversi-3',
      'konversi-1',
      'jumlah-konversi',
      'jumlah-awal',
      'kumulatif',
      'kenaikan-pangkat',
      'kenaikan-jenjang',
    ]);
  });

  it('satu langkah per periode: bulan, persentase, koefisien, hasil dan sumber barisnya', () => {
    const h = hitung(aturan, masukan);
    // 2023: 12/12 × 100% × 12,5 = 12,5; 2024: 12/12 × 150% × 12,5 = 18,75; 2025: 6/12 × 100% × 12,5 = 6,25.
    const diharapkan = [
      ['konversi-2', '12', '100%', '12.5', '12,500'],
      ['konversi-3', '12', '150%', '18.75', '18,750'],
      ['konversi-1', '6', '100%', '6.25', '6,250'],
    ] as const;
    diharapkan.forEach(([id, bulan, persen, pasti, tampilan], i) => {
      const l = langkah(h, id);
      expect(l.masukan).toEqual([
        { nama: 'Jumlah bulan', nilai: bulan },
        { nama: 'Persentase predikat', nilai: persen },
        { nama: 'Koefisien per tahun', nilai: '12,5' },
      ]);
      expect(l.hasil).toBe(tampilan);
      expect(l.angka?.pasti).toBe(pasti);
      // The step is the konversi row of the same place in the calendar order, with its sources.
      expect(l.rumus).toBe(h.konversi[i]!.rumus);
      expect(l.sumber).toBe(h.konversi[i]!.sumber);
      expect(kutipan(l.sumber)[0]).toBe('PerBKN 3/2023, Pasal 13 ayat (1)');
    });
    expect(langkah(h, 'konversi-3').uraian).toBe('Konversi predikat Sangat Baik, Januari–Desember 2024, jenjang Ahli Pertama');
  });

  it('jumlah konversi: hanya periode sejak TMT jenjang, dengan nomor barisnya', () => {
    const h = hitung(aturan, masukan);
    const l = langkah(h, 'jumlah-konversi');
    // Rows in calendar order: 1 (2023, before the TMT jenjang: left out), 2 (2024), 3 (2025).
    expect(l.masukan).toEqual([
      { nama: 'Periode 2 (Januari–Desember 2024)', nilai: '18,750' },
      { nama: 'Periode 3 (Januari–Juni 2025)', nilai: '6,250' },
    ]);
    expect(l.hasil).toBe('25,000');
    expect(l.angka?.pasti).toBe('25');
    expect(kutipan(l.sumber)).toEqual(['PermenPAN-RB 1/2023, ketentuan angka kredit kumulatif']);
  });

  it('jumlah awal: label jenisnya, dengan uraian bila ada', () => {
    const h = hitung(aturan, masukan);
    const l = langkah(h, 'jumlah-awal');
    expect(l.masukan).toEqual([
      { nama: 'AK dari PAK terakhir (JF lama)', nilai: '10,500' },
      { nama: 'AK lainnya: Penghargaan', nilai: '2,000' },
    ]);
    // 10,5 + 2 = 12,5.
    expect(l.hasil).toBe('12,500');
    expect(l.angka?.pasti).toBe('12.5');
    expect(kutipan(l.sumber)).toEqual(['PermenPAN-RB 1/2023, ketentuan angka kredit kumulatif']);
  });

  it('kumulatif: awal + konversi dalam jenjang', () => {
    const h = hitung(aturan, masukan);
    const l = langkah(h, 'kumulatif');
    // 12,5 + 25 = 37,5.
    expect(l.rumus).toBe('12,500 + 25,000 = 37,500');
    expect(l.masukan).toEqual([
      { nama: 'Angka kredit awal', nilai: '12,500' },
      { nama: 'Angka kredit konversi dalam jenjang', nilai: '25,000' },
    ]);
    expect(l.hasil).toBe('37,500');
    expect(l.angka?.pasti).toBe('37.5');
    expect(kutipan(l.sumber)).toEqual(['PermenPAN-RB 1/2023, ketentuan angka kredit kumulatif']);
  });

  it('kekurangan terhadap ambang KP dan KJ: tanda minus, disebut kekurangan, bersumber pada ambangnya', () => {
    const h = hitung(aturan, masukan);
    const kp = langkah(h, 'kenaikan-pangkat');
    // 37,5 − 50 = −12,5.
    expect(kp.rumus).toBe('37,500 − 50,000 = −12,500');
    expect(kp.masukan).toEqual([
      { nama: 'Angka kredit kumulatif', nilai: '37,500' },
      { nama: 'Angka kredit kumulatif minimal', nilai: '50,000' },
    ]);
    expect(kp.hasil).toBe('kekurangan 12,500');
    expect(kp.angka?.pasti).toBe('12.5');
    // Only the threshold's source, not those of the other conditions (masa, predikat, declarations).
    expect(kp.sumber.map((s) => s.uraian)).toEqual(['Ahli Pertama III/a ke III/b: 50']);
    expect(kp.uraian).toBe('Kelebihan/kekurangan angka kredit untuk kenaikan pangkat ke Penata Muda Tingkat I (III/b)');
    const kj = langkah(h, 'kenaikan-jenjang');
    // 37,5 − 100 = −62,5.
    expect(kj.rumus).toBe('37,500 − 100,000 = −62,500');
    expect(kj.masukan).toEqual([
      { nama: 'Angka kredit kumulatif', nilai: '37,500' },
      { nama: 'Angka kredit kumulatif minimal', nilai: '100,000' },
    ]);
    expect(kj.hasil).toBe('kekurangan 62,500');
    expect(kj.sumber.map((s) => s.uraian)).toEqual(['Kenaikan jenjang Ahli Pertama ke Ahli Muda pada 100']);
    expect(kj.uraian).toBe('Kelebihan/kekurangan angka kredit untuk kenaikan jenjang ke Ahli Muda');
  });
});

describe('langkah selisih', () => {
  const dengan = (ak: string, m: Partial<Masukan> = {}) =>
    hitung(aturan, dasar({ angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: ak }], ...m }));

  it('tepat di ambang: kelebihan 0, tanpa tanda minus (ambang yang tepat terpenuhi)', () => {
    const h = dengan('50');
    expect(langkah(h, 'kenaikan-pangkat').rumus).toBe('50,000 − 50,000 = 0,000');
    expect(langkah(h, 'kenaikan-pangkat').hasil).toBe('kelebihan 0,000');
    expect(langkah(h, 'kenaikan-jenjang').rumus).toBe('50,000 − 100,000 = −50,000');
  });

  it('di atas kedua ambang: kelebihan', () => {
    // 120,5 − 50 = 70,5; 120,5 − 100 = 20,5.
    const h = dengan('120,5');
    expect(langkah(h, 'kenaikan-pangkat').rumus).toBe('120,500 − 50,000 = 70,500');
    expect(langkah(h, 'kenaikan-pangkat').hasil).toBe('kelebihan 70,500');
    expect(langkah(h, 'kenaikan-jenjang').rumus).toBe('120,500 − 100,000 = 20,500');
    expect(langkah(h, 'kenaikan-jenjang').hasil).toBe('kelebihan 20,500');
  });

  it('tanpa kenaikan yang tersedia: tidak ada langkah selisihnya', () => {
    // Ahli Utama IV/e: the top golongan of the top jenjang, so neither a KP nor a KJ.
    const puncak = dengan('10', { jenjang: 'ahli_utama', golongan: 'IV/e' });
    expect(puncak.langkah.map((l) => l.id)).toEqual(['jumlah-konversi', 'jumlah-awal', 'kumulatif']);
    // Ahli Utama IV/d: a KP to IV/e, no KJ.
    const kpSaja = dengan('10', { jenjang: 'ahli_utama', golongan: 'IV/d' });
    expect(kpSaja.langkah.map((l) => l.id)).toEqual(['jumlah-konversi', 'jumlah-awal', 'kumulatif', 'kenaikan-pangkat']);
    // Without starting AK or periods the sums are 0 and list nothing.
    const kosong = hitung(aturan, dasar());
    expect(langkah(kosong, 'jumlah-konversi').masukan).toEqual([]);
    expect(langkah(kosong, 'jumlah-awal').masukan).toEqual([]);
    expect(langkah(kosong, 'kumulatif').rumus).toBe('0,000 + 0,000 = 0,000');
  });
});

describe('langkah angka kredit awal yang dihitung', () => {
  it('PAK Integrasi milik jenjang sebelumnya: langkahnya tercantum, barisnya tidak dijumlahkan', () => {
    const h = hitung(
      aturan,
      dasar({
        jenjang: 'ahli_muda',
        golongan: 'III/c',
        tmtJenjang: '2024-01-01',
        tmtPangkat: '2024-01-01',
        pakIntegrasi: { akKonvensional: '130', jenjang: 'ahli_pertama', golongan: 'III/b' },
        angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '3' }],
        tanggalPerhitungan: '2025-07-15',
      }),
    );
    // The integration step sits between the konversi sum and the starting sum.
    expect(h.langkah.map((l) => l.id)).toEqual([
      'jumlah-konversi',
      'integrasi',
      'jumlah-awal',
      'kumulatif',
      'kenaikan-pangkat',
      'kenaikan-jenjang',
    ]);
    // 130 − 100 (nilai dasar Ahli Pertama) = 30, of Ahli Pertama: not counted in Ahli Muda; only the 3.
    expect(langkah(h, 'jumlah-awal').masukan).toEqual([{ nama: 'AK lainnya', nilai: '3,000' }]);
    expect(langkah(h, 'jumlah-awal').hasil).toBe('3,000');
  });
});

describe('catatan', () => {
  const teks = (h: Hasil) => h.catatan.map((c) => c.teks);
  const dasarCatatan = [
    /^Kelebihan angka kredit setelah kenaikan pangkat/,
    /^Kenaikan jenjang jabatan mengakibatkan/,
    /^Syarat yang bertanda "dinyatakan"/,
    /^TMT kenaikan pangkat paling cepat/,
    /^Angka kredit dihitung secara eksak/,
  ];

  it('JF dari katalog tanpa hal khusus: lima catatan tetap, dengan sumbernya', () => {
    const h = hitung(aturan, dasar({ jabatanFungsional: 'pranata_humas', tanggalPerhitungan: '2025-07-15' }));
    expect(h.catatan).toHaveLength(5);
    dasarCatatan.forEach((pola, i) => expect(h.catatan[i]!.teks).toMatch(pola));
    expect(h.catatan.map((c) => c.sumber?.kutipan)).toEqual([
      'PermenPAN-RB 1/2023, ketentuan angka kredit kumulatif',
      'PermenPAN-RB 1/2023, ketentuan angka kredit kumulatif',
      undefined,
      // The KP calendar in force on 15 July 2025 (kalender-kp.yaml: 1 January 2024 – 30 September 2025).
      'PerBKN 4/2023, ketentuan periode kenaikan pangkat',
      'Keputusan implementasi, Keputusan 2',
    ]);
  });

  it('kalender KP menurut tanggal perhitungan', () => {
    const pada = (t: string) =>
      hitung(aturan, dasar({ jabatanFungsional: 'pranata_humas', tanggalPerhitungan: t })).catatan[3]!.sumber?.kutipan;
    expect(pada('2025-09-30')).toBe('PerBKN 4/2023, ketentuan periode kenaikan pangkat');
    expect(pada('2025-10-01')).toBe('PerBKN 4/2025, ketentuan periode kenaikan pangkat');
  });

  it('konversi sebelum TMT jenjang, PAK Integrasi jenjang lain beserta peringatannya, pengembangan profesi', () => {
    const h = hitung(
      aturan,
      dasar({
        jabatanFungsional: 'pranata_humas',
        jenjang: 'ahli_muda',
        golongan: 'III/c',
        tmtJenjang: '2024-01-01',
        tmtPangkat: '2024-01-01',
        penilaian: [
          { mulai: '2023-01', selesai: '2023-12', predikat: 'Baik', jenjang: 'ahli_pertama' },
          { mulai: '2024-01', selesai: '2024-12', predikat: 'Sangat Baik' },
        ],
        // 90 − 100 = −10: negative, and outside III/a's 0–50 range: two warnings.
        pakIntegrasi: { akKonvensional: '90', jenjang: 'ahli_pertama', golongan: 'III/a' },
        tanggalPerhitungan: '2025-07-15',
      }),
    );
    const t = teks(h);
    expect(t).toHaveLength(10);
    expect(t[0]).toBe(
      'AK Integrasi (-10,000) milik jenjang Ahli Pertama; setelah kenaikan jenjang ke Ahli Muda angka kredit kembali 0, sehingga tidak dihitung.',
    );
    // The integration's warnings, each prefixed; the order is the one issued sheets have always printed
    // (each put in front of the list in turn), so a sheet made again stays byte for byte the same.
    expect(t[1]).toMatch(/^Peringatan PAK Integrasi: Hasil integrasi -10,000 di luar rentang yang wajar untuk golongan III\/a/);
    expect(t[2]).toMatch(/^Peringatan PAK Integrasi: Hasil integrasi negatif \(-10,000\)/);
    // 2023: 12/12 × 100% × 12,5 = 12,5 of Ahli Pertama, listed and not counted.
    expect(t[3]).toBe(
      'Angka kredit konversi sebelum TMT jenjang Ahli Muda (12,500) dicantumkan tetapi tidak dihitung dalam angka kredit kumulatif jenjang ini.',
    );
    dasarCatatan.forEach((pola, i) => expect(t[4 + i]).toMatch(pola));
    // The next jenjang, Ahli Madya, is in syarat.yaml's pengembanganProfesi.jenjangTujuan: last.
    expect(t[9]).toBe('Kenaikan jenjang ke Ahli Madya dapat mensyaratkan pengembangan profesi; hal ini tidak diperiksa aplikasi.');
    expect(h.catatan.map((c) => c.sumber?.kutipan).filter((_, i) => i < 4 || i === 9)).toEqual([
      'PermenPAN-RB 1/2023, ketentuan angka kredit kumulatif',
      'PerBKN 3/2023, Ketentuan Peralihan (bahan sosialisasi BKN)',
      'PerBKN 3/2023, Ketentuan Peralihan (bahan sosialisasi BKN)',
      'PermenPAN-RB 1/2023, ketentuan angka kredit kumulatif',
      'PermenPAN-RB 1/2023, ketentuan pengembangan profesi',
    ]);
  });

  it('PAK Integrasi dalam jenjang yang sama dan dalam rentang: tanpa catatan tambahan', () => {
    // 130 − 100 = 30, within III/a's 0–50, of the current jenjang.
    const h = hitung(
      aturan,
      dasar({ jabatanFungsional: 'pranata_humas', pakIntegrasi: { akKonvensional: '130', jenjang: 'ahli_pertama', golongan: 'III/a' } }),
    );
    expect(h.catatan).toHaveLength(5);
  });

  it('catatan katalog dan catatan pengangkatan di depan', () => {
    // Perpindahan into Ahli Muda III/c (the jenjang's lowest golongan: AK Dasar 0) from the top pangkat
    // of the administrative track, held 48 months (more than the 36 counted): two pengangkatan notes.
    // The general JF entry ("lainnya") adds its note that jenjang limits are not checked.
    const h = hitung(
      aturan,
      dasar({
        jenjang: 'ahli_muda',
        golongan: 'III/c',
        pengangkatan: { jenis: 'perpindahan', predikat: 'Baik', bulanDalamGolongan: 48, pangkatPuncak: true },
        tanggalPerhitungan: '2025-01-15',
      }),
    );
    const t = teks(h);
    expect(t).toHaveLength(9);
    expect(t[0]).toMatch(/^Batas jenjang jabatan ini tidak diperiksa/);
    expect(h.catatan[0]!.sumber?.kutipan).toBe('Keputusan implementasi, Keputusan 4');
    expect(t[1]).toBe('Golongan III/c adalah golongan terendah jenjang Ahli Muda: AK Dasar 0.');
    expect(t[2]).toMatch(/^Pangkat III\/c adalah pangkat tertinggi jabatan administrasi/);
    expect(h.catatan[1]!.sumber).toBeUndefined();
    dasarCatatan.forEach((pola, i) => expect(t[3 + i]).toMatch(pola));
    expect(t[8]).toMatch(/^Kenaikan jenjang ke Ahli Madya dapat mensyaratkan pengembangan profesi/);
  });

  it('jenjang tertinggi kategori keterampilan: catatan alih kategori, tanpa pengembangan profesi', () => {
    const h = hitung(aturan, dasar({ jenjang: 'penyelia', golongan: 'III/c' }));
    const t = teks(h);
    expect(t).toHaveLength(7);
    expect(t[0]).toMatch(/^Batas jenjang jabatan ini tidak diperiksa/);
    expect(t[1]).toMatch(/^Penyelia adalah jenjang tertinggi kategori keterampilan/);
    dasarCatatan.forEach((pola, i) => expect(t[2 + i]).toMatch(pola));
  });
});

const CUKUP = 'SE BKN 9/2024, isi surat edaran belum dibaca; cakupannya memuat penyelarasan sebutan predikat kinerja';

describe('keputusan', () => {
  const keputusan = (a: Aturan, m: Masukan) =>
    hitung(a, m)
      .keputusan.map((k) => k.kutipan)
      .sort();

  it('selalu: hitungan bulan dan pembulatan; ditambah keputusan yang dikutip syarat dan catatan, masing-masing sekali', () => {
    const h = hitung(aturan, dasar({ jabatanFungsional: 'pranata_humas', jenjang: 'ahli_muda', golongan: 'III/c' }));
    expect(h.keputusan.every((k) => k.status === 'decision')).toBe(true);
    expect(h.keputusan.map((k) => k.kutipan).sort()).toEqual(
      [
        'Keputusan implementasi, Keputusan 1',
        'Keputusan implementasi, Keputusan 2',
        // The KP predikat window (syarat.yaml, Keputusan 6) and the pengembangan profesi note.
        'PerBKN 3/2023, ketentuan syarat kenaikan pangkat (sebagaimana dikutip situs pemerintah); Keputusan 6',
        'PermenPAN-RB 1/2023, ketentuan pengembangan profesi',
      ].sort(),
    );
  });

  it('dari baris konversi (sebutan Cukup), JF umum, KP tanpa formasi, pendidikan dan penyesuaian', () => {
    // Cukup is read as Butuh Perbaikan by Keputusan 5 (cited to SE BKN 9/2024); the general JF entry is Keputusan 4.
    expect(keputusan(aturan, dasar({ penilaian: [{ mulai: '2024-01', selesai: '2024-06', predikat: 'Cukup' }] }))).toContain(CUKUP);
    expect(keputusan(aturan, dasar({ penilaian: [{ mulai: '2024-01', selesai: '2024-06', predikat: 'Butuh Perbaikan' }] }))).not.toContain(
      CUKUP,
    );
    expect(keputusan(aturan, dasar())).toContain('Keputusan implementasi, Keputusan 4');
    // KJ threshold met (100) but no formasi: the once-only KP without KJ (Keputusan 9) is offered.
    const tanpaFormasi = keputusan(
      aturan,
      dasar({
        golongan: 'III/b',
        angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '100' }],
        pernyataan: { ...dasar().pernyataan, formasiTersedia: false },
      }),
    );
    expect(tanpaFormasi.some((k) => k.includes('Keputusan 9'))).toBe(true);
    // The education bonus's base (Keputusan 14).
    const pendidikan = keputusan(aturan, dasar({ peningkatanPendidikan: { tanggal: '2024-06-10', predikat: 'Baik' } }));
    expect(pendidikan).toContain('Keputusan implementasi, Keputusan 14');
    // A penyesuaian typed by the user (Keputusan 13), read from the pengangkatan step.
    const penyesuaian = keputusan(aturan, dasar({ pengangkatan: { jenis: 'penyesuaian', angkaKredit: '20', sumber: 'SK 1/2024' } }));
    expect(penyesuaian).toContain('Keputusan implementasi, Keputusan 13');
  });

  it('rentang integrasi yang berstatus keputusan dikutip walau hasilnya di dalam rentang', () => {
    // No rule book value of today marks an integration range a decision; one that did must be cited.
    // III/b's range is 50–100: 160 − 100 = 60 lies inside it, 130 − 100 = 30 below it (with a warning).
    const ig = aturan.pengangkatan.integrasi;
    const ubahan: Aturan = {
      ...aturan,
      pengangkatan: {
        ...aturan.pengangkatan,
        integrasi: { ...ig, rentang: ig.rentang.map((r) => ({ ...r, sumber: { ...r.sumber, status: 'decision' as const } })) },
      },
    };
    const dengan = (ak: string) =>
      keputusan(ubahan, dasar({ golongan: 'III/b', pakIntegrasi: { akKonvensional: ak, jenjang: 'ahli_pertama', golongan: 'III/b' } }));
    expect(dengan('160')).toContain('PerBKN 3/2023, Ketentuan Peralihan (templat BKN)');
    expect(dengan('130')).toContain('PerBKN 3/2023, Ketentuan Peralihan (templat BKN)');
    expect(
      keputusan(aturan, dasar({ golongan: 'III/b', pakIntegrasi: { akKonvensional: '160', jenjang: 'ahli_pertama', golongan: 'III/b' } })),
    ).not.toContain('PerBKN 3/2023, Ketentuan Peralihan (templat BKN)');
  });
});
