// The office key: an Ed25519 key pair that signs every document this instance renders. Made on first
// start in the data folder (private permissions), or given by the administrator as a PKCS#8 PEM file.
// Only the public key ever leaves this module in readable form: /verifikasi/kunci shows it to share.
import * as crypto from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NAMA_BERKAS_KUNCI = 'kunci-kantor.pem';

/** The key pair as the signer uses it. `publik` is the raw 32-byte public key in base64url. */
export interface KunciKantor {
  privat: crypto.KeyObject;
  publik: string;
  sidikJari: string;
}

/** A key problem the administrator must fix: the message names the file, never the key's content. */
export class GalatKunci extends Error {
  override name = 'GalatKunci';
}

/** The raw 32-byte Ed25519 public key, base64url (43 characters): what the QR code and the trusted list carry. */
export function publikMentah(k: crypto.KeyObject): string {
  const jwk = k.export({ format: 'jwk' }) as { x?: string };
  if (!jwk.x) throw new GalatKunci('Kunci bukan kunci Ed25519.');
  return jwk.x;
}

/** A public key from its raw base64url form; undefined when it is not 32 bytes. */
export function publikDari(mentah: string): crypto.KeyObject | undefined {
  if (!/^[A-Za-z0-9_-]{43}$/.test(mentah)) return undefined;
  try {
    return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: mentah }, format: 'jwk' });
  } catch {
    return undefined;
  }
}

/**
 * Fingerprint of a public key, for people to compare by reading: SHA-256 of the raw key, the first
 * 128 bits as 32 hexadecimal digits in groups of four.
 */
export function sidikJari(mentah: string): string {
  const h = crypto.createHash('sha256').update(Buffer.from(mentah, 'base64url')).digest('hex').slice(0, 32).toUpperCase();
  return h.match(/.{4}/g)!.join(' ');
}

/** The public key as SPKI PEM, the form openssl and other tools read. */
export function pemPublik(mentah: string): string {
  const k = publikDari(mentah);
  if (!k) throw new GalatKunci('Kunci publik tidak sah.');
  return k.export({ type: 'spki', format: 'pem' }).toString();
}

export function kunciDariPem(pem: string, asal: string): KunciKantor {
  let privat: crypto.KeyObject;
  try {
    privat = crypto.createPrivateKey(pem);
  } catch {
    throw new GalatKunci(`${asal} bukan kunci privat PEM (PKCS#8) yang dapat dibaca.`);
  }
  if (privat.asymmetricKeyType !== 'ed25519')
    throw new GalatKunci(`${asal} bukan kunci Ed25519 (jenisnya ${privat.asymmetricKeyType ?? 'tidak dikenal'}).`);
  const publik = publikMentah(crypto.createPublicKey(privat));
  return { privat, publik, sidikJari: sidikJari(publik) };
}

/** The key as PKCS#8 PEM, to hand to the worker threads (never logged, never written elsewhere). */
export function pemPrivat(k: KunciKantor): string {
  return k.privat.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/**
 * The office key: from `berkasKunci` when the administrator gives one; else `DATA_DIR/kunci-kantor.pem`,
 * made (folder 0700, file 0600) when it does not exist yet and `buat` allows it.
 */
export function muatKunciKantor(o: { dataDir: string; berkasKunci?: string; buat?: boolean }): KunciKantor | undefined {
  if (o.berkasKunci) {
    let pem: string;
    try {
      pem = readFileSync(o.berkasKunci, 'utf8');
    } catch {
      throw new GalatKunci(`Berkas kunci kantor ${o.berkasKunci} (KUNCI_KANTOR) tidak dapat dibaca.`);
    }
    return kunciDariPem(pem, `Berkas kunci kantor ${o.berkasKunci} (KUNCI_KANTOR)`);
  }
  const dir = resolve(o.dataDir);
  const berkas = join(dir, NAMA_BERKAS_KUNCI);
  if (existsSync(berkas)) {
    // A key others can read is a key others may have copied: refuse rather than sign with it.
    if (process.platform !== 'win32' && (statSync(berkas).mode & 0o077) !== 0) {
      throw new GalatKunci(`Berkas kunci kantor ${berkas} dapat dibaca pengguna lain; jalankan \`chmod 600 ${berkas}\` lalu mulai ulang.`);
    }
    return kunciDariPem(readFileSync(berkas, 'utf8'), `Berkas kunci kantor ${berkas}`);
  }
  if (o.buat === false) return undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    // 'wx': never overwrite a key another process has just written.
    writeFileSync(berkas, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as { code?: string }).code !== 'EEXIST')
      throw new GalatKunci(`Kunci kantor tidak dapat dibuat di ${dir} (DATA_DIR): ${(e as Error).message}`);
  }
  return kunciDariPem(readFileSync(berkas, 'utf8'), `Berkas kunci kantor ${berkas}`);
}
