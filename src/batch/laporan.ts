// Results as CSV (semicolon, UTF-8 with BOM: opens in columns in Excel with Indonesian settings) and
// as XLSX (results, data errors, wrong figures). Every text cell that a spreadsheet could run as a
// formula is neutralised (csv.ts `neutralizeFormula`): names and messages come from the uploaded file.
import { csvRow } from '../berkas/csv.ts';
import { LABEL_KATEGORI, type HasilOrang } from './evaluasi.ts';
import { problemText } from '../berkas/errors.ts';
import type { Ringkasan } from './ringkasan.ts';
import { selTanggal, writeXlsx, type Sheet, type Cell } from '../berkas/xlsx-write.ts';

export const JUDUL_HASIL = [
  'nip',
  'nama',
  'unit_kerja',
  'jabatan_fungsional',
  'jenjang',
  'golongan',
  'tanggal_perhitungan',
  'ak_kumulatif',
  'kategori',
  'kp_ke',
  'kp_status',
  'kp_selisih_ak',
  'kp_tmt_paling_cepat',
  'kj_ke',
  'kj_status',
  'kj_selisih_ak',
  'belum_dinyatakan',
  'dekat_bulan_baik',
  'dekat_perkiraan_tanggal',
  'klaim_diperiksa',
  'klaim_salah',
  'rincian_klaim_salah',
  'kesalahan_data',
  'peringatan',
  'kode_verifikasi',
  'baris',
] as const;

const status = (x?: { tersedia: boolean; dapat: boolean; status: string; tanpaKj?: boolean | undefined }) =>
  !x
    ? ''
    : !x.tersedia
      ? 'TIDAK ADA'
      : x.dapat
        ? x.tanpaKj
          ? 'DAPAT (tanpa KJ, formasi tidak tersedia)'
          : 'DAPAT'
        : x.status === 'belum_dapat_dipastikan'
          ? 'BELUM DAPAT DIPASTIKAN'
          : 'TIDAK DAPAT';

export function barisHasil(o: HasilOrang): string[] {
  return [
    o.nip,
    o.nama ?? '',
    o.unitKerja ?? '',
    o.jabatanFungsional ?? '',
    o.jenjang ?? '',
    o.golongan ?? '',
    o.tanggalPerhitungan ?? '',
    o.kumulatif ?? '',
    LABEL_KATEGORI[o.kategori],
    o.kp?.ke ?? '',
    status(o.kp),
    o.kp?.selisih ?? '',
    o.kp?.tmt ?? '',
    o.kj?.ke ?? '',
    status(o.kj),
    o.kj?.selisih ?? '',
    o.belumDinyatakan ? o.belumDinyatakan.join('; ') : '',
    o.dekat ? String(o.dekat.bulan) : '',
    o.dekat?.tanggal ?? '',
    String(o.klaim.diperiksa),
    String(o.klaim.salah.length),
    // Most persons have neither: no arrays to map and join for them.
    o.klaim.salah.length
      ? o.klaim.salah.map((k) => `baris ${k.baris} ${k.kolom}: tertulis ${k.tertulis}, seharusnya ${k.seharusnya}`).join(' | ')
      : '',
    o.galat.length ? o.galat.map(problemText).join(' | ') : '',
    o.peringatan?.length ? o.peringatan.join(' | ') : '',
    o.kode ?? '',
    o.baris.length ? `${o.baris[0]}–${o.baris.at(-1)}` : '',
  ];
}

const KOLOM_HASIL = (j: (typeof JUDUL_HASIL)[number]) => JUDUL_HASIL.indexOf(j);
const I_TANGGAL = KOLOM_HASIL('tanggal_perhitungan');
const I_KUMULATIF = KOLOM_HASIL('ak_kumulatif');
const I_TMT_KP = KOLOM_HASIL('kp_tmt_paling_cepat');
const I_DEKAT_BULAN = KOLOM_HASIL('dekat_bulan_baik');
const I_DEKAT_TANGGAL = KOLOM_HASIL('dekat_perkiraan_tanggal');
const I_KLAIM_DIPERIKSA = KOLOM_HASIL('klaim_diperiksa');
const I_KLAIM_SALAH = KOLOM_HASIL('klaim_salah');

/** "1.050,000" (the display, format Indonesia) → "1050.000"; undefined for any other text. */
export function angkaDariTampilan(t: string): string | undefined {
  return /^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(t) ? t.replace(/\./g, '').replace(',', '.') : undefined;
}

/**
 * A results row for the XLSX report: the CSV's cells (barisHasil), with Angka Kredit as a number of
 * three decimals (the displayed value, its digits written as they are, never through a float), dates as
 * dates and counts as numbers, so HR can sum, sort and filter them. The CSV keeps the text.
 */
export function barisHasilXlsx(sel: string[], o: HasilOrang): Cell[] {
  const x: Cell[] = sel.slice();
  const ak = o.kumulatif === undefined ? undefined : angkaDariTampilan(o.kumulatif);
  if (ak !== undefined) x[I_KUMULATIF] = { angka: ak, format: 'ak' };
  if (o.tanggalPerhitungan) x[I_TANGGAL] = selTanggal(o.tanggalPerhitungan);
  if (o.kp?.tmt) x[I_TMT_KP] = selTanggal(o.kp.tmt);
  if (o.dekat) {
    x[I_DEKAT_BULAN] = o.dekat.bulan;
    x[I_DEKAT_TANGGAL] = selTanggal(o.dekat.tanggal);
  }
  x[I_KLAIM_DIPERIKSA] = o.klaim.diperiksa;
  x[I_KLAIM_SALAH] = o.klaim.salah.length;
  return x;
}

/** The results CSV, chunk by chunk. */
export function* csvHasil(orang: HasilOrang[]): Generator<string> {
  yield `\uFEFF${csvRow([...JUDUL_HASIL], ';')}`;
  let buf = '';
  for (const o of orang) {
    buf += csvRow(barisHasil(o), ';');
    if (buf.length > 128 * 1024) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

export const JUDUL_GALAT = ['nip', 'nama', 'baris', 'kolom', 'pesan'];
export const JUDUL_KLAIM = ['nip', 'nama', 'baris', 'kolom', 'angka', 'tertulis', 'seharusnya', 'keterangan'];

/** A person's lines in the errors report (sheet "Kesalahan data" and kesalahan.csv). */
export function galatOrang(o: HasilOrang): Cell[][] {
  return o.galat.map((g) => [o.nip, o.nama ?? '', g.baris, g.kolom, g.pesan]);
}

/** A person's lines in the sheet "Angka salah". */
export function klaimOrang(o: HasilOrang): Cell[][] {
  return o.klaim.salah.map((k) => [o.nip, o.nama ?? '', k.baris, k.kolom, k.uraian, k.tertulis, k.seharusnya, k.pesan]);
}

function* barisGalat(orang: HasilOrang[]): Generator<Cell[]> {
  for (const o of orang) yield* galatOrang(o);
}

function* barisKlaim(orang: HasilOrang[]): Generator<Cell[]> {
  for (const o of orang) yield* klaimOrang(o);
}

/** The errors CSV: one line per problem, with row and column. */
export function* csvGalat(orang: HasilOrang[]): Generator<string> {
  yield `\uFEFF${csvRow(JUDUL_GALAT, ';')}`;
  for (const r of barisGalat(orang)) yield csvRow(r.map(String), ';');
}

/**
 * The results workbook's sheets. `hasil`: the results rows after the header, either as rows or as XML
 * pieces deflated on worker threads; `galat` and `klaim` are read, and `ringkasan` called, only when
 * their sheet is written (after the results sheet), so they may still be filling while it streams.
 */
export function lembarHasil(
  hasil: { baris: Iterable<Cell[]> } | { termampat: NonNullable<Sheet['termampat']> },
  galat: Iterable<Cell[]>,
  klaim: Iterable<Cell[]>,
  ringkasan: () => Ringkasan,
): Sheet[] {
  const ring = function* (): Generator<Cell[]> {
    const r = ringkasan();
    yield* [
      ['Ringkasan', 'Jumlah'],
      ['Pegawai', r.pegawai],
      ['Baris data', r.baris],
      ['DAPAT kenaikan pangkat', r.dapatKp],
      ['DAPAT kenaikan jenjang', r.dapatKj],
      [LABEL_KATEGORI.belum_pasti, r.belumPasti],
      [LABEL_KATEGORI.dekat, r.dekat],
      ['Belum memenuhi', r.belum],
      ['Tidak ada kenaikan berikutnya', r.puncak],
      ['Ada kesalahan data', r.galat],
      ['Angka tertulis diperiksa (pegawai)', r.klaimDiperiksa],
      ['Angka tertulis salah (pegawai)', r.klaimSalah],
    ];
  };
  const judulHasil = function* (b?: Iterable<Cell[]>): Generator<Cell[]> {
    yield [...JUDUL_HASIL];
    if (b) yield* b;
  };
  return [
    {
      nama: 'Hasil',
      judul: true,
      lebar: [20, 28, 24, 24, 14, 9, 12, 12, 30, 8, 14, 12, 14, 12, 14, 12, 40, 8, 12, 8, 8, 50, 60, 60, 16, 10],
      ...('baris' in hasil ? { baris: judulHasil(hasil.baris) } : { baris: judulHasil(), termampat: hasil.termampat }),
    },
    {
      nama: 'Kesalahan data',
      judul: true,
      lebar: [20, 28, 8, 22, 90],
      baris: (function* () {
        yield JUDUL_GALAT;
        yield* galat;
      })(),
    },
    {
      nama: 'Angka salah',
      judul: true,
      lebar: [20, 28, 8, 22, 40, 10, 10, 70],
      baris: (function* () {
        yield JUDUL_KLAIM;
        yield* klaim;
      })(),
    },
    { nama: 'Ringkasan', judul: true, lebar: [40, 10], baris: ring() },
  ];
}

export function writeHasilXlsx(orang: HasilOrang[], ringkasan: Ringkasan, keluar: (d: Uint8Array, final: boolean) => void): Promise<void> {
  const lembar = lembarHasil(
    {
      baris: (function* () {
        for (const o of orang) yield barisHasilXlsx(barisHasil(o), o);
      })(),
    },
    barisGalat(orang),
    barisKlaim(orang),
    () => ringkasan,
  );
  return writeXlsx(lembar, keluar, { netral: true });
}
