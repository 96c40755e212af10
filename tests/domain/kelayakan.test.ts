// The KP and KJ conditions one by one: edges of each (a threshold or a date met exactly, the first and last
// month of a predikat window), the data each condition carries, and the verdict and TMT they lead to.
// Every expected value is worked out by hand from rules/ (kumulatif.yaml, syarat.yaml, kalender-kp.yaml,
// predikat.yaml); each result is computed inside its `it`.
//
// The base input (tests/helpers/aturan.ts): Ahli Pertama III/a, TMT pangkat and jenjang 1 April 2021,
// calculated on 15 Januari 2025, every declaration met. KP III/a → III/b needs 50 (kumulatif.yaml); KJ to
// Ahli Muda needs 100. The KP date for 15 Januari 2025 is 1 Februari 2025 (PerBKN 4/2023: even months);
// the KP's predikat window is the 24 months before it, Februari 2023–Januari 2025; the KJ's is the 12
// months before the calculation month, Januari–Desember 2024.
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import type { Syarat } from '../../src/domain/hasil.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

const hasil = (over: Partial<Masukan>) => hitung(aturan, dasar(over), { tanpaProyeksi: true, tanpaPenjelasan: true });
const kp = (over: Partial<Masukan>) => hasil(over).kenaikanPangkat;
const kj = (over: Partial<Masukan>) => hasil(over).kenaikanJenjang;
const syarat = (daftar: Syarat[], id: string) => daftar.find((s) => s.id === id)!;
const ak = (angkaKredit: string): Masukan['angkaKreditAwal'] => [{ jenis: 'ak_integrasi', angkaKredit }];
const baik = (mulai: string, selesai: string) => ({ mulai, selesai, predikat: 'Baik' });
// Baik Januari 2023–Desember 2024 (konversi.yaml): 24/12 × 100% × 12,5 = 25 angka kredit.
const DUA_TAHUN_BAIK = [baik('2023-01', '2024-12')];

describe('angka kredit: ambang dan selisih', () => {
  it('tepat 50 (25 awal + 25 konversi) memenuhi ambang III/b dengan kelebihan 0', () => {
    const r = kp({ angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK });
    const s = syarat(r.syarat, 'kp-angka-kredit');
    expect(s.terpenuhi).toBe(true);
    expect(s.jenis === 'angka_kredit' && [s.nilai.diperlukan.pasti, s.nilai.nyata.pasti]).toEqual(['50', '50']);
    expect(r.selisih).toMatchObject({ jenis: 'kelebihan', angka: { pasti: '0' } });
    expect(r.ambang?.pasti).toBe('50');
  });

  it('49,5 (24,5 + 25): kurang 0,5 (50 − 49,5), angka kredit tidak terpenuhi', () => {
    const r = kp({ angkaKreditAwal: ak('24.5'), penilaian: DUA_TAHUN_BAIK });
    expect(syarat(r.syarat, 'kp-angka-kredit').terpenuhi).toBe(false);
    expect(r.selisih).toMatchObject({ jenis: 'kekurangan', angka: { pasti: '0.5' } });
    // Shown with the default 3 decimals (pembulatan.yaml).
    expect(r.alasan).toEqual(['kurang 0,500 angka kredit']);
    expect(r.status).toBe('tidak_dapat');
  });

  it('62,5 (37,5 + 25): kelebihan 12,5 (62,5 − 50) untuk KP, kekurangan 37,5 (100 − 62,5) untuk KJ', () => {
    const h = hasil({ angkaKreditAwal: ak('37.5'), penilaian: DUA_TAHUN_BAIK });
    expect(h.kenaikanPangkat.selisih).toMatchObject({ jenis: 'kelebihan', angka: { pasti: '12.5' } });
    expect(h.kenaikanJenjang.selisih).toMatchObject({ jenis: 'kekurangan', angka: { pasti: '37.5' } });
    expect(h.kenaikanJenjang.ambang?.pasti).toBe('100');
  });
});

describe('masa: tanggal yang genap tepat pada hari ukurnya memenuhi', () => {
  it('KP: TMT pangkat 1 Februari 2023 + 24 bulan = 1 Februari 2025, tepat tanggal KP → DAPAT mulai 1 Februari 2025', () => {
    const r = kp({ tmtPangkat: '2023-02-01', angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK });
    const s = syarat(r.syarat, 'kp-masa-pangkat');
    expect(s.terpenuhi).toBe(true);
    expect(s.jenis === 'masa' && s.nilai).toEqual({ bulanMinimal: 24, sejak: '2023-02-01', diukurPada: '2025-02-01', bulan: 24 });
    expect(s.tanggalTerpenuhi).toBe('2025-02-01');
    expect(r.status).toBe('dapat');
    expect(r.dapat).toBe(true);
    expect(r.tmtPalingCepat).toMatchObject({ tanggal: '2025-02-01', perkiraan: false });
  });

  it('KP: sehari kemudian (TMT 2 Februari 2023) genap 2 Februari 2025 → TIDAK DAPAT, paling cepat 1 April 2025 (bulan genap berikutnya)', () => {
    const r = kp({ tmtPangkat: '2023-02-02', angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK });
    const s = syarat(r.syarat, 'kp-masa-pangkat');
    expect(s.terpenuhi).toBe(false);
    expect(s.tanggalTerpenuhi).toBe('2025-02-02');
    expect(r.status).toBe('tidak_dapat');
    expect(r.tmtPalingCepat).toMatchObject({ tanggal: '2025-04-01', perkiraan: true });
  });

  it('KJ: TMT jenjang 1 Januari 2024 + 12 bulan = 1 Januari 2025, tepat tanggal perhitungan → DAPAT', () => {
    // 87,5 + 12/12 × 100% × 12,5 = 100 = ambang KJ Ahli Pertama → Ahli Muda.
    const r = kj({
      tmtJenjang: '2024-01-01',
      tmtPangkat: '2024-01-01',
      tanggalPerhitungan: '2025-01-01',
      angkaKreditAwal: ak('87.5'),
      penilaian: [baik('2024-01', '2024-12')],
    });
    const s = syarat(r.syarat, 'kj-masa-jenjang');
    expect(s.jenis === 'masa' && s.nilai).toEqual({ bulanMinimal: 12, sejak: '2024-01-01', diukurPada: '2025-01-01', bulan: 12 });
    expect(s.terpenuhi).toBe(true);
    expect(r.status).toBe('dapat');
    expect(r.ke).toEqual({ id: 'ahli_muda', nama: 'Ahli Muda' });
    expect(r.selisih).toMatchObject({ jenis: 'kelebihan', angka: { pasti: '0' } });
  });
});

describe('predikat: jendela dan bulan yang dinilai', () => {
  it('tanpa predikat sama sekali tidak memenuhi syarat predikat (KP dan KJ)', () => {
    const h = hasil({ angkaKreditAwal: ak('100'), penilaian: [] });
    const p = syarat(h.kenaikanPangkat.syarat, 'kp-predikat');
    expect(p.terpenuhi).toBe(false);
    // KP window Februari 2023–Januari 2025: nothing entered; only Januari 2025 (the calculation month) is
    // "not yet assessable".
    expect(p.jenis === 'predikat' && p.nilai).toEqual({
      minimal: { id: 'baik', nama: 'Baik' },
      jendela: { mulai: '2023-02', selesai: '2025-01' },
      bulanDinilai: 0,
      bulanBelumDinilai: 1,
      periodeKurang: [],
    });
    // KJ window Januari–Desember 2024 lies wholly before the calculation month: nothing is pending.
    const q = syarat(h.kenaikanJenjang.syarat, 'kj-predikat');
    expect(q.terpenuhi).toBe(false);
    expect(q.jenis === 'predikat' && q.nilai).toMatchObject({
      jendela: { mulai: '2024-01', selesai: '2024-12' },
      bulanDinilai: 0,
      bulanBelumDinilai: 0,
    });
    expect(h.kenaikanPangkat.status).toBe('tidak_dapat');
    expect(h.kenaikanPangkat.tmtPalingCepat).toBeUndefined();
  });

  it('Butuh Perbaikan pada Januari 2025, bulan terakhir jendela KP, menggagalkan KP tetapi di luar jendela KJ', () => {
    // 25 + 25 + 1/12 × 75% × 12,5 (= 0,78125) ≥ 50.
    const h = hasil({
      angkaKreditAwal: ak('25'),
      penilaian: [...DUA_TAHUN_BAIK, { mulai: '2025-01', selesai: '2025-01', predikat: 'Butuh Perbaikan' }],
    });
    const p = syarat(h.kenaikanPangkat.syarat, 'kp-predikat');
    expect(p.terpenuhi).toBe(false);
    // Months assessed: Februari 2023–Desember 2024 (23) from period 1, Januari 2025 (1) from period 2.
    expect(p.jenis === 'predikat' && p.nilai).toMatchObject({ bulanDinilai: 24, bulanBelumDinilai: 0, periodeKurang: [2] });
    expect(syarat(h.kenaikanJenjang.syarat, 'kj-predikat').terpenuhi).toBe(true);
  });

  it('celah sebelum bulan perhitungan tidak dihitung "belum dinilai"; hanya bulan sejak bulan perhitungan', () => {
    // Baik Januari–Desember 2024 only: 37,5 + 12/12 × 12,5 = 50. KP window Februari 2023–Januari 2025:
    // 12 months assessed (Januari–Desember 2024), Februari–Desember 2023 simply absent, Januari 2025 pending.
    const r = kp({ angkaKreditAwal: ak('37.5'), penilaian: [baik('2024-01', '2024-12')] });
    const p = syarat(r.syarat, 'kp-predikat');
    expect(p.jenis === 'predikat' && p.nilai).toMatchObject({ bulanDinilai: 12, bulanBelumDinilai: 1, periodeKurang: [] });
    expect(p.terpenuhi).toBe(true);
    expect(r.status).toBe('dapat');
  });

  it('dihitung pada tanggal KP itu sendiri (1 Februari 2025): jendela berakhir Januari 2025, tidak ada bulan yang belum dinilai', () => {
    const r = kp({ tanggalPerhitungan: '2025-02-01', angkaKreditAwal: ak('37.5'), penilaian: [baik('2024-01', '2024-12')] });
    const p = syarat(r.syarat, 'kp-predikat');
    expect(p.jenis === 'predikat' && p.nilai).toMatchObject({
      jendela: { mulai: '2023-02', selesai: '2025-01' },
      bulanDinilai: 12,
      bulanBelumDinilai: 0,
    });
    expect(r.tmtPalingCepat).toMatchObject({ tanggal: '2025-02-01', perkiraan: false });
  });
});

describe('pernyataan: Ya, Tidak, belum dinyatakan', () => {
  it('tidak diisi sama sekali: BELUM DAPAT DIPASTIKAN, menyebut pernyataannya dengan huruf awal kecil', () => {
    const r = kp({ angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK, pernyataan: {} });
    const s = syarat(r.syarat, 'kp-hukuman-disiplin');
    expect(s).toMatchObject({ terpenuhi: false, belumDinyatakan: true, cara: 'dinyatakan' });
    expect(s.jenis === 'dinyatakan' && s.nilai).toEqual({ pernyataan: 'bebasHukumanDisiplin', dinyatakan: null });
    expect(r.status).toBe('belum_dapat_dipastikan');
    expect(r.belumDinyatakan).toEqual([{ pernyataan: 'bebasHukumanDisiplin', uraian: 'tidak sedang menjalani hukuman disiplin' }]);
    expect(r.alasan).toEqual(['tidak sedang menjalani hukuman disiplin belum dinyatakan']);
    // A missing declaration does not stand in the way of the date: the KP date itself, as an estimate.
    expect(r.tmtPalingCepat).toMatchObject({ tanggal: '2025-02-01', perkiraan: true });
  });

  it('dinyatakan Tidak: syarat tidak terpenuhi tanpa tanda belum dinyatakan, dan tanpa TMT', () => {
    const r = kp({ angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK, pernyataan: { bebasHukumanDisiplin: false } });
    const s = syarat(r.syarat, 'kp-hukuman-disiplin');
    expect(s.terpenuhi).toBe(false);
    expect('belumDinyatakan' in s).toBe(false);
    expect(s.jenis === 'dinyatakan' && s.nilai).toEqual({ pernyataan: 'bebasHukumanDisiplin', dinyatakan: false });
    expect(r.status).toBe('tidak_dapat');
    expect(r.belumDinyatakan).toEqual([]);
    expect(r.alasan).toEqual(['tidak sedang menjalani hukuman disiplin dinyatakan belum terpenuhi']);
    expect(r.tmtPalingCepat).toBeUndefined();
  });

  it('dinyatakan Ya: terpenuhi', () => {
    const s = syarat(kp({ angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK }).syarat, 'kp-hukuman-disiplin');
    expect(s).toMatchObject({ terpenuhi: true, nilai: { pernyataan: 'bebasHukumanDisiplin', dinyatakan: true } });
    expect('belumDinyatakan' in s).toBe(false);
  });

  it('masa belum genap dan pernyataan belum diisi: TIDAK DAPAT, TMT perkiraan tetap dari masa', () => {
    // TMT pangkat 1 Juni 2023 + 24 bulan = 1 Juni 2025, bulan KP (PerBKN 4/2023: bulan genap).
    const r = kp({ tmtPangkat: '2023-06-01', angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK, pernyataan: {} });
    expect(r.status).toBe('tidak_dapat');
    expect(r.syarat.filter((s) => !s.terpenuhi).map((s) => s.id)).toEqual(['kp-masa-pangkat', 'kp-hukuman-disiplin']);
    expect(r.alasan[1]).toBe('tidak sedang menjalani hukuman disiplin belum dinyatakan');
    expect(r.tmtPalingCepat).toMatchObject({ tanggal: '2025-06-01', perkiraan: true });
  });

  it('masa dan angka kredit sama-sama kurang: tanpa TMT perkiraan (angka kredit tidak bertanggal)', () => {
    const r = kp({ tmtPangkat: '2023-06-01', angkaKreditAwal: ak('0'), penilaian: DUA_TAHUN_BAIK });
    expect(r.syarat.filter((s) => !s.terpenuhi).map((s) => s.id)).toEqual(['kp-angka-kredit', 'kp-masa-pangkat']);
    // 50 − 25 = 25.
    expect(r.alasan[0]).toBe('kurang 25,000 angka kredit');
    expect(r.tmtPalingCepat).toBeUndefined();
  });
});

describe('KP sekaligus KJ (III/b → III/c, Ahli Pertama → Ahli Muda)', () => {
  it('TMT perkiraan menunggu syarat waktu yang paling akhir: masa pangkat 1 Juni 2025, bukan masa jenjang 1 Maret 2025', () => {
    // TMT pangkat 1 Juni 2023 + 24 bulan = 1 Juni 2025; TMT jenjang 1 Maret 2024 + 12 bulan = 1 Maret 2025.
    // AK 90 + 10/12 × 12,5 (Maret–Desember 2024) = 100 5/12 ≥ 100 for both the KP and the KJ.
    const r = kp({
      golongan: 'III/b',
      tmtPangkat: '2023-06-01',
      tmtJenjang: '2024-03-01',
      angkaKreditAwal: ak('90'),
      penilaian: [baik('2024-03', '2024-12')],
    });
    expect(r.perluKenaikanJenjang).toBe(true);
    expect(r.syarat.filter((s) => !s.terpenuhi).map((s) => s.id)).toEqual(['kp-masa-pangkat', 'kp-kenaikan-jenjang']);
    expect(r.tmtPalingCepat).toMatchObject({ tanggal: '2025-06-01', perkiraan: true });
    const s = syarat(r.syarat, 'kp-kenaikan-jenjang');
    expect(s).toMatchObject({
      jenis: 'kenaikan_jenjang',
      terpenuhi: false,
      cara: 'diperiksa',
      nilai: { ke: { id: 'ahli_muda', nama: 'Ahli Muda' }, dapat: false, status: 'tidak_dapat' },
      // The KJ threshold's source (kumulatif.yaml, ahli_pertama.kenaikanJenjang).
      sumber: { instrumen: 'permenpanrb-1-2023', uraian: 'Kenaikan jenjang Ahli Pertama ke Ahli Muda pada 100' },
    });
    expect('belumDinyatakan' in s).toBe(false);
  });

  it('masa jenjang yang paling akhir (1 Agustus 2025) menentukan TMT walau masa pangkat sudah genap', () => {
    // TMT jenjang 1 Agustus 2024 + 12 = 1 Agustus 2025 (bulan genap); TMT pangkat 1 April 2021 long met.
    // AK 95 + 5/12 × 12,5 (Agustus–Desember 2024) = 100 5/24 ≥ 100.
    const r = kp({ golongan: 'III/b', tmtJenjang: '2024-08-01', angkaKreditAwal: ak('95'), penilaian: [baik('2024-08', '2024-12')] });
    expect(r.syarat.filter((s) => !s.terpenuhi).map((s) => s.id)).toEqual(['kp-kenaikan-jenjang']);
    expect(r.tmtPalingCepat).toMatchObject({ tanggal: '2025-08-01', perkiraan: true });
  });

  it('KJ menunggu pernyataan uji kompetensi: KP BELUM DAPAT DIPASTIKAN dan meneruskan pernyataan KJ', () => {
    const r = kp({
      golongan: 'III/b',
      angkaKreditAwal: ak('75'),
      penilaian: DUA_TAHUN_BAIK,
      pernyataan: { formasiTersedia: true, bebasHukumanDisiplin: true },
    });
    // 75 + 25 = 100 = ambang III/c = ambang KJ.
    expect(r.status).toBe('belum_dapat_dipastikan');
    expect(r.belumDinyatakan).toEqual([{ pernyataan: 'lulusUjiKompetensi', uraian: 'lulus uji kompetensi' }]);
    expect(syarat(r.syarat, 'kp-kenaikan-jenjang')).toMatchObject({ belumDinyatakan: true, nilai: { status: 'belum_dapat_dipastikan' } });
    expect(r.tmtPalingCepat).toMatchObject({ tanggal: '2025-02-01', perkiraan: true });
    expect(r.alternatifTanpaFormasi).toBeUndefined();
  });
});

describe('alternatif KP tanpa formasi (Keputusan 9: paling banyak satu kali)', () => {
  const III_B = { golongan: 'III/b', angkaKreditAwal: ak('75'), penilaian: DUA_TAHUN_BAIK };

  it('formasi Tidak, belum pernah: DAPAT mulai 1 Februari 2025 (bukan perkiraan)', () => {
    const r = kp({ ...III_B, pernyataan: { ...dasar().pernyataan, formasiTersedia: false } });
    const alt = r.alternatifTanpaFormasi!;
    expect(alt).toMatchObject({
      status: 'dapat',
      dapat: true,
      ke: { kode: 'III/c' },
      belumDinyatakan: [],
      tmtPalingCepat: { tanggal: '2025-02-01', perkiraan: false },
    });
    expect(syarat(alt.syarat, 'kp-tanpa-formasi-formasi')).toMatchObject({
      terpenuhi: true,
      nilai: { pernyataan: 'formasiTersedia', dinyatakan: false },
    });
    expect(syarat(alt.syarat, 'kp-tanpa-formasi-sekali')).toMatchObject({
      terpenuhi: true,
      nilai: { pernyataan: 'kenaikanPangkatTanpaFormasiSudahDigunakan', dinyatakan: false },
    });
    expect(alt.syarat.some((s) => 'belumDinyatakan' in s)).toBe(false);
  });

  it('sudah pernah digunakan: TIDAK DAPAT, tanpa TMT', () => {
    const r = kp({
      ...III_B,
      pernyataan: { ...dasar().pernyataan, formasiTersedia: false, kenaikanPangkatTanpaFormasiSudahDigunakan: true },
    });
    const alt = r.alternatifTanpaFormasi!;
    expect(alt.status).toBe('tidak_dapat');
    expect(alt.dapat).toBe(false);
    expect(alt.tmtPalingCepat).toBeUndefined();
    expect(syarat(alt.syarat, 'kp-tanpa-formasi-sekali')).toMatchObject({ terpenuhi: false, nilai: { dinyatakan: true } });
  });

  it('formasi dan "sudah pernah" tidak diisi: alternatif BELUM DAPAT DIPASTIKAN menunggu keduanya, TMT perkiraan', () => {
    const r = kp({ ...III_B, pernyataan: { lulusUjiKompetensi: true, bebasHukumanDisiplin: true } });
    const alt = r.alternatifTanpaFormasi!;
    expect(alt.status).toBe('belum_dapat_dipastikan');
    expect(alt.belumDinyatakan.map((x) => x.pernyataan)).toEqual(['formasiTersedia', 'kenaikanPangkatTanpaFormasiSudahDigunakan']);
    expect(syarat(alt.syarat, 'kp-tanpa-formasi-formasi')).toMatchObject({
      terpenuhi: false,
      belumDinyatakan: true,
      nilai: { dinyatakan: null },
    });
    expect(syarat(alt.syarat, 'kp-tanpa-formasi-sekali')).toMatchObject({
      terpenuhi: false,
      belumDinyatakan: true,
      nilai: { dinyatakan: null },
    });
    expect(alt.tmtPalingCepat).toMatchObject({ tanggal: '2025-02-01', perkiraan: true });
    // The KP itself waits for the KJ's formasi declaration, with its description in lower case.
    expect(r.belumDinyatakan).toEqual([{ pernyataan: 'formasiTersedia', uraian: 'tersedia kebutuhan (formasi) jenjang Ahli Muda' }]);
  });

  it('formasi Ya: tidak ditawarkan', () => {
    expect(kp(III_B).alternatifTanpaFormasi).toBeUndefined();
  });
});

describe('tanpa kenaikan berikutnya', () => {
  it('Penyelia III/d: pangkat tertinggi jenjang dan jenjang tertinggi kategori — keduanya tidak tersedia, tanpa syarat', () => {
    const h = hasil({ jenjang: 'penyelia', golongan: 'III/d', penilaian: [baik('2024-01', '2024-12')] });
    expect(h.kenaikanPangkat).toMatchObject({
      tersedia: false,
      dari: { kode: 'III/d' },
      perluKenaikanJenjang: false,
      syarat: [],
      dapat: false,
      status: 'tidak_dapat',
      belumDinyatakan: [],
      alasan: [],
    });
    expect('ke' in h.kenaikanPangkat).toBe(false);
    expect(h.kenaikanJenjang).toMatchObject({
      tersedia: false,
      dari: { id: 'penyelia', nama: 'Penyelia' },
      syarat: [],
      dapat: false,
      status: 'tidak_dapat',
      belumDinyatakan: [],
      alasan: [],
    });
  });

  it('Pranata Humas Ahli Madya IV/c: IV/d ada pada Ahli Utama yang tidak dimiliki jabatan ini', () => {
    const r = kp({ jabatanFungsional: 'pranata_humas', jenjang: 'ahli_madya', golongan: 'IV/c', penilaian: [baik('2024-01', '2024-12')] });
    expect(r).toMatchObject({
      tersedia: false,
      ke: { kode: 'IV/d' },
      perluKenaikanJenjang: true,
      syarat: [],
      dapat: false,
      status: 'tidak_dapat',
    });
  });

  it('Ahli Pertama III/c sesudah KP tanpa formasi: tidak ada KP kedua; kalimatnya memuat kalimat KJ', () => {
    // 100 + 12/12 × 12,5 = 112,5 ≥ 100 for the KJ.
    const h = hasil({
      golongan: 'III/c',
      tmtPangkat: '2024-02-01',
      angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '100' }],
      penilaian: [baik('2024-01', '2024-12')],
      pernyataan: { ...dasar().pernyataan, kenaikanPangkatTanpaFormasiSudahDigunakan: true },
    });
    expect(h.kenaikanPangkat).toMatchObject({
      tersedia: false,
      perluKenaikanJenjang: false,
      syarat: [],
      dapat: false,
      status: 'tidak_dapat',
      alasan: [],
    });
    expect('ke' in h.kenaikanPangkat).toBe(false);
    expect(h.kenaikanJenjang.status).toBe('dapat');
    expect(h.kenaikanPangkat.kalimat).toContain(h.kenaikanJenjang.kalimat);
  });
});

describe('yang dikatakan kepada pengguna: cara, keadaan nyata, dan kalimat putusan', () => {
  it('setiap syarat KP menyebut caranya: diperiksa aplikasi, kecuali yang dinyatakan', () => {
    const r = kp({ golongan: 'III/b', angkaKreditAwal: ak('75'), penilaian: DUA_TAHUN_BAIK });
    expect(r.syarat.map((s) => [s.id, s.cara])).toEqual([
      ['kp-angka-kredit', 'diperiksa'],
      ['kp-masa-pangkat', 'diperiksa'],
      ['kp-predikat', 'diperiksa'],
      ['kp-hukuman-disiplin', 'dinyatakan'],
      ['kp-kenaikan-jenjang', 'diperiksa'],
    ]);
    expect(syarat(r.syarat, 'kp-kenaikan-jenjang').nyata).toBe('kenaikan jenjang dapat dipertimbangkan');
  });

  it('pernyataan: keadaan nyatanya untuk Ya, Tidak, dan belum dinyatakan', () => {
    const nyata = (bebasHukumanDisiplin?: boolean) =>
      syarat(
        kp({ angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK, pernyataan: { bebasHukumanDisiplin } }).syarat,
        'kp-hukuman-disiplin',
      ).nyata;
    expect([nyata(true), nyata(false), nyata(undefined)]).toEqual([
      'dinyatakan terpenuhi (tidak diperiksa aplikasi)',
      'dinyatakan belum terpenuhi',
      'belum dinyatakan (isi Ya atau Tidak)',
    ]);
  });

  it('kalimat BELUM DAPAT DIPASTIKAN menyebut yang harus dinyatakan dan TMT bila semuanya Ya', () => {
    const r = kp({ angkaKreditAwal: ak('25'), penilaian: DUA_TAHUN_BAIK, pernyataan: {} });
    expect(r.kalimat).toBe(
      'BELUM DAPAT DIPASTIKAN: angka kredit dan masa sudah memenuhi untuk kenaikan pangkat ke Penata Muda Tingkat I (III/b); belum dinyatakan: tidak sedang menjalani hukuman disiplin. Nyatakan Ya atau Tidak untuk setiap pernyataan itu; bila semuanya Ya, paling cepat 1 Februari 2025.',
    );
  });

  it('KJ: kalimat DAPAT, BELUM DAPAT DIPASTIKAN, TIDAK DAPAT sesuai statusnya', () => {
    // 75 + 25 = 100 = ambang KJ.
    const kjDengan = (pernyataan: Masukan['pernyataan'], awal = '75') =>
      kj({ golongan: 'III/b', angkaKreditAwal: ak(awal), penilaian: DUA_TAHUN_BAIK, pernyataan });
    expect(kjDengan(dasar().pernyataan).kalimat).toBe(
      'DAPAT dipertimbangkan untuk kenaikan jenjang jabatan ke Ahli Muda. Angka kredit kumulatif menjadi 0 di jenjang Ahli Muda.',
    );
    expect(kjDengan({ formasiTersedia: true }).kalimat).toMatch(
      /^BELUM DAPAT DIPASTIKAN: angka kredit dan masa sudah memenuhi untuk kenaikan jenjang jabatan ke Ahli Muda; belum dinyatakan: lulus uji kompetensi\. /,
    );
    expect(kjDengan(dasar().pernyataan, '74').kalimat).toMatch(
      /^TIDAK DAPAT dipertimbangkan untuk kenaikan jenjang jabatan ke Ahli Muda: kurang 1,000 angka kredit\.$/,
    );
  });

  it('KP sekaligus KJ: keadaan nyata syarat kenaikan jenjang menurut status KJ', () => {
    const nyata = (pernyataan: Masukan['pernyataan'], awal = '75') =>
      syarat(kp({ golongan: 'III/b', angkaKreditAwal: ak(awal), penilaian: DUA_TAHUN_BAIK, pernyataan }).syarat, 'kp-kenaikan-jenjang')
        .nyata;
    expect(nyata({ ...dasar().pernyataan, lulusUjiKompetensi: undefined })).toBe(
      'kenaikan jenjang belum dapat dipastikan: lulus uji kompetensi belum dinyatakan',
    );
    // 74 + 25 = 99: 1 short of 100.
    expect(nyata(dasar().pernyataan, '74')).toBe('kenaikan jenjang belum dapat: kurang 1,000 angka kredit');
    const belum = kp({
      golongan: 'III/b',
      angkaKreditAwal: ak('75'),
      penilaian: DUA_TAHUN_BAIK,
      pernyataan: { ...dasar().pernyataan, lulusUjiKompetensi: undefined },
    });
    // The KP's own reason for that condition is its unmet state, not "belum dinyatakan": the declaration
    // belongs to the KJ.
    expect(belum.alasan).toEqual([
      'kenaikan jenjang ke Ahli Muda lebih dulu (kenaikan pangkat sekaligus kenaikan jenjang) belum terpenuhi: kenaikan jenjang belum dapat dipastikan: lulus uji kompetensi belum dinyatakan',
    ]);
    expect(belum.kalimat).toMatch(
      /^BELUM DAPAT DIPASTIKAN: angka kredit dan masa sudah memenuhi untuk kenaikan pangkat ke Penata (\(III\/c\)|.* \(III\/c\)) sekaligus kenaikan jenjang ke Ahli Muda; /,
    );
  });

  it('alternatif tanpa formasi: keadaan nyata setiap pernyataan dan kalimatnya', () => {
    const alt = (pernyataan: Masukan['pernyataan']) =>
      kp({ golongan: 'III/b', angkaKreditAwal: ak('75'), penilaian: DUA_TAHUN_BAIK, pernyataan }).alternatifTanpaFormasi!;
    const nyata = (a: ReturnType<typeof alt>) => a.syarat.slice(-2).map((s) => s.nyata);
    const b = alt({ formasiTersedia: false, kenaikanPangkatTanpaFormasiSudahDigunakan: false, bebasHukumanDisiplin: true });
    expect(nyata(b)).toEqual(['dinyatakan tidak tersedia', 'dinyatakan belum pernah diberikan']);
    expect(b.kalimat).toMatch(
      /^DAPAT dipertimbangkan untuk kenaikan pangkat ke .* \(III\/c\) dengan tetap dalam jenjang Ahli Pertama .* mulai 1 Februari 2025\.$/,
    );
    const s = alt({ formasiTersedia: false, kenaikanPangkatTanpaFormasiSudahDigunakan: true, bebasHukumanDisiplin: true });
    expect(nyata(s)).toEqual(['dinyatakan tidak tersedia', 'dinyatakan sudah pernah diberikan']);
    expect(s.kalimat).toMatch(/^TIDAK DAPAT /);
    const n = alt({ bebasHukumanDisiplin: true });
    expect(nyata(n)).toEqual(['belum dinyatakan (isi Ya atau Tidak)', 'belum dinyatakan (isi Ya atau Tidak)']);
    expect(n.kalimat).toMatch(/^BELUM DAPAT DIPASTIKAN: /);
    expect(n.syarat.slice(-2).map((x) => [x.jenis, x.cara])).toEqual([
      ['dinyatakan', 'dinyatakan'],
      ['dinyatakan', 'dinyatakan'],
    ]);
  });
});
