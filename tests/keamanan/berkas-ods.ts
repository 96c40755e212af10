// OpenDocument spreadsheets built by hand for the tests: the mimetype entry first and stored, as the
// format asks, then content.xml with the sheets. Cells are written as Calc writes them (value type,
// <text:p>, repeated rows and columns); the bombs repeat, nest and compress past the reader's limits.
import { strToU8, zipSync, type Zippable } from 'fflate';

export const MIME = 'application/vnd.oasis.opendocument.spreadsheet';

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One cell as Calc writes it: a number as float with its value, any other text as a string paragraph. */
export function selOds(v: string): string {
  if (v === '') return '<table:table-cell/>';
  if (/^\d{1,6}(\.\d+)?$/.test(v))
    return `<table:table-cell office:value-type="float" office:value="${v}" calcext:value-type="float"><text:p>${esc(v.replace('.', ','))}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
}

/** Rows as table rows, with Calc's tail: the rest of the columns and of the sheet as repeated empty ones. */
export function barisOds(rows: string[][]): string {
  return (
    rows
      .map(
        (r) =>
          `<table:table-row table:style-name="ro1">${r.map(selOds).join('')}<table:table-cell table:number-columns-repeated="1000"/></table:table-row>`,
      )
      .join('') +
    '<table:table-row table:style-name="ro1" table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
  );
}

export interface TabelOds {
  nama: string;
  tersembunyi?: boolean;
  /** The table's rows as XML (barisOds). */
  xml: string;
}

export function kontenOds(tabel: TabelOds[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">' +
    '<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>' +
    '<office:body><office:spreadsheet>' +
    tabel
      .map(
        (t) =>
          `<table:table table:name="${esc(t.nama)}" table:style-name="${t.tersembunyi ? 'ta2' : 'ta1'}"><table:table-column table:number-columns-repeated="1024"/>${t.xml}</table:table>`,
      )
      .join('') +
    '</office:spreadsheet></office:body></office:document-content>'
  );
}

/** The archive: mimetype first and stored, then content.xml (or the given parts). */
export function arsipOds(bagian: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Buffer {
  const z: Zippable = { mimetype: [strToU8(MIME), { level: 0 }] };
  for (const [k, v] of Object.entries(bagian)) z[k] = [typeof v === 'string' ? strToU8(v) : v, { level }];
  return Buffer.from(zipSync(z));
}

/** Stored (level 0) for a part that would compress past the ratio check. */
export const odsDari = (tabel: TabelOds[], level: 0 | 6 | 9 = 6) => arsipOds({ 'content.xml': kontenOds(tabel) }, level);
