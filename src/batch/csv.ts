// CSV as Excel in Indonesia saves it: UTF-8 (with or without BOM), comma or semicolon (detected from
// the header line), RFC 4180 quoting, CRLF or LF. Streamed: chunks in, rows out, bounded memory.
import { GalatBerkas, type BarisMentah } from './galat.ts';

/** Longest single cell or header line we accept; a row that never ends is a malformed file. */
const MAKS_SEL = 10_000;

export async function* bacaCsv(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<BarisMentah> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let delim: string | undefined;
  let pending = '';
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let nomor = 1;
  let first = true;

  const tolak = () => {
    throw new GalatBerkas(400, 'Berkas bukan CSV berpengodean UTF-8 (misalnya disimpan sebagai "CSV (Comma delimited)" Windows-1252). Di Excel pilih Simpan Sebagai → "CSV UTF-8 (Comma delimited)", atau unggah berkas .xlsx.');
  };

  function* olah(text: string, akhir: boolean): Generator<BarisMentah> {
    if (delim === undefined) {
      const nl = text.indexOf('\n');
      if (nl < 0 && !akhir) {
        if (text.length > MAKS_SEL * 10) throw new GalatBerkas(400, 'Baris pertama berkas terlalu panjang; berkas ini tampaknya bukan CSV.');
        pending = text;
        return;
      }
      delim = tebakPemisah(nl < 0 ? text : text.slice(0, nl));
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') { cell += '"'; i++; } else if (i + 1 === text.length && !akhir) { pending = '"'; return; } else { quoted = false; afterQuote = true; }
        } else cell += c;
        if (cell.length > MAKS_SEL) throw new GalatBerkas(400, `Baris ${nomor}: sel terlalu panjang atau tanda kutip (") tidak ditutup.`);
        continue;
      }
      if (c === delim) { row.push(cell); cell = ''; afterQuote = false; continue; }
      if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        else if (c === '\r' && i + 1 === text.length && !akhir) { pending = '\r'; return; }
        row.push(cell);
        yield { nomor, sel: row };
        nomor++; row = []; cell = ''; afterQuote = false;
        continue;
      }
      if (c === '"' && cell === '' && !afterQuote) { quoted = true; continue; }
      if (c === '\u0000') throw new GalatBerkas(400, 'Berkas berisi data biner; ini bukan berkas CSV atau XLSX.');
      cell += c;
      if (cell.length > MAKS_SEL) throw new GalatBerkas(400, `Baris ${nomor}: sel terlalu panjang (lebih dari ${MAKS_SEL} karakter).`);
    }
    if (akhir) {
      if (quoted) throw new GalatBerkas(400, `Baris ${nomor}: tanda kutip (") dibuka tetapi tidak ditutup sampai akhir berkas.`);
      if (cell !== '' || row.length > 0) { row.push(cell); yield { nomor, sel: row }; }
    }
  }

  for await (const chunk of chunks) {
    let text: string;
    try { text = decoder.decode(chunk, { stream: true }); } catch { tolak(); return; }
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const input = pending + text;
    pending = '';
    yield* olah(input, false);
  }
  let rest: string;
  try { rest = decoder.decode(); } catch { tolak(); return; }
  const input = pending + rest;
  pending = '';
  yield* olah(input, true);
}

/** Semicolon when the header line has more semicolons than commas outside quotes (Excel with Indonesian regional settings). */
export function tebakPemisah(baris: string): string {
  let koma = 0;
  let titikKoma = 0;
  let q = false;
  for (const c of baris) {
    if (c === '"') q = !q;
    else if (!q && c === ',') koma++;
    else if (!q && c === ';') titikKoma++;
  }
  return titikKoma > koma ? ';' : ',';
}

/**
 * A cell that a spreadsheet would run as a formula (= + - @, or a tab/CR that some programs strip
 * before looking) gets a leading apostrophe, so it is shown as text (OWASP "CSV injection").
 */
export function netralkan(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function selCsv(v: string, delim = ','): string {
  const s = netralkan(v);
  return /["\r\n]/.test(s) || s.includes(delim) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function barisCsv(sel: string[], delim = ','): string {
  return `${sel.map((s) => selCsv(s, delim)).join(delim)}\r\n`;
}
