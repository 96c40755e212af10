// A lean, defensive XLSX (SpreadsheetML) reader. The archive is read by xlsx-zip.ts: its directory checked
// whole, each part inflated only within its declared size, that size held against the limits below,
// every byte counted, and any DOCTYPE or ENTITY declaration refused. Here every part read is parsed
// as it is inflated, counting what the limits count: the sheet row by row, the shared strings one
// <si> at a time; only the workbook, its relationships and the styles (small) are held whole as text,
// and they are scanned without backtracking regular expressions. Formulas are never evaluated: a
// formula cell is reported as such.
import { FileError, type BarisMentah } from './errors.ts';
import { NS_RELASI, NS_SPREADSHEETML, tanpaAwalan } from './xml-awalan.ts';
import {
  CORRUPT_MESSAGE,
  InflateMeter,
  centralDirectory,
  partKey,
  mb,
  inflate,
  type ByteBudget,
  type ArchiveLimits,
  type ZipEntry,
} from './xlsx-zip.ts';

export { isZip } from './xlsx-zip.ts';

export interface XlsxLimits extends ArchiveLimits {
  /** Total bytes inflated from all the parts read (the sheet is most of it). */
  maksTerurai: number;
  /**
   * Bytes one part held in memory may inflate to: the shared strings, the workbook, its relationships,
   * the styles. The sheet, read as a stream, is bounded by maksTerurai.
   */
  maksBagian: number;
  /** Largest ratio uncompressed/compressed for a part larger than 1 MB. */
  maksRasio: number;
  /** Entries in the ZIP archive. */
  maksEntri: number;
  /** Shared strings (<si>): never more than the text cells of the workbook. */
  maksTeksBersama: number;
  /** Characters in one shared string or one cell's text (Excel's own cell limit is 32,767). */
  maksPanjangTeks: number;
  /** Rows (<row>) in the sheet, empty ones included. */
  maksBarisLembar: number;
  /** Cells (<c>) in the sheet, empty ones included. */
  maksSel: number;
  /** Cells in one row (Excel's own limit: 16,384 columns, A to XFD). */
  maksSelPerBaris: number;
}

const MB = 1024 * 1024;

/**
 * The web upload: files of at most 10 MB and 20,000 data rows. The template has 22 columns; 20,000 of
 * its rows written by our own writer (inline strings, the largest form) inflate to about 12 MB, by
 * Excel (shared strings) to less. So 64 MB, 100,000 sheet rows and 4 million cells leave room for blank
 * formatted rows and columns, and 200,000 shared strings for ten distinct texts a row.
 */
export const XLSX_LIMITS_WEB: XlsxLimits = {
  maksTerurai: 64 * MB,
  maksBagian: 16 * MB,
  maksRasio: 200,
  maksEntri: 2000,
  maksTeksBersama: 200_000,
  maksPanjangTeks: 32_767,
  maksBarisLembar: 100_000,
  maksSel: 4_000_000,
  maksSelPerBaris: 16_384,
};

/**
 * The command line (100,000 persons and more, files up to 1 GB): a whole Excel sheet, 1,048,576 rows
 * (100,000 persons × 4 periods from bench/generator.ts: 400,001 rows, 241 MB of sheet XML), 32 cells a
 * row on average, four distinct texts a row.
 */
export const XLSX_LIMITS_CLI: XlsxLimits = {
  maksTerurai: 1024 * MB,
  maksBagian: 256 * MB,
  maksRasio: 200,
  maksEntri: 2000,
  maksTeksBersama: 4_000_000,
  maksPanjangTeks: 32_767,
  maksBarisLembar: 1_048_576,
  maksSel: 32 * 1_048_576,
  maksSelPerBaris: 16_384,
};

const angka = (n: number) => n.toLocaleString('id-ID');

/** What a part held in memory is, for messages. */
function uraianBagian(e: ZipEntry): string {
  const k = partKey(e.nama.replace(/^\//, ''));
  if (k === 'xl/sharedstrings.xml') return 'Daftar teks bersama (sharedStrings)';
  if (k === 'xl/styles.xml') return 'Daftar gaya sel (styles.xml)';
  if (k === 'xl/workbook.xml') return 'Daftar lembar kerja (workbook.xml)';
  if (k === 'xl/_rels/workbook.xml.rels') return 'Daftar relasi buku kerja (workbook.xml.rels)';
  return `Bagian "${e.nama.slice(0, 80)}"`;
}

/** A part held in memory: its measured inflation under maksBagian. */
function takaranBagian(e: ZipEntry, anggaran: ByteBudget, batas: XlsxLimits): InflateMeter {
  return new InflateMeter(
    e,
    anggaran,
    batas,
    batas.maksBagian,
    () =>
      `${uraianBagian(e)} dalam berkas XLSX bila diuraikan lebih dari ${mb(batas.maksBagian)}; berkas ditolak (kemungkinan "zip bomb") atau bagi data menjadi beberapa berkas.`,
  );
}

async function teksEntri(buf: Buffer, t: InflateMeter, ns = NS_SPREADSHEETML): Promise<string> {
  const dec = new TextDecoder('utf-8');
  let s = '';
  for await (const c of tanpaAwalan(inflate(buf, t), ns)) s += dec.decode(c, { stream: true });
  return s + dec.decode();
}

const ENTITAS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, k: string) => {
    if (k[0] !== '#') return ENTITAS[k]!;
    const n = k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}

/** \s in a regular expression. */
function spasi(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 160 ||
    c === 5760 ||
    (c >= 8192 && c <= 8202) ||
    c === 8232 ||
    c === 8233 ||
    c === 8239 ||
    c === 8287 ||
    c === 12288 ||
    c === 65279
  );
}

/**
 * Text of the <t> runs in s[a, b) (/<t(?:\s[^>]*)?>([^<]*)<\/t>/g), entities decoded; undefined if
 * `tanpaRph` and the range holds a phonetic run (<rPh), which must be cut out first.
 */
function teksT(s: string, a: number, b: number, tanpaRph: boolean): string | undefined {
  let hasil = '';
  for (let q = s.indexOf('<', a); q >= 0 && q < b; q = s.indexOf('<', q + 1)) {
    const c1 = s.charCodeAt(q + 1);
    if (c1 !== 116) {
      if (tanpaRph && c1 === 114 && s.startsWith('rPh', q + 1) && q + 4 <= b) return undefined;
      continue;
    }
    const c = s.charCodeAt(q + 2);
    let awal: number;
    if (c === 62) awal = q + 3;
    else if (spasi(c)) {
      const gt = s.indexOf('>', q + 3);
      if (gt < 0 || gt >= b) break;
      awal = gt + 1;
    } else continue;
    const lt = s.indexOf('<', awal);
    if (lt < 0 || lt + 4 > b || !s.startsWith('</t>', lt)) continue;
    hasil += s.slice(awal, lt);
    q = lt + 3;
  }
  return decodeXml(hasil);
}

/** Text of an <si> or <is> in s[a, b): all <t> runs, without phonetic (<rPh>) runs. */
function teksRun(s: string, a: number, b: number): string {
  const teks = teksT(s, a, b, true);
  if (teks !== undefined) return teks;
  // Rare (Japanese readings): cut them out as before, then read what is left.
  const sisa = tanpaRph(s.slice(a, b));
  return teksT(sisa, 0, sisa.length, false)!;
}

/**
 * s.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') without the regular expression, whose lazy scan from every
 * "<rPh" to the end made a text of many unclosed "<rPh" quadratic.
 */
function tanpaRph(s: string): string {
  let hasil = '';
  let dari = 0;
  for (let i = s.indexOf('<rPh'); i >= 0; i = s.indexOf('<rPh', i + 1)) {
    if (kata(s.charCodeAt(i + 4))) continue;
    const tutup = s.indexOf('</rPh>', i + 4);
    // No "</rPh>" after this one: none after any later one either.
    if (tutup < 0) break;
    hasil += s.slice(dari, i);
    dari = tutup + 6;
    i = dari - 1;
  }
  return hasil + s.slice(dari);
}

const FORMAT_TANGGAL_BAWAAN = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * A number cell as text. A number is never ambiguous, but its JavaScript text can be: 12.083 printed
 * "12.083" reads as twelve thousand with an Indonesian thousands point (domain/angka.ts refuses that
 * form), so a point followed by exactly three digits becomes a decimal comma ("12,083").
 */
function teksBilangan(n: number): string {
  const t = String(n);
  return /^-?[1-9]\d{0,2}\.\d{3}$/.test(t) ? t.replace('.', ',') : t;
}

/** Excel's own limit on the length of a number format. */
const MAKS_FORMAT = 255;

// The styles and the workbook were read with regular expressions whose backtracking, on a part made for
// it, took minutes for 40 kB (/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g is cubic on a tag
// of many numFmtId=, /<sheet\b([^>]*)\/?>/g quadratic on many unclosed tags). The scans below find the
// same matches, each said which way, in one pass.

/**
 * (numFmtId, formatCode) of each <numFmt>, as /<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g
 * found them: within the tag (up to its first '>'), the last formatCode=" (its value may run past the
 * '>') and the last numFmtId="digits" before it; the next search from the value's closing quote.
 */
function* formatAngka(s: string): Generator<[number, string]> {
  const ID = 'numFmtId="';
  const KODE = 'formatCode="';
  for (let i = s.indexOf('<numFmt'); i >= 0; i = s.indexOf('<numFmt', i + 1)) {
    const p = i + 7;
    if (kata(s.charCodeAt(p))) continue;
    let g = s.indexOf('>', p);
    if (g < 0) g = s.length;
    const tag = s.slice(p, g);
    const r = tag.lastIndexOf(KODE);
    const tutup = r >= 0 ? s.indexOf('"', p + r + KODE.length) : -1;
    let id = -1;
    if (tutup >= 0) {
      for (let q = tag.lastIndexOf(ID, r - ID.length); q >= 0; q = q > 0 ? tag.lastIndexOf(ID, q - 1) : -1) {
        let j = q + ID.length;
        while (j < r && tag.charCodeAt(j) >= 48 && tag.charCodeAt(j) <= 57) j++;
        if (j > q + ID.length && j < r && tag.charCodeAt(j) === 34) {
          id = Number(tag.slice(q + ID.length, j));
          break;
        }
      }
    }
    // No match in this tag: none from a later "<numFmt" inside it either (its tag is a part of this one).
    if (id < 0) {
      i = g;
      continue;
    }
    yield [id, s.slice(p + r + KODE.length, tutup)];
    i = tutup;
  }
}

/** /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(s)?.[1] ?? '' */
function isiCellXfs(s: string): string {
  for (let i = s.indexOf('<cellXfs'); i >= 0; i = s.indexOf('<cellXfs', i + 1)) {
    if (kata(s.charCodeAt(i + 8))) continue;
    const gt = s.indexOf('>', i + 8);
    const tutup = gt < 0 ? -1 : s.indexOf('</cellXfs>', gt + 1);
    // Without '>' or "</cellXfs>" after this tag, there is none after a later one either.
    return tutup < 0 ? '' : s.slice(gt + 1, tutup);
  }
  return '';
}

/** The attribute text of each <nama …> tag that has its '>', as /<nama\b([^>]*)\/?>/g's group. */
function* tagXml(s: string, nama: string): Generator<string> {
  const buka = `<${nama}`;
  for (let i = s.indexOf(buka); i >= 0; i = s.indexOf(buka, i + 1)) {
    const a = i + buka.length;
    if (kata(s.charCodeAt(a))) continue;
    const gt = s.indexOf('>', a);
    if (gt < 0) return;
    yield s.slice(a, gt);
    i = gt;
  }
}

function gayaTanggal(styles: string | undefined): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const [id, kode] of formatAngka(styles)) custom.set(id, decodeXml(kode));
  const xfs = isiCellXfs(styles);
  return [...xfs.matchAll(/<xf\b([^>]*)/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    if (FORMAT_TANGGAL_BAWAAN.has(id)) return true;
    const code = custom.get(id);
    // Longer than Excel allows: not a format Excel wrote (and its brackets would cost quadratic time).
    if (!code || code.length > MAKS_FORMAT) return false;
    const bersih = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[dy]/i.test(bersih) || (/m/i.test(bersih) && !/[hs]/i.test(bersih));
  });
}

/**
 * A number cell's text: as JavaScript writes the number (12.50 → 12.5), except an exponent, kept as
 * written (1.99E+17 is a NIP that Excel stored as a number and cut), and a whole number of more than
 * 15 digits, kept digit for digit (199001012015031001: a NIP written as a number by a program that
 * keeps every digit; through a float it would end in 000).
 */
export function teksAngka(raw: string, n = Number(raw)): string {
  if (raw.length > 15 && /^-?\d+$/.test(raw)) return raw;
  // Keep an exponent as written: 1.99E+17 is a NIP that Excel stored as a number and cut.
  return Number.isFinite(n) && !/e/i.test(raw) ? teksBilangan(n) : raw;
}

/** Excel serial day number (1900 system) → YYYY-MM-DD. */
export function serialDate(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 1 || n >= 2958466) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000);
  return d.toISOString().slice(0, 10);
}

export function columnIndex(huruf: string): number {
  let n = 0;
  for (const c of huruf) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Columns read; cells further right are counted, not read. */
const MAKS_KOLOM = 200;
/** Longest stretch of sheet text without a row end, in bytes. */
const MAKS_BARIS = 20 * 1024 * 1024;
/**
 * Unfinished text longer than this is scanned again only once as much again has come: a long row
 * then costs linear time, not a copy and a scan of all of it for every chunk.
 */
const SISA_BESAR = 1024 * 1024;

/**
 * A relationship's target as a part name: from the package root when it starts with '/', else from the
 * workbook's folder (xl/), '.' and '..' segments resolved. A target above the package root (an
 * attempt to name a file outside it) is refused; only parts of the archive are ever read.
 */
function namaTarget(target: string): string {
  const jalur = target.startsWith('/') ? [] : ['xl'];
  for (const s of target.split('/')) {
    if (s === '' || s === '.') continue;
    if (s !== '..') jalur.push(s);
    else if (jalur.pop() === undefined) throw new FileError(400, CORRUPT_MESSAGE);
  }
  return jalur.join('/');
}

/** A sheet of the workbook: its name, its part, whether it is hidden. */
export interface InfoLembar {
  nama: string;
  bagian: string;
  tersembunyi: boolean;
}

/** The workbook's sheets in their order, each with its part (from the relationships). */
function daftarLembar(workbook: string, rels: string): InfoLembar[] {
  const target = new Map<string, string>();
  for (const a of tagXml(rels, 'Relationship')) {
    const id = /\bId="([^"]*)"/.exec(a)?.[1];
    const t = /\bTarget="([^"]*)"/.exec(a)?.[1];
    if (id !== undefined && t && !target.has(id)) target.set(id, t);
  }
  const hasil: InfoLembar[] = [];
  for (const a of tagXml(workbook, 'sheet')) {
    const rid = /\br:id="([^"]*)"/.exec(a)?.[1] ?? /\bid="([^"]*)"/.exec(a)?.[1] ?? '';
    const t = target.get(rid);
    if (!t) throw new FileError(400, CORRUPT_MESSAGE);
    hasil.push({
      nama: decodeXml(/\bname="([^"]*)"/.exec(a)?.[1] ?? ''),
      bagian: namaTarget(t),
      // state="hidden" or "veryHidden": lists for dropdowns, lookups, notes the author hid.
      tersembunyi: /\bstate="(hidden|veryHidden)"/.test(a),
    });
  }
  if (hasil.length === 0) throw new FileError(400, CORRUPT_MESSAGE);
  return hasil;
}

// The sheet is scanned as bytes, chunk by inflated chunk, with loops over the bytes (every tag and
// attribute name is ASCII, so never part of a multi-byte character): no regular expression per row or
// cell, and no text made of the sheet but the cells' values. Each step below says which of the former
// patterns it follows (their \b, lazy and first-match rules included), so a sheet reads as it did.

/** \w in a regular expression: [A-Za-z0-9_]. */
function kata(c: number | undefined): boolean {
  return c !== undefined && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95);
}

const bait = (s: string) => Buffer.from(s, 'latin1');
const ROW = bait('<row');
const TUTUP_ROW = bait('</row>');
const TUTUP_C = bait('</c>');
const V = bait('<v>');
const TUTUP_V = bait('</v>');
const TUTUP_V_C = bait('</v></c>');
const IS_T = bait('<is><t');
const IS = bait('<is>');
const TUTUP_IS = bait('</is>');
const PRESERVE = bait(' xml:space="preserve">');
const TUTUP_T_IS_C = bait('</t></is></c>');

/** Whether d holds `pola` at i. */
function di(d: Buffer, i: number, pola: Buffer): boolean {
  if (i < 0 || i + pola.length > d.length) return false;
  for (let k = 0; k < pola.length; k++) if (d[i + k] !== pola[k]) return false;
  return true;
}

/** The first '<' at or after i (d.length if none). */
function lt(d: Buffer, i: number): number {
  const n = d.length;
  while (i < n && d[i] !== 60) i++;
  return i;
}

/** Number of the text d[a, b) (Number(…) of it), without making the text for the usual few digits. */
function bilangan(d: Buffer, a: number, b: number): number {
  if (b <= a || b - a > 15) return Number(d.toString('utf8', a, b));
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = d[i]!;
    if (c < 48 || c > 57) return Number(d.toString('utf8', a, b));
    n = n * 10 + c - 48;
  }
  return n;
}

/** Column index of the letters at d[a]: A → 0 (as indeksKolom). */
function kolomDi(d: Buffer, a: number): number {
  let n = 0;
  for (let c = d[a]!; c >= 65 && c <= 90; c = d[++a]!) n = n * 26 + (c - 64);
  return n - 1;
}

/**
 * d.indexOf(pola, dari) that remembers its last answer: asked again from a later position before that
 * answer, it gives it without searching. Cells without their closing tag then cost one search per
 * chunk, not one to the end of the chunk per row.
 */
function cariBerulang(d: Buffer, pola: Buffer): (dari: number) => number {
  let dariLalu = Infinity;
  let hasil = -1;
  return (dari) => {
    if (dari < dariLalu || (hasil >= 0 && hasil < dari)) {
      dariLalu = dari;
      hasil = d.indexOf(pola, dari);
    }
    return hasil;
  };
}

const ANGKA = 0;
const REF = 1;
const KATA = 2;

/**
 * End (the closing quote) of an attribute value starting at d[a] that is digits (ANGKA: \d+), column
 * letters with an optional row number (REF: [A-Z]{1,3}\d*) or word characters (KATA: \w+); -1 if the
 * value is something else. None of these runs past a '>'.
 */
function akhirNilai(d: Buffer, a: number, jenis: number): number {
  let j = a;
  let c = d[j];
  if (jenis === REF) {
    while (c !== undefined && c >= 65 && c <= 90) c = d[++j];
    if (j === a || j > a + 3) return -1;
    while (c !== undefined && c >= 48 && c <= 57) c = d[++j];
  } else if (jenis === ANGKA) {
    while (c !== undefined && c >= 48 && c <= 57) c = d[++j];
    if (j === a) return -1;
  } else {
    while (kata(c)) c = d[++j];
    if (j === a) return -1;
  }
  return c === 34 ? j : -1;
}

/**
 * What `bacaTag` found in the tag it read: its '>' (gt), whether it ends with "/>", and where the
 * values of its r=, s= and t= attributes start and end (-1: none).
 */
const tag = { gt: 0, tutup: false, r: -1, rAkhir: 0, s: -1, sAkhir: 0, t: -1, tAkhir: 0 };

/**
 * Reads a <row or <c tag's attributes from d[p] (just after the name) up to its first '>', if that
 * comes before `batas`. Each attribute is found as /\bx="(…)"/ found it in the attribute text: the
 * first occurrence after a non-word character whose value fits (r: digits for a row, a reference for
 * a cell; s: digits; t: word characters). The name's last letter counts as the character before p.
 */
function bacaTag(d: Buffer, p: number, batas: number, sel: boolean): boolean {
  tag.r = tag.s = tag.t = -1;
  for (let i = p; i < batas; i++) {
    const c = d[i];
    if (c === 62) {
      tag.gt = i;
      tag.tutup = i > p && d[i - 1] === 47;
      return true;
    }
    if ((c === 114 || c === 115 || c === 116) && d[i + 1] === 61 && d[i + 2] === 34 && !kata(d[i - 1])) {
      if (c === 114 && tag.r < 0) {
        tag.rAkhir = akhirNilai(d, i + 3, sel ? REF : ANGKA);
        if (tag.rAkhir >= 0) tag.r = i + 3;
      } else if (c === 115 && tag.s < 0) {
        tag.sAkhir = akhirNilai(d, i + 3, ANGKA);
        if (tag.sAkhir >= 0) tag.s = i + 3;
      } else if (c === 116 && tag.t < 0) {
        tag.tAkhir = akhirNilai(d, i + 3, KATA);
        if (tag.tAkhir >= 0) tag.t = i + 3;
      }
    }
  }
  return false;
}

const J_ANGKA = 0;
const J_SHARED = 1;
const J_TEKS = 2;
const J_BOOL = 3;
const J_INLINE = 4;
const INLINE_STR = bait('inlineStr');
const STR = bait('str');

/** The t="…" of a cell in d[a, b): s, str or e, b, inlineStr; anything else (n, d, none) reads as a number. */
function jenisSel(d: Buffer, a: number, b: number): number {
  const n = b - a;
  if (n === 1) {
    const c = d[a];
    return c === 115 ? J_SHARED : c === 101 ? J_TEKS : c === 98 ? J_BOOL : J_ANGKA;
  }
  if (n === 3 && di(d, a, STR)) return J_TEKS;
  if (n === 9 && di(d, a, INLINE_STR)) return J_INLINE;
  return J_ANGKA;
}

/**
 * The cells of row `nomor`'s content d[a, b) into `sel` (by column) and `rumus`, as
 * /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g found them within the row. d[b] is the '<' of "</row>",
 * so every search for '<' stops there at the latest. Returns how many cells the row has.
 */
function bacaSel(
  d: Buffer,
  a: number,
  b: number,
  tutupSel: (dari: number) => number,
  shared: string[],
  tanggal: boolean[],
  sel: string[],
  rumus: number[],
  nomor: number,
  batas: XlsxLimits,
): number {
  let kol = 0;
  let tanpaTutup = false;
  let jumlah = 0;
  for (let q = lt(d, a); q < b; q = lt(d, q)) {
    if (d[q + 1] !== 99 || (q + 2 < b && kata(d[q + 2]))) {
      q++;
      continue;
    } // not <c, or <col…
    if (!bacaTag(d, q + 2, b, true)) break;
    if (++jumlah > batas.maksSelPerBaris) {
      throw new FileError(
        400,
        `Baris ${nomor} lembar kerja memuat lebih dari ${angka(batas.maksSelPerBaris)} sel, batas kolom Excel; berkas ini bukan data templat dan ditolak.`,
      );
    }
    const { gt, r, t, tAkhir } = tag;
    const gaya = tag.s < 0 ? 0 : bilangan(d, tag.s, tag.sAkhir);

    // The content: an <f> (a formula), the first <v>…</v> (as /<v>([^<]*)<\/v>/) and the first <is>
    // with the first </is> after it. The two usual shapes are recognised whole: they end at the cell's
    // first "</c>" and hold no other tag, so they read as the general way reads them.
    let v = -1;
    let vAkhir = -1;
    let is = -1;
    let isAkhir = -1;
    let teks = -1;
    let teksAkhir = -1;
    let adaRumus = false;
    if (tag.tutup) q = gt + 1;
    else if (di(d, gt + 1, V) && di(d, lt(d, gt + 4), TUTUP_V_C)) {
      v = gt + 4;
      vAkhir = lt(d, v);
      q = vAkhir + TUTUP_V_C.length;
    } else if (
      di(d, gt + 1, IS_T) &&
      (d[gt + 7] === 62 || di(d, gt + 7, PRESERVE)) &&
      di(d, lt(d, d[gt + 7] === 62 ? gt + 8 : gt + 7 + PRESERVE.length), TUTUP_T_IS_C)
    ) {
      teks = d[gt + 7] === 62 ? gt + 8 : gt + 7 + PRESERVE.length;
      teksAkhir = lt(d, teks);
      q = teksAkhir + TUTUP_T_IS_C.length;
    } else {
      const tutup = tanpaTutup ? -1 : tutupSel(gt + 1);
      if (tutup < 0 || tutup + 4 > b) {
        tanpaTutup = true;
        q++;
        continue;
      }
      for (let k = lt(d, gt + 1); k < tutup; k = lt(d, k + 1)) {
        const c = d[k + 1];
        if (c === 102) {
          // A formula is the element <f> itself, not <family> or <font> of a rich-text run.
          const n = d[k + 2];
          if (n === 62 || n === 32 || n === 47 || n === 9 || n === 10 || n === 13) adaRumus = true;
        } else if (c === 118) {
          if (v < 0 && di(d, k, V) && di(d, lt(d, k + 3), TUTUP_V)) {
            v = k + 3;
            vAkhir = lt(d, v);
            k = vAkhir + 3;
          }
        } else if (c === 105) {
          if (is < 0 && di(d, k, IS)) is = k + 4;
        } else if (c === 47 && is >= 0 && isAkhir < 0 && di(d, k, TUTUP_IS)) isAkhir = k;
      }
      q = tutup + 4;
    }

    const i = r < 0 ? kol : kolomDi(d, r);
    kol = i + 1;
    if (i >= MAKS_KOLOM) continue;
    const jenis = t < 0 ? J_ANGKA : jenisSel(d, t, tAkhir);
    // A formula's value as Excel saved it (<v> after <f>) is read as any value; only a formula without a
    // saved value is reported, on its cell: no <v>, or an empty one that is not a text result (openpyxl
    // writes <f>…</f><v></v>; Excel writes an empty text result as t="str" with <v></v>).
    if (adaRumus && jenis !== J_INLINE && (v < 0 || (vAkhir === v && jenis !== J_TEKS))) {
      rumus.push(i);
      v = -1;
    }
    let nilai: string;
    if (jenis === J_INLINE) {
      if (teks >= 0) nilai = decodeXml(d.toString('utf8', teks, teksAkhir));
      else if (isAkhir < 0) nilai = '';
      else {
        const xml = d.toString('utf8', is, isAkhir);
        nilai = teksRun(xml, 0, xml.length);
      }
    } else if (v < 0) nilai = '';
    else if (jenis === J_SHARED) nilai = shared[bilangan(d, v, vAkhir)] ?? '';
    else if (jenis === J_TEKS) nilai = decodeXml(d.toString('utf8', v, vAkhir));
    else if (jenis === J_BOOL) nilai = vAkhir - v === 1 && d[v] === 49 ? 'Ya' : 'Tidak';
    else {
      const raw = d.toString('utf8', v, vAkhir);
      const n = Number(raw);
      nilai = tanggal[gaya] ? (serialDate(n) ?? raw) : teksAngka(raw, n);
    }
    if (nilai.length > batas.maksPanjangTeks) throw galatPanjang(`Baris ${nomor}: satu sel`, batas);
    while (sel.length < i) sel.push('');
    sel[i] = nilai;
  }
  return jumlah;
}

const galatPanjang = (apa: string, batas: XlsxLimits) =>
  new FileError(
    400,
    `${apa} lebih dari ${angka(batas.maksPanjangTeks)} karakter, batas satu sel Excel; berkas ini bukan data templat dan ditolak.`,
  );

const SI = bait('<si');
const TUTUP_SI = bait('</si>');
const SI_KOSONG = bait('<si/>');

/**
 * The shared strings, read from the part as it is inflated, as /<si>([\s\S]*?)<\/si>|<si\/>/g found them
 * in the whole text: each <si> is read once its </si> has come, and counted; only an unfinished <si>
 * is carried to the next chunk, and one longer than any text of maksPanjangTeks characters could be
 * (entities and rich-text runs included) is refused as it grows. A part of 390 MB of "<si/>" is thus
 * refused after its first megabyte.
 */
class PembacaTeksBersama {
  readonly teks: string[] = [];
  private sisa: Buffer | undefined;
  private terbuka = false;

  constructor(private readonly batas: XlsxLimits) {}

  private dorong(t: string): void {
    if (t.length > this.batas.maksPanjangTeks)
      throw galatPanjang('Satu teks dalam daftar teks bersama (sharedStrings) berkas XLSX', this.batas);
    if (this.teks.length >= this.batas.maksTeksBersama) {
      throw new FileError(
        413,
        `Daftar teks bersama (sharedStrings) dalam berkas XLSX memuat lebih dari ${angka(this.batas.maksTeksBersama)} teks; berkas ditolak. Bagi data menjadi beberapa berkas.`,
      );
    }
    this.teks.push(t);
  }

  tambah(chunk: Uint8Array): void {
    const d = this.sisa?.length ? Buffer.concat([this.sisa, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    let p = 0;
    let terbuka = -1;
    for (let i = d.indexOf(SI); i >= 0; i = d.indexOf(SI, p)) {
      const c = d[i + 3];
      if (c === 62) {
        const j = d.indexOf(TUTUP_SI, i + 4);
        if (j < 0) {
          terbuka = i;
          break;
        }
        const xml = d.toString('utf8', i + 4, j);
        this.dorong(teksRun(xml, 0, xml.length));
        p = j + 5;
      } else if (c === 47 && d[i + 4] === 62) {
        this.dorong('');
        p = i + 5;
      } else if (c === undefined || (c === 47 && i + 4 >= d.length)) {
        terbuka = i;
        break;
      } else p = i + 3;
    }
    this.terbuka = terbuka >= 0;
    // Otherwise only what could begin a "<si" is kept.
    this.sisa = d.subarray(terbuka >= 0 ? terbuka : Math.max(p, d.length - 3));
    // Each character takes at most 10 bytes as a numeric reference; 32 a character is more than any
    // Excel text with rich-text runs.
    if (this.sisa.length > this.batas.maksPanjangTeks * 32)
      throw galatPanjang('Satu teks dalam daftar teks bersama (sharedStrings) berkas XLSX', this.batas);
  }

  /** The texts, once the part has ended. */
  selesai(): string[] {
    // An unclosed <si> at the end: the expression skipped it, and found only the "<si/>" after it.
    if (this.terbuka && this.sisa) {
      for (let i = this.sisa.indexOf(SI_KOSONG, 1); i >= 0; i = this.sisa.indexOf(SI_KOSONG, i + 5)) this.dorong('');
    }
    return this.teks;
  }
}

/**
 * The directory, the sheets, the shared strings and which styles are dates; each part measured against
 * the limits as it is inflated. Parts are found by their names folded as OPC compares them.
 */
async function bukaBukuKerja(
  buf: Buffer,
  batas: XlsxLimits,
): Promise<{ dir: Map<string, ZipEntry>; lembar: InfoLembar[]; shared: string[]; tanggal: boolean[]; anggaran: ByteBudget }> {
  const dir = centralDirectory(buf, batas);
  const anggaran: ByteBudget = { sisa: batas.maksTerurai };
  const teks = (e: ZipEntry, ns?: string[]) => teksEntri(buf, takaranBagian(e, anggaran, batas), ns);
  const wb = dir.get('xl/workbook.xml');
  if (!wb) throw new FileError(400, CORRUPT_MESSAGE);
  const workbook = await teks(wb);
  const wbRels = dir.get('xl/_rels/workbook.xml.rels');
  if (!wbRels) throw new FileError(400, CORRUPT_MESSAGE);
  const lembar = daftarLembar(workbook, await teks(wbRels, NS_RELASI));
  const ss = dir.get('xl/sharedstrings.xml');
  let shared: string[] = [];
  if (ss) {
    const pembaca = new PembacaTeksBersama(batas);
    for await (const c of tanpaAwalan(inflate(buf, takaranBagian(ss, anggaran, batas)), NS_SPREADSHEETML)) pembaca.tambah(c);
    shared = pembaca.selesai();
  }
  const st = dir.get('xl/styles.xml');
  const tanggal = gayaTanggal(st ? await teks(st) : undefined);
  return { dir, lembar, shared, tanggal, anggaran };
}

/** The sheet, streamed: only the workbook's limit applies to it. */
function takaranLembar(e: ZipEntry, anggaran: ByteBudget, batas: XlsxLimits): InflateMeter {
  return new InflateMeter(e, anggaran, batas, Infinity, () => '');
}

/**
 * The sheet's rows from its XML as it is inflated, piece by piece: `tambah` takes the next piece and
 * gives the rows it completes.
 */
class PembacaLembar {
  private sisa: Buffer | undefined;
  /** Chunks not scanned yet, behind a long unfinished stretch. */
  private antre: Uint8Array[] = [];
  private panjangAntre = 0;
  private nomorBerikut = 1;
  private jumlahBaris = 0;
  private jumlahSel = 0;

  constructor(
    private readonly shared: string[],
    private readonly tanggal: boolean[],
    private readonly batas: XlsxLimits,
    private readonly nama = '',
  ) {}

  *tambah(chunk: Uint8Array): Generator<BarisMentah> {
    const sisa = this.sisa?.length ?? 0;
    const antre = this.panjangAntre + chunk.length;
    if (sisa > SISA_BESAR && antre < sisa && sisa + antre <= MAKS_BARIS) {
      this.antre.push(chunk);
      this.panjangAntre = antre;
      return;
    }
    yield* this.baca(chunk);
  }

  /** The rows still queued, once the sheet has ended. */
  *selesai(): Generator<BarisMentah> {
    if (this.antre.length) yield* this.baca(new Uint8Array(0));
  }

  private *baca(chunk: Uint8Array): Generator<BarisMentah> {
    // Only the unfinished row (and what precedes it) is carried over to the next chunk.
    const d =
      this.sisa?.length || this.antre.length
        ? Buffer.concat([...(this.sisa ? [this.sisa] : []), ...this.antre, chunk])
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    this.antre = [];
    this.panjangAntre = 0;
    const tutupSel = cariBerulang(d, TUTUP_C);
    let akhir = 0;
    let akhirLalu = 0;
    let tanpaTutup = false;
    for (let p = di(d, 0, ROW) ? 0 : d.indexOf(ROW); p >= 0; p = di(d, p, ROW) ? p : d.indexOf(ROW, p)) {
      // As /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g: attributes up to the first '>', then either
      // "/>" or the content up to the first "</row>". A row not complete yet is read with the next chunk.
      p += 4;
      if (kata(d[p])) continue; // <rowBreaks>
      if (!bacaTag(d, p, d.length, false)) break;
      const { gt, r, rAkhir } = tag;
      let isiAkhir = -1;
      if (tag.tutup) akhir = gt + 1;
      else {
        const tutup = tanpaTutup ? -1 : d.indexOf(TUTUP_ROW, gt + 1);
        if (tutup < 0) {
          tanpaTutup = true;
          continue;
        }
        isiAkhir = tutup;
        akhir = tutup + TUTUP_ROW.length;
      }
      // Measured on the stretch since the last row end, whatever the chunks: the same rows are refused however the sheet is inflated.
      if (akhir - akhirLalu > MAKS_BARIS) throw new FileError(400, BARIS_PANJANG);
      akhirLalu = akhir;
      const nomor = r < 0 ? this.nomorBerikut : bilangan(d, r, rAkhir);
      this.nomorBerikut = nomor + 1;
      if (++this.jumlahBaris > this.batas.maksBarisLembar) {
        throw new FileError(
          413,
          `Lembar kerja dalam berkas XLSX memuat lebih dari ${angka(this.batas.maksBarisLembar)} baris (lembar "${this.nama.slice(0, 60)}"; baris kosong yang berformat ikut terhitung); hapus baris kosong di bawah data atau bagi data menjadi beberapa berkas.`,
        );
      }
      const sel: string[] = [];
      const rumus: number[] = [];
      if (isiAkhir >= 0) {
        this.jumlahSel += bacaSel(d, gt + 1, isiAkhir, tutupSel, this.shared, this.tanggal, sel, rumus, nomor, this.batas);
        if (this.jumlahSel > this.batas.maksSel) {
          throw new FileError(
            413,
            `Lembar kerja dalam berkas XLSX memuat lebih dari ${angka(this.batas.maksSel)} sel (lembar "${this.nama.slice(0, 60)}"; sel kosong yang berformat ikut terhitung); hapus baris dan kolom kosong di luar data atau bagi data menjadi beberapa berkas.`,
          );
        }
      }
      yield rumus.length ? { nomor, sel, rumus } : { nomor, sel };
      p = akhir;
    }
    this.sisa = d.subarray(akhir);
    if (this.sisa.length > MAKS_BARIS) throw new FileError(400, BARIS_PANJANG);
  }
}

const BARIS_PANJANG = 'Satu baris lembar kerja terlalu panjang; berkas ini bukan data templat.';

/** A piece of a sheet's rows: the sheet's name, the rows, and whether the sheet ends with them. */
export interface BagianLembar {
  lembar: string;
  baris: BarisMentah[];
  selesai?: true;
}

/**
 * A workbook's visible sheets in their order, a piece of rows at a time; hidden sheets (state="hidden"
 * or "veryHidden") are passed over. Each sheet ends with a piece marked `selesai`. Calling next(true)
 * leaves the rest of the sheet unread (its inflation stopped, what was inflated still counted) and goes
 * on with the next sheet. Throws FileError naming the limit passed or what is wrong.
 */
export async function* bacaLembarXlsx(
  buf: Buffer,
  batas: XlsxLimits = XLSX_LIMITS_WEB,
): AsyncGenerator<BagianLembar, void, boolean | undefined> {
  const { dir, lembar, shared, tanggal, anggaran } = await bukaBukuKerja(buf, batas);
  const terlihat = lembar.filter((l) => !l.tersembunyi);
  // Excel keeps one sheet visible; a file with none shown is read as if all were.
  for (const l of terlihat.length ? terlihat : lembar) {
    const e = dir.get(partKey(l.bagian));
    if (!e) throw new FileError(400, CORRUPT_MESSAGE);
    const pembaca = new PembacaLembar(shared, tanggal, batas, l.nama);
    let lewati = false;
    // A piece's rows at once: one await per piece, not per row.
    for await (const chunk of tanpaAwalan(inflate(buf, takaranLembar(e, anggaran, batas)), NS_SPREADSHEETML)) {
      const baris = [...pembaca.tambah(chunk)];
      if (baris.length && (yield { lembar: l.nama, baris })) {
        lewati = true;
        break;
      }
    }
    if (!lewati) yield { lembar: l.nama, baris: [...pembaca.selesai()], selesai: true };
  }
}

/**
 * The rows of one sheet: the first visible one named Isian or Data, else the first visible one (tests
 * and tools; the batch chooses its sheet by its header, src/batch/lembar.ts).
 */
export async function* bacaXlsxAsinkron(buf: Buffer, batas: XlsxLimits = XLSX_LIMITS_WEB): AsyncGenerator<BarisMentah[]> {
  const { dir, lembar, shared, tanggal, anggaran } = await bukaBukuKerja(buf, batas);
  const terlihat = lembar.filter((l) => !l.tersembunyi);
  const l = terlihat.find((x) => /^(isian|data)$/i.test(x.nama.trim())) ?? terlihat[0] ?? lembar[0]!;
  const e = dir.get(partKey(l.bagian));
  if (!e) throw new FileError(400, CORRUPT_MESSAGE);
  const pembaca = new PembacaLembar(shared, tanggal, batas, l.nama);
  for await (const chunk of tanpaAwalan(inflate(buf, takaranLembar(e, anggaran, batas)), NS_SPREADSHEETML))
    yield [...pembaca.tambah(chunk)];
  yield [...pembaca.selesai()];
}
