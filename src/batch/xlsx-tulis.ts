// A small streaming XLSX writer: inline strings and numbers, a bold header row, column widths. Enough
// for the template and the results report, and fast: rows are turned into XML and deflated as they come.
import { Zip, ZipDeflate } from 'fflate';
import { netralkan } from './csv.ts';

export type Sel = string | number;

export interface Lembar {
  nama: string;
  baris: Iterable<Sel[]>;
  /** Column widths in characters. */
  lebar?: number[];
  /** Bold first row, frozen. */
  judul?: boolean;
}

const enc = new TextEncoder();

function xml(s: string): string {
  return s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function hurufKolom(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function selXml(v: Sel, ref: string, gaya: number, netral: boolean): string {
  const s = gaya ? ` s="${gaya}"` : '';
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
  const t = netral ? netralkan(String(v)) : String(v);
  if (t === '') return '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xml(t)}</t></is></c>`;
}

const STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
  + '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F0"/><bgColor indexed="64"/></patternFill></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
  + '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * Writes a workbook; `keluar` receives the bytes in order (final=true on the last chunk).
 * `netral`: neutralise cells that a spreadsheet could run as formulas (reports of user data).
 */
export function tulisXlsx(lembar: Lembar[], keluar: (data: Uint8Array, final: boolean) => void, opsi: { netral?: boolean; teksSaja?: boolean } = {}): void {
  const zip = new Zip((err, data, final) => {
    if (err) throw err;
    keluar(data, final);
  });
  const tambah = (nama: string, isi: string) => {
    const f = new ZipDeflate(nama, { level: 6 });
    zip.add(f);
    f.push(enc.encode(isi), true);
  };
  tambah('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + lembar.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '</Types>');
  tambah('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  tambah('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    + lembar.map((l, i) => `<sheet name="${xml(l.nama.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
    + '</sheets></workbook>');
  tambah('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + lembar.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
    + `<Relationship Id="rId${lembar.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  tambah('xl/styles.xml', STYLES);

  lembar.forEach((l, i) => {
    // Level 1: sheet XML is repetitive, so fast deflate still shrinks it about tenfold, in a third of the time.
    const f = new ZipDeflate(`xl/worksheets/sheet${i + 1}.xml`, { level: 1 });
    zip.add(f);
    let buf = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    if (l.judul) buf += '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
    if (l.lebar?.length) buf += `<cols>${l.lebar.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"${opsi.teksSaja ? ' style="2"' : ''}/>`).join('')}</cols>`;
    buf += '<sheetData>';
    let r = 0;
    for (const baris of l.baris) {
      r++;
      const gaya = l.judul && r === 1 ? 1 : opsi.teksSaja ? 2 : 0;
      buf += `<row r="${r}">${baris.map((v, j) => selXml(v, `${hurufKolom(j)}${r}`, gaya, opsi.netral === true)).join('')}</row>`;
      if (buf.length > 256 * 1024) { f.push(enc.encode(buf)); buf = ''; }
    }
    buf += '</sheetData></worksheet>';
    f.push(enc.encode(buf), true);
  });
  zip.end();
}

/** The whole workbook as one Buffer (small files: the template, tests). */
export function xlsxBuffer(lembar: Lembar[], opsi: { netral?: boolean; teksSaja?: boolean } = {}): Buffer {
  const parts: Uint8Array[] = [];
  tulisXlsx(lembar, (d) => parts.push(d), opsi);
  return Buffer.concat(parts);
}
