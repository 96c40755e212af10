// Results as CSV (semicolon, UTF-8 with BOM: opens in columns in Excel with Indonesian settings) and
// as XLSX (results, data errors, wrong figures). Every text cell that a spreadsheet could run as a
// formula is neutralised (csv.ts `netralkan`): names and messages come from the uploaded file.
import { barisCsv } from './csv.ts';
import { LABEL_KATEGORI, type HasilOrang } from './evaluasi.ts';
import { teksGalat } from './galat.ts';
import type { Ringkasan } from './ringkasan.ts';
import { tulisXlsx, type Lembar, type Sel } from './xlsx-tulis.ts';

export const JUDUL_HASIL = [
  'nip', 'nama', 'unit_kerja', 'jabatan_fungsional', 'jenjang', 'golongan', 'tanggal_perhitungan', 'ak_kumulatif',
  'kategori', 'kp_ke', 'kp_status', 'kp_selisih_ak', 'kp_tmt_paling_cepat', 'kj_ke', 'kj_status', 'kj_selisih_ak',
  'dekat_bulan_baik', 'dekat_perkiraan_tanggal', 'klaim_diperiksa', 'klaim_salah', 'rincian_klaim_salah', 'kesalahan_data',
  'kode_verifikasi', 'baris',
] as const;

const status = (x?: { tersedia: boolean; dapat: boolean; tanpaKj?: boolean }) =>
  !x ? '' : !x.tersedia ? 'TIDAK ADA' : x.dapat ? (x.tanpaKj ? 'DAPAT (tanpa KJ, formasi tidak tersedia)' : 'DAPAT') : 'TIDAK DAPAT';

export function barisHasil(o: HasilOrang): string[] {
  return [
    o.nip, o.nama ?? '', o.unitKerja ?? '', o.jabatanFungsional ?? '', o.jenjang ?? '', o.golongan ?? '', o.tanggalPerhitungan ?? '', o.kumulatif ?? '',
    LABEL_KATEGORI[o.kategori], o.kp?.ke ?? '', status(o.kp), o.kp?.selisih ?? '', o.kp?.tmt ?? '', o.kj?.ke ?? '', status(o.kj), o.kj?.selisih ?? '',
    o.dekat ? String(o.dekat.bulan) : '', o.dekat?.tanggal ?? '', String(o.klaim.diperiksa), String(o.klaim.salah.length),
    o.klaim.salah.map((k) => `baris ${k.baris} ${k.kolom}: tertulis ${k.tertulis}, seharusnya ${k.seharusnya}`).join(' | '),
    o.galat.map(teksGalat).join(' | '),
    o.kode ?? '', o.baris.length ? `${o.baris[0]}–${o.baris.at(-1)}` : '',
  ];
}

/** The results CSV, chunk by chunk. */
export function* csvHasil(orang: HasilOrang[]): Generator<string> {
  yield `\uFEFF${barisCsv([...JUDUL_HASIL], ';')}`;
  let buf = '';
  for (const o of orang) {
    buf += barisCsv(barisHasil(o), ';');
    if (buf.length > 128 * 1024) { yield buf; buf = ''; }
  }
  if (buf) yield buf;
}

function* barisGalat(orang: HasilOrang[]): Generator<Sel[]> {
  yield ['nip', 'nama', 'baris', 'kolom', 'pesan'];
  for (const o of orang) for (const g of o.galat) yield [o.nip, o.nama ?? '', g.baris, g.kolom, g.pesan];
}

function* barisKlaim(orang: HasilOrang[]): Generator<Sel[]> {
  yield ['nip', 'nama', 'baris', 'kolom', 'angka', 'tertulis', 'seharusnya', 'keterangan'];
  for (const o of orang) for (const k of o.klaim.salah) yield [o.nip, o.nama ?? '', k.baris, k.kolom, k.uraian, k.tertulis, k.seharusnya, k.pesan];
}

/** The errors CSV: one line per problem, with row and column. */
export function* csvGalat(orang: HasilOrang[]): Generator<string> {
  let first = true;
  for (const r of barisGalat(orang)) {
    yield `${first ? '\uFEFF' : ''}${barisCsv(r.map(String), ';')}`;
    first = false;
  }
}

export function tulisXlsxHasil(orang: HasilOrang[], ringkasan: Ringkasan, keluar: (d: Uint8Array, final: boolean) => void): void {
  const ring: Sel[][] = [
    ['Ringkasan', 'Jumlah'],
    ['Pegawai', ringkasan.pegawai], ['Baris data', ringkasan.baris],
    ['DAPAT kenaikan pangkat', ringkasan.dapatKp], ['DAPAT kenaikan jenjang', ringkasan.dapatKj],
    ['Dekat (≤ 6 bulan dengan predikat Baik)', ringkasan.dekat], ['Belum memenuhi', ringkasan.belum],
    ['Tidak ada kenaikan berikutnya', ringkasan.puncak], ['Ada kesalahan data', ringkasan.galat],
    ['Angka tertulis diperiksa (pegawai)', ringkasan.klaimDiperiksa], ['Angka tertulis salah (pegawai)', ringkasan.klaimSalah],
  ];
  const lembar: Lembar[] = [
    { nama: 'Hasil', judul: true, lebar: [20, 28, 24, 24, 14, 9, 12, 12, 30, 8, 14, 12, 14, 12, 14, 12, 8, 12, 8, 8, 50, 60, 16, 10], baris: (function* () { yield [...JUDUL_HASIL]; for (const o of orang) yield barisHasil(o); })() },
    { nama: 'Kesalahan data', judul: true, lebar: [20, 28, 8, 22, 90], baris: barisGalat(orang) },
    { nama: 'Angka salah', judul: true, lebar: [20, 28, 8, 22, 40, 10, 10, 70], baris: barisKlaim(orang) },
    { nama: 'Ringkasan', judul: true, lebar: [40, 10], baris: ring },
  ];
  tulisXlsx(lembar, keluar, { netral: true });
}
