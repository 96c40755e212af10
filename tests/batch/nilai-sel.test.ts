// Cell values as offices write them (issue 13, the value half): dates with month names and in either
// day/month order (decided per column, refused when it cannot be), NIPs wrapped or stored as numbers,
// names with stray whitespace, predikat in any spelling. The same facts must give the same
// verification code. Expected dates and codes are worked out from the rules written in orang.ts and
// putusan-kolom.ts, not copied from output.
import { describe, expect, it } from 'vitest';
import { parseMonthCell, parseDateCell, bersihkanNip, galatNip, nipSebagaiAngka, rapikanTeks } from '../../src/batch/orang.ts';
import { BuktiUrutan, perluPindai } from '../../src/batch/putusan-kolom.ts';
import { pembacaJf } from '../../src/batch/nama-jf.ts';
import { kodeVerifikasi } from '../../src/pdf/kode.ts';
import { bacaMasukan } from '../../src/input/parse.ts';
import { aturan } from '../helpers/aturan.ts';
import { proses } from './helpers.ts';

describe('tanggal dengan nama bulan, Indonesia dan Inggris', () => {
  it.each([
    ['1 April 2022', '2022-04-01'],
    ['01 Agustus 2022', '2022-08-01'],
    ['01 Agu 2022', '2022-08-01'],
    ['1 Agt 2022', '2022-08-01'],
    ['1-Aug-2022', '2022-08-01'],
    ['1-Apr-22', '2022-04-01'],
    ['01-Mei-2022', '2022-05-01'],
    ['1 Okt. 2021', '2021-10-01'],
    ['1 Desember 1999', '1999-12-01'],
    ['15 Sept 2023', '2023-09-15'],
    ['April 1, 2022', '2022-04-01'],
    ['31 April 2022', undefined],
    ['1 Aprilis 2022', undefined],
    ['1 Xyz 2022', undefined],
    ['1 April 2101', undefined],
  ])('%j → %j', (teks, iso) => expect(parseDateCell(teks)).toBe(iso));

  it.each([
    ['Jan-23', '2023-01'],
    ['Agu-23', '2023-08'],
    ['Aug-23', '2023-08'],
    ['Des-29', '2029-12'],
    ['Jan-30', '1930-01'],
    ['Januari 2024', '2024-01'],
    ['Agustus 2023', '2023-08'],
    ['1 Agustus 2023', '2023-08'],
    ['Foo-23', undefined],
  ])('bulan %j → %j', (teks, ym) => expect(parseMonthCell(teks)).toBe(ym));

  it('urutan bulan-hari: 4/1/2022 adalah 1 April, 12/31/2023 adalah 31 Desember', () => {
    expect(parseDateCell('4/1/2022', 'bh')).toBe('2022-04-01');
    expect(parseDateCell('4/1/2022', 'hb')).toBe('2022-01-04');
    expect(parseDateCell('12/31/2023', 'bh')).toBe('2023-12-31');
    expect(parseDateCell('12/31/2023', 'hb')).toBeUndefined();
    expect(parseMonthCell('4/1/2022', 'bh')).toBe('2022-04');
    // Unambiguous spellings do not depend on the order.
    expect(parseDateCell('2022-04-01', 'bh')).toBe('2022-04-01');
    expect(parseDateCell('1 April 2022', 'bh')).toBe('2022-04-01');
  });
});

describe('urutan hari/bulan diputuskan per kolom dari seluruh nilainya', () => {
  const putuskan = (isi: Partial<Record<'tmt_pangkat' | 'tmt_jenjang' | 'tanggal_perhitungan' | 'periode_mulai', string[]>>) => {
    const b = new BuktiUrutan();
    for (const [id, nilai] of Object.entries(isi)) for (const v of nilai) b.tambah(id as 'tmt_pangkat', v);
    return b.putuskan((id) => id);
  };

  it('angka pertama di atas 12: hari dahulu; angka kedua di atas 12: bulan dahulu', () => {
    expect(putuskan({ tmt_pangkat: ['5/4/2022', '13/4/2022'] })).toEqual({ tmt_pangkat: 'hb' });
    expect(putuskan({ tmt_pangkat: ['4/5/2022', '4/13/2022'] })).toEqual({ tmt_pangkat: 'bh' });
  });

  it('TMT jatuh pada tanggal 1: semua angka pertama 1 → hari dahulu; semua angka kedua 1 → bulan dahulu', () => {
    expect(putuskan({ tmt_pangkat: ['1/4/2022', '1/10/2021'] })).toEqual({ tmt_pangkat: 'hb' });
    expect(putuskan({ tmt_pangkat: ['4/1/2022', '10/1/2021'] })).toEqual({ tmt_pangkat: 'bh' });
    // 1/1/2023 reads the same either way and does not spoil the rule.
    expect(putuskan({ tmt_jenjang: ['1/1/2023', '4/1/2022'] })).toEqual({ tmt_jenjang: 'bh' });
  });

  it('nilai yang sama dibaca kedua arah tidak memerlukan putusan', () => {
    expect(putuskan({ tmt_pangkat: ['1/1/2023', '5/5/2024'] })).toEqual({});
  });

  it('kolom yang belum pasti mengikuti kolom tanggal lain bila semuanya sepakat', () => {
    expect(putuskan({ tmt_pangkat: ['4/1/2022'], tanggal_perhitungan: ['7/5/2025'] })).toEqual({
      tmt_pangkat: 'bh',
      tanggal_perhitungan: 'bh',
    });
  });

  it('tidak dapat dipastikan: ditolak dengan nama kolom dan contohnya, tidak ditebak', () => {
    expect(putuskan({ tanggal_perhitungan: ['7/5/2025'] })).toBe(
      'Kolom "tanggal_perhitungan": urutan hari dan bulan tidak dapat dipastikan; "7/5/2025" dapat berarti 7 Mei 2025 atau 5 Juli 2025, dan tidak ada tanggal pada berkas yang memastikannya. Tulis tanggal sebagai TTTT-BB-HH (2022-04-01) atau dengan nama bulan (1 April 2022), atau simpan berkas sebagai .xlsx agar tanggal tersimpan sebagai tanggal.',
    );
    // TMTs that are not all on the 1st in either reading.
    expect(putuskan({ tmt_pangkat: ['1/4/2022', '4/1/2022'] })).toMatch(
      /^Kolom "tmt_pangkat": urutan hari dan bulan tidak dapat dipastikan/,
    );
    // Two columns decided differently leave a third undecided.
    expect(putuskan({ tmt_pangkat: ['13/4/2022'], tmt_jenjang: ['4/13/2022'], tanggal_perhitungan: ['7/5/2025'] })).toMatch(
      /^Kolom "tanggal_perhitungan"/,
    );
  });

  it('satu kolom dengan kedua urutan: ditolak', () => {
    expect(putuskan({ tmt_pangkat: ['13/4/2022', '4/13/2022'] })).toMatch(
      /^Kolom "tmt_pangkat" memuat tanggal dengan hari ditulis dahulu \("13\/4\/2022"\) dan tanggal dengan bulan ditulis dahulu \("4\/13\/2022"\)/,
    );
  });
});

// One person, Ahli Pertama III/a since 1 April 2021: 2023 Baik = 12,5 and Jan–Jun 2024 Sangat Baik =
// 6/12 × 150% × 12,5 = 9,375; with AK Integrasi 12,5 the kumulatif is 34,375.
const JUDUL =
  'nip,nama,unit_kerja,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,jenis_ak_awal,ak_awal,periode_mulai,periode_selesai,predikat';
const csv = (...baris: string[]) => Buffer.from(`${JUDUL}\n${baris.join('\n')}\n`, 'utf8');

describe('pemindaian kolom hanya bila perlu', () => {
  it.each([
    ['4/1/2022', true],
    ['x,04/13/2022,', true],
    ['01-04-2024', true],
    ['1.4.2024', true],
    ['a;10/04/2021;b', true],
    ['1.99001E+17', true],
    ['1,99001E+17', true],
    ['199001012015031000', true],
    ['x,199001012015031000,y', true],
    // A first number 13–31 reads the same under the default order: nothing to decide from it alone.
    ['13/04/2022', false],
    ['31/02/2021', false],
    ['2021-04-01', false],
    ['2023-01', false],
    ['1990010120150310001', false],
    ['199001012015031001', false],
    ['12.5', false],
    ['III/a', false],
    ['1.050,5', false],
    ['1/1/23', false],
  ])('%j → %s', (teks, perlu) => expect(perluPindai(Buffer.from(teks))).toBe(perlu));
});

describe('berkas CSV dengan tanggal berangka', () => {
  it('CSV Excel pengaturan Amerika (4/1/2021 = 1 April): dibaca bulan dahulu, tidak pernah 4 Januari', async () => {
    const h = await proses(
      csv(
        '199001012015031001,Andi,Humas,Pranata Humas,Ahli Pertama,III/a,4/1/2021,4/1/2021,Integrasi,"12,5",1/1/2023,12/1/2023,Baik',
        ',,,,,,,,,,1/1/2024,6/1/2024,Sangat Baik',
        '199203152019032001,Sari,Humas,Pranata Humas,Ahli Pertama,III/a,10/1/2021,10/1/2021,,,1/1/2024,3/1/2024,Baik',
      ),
      '2024-07-15',
    );
    expect(h.ringkasan.galat).toBe(0);
    expect(JSON.parse(h.orang[0]!.masukanJson!)).toMatchObject({ tmtPangkat: '2021-04-01', tmtJenjang: '2021-04-01' });
    expect(h.orang[0]!.kumulatif).toBe('34,375');
    expect(JSON.parse(h.orang[1]!.masukanJson!)).toMatchObject({ tmtPangkat: '2021-10-01' });
  });

  it('CSV pengaturan Indonesia (1/4/2021): hari dahulu, hasil sama', async () => {
    const h = await proses(
      csv(
        '199001012015031001,Andi,Humas,Pranata Humas,Ahli Pertama,III/a,1/4/2021,01/04/2021,Integrasi,"12,5",1/1/2023,31/12/2023,Baik',
        ',,,,,,,,,,1/1/2024,30/6/2024,Sangat Baik',
      ),
      '2024-07-15',
    );
    expect(h.ringkasan.galat).toBe(0);
    expect(JSON.parse(h.orang[0]!.masukanJson!)).toMatchObject({ tmtPangkat: '2021-04-01' });
    expect(h.orang[0]!.kumulatif).toBe('34,375');
  });

  it('kolom yang tidak dapat dipastikan: berkas ditolak (400) dengan nama kolom', async () => {
    await expect(
      proses(csv('199001012015031001,Andi,Humas,Pranata Humas,Ahli Pertama,III/a,4/3/2021,5/3/2021,,,2023-01,2023-12,Baik')),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^Kolom "tmt_pangkat": urutan hari dan bulan tidak dapat dipastikan/),
    });
  });
});

describe('NIP', () => {
  it.each([
    ["'199001012015031001", '199001012015031001'],
    ['="199001012015031001"', '199001012015031001'],
    ['"199001012015031001"', '199001012015031001'],
    ['19900101 201503 1 001', '199001012015031001'],
    ['19900101\u00a0201503\u00a01\u00a0001', '199001012015031001'],
    ['199001012015031001', '199001012015031001'],
  ])('%j dibersihkan menjadi %j', (teks, nip) => {
    expect(bersihkanNip(teks)).toBe(nip);
    expect(galatNip(bersihkanNip(teks))).toBeUndefined();
  });

  it.each(['1.99001012015031E+17', '1.99001E+17', '1,99001E+17', '199001012015031000', '1.9900101201503101e17', '199001012015031001.0'])(
    '%j: tersimpan sebagai angka, apa pun jadinya angka yang hilang',
    (teks) => {
      expect(nipSebagaiAngka(bersihkanNip(teks))).toBe(true);
      expect(galatNip(bersihkanNip(teks))).toMatch(/^NIP tersimpan sebagai angka sehingga angka terakhirnya hilang/);
    },
  );

  it('kolom NIP yang tersimpan sebagai angka: desimal terpendek sebuah float (…122020) juga dinamai', () => {
    // 199404042020122008 as a JavaScript number prints as 199404042020122020 (17 significant digits).
    expect(String(Number('199404042020122008'))).toBe('199404042020122020');
    expect(galatNip('199404042020122020')).toBeUndefined();
    expect(galatNip('199404042020122020', true)).toMatch(/^NIP tersimpan sebagai angka/);
    // A NIP that no float prints (…122008 is not a shortest decimal) stays a NIP in such a column.
    expect(galatNip('199404042020122008', true)).toBeUndefined();
  });

  it('NIP yang salah strukturnya tetap mendapat pesan strukturnya', () => {
    expect(galatNip('19900101201503100')).toBe('NIP harus terdiri atas 18 angka.');
    expect(galatNip('199001012015033001')).toMatch(/jenis kelamin/);
  });
});

describe('teks dirapikan; fakta yang sama memberi kode verifikasi yang sama', () => {
  it('spasi ganda, ganti baris, spasi tak-putus, NFD', () => {
    expect(rapikanTeks('  Andi\u00a0 Saputra\n ')).toBe('Andi Saputra');
    expect(rapikanTeks('Bagian\r\nHumas')).toBe('Bagian Humas');
    expect(rapikanTeks('Rene\u0301')).toBe('René');
    expect(rapikanTeks('Andi Saputra')).toBe('Andi Saputra');
  });

  const baris = (pred: string, nama: string, nip: string, tmt: string) =>
    `${nip},"${nama}",Humas,Pranata Humas,Ahli Pertama,III/a,${tmt},2021-04-01,Integrasi,"12,5",2023-01,2023-12,${pred}`;

  it('BAIK, " baik ", Baik dengan NBSP, "Sangat  Baik", sangat_baik; nama dan NIP dalam ejaan lain: kode sama', async () => {
    const bersih = await proses(
      csv(
        baris('Baik', 'Andi Saputra', '199001012015031001', '2021-04-01'),
        baris('Sangat Baik', 'Sari Dewi', '199203152019032001', '2021-04-01'),
      ),
    );
    const kotor = await proses(
      csv(
        baris(' BAIK ', ' Andi  Saputra', "'199001012015031001", '1 April 2021'),
        baris('sangat_baik', 'Sari\u00a0Dewi', '="199203152019032001"', '01 Apr 2021'),
      ),
    );
    const nbsp = await proses(
      csv(
        baris('Baik\u00a0', 'Andi Saputra', '19900101 201503 1 001', '2021-04-01'),
        baris('Sangat  Baik', 'Sari Dewi', '199203152019032001', '2021-04-01'),
      ),
    );
    const kode = bersih.orang.map((o) => o.kode);
    expect(kode.every((k) => /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(k ?? ''))).toBe(true);
    expect(kotor.orang.map((o) => o.kode)).toEqual(kode);
    expect(nbsp.orang.map((o) => o.kode)).toEqual(kode);
    expect(kotor.orang.map((o) => o.nama)).toEqual(['Andi Saputra', 'Sari Dewi']);
  });

  it('kode batch = kode formulir web untuk fakta yang sama (formulir mengirim id predikat)', async () => {
    const h = await proses(csv(baris('BAIK', 'Andi Saputra', '199001012015031001', '2021-04-01')), '2024-05-15');
    // The document the web form posts for the same person: ids, ISO dates, the NIP's digits.
    const web = bacaMasukan({
      jabatanFungsional: 'pranata_humas',
      jenjang: 'ahli_pertama',
      golongan: 'III/a',
      tmtPangkat: '2021-04-01',
      tmtJenjang: '2021-04-01',
      angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '12.5' }],
      penilaian: [{ mulai: '2023-01', selesai: '2023-12', predikat: 'baik' }],
      // The file has no Ya/Tidak columns: nothing declared, as the form's "Belum tahu" (issue 12).
      pernyataan: {},
      tanggalPerhitungan: '2024-05-15',
      identitas: { nip: '199001012015031001', nama: 'Andi Saputra', unitKerja: 'Humas' },
    });
    expect(h.orang[0]!.kode).toBe(kodeVerifikasi(web.mentah, aturan.versi));
  });
});

describe('Jabatan Fungsional lainnya', () => {
  it('nama yang ditawarkan templat dan pesan kesalahan diterima, juga dengan jenjangnya', () => {
    const baca = pembacaJf(aturan);
    expect(baca('Jabatan Fungsional lainnya')).toEqual({ jf: 'lainnya' });
    expect(baca('jabatan fungsional LAINNYA')).toEqual({ jf: 'lainnya' });
    expect(baca('Jabatan Fungsional lainnya Ahli Muda')).toEqual({ jf: 'lainnya', jenjang: 'ahli_muda' });
  });
});
