// What one cell cannot say alone, decided per column from all its values before any person is read:
// the day/month order of numeric dates, and whether the NIP column was stored as numbers.
//
// Dates. Whether "4/1/2022" is 4 January or 1 April is decided per column, and never guessed. Excel writes a date cell into a CSV in the computer's regional
// order: HH/BB/TTTT with Indonesian settings, M/D/YYYY with United States settings (the default on many
// laptops). The rules, in order, for each date column of the file:
//
// 1. A first number above 12 can only be a day (13/04/2022): the column is day first. A second number
//    above 12 (04/13/2022): month first. Both in one column: the file is refused (one column, one order).
// 2. Otherwise, in the columns whose dates fall on the 1st of a month (TMT pangkat: kenaikan pangkat takes
//    effect on the 1st; TMT jenjang as SK write it; a period's first month, which Excel stores as its 1st):
//    when one order makes every value a 1st and the other does not (1/4/2022, 1/10/2021: day first;
//    4/1/2022, 10/1/2021: month first), that order is the column's.
// 3. A value whose two numbers are equal (1/1/2023, 5/5/2024) reads the same either way: it decides nothing.
// 4. A column still undecided takes the order of the file's other date columns when those agree (one file
//    is written by one program with one regional setting); when none decided, or they disagree, the file
//    is refused with a message naming the column and an example, and asking for TTTT-BB-HH or a month name.
//
// Dates written otherwise (2022-04-01, 1 April 2022, 1-Apr-22, an Excel serial) are unambiguous and
// are not counted.
//
// NIPs stored as numbers. A spreadsheet keeps a number as a binary float (or 15 digits, Excel), so an
// 18-digit NIP typed as a number loses its last digits, and what they become depends on the writer:
// 000 (Excel), an exponent (1.99001012015031E+17: Excel's CSV, openpyxl, XlsxWriter, LibreOffice), or the
// float's shortest decimal (199404042020122020: ExcelJS, any JavaScript writer), whose last digit is
// always 0 but otherwise looks like a NIP. The first two are known from the cell alone (orang.ts
// nipSebagaiAngka). The third is known from the column: when any NIP of the file is plainly a number
// (an exponent, a decimal point, or 18 digits ending in 000), every 18-digit NIP of the file that is
// exactly the shortest decimal of a float is read as stored as a number too (nipAngka). A genuine NIP
// typed as text in such a column may be named with it (about one in thirty do end so): the column must
// be retyped as text anyway.
import { createCsvParser } from '../berkas/csv.ts';
import { FileError } from '../berkas/errors.ts';
import { NAMA_BULAN } from '../domain/format.ts';
import type { IdKolom, ColumnLayout } from './kolom.ts';
import { bagianTanggal, nipSebagaiAngka, type UrutanTanggal } from './orang.ts';

/** Columns holding dates (periods may be written as a full date). */
export const KOLOM_TANGGAL: readonly IdKolom[] = ['tmt_pangkat', 'tmt_jenjang', 'tanggal_perhitungan', 'periode_mulai', 'periode_selesai'];
/** Columns whose dates fall on the 1st of a month (rule 2). */
const PADA_TANGGAL_SATU: ReadonlySet<IdKolom> = new Set<IdKolom>(['tmt_pangkat', 'tmt_jenjang', 'periode_mulai']);

/** What one column's numeric dates say about their order. */
interface Bukti {
  jumlah: number;
  /** A value whose first number is above 12, and one whose second is. */
  hariDahulu?: string;
  bulanDahulu?: string;
  /** Whether every value's first (second) number is 1. */
  semuaAwalSatu: boolean;
  semuaKeduaSatu: boolean;
  /** A value that reads differently in the two orders. */
  ragu?: string;
}

export type PutusanUrutan = Partial<Record<IdKolom, UrutanTanggal>>;

/** Gathers the date cells of a file's columns, then decides (putuskan). */
export class BuktiUrutan {
  private readonly bukti = new Map<IdKolom, Bukti>();

  tambah(id: IdKolom, teks: string): void {
    const p = bagianTanggal(teks);
    if (!p) return;
    const [a, b] = p;
    let x = this.bukti.get(id);
    if (!x) {
      x = { jumlah: 0, semuaAwalSatu: true, semuaKeduaSatu: true };
      this.bukti.set(id, x);
    }
    x.jumlah++;
    const s = teks.trim();
    if (a > 12) x.hariDahulu ??= s;
    if (b > 12) x.bulanDahulu ??= s;
    if (a !== 1) x.semuaAwalSatu = false;
    if (b !== 1) x.semuaKeduaSatu = false;
    if (a !== b && a <= 12 && b <= 12) x.ragu ??= s;
  }

  /**
   * The order of every column that has numeric dates (rules above), or the message refusing the file.
   * `judul`: each column's header as written in the file, for the message.
   */
  putuskan(judul: (id: IdKolom) => string): PutusanUrutan | string {
    const putusan: PutusanUrutan = {};
    const belum: IdKolom[] = [];
    for (const [id, x] of this.bukti) {
      const kolom = `Kolom "${judul(id)}"`;
      if (x.hariDahulu && x.bulanDahulu)
        return `${kolom} memuat tanggal dengan hari ditulis dahulu ("${x.hariDahulu}") dan tanggal dengan bulan ditulis dahulu ("${x.bulanDahulu}"); satu kolom harus memakai satu urutan. ${SARAN}`;
      if (x.hariDahulu) putusan[id] = 'hb';
      else if (x.bulanDahulu) putusan[id] = 'bh';
      else if (!x.ragu) continue;
      else if (PADA_TANGGAL_SATU.has(id) && x.semuaAwalSatu !== x.semuaKeduaSatu) putusan[id] = x.semuaAwalSatu ? 'hb' : 'bh';
      else belum.push(id);
    }
    if (belum.length === 0) return putusan;
    const lain = new Set(Object.values(putusan));
    if (lain.size === 1) {
      const u = [...lain][0]!;
      for (const id of belum) putusan[id] = u;
      return putusan;
    }
    const id = belum[0]!;
    const contoh = this.bukti.get(id)!.ragu!;
    const [a, b] = bagianTanggal(contoh)!;
    const tahun = contoh.trim().slice(-4);
    return `Kolom "${judul(id)}": urutan hari dan bulan tidak dapat dipastikan; "${contoh}" dapat berarti ${a} ${NAMA_BULAN[b - 1]} ${tahun} atau ${b} ${NAMA_BULAN[a - 1]} ${tahun}, dan tidak ada tanggal pada berkas yang memastikannya. ${SARAN}`;
  }
}

const SARAN =
  'Tulis tanggal sebagai TTTT-BB-HH (2022-04-01) atau dengan nama bulan (1 April 2022), atau simpan berkas sebagai .xlsx agar tanggal tersimpan sebagai tanggal.';

const digit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;
const pemisah = (c: number | undefined) => c === 47 || c === 46 || c === 45; // / . -

/**
 * Whether a text may hold what the scan decides, in one pass over its bytes (a regex over a 30 MB text
 * took 1.6 s): a numeric date A/B/YYYY whose first number could be a month (a date starting 13–31 reads
 * the same under the default, day first, and decides nothing alone), a number with an exponent
 * (1.99001E+17), or a run of exactly 18 digits ending in 000. A false alarm only costs the scan.
 */
export function perluPindai(b: Uint8Array): boolean {
  let awalAngka = -1;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      if (awalAngka < 0) awalAngka = i;
      continue;
    }
    const panjang = awalAngka < 0 ? 0 : i - awalAngka;
    if (panjang === 18 && b[i - 1] === 48 && b[i - 2] === 48 && b[i - 3] === 48) return true;
    if (
      (c === 69 || c === 101) &&
      panjang > 0 &&
      (b[i + 1] === 43 || digit(b[i + 1])) &&
      (b[awalAngka - 1] === 46 || b[awalAngka - 1] === 44) &&
      digit(b[awalAngka - 2])
    )
      return true;
    if (pemisah(c) && (panjang === 1 || panjang === 2) && !pemisah(b[awalAngka - 1])) {
      const bulan = panjang === 1 ? b[awalAngka]! - 48 : (b[awalAngka]! - 48) * 10 + b[awalAngka + 1]! - 48;
      let k = i + 1;
      while (k < b.length && k - i <= 2 && digit(b[k])) k++;
      if (bulan >= 1 && bulan <= 12 && k - i - 1 >= 1 && pemisah(b[k])) {
        let y = k + 1;
        while (y < b.length && y - k <= 4 && digit(b[y])) y++;
        if (y - k - 1 === 4 && !digit(b[y]) && !pemisah(b[y])) return true;
      }
    }
    awalAngka = -1;
  }
  return awalAngka >= 0 && b.length - awalAngka === 18 && b[b.length - 1] === 48 && b[b.length - 2] === 48 && b[b.length - 3] === 48;
}

/** What the file's columns decided. */
export interface PutusanKolom {
  urutanTanggal?: PutusanUrutan;
  /** The NIP column holds numbers: an 18-digit NIP that is a float's shortest decimal lost its digits too. */
  nipAngka?: boolean;
}

/**
 * The decisions for a file's CSV text (the text the slices read: `data`, its delimiter and header), or
 * undefined when nothing needs deciding (most files: one regex over the bytes, no parse). Throws
 * FileError (400) when a date column's order cannot be decided.
 */
export function putusanKolomBerkas(data: Uint8Array, delim: string, tata: ColumnLayout): PutusanKolom | undefined {
  if (!perluPindai(data)) return undefined;
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const kolom: [number, IdKolom][] = [];
  tata.indeks.forEach((id, i) => {
    if (id !== undefined && KOLOM_TANGGAL.includes(id)) kolom.push([i, id]);
  });
  const kolomNip = tata.indeks.indexOf('nip');
  const bukti = new BuktiUrutan();
  let nipAngka = false;
  createCsvParser(
    (row) => {
      for (const [i, id] of kolom) {
        const s = row.sel[i];
        if (s) bukti.tambah(id, s);
      }
      if (!nipAngka && kolomNip >= 0) {
        const s = row.sel[kolomNip];
        if (s && nipSebagaiAngka(s.trim())) nipAngka = true;
      }
    },
    { delim, nomor: 1, maksSel: Infinity },
  ).olah(new TextDecoder('utf-8').decode(b), true);
  const p = bukti.putuskan((id) => tata.judul.get(id) ?? id);
  if (typeof p === 'string') throw new FileError(400, p);
  const putusan: PutusanKolom = {};
  if (Object.keys(p).length > 0) putusan.urutanTanggal = p;
  if (nipAngka) putusan.nipAngka = true;
  return putusan;
}
