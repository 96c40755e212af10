// The verification code: a digest of the validated input (canonical JSON, keys sorted) and the
// rules version, shortened to 12 Crockford base-32 characters (60 bits) so a person can type it.
// It is a checksum, not a signature: it shows that an input and a sheet belong together, and
// that the attached data was not edited; anyone can compute it.
import { createHash } from 'node:crypto';

export const NAMA_LAMPIRAN = 'angka-kredit-jf.json';
export const FORMAT_LAMPIRAN = 'angka-kredit-jf/lembar@1';

/** What every PDF carries as its attached file. */
export interface Lampiran {
  format: typeof FORMAT_LAMPIRAN;
  jenis: string;
  kode: string;
  versiAturan: string;
  /** The validated input (as bacaMasukan returns it), including identitas. */
  masukan: unknown;
  /** The document fields without the logo image. */
  dokumen: unknown;
  logoSha256?: string;
  /** The figures the sheet prints, by label. */
  angka: Record<string, string>;
}

/** JSON with object keys sorted at every level; undefined members dropped, as JSON.stringify does. */
export function kanonik(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : kanonik(x))).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${kanonik(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function kodeVerifikasi(masukanTervalidasi: unknown, versiAturan: string): string {
  const digest = createHash('sha256').update(kanonik({ masukan: masukanTervalidasi, versiAturan })).digest();
  let bits = 0n;
  for (const b of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(b);
  let s = '';
  for (let i = 0; i < 12; i++) s += CROCKFORD[Number((bits >> BigInt(64 - 5 * (i + 1))) & 31n)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** As typed by a person: any case, with or without dashes/spaces; O→0 and I/L→1 as Crockford reads them. */
export function rapikanKode(kode: string): string | undefined {
  const s = kode.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(s)) return undefined;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
