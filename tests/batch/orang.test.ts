// Reading rows into persons (orang.ts): the spellings each cell may take, and the grouping rules on the
// inputs where a fast path could part from the general one. Expected values follow the documented rules.
import { describe, expect, it } from 'vitest';
import { parseNumberCell, parseMonthCell, parseDateCell, RowGrouper, type OrangMentah } from '../../src/batch/orang.ts';
import { readHeader, type ColumnLayout } from '../../src/batch/kolom.ts';
import type { BarisMentah } from '../../src/berkas/errors.ts';
import { aturan } from '../helpers/aturan.ts';

describe('tanggal, bulan, dan angka dalam ejaan yang dipakai orang', () => {
  it.each([
    ['2024-04-01', '2024-04-01'],
    [' 2024-04-01 ', '2024-04-01'],
    ['2024-4-1', '2024-04-01'],
    ['1/4/2024', '2024-04-01'],
    ['01-04-2024', '2024-04-01'],
    ['1.4.2024', '2024-04-01'],
    ['2024-04-01T00:00:00Z', '2024-04-01'],
    ['2024-04-01 00:00', '2024-04-01'],
    ['45383', '2024-04-01'],
    ['45383.0', '2024-04-01'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', undefined],
    ['2024-13-01', undefined],
    ['2024-04-00', undefined],
    ['2024-04-1x', undefined],
    ['2024/04/01', undefined],
    ['besok', undefined],
    ['', undefined],
    ['1900-01-01', '1900-01-01'],
    ['2100-12-31', '2100-12-31'],
    ['1899-12-31', undefined],
    ['2101-01-01', undefined],
    ['9999-12-31', undefined],
    ['1/1/2101', undefined],
  ])('tanggal %j → %j', (teks, iso) => expect(parseDateCell(teks)).toBe(iso));

  it.each([
    ['2024-01', '2024-01'],
    [' 2024-01 ', '2024-01'],
    ['2024-1', '2024-01'],
    ['2024.01', '2024-01'],
    ['2024/12', '2024-12'],
    ['01/2024', '2024-01'],
    ['1-2024', '2024-01'],
    ['Januari 2024', '2024-01'],
    ['jan. 2024', '2024-01'],
    ['Agt-2024', '2024-08'],
    ['Des 2024', '2024-12'],
    ['2024-01-15', '2024-01'],
    ['15/01/2024', '2024-01'],
    ['45383', '2024-04'],
    ['1900-01', '1900-01'],
    ['2100-12', '2100-12'],
    ['1899-12', undefined],
    ['2101-01', undefined],
    ['12/2101', undefined],
    ['31/12/2101', undefined],
    ['2024-00', undefined],
    ['2024-13', undefined],
    ['2024-1a', undefined],
    ['Jan-24', '2024-01'],
    ['Foo 2024', undefined],
  ])('bulan %j → %j', (teks, bulan) => expect(parseMonthCell(teks)).toBe(bulan));

  it.each([
    ['12,5', '12.5'],
    ['12.5', '12.5'],
    ['150', '150'],
    ['007', '007'],
    [' 12,5 ', '12.5'],
    ['1.050,5', '1050.5'],
    // "1.050" is 1050 with a thousands point or 1,05 with a decimal point: refused (domain/angka.ts).
    ['1.050', undefined],
    ['1.050,000', '1050.000'],
    ['1.050.000', '1050000'],
    ['12.500,25', '12500.25'],
    [' 1 050 ', '1050'],
    ['1,05', '1.05'],
    [',5', undefined],
    ['5,', undefined],
    ['1,2,3', undefined],
    ['-1', undefined],
    ['1,050.5', undefined],
    ['', undefined],
  ])('angka %j → %j', (teks, angka) => expect(parseNumberCell(teks)).toBe(angka));
});

const JUDUL = [
  'nip',
  'nama',
  'unit_kerja',
  'jabatan_fungsional',
  'jenjang',
  'golongan',
  'tmt_pangkat',
  'tmt_jenjang',
  'jenis_ak_awal',
  'ak_awal',
  'bebas_hukuman_disiplin',
  'periode_mulai',
  'periode_selesai',
  'predikat',
  'ak_konversi_tertulis',
  'catatan',
];
const tata = readHeader(JUDUL) as ColumnLayout;

/** A row from named cells; `rumus` names the columns holding a formula (as the XLSX reader marks them). */
function baris(nomor: number, isi: Record<string, string>, rumus?: string[]): BarisMentah {
  const b: BarisMentah = { nomor, sel: JUDUL.map((j) => isi[j] ?? '') };
  if (rumus) b.rumus = rumus.map((j) => JUDUL.indexOf(j));
  return b;
}

/** Every person of the rows, in order, as tambah and selesai hand them out. */
function kelompokkan(rows: BarisMentah[]): OrangMentah[] {
  const p = new RowGrouper(aturan, tata, { tanggalPerhitungan: '2024-05-15' });
  const hasil: OrangMentah[] = [];
  for (const r of rows) {
    const o = p.tambah(r);
    if (o) hasil.push(o);
  }
  const akhir = p.selesai();
  if (akhir) hasil.push(akhir);
  return hasil;
}

const ANDI = {
  nip: '199001012015031001',
  nama: 'Andi Saputra',
  jabatan_fungsional: 'Pranata Humas',
  jenjang: 'ahli pertama',
  golongan: 'III a',
  tmt_pangkat: '01/04/2021',
  tmt_jenjang: '2021-4-1',
  jenis_ak_awal: 'Integrasi',
  ak_awal: '12,5',
  bebas_hukuman_disiplin: 'Ya',
};
const BERBEDA = 'Isi kolom pegawai sekali saja, atau ulangi dengan nilai yang sama.';

describe('baris dikelompokkan per pegawai', () => {
  const [andi, budi] = kelompokkan([
    baris(2, { ...ANDI, periode_mulai: '2023-01', periode_selesai: '2023-12', predikat: 'Baik', ak_konversi_tertulis: '12,5' }),
    baris(3, { periode_mulai: 'Januari 2024', periode_selesai: '30/06/2024', predikat: 'sangat baik' }),
    baris(4, { catatan: 'kolom yang tidak dibaca saja: baris kosong' }),
    baris(5, {
      nip: ' 1990 0101 2015 0310 01 ',
      nama: 'Andi Saputra',
      periode_mulai: '07/2024',
      periode_selesai: 'Des 2024',
      predikat: 'Cukup',
    }),
    baris(6, {
      nip: '199203152019032002',
      nama: 'Budi',
      unit_kerja: 'Protokol',
      jabatan_fungsional: 'lainnya',
      jenjang: 'Mahir',
      golongan: 'III/b',
      tmt_pangkat: '2022-04-01',
      tmt_jenjang: '2022-04-01',
    }),
  ]);

  it('NIP kosong melanjutkan pegawai di atasnya; NIP yang sama bertanda spasi juga; baris kosong dilewati', () => {
    expect(andi!.nip).toBe('199001012015031001');
    expect(andi!.baris).toEqual([2, 3, 5]);
    expect(andi!.barisPeriode).toEqual([2, 3, 5]);
    expect(andi!.galat).toEqual([]);
    expect(budi!.baris).toEqual([6]);
  });

  it('dokumen masukan: nilai terbaca, kunci dalam urutan tetap (di-hash sebagai JSON)', () => {
    expect(Object.keys(andi!)).toEqual([
      'nip',
      'nama',
      'baris',
      'barisPeriode',
      'barisPegawai',
      'barisAkAwal',
      'klaim',
      'galat',
      'masukan',
    ]);
    expect(JSON.stringify(andi!.masukan)).toBe(
      JSON.stringify({
        jabatanFungsional: 'pranata_humas',
        jenjang: 'ahli_pertama',
        golongan: 'III/a',
        tmtPangkat: '2021-04-01',
        tmtJenjang: '2021-04-01',
        angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '12.5' }],
        penilaian: [
          // The rule book's ids whatever the spelling ("Baik", "sangat baik", "Cukup" = Butuh Perbaikan).
          { mulai: '2023-01', selesai: '2023-12', predikat: 'baik' },
          { mulai: '2024-01', selesai: '2024-06', predikat: 'sangat_baik' },
          { mulai: '2024-07', selesai: '2024-12', predikat: 'butuh_perbaikan' },
        ],
        // Empty formasi and uji kompetensi cells: not declared (issue 12), left out rather than read as Tidak.
        pernyataan: { bebasHukumanDisiplin: true },
        tanggalPerhitungan: '2024-05-15',
        identitas: { nip: '199001012015031001', nama: 'Andi Saputra' },
      }),
    );
    expect(andi!.klaim).toEqual([{ id: 'konversi.1', tertulis: '12,5', baris: 2, kolom: 'ak_konversi_tertulis' }]);
    expect(Object.keys(budi!)).toEqual(['nip', 'nama', 'unitKerja', 'baris', 'barisPeriode', 'barisPegawai', 'klaim', 'galat', 'masukan']);
    expect(JSON.stringify(budi!.masukan!.identitas)).toBe('{"nip":"199203152019032002","nama":"Budi","unitKerja":"Protokol"}');
    expect(budi!.masukan!.jenjang).toBe('mahir');
    expect(budi!.masukan!.golongan).toBe('III/b');
  });
});

describe('kesalahan disebut dengan baris dan kolomnya', () => {
  const [citra] = kelompokkan([
    baris(10, {
      nip: '198501012010011001',
      nama: 'Citra',
      jabatan_fungsional: 'Pranata Humas',
      jenjang: 'Ahli Muda',
      golongan: 'III/c',
      tmt_pangkat: '2022-02-30',
      tmt_jenjang: '2022-04-01',
      periode_mulai: '2023-01',
      periode_selesai: '2023-12',
      predikat: 'Baik',
    }),
    baris(11, { nama: 'Citra Dewi', periode_mulai: '2024-13', periode_selesai: '2024-12', predikat: 'Luar biasa' }),
    baris(12, { nip: '198501012010011001', jenjang: 'ahli muda' }, ['golongan', 'catatan']),
  ]);

  it('rumus dahulu, lalu kolom pegawai yang berbeda (juga beda ejaan), tanggal, lalu baris periode', () => {
    expect(citra!.baris).toEqual([10, 11, 12]);
    expect(citra!.barisPeriode).toEqual([10]);
    expect(citra!.masukan).toBeUndefined();
    expect(citra!.galat).toEqual([
      {
        baris: 12,
        kolom: 'golongan',
        // Column F (golongan), sheet row 12: no sheet named when the rows are not from a workbook.
        pesan:
          'Sel F12 berisi rumus tanpa nilai tersimpan; rumus tidak dijalankan. Buka lalu simpan berkas di Excel atau LibreOffice agar nilainya tersimpan, atau tempel sebagai nilai (Paste Special → Values).',
      },
      { baris: 11, kolom: 'nama', pesan: `Berbeda dengan baris 10 untuk pegawai yang sama ("Citra Dewi" dan "Citra"). ${BERBEDA}` },
      { baris: 12, kolom: 'jenjang', pesan: `Berbeda dengan baris 10 untuk pegawai yang sama ("ahli muda" dan "Ahli Muda"). ${BERBEDA}` },
      {
        baris: 10,
        kolom: 'tmt_pangkat',
        pesan:
          'TMT pangkat "2022-02-30" bukan tanggal yang sah; tulis TTTT-BB-HH (2024-04-01), HH/BB/TTTT (01/04/2024), atau 1 April 2024.',
      },
      {
        baris: 11,
        kolom: 'periode_mulai',
        pesan: 'Bulan mulai "2024-13" tidak sah; tulis TTTT-BB (2024-01), BB/TTTT (01/2024), atau Januari 2024.',
      },
      {
        baris: 11,
        kolom: 'predikat',
        pesan:
          'Predikat "Luar biasa" tidak dikenal. Pilih salah satu: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang (Cukup dibaca Butuh Perbaikan).',
      },
    ]);
  });

  it('baris pertama tanpa NIP: pegawai tanpa NIP; NIP yang tersimpan sebagai angka; baris berisi rumus saja tetap terhitung', () => {
    const [tanpa, angka] = kelompokkan([
      baris(2, { nama: 'Tanpa NIP' }),
      baris(3, { nip: '1.99001E+17', nama: 'Dewi' }),
      baris(4, {}, ['predikat']),
      baris(5, {}, ['catatan']),
    ]);
    expect(tanpa!.nip).toBe('(tanpa NIP, baris 2)');
    expect(tanpa!.galat[0]).toEqual({ baris: 2, kolom: 'nip', pesan: 'NIP wajib diisi pada baris pertama setiap pegawai.' });
    expect(angka!.nip).toBe('1.99001E+17');
    expect(angka!.baris).toEqual([3, 4]);
    expect(angka!.galat.slice(0, 2)).toEqual([
      {
        baris: 4,
        kolom: 'predikat',
        pesan:
          'Sel N4 berisi rumus tanpa nilai tersimpan; rumus tidak dijalankan. Buka lalu simpan berkas di Excel atau LibreOffice agar nilainya tersimpan, atau tempel sebagai nilai (Paste Special → Values).',
      },
      {
        baris: 3,
        kolom: 'nip',
        pesan:
          'NIP tersimpan sebagai angka sehingga angka terakhirnya hilang ("1.99001E+17"; Excel hanya menyimpan 15 angka). Format kolom nip sebagai Teks, lalu ketik ulang NIP dari SK.',
      },
    ]);
  });

  it('kolom pegawai diulang dengan nilai yang sama, atau NIP yang hanya berbeda spasi: bukan kesalahan', () => {
    const [o] = kelompokkan([
      baris(2, { ...ANDI, periode_mulai: '2023-01', periode_selesai: '2023-12', predikat: 'Baik' }),
      baris(3, { ...ANDI, nip: '199001012015031001 ', periode_mulai: '2024-01', periode_selesai: '2024-06', predikat: 'Baik' }),
      baris(4, { ...ANDI, nip: '19900101 2015031001', periode_mulai: '2024-07', periode_selesai: '2024-12', predikat: 'Baik' }),
    ]);
    expect(o!.baris).toEqual([2, 3, 4]);
    expect(o!.galat).toEqual([]);
    expect(o!.masukan!.identitas!.nip).toBe('199001012015031001');
  });
});
