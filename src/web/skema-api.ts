// Request shapes of the JSON API beyond the input document (which is src/input/schema.ts).
import { z } from 'zod';

const teksKlaim = z.union([z.string(), z.number()], { error: 'Angka yang diperiksa harus teks seperti "2,083" atau angka.' })
  .transform((v) => String(v)).pipe(z.string().max(40, 'Paling banyak 40 karakter.'));

export const klaimSchema = z.strictObject({
  konversi: z.array(teksKlaim.nullable(), { error: 'konversi harus daftar angka per baris konversi (null untuk baris yang tidak diperiksa).' }).max(600).optional(),
  jumlahKonversi: teksKlaim.optional(),
  kumulatif: teksKlaim.optional(),
}, { error: 'klaim harus objek dengan konversi, jumlahKonversi, dan/atau kumulatif.' });

export const validasiSchema = z.object({
  masukan: z.unknown(),
  klaim: klaimSchema,
}, { error: 'Badan permintaan harus objek JSON dengan "masukan" dan "klaim".' });
