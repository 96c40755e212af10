// Uploaded files: unit spreadsheets (CSV with hostile cells, XLSX written by the app's own writer or
// put together by hand, then mangled), logos (PNG with any header, JPEG), PDFs (genuine ones from the
// app with bytes changed, or forged ones carrying a self-consistent attachment), and the batch's hidden
// `muatan` field (the app's own, decoded, changed and packed again, or a decompression bomb).
import { createHmac } from 'node:crypto';
import { gunzipSync, gzipSync, createGzip, deflateSync, crc32 } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { CONTOH } from '../../../src/batch/template.ts';
import { KOLOM } from '../../../src/batch/kolom.ts';
import { xlsxBuffer } from '../../../src/berkas/xlsx-write.ts';
import { bacaMasukan } from '../../../src/input/parse.ts';
import { kodeVerifikasi, NAMA_LAMPIRAN } from '../../../src/pdf/kode.ts';
import { digitText, mutate, mutation, ODD_DATES, ODD_MONTHS, oddString, PREDIKAT, serialize, type Mutation } from './json.ts';

// ---------------------------------------------------------------------------------------------------
// Bytes

export type ByteMutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; bytes: number[] }
  | { op: 'cut'; at: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'dup'; at: number; len: number }
  | { op: 'zero'; at: number; len: number }
  | { op: 'replace'; find: string; by: string };

/** Text edits aimed at PDF and XML structure (lengths, counts, offsets), applied where the text first occurs. */
const STRUCTURE: [string, string][] = [
  ['/Length ', '/Length 99999999'],
  ['/Length ', '/Length -1'],
  ['/Count ', '/Count 99999999'],
  ['/Size ', '/Size 0'],
  ['startxref', 'startxref\n0'],
  ['/FlateDecode', '/LZWDecode'],
  ['/FlateDecode', '/Nonsense'],
  ['/Type /Page', '/Type /Pages'],
  ['obj', 'obj <<'],
  ['/EmbeddedFiles', '/EmbeddedFilez'],
  ['<row', '<row r="99999999999"'],
  ['<c r="', '<c r="XFD1048576'],
  ['<c r="', '<c r="AAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  ['t="s"', 't="s"><v>99999999</v'],
  ['<sheet ', '<sheet name="Isian" '],
  ['Target="', 'Target="/../../'],
  ['IHDR', 'IHDX'],
];

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }) },
  fc.record({
    op: fc.constant('set' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }),
  }),
  fc.record({ op: fc.constant('dup' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 4096 }) }),
  fc.record({ op: fc.constant('zero' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 512 }) }),
  { weight: 2, arbitrary: fc.constantFrom(...STRUCTURE).map(([find, by]) => ({ op: 'replace' as const, find, by })) },
);

export function mutateBytes(buf: Buffer, ms: ByteMutation[]): Buffer {
  let b = Buffer.from(buf);
  for (const m of ms) {
    if (b.length === 0) break;
    const at = 'at' in m ? m.at % b.length : 0;
    switch (m.op) {
      case 'flip':
        b[at]! ^= 1 << m.bit;
        break;
      case 'set':
        Buffer.from(m.bytes).copy(b, at);
        break;
      case 'cut':
        b = b.subarray(0, at);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
        break;
      case 'dup':
        b = Buffer.concat([b.subarray(0, at + m.len), b.subarray(at, at + m.len), b.subarray(at + m.len)]);
        break;
      case 'zero':
        b.fill(0, at, Math.min(b.length, at + m.len));
        break;
      case 'replace': {
        const i = b.indexOf(m.find, 0, 'latin1');
        if (i >= 0) b = Buffer.concat([b.subarray(0, i), Buffer.from(m.by, 'latin1'), b.subarray(i + m.find.length)]);
        break;
      }
    }
  }
  return b;
}

export const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((u) => Buffer.from(u)),
  fc
    .tuple(
      fc.constantFrom(
        'PK\x03\x04',
        '%PDF-1.7\n',
        '\x89PNG\r\n\x1a\n',
        '\xff\xd8\xff',
        '\xd0\xcf\x11\xe0',
        '\xff\xfe',
        '\ufeffnip,nama\n',
        'PK\x05\x06',
      ),
      fc.uint8Array({ maxLength: 1024 }),
    )
    .map(([h, u]) => Buffer.concat([Buffer.from(h, 'latin1'), Buffer.from(u)])),
);

// ---------------------------------------------------------------------------------------------------
// Unit spreadsheets

const HEADER = KOLOM.map((k) => k.judul);
const BASE_ROWS: string[][] = [HEADER, ...CONTOH.map((c) => KOLOM.map((k) => c[k.id] ?? ''))];

const cellValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: oddString },
  { weight: 2, arbitrary: digitText },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...ODD_DATES,
      ...ODD_MONTHS,
      '01/13/2024',
      '31/12/9999',
      'Januari 0000',
      'Februari 2024',
      '45000',
      '2958466',
      '-1',
      '1e308',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...PREDIKAT,
      'Ya',
      'ya',
      'Tidak',
      'TRUE',
      '1',
      'Integrasi',
      'AK Dasar',
      'III a',
      '3a',
      'Ahli Kepala',
      'pranata humas',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=1+1',
      '=HYPERLINK("http://x","y")',
      '+cmd',
      '-1+1',
      '@SUM(1)',
      '"',
      '""',
      '"a"b',
      'a\nb',
      'a\r\nb',
      ';',
      ',',
      '\t',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '199001012015031001',
      '199102022016042002',
      '199001012015031000',
      '1.99001E+17',
      '19900101201503100',
      '1990010120150310011',
      '',
    ),
  },
);

export type SheetEdit =
  | { op: 'cell'; row: number; col: number; value: string }
  | { op: 'dropCol'; col: number }
  | { op: 'dupCol'; col: number }
  | { op: 'header'; col: number; value: string }
  | { op: 'extraCols'; n: number }
  | { op: 'rows'; times: number }
  | { op: 'dropRow'; row: number };

export const sheetEdit: fc.Arbitrary<SheetEdit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('cell' as const), row: fc.nat(), col: fc.nat(), value: cellValue }) },
  fc.record({ op: fc.constant('dropCol' as const), col: fc.nat() }),
  fc.record({ op: fc.constant('dupCol' as const), col: fc.nat() }),
  fc.record({
    op: fc.constant('header' as const),
    col: fc.nat(),
    value: fc.oneof(
      fc.constantFrom('NIP ', 'Nip', '\ufeffnip', 'nip_baru', 'TMT Pangkat', 'tmt-pangkat', '', 'predikat', '=nip'),
      oddString,
    ),
  }),
  fc.record({ op: fc.constant('extraCols' as const), n: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('rows' as const), times: fc.oneof(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 50, max: 6_000 })) }),
  fc.record({ op: fc.constant('dropRow' as const), row: fc.nat() }),
);

export function editSheet(edits: SheetEdit[]): string[][] {
  let rows = BASE_ROWS.map((r) => [...r]);
  for (const e of edits) {
    const width = Math.max(1, ...rows.map((r) => r.length));
    switch (e.op) {
      case 'cell': {
        const r = rows[e.row % rows.length]!;
        r[e.col % width] = e.value;
        break;
      }
      case 'dropCol':
        rows = rows.map((r) => r.filter((_, i) => i !== e.col % width));
        break;
      case 'dupCol':
        rows = rows.map((r) => [...r, r[e.col % width] ?? '']);
        break;
      case 'header':
        rows[0]![e.col % width] = e.value;
        break;
      case 'extraCols':
        rows = rows.map((r, i) => [...r, ...Array.from({ length: e.n }, (_, j) => (i === 0 ? `kolom_${j}` : 'x'))]);
        break;
      case 'rows': {
        // Repeat the data rows; each repeat of a person gets its own NIP (sequence number) so they stay persons.
        const data = rows.slice(1);
        const out = [rows[0]!];
        for (let t = 0; t < e.times; t++)
          for (const r of data)
            out.push(r.map((c, i) => (i === 0 && /^\d{18}$/.test(c) ? `${c.slice(0, 15)}${String((t % 999) + 1).padStart(3, '0')}` : c)));
        rows = out;
        break;
      }
      case 'dropRow':
        if (rows.length > 1) rows.splice(e.row % rows.length, 1);
        break;
    }
  }
  // At most about two million cells: past every limit of the app (10 MB, 20,000 rows) without making the test itself slow.
  const width = Math.max(1, ...rows.slice(0, 5).map((r) => r.length));
  return rows.slice(0, Math.max(2, Math.floor(2_000_000 / width)));
}

export interface CsvStyle {
  sep: ',' | ';' | '\t';
  eol: '\n' | '\r\n' | '\r';
  quoting: 'proper' | 'none' | 'all';
  bom: boolean;
  encoding: 'utf8' | 'latin1' | 'utf16le';
}

export const csvStyle: fc.Arbitrary<CsvStyle> = fc.record({
  sep: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  quoting: fc.oneof({ weight: 6, arbitrary: fc.constant('proper' as const) }, fc.constant('none' as const), fc.constant('all' as const)),
  bom: fc.boolean(),
  encoding: fc.oneof(
    { weight: 8, arbitrary: fc.constant('utf8' as const) },
    fc.constant('latin1' as const),
    fc.constant('utf16le' as const),
  ),
});

export function csv(rows: string[][], s: CsvStyle): Buffer {
  const cell = (c: string) => (s.quoting === 'all' || (s.quoting === 'proper' && /[",;\t\r\n]/.test(c)) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = (s.bom ? '\ufeff' : '') + rows.map((r) => r.map(cell).join(s.sep)).join(s.eol) + s.eol;
  // Just past the 10 MB upload limit is enough to test it.
  return Buffer.from(text, s.encoding).subarray(0, 11 * 1024 * 1024);
}

export function xlsxFromRows(rows: string[][], sheetName: string): Buffer {
  return xlsxBuffer([{ nama: sheetName, baris: rows }], { teksSaja: true });
}

/** Cell types and references a hand-written sheet may use, legal and not. */
export interface HandCell {
  t: 's' | 'inlineStr' | 'n' | 'str' | 'b' | 'e' | 'd' | 'x' | 'none';
  ref: 'auto' | 'none' | 'odd';
  odd: string;
  style: number;
}

export const handCell: fc.Arbitrary<HandCell> = fc.record({
  t: fc.oneof(
    { weight: 6, arbitrary: fc.constant('inlineStr' as const) },
    fc.constantFrom('s' as const, 'n' as const, 'str' as const, 'b' as const, 'e' as const, 'd' as const, 'x' as const, 'none' as const),
  ),
  ref: fc.oneof({ weight: 6, arbitrary: fc.constant('auto' as const) }, fc.constant('none' as const), fc.constant('odd' as const)),
  odd: fc.constantFrom('XFD1048576', 'A0', 'AAAAAAAA1', 'ZZZZZZZZZZZZ99999999999999', 'a1', '1A', '', 'A-1', 'B2'),
  style: fc.constantFrom(0, 0, 0, 1, 2, 99999),
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function col(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A workbook written by hand: any cell types and references, shared strings, a date style, odd sheet names. */
export function handXlsx(rows: string[][], cells: HandCell[], opts: { sheetName: string; rowAttr: string; junk: string }): Buffer {
  const shared: string[] = [];
  const sheetRows = rows
    .map((r, i) => {
      const cs = r
        .map((v, j) => {
          const c = cells[(i * 31 + j) % Math.max(1, cells.length)] ?? { t: 'inlineStr', ref: 'auto', odd: '', style: 0 };
          const ref = c.ref === 'auto' ? ` r="${col(j)}${i + 1}"` : c.ref === 'odd' ? ` r="${c.odd}"` : '';
          const s = c.style ? ` s="${c.style}"` : '';
          switch (c.t) {
            case 'inlineStr':
              return `<c${ref}${s} t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
            case 's':
              shared.push(v);
              return `<c${ref}${s} t="s"><v>${shared.length - 1}</v></c>`;
            case 'none':
              return `<c${ref}${s}/>`;
            default:
              return `<c${ref}${s} t="${c.t}"><v>${esc(v)}</v></c>`;
          }
        })
        .join('');
      return `<row r="${opts.rowAttr === 'auto' ? i + 1 : opts.rowAttr}">${cs}</row>`;
    })
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook><sheets><sheet name="${esc(opts.sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet><sheetData>${sheetRows}</sheetData>${opts.junk}</worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst>${shared.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`),
    'xl/styles.xml': strToU8(
      '<?xml version="1.0"?><styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    ),
  };
  return Buffer.from(zipSync(files));
}

/** A central-directory or end-of-directory field set to a value a zip reader must not trust. */
export interface ZipEdit {
  entry: number;
  field: 'csize' | 'usize' | 'offset' | 'method' | 'flags' | 'nameLen' | 'count' | 'cdOffset';
  value: number;
}

export const zipEdit: fc.Arbitrary<ZipEdit> = fc.record({
  entry: fc.nat(),
  field: fc.constantFrom(
    'csize' as const,
    'usize' as const,
    'offset' as const,
    'method' as const,
    'flags' as const,
    'nameLen' as const,
    'count' as const,
    'cdOffset' as const,
  ),
  value: fc.oneof(fc.constantFrom(0, 1, 8, 12, 99, 0xffff, 0x7fffffff, 0xfffffffe, 0xffffffff, 1024 * 1024 * 1024), fc.nat()),
});

export function editZip(buf: Buffer, edits: ZipEdit[]): Buffer {
  const b = Buffer.from(buf);
  let eocd = -1;
  for (let i = b.length - 22; i >= 0; i--)
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return b;
  const count = b.readUInt16LE(eocd + 10);
  const cd = b.readUInt32LE(eocd + 16);
  const entries: number[] = [];
  for (let p = cd, n = 0; n < count && p + 46 <= b.length && b.readUInt32LE(p) === 0x02014b50; n++) {
    entries.push(p);
    p += 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  for (const e of edits) {
    const u16 = e.value & 0xffff;
    const u32 = e.value >>> 0;
    if (e.field === 'count') {
      b.writeUInt16LE(u16, eocd + 10);
      b.writeUInt16LE(u16, eocd + 8);
      continue;
    }
    if (e.field === 'cdOffset') {
      b.writeUInt32LE(u32, eocd + 16);
      continue;
    }
    const p = entries[e.entry % Math.max(1, entries.length)];
    if (p === undefined) continue;
    const at = { csize: 20, usize: 24, offset: 42, method: 10, flags: 8, nameLen: 28 }[e.field];
    if (e.field === 'method' || e.field === 'flags' || e.field === 'nameLen') b.writeUInt16LE(u16, p + at);
    else b.writeUInt32LE(u32, p + at);
  }
  return b;
}

// ---------------------------------------------------------------------------------------------------
// Logos

export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const JPEG_1X1 = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

function chunk(type: string, data: Buffer): Buffer {
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export interface PngSpec {
  w: number;
  h: number;
  colorType: number;
  bitDepth: number;
  interlace: number;
  idat: 'exact' | 'short' | 'none' | 'garbage';
  palette: boolean;
}

export const pngSpec: fc.Arbitrary<PngSpec> = fc.record({
  w: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 64 }) },
    fc.constantFrom(0, 2000, 4000, 8000, 65535, 0x7fffffff, 0xffffffff),
  ),
  h: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 64 }) },
    fc.constantFrom(0, 2000, 4000, 8000, 65535, 0x7fffffff, 0xffffffff),
  ),
  colorType: fc.constantFrom(0, 2, 3, 4, 6, 6, 1, 7),
  bitDepth: fc.constantFrom(8, 8, 16, 1, 2, 4, 3),
  interlace: fc.constantFrom(0, 0, 0, 1, 2),
  idat: fc.constantFrom('exact' as const, 'exact' as const, 'short' as const, 'none' as const, 'garbage' as const),
  palette: fc.boolean(),
});

const zeroDeflate = new Map<number, Buffer>();

/** A PNG with any header; its pixel data is zeros, compressed, up to 64 MB raw (a decompression bomb that fits in a 200 kB logo). */
export function png(s: PngSpec): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s.w >>> 0, 0);
  ihdr.writeUInt32BE(s.h >>> 0, 4);
  ihdr[8] = s.bitDepth;
  ihdr[9] = s.colorType;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = s.interlace;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[s.colorType] ?? 4;
  const raw = Math.min(64 * 1024 * 1024, s.h * (1 + Math.ceil((s.w * channels * s.bitDepth) / 8)));
  let idat: Buffer | undefined;
  if (s.idat === 'exact') {
    const key = Math.max(1, raw);
    idat = zeroDeflate.get(key);
    if (!idat) {
      idat = deflateSync(Buffer.alloc(key), { level: 9 });
      zeroDeflate.set(key, idat);
    }
  } else if (s.idat === 'short') idat = deflateSync(Buffer.alloc(3));
  else if (s.idat === 'garbage') idat = Buffer.from('not zlib data at all');
  return Buffer.concat([
    PNG_1X1.subarray(0, 8),
    chunk('IHDR', ihdr),
    ...(s.palette ? [chunk('PLTE', Buffer.alloc(6))] : []),
    ...(idat ? [chunk('IDAT', idat)] : []),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const logoBytes: fc.Arbitrary<{ bytes: Buffer; type: string }> = fc.oneof(
  fc.tuple(pngSpec, fc.array(byteMutation, { maxLength: 1 })).map(([s, ms]) => ({ bytes: mutateBytes(png(s), ms), type: 'image/png' })),
  fc.array(byteMutation, { maxLength: 3 }).map((ms) => ({ bytes: mutateBytes(PNG_1X1, ms), type: 'image/png' })),
  fc.array(byteMutation, { maxLength: 3 }).map((ms) => ({ bytes: mutateBytes(JPEG_1X1, ms), type: 'image/jpeg' })),
  randomBytes.map((bytes) => ({ bytes, type: 'image/png' })),
  fc.constant({ bytes: PNG_1X1, type: 'image/jpeg' }),
);

// ---------------------------------------------------------------------------------------------------
// PDFs

/** A PDF made without the app: any page text, and an attachment named as the app names its own. */
export interface ForgedPdf {
  lines: string[];
  pages: number;
  attachment: string | undefined;
  attachmentName: string;
}

export async function forgePdf(f: ForgedPdf): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  const parts: Buffer[] = [];
  doc.on('data', (c: Buffer) => parts.push(c));
  const done = new Promise<void>((ok) => doc.on('end', () => ok()));
  for (let p = 0; p < Math.max(1, f.pages); p++) {
    doc.addPage({ size: 'A4' });
    for (const l of f.lines) doc.text(l.replace(/[^\x20-\x7e]/g, '?'));
  }
  if (f.attachment !== undefined) doc.file(Buffer.from(f.attachment, 'utf8'), { name: f.attachmentName, type: 'application/json' });
  doc.end();
  await done;
  return Buffer.concat(parts);
}

/**
 * An attachment the verifier will take seriously: the genuine one with some fields changed and, when
 * the changed input still validates, the verification code recomputed so it matches (anyone can).
 */
export function forgeAttachment(genuine: Record<string, unknown>, ms: Mutation[], fixCode: boolean): { text: string; kode: string } {
  const l = mutate(genuine, ms) as Record<string, unknown>;
  let kode = typeof l?.kode === 'string' ? l.kode : 'XXXXXXXXXXXX';
  if (fixCode && l && typeof l === 'object') {
    try {
      const { mentah } = bacaMasukan(l.masukan);
      kode = kodeVerifikasi(mentah, String(l.versiAturan));
      l.kode = kode;
    } catch {
      /* input no longer valid: keep the code as it is */
    }
  }
  return { text: serialize(l), kode };
}

export { NAMA_LAMPIRAN };

// ---------------------------------------------------------------------------------------------------
// The batch's hidden field

// The app signs it (`time.packed.hmac`, src/web/batch.ts). The fuzzed app is given this key, so the
// fuzzer signs what it made up: the worst case, an attacker who knows the key, reaches the unpacking.
export const FUZZ_KUNCI_BATCH = Buffer.alloc(32, 7);
export const sign = (packed: string): string => {
  const body = `${Date.now()}.${packed}`;
  return `${body}.${createHmac('sha256', FUZZ_KUNCI_BATCH).update(body).digest('base64url')}`;
};
/** The packed rows of a signed field (between the first and the last dot). */
export const packed = (signed: string): string => signed.slice(signed.indexOf('.') + 1, signed.lastIndexOf('.'));
export const unpack = (muatan: string): unknown => JSON.parse(gunzipSync(Buffer.from(packed(muatan), 'base64')).toString('utf8'));
export const pack = (json: string): string => sign(gzipSync(Buffer.from(json, 'utf8')).toString('base64'));

const bombs = new Map<string, Promise<string>>();

/** gzip of `total` bytes: zeros, or a JSON document that is valid but huge. Cached: made once per size. */
export function bomb(kind: 'zeros' | 'json', totalMb: number): Promise<string> {
  const key = `${kind}:${totalMb}`;
  let p = bombs.get(key);
  if (!p) {
    p = new Promise<string>((ok, no) => {
      const gz = createGzip({ level: 9 });
      const out: Buffer[] = [];
      gz.on('data', (c: Buffer) => out.push(c));
      gz.on('end', () => ok(Buffer.concat(out).toString('base64')));
      gz.on('error', no);
      const mb = Buffer.alloc(1024 * 1024, kind === 'zeros' ? 0 : 0x78);
      if (kind === 'json') gz.write('{"v":1,"format":"csv","jumlahBaris":1,"orang":[],"nama":"');
      let i = 0;
      const write = () => {
        while (i < totalMb) {
          i++;
          if (!gz.write(mb)) {
            gz.once('drain', write);
            return;
          }
        }
        if (kind === 'json') gz.write('"}');
        gz.end();
      };
      write();
    });
    bombs.set(key, p);
  }
  return p;
}

export type MuatanSpec =
  | { kind: 'genuine'; which: number }
  | { kind: 'mutated'; which: number; ms: Mutation[]; persons: number }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; which: number; ms: ByteMutation[] }
  | { kind: 'bomb'; bomb: 'zeros' | 'json'; mb: number };

export const muatanSpec: fc.Arbitrary<MuatanSpec> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('genuine' as const), which: fc.nat() }) },
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('mutated' as const),
      which: fc.nat(),
      ms: fc.array(mutation, { minLength: 1, maxLength: 4 }),
      persons: fc.oneof(
        { weight: 16, arbitrary: fc.constant(1) },
        { weight: 3, arbitrary: fc.integer({ min: 2, max: 50 }) },
        { weight: 1, arbitrary: fc.integer({ min: 50, max: 30_000 }) },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      text: fc.oneof(oddString, fc.constantFrom('H4sI', 'H4sIAAAAAAAAA', '====', 'eyJ2IjoxfQ==', 'data:,x')),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bytes' as const),
      which: fc.nat(),
      ms: fc.array(byteMutation, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bomb' as const),
      bomb: fc.constantFrom('zeros' as const, 'json' as const),
      mb: fc.constantFrom(1, 64, 200, 300),
    }),
  },
);

/** The hidden field's text for a spec, from the genuine fields `genuine` (as the app wrote them). */
export async function muatan(spec: MuatanSpec, genuine: string[]): Promise<string> {
  switch (spec.kind) {
    case 'genuine':
      return genuine[spec.which % genuine.length]!;
    case 'text':
      return spec.text;
    case 'bomb':
      return sign(await bomb(spec.bomb, spec.mb));
    case 'bytes':
      return sign(
        mutateBytes(gunzipSync(Buffer.from(packed(genuine[spec.which % genuine.length]!), 'base64')), spec.ms).toString('base64'),
      );
    case 'mutated': {
      const m = unpack(genuine[spec.which % genuine.length]!) as Record<string, unknown>;
      if (spec.persons > 1 && Array.isArray(m.orang) && m.orang.length) {
        const one = m.orang;
        // At most about 40 MB of JSON in the test's own memory (the app allows 256 MB once inflated).
        const n = Math.min(spec.persons, Math.floor(40_000_000 / Math.max(1, serialize(one).length / one.length)));
        m.orang = Array.from({ length: n }, (_, i) => one[i % one.length]);
      }
      const json = serialize(mutate(m, spec.ms));
      return pack(json.length > 60_000_000 ? json.slice(0, 60_000_000) : json);
    }
  }
}
