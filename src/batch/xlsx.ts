// A lean, defensive XLSX (SpreadsheetML) reader. Before anything is inflated, the ZIP central directory
// is checked: number of entries, declared sizes and compression ratios (zip-bomb defence). Inflation
// then counts the bytes it actually produces and stops at the cap, whatever the headers claim. The
// sheet is inflated and scanned incrementally, row by row; only the shared strings are held whole.
// Formulas are never evaluated: a formula cell is reported as such.
import { createInflateRaw } from 'node:zlib';
import { Inflate } from 'fflate';
import { GalatBerkas, type BarisMentah } from './galat.ts';

export interface BatasXlsx {
  /** Total uncompressed bytes we are willing to inflate (all parts together). */
  maksTerurai: number;
  /** Largest ratio uncompressed/compressed for an entry larger than 1 MB. */
  maksRasio: number;
  maksEntri: number;
}

export const BATAS_XLSX_BAKU: BatasXlsx = { maksTerurai: 400 * 1024 * 1024, maksRasio: 200, maksEntri: 2000 };

interface Entri { nama: string; metode: number; termampat: number; terurai: number; offset: number }

const RUSAK = 'Berkas XLSX rusak atau bukan buku kerja Excel; simpan ulang dari Excel sebagai .xlsx, atau unggah CSV UTF-8.';

export function isZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

function direktori(buf: Buffer, batas: BatasXlsx): Map<string, Entri> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new GalatBerkas(400, RUSAK);
  const jumlah = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (jumlah === 0xffff || cdOffset === 0xffffffff) throw new GalatBerkas(400, 'Berkas XLSX berformat ZIP64 (terlalu besar); bagi data menjadi beberapa berkas.');
  if (jumlah > batas.maksEntri) throw new GalatBerkas(400, `Berkas XLSX memuat ${jumlah} bagian; ini bukan buku kerja biasa dan ditolak.`);
  const m = new Map<string, Entri>();
  let p = cdOffset;
  let total = 0;
  for (let n = 0; n < jumlah; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new GalatBerkas(400, RUSAK);
    const flags = buf.readUInt16LE(p + 8);
    const metode = buf.readUInt16LE(p + 10);
    const termampat = buf.readUInt32LE(p + 20);
    const terurai = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28);
    const elen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const nama = buf.toString('utf8', p + 46, p + 46 + nlen);
    p += 46 + nlen + elen + clen;
    if (flags & 1) throw new GalatBerkas(400, 'Berkas XLSX dilindungi kata sandi (terenkripsi); buka proteksinya lalu simpan ulang.');
    if (metode !== 0 && metode !== 8) throw new GalatBerkas(400, RUSAK);
    if (terurai === 0xffffffff || termampat === 0xffffffff) throw new GalatBerkas(400, 'Berkas XLSX berformat ZIP64 (terlalu besar); bagi data menjadi beberapa berkas.');
    total += terurai;
    if (total > batas.maksTerurai) {
      throw new GalatBerkas(413, `Isi berkas XLSX bila diuraikan lebih dari ${Math.round(batas.maksTerurai / 1024 / 1024)} MB; berkas ditolak (kemungkinan "zip bomb") atau bagi data menjadi beberapa berkas.`);
    }
    if (terurai > 1024 * 1024 && terurai / Math.max(termampat, 1) > batas.maksRasio) {
      throw new GalatBerkas(400, `Bagian "${nama}" dalam berkas XLSX dimampatkan lebih dari ${batas.maksRasio} kali; berkas ditolak sebagai kemungkinan "zip bomb".`);
    }
    m.set(nama.replace(/^\//, ''), { nama, metode, termampat, terurai, offset });
  }
  return m;
}

function dataTermampat(buf: Buffer, e: Entri): Uint8Array {
  const o = e.offset;
  if (o + 30 > buf.length || buf.readUInt32LE(o) !== 0x04034b50) throw new GalatBerkas(400, RUSAK);
  const awal = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
  if (awal + e.termampat > buf.length) throw new GalatBerkas(400, RUSAK);
  return buf.subarray(awal, awal + e.termampat);
}

/** Inflates an entry in slices, yielding output as it comes; stops at the budget, whatever the headers say. */
function* urai(buf: Buffer, e: Entri, anggaran: { sisa: number }): Generator<Uint8Array> {
  const data = dataTermampat(buf, e);
  const batas = Math.min(anggaran.sisa, e.terurai);
  if (e.metode === 0) {
    if (data.length > batas) throw new GalatBerkas(413, 'Isi berkas XLSX lebih besar daripada yang dinyatakan; berkas ditolak.');
    anggaran.sisa -= data.length;
    yield data;
    return;
  }
  const keluar: Uint8Array[] = [];
  let dihasilkan = 0;
  const inf = new Inflate((chunk) => {
    dihasilkan += chunk.length;
    if (dihasilkan > batas) throw new GalatBerkas(413, 'Isi berkas XLSX lebih besar daripada yang dinyatakan pada direktorinya; berkas ditolak (kemungkinan "zip bomb").');
    keluar.push(chunk);
  });
  const LANGKAH = 64 * 1024;
  try {
    for (let i = 0; i < data.length; i += LANGKAH) {
      inf.push(data.subarray(i, Math.min(i + LANGKAH, data.length)), i + LANGKAH >= data.length);
      while (keluar.length) yield keluar.shift()!;
    }
    if (data.length === 0) inf.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof GalatBerkas) throw err;
    throw new GalatBerkas(400, RUSAK);
  }
  while (keluar.length) yield keluar.shift()!;
  anggaran.sisa -= dihasilkan;
}

function teksEntri(buf: Buffer, e: Entri, anggaran: { sisa: number }): string {
  const dec = new TextDecoder('utf-8');
  let s = '';
  for (const c of urai(buf, e, anggaran)) s += dec.decode(c, { stream: true });
  return s + dec.decode();
}

const ENTITAS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
export function dekodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, k: string) => {
    if (k[0] !== '#') return ENTITAS[k]!;
    const n = k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}

/** \s in a regular expression. */
function spasi(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 5760 || (c >= 8192 && c <= 8202)
    || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
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
  return dekodeXml(hasil);
}

/** Text of an <si> or <is> in s[a, b): all <t> runs, without phonetic (<rPh>) runs. */
function teksRun(s: string, a: number, b: number): string {
  const teks = teksT(s, a, b, true);
  if (teks !== undefined) return teks;
  // Rare (Japanese readings): cut them out as before, then read what is left.
  const sisa = s.slice(a, b).replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return teksT(sisa, 0, sisa.length, false)!;
}

const FORMAT_TANGGAL_BAWAAN = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function gayaTanggal(styles: string | undefined): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) custom.set(Number(m[1]), dekodeXml(m[2]!));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*)/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    if (FORMAT_TANGGAL_BAWAAN.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    const bersih = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[dy]/i.test(bersih) || (/m/i.test(bersih) && !/[hs]/i.test(bersih));
  });
}

/** Excel serial day number (1900 system) → YYYY-MM-DD. */
export function tanggalSerial(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 1 || n >= 2958466) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000);
  return d.toISOString().slice(0, 10);
}

export function indeksKolom(huruf: string): number {
  let n = 0;
  for (const c of huruf) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

const MAKS_KOLOM = 200;
/** Longest stretch of sheet text without a row end. */
const MAKS_BARIS = 20 * 1024 * 1024;

/** Which sheet to read: one named Isian or Data, else the first. */
function pilihLembar(workbook: string, rels: string): string {
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => ({
    nama: dekodeXml(/\bname="([^"]*)"/.exec(m[1]!)?.[1] ?? ''),
    rid: /\br:id="([^"]*)"/.exec(m[1]!)?.[1] ?? /\bid="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
  }));
  if (sheets.length === 0) throw new GalatBerkas(400, RUSAK);
  const s = sheets.find((x) => /^(isian|data)$/i.test(x.nama.trim())) ?? sheets[0]!;
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1]!)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1]!)?.[1];
    if (id === s.rid && target) return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  throw new GalatBerkas(400, RUSAK);
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
 * The cells of a row's content d[a, b) into `sel` (by column) and `rumus`, as
 * /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g found them within the row. d[b] is the '<' of "</row>",
 * so every search for '<' stops there at the latest.
 */
function bacaSel(d: Buffer, a: number, b: number, tutupSel: (dari: number) => number, shared: string[], tanggal: boolean[], sel: string[], rumus: number[]): void {
  let kol = 0;
  let tanpaTutup = false;
  for (let q = lt(d, a); q < b; q = lt(d, q)) {
    if (d[q + 1] !== 99 || (q + 2 < b && kata(d[q + 2]))) { q++; continue; } // not <c, or <col…
    if (!bacaTag(d, q + 2, b, true)) break;
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
    } else if (di(d, gt + 1, IS_T) && (d[gt + 7] === 62 || di(d, gt + 7, PRESERVE))
      && di(d, lt(d, d[gt + 7] === 62 ? gt + 8 : gt + 7 + PRESERVE.length), TUTUP_T_IS_C)) {
      teks = d[gt + 7] === 62 ? gt + 8 : gt + 7 + PRESERVE.length;
      teksAkhir = lt(d, teks);
      q = teksAkhir + TUTUP_T_IS_C.length;
    } else {
      const tutup = tanpaTutup ? -1 : tutupSel(gt + 1);
      if (tutup < 0 || tutup + 4 > b) { tanpaTutup = true; q++; continue; }
      for (let k = lt(d, gt + 1); k < tutup; k = lt(d, k + 1)) {
        const c = d[k + 1];
        if (c === 102) {
          // A formula is the element <f> itself, not <family> or <font> of a rich-text run.
          const n = d[k + 2];
          if (n === 62 || n === 32 || n === 47 || n === 9 || n === 10 || n === 13) adaRumus = true;
        }
        else if (c === 118) {
          if (v < 0 && di(d, k, V) && di(d, lt(d, k + 3), TUTUP_V)) { v = k + 3; vAkhir = lt(d, v); k = vAkhir + 3; }
        } else if (c === 105) {
          if (is < 0 && di(d, k, IS)) is = k + 4;
        } else if (c === 47 && is >= 0 && isAkhir < 0 && di(d, k, TUTUP_IS)) isAkhir = k;
      }
      q = tutup + 4;
    }

    const i = r < 0 ? kol : kolomDi(d, r);
    kol = i + 1;
    if (i >= MAKS_KOLOM) continue;
    if (adaRumus) rumus.push(i);
    const jenis = t < 0 ? J_ANGKA : jenisSel(d, t, tAkhir);
    let nilai: string;
    if (jenis === J_INLINE) {
      if (teks >= 0) nilai = dekodeXml(d.toString('utf8', teks, teksAkhir));
      else if (isAkhir < 0) nilai = '';
      else {
        const xml = d.toString('utf8', is, isAkhir);
        nilai = teksRun(xml, 0, xml.length);
      }
    } else if (v < 0) nilai = '';
    else if (jenis === J_SHARED) nilai = shared[bilangan(d, v, vAkhir)] ?? '';
    else if (jenis === J_TEKS) nilai = dekodeXml(d.toString('utf8', v, vAkhir));
    else if (jenis === J_BOOL) nilai = vAkhir - v === 1 && d[v] === 49 ? 'Ya' : 'Tidak';
    else {
      const raw = d.toString('utf8', v, vAkhir);
      const n = Number(raw);
      // Keep an exponent as written: 1.99E+17 is a NIP that Excel stored as a number and cut.
      nilai = tanggal[gaya] ? (tanggalSerial(n) ?? raw) : Number.isFinite(n) && !/e/i.test(raw) ? String(n) : raw;
    }
    while (sel.length < i) sel.push('');
    sel[i] = nilai;
  }
}

/** The directory, the chosen sheet, its shared strings and which styles are dates. */
function bukaBukuKerja(buf: Buffer, batas: BatasXlsx): { lembar: Entri; shared: string[]; tanggal: boolean[]; anggaran: { sisa: number } } {
  const dir = direktori(buf, batas);
  const anggaran = { sisa: batas.maksTerurai };
  const wb = dir.get('xl/workbook.xml');
  const wbRels = dir.get('xl/_rels/workbook.xml.rels');
  if (!wb || !wbRels) throw new GalatBerkas(400, RUSAK);
  const namaLembar = pilihLembar(teksEntri(buf, wb, anggaran), teksEntri(buf, wbRels, anggaran));
  const lembar = dir.get(namaLembar);
  if (!lembar) throw new GalatBerkas(400, RUSAK);
  const ss = dir.get('xl/sharedStrings.xml');
  const shared: string[] = [];
  if (ss) {
    const xml = teksEntri(buf, ss, anggaran);
    for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(m[1] === undefined ? '' : teksRun(m[1], 0, m[1].length));
  }
  const st = dir.get('xl/styles.xml');
  const tanggal = gayaTanggal(st ? teksEntri(buf, st, anggaran) : undefined);
  return { lembar, shared, tanggal, anggaran };
}

/**
 * The sheet's rows from its XML as it is inflated, piece by piece: `tambah` takes the next piece and
 * gives the rows it completes. Shared by the sequential reader (fflate, synchronous) and the parallel
 * path's conversion (Node's zlib on its own thread).
 */
class PembacaLembar {
  private sisa: Buffer | undefined;
  private nomorBerikut = 1;

  constructor(private readonly shared: string[], private readonly tanggal: boolean[]) {}

  *tambah(chunk: Uint8Array): Generator<BarisMentah> {
    // Only the unfinished row (and what precedes it) is carried over to the next chunk.
    const d = this.sisa?.length ? Buffer.concat([this.sisa, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const tutupSel = cariBerulang(d, TUTUP_C);
    let akhir = 0;
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
        if (tutup < 0) { tanpaTutup = true; continue; }
        isiAkhir = tutup;
        akhir = tutup + TUTUP_ROW.length;
      }
      const nomor = r < 0 ? this.nomorBerikut : bilangan(d, r, rAkhir);
      this.nomorBerikut = nomor + 1;
      const sel: string[] = [];
      const rumus: number[] = [];
      if (isiAkhir >= 0) bacaSel(d, gt + 1, isiAkhir, tutupSel, this.shared, this.tanggal, sel, rumus);
      yield rumus.length ? { nomor, sel, rumus } : { nomor, sel };
      p = akhir;
    }
    this.sisa = d.subarray(akhir);
    // Measured as text (UTF-16 units), as before; only a long stretch without a row end is decoded for it.
    if (akhir === 0 && this.sisa.length > MAKS_BARIS && new TextDecoder().decode(this.sisa, { stream: true }).length > MAKS_BARIS) {
      throw new GalatBerkas(400, 'Satu baris lembar kerja terlalu panjang; berkas ini bukan data templat.');
    }
  }
}

export function* bacaXlsx(buf: Buffer, batas: BatasXlsx = BATAS_XLSX_BAKU): Generator<BarisMentah> {
  const { lembar, shared, tanggal, anggaran } = bukaBukuKerja(buf, batas);
  const pembaca = new PembacaLembar(shared, tanggal);
  for (const chunk of urai(buf, lembar, anggaran)) yield* pembaca.tambah(chunk);
}

/**
 * The same rows, a piece's worth at a time, the sheet inflated by Node's zlib on a thread of its own (about twice as fast as
 * fflate, and off this thread) for the parallel path's conversion. Stricter than the sequential reader:
 * any inflate error, and an output that is not exactly the size the directory states, throws
 * GalatBerkas, and the caller then reads the workbook the sequential way for its message.
 */
export async function* bacaXlsxAsinkron(buf: Buffer, batas: BatasXlsx = BATAS_XLSX_BAKU): AsyncGenerator<BarisMentah[]> {
  const { lembar, shared, tanggal, anggaran } = bukaBukuKerja(buf, batas);
  const pembaca = new PembacaLembar(shared, tanggal);
  const data = dataTermampat(buf, lembar);
  const batasUrai = Math.min(anggaran.sisa, lembar.terurai);
  if (lembar.metode === 0) {
    if (data.length > batasUrai) throw new GalatBerkas(413, 'Isi berkas XLSX lebih besar daripada yang dinyatakan; berkas ditolak.');
    yield [...pembaca.tambah(data)];
    return;
  }
  const z = createInflateRaw({ chunkSize: 256 * 1024 });
  z.end(data);
  let dihasilkan = 0;
  try {
    for await (const chunk of z as AsyncIterable<Buffer>) {
      dihasilkan += chunk.length;
      if (dihasilkan > batasUrai) throw new GalatBerkas(413, 'Isi berkas XLSX lebih besar daripada yang dinyatakan pada direktorinya; berkas ditolak (kemungkinan "zip bomb").');
      // A piece's rows at once: one await per piece, not per row.
      yield [...pembaca.tambah(chunk)];
    }
  } catch (e) {
    throw e instanceof GalatBerkas ? e : new GalatBerkas(400, RUSAK);
  } finally {
    z.destroy();
  }
  if (dihasilkan !== lembar.terurai) throw new GalatBerkas(400, RUSAK);
}
