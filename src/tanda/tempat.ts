// The PAdES placeholder without any cryptography (no node-forge, which takes a worker ~150 ms to load):
// where the renderer left room for the signature, filling in its ByteRange, and reading an uploaded
// file's signature strictly enough that a hostile file never reaches a PDF or ASN.1 parser unbounded.

/** Bytes reserved for the CMS: a 4096-bit key with a chain of three certificates fits with room to spare. */
export const UKURAN_TANDA_PADES = 16_384;
/** What PDFKit writes for the placeholder: ByteRange numbers replaced in place, padded with spaces. */
export const BYTE_RANGE_KOSONG = '[0 /********** /********** /**********]';

/** Where the placeholder is: offsets of "<" and just after ">" of /Contents, and of the ByteRange array. */
interface Letak {
  awalIsi: number;
  akhirIsi: number;
  awalRange: number;
}

export function cariPlaceholder(pdf: Buffer): Letak | undefined {
  const kunciRange = Buffer.from(`/ByteRange ${BYTE_RANGE_KOSONG}`, 'latin1');
  const i = pdf.indexOf(kunciRange);
  if (i < 0 || pdf.indexOf(kunciRange, i + 1) >= 0) return undefined;
  const isi = Buffer.from('/Contents <', 'latin1');
  const j = pdf.indexOf(isi, i);
  if (j < 0 || j - i > 300) return undefined;
  const awalIsi = j + isi.length - 1;
  const akhirIsi = awalIsi + 2 + 2 * UKURAN_TANDA_PADES;
  if (pdf[akhirIsi - 1] !== 0x3e) return undefined;
  return { awalIsi, akhirIsi, awalRange: i + '/ByteRange '.length };
}

/** The ByteRange filled in (deterministic: it depends only on where the placeholder lies). Without a placeholder, the PDF as it is. */
export function isiByteRange(pdf: Buffer): Buffer {
  const l = cariPlaceholder(pdf);
  if (!l) return pdf;
  const teks = `[0 ${l.awalIsi} ${l.akhirIsi} ${pdf.length - l.akhirIsi}]`.padEnd(BYTE_RANGE_KOSONG.length, ' ');
  const hasil = Buffer.from(pdf);
  hasil.write(teks, l.awalRange, 'latin1');
  return hasil;
}

export type BacaanPades =
  { ada: false } | { ada: true; tanpaIsi: Buffer; cms: Buffer; awalIsi: number; akhirIsi: number } | { ada: true; galat: string };

/**
 * An uploaded file's PAdES signature, read strictly: exactly one ByteRange, which must be the app's
 * own layout (0, start of /Contents, its end, the rest of the file), the hole holding hex digits only.
 * `tanpaIsi` is the file with the CMS zeroed, which is what the rebuild makes.
 */
export function bacaPades(bytes: Buffer): BacaanPades {
  const tanda = Buffer.from('/ByteRange [', 'latin1');
  const i = bytes.indexOf(tanda);
  if (i < 0) return { ada: false };
  if (bytes.indexOf(tanda, i + 1) >= 0)
    return { ada: true, galat: 'PDF ini memuat lebih dari satu tanda tangan (ByteRange), padahal aplikasi ini menulis satu.' };
  const m = /^\[0 (\d{1,10}) (\d{1,10}) (\d{1,10}) *\]/.exec(
    bytes.subarray(i + tanda.length - 1, i + tanda.length + 60).toString('latin1'),
  );
  if (!m) return { ada: true, galat: 'Tanda tangan PAdES pada PDF ini tidak berbentuk seperti yang ditulis aplikasi ini.' };
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (b - a !== 2 + 2 * UKURAN_TANDA_PADES || b + c !== bytes.length || bytes[a] !== 0x3c || bytes[b - 1] !== 0x3e) {
    return {
      ada: true,
      galat: 'Rentang byte tanda tangan PAdES tidak mencakup seluruh berkas: ada yang ditambahkan atau diubah sesudah ditandatangani.',
    };
  }
  const hex = bytes.subarray(a + 1, b - 1).toString('latin1');
  if (!/^[0-9a-fA-F]*$/.test(hex)) return { ada: true, galat: 'Isi tanda tangan PAdES bukan heksadesimal.' };
  const tanpaIsi = Buffer.from(bytes);
  tanpaIsi.fill(0x30, a + 1, b - 1);
  return { ada: true, tanpaIsi, cms: panjangDer(Buffer.from(hex, 'hex')), awalIsi: a, akhirIsi: b };
}

/** The DER value at the start of the zero-padded hole (its own length says where it ends); empty when the header is not DER. */
function panjangDer(b: Buffer): Buffer {
  if (b.length < 2 || b[0] !== 0x30) return Buffer.alloc(0);
  const l = b[1]!;
  if (l < 0x80) return b.subarray(0, 2 + l);
  const n = l & 0x7f;
  if (n === 0 || n > 3 || b.length < 2 + n) return Buffer.alloc(0);
  let panjang = 0;
  for (let i = 0; i < n; i++) panjang = panjang * 256 + b[2 + i]!;
  return 2 + n + panjang > b.length ? Buffer.alloc(0) : b.subarray(0, 2 + n + panjang);
}
