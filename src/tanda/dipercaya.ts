// The trusted offices: a file the administrator keeps (KANTOR_DIPERCAYA), one entry per public key,
// each with the office's name and the period in which the key was in use. Old keys of this office stay
// here after a rotation, so the documents they signed keep verifying (README: Kunci kantor).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { isTanggal } from '../domain/tanggal.ts';
import { GalatKunci, publikDari, sidikJari } from './kunci.ts';

export interface KantorDipercaya {
  nama: string;
  /** Raw Ed25519 public key, base64url. */
  kunci: string;
  /** First and last day (YYYY-MM-DD) on which documents signed with this key are accepted. */
  berlakuMulai?: string;
  berlakuSampai?: string;
}

const tanggal = (label: string) => z.string().refine(isTanggal, `${label} harus tanggal TTTT-BB-HH.`).optional();

const entrySchema = z
  .strictObject({
    nama: z.string().trim().min(1, 'nama wajib diisi.').max(200),
    kunci: z
      .string()
      .trim()
      .refine(
        (k) => publikDari(k) !== undefined,
        'kunci harus kunci publik Ed25519 (43 karakter base64url, seperti yang ditampilkan /verifikasi/kunci).',
      ),
    berlakuMulai: tanggal('berlakuMulai'),
    berlakuSampai: tanggal('berlakuSampai'),
  })
  .refine((e) => !e.berlakuMulai || !e.berlakuSampai || e.berlakuMulai <= e.berlakuSampai, 'berlakuMulai harus sebelum berlakuSampai.');

const daftarSchema = z.strictObject({ kantor: z.array(entrySchema).max(1000) });

/** Reads and checks the list; a bad file stops start-up with the entry and field named. */
export function bacaDaftarDipercaya(teks: string, asal: string): KantorDipercaya[] {
  let data: unknown;
  try {
    data = parse(teks, { uniqueKeys: true });
  } catch (e) {
    throw new GalatKunci(`${asal}: bukan YAML/JSON yang sah (${(e as Error).message.split('\n')[0]}).`);
  }
  const r = daftarSchema.safeParse(data ?? { kantor: [] });
  if (!r.success)
    throw new GalatKunci(`${asal}: ${r.error.issues.map((i) => `${i.path.join('.') || '(berkas)'}: ${i.message}`).join('; ')}`);
  const entri = r.data.kantor.map((e) => ({ ...e, kunci: e.kunci.trim() }));
  const ganda = entri.find((e, i) => entri.findIndex((x) => x.kunci === e.kunci) !== i);
  if (ganda) throw new GalatKunci(`${asal}: kunci ${sidikJari(ganda.kunci)} tercantum lebih dari sekali; satu kunci, satu entri.`);
  return entri;
}

export function muatDaftarDipercaya(berkas: string | undefined): KantorDipercaya[] {
  if (!berkas) return [];
  let teks: string;
  try {
    teks = readFileSync(berkas, 'utf8');
  } catch {
    throw new GalatKunci(`Daftar kantor tepercaya ${berkas} (KANTOR_DIPERCAYA) tidak dapat dibaca.`);
  }
  return bacaDaftarDipercaya(teks, `Daftar kantor tepercaya ${berkas}`);
}
