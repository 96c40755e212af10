// CSV as Excel in Indonesia saves it: UTF-8 (with or without BOM), comma or semicolon (detected from
// the header line), RFC 4180 quoting, CRLF or LF. Streamed: chunks in, rows out, bounded memory.
import { FileError, type BarisMentah } from './errors.ts';

/** Longest single cell or header line we accept; a row that never ends is a malformed file. */
const MAKS_SEL_CSV = 10_000;

/**
 * The CSV state machine, synchronous: text in (in pieces, `akhir` on the last), rows out through `emit`.
 * `awal` starts it mid-file at a row boundary (worker threads read slices): a known delimiter and row number.
 */
export function createCsvParser(
  emit: (b: BarisMentah) => void,
  awal: { delim?: string; nomor?: number; maksSel?: number } = {},
): { olah: (text: string, akhir: boolean) => void } {
  // The text the pipeline writes from a workbook's rows carries cells as long as the XLSX reader allows.
  const MAKS_SEL = awal.maksSel ?? MAKS_SEL_CSV;
  let delim: string | undefined = awal.delim;
  let D = delim === undefined ? -1 : delim.charCodeAt(0);
  let pending = '';
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let nomor = awal.nomor ?? 1;

  const olah = (masuk: string, akhir: boolean): void => {
    const text = pending + masuk;
    pending = '';
    if (delim === undefined) {
      const nl = text.indexOf('\n');
      if (nl < 0 && !akhir) {
        if (text.length > MAKS_SEL * 10) throw new FileError(400, 'Baris pertama berkas terlalu panjang; berkas ini tampaknya bukan CSV.');
        pending = text;
        return;
      }
      delim = guessDelimiter(nl < 0 ? text : text.slice(0, nl));
      D = delim.charCodeAt(0);
    }
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (quoted) {
        // Runs of ordinary characters are copied at once; the checks are the same as per character.
        let j = text.indexOf('"', i);
        if (j < 0) j = n;
        if (j > i) {
          cell += text.slice(i, j);
          if (cell.length > MAKS_SEL) throw new FileError(400, `Baris ${nomor}: sel terlalu panjang atau tanda kutip (") tidak ditutup.`);
          i = j;
          if (i >= n) break;
        }
        if (text.charCodeAt(i + 1) === 34) {
          cell += '"';
          i++;
        } else if (i + 1 === n && !akhir) {
          pending = '"';
          return;
        } else {
          quoted = false;
          afterQuote = true;
        }
        if (cell.length > MAKS_SEL) throw new FileError(400, `Baris ${nomor}: sel terlalu panjang atau tanda kutip (") tidak ditutup.`);
        continue;
      }
      let j = i;
      for (; j < n; j++) {
        const k = text.charCodeAt(j);
        if (k === D || k === 10 || k === 13 || k === 34 || k === 0) break;
      }
      if (j > i) {
        cell += text.slice(i, j);
        if (cell.length > MAKS_SEL) throw new FileError(400, `Baris ${nomor}: sel terlalu panjang (lebih dari ${MAKS_SEL} karakter).`);
        i = j;
        if (i >= n) break;
      }
      const c = text.charCodeAt(i);
      if (c === D) {
        row.push(cell);
        cell = '';
        afterQuote = false;
        continue;
      }
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        else if (c === 13 && i + 1 === n && !akhir) {
          pending = '\r';
          return;
        }
        row.push(cell);
        emit({ nomor, sel: row });
        nomor++;
        row = [];
        cell = '';
        afterQuote = false;
        continue;
      }
      if (c === 34 && cell === '' && !afterQuote) {
        quoted = true;
        continue;
      }
      if (c === 0) throw new FileError(400, 'Berkas berisi data biner; ini bukan berkas CSV atau XLSX.');
      cell += text[i];
      if (cell.length > MAKS_SEL) throw new FileError(400, `Baris ${nomor}: sel terlalu panjang (lebih dari ${MAKS_SEL} karakter).`);
    }
    if (akhir) {
      if (quoted) throw new FileError(400, `Baris ${nomor}: tanda kutip (") dibuka tetapi tidak ditutup sampai akhir berkas.`);
      if (cell !== '' || row.length > 0) {
        row.push(cell);
        emit({ nomor, sel: row });
      }
    }
  };
  return { olah };
}

/**
 * The CSV reader's rows from UTF-8 text (pengodean.ts turns other encodings into it first). `delim`:
 * the separator (pemisahBerkas); without it, guessed from the first line.
 */
export async function* bacaCsv(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, delim?: string): AsyncGenerator<BarisMentah> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let keluar: BarisMentah[] = [];
  const p = createCsvParser((b) => keluar.push(b), delim === undefined ? {} : { delim });
  let first = true;

  const tolak = () => {
    throw new FileError(
      400,
      'Berkas bertanda UTF-8 tetapi memuat byte yang bukan UTF-8; simpan ulang sebagai "CSV UTF-8 (Comma delimited)" atau .xlsx.',
    );
  };
  // Rows before a problem are handed on first, as if they had streamed one by one.
  function* olah(text: string, akhir: boolean): Generator<BarisMentah> {
    try {
      p.olah(text, akhir);
    } catch (e) {
      yield* keluar;
      keluar = [];
      throw e;
    }
    const k = keluar;
    keluar = [];
    yield* k;
  }

  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      tolak();
      return;
    }
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    yield* olah(text, false);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    tolak();
    return;
  }
  yield* olah(rest, true);
}

/** Semicolon when the header line has more semicolons than commas outside quotes (Excel with Indonesian regional settings). */
export function guessDelimiter(baris: string): string {
  return pemisahTeks(baris);
}

/** Lines looked at to guess the separator: title rows may come before the header. */
const BARIS_PEMISAH = 16;
/** Bytes looked at to guess the separator. */
const BAIT_PEMISAH = 64 * 1024;

/**
 * The separator of a text, from its first lines: the one of comma, semicolon (Excel with Indonesian
 * regional settings) and tab (Excel's "Unicode Text" and "Text (Tab delimited)") that a line holds most
 * often outside quotes; comma when tied, then semicolon. A title row above the header ("Daftar pegawai")
 * holds few separators, the header holds one fewer than its columns.
 */
export function pemisahTeks(teks: string): string {
  const maks = [0, 0, 0];
  const kini = [0, 0, 0];
  let q = false;
  let baris = 0;
  for (let i = 0; i < teks.length; i++) {
    const c = teks.charCodeAt(i);
    if (c === 34) q = !q;
    else if (q) continue;
    else if (c === 44) kini[0]!++;
    else if (c === 59) kini[1]!++;
    else if (c === 9) kini[2]!++;
    else if (c === 10) {
      for (let k = 0; k < 3; k++) maks[k] = Math.max(maks[k]!, kini[k]!);
      kini.fill(0);
      if (++baris >= BARIS_PEMISAH) break;
    }
  }
  for (let k = 0; k < 3; k++) maks[k] = Math.max(maks[k]!, kini[k]!);
  const [koma, titikKoma, tab] = maks as [number, number, number];
  if (tab > koma && tab > titikKoma) return '\t';
  return titikKoma > koma ? ';' : ',';
}

/** The separator of a UTF-8 file (after its BOM), from its first lines: the same for every reader of it. */
export function pemisahBerkas(data: Uint8Array): string {
  const awal = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  return pemisahTeks(new TextDecoder('utf-8').decode(data.subarray(awal, awal + BAIT_PEMISAH)));
}

/**
 * A cell that a spreadsheet would run as a formula (= + - @, or a tab/CR that some programs strip
 * before looking) gets a leading apostrophe, so it is shown as text (OWASP "CSV injection").
 */
export function neutralizeFormula(v: string): string {
  // Every report cell passes here: the first character's code instead of a regex. = + - @ tab CR, and
  // their full-width forms (U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠), which spreadsheet programs in
  // East Asian locales read as the ASCII ones when a CSV is opened.
  const c = v.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 0xff1d || c === 0xff0b || c === 0xff0d || c === 0xff20
    ? `'${v}`
    : v;
}

/** What makes a cell need quotes with the usual delimiters, as one regex (one scan instead of two). */
const KUTIP_KOMA = /["\r\n,]/;
const KUTIP_TITIK_KOMA = /["\r\n;]/;

export function csvCell(v: string, delim = ','): string {
  const s = neutralizeFormula(v);
  const perlu = delim === ';' ? KUTIP_TITIK_KOMA.test(s) : delim === ',' ? KUTIP_KOMA.test(s) : /["\r\n]/.test(s) || s.includes(delim);
  return perlu ? `"${s.replace(/"/g, '""')}"` : s;
}

// join, not `+=` per cell: a line is then one flat string, not a rope of 48 pieces that the report's
// encoding must walk later (measured: with the rope the report lines took ~30 % longer).
export function csvRow(sel: string[], delim = ','): string {
  return `${sel.map((s) => csvCell(s, delim)).join(delim)}\r\n`;
}
