// Passwords: scrypt (node:crypto) with a random 16-byte salt per user; the parameters are stored with
// the hash so they can be raised later without breaking old accounts. Compared in constant time.
import * as crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (
  sandi: crypto.BinaryLike,
  garam: crypto.BinaryLike,
  panjang: number,
  opsi: crypto.ScryptOptions,
) => Promise<Buffer>;

/** N = 2^15, r = 8, p = 1: about 32 MiB and a tenth of a second per check on a small server (OWASP's minimum is 2^17 with r = 8 for ~128 MiB; 2^15 keeps logins usable on 2-core hosts). */
const N = 2 ** 15;
const R = 8;
const P = 1;
const PANJANG = 32;
const maksMemori = (n: number, r: number) => 128 * n * r * 2;

export const SANDI_MIN = 10;
export const SANDI_MAKS = 200;

/** The Indonesian message for a password that is too short or long, else undefined. */
export function masalahSandi(sandi: string): string | undefined {
  if (sandi.length < SANDI_MIN) return `Sandi paling sedikit ${SANDI_MIN} karakter.`;
  if (sandi.length > SANDI_MAKS) return `Sandi paling banyak ${SANDI_MAKS} karakter.`;
  return undefined;
}

export async function hashSandi(sandi: string): Promise<string> {
  const garam = crypto.randomBytes(16);
  const h = await scrypt(sandi.normalize('NFC'), garam, PANJANG, { N, r: R, p: P, maxmem: maksMemori(N, R) });
  return `scrypt$${N}$${R}$${P}$${garam.toString('base64url')}$${h.toString('base64url')}`;
}

export async function cocokSandi(sandi: string, tersimpan: string): Promise<boolean> {
  const b = tersimpan.split('$');
  if (b.length !== 6 || b[0] !== 'scrypt') return false;
  const [n, r, p] = [Number(b[1]), Number(b[2]), Number(b[3])];
  // Bounds on stored parameters: a tampered row must not make a login allocate gigabytes.
  if (
    !Number.isInteger(n) ||
    n < 2 ** 10 ||
    n > 2 ** 20 ||
    !Number.isInteger(r) ||
    r < 1 ||
    r > 32 ||
    !Number.isInteger(p) ||
    p < 1 ||
    p > 4
  )
    return false;
  const harap = Buffer.from(b[5]!, 'base64url');
  if (harap.length < 16) return false;
  const h = await scrypt(sandi.normalize('NFC'), Buffer.from(b[4]!, 'base64url'), harap.length, { N: n, r, p, maxmem: maksMemori(n, r) });
  return crypto.timingSafeEqual(h, harap);
}

/** A hash of no one's password, checked against when the name is unknown so both answers take as long. */
let hashPalsu: Promise<string> | undefined;
export function hashTiruan(): Promise<string> {
  hashPalsu ??= hashSandi(crypto.randomBytes(18).toString('base64url'));
  return hashPalsu;
}
