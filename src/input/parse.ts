import { InputError } from '../domain/galat.ts';
import type { Masukan, Opsi } from '../domain/masukan.ts';
import { masukanSchema, type MasukanTerbaca } from './schema.ts';
import type { z } from 'zod';

export function masalahDariZod(error: z.ZodError): InputError {
  return new InputError(error.issues.map((i) => ({ field: i.path.join('.') || '(berkas)', pesan: i.message })));
}

/** Checks an input document's shape; throws InputError naming each field. */
export function bacaMasukan(data: unknown): {
  masukan: Masukan;
  opsi: Opsi;
  identitas: NonNullable<MasukanTerbaca['identitas']>;
  mentah: MasukanTerbaca;
} {
  const parsed = masukanSchema.safeParse(data);
  if (!parsed.success) throw masalahDariZod(parsed.error);
  const { tampilan, identitas, ...masukan } = parsed.data;
  return {
    masukan: masukan as Masukan,
    opsi: tampilan?.desimal ? { desimal: tampilan.desimal } : {},
    identitas: identitas ?? {},
    mentah: parsed.data,
  };
}
