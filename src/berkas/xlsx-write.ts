// A small streaming XLSX writer: inline strings and numbers, a bold header row, column widths, number
// and date formats, list dropdowns (data validation), hidden sheets. Enough for the template and the
// results report, and fast: rows are turned into XML and deflated natively as they come. The batch's
// results sheet can also arrive as pieces deflated on worker threads (`Lembar.termampat`).
import { Zip, ZipDeflate } from 'fflate';
import { neutralizeFormula } from './csv.ts';
import { DeflateFile } from './deflate.ts';

/**
 * A number cell written as its decimal text, never through a float (an exact Angka Kredit rounded for
 * display stays those digits), with a number format: `ak` three decimals (0.000), `tanggal` a date
 * (the text is then the Excel serial day).
 */
export interface SelAngka {
  angka: string;
  format: 'ak' | 'tanggal';
}
export type Cell = string | number | SelAngka;

/** A cell for an Excel date from YYYY-MM-DD: its serial day number (1900 system, as Excel counts from 1900-03-01). */
export function selTanggal(iso: string): SelAngka {
  const hari = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  return { angka: String(hari + 25_569), format: 'tanggal' };
}

/** A list dropdown on a column: from the first data row to `sampaiBaris`, values from a range or an inline list. */
export interface Validasi {
  kolom: number;
  sampaiBaris: number;
  /** A range ('Daftar'!$A$2:$A$22) or values (at most 255 characters together, commas not allowed inside). */
  daftar: { rentang: string } | { nilai: string[] };
  /** Shown when a value outside the list is typed; the value may still be kept (warning, not stop). */
  pesan: string;
}

export interface Sheet {
  nama: string;
  /** Rows, from the first (header) row. */
  baris?: Iterable<Cell[]>;
  /**
   * Instead of `baris` after the header: the sheet's remaining rows as XML pieces deflated elsewhere
   * (deflate.ts deflateKeping), in order; the writer waits for them.
   */
  termampat?: AsyncIterable<{ data: Uint8Array; crc: number; panjang: number }>;
  /** Column widths in characters. */
  lebar?: number[];
  /** Bold first row, frozen. */
  judul?: boolean;
  /** Not shown in the sheet tabs (the user can unhide it). */
  tersembunyi?: boolean;
  validasi?: Validasi[];
}

const enc = new TextEncoder();

const PERLU_XML = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

function xml(s: string): string {
  if (!PERLU_XML.test(s)) return s;
  return s
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const HURUF = Array.from({ length: 64 }, (_, i) => columnLetters(i));

/** Cell at column letters `kolom`, row `r`; an empty text cell is left out (no reference built for it). */
function selXml(v: Cell, kolom: string, r: string, gaya: number, netral: boolean): string {
  if (typeof v === 'object') return `<c r="${kolom}${r}" s="${v.format === 'ak' ? GAYA_AK : GAYA_TANGGAL}"><v>${v.angka}</v></c>`;
  const s = gaya ? ` s="${gaya}"` : '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${kolom}${r}"${s}><v>${v}</v></c>`;
  const t = netral ? neutralizeFormula(String(v)) : String(v);
  if (t === '') return '';
  return `<c r="${kolom}${r}"${s} t="inlineStr"><is><t xml:space="preserve">${xml(t)}</t></is></c>`;
}

/** cellXfs indexes: 1 header, 2 text (numFmt 49 "@"), 3 three decimals, 4 date. */
const GAYA_AK = 3;
const GAYA_TANGGAL = 4;
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F0"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export interface XlsxOptions {
  netral?: boolean;
  teksSaja?: boolean;
}

/** Row `r` (1-based) of a sheet as XML. */
// The cells are joined, not added with `+=`: one flat string per row instead of a rope of pieces that
// encoding the sheet must walk later (measured: about 1 µs less per results row).
export function xmlRow(baris: Cell[], r: number, gaya: number, netral: boolean): string {
  const nomor = String(r);
  const sel: string[] = [];
  for (let j = 0; j < baris.length; j++) {
    const c = selXml(baris[j]!, HURUF[j] ?? columnLetters(j), nomor, gaya, netral);
    if (c !== '') sel.push(c);
  }
  return `<row r="${nomor}">${sel.join('')}</row>`;
}

/** A sheet's dropdowns, after its data (the element order SpreadsheetML requires). */
function validasiXml(v: Validasi[] | undefined): string {
  if (!v?.length) return '';
  const satu = (x: Validasi) => {
    const huruf = columnLetters(x.kolom);
    const rumus = 'rentang' in x.daftar ? x.daftar.rentang : `"${x.daftar.nilai.join(',')}"`;
    if ('nilai' in x.daftar && (rumus.length > 257 || x.daftar.nilai.some((n) => n.includes(',') || n.includes('"'))))
      throw new Error(`daftar pilihan kolom ${huruf} terlalu panjang atau memuat koma`);
    return (
      `<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Di luar daftar" error="${xml(x.pesan)}" sqref="${huruf}2:${huruf}${x.sampaiBaris}">` +
      `<formula1>${xml(rumus)}</formula1></dataValidation>`
    );
  };
  return `<dataValidations count="${v.length}">${v.map(satu).join('')}</dataValidations>`;
}

/** Style of data rows (after the header). */
export const dataStyle = (opsi: XlsxOptions) => (opsi.teksSaja ? 2 : 0);

function kepalaLembar(l: Sheet, opsi: XlsxOptions): string {
  let buf =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  if (l.judul)
    buf +=
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  if (l.lebar?.length)
    buf += `<cols>${l.lebar.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"${opsi.teksSaja ? ' style="2"' : ''}/>`).join('')}</cols>`;
  return `${buf}<sheetData>`;
}

/**
 * Writes a workbook; `keluar` receives the bytes in order (final=true on the last chunk).
 * `netral`: neutralise cells that a spreadsheet could run as formulas (reports of user data).
 * Resolves when every sheet is written (at once unless a sheet comes as `termampat` pieces).
 */
export async function writeXlsx(
  lembar: Sheet[],
  keluar: (data: Uint8Array, final: boolean) => void,
  opsi: XlsxOptions = {},
): Promise<void> {
  const zip = new Zip((err, data, final) => {
    if (err) throw err;
    keluar(data, final);
  });
  const tambah = (nama: string, isi: string) => {
    const f = new ZipDeflate(nama, { level: 6 });
    zip.add(f);
    f.push(enc.encode(isi), true);
  };
  tambah(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      lembar
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '</Types>',
  );
  tambah(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  tambah(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      lembar
        .map(
          (l, i) =>
            `<sheet name="${xml(l.nama.slice(0, 31))}" sheetId="${i + 1}"${l.tersembunyi ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
        )
        .join('') +
      '</sheets></workbook>',
  );
  tambah(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      lembar
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${lembar.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  tambah('xl/styles.xml', STYLES);

  for (let i = 0; i < lembar.length; i++) {
    const l = lembar[i]!;
    // Level 1: sheet XML is repetitive, so fast deflate still shrinks it about tenfold, in a third of the time.
    const f = new DeflateFile(`xl/worksheets/sheet${i + 1}.xml`, 1);
    zip.add(f);
    let buf = kepalaLembar(l, opsi);
    let r = 0;
    for (const baris of l.baris ?? []) {
      r++;
      buf += xmlRow(baris, r, l.judul && r === 1 ? 1 : dataStyle(opsi), opsi.netral === true);
      if (buf.length > 256 * 1024) {
        f.push(enc.encode(buf));
        buf = '';
      }
    }
    if (l.termampat) {
      f.push(enc.encode(buf));
      buf = '';
      for await (const k of l.termampat) f.pushTermampat(k.data, k.crc, k.panjang);
    }
    buf += `</sheetData>${validasiXml(l.validasi)}</worksheet>`;
    f.push(enc.encode(buf), true);
  }
  zip.end();
}

/** The whole workbook as one Buffer (small files: the template, tests). */
export function xlsxBuffer(lembar: Sheet[], opsi: XlsxOptions = {}): Buffer {
  const parts: Uint8Array[] = [];
  void writeXlsx(
    lembar.map(({ termampat: _, ...l }) => l),
    (d) => parts.push(d),
    opsi,
  );
  return Buffer.concat(parts);
}
