// The XLSX reader scans bytes instead of running regular expressions per row and cell. It must give the
// values a hand-written sheet holds (written down from the SpreadsheetML rules, not from a run), and on
// generated workbooks, large enough to cross inflate chunks, what a maintained spreadsheet library
// (ExcelJS, a devDependency used only here) reads from the same bytes: every cell's text, every formula
// cell flagged; and from a workbook ExcelJS writes itself (shared strings, date cells, numbers), the
// values that were put in.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { BarisMentah } from '../../src/berkas/errors.ts';
import { xlsxBuffer } from '../../src/berkas/xlsx-write.ts';
import { unit } from '../../bench/generator.ts';
import { barisXlsx } from './helpers.ts';

const STYLES =
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>';

/** A workbook; `ganti`: other text for some of its parts (workbook, relationships, styles). */
function buku(sheetData: string, sst: string[], level: 0 | 1 | 6 = 6, ganti: Record<string, string> = {}): Buffer {
  const bagian: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="Isian" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/sharedStrings.xml': `<sst count="${sst.length}">${sst.join('')}</sst>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData><rowBreaks count="1"><brk id="5"/></rowBreaks></worksheet>`,
    ...ganti,
  };
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(bagian).map(([k, v]) => [k, strToU8(v)])), { level }));
}

/** A cell as ExcelJS gives it, written as the batch reads cells (SpreadsheetML's own meaning, not ours). */
function teksExcelJs(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'Ya' : 'Tidak';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return teksExcelJs((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('error' in v) return v.error;
  if ('text' in v) return String(v.text);
  return JSON.stringify(v);
}

/** Non-empty rows as [row number, cells without trailing empties, formula columns]. */
type Baris = [number, string[], number[]];
const rapikan = (sel: string[]) => {
  const a = [...sel];
  while (a.length && a.at(-1) === '') a.pop();
  return a;
};

async function menurutExcelJs(buf: Buffer): Promise<Baris[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Isian') ?? wb.worksheets[0]!;
  const hasil: Baris[] = [];
  ws.eachRow({ includeEmpty: false }, (row, nomor) => {
    const sel: string[] = [];
    const rumus: number[] = [];
    row.eachCell({ includeEmpty: false }, (c, kolom) => {
      while (sel.length < kolom - 1) sel.push('');
      sel[kolom - 1] = teksExcelJs(c.value);
      // A formula's saved value is read as a value; only one without a saved value is marked.
      if (c.type === ExcelJS.ValueType.Formula && (c.value as ExcelJS.CellFormulaValue).result === undefined) rumus.push(kolom - 1);
    });
    if (rapikan(sel).length) hasil.push([nomor, rapikan(sel), rumus]);
  });
  return hasil;
}

/** The reader's rows, checked against ExcelJS's reading of the same bytes; returned for further checks. */
async function samaDenganExcelJs(buf: Buffer): Promise<BarisMentah[]> {
  const baru = await barisXlsx(buf);
  const kami: Baris[] = baru.filter((r) => rapikan(r.sel).length).map((r) => [r.nomor, rapikan(r.sel), r.rumus ?? []]);
  expect(kami).toEqual(await menurutExcelJs(buf));
  return baru;
}

const KOLOM_TANGGAL = new Set(['tmt_pangkat', 'tmt_jenjang', 'tanggal_perhitungan']);

/**
 * A unit as Excel writes it (the builder of paralel.test.ts): text in shared strings (with entities and,
 * every so often, a phonetic run), TMT dates as date-styled serials, numbers as numbers, rows in
 * `lewati` left out, one formula; every fifth row's cells without r= (with `tanpaR`; ExcelJS cannot read those) and every seventh row an inline
 * string instead of a shared one.
 */
function xlsxExcel(
  rows: string[][],
  lewati: Set<number>,
  rumus?: { baris: number; kolom: number },
  level: 0 | 1 | 6 = 6,
  tanpaR = false,
): Buffer {
  const ss: string[] = [];
  const indeks = new Map<string, number>();
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '&#10;');
  const si = (v: string) => {
    let i = indeks.get(v);
    if (i === undefined) {
      i = ss.length;
      ss.push(
        i % 11 === 3
          ? `<si><t xml:space="preserve">${esc(v)}</t><rPh sb="0" eb="1"><t>ヨミ</t></rPh></si>`
          : `<si><t xml:space="preserve">${esc(v)}</t></si>`,
      );
      indeks.set(v, i);
    }
    return i;
  };
  const kolom = (k: number) => (k < 26 ? String.fromCharCode(65 + k) : `A${String.fromCharCode(65 + k - 26)}`);
  const serial = (iso: string) =>
    Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86400000);
  let r = 0;
  const xml = rows
    .map((row) => {
      do r++;
      while (lewati.has(r));
      const tanpaRef = tanpaR && r % 5 === 0;
      const sel = row
        .map((v, k) => {
          const ref = tanpaRef ? '' : ` r="${kolom(k)}${r}"`;
          if (rumus && rumus.baris === r && rumus.kolom === k) return `<c${ref} t="str"><f>"Baik"</f><v>${esc(v)}</v></c>`;
          if (v === '') return tanpaRef ? `<c${ref}/>` : '';
          if (r > 1 && KOLOM_TANGGAL.has(rows[0]![k]!) && /^\d{4}-\d{2}-\d{2}$/.test(v)) return `<c${ref} s="1"><v>${serial(v)}</v></c>`;
          if (r > 1 && /^\d{1,6}(\.\d+)?$/.test(v)) return `<c${ref}><v>${v}</v></c>`;
          if (r % 7 === 0) return `<c${ref} t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
          return `<c${ref} t="s"><v>${si(v)}</v></c>`;
        })
        .join('');
      return r % 9 === 0 ? `<row r="${r}" spans="1:22">${sel}</row>` : `<row r="${r}">${sel}</row>`;
    })
    .join('');
  return buku(xml, ss, level);
}

describe('pembaca XLSX: nilai menurut aturan SpreadsheetML', () => {
  const sst = [
    '<si><t>nip</t></si>',
    '<si><t xml:space="preserve">Ani &amp; Budi</t></si>',
    '<si><r><rPr><b/><family val="2"/></rPr><t>Sa</t></r><r><t>puTRA</t></r></si>',
    '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
    '<si/>',
    '<si><t>baris&#10;dua</t></si>',
  ];
  const sheet = [
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
    '<row r="2"><c r="A2" s="1"><v>44287</v></c><c r="B2" s="2"><v>45000.5</v></c><c r="C2" s="3"><v>2.50</v></c><c r="D2"><v>1.99E+17</v></c><c r="E2" t="n"><v>007</v></c></row>',
    // Row 3 left out. Cells without r= take the next column.
    '<row r="4"><c t="inlineStr"><is><t>satu</t></is></c><c t="str"><f>A1&amp;"x"</f><v>nip&amp;x</v></c><c t="e"><v>#N/A</v></c><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c><f>SUM(A1:A2)</f></c></row>',
    '<row r="5"/>',
    '<row r="6" spans="1:3"></row>',
    // No r=: the row after the last one. Cells out of order: the later one overwrites.
    '<row><c r="C7" t="s"><v>5</v></c><c r="B7" t="s"><v>4</v></c></row>',
    '<row r="9"><c r="A9" t="inlineStr"><is><r><t xml:space="preserve">Dewi </t></r><r><rPr><rFont val="Calibri"/><family val="2"/></rPr><t>Lestari</t></r></is></c>' +
      '<c r="B9" t="inlineStr"><is><t>a &lt; b &#x41;&#65;</t></is></c><c r="GR9" t="inlineStr"><is><t>tepi</t></is></c>' +
      '<c r="GS9" t="inlineStr"><is><t>jauh</t></is></c><c t="inlineStr"><is><t>sesudah</t></is></c></row>',
    '<row r="10"><c r="A10" s="1" t="n"><v>44287</v></c><c r="B10" s="1"><v>abc</v></c><c r="C10"/><c r="D10"><v></v></c><c r="E10" t="s"><v>9</v></c><c r="F10" t="s"/></row>',
  ].join('\n');

  it('shared strings, tanggal serial, angka, rumus, string sebaris, entitas, <rPh>, baris kosong, sel tanpa r=, batas kolom', async () => {
    const rows = await barisXlsx(buku(sheet, sst));
    expect(rows.map((r) => r.nomor)).toEqual([1, 2, 4, 5, 6, 7, 9, 10]);
    expect(rows[0]).toEqual({ nomor: 1, sel: ['nip', 'Ani & Budi', 'SapuTRA', '東京', ''] });
    // 44287 = 2021-04-01; 45000 = 2023-01-01 (44927) + 73 days; "dd/mm/yyyy" is a date format, "0.00" is not.
    expect(rows[1]!.sel).toEqual(['2021-04-01', '2023-03-15', '2.5', '1.99E+17', '7']);
    // A formula with its saved value (<v> after <f>) reads as that value; one without (F4) is marked.
    expect(rows[2]).toEqual({ nomor: 4, sel: ['satu', 'nip&x', '#N/A', 'Ya', 'Tidak', ''], rumus: [5] });
    expect(rows[3]).toEqual({ nomor: 5, sel: [] });
    expect(rows[4]).toEqual({ nomor: 6, sel: [] });
    expect(rows[5]).toEqual({ nomor: 7, sel: ['', '', 'baris\ndua'] });
    const r9 = rows[6]!;
    expect(r9.sel.slice(0, 2)).toEqual(['Dewi Lestari', 'a < b AA']);
    // GR = column 200 (index 199) is the last one read; GS and the cell after it are past it.
    expect(r9.sel.length).toBe(200);
    expect(r9.sel[199]).toBe('tepi');
    // A rich-text run's <family> and <rFont> are not a formula (the regex reader took any "<f" for one).
    expect(r9.rumus).toBeUndefined();
    // A date-styled cell that is not a number stays as written; an empty <v> is the number 0.
    expect(rows[7]).toEqual({ nomor: 10, sel: ['2021-04-01', 'abc', '', '0', '', ''] });
  });

  it('bentuk yang tidak lazim dibaca seperti dahulu (tag tanpa penutup, atribut aneh, <rowBreaks>)', async () => {
    const aneh = [
      '<row r="1"><c r="A1" t="s"><v>0</v><c r="B1" t="s"><v>1</v></c></row>', // content runs to the first </c>
      '<row r="2"><c r="A2"><v>1</v><c r="B2"/></row>', // no </c>: only the self-closing cell
      '<row r="3"><c x:r="C3" t="s" s="1"><v>5</v></c><c r="a4" t=""><v>3</v></c></row>', // r= after ':'; lower-case ref ignored
      '<row r="4"><c r="D4" s="1" t="inlineStr"><is><t>x</t></is><is><t>y</t></is></c><c r="E4" t="inlineStr"><is><t>a</t><t>b</t></is></c></row>',
      '<row r="5"><c r="AB5" t="inlineStr"><is><t xml:space="preserve"> sp </t></is></c><col/><cfRule/></row>',
      '<rowBreaks><brk id="1"/></rowBreaks><row r="x6"><c r="A6"><v>2.0</v></c></row>',
    ].join('');
    const rows = await barisXlsx(buku(aneh, sst));
    expect(rows.map((r) => r.nomor)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[2]!.sel).toEqual(['', '', 'baris\ndua', '3']);
    expect(rows[3]!.sel.slice(3)).toEqual(['x', 'ab']);
    expect(rows[4]!.sel[27]).toBe(' sp ');
  });

  it('gaya, daftar lembar, relasi dan <rPh> yang tidak lazim dibaca seperti ekspresi reguler dahulu membacanya', async () => {
    // Each numFmt tests one rule of /<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g.
    const styles =
      '<styleSheet><numFmts count="6">' +
      '<numFmt formatCode="yyyy-mm-dd" numFmtId="164"/>' + // formatCode first: not found, so not a date
      '<numFmt numFmtId="165" formatCode="[&gt;=100]dd/mm/yyyy"/>' + // entity in the code: a date
      '<numFmt numFmtId="166" formatCode="[>=1]0.00;d"/>' + // a literal '>' inside the value: still read
      '<numFmt numFmtId="167" numFmtId="168" formatCode="d-m-y"/>' + // two ids: the last one takes the code
      '<numFmt numFmtId="x169" formatCode="d"/><numFmt numFmtId="170">' + // no digits; no formatCode before its '>'
      '<numFmtX numFmtId="171" formatCode="d"/></numFmts>' + // another element
      '<cellXfsX/><cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>' +
      '<xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="169"/><xf numFmtId="170"/><xf numFmtId="171"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const sheet = `<row r="1">${Array.from({ length: 10 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>44287</v></c>`).join('')}</row>`;
    const workbook =
      '<workbook xmlns:r="r"><sheets><sheetPr/><sheet name="Lain" sheetId="1" r:id="rId2"/>\n<sheet\tname="Isian" sheetId="2" r:id="rId1"></sheet></sheets></workbook><sheet name="x"';
    const rels =
      '<Relationships><RelationshipX Id="rId1" Target="salah.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/>' +
      '<Relationship Type="worksheet" Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>';
    const sstRph = [...sst, '<si><t>a</t><rPh sb="0"><t>x</t></rPh><rPhX/><rPh><t>y</t></si>'];
    const rows = await barisXlsx(
      buku(`${sheet}<row r="2"><c r="A2" t="s"><v>6</v></c></row>`, sstRph, 6, {
        'xl/styles.xml': styles,
        'xl/workbook.xml': workbook,
        'xl/_rels/workbook.xml.rels': rels,
      }),
    );
    expect(rows[0]!.sel).toEqual([
      '44287',
      '44287',
      '2021-04-01',
      '2021-04-01',
      '44287',
      '2021-04-01',
      '44287',
      '44287',
      '44287',
      '2021-04-01',
    ]);
    // The unclosed <rPh> stays, so its <t> is read with the others.
    expect(rows[1]!.sel).toEqual(['ay']);
  });

  it('target relasi dengan "." dan ".." dibaca dari dalam paket', async () => {
    const rels = '<Relationships><Relationship Id="rId1" Target="./worksheets/../worksheets/sheet1.xml"/></Relationships>';
    expect(await barisXlsx(buku('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', sst, 6, { 'xl/_rels/workbook.xml.rels': rels }))).toEqual([
      { nomor: 1, sel: ['nip'] },
    ]);
  });

  it('sebuah baris lebih dari 20 MB ditolak', async () => {
    const panjang = randomBytes(15.1 * 1024 * 1024).toString('base64'); // just over 20 MB, in many inflate chunks
    const e = await barisXlsx(buku(`<row r="1"><c r="A1" t="inlineStr"><is><t>${panjang}</t></is></c></row>`, sst, 1)).then(
      () => '',
      (x: unknown) => String(x),
    );
    expect(e).toMatch(/Satu baris lembar kerja terlalu panjang/);
  }, 30_000);
});

describe('pembaca XLSX = ExcelJS pada buku kerja rekaan', () => {
  it('unit seperti buatan Excel: shared strings, tanggal, angka, baris yang dilewati, sel tanpa r=, string sebaris', async () => {
    const rows = [...unit(400, { seed: 3, galat: 0.05 })];
    const nama = rows[0]!.indexOf('nama');
    rows[4]![nama] = 'Dewi\nSaputra, "Ani" & <Budi>';
    rows[8]![nama] = 'Ségolène Ñúñez 東京 😀';
    const baca = await samaDenganExcelJs(xlsxExcel(rows, new Set([3, 50, 51, 52])));
    // Cells without r= (optional in SpreadsheetML) take the next column: the same rows.
    const tanpaR = await barisXlsx(xlsxExcel(rows, new Set([3, 50, 51, 52]), undefined, 6, true));
    expect(tanpaR.map((r) => [r.nomor, rapikan(r.sel)])).toEqual(baca.map((r) => [r.nomor, rapikan(r.sel)]));
    expect(baca.some((r) => r.sel[nama] === 'Dewi\nSaputra, "Ani" & <Budi>')).toBe(true);
    expect(baca.some((r) => r.sel[nama] === 'Ségolène Ñúñez 東京 😀')).toBe(true);
  });

  it('unit dengan satu sel rumus: nilai tersimpannya dibaca, selnya tidak ditandai', async () => {
    const rows = [...unit(50, { seed: 8 })];
    const kolom = rows[0]!.indexOf('predikat');
    const baca = await samaDenganExcelJs(xlsxExcel(rows, new Set(), { baris: 6, kolom }));
    expect(baca.find((r) => r.nomor === 6)!.rumus).toBeUndefined();
    expect(baca.find((r) => r.nomor === 6)!.sel[kolom]).toBe(rows[5]![kolom]);
  });

  it('celah lebih dari 1.000 baris: nomor baris tetap nomor lembar', async () => {
    const buf = buku('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="1500"><c r="A1500" t="s"><v>1</v></c></row>', [
      '<si><t>nip</t></si>',
      '<si><t>x</t></si>',
    ]);
    expect((await samaDenganExcelJs(buf)).map((r) => r.nomor)).toEqual([1, 1500]);
  });

  it('XLSX dari penulis kita (string sebaris), 3.000 pegawai: baris melintasi potongan inflate', async () => {
    const buf = xlsxBuffer([{ nama: 'Isian', judul: true, baris: unit(3000, { seed: 2, galat: 0.05 }) }], { teksSaja: true });
    expect((await samaDenganExcelJs(buf)).length).toBe(3000 * 4 + 1);
  });

  it('entri tanpa pemampatan (stored): satu potongan', async () => {
    await samaDenganExcelJs(xlsxExcel([...unit(100, { seed: 4 })], new Set([7]), undefined, 0));
  });

  it('buku kerja yang ditulis ExcelJS sendiri (teks bersama, sel tanggal berformat, angka): nilai yang dimasukkan terbaca kembali', async () => {
    const rows = [...unit(300, { seed: 21, galat: 0.05 })];
    const judul = rows[0]!;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Isian');
    rows.forEach((r, i) => {
      ws.addRow(
        r.map((v, k) => {
          if (i === 0 || v === '') return v === '' ? null : v;
          if (KOLOM_TANGGAL.has(judul[k]!) && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
          if (/^\d{1,6}(\.\d+)?$/.test(v)) return Number(v);
          return v;
        }),
      );
    });
    for (const k of judul.map((j, i) => (KOLOM_TANGGAL.has(j) ? i + 1 : 0)).filter(Boolean)) ws.getColumn(k).numFmt = 'dd/mm/yyyy';
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const baca = await samaDenganExcelJs(buf);
    // What was put in, cell for cell: the reader's texts are the unit's own (numbers as written, dates as TTTT-BB-HH).
    const harap = rows.map((r) => rapikan(r.map((v) => (/^\d{1,6}(\.\d+)?$/.test(v) ? String(Number(v)) : v))));
    expect(baca.map((r) => rapikan(r.sel))).toEqual(harap);
  });
});
