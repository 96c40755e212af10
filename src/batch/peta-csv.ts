// The main thread's only pass over a CSV file before worker threads take slices of it: one scan of the
// bytes with the reader's own quoting rules (csv.ts) finds each row's end, its row number and its NIP
// cell, hence where persons start (Pengelompok's rule: a row with a NIP that differs from the last one
// given), how many persons each slice holds, and which NIPs start more than one group of rows. Anything
// unusual — bytes that are not UTF-8, NUL, an unclosed quote, an over-long cell, too many rows, a header
// that is missing or refused — returns undefined, and the caller reads the file the sequential way,
// which gives the exact message for it.
import { isUtf8 } from 'node:buffer';
import { buatPengurai, tebakPemisah } from './csv.ts';
import type { BarisMentah } from './galat.ts';
import { bacaJudul, type TataKolom } from './kolom.ts';

/** As csv.ts: longest cell; the first line may be ten times that. */
const MAKS_SEL = 10_000;

export interface Potongan {
  /** Byte range [mulai, akhir) of whole rows; `nomor`: row number of the first. */
  mulai: number;
  akhir: number;
  nomor: number;
  jumlahOrang: number;
  /** Index (in file order) of the slice's first person. */
  indeksOrang: number;
  /** NIPs in this slice that also start another group of rows, with the first rows of all of them. */
  ganda: [string, string][];
}

export interface PetaCsv {
  delim: string;
  tata: TataKolom;
  potongan: Potongan[];
  jumlahOrang: number;
}

/** Parses one row's bytes (they start outside quotes) with the real reader. */
function urai(buf: Uint8Array, mulai: number, akhir: number, delim: string, nomor: number): string[] {
  let hasil: BarisMentah | undefined;
  const teks = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf.subarray(mulai, akhir));
  buatPengurai((b) => { hasil ??= b; }, { delim, nomor }).olah(teks, true);
  return hasil?.sel ?? [];
}

const kunciNip = (s: string | undefined) => (s === undefined || s.trim() === '' ? '' : s.trim().replace(/\s+/g, ''));

export function petaCsv(buf: Uint8Array, opsi: { maksBaris: number; ukuranPotongan: number }): PetaCsv | undefined {
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
  const delim = tebakPemisah(b.toString('utf8', pos, nl));
  const D = delim.charCodeAt(0);

  // The slicing rules are PetaBertahap's (below); this scan only finds the lines and their NIP cells.
  const peta = new PetaBertahap(opsi, () => {});
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
    if (kolom === peta.kolomNip) { nipMulai = awalSel; nipAkhir = j; }
  };

  // One reused object: a line's cells are parsed only when the rules ask for them (header, no NIP yet).
  const baris = { mulai: 0, akhir: 0, nomor: 0, sel(): string[] { return urai(b, this.mulai, this.akhir, delim, this.nomor); } };
  const akhirBaris = (akhir: number) => {
    baris.mulai = awalBaris;
    baris.akhir = akhir;
    baris.nomor = nomor;
    // The NIP read from the bytes when it is plain ASCII without quotes; otherwise from the parsed row.
    let kunci: string | undefined = '';
    if (nipMulai >= 0) {
      let sederhana = !adaKutip;
      for (let k = nipMulai; sederhana && k < nipAkhir; k++) sederhana = b[k]! > 0x20 && b[k]! < 0x7f;
      kunci = sederhana ? b.toString('latin1', nipMulai, nipAkhir) : undefined;
    }
    if (!peta.baris(baris, nomor, awalBaris, kunci)) gagal = true;
  };

  const barisBaru = (j: number) => {
    awalBaris = j; awalSel = j; kolom = 0; isi = false; afterQuote = false; adaKutip = false; nipMulai = -1; nipAkhir = -1;
  };

  while (i < n && !gagal) {
    const c = b[i]!;
    if (quoted) {
      if (c === 34) {
        if (b[i + 1] === 34) { isi = true; i += 2; continue; }
        quoted = false; afterQuote = true;
      } else isi = true;
      i++;
      continue;
    }
    if (c === D) { akhirSel(i); kolom++; awalSel = i + 1; isi = false; afterQuote = false; i++; continue; }
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
      if (!isi && !afterQuote) { quoted = true; i++; continue; }
    }
    isi = true;
    i++;
  }
  if (gagal || quoted) return undefined;
  // A last row without a line end counts when it has a delimiter or content (csv.ts).
  if (awalBaris < n && (kolom > 0 || isi)) { akhirSel(n); akhirBaris(n); }
  return gagal ? undefined : peta.selesai(n, delim);
}

/**
 * The same map built line by line while the lines are being written (the XLSX conversion, xlsx-csv.ts),
 * by the same rules as petaCsv: a slice is handed on (`kirim`) as soon as the next one starts, so the
 * workers begin while the workbook is still being read. Which NIPs start more than one group of rows
 * is known only at the end: `selesai` fills each slice's `ganda`, and the caller runs again the slices
 * (rare: a data error) that got any.
 */
export class PetaBertahap {
  tata: TataKolom | undefined;
  readonly potongan: Potongan[] = [];
  /** Column of the NIP once the header is read; -1 before, or when there is none. */
  kolomNip = -1;
  private barisData = 0;
  private kunciAkhir = '';
  private adaOrang = false;
  private kini: Potongan | undefined;
  private jumlahOrang = 0;
  private readonly pertama = new Map<string, number[]>();
  private readonly letak = new Map<string, number[]>();

  constructor(private readonly opsi: { maksBaris: number; ukuranPotongan: number }, private readonly kirim: (indeks: number) => void) {}

  /**
   * One line: its cells (b.sel(), called only when the rules need them), its row number, where it starts, and its NIP key
   * when the caller read it already (undefined: taken from the cells). False: the caller must take the
   * sequential way.
   */
  baris(b: { sel(): string[] }, nomor: number, awal: number, kunciNipnya?: string): boolean {
    const tata = this.tata;
    if (!tata) {
      const judul = b.sel();
      if (judul.every((s) => !s || !s.trim())) return true;
      const t = bacaJudul(judul);
      if (typeof t === 'string') return false;
      this.tata = t;
      this.kolomNip = t.indeks.indexOf('nip');
      return true;
    }
    if (++this.barisData > this.opsi.maksBaris) return false;
    const kunci = kunciNipnya ?? (this.kolomNip >= 0 ? kunciNip(b.sel()[this.kolomNip]) : '');
    let mulaiOrang = false;
    if (kunci !== '' && kunci !== this.kunciAkhir) { mulaiOrang = true; this.kunciAkhir = kunci; }
    // Before any NIP: a row with any filled column starts a person without NIP; a blank one is skipped.
    else if (kunci === '' && !this.adaOrang) mulaiOrang = b.sel().some((s, k) => tata.indeks[k] !== undefined && s !== undefined && s.trim() !== '');
    if (!this.kini) {
      this.kini = { mulai: awal, akhir: 0, nomor, jumlahOrang: 0, indeksOrang: 0, ganda: [] };
      this.potongan.push(this.kini);
    } else if (mulaiOrang && awal - this.kini.mulai >= this.opsi.ukuranPotongan) {
      this.kini.akhir = awal;
      this.kirim(this.potongan.length - 1);
      this.kini = { mulai: awal, akhir: 0, nomor, jumlahOrang: 0, indeksOrang: this.jumlahOrang, ganda: [] };
      this.potongan.push(this.kini);
    }
    if (mulaiOrang) {
      this.adaOrang = true;
      this.kini.jumlahOrang++;
      this.jumlahOrang++;
      if (kunci !== '') {
        const l = this.pertama.get(kunci);
        if (l) { l.push(nomor); this.letak.get(kunci)!.push(this.potongan.length - 1); } else { this.pertama.set(kunci, [nomor]); this.letak.set(kunci, [this.potongan.length - 1]); }
      }
    }
    return true;
  }

  /** The whole map once every line is given (`akhir`: the text's length); undefined without a header or persons. */
  selesai(akhir: number, delim: string): PetaCsv | undefined {
    if (!this.tata || !this.kini || this.jumlahOrang === 0) return undefined;
    this.kini.akhir = akhir;
    for (const [kunci, l] of this.pertama) {
      if (l.length < 2) continue;
      const tempat = l.join(', ');
      for (const p of new Set(this.letak.get(kunci))) this.potongan[p]!.ganda.push([kunci, tempat]);
    }
    return { delim, tata: this.tata, potongan: this.potongan, jumlahOrang: this.jumlahOrang };
  }
}
