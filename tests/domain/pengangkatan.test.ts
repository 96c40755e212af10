// Angka kredit at appointment (src/domain/pengangkatan.ts), called directly so that every branch is
// seen with its figures, formula texts, notes and citations. Expected values are worked out by hand
// from the rule book: koefisien Ahli Pertama 12,5 and Ahli Muda 25 (rules/jenjang.yaml), predikat
// Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75% (rules/predikat.yaml), AK Dasar Ahli Muda III/d 100
// (rules/ak-dasar.yaml), and at most 36 months counted in a top administrative pangkat
// (rules/pengangkatan.yaml, the Lampiran I example: 100% × 25 × 3 = 75, plus AK Dasar 100 = 175).
import { describe, expect, it } from 'vitest';
import type { Aturan, Golongan, Jenjang } from '../../src/domain/aturan.ts';
import type { MasalahMasukan } from '../../src/domain/galat.ts';
import type { Pengangkatan } from '../../src/domain/masukan.ts';
import { hitungPengangkatan } from '../../src/domain/pengangkatan.ts';
import { parseBulan } from '../../src/domain/tanggal.ts';
import { aturan } from '../helpers/aturan.ts';

const jenjang = (id: string): Jenjang => aturan.jenjang.find((j) => j.id === id)!;
const golongan = (kode: string): Golongan => aturan.golongan.find((g) => g.kode === kode)!;
const BULAN_HITUNG = parseBulan('2025-01')!;

function jalankan(p: Pengangkatan, jenjangId: string, gol: string, buku: Aturan = aturan) {
  const masalah: MasalahMasukan[] = [];
  const r = hitungPengangkatan(buku, p, jenjang(jenjangId), golongan(gol), BULAN_HITUNG, 3, masalah);
  return { r, masalah };
}

/** The citations of a result as "instrumen | rujukan", in order. */
const kutipan = (s: { instrumen: string; rujukan: string }[]) => s.map((x) => `${x.instrumen} | ${x.rujukan}`);
const dari = (s: { instrumen: string; rujukan: string }) => `${s.instrumen} | ${s.rujukan}`;

describe('perpindahan dari jabatan administrasi', () => {
  it('pangkat tertinggi dijalani 50 bulan: hanya 36 bulan dihitung, 75 + AK Dasar 100 = 175 (contoh Lampiran I)', () => {
    const { r, masalah } = jalankan(
      { jenis: 'perpindahan', predikat: 'baik', bulanDalamGolongan: 50, pangkatPuncak: true },
      'ahli_muda',
      'III/d',
    );
    expect(masalah).toEqual([]);
    const h = r!.hasil;
    expect(h.jenis).toBe('perpindahan');
    expect(h.konversi!.angka.pasti).toBe('75');
    expect(h.konversi!.rumus).toBe('100% × 25 × 3 = 75,000');
    expect(h.akDasar!.angka.pasti).toBe('100');
    expect(h.jumlah.pasti).toBe('175');
    expect(h.catatan).toEqual([
      'Pangkat III/d adalah pangkat tertinggi jabatan administrasi dan dijalani 4 tahun 2 bulan: hanya 3 tahun terakhir yang dihitung.',
    ]);
    const p = aturan.pengangkatan;
    expect(kutipan(h.sumber)).toEqual([
      dari(p.perpindahan.rumus.sumber),
      dari(jenjang('ahli_muda').koefisien.sumber),
      dari(aturan.predikat.find((x) => x.id === 'baik')!.persen.sumber),
      dari(p.perpindahan.batasBulanPangkatPuncak.sumber),
      dari(aturan.akDasar.find((a) => a.jenjang === 'ahli_muda' && a.golongan === 'III/d')!.sumber),
    ]);
    expect(h.uraian).toContain('Perpindahan dari jabatan administrasi/pimpinan tinggi ke jenjang Ahli Muda golongan III/d');
    expect(h.uraian).toContain('selama 3 tahun');
    expect(r!.item.map((i) => [i.jenis, i.nilai.toString()])).toEqual([
      ['ak_dasar', '100'],
      ['ak_konversi', '75'],
    ]);
    expect(r!.item[0]!.uraian).toBe('AK Dasar golongan III/d (perpindahan dari jabatan administrasi/pimpinan tinggi)');
    expect(r!.item[1]!.uraian).toBe('Konversi predikat pada golongan terakhir (perpindahan dari jabatan administrasi/pimpinan tinggi)');
    const l = r!.langkah;
    expect(l.id).toBe('pengangkatan');
    expect(l.uraian).toBe('Angka kredit perpindahan dari jabatan administrasi/pimpinan tinggi (Ahli Muda, III/d)');
    expect(l.rumus).toBe('100% × 25 × 3 = 75,000; 75,000 + AK Dasar 100,000 = 175,000');
    expect(l.masukan).toEqual([
      { nama: 'Predikat pada golongan terakhir', nilai: 'Baik (100%)' },
      { nama: 'Masa yang dihitung', nilai: '3 tahun' },
      { nama: 'Koefisien per tahun', nilai: '25' },
      { nama: 'AK Dasar', nilai: '100,000' },
    ]);
    expect(l.hasil).toBe('175,000');
    expect(l.angka!.pasti).toBe('175');
  });

  it('tepat 36 bulan pada pangkat tertinggi tidak dipotong dan tidak diberi catatan', () => {
    const { r } = jalankan({ jenis: 'perpindahan', predikat: 'baik', bulanDalamGolongan: 36, pangkatPuncak: true }, 'ahli_muda', 'III/d');
    expect(r!.hasil.konversi!.angka.pasti).toBe('75');
    expect(r!.hasil.catatan).toEqual([]);
    // The 36-month rule and AK Dasar III/d share a rujukan (Lampiran I, the example), so count them.
    expect(r!.hasil.sumber).toHaveLength(4);
    expect(r!.hasil.sumber.map((s) => s.uraian)).not.toContain(aturan.pengangkatan.perpindahan.batasBulanPangkatPuncak.sumber.uraian);
  });

  it('bukan pangkat tertinggi: 50 bulan dihitung seluruhnya, 50/12 × 100% × 25 = 625/6', () => {
    const { r } = jalankan({ jenis: 'perpindahan', predikat: 'baik', bulanDalamGolongan: 50, pangkatPuncak: false }, 'ahli_muda', 'III/d');
    // 50 × 25 / 12 = 1250/12 = 625/6 = 104,1666… → 104,167
    expect(r!.hasil.konversi!.angka.pasti).toBe('625/6');
    expect(r!.hasil.konversi!.rumus).toBe('50/12 × 100% × 25 = 104,167');
    expect(r!.hasil.jumlah.pasti).toBe('1225/6');
    expect(r!.hasil.catatan).toEqual([]);
    expect(r!.langkah.masukan[1]).toEqual({ nama: 'Masa yang dihitung', nilai: '4 tahun 2 bulan' });
  });

  it('tepat 12 bulan: rumus tanpa faktor tahun', () => {
    const { r } = jalankan({ jenis: 'perpindahan', predikat: 'butuh_perbaikan', bulanDalamGolongan: 12 }, 'ahli_muda', 'III/d');
    // 75% × 25 = 18,75
    expect(r!.hasil.konversi!.rumus).toBe('75% × 25 = 18,750');
    expect(r!.hasil.jumlah.pasti).toBe('118.75');
  });

  it('AK Dasar dicari menurut jenjang dan golongan, bukan golongan saja', () => {
    // A rule book where Penyelia III/d and Ahli Muda III/d differ: only the jenjang tells them apart.
    const buku: Aturan = {
      ...aturan,
      akDasar: aturan.akDasar.map((a) =>
        a.jenjang === 'penyelia' && a.golongan === 'III/d' ? { ...a, angkaKredit: a.angkaKredit.plus(1) } : a,
      ),
    };
    const { r } = jalankan({ jenis: 'perpindahan', predikat: 'baik', bulanDalamGolongan: 12 }, 'ahli_muda', 'III/d', buku);
    expect(r!.hasil.akDasar!.angka.pasti).toBe('100');
  });
});

describe('promosi', () => {
  it('golongan terendah jenjang: tanpa AK Dasar, dan masa pangkat tertinggi tidak dipotong', () => {
    // 48/12 × 150% × 12,5 = 4 × 18,75 = 75
    const { r, masalah } = jalankan(
      { jenis: 'promosi', predikat: 'sangat_baik', bulanDalamGolongan: 48, pangkatPuncak: true },
      'ahli_pertama',
      'III/a',
    );
    expect(masalah).toEqual([]);
    const h = r!.hasil;
    expect(h.konversi!.rumus).toBe('150% × 12,5 × 4 = 75,000');
    expect(h.akDasar).toBeUndefined();
    expect(h.jumlah.pasti).toBe('75');
    expect(h.catatan).toEqual(['Golongan III/a adalah golongan terendah jenjang Ahli Pertama: AK Dasar 0.']);
    expect(kutipan(h.sumber)).toEqual([
      dari(aturan.pengangkatan.promosi.sumber),
      dari(jenjang('ahli_pertama').koefisien.sumber),
      dari(aturan.predikat.find((x) => x.id === 'sangat_baik')!.persen.sumber),
    ]);
    expect(h.uraian.startsWith('Promosi ke jenjang Ahli Pertama golongan III/a')).toBe(true);
    expect(r!.item.map((i) => [i.jenis, i.nilai.toString(), i.uraian])).toEqual([
      ['ak_konversi', '75', 'Konversi predikat pada golongan terakhir (promosi)'],
    ]);
    expect(r!.langkah.uraian).toBe('Angka kredit promosi (Ahli Pertama, III/a)');
    expect(r!.langkah.rumus).toBe('150% × 12,5 × 4 = 75,000; 75,000 + AK Dasar 0,000 = 75,000');
    expect(r!.langkah.masukan[3]).toEqual({ nama: 'AK Dasar', nilai: '0,000' });
  });

  it.each([0, 601, 1.5, -3])('masa dalam golongan %s bulan ditolak dengan nama kolomnya', (bulan) => {
    const { r, masalah } = jalankan({ jenis: 'promosi', predikat: 'baik', bulanDalamGolongan: bulan }, 'ahli_pertama', 'III/b');
    expect(r).toBeUndefined();
    expect(masalah.map((m) => m.field)).toEqual(['pengangkatan.bulanDalamGolongan']);
  });

  it.each([1, 600])('masa dalam golongan %s bulan diterima (batas termasuk)', (bulan) => {
    const { r, masalah } = jalankan({ jenis: 'promosi', predikat: 'baik', bulanDalamGolongan: bulan }, 'ahli_pertama', 'III/b');
    expect(masalah).toEqual([]);
    expect(r).toBeDefined();
  });

  it('predikat yang tidak dikenal ditolak', () => {
    const { r, masalah } = jalankan({ jenis: 'promosi', predikat: 'luar_biasa', bulanDalamGolongan: 12 }, 'ahli_pertama', 'III/b');
    expect(r).toBeUndefined();
    expect(masalah.map((m) => m.field)).toEqual(['pengangkatan.predikat']);
  });
});

describe('pengangkatan pertama dari CPNS', () => {
  it('dua periode CPNS: konversi per periode dijumlah, tanpa AK Dasar', () => {
    // Januari–Juni 2023 Baik: 6/12 × 100% × 12,5 = 6,25; Juli 2023 – Juni 2024 Sangat Baik: 150% × 12,5 = 18,75
    const { r, masalah } = jalankan(
      {
        jenis: 'pertama',
        penilaianCpns: [
          { mulai: '2023-01', selesai: '2023-06', predikat: 'baik' },
          { mulai: '2023-07', selesai: '2024-06', predikat: 'sangat_baik' },
        ],
      },
      'ahli_pertama',
      'III/a',
    );
    expect(masalah).toEqual([]);
    const h = r!.hasil;
    expect(h.jenis).toBe('pertama');
    expect(r!.langkah.id).toBe('pengangkatan');
    expect(h.jumlah.pasti).toBe('25');
    expect(h.akDasar).toBeUndefined();
    expect(h.catatan).toEqual([]);
    expect(h.konversi!.baris).toEqual([
      { periode: 'Januari–Juni 2023', rumus: '6/12 × 100% × 12,5 = 6,250', angka: expect.objectContaining({ pasti: '6.25' }) },
      { periode: 'Juli 2023 – Juni 2024', rumus: '150% × 12,5 = 18,750', angka: expect.objectContaining({ pasti: '18.75' }) },
    ]);
    expect(h.konversi!.rumus).toBe('6,250 + 18,750');
    expect(kutipan(h.sumber)).toEqual([
      dari(aturan.pengangkatan.pengangkatanPertama.sumber),
      dari(jenjang('ahli_pertama').koefisien.sumber),
    ]);
    expect(h.uraian).toBe(
      'Pengangkatan pertama dari CPNS ke jenjang Ahli Pertama: konversi predikat masa CPNS dengan koefisien 12,5, tanpa AK Dasar',
    );
    expect(r!.item).toHaveLength(1);
    expect(r!.item[0]!.jenis).toBe('ak_konversi');
    expect(r!.item[0]!.nilai.toString()).toBe('25');
    expect(r!.item[0]!.uraian).toBe('Konversi predikat masa CPNS (pengangkatan pertama)');
    expect(r!.langkah.uraian).toBe('Angka kredit pengangkatan pertama (Ahli Pertama)');
    expect(r!.langkah.rumus).toBe('6/12 × 100% × 12,5 = 6,250; 150% × 12,5 = 18,750');
    expect(r!.langkah.masukan).toEqual([
      { nama: 'Januari–Juni 2023', nilai: '6,250' },
      { nama: 'Juli 2023 – Juni 2024', nilai: '18,750' },
    ]);
    expect(r!.langkah.hasil).toBe('25,000');
  });

  it.each([
    ['selesai sebelum mulai', { mulai: '2023-06', selesai: '2023-01', predikat: 'baik' }, 'pengangkatan.penilaianCpns.0.selesai'],
    [
      'selesai sesudah bulan perhitungan',
      { mulai: '2024-07', selesai: '2025-02', predikat: 'baik' },
      'pengangkatan.penilaianCpns.0.selesai',
    ],
    ['bulan mulai tidak sah', { mulai: '2023-13', selesai: '2023-12', predikat: 'baik' }, 'pengangkatan.penilaianCpns.0.selesai'],
    ['bulan selesai tidak sah', { mulai: '2023-01', selesai: '2023-1', predikat: 'baik' }, 'pengangkatan.penilaianCpns.0.selesai'],
    ['predikat tidak dikenal', { mulai: '2023-01', selesai: '2023-12', predikat: 'istimewa' }, 'pengangkatan.penilaianCpns.0.predikat'],
  ])('periode CPNS %s ditolak, tanpa hasil', (_n, periode, field) => {
    const { r, masalah } = jalankan({ jenis: 'pertama', penilaianCpns: [periode] }, 'ahli_pertama', 'III/a');
    expect(r).toBeUndefined();
    expect(masalah.map((m) => m.field)).toEqual([field]);
  });

  it('periode yang berakhir tepat pada bulan perhitungan diterima', () => {
    const { r, masalah } = jalankan(
      { jenis: 'pertama', penilaianCpns: [{ mulai: '2024-02', selesai: '2025-01', predikat: 'baik' }] },
      'ahli_pertama',
      'III/a',
    );
    expect(masalah).toEqual([]);
    expect(r!.hasil.jumlah.pasti).toBe('12.5');
  });

  it('satu periode salah dan satu benar: tidak ada hasil, satu masalah', () => {
    const { r, masalah } = jalankan(
      {
        jenis: 'pertama',
        penilaianCpns: [
          { mulai: '2023-01', selesai: '2023-12', predikat: 'baik' },
          { mulai: '2024-01', selesai: '2024-06', predikat: 'entah' },
        ],
      },
      'ahli_pertama',
      'III/a',
    );
    expect(r).toBeUndefined();
    expect(masalah.map((m) => m.field)).toEqual(['pengangkatan.penilaianCpns.1.predikat']);
  });

  it('tanpa periode CPNS ditolak', () => {
    const { r, masalah } = jalankan({ jenis: 'pertama', penilaianCpns: [] }, 'ahli_pertama', 'III/a');
    expect(r).toBeUndefined();
    expect(masalah.map((m) => m.field)).toEqual(['pengangkatan.penilaianCpns']);
  });
});

describe('penyesuaian', () => {
  it('angka dan sumbernya dari pengguna, sumber dirapikan', () => {
    const { r, masalah } = jalankan(
      { jenis: 'penyesuaian', angkaKredit: '62.5', sumber: '  Lampiran II angka 3, baris 4  ' },
      'ahli_pertama',
      'III/b',
    );
    expect(masalah).toEqual([]);
    const h = r!.hasil;
    expect(h.penyesuaian).toEqual({
      angka: expect.objectContaining({ pasti: '62.5', tampilan: '62,500' }),
      sumberPengguna: 'Lampiran II angka 3, baris 4',
    });
    expect(h.jenis).toBe('penyesuaian');
    expect(r!.langkah.id).toBe('pengangkatan');
    expect(h.jumlah.pasti).toBe('62.5');
    expect(h.catatan).toEqual([]);
    expect(kutipan(h.sumber)).toEqual([dari(aturan.pengangkatan.penyesuaian.sumber)]);
    expect(h.uraian).toBe('Penyesuaian/inpassing ke jenjang Ahli Pertama: angka kredit dari tabel peraturan, dimasukkan pengguna');
    expect(r!.item).toHaveLength(1);
    expect(r!.item[0]!.jenis).toBe('ak_penyesuaian');
    expect(r!.item[0]!.uraian).toBe('Penyesuaian/Penyetaraan (sumber: Lampiran II angka 3, baris 4)');
    expect(r!.langkah.uraian).toBe('Angka kredit penyesuaian/penyetaraan (dimasukkan pengguna)');
    expect(r!.langkah.rumus).toBe('62,500 (Lampiran II angka 3, baris 4)');
    expect(r!.langkah.masukan).toEqual([{ nama: 'Sumber menurut pengguna', nilai: 'Lampiran II angka 3, baris 4' }]);
    expect(r!.langkah.hasil).toBe('62,500');
  });

  it.each([
    ['angka tidak sah', { angkaKredit: 'enam puluh', sumber: 'Lampiran II' }, 'pengangkatan.angkaKredit'],
    ['angka negatif', { angkaKredit: '-5', sumber: 'Lampiran II' }, 'pengangkatan.angkaKredit'],
    ['sumber kosong', { angkaKredit: '10', sumber: '   ' }, 'pengangkatan.sumber'],
  ])('%s ditolak', (_n, isi, field) => {
    const { r, masalah } = jalankan({ jenis: 'penyesuaian', ...isi }, 'ahli_pertama', 'III/b');
    expect(r).toBeUndefined();
    expect(masalah.map((m) => m.field)).toEqual([field]);
  });
});
