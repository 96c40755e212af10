// The encodings a CSV or tab-separated text file arrives in, and its text as UTF-8, the one encoding the
// readers take. UTF-8 with or without BOM is read as it is. UTF-16 with its BOM is Excel's "Unicode
// Text" (tab-separated) and some systems' exports. Bytes that are not valid UTF-8 are Windows-1252,
// Excel's "CSV (Comma delimited)" on a Windows laptop: every byte is a character there, so such a file
// always decodes; the summary says it was read so. The text is re-encoded once, before any reader, so
// the fast scan and the sequential reader see the same bytes.
import { isUtf8 } from 'node:buffer';
import { FileError } from './errors.ts';

export type Pengodean = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** What a summary says of each encoding other than UTF-8. */
export const NAMA_PENGODEAN: Record<Pengodean, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Unicode Text)',
  'utf-16be': 'UTF-16 (Unicode Text)',
  'windows-1252': 'Windows-1252',
};

/** The encoding of a text file's bytes. Throws FileError for a UTF-8 BOM followed by bytes that are not UTF-8. */
export function kenaliPengodean(b: Uint8Array): Pengodean {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (isUtf8(b)) return 'utf-8';
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    throw new FileError(
      400,
      'Berkas bertanda UTF-8 tetapi memuat byte yang bukan UTF-8 (berkas rusak atau gabungan dua pengodean). Simpan ulang sebagai "CSV UTF-8 (Comma delimited)" atau .xlsx.',
    );
  return 'windows-1252';
}

/** A growable SharedArrayBuffer (ES2024: in Node 20, not yet in the TypeScript lib this project targets). */
interface SabTumbuh extends SharedArrayBuffer {
  grow(n: number): void;
}
const SabTumbuh = SharedArrayBuffer as unknown as new (n: number, opsi: { maxByteLength: number }) => SabTumbuh;

/** Bytes decoded at a time. */
const KEPING = 1 << 20;

/**
 * The text of `b` in encoding `dari`, as UTF-8 bytes in shared memory (workers read slices of it), at most
 * `maks` bytes: UTF-16 grows by at most half, Windows-1252 at most threefold (€ is three bytes in UTF-8).
 * Throws FileError 413 past `maks`. The UTF-16 BOM is dropped; the text has none.
 */
export function keUtf8(b: Uint8Array, dari: Exclude<Pengodean, 'utf-8'>, maks: number): Uint8Array {
  const dec = new TextDecoder(dari);
  const enc = new TextEncoder();
  const sab = new SabTumbuh(Math.min(maks, Math.max(1024, b.length + (b.length >> 1))), { maxByteLength: Math.max(maks, 1024) });
  let u = new Uint8Array(sab);
  let panjang = 0;
  const tulis = (s: string) => {
    // Each UTF-16 unit takes at most 3 bytes.
    const perlu = panjang + s.length * 3;
    if (perlu > u.length) {
      const baru = Math.min(maks, Math.max(perlu, sab.byteLength * 2));
      if (baru < panjang + enc.encode(s).length)
        throw new FileError(
          413,
          `Berkas terlalu besar setelah diubah ke UTF-8 (lebih dari ${Math.round(maks / 1024 / 1024)} MB); bagi data menjadi beberapa berkas.`,
        );
      if (baru > sab.byteLength) sab.grow(baru);
      u = new Uint8Array(sab, 0, sab.byteLength);
    }
    panjang += enc.encodeInto(s, u.subarray(panjang)).written;
  };
  for (let i = 0; i < b.length; i += KEPING) tulis(dec.decode(b.subarray(i, i + KEPING), { stream: true }));
  tulis(dec.decode());
  return new Uint8Array(sab, 0, panjang);
}
