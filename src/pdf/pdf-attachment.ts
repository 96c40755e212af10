// Reads the attached data out of an uploaded PDF without a PDF library. Only a file this app's renderer
// wrote can verify, so the reader may be as strict as PDFKit's output is regular: exactly one
// "/Type /EmbeddedFile" stream object, a direct /Length, /Filter /FlateDecode, inflated with a ceiling.
// No page is ever decoded and hostile bytes never reach pdf.js; anything unusual is simply refused.
import { inflateSync } from 'node:zlib';

export type AttachmentProblem = 'tidak-ada' | 'lebih-dari-satu' | 'bentuk' | 'terlalu-besar' | 'rusak';

export type AttachmentRead = { isi: Buffer } | { galat: AttachmentProblem };

const PENANDA = Buffer.from('/Type /EmbeddedFile\n', 'latin1');
const AWAL_ALIRAN = Buffer.from('>>\nstream\n', 'latin1');
const AKHIR_ALIRAN = Buffer.from('\nendstream\nendobj\n', 'latin1');
/** PDFKit writes the dictionary (type, params with dates, checksum and size, subtype, length, filter) in a few hundred bytes. */
const MAKS_KAMUS = 1024;

function sebagaiBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The attached file's bytes, inflated to at most `maksByte`; or why it cannot be read. */
export function readPdfAttachment(bytes: Uint8Array, maksByte: number): AttachmentRead {
  const buf = sebagaiBuffer(bytes);
  const letak = buf.indexOf(PENANDA);
  if (letak < 0) return { galat: 'tidak-ada' };
  if (buf.indexOf(PENANDA, letak + PENANDA.length) >= 0) return { galat: 'lebih-dari-satu' };

  // "N 0 obj\n<<\n/Type /EmbeddedFile\n … >>\nstream\n": the object header just before, the stream just after.
  const sebelum = buf.subarray(Math.max(0, letak - 24), letak).toString('latin1');
  if (!/(?:^|\n)\d{1,7} 0 obj\n<<\n$/.test(sebelum)) return { galat: 'bentuk' };
  const ujungKamus = buf.subarray(letak, letak + MAKS_KAMUS).indexOf(AWAL_ALIRAN);
  if (ujungKamus < 0) return { galat: 'bentuk' };
  const kamus = buf.subarray(letak, letak + ujungKamus).toString('latin1');
  // A direct integer only: an indirect "/Length 12 0 R" would send a reader elsewhere in the file.
  const panjang = [...kamus.matchAll(/\n\/Length ([^\n]*)/g)];
  const filter = [...kamus.matchAll(/\n\/Filter ([^\n]*)/g)];
  if (panjang.length !== 1 || !/^\d{1,8}$/.test(panjang[0]![1]!)) return { galat: 'bentuk' };
  if (filter.length !== 1 || filter[0]![1] !== '/FlateDecode' || kamus.includes('/DecodeParms')) return { galat: 'bentuk' };

  const awal = letak + ujungKamus + AWAL_ALIRAN.length;
  const akhir = awal + Number(panjang[0]![1]);
  if (akhir + AKHIR_ALIRAN.length > buf.length || !buf.subarray(akhir, akhir + AKHIR_ALIRAN.length).equals(AKHIR_ALIRAN)) {
    return { galat: 'rusak' };
  }
  try {
    // Stops as soon as the output passes the ceiling: a stream of a few kB that inflates to gigabytes costs nothing.
    return { isi: inflateSync(buf.subarray(awal, akhir), { maxOutputLength: maksByte }) };
  } catch (e) {
    return { galat: (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'terlalu-besar' : 'rusak' };
  }
}

/** Cheap facts about a file's structure, to say how an upload differs from what the app makes. */
export interface PdfFacts {
  ukuran: number;
  /** Starts with "%PDF-". */
  pdf: boolean;
  /** "%%EOF" markers: PDFKit writes one; every incremental update adds one. */
  akhirBerkas: number;
  objek: number;
  anotasi: number;
  gambar: number;
  /** An embedded DejaVu Sans subset: every sheet of this version embeds DejaVu Sans Condensed; earlier ones used Helvetica. */
  dejaVu: boolean;
  /** Verification codes named in the document information (Subject, Keywords), which PDFKit writes uncompressed. */
  kodeInfo: string[];
}

export function pdfFacts(bytes: Uint8Array): PdfFacts {
  const buf = sebagaiBuffer(bytes);
  return {
    ukuran: buf.length,
    pdf: buf.subarray(0, 5).toString('latin1') === '%PDF-',
    akhirBerkas: hitungNama(buf, '%%EOF', false),
    objek: hitungNama(buf, 'endobj', false),
    // An annotation needs a page's /Annots to be shown; its own /Type /Annot is optional.
    anotasi: Math.max(hitungNama(buf, '/Annot', true), hitungNama(buf, '/Annots', true)),
    gambar: hitungNama(buf, '/Image', true),
    dejaVu: buf.indexOf('+DejaVuSans') >= 0,
    kodeInfo: kodeDalamInfo(buf),
  };
}

function kodeDalamInfo(buf: Buffer): string[] {
  const kode = new Set<string>();
  const cari = Buffer.from('kode verifikasi ', 'latin1');
  let i = buf.indexOf(cari);
  for (let n = 0; i >= 0 && n < 10; n++, i = buf.indexOf(cari, i + cari.length)) {
    const m = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(buf.subarray(i + cari.length, i + cari.length + 14).toString('latin1'));
    if (m) kode.add(m[0]);
  }
  return [...kode];
}

// Bytes that end a PDF name (white space and delimiters, PDF 32000 §7.2.2): "/Image" but not "/ImageB".
const AKHIR_NAMA = new Set([0, 9, 10, 12, 13, 32, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function hitungNama(buf: Buffer, teks: string, nama: boolean): number {
  const cari = Buffer.from(teks, 'latin1');
  let n = 0;
  for (let i = buf.indexOf(cari); i >= 0; i = buf.indexOf(cari, i + cari.length)) {
    const sesudah = buf[i + cari.length];
    if (!nama || sesudah === undefined || AKHIR_NAMA.has(sesudah)) n++;
  }
  return n;
}
