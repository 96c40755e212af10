// The verification code: a digest of the validated input (canonical JSON, keys sorted) and the
// rules version, shortened to 12 Crockford base-32 characters (60 bits) so a person can type it.
// It is a checksum, not a signature: it shows that an input and a sheet belong together, and
// that the attached data was not edited; anyone can compute it.
import * as crypto from 'node:crypto';
import paket from '../../package.json' with { type: 'json' };

/** Who signed the document and when (src/tanda/tanda.ts signs it): stored in the attachment as `penanda`. */
export interface Penanda {
  /** Raw Ed25519 public key, base64url. */
  kunci: string;
  /** Signing time (ISO 8601, UTC): the calculation date unless the office configured otherwise. */
  waktu: string;
  /** Present when the PDF also carries a PAdES signature: the signer named on the visible field. */
  pades?: { nama: string };
}

export const NAMA_LAMPIRAN = 'angka-kredit-jf.json';
/** @2: the attachment holds everything the renderer used, so verification can rebuild the file byte for byte. */
export const FORMAT_LAMPIRAN = 'angka-kredit-jf/lembar@2';
/** @1 kept the logo's digest only and not the QR address: its sheets cannot be rebuilt exactly. */
export const FORMAT_LAMPIRAN_LAMA = 'angka-kredit-jf/lembar@1';
/** Written into every sheet, so a sheet that no longer rebuilds exactly can say which version made it. */
export const VERSI_APLIKASI: string = paket.version;

/**
 * The attached JSON's largest size: the input (web bodies are at most 600 kB with a logo) written
 * with indentation, and the logo's data URL. The verifier inflates no more than this.
 */
export const MAKS_LAMPIRAN_BYTE = 2 * 1024 * 1024;
export const MAKS_ALAMAT_VERIFIKASI = 500;

/** What every PDF carries as its attached file: everything the renderer used, and nothing else. */
export interface Lampiran {
  format: typeof FORMAT_LAMPIRAN;
  versiAplikasi: string;
  jenis: string;
  kode: string;
  versiAturan: string;
  /** Printed in the QR code (with ?kode=…). */
  alamatVerifikasi?: string;
  /** The validated input (as bacaMasukan returns it), including identitas. */
  masukan: unknown;
  /** The validated document fields, the logo's data URL included. */
  dokumen: unknown;
  /** The figures the sheet prints, by label. */
  angka: Record<string, string>;
  /** Who signs (office key, signing time, PAdES signer): inside the signed data (src/tanda/tanda.ts). */
  penanda?: Penanda;
  /** Ed25519 signature over the digest of everything above; the one member it does not cover. */
  tanda?: string;
}

/** JSON with object keys sorted at every level; undefined members dropped, as JSON.stringify does. */
export function canonicalJson(v: unknown): string {
  // Loops rather than filter/sort/map/join: the batch computes this for every person (tens of thousands).
  if (typeof v === 'string') return kutip(v);
  if (Array.isArray(v)) {
    let s = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) s += ',';
      const x: unknown = v[i];
      s += x === undefined ? 'null' : canonicalJson(x);
    }
    return s + ']';
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const kunci = Object.keys(o);
    const { urutan, awalan } = bentukDari(kunci);
    let s = '{';
    for (let j = 0; j < urutan.length; j++) {
      const x = o[kunci[urutan[j]!]!];
      if (x === undefined) continue;
      s += s.length > 1 ? ',' + awalan[j]! + canonicalJson(x) : awalan[j]! + canonicalJson(x);
    }
    return s + '}';
  }
  return JSON.stringify(v);
}

/** A string as JSON: only quotes, backslashes, control characters and lone surrogates need JSON.stringify. */
function kutip(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(s);
  }
  return '"' + s + '"';
}

/** An object shape's keys in sorted order (as indices into its Object.keys) and each one quoted with its colon. */
interface Bentuk {
  urutan: number[];
  awalan: string[];
}
interface Simpul {
  anak: Map<string, Simpul>;
  bentuk?: Bentuk;
}

// Every person's input has the same few shapes, so each shape is sorted and quoted once: a trie on the
// keys in Object.keys order (no joined string to build or hash). Bounded, for inputs with odd keys.
const akar: Simpul = { anak: new Map() };
const MAKS_SIMPUL = 10_000;
let jumlahSimpul = 0;

function bentukDari(kunci: string[]): Bentuk {
  let simpul = akar;
  for (let i = 0; i < kunci.length; i++) {
    let anak = simpul.anak.get(kunci[i]!);
    if (!anak) {
      if (jumlahSimpul >= MAKS_SIMPUL) return bentukBaru(kunci);
      anak = { anak: new Map() };
      simpul.anak.set(kunci[i]!, anak);
      jumlahSimpul++;
    }
    simpul = anak;
  }
  return (simpul.bentuk ??= bentukBaru(kunci));
}

function bentukBaru(kunci: string[]): Bentuk {
  // Keys are distinct, so this is the order of the default sort (UTF-16 code units).
  const urutan = kunci.map((_, i) => i).sort((a, b) => (kunci[a]! < kunci[b]! ? -1 : 1));
  return { urutan, awalan: urutan.map((i) => `${JSON.stringify(kunci[i])}:`) };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const satuKali = (crypto as { hash?: (alg: string, data: string, enc: 'buffer') => Buffer }).hash;

export function kodeVerifikasi(masukanTervalidasi: unknown, versiAturan: string): string {
  const teks = canonicalJson({ masukan: masukanTervalidasi, versiAturan });
  // One-shot crypto.hash where Node has it (20.12+): the same digest without a Hash object per call.
  const d = satuKali ? satuKali('sha256', teks, 'buffer') : crypto.createHash('sha256').update(teks).digest();
  // The first 60 bits, 5 at a time: from two 32-bit words without BigInt.
  const hi = d.readUInt32BE(0);
  const lo = d.readUInt32BE(4);
  let s = '';
  for (let i = 0; i < 12; i++) {
    const geser = 64 - 5 * (i + 1);
    const n = geser >= 32 ? (hi >>> (geser - 32)) & 31 : geser > 27 ? ((hi << (32 - geser)) | (lo >>> geser)) & 31 : (lo >>> geser) & 31;
    s += CROCKFORD[n];
  }
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** As typed by a person: any case, with or without dashes/spaces; O→0 and I/L→1 as Crockford reads them. */
export function rapikanKode(kode: string): string | undefined {
  const s = kode.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(s)) return undefined;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
