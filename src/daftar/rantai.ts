// The audit log's hash chain: each row's hash covers its sequence number, the previous row's hash, the
// time, the user, the action and the details, so editing or deleting a row breaks every link after it.
import * as crypto from 'node:crypto';

export const HASH_AWAL = '0'.repeat(64);

export interface IsiBarisAudit {
  urutan: number;
  hashSebelum: string;
  waktu: string;
  oleh: string;
  aksi: string;
  /** The details as stored: canonical JSON (sorted keys). */
  rincian: string;
}

export function hashBaris(b: IsiBarisAudit): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(['angka-kredit-jf/audit@1', b.urutan, b.hashSebelum, b.waktu, b.oleh, b.aksi, b.rincian]))
    .digest('hex');
}

/** Details as canonical JSON: keys sorted, values flat. */
export function rincianKanonik(r: Record<string, string | number | boolean | null>): string {
  const urut: Record<string, string | number | boolean | null> = {};
  for (const k of Object.keys(r).sort()) urut[k] = r[k]!;
  return JSON.stringify(urut);
}
