// The main thread's only pass over a CSV file before worker threads take slices of it: one scan of the
// bytes with the reader's own quoting rules (csv.ts) finds each row's end, its row number and its NIP
// cell, hence where persons start (RowGrouper's rule: a row with a NIP that differs from the last one
// given), how many persons each slice holds, and which NIPs start more than one group of rows. The
// header, the row limit and an empty file are judged here with their messages (PetaBertahap). Bytes the
// scan does not take as they are — not UTF-8, NUL, an unclosed quote, an over-long cell, a single line —
// return undefined: the pipeline then reads the file with the CSV reader (which gives the exact message
// for what is wrong, or reads what is merely unusual) and maps the text it writes from those rows.
import { isUtf8 } from 'node:buffer';
import { createCsvParser, guessDelimiter } from '../berkas/csv.ts';
import { FileError, type BarisMentah } from '../berkas/errors.ts';
import { PencariJudul, type ColumnLayout } from './kolom.ts';
import { bersihkanNip } from './orang.ts';

/** As csv.ts: longest cell; the first line may be ten times that. */
const MAKS_SEL = 10_000;

export interface CsvSlice {
  /** Byte range [mulai, akhir) of whole rows; `nomor`: row number of the first. */
  mulai: number;
  akhir: number;
  nomor: number;
  /** Records [barisAwal, barisAkhir) of the text (0 = its first record, the header or what precedes it). */
  barisAwal: number;
  barisAkhir: number;
  jumlahOrang: number;
  /** Index (in file order) of the slice's first person. */
  indeksOrang: number;
  /** NIPs in this slice that also start another group of rows, with the first rows of all of them. */
  ganda: [string, string][];
}

export interface CsvMap {
  delim: string;
  tata: ColumnLayout;
  potongan: CsvSlice[];
  jumlahOrang: number;
  /** Data rows with any text. */
  jumlahBaris: number;
}

/** Parses one row's bytes (they start outside quotes) with the real reader. */
function urai(buf: Uint8Array, mulai: number, akhir: number, delim: string, nomor: number): string[] {
  let hasil: BarisMentah | undefined;
  const teks = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf.subarray(mulai, akhir));
  createCsvParser(
    (b) => {
      hasil ??= b;
    },
    { delim, nomor },
  ).olah(teks, true);
  return hasil?.sel ?? [];
}

const adaTeks = (s: string | undefined) => s !== undefined && s.trim() !== '';

/**
 * Whether a row's bytes hold a cell with text (the reader's count of data rows: any cell not blank
 * after trim): true at the first printable ASCII byte other than a quote or the delimiter (usually the
 * NIP's first digit), false when it holds only ASCII blanks, delimiters and quotes; undefined (parse the
 * row) when it holds other bytes, which may be Unicode spaces that trim removes, or an escaped quote.
 */
function berisi(b: Uint8Array, a: number, e: number, D: number): boolean | undefined {
  let ragu = false;
  for (let i = a; i < e; i++) {
    const c = b[i]!;
    if (c === D || c === 32 || (c >= 9 && c <= 13)) continue;
    if (c > 32 && c < 127 && c !== 34) return true;
    ragu = true;
  }
  return ragu ? undefined : false;
}

// The grouping key is the NIP as the person reader cleans it ('1990…, ="1990…", spaces), so rows of one
// person written in two spellings stay one person on both paths.
const kunciNip = (s: string | undefined) => (s === undefined || s.trim() === '' ? '' : bersihkanNip(s));

export function mapCsv(buf: Uint8Array, opsi: { maksBaris: number; ukuranPotongan: number; delim?: string }): CsvMap | undefined {
  const n = buf.length;
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (n === 0 || b.indexOf(0) >= 0 || !isUtf8(b)) return undefined;
  let pos = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    pos = 3;
    if (b[3] === 0xef && b[4] === 0xbb && b[5] === 0xbf) return undefined;
  }
  const nl = b.indexOf(10, pos);
  if (nl < 0 || nl - pos > MAKS_SEL * 10) return undefined;
  const delim = opsi.delim ?? guessDelimiter(b.toString('utf8', pos, nl));
  const D = delim.charCodeAt(0);

  // The slicing rules are PetaBertahap's (below); this scan only finds the lines and their NIP cells.
  const peta = new IncrementalCsvMap(opsi, () => {});
  let nomor = 1;

  // Scanner state (csv.ts rules on bytes: quote, delimiter, CR and LF are ASCII, never inside a UTF-8 sequence).
  let i = pos;
  let awalBaris = pos;
  let awalSel = pos;
  let kolom = 0;
  let isi = false;
  let quoted = false;
  let afterQuote = false;
  let adaKutip = false;
  let nipMulai = -1;
  let nipAkhir = -1;
  let gagal = false;

  const akhirSel = (j: number) => {
    if (j - awalSel > MAKS_SEL) gagal = true;
    if (kolom === peta.kolomNip) {
      nipMulai = awalSel;
      nipAkhir = j;
    }
  };

  // One reused object: a line's cells are parsed only when the rules ask for them (header, no NIP yet).
  const baris = {
    mulai: 0,
    akhir: 0,
    nomor: 0,
    sel(): string[] {
      return urai(b, this.mulai, this.akhir, delim, this.nomor);
    },
  };
  const akhirBaris = (akhir: number) => {
    // A cell over the limit: the reader's message, not a verdict on the row.
    if (gagal) return;
    baris.mulai = awalBaris;
    baris.akhir = akhir;
    baris.nomor = nomor;
    // The NIP read from the bytes when it is plain ASCII without quotes; otherwise from the parsed row.
    let kunci: string | undefined = '';
    if (nipMulai >= 0) {
      let sederhana = !adaKutip;
      for (let k = nipMulai; sederhana && k < nipAkhir; k++) sederhana = b[k]! > 0x20 && b[k]! < 0x7f;
      kunci = sederhana ? bersihkanNip(b.toString('latin1', nipMulai, nipAkhir)) : undefined;
    }
    peta.baris(baris, nomor, awalBaris, kunci, berisi(b, awalBaris, akhir, D) ?? baris.sel().some(adaTeks));
  };

  const barisBaru = (j: number) => {
    awalBaris = j;
    awalSel = j;
    kolom = 0;
    isi = false;
    afterQuote = false;
    adaKutip = false;
    nipMulai = -1;
    nipAkhir = -1;
  };

  while (i < n && !gagal) {
    const c = b[i]!;
    if (quoted) {
      if (c === 34) {
        if (b[i + 1] === 34) {
          isi = true;
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else isi = true;
      i++;
      continue;
    }
    if (c === D) {
      akhirSel(i);
      kolom++;
      awalSel = i + 1;
      isi = false;
      afterQuote = false;
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      akhirSel(i);
      const berikut = c === 13 && b[i + 1] === 10 ? i + 2 : i + 1;
      akhirBaris(i);
      nomor++;
      barisBaru(berikut);
      i = berikut;
      continue;
    }
    if (c === 34) {
      adaKutip = true;
      if (!isi && !afterQuote) {
        quoted = true;
        i++;
        continue;
      }
    }
    isi = true;
    i++;
  }
  if (gagal || quoted) return undefined;
  // A last row without a line end counts when it has a delimiter or content (csv.ts).
  if (awalBaris < n && (kolom > 0 || isi)) {
    akhirSel(n);
    akhirBaris(n);
  }
  return gagal ? undefined : peta.selesai(n, delim);
}

export const PESAN_TANPA_DATA = 'Berkas hanya memuat baris judul; tidak ada data pegawai.';

export const pesanBatasBaris = (maks: number) =>
  `Berkas memuat lebih dari ${maks.toLocaleString('id-ID')} baris data; batasnya ${maks.toLocaleString('id-ID')} baris. Bagi data menjadi beberapa berkas.`;

/**
 * The map built record by record, by the rules RowGrouper groups by: from the CSV scan above, and
 * from the text the pipeline writes from a reader's rows (baris-teks.ts), where a slice is handed on
 * (`kirim`) as soon as the next one starts, so the workers begin while the workbook is still being read.
 * Which NIPs start more than one group of rows is known only at the end: `selesai` fills each slice's
 * `ganda`, and the caller runs again the slices (rare: a data error) that got any. The header, the
 * number of data rows and an empty file are judged here, with the messages a person reads.
 */
export class IncrementalCsvMap {
  tata: ColumnLayout | undefined;
  readonly potongan: CsvSlice[] = [];
  /** The header search: title rows and blank rows may come before the header. */
  private readonly pencari = new PencariJudul();
  /** Column of the NIP once the header is read; -1 before, or when there is none. */
  kolomNip = -1;
  /** Data rows with any text (the limit and the summary count these). */
  jumlahBaris = 0;
  /** Records seen so far. */
  private indeks = 0;
  private kunciAkhir = '';
  private adaOrang = false;
  private kini: CsvSlice | undefined;
  private jumlahOrang = 0;
  private readonly pertama = new Map<string, number[]>();
  private readonly letak = new Map<string, number[]>();

  constructor(
    private readonly opsi: { maksBaris: number; ukuranPotongan: number; lembar?: string },
    private readonly kirim: (indeks: number) => void,
  ) {}

  /** A message, naming the sheet when the rows come from one. */
  private pesan(p: string): string {
    return this.opsi.lembar === undefined ? p : `Lembar "${this.opsi.lembar.slice(0, 60)}": ${p}`;
  }

  /**
   * One record: its cells (b.sel(), called only when the rules need them), its row number, where it
   * starts, its NIP key when the caller read it already (undefined: taken from the cells), and whether
   * it holds any text (undefined: taken from the cells). Throws FileError for a refused header or one
   * data row past the limit.
   */
  baris(b: { sel(): string[] }, nomor: number, awal: number, kunciNipnya?: string, adaIsi?: boolean): void {
    const i = this.indeks++;
    const tata = this.tata;
    if (!tata) {
      // Rows above the header (titles, blank rows) are records of the text but no slice's.
      const t = this.pencari.tambah(b.sel(), nomor);
      if (t === undefined) return;
      if (typeof t === 'string') throw new FileError(400, this.pesan(t));
      this.tata = this.opsi.lembar === undefined ? t : { ...t, lembar: this.opsi.lembar };
      this.kolomNip = t.indeks.indexOf('nip');
      return;
    }
    if ((adaIsi ?? b.sel().some(adaTeks)) && ++this.jumlahBaris > this.opsi.maksBaris)
      throw new FileError(413, this.pesan(pesanBatasBaris(this.opsi.maksBaris)));
    const kunci = kunciNipnya ?? (this.kolomNip >= 0 ? kunciNip(b.sel()[this.kolomNip]) : '');
    let mulaiOrang = false;
    if (kunci !== '' && kunci !== this.kunciAkhir) {
      mulaiOrang = true;
      this.kunciAkhir = kunci;
    }
    // Before any NIP: a row with any filled column starts a person without NIP; a blank one is skipped.
    else if (kunci === '' && !this.adaOrang)
      mulaiOrang = b.sel().some((s, k) => tata.indeks[k] !== undefined && s !== undefined && s.trim() !== '');
    if (!this.kini) {
      this.kini = { mulai: awal, akhir: 0, nomor, barisAwal: i, barisAkhir: 0, jumlahOrang: 0, indeksOrang: 0, ganda: [] };
      this.potongan.push(this.kini);
    } else if (mulaiOrang && awal - this.kini.mulai >= this.opsi.ukuranPotongan) {
      this.kini.akhir = awal;
      this.kini.barisAkhir = i;
      this.kirim(this.potongan.length - 1);
      this.kini = { mulai: awal, akhir: 0, nomor, barisAwal: i, barisAkhir: 0, jumlahOrang: 0, indeksOrang: this.jumlahOrang, ganda: [] };
      this.potongan.push(this.kini);
    }
    if (mulaiOrang) {
      this.adaOrang = true;
      this.kini.jumlahOrang++;
      this.jumlahOrang++;
      if (kunci !== '') {
        const l = this.pertama.get(kunci);
        if (l) {
          l.push(nomor);
          this.letak.get(kunci)!.push(this.potongan.length - 1);
        } else {
          this.pertama.set(kunci, [nomor]);
          this.letak.set(kunci, [this.potongan.length - 1]);
        }
      }
    }
  }

  /** The whole map once every record is given (`akhir`: the text's length). Throws FileError without a header or data. */
  selesai(akhir: number, delim: string): CsvMap {
    if (!this.tata) {
      const p = this.pencari.akhir();
      throw new FileError(400, p ? this.pesan(p) : 'Berkas tidak memuat baris judul maupun data. Gunakan templat dari aplikasi ini.');
    }
    if (this.jumlahBaris === 0) throw new FileError(400, this.pesan(PESAN_TANPA_DATA));
    if (this.kini) {
      this.kini.akhir = akhir;
      this.kini.barisAkhir = this.indeks;
    }
    for (const [kunci, l] of this.pertama) {
      if (l.length < 2) continue;
      const tempat = l.join(', ');
      for (const p of new Set(this.letak.get(kunci))) this.potongan[p]!.ganda.push([kunci, tempat]);
    }
    return { delim, tata: this.tata, potongan: this.potongan, jumlahOrang: this.jumlahOrang, jumlahBaris: this.jumlahBaris };
  }
}
