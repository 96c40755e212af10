// Native (zlib) deflate for ZIP entries written piece by piece, possibly on different threads. Each piece
// is an independent raw-deflate run ended by a sync flush (byte-aligned, not final), so pieces deflated
// anywhere can be concatenated in order and closed with one empty final block — pigz's technique. CRCs of
// pieces are combined with crc32Gabung, so no thread needs the bytes of another.
import * as zlib from 'node:zlib';
import type { ZipInputFile } from 'fflate';

const POLI = 0xedb88320;
let tabel: Uint32Array | undefined;

/** zlib.crc32 where Node has it (20.15+), else a table CRC-32 (same polynomial, same results). */
export function crc32(data: Uint8Array, awal = 0): number {
  const z = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (z) return z(data, awal);
  if (!tabel) {
    tabel = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLI : c >>> 1;
      tabel[n] = c >>> 0;
    }
  }
  let c = ~awal >>> 0;
  for (let i = 0; i < data.length; i++) c = tabel[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** a(x)·b(x) modulo the CRC polynomial (reflected), as in zlib's crc32_combine. */
function kaliModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLI : b >>> 1;
  }
  return p >>> 0;
}

const X2N: number[] = [];
{
  let p = 0x40000000; // x^1
  X2N[0] = p;
  for (let n = 1; n < 32; n++) X2N[n] = p = kaliModP(p, p);
}

/** x^(n·2^k) modulo p. */
function x2nModP(n: number, k: number): number {
  let p = 0x80000000; // x^0
  while (n) {
    if (n & 1) p = kaliModP(X2N[k & 31]!, p);
    n = Math.floor(n / 2);
    k++;
  }
  return p;
}

/** CRC-32 of A followed by B, from crc(A), crc(B) and B's length. */
export function crc32Combine(crcA: number, crcB: number, panjangB: number): number {
  return (kaliModP(x2nModP(panjangB, 3), crcA) ^ crcB) >>> 0;
}

/** One independent, byte-aligned, non-final deflate run of `data`. */
export function deflateChunks(data: Uint8Array, level = 1): Uint8Array<ArrayBuffer> {
  return zlib.deflateRawSync(data as Uint8Array<ArrayBuffer>, { level, finishFlush: zlib.constants.Z_SYNC_FLUSH });
}

/** An empty final block (BFINAL=1, fixed Huffman): closes a stream of sync-flushed pieces. */
const AKHIR = new Uint8Array([3, 0]);

/**
 * A ZIP entry (for fflate's Zip) deflated natively: `push` deflates here, `pushTermampat` takes pieces
 * already deflated by deflateKeping elsewhere, with their CRC and uncompressed length.
 */
export class DeflateFile implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  readonly flag: number;
  /** Set by fflate's Zip when the file is added, before the first push. */
  ondata!: NonNullable<ZipInputFile['ondata']>;

  constructor(
    readonly filename: string,
    private readonly level = 1,
  ) {
    this.flag = level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0;
  }

  push(data: Uint8Array, final = false): void {
    this.pushTermampat(data.length ? deflateChunks(data, this.level) : new Uint8Array(0), crc32(data), data.length, final);
  }

  pushTermampat(termampat: Uint8Array, crc: number, panjang: number, final = false): void {
    this.crc = crc32Combine(this.crc, crc, panjang);
    this.size += panjang;
    if (!final) {
      if (termampat.length) this.ondata(null, termampat as Uint8Array<ArrayBuffer>, false);
      return;
    }
    const akhir = new Uint8Array(termampat.length + 2);
    akhir.set(termampat);
    akhir.set(AKHIR, termampat.length);
    this.ondata(null, akhir, true);
  }
}
