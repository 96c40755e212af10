// Request shapes of the JSON API beyond the input document (which is src/input/schema.ts).
import { z } from 'zod';
import { klaimDalamBatas, pesanBatasAngka } from '../input/batas.ts';

const pesanBatas = pesanBatasAngka('Angka yang diperiksa');

const teksKlaim = z
  .union(
    [
      z.string().max(40, 'Paling banyak 40 karakter.').refine(klaimDalamBatas, pesanBatas),
      // A JSON number printed in exponent notation (1e21, 1e-7) is beyond the bounds either way.
      z.number().refine((v) => !/e/i.test(String(v)) && klaimDalamBatas(String(v)), pesanBatas),
    ],
    { error: 'Angka yang diperiksa harus teks seperti "2,083" atau angka.' },
  )
  .transform((v) => String(v));

export const klaimSchema = z.strictObject(
  {
    konversi: z
      .array(teksKlaim.nullable(), { error: 'konversi harus daftar angka per baris konversi (null untuk baris yang tidak diperiksa).' })
      .max(600, 'Paling banyak 600 angka konversi.')
      .optional(),
    jumlahKonversi: teksKlaim.optional(),
    kumulatif: teksKlaim.optional(),
  },
  { error: 'klaim harus objek dengan konversi, jumlahKonversi, dan/atau kumulatif.' },
);

export const validasiSchema = z.object(
  {
    masukan: z.unknown(),
    klaim: klaimSchema,
  },
  { error: 'Badan permintaan harus objek JSON dengan "masukan" dan "klaim".' },
);
