// The input JSON, as the command line, the API and saved form files share it. zod checks shapes
// and formats here; the engine checks meaning against the rule book.
import { z } from 'zod';
import { JENIS_AK_AWAL } from '../domain/masukan.ts';
import { periksaNip } from './nip.ts';
import { angkaTeks, bulan, pesanBatasTeks, tanggal, TEKS_MAKS, wajib } from './batas.ts';

z.config(z.locales.id());

const teksOpsional = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter.`).optional();
/** An optional name or code (a jenjang, a predikat): absent when blank. */
const kodeOpsional = (label: string) =>
  z
    .string()
    .trim()
    .max(TEKS_MAKS, pesanBatasTeks(label))
    .optional()
    .transform((v) => (v ? v : undefined));

/** A declaration: true, false, or null/absent (not declared). */
const pernyataan = (label: string) =>
  z
    .boolean({ error: `${label}: isi true, false, atau null (belum dinyatakan).` })
    .nullable()
    .optional()
    .describe(`${label}: true (ya), false (tidak), atau null/tidak diisi (belum dinyatakan)`);

export const angkaKreditAwalSchema = z.object({
  jenis: z.enum(JENIS_AK_AWAL, { error: `Jenis angka kredit awal harus salah satu dari: ${JENIS_AK_AWAL.join(', ')}.` }),
  uraian: teksOpsional(200),
  angkaKredit: angkaTeks('Angka kredit', '50 atau 150,63'),
});

export const penilaianSchema = z.object({
  mulai: bulan('Bulan mulai'),
  selesai: bulan('Bulan selesai'),
  predikat: wajib('Predikat'),
  jenjang: kodeOpsional('Jenjang'),
});

export const pakIntegrasiSchema = z.object({
  akKonvensional: angkaTeks('AK kumulatif konvensional', '550,63'),
  jenjang: wajib('Jenjang pada PAK terakhir'),
  golongan: wajib('Golongan ruang pada PAK terakhir'),
  // An empty field of the form means "the rule book's value".
  nilaiDasar: z.preprocess((v) => (v === '' ? undefined : v), angkaTeks('Nilai dasar').optional()),
  keterangan: teksOpsional(200),
});

const periodeCpns = z.object({ mulai: bulan('Bulan mulai'), selesai: bulan('Bulan selesai'), predikat: wajib('Predikat') });
export const pengangkatanSchema = z.discriminatedUnion(
  'jenis',
  [
    z.object({
      jenis: z.literal('pertama'),
      penilaianCpns: z.array(periodeCpns).min(1, 'Isi paling sedikit satu periode masa CPNS.').max(60),
    }),
    z.object({
      jenis: z.enum(['perpindahan', 'promosi']),
      predikat: wajib('Predikat pada golongan terakhir'),
      bulanDalamGolongan: z
        .number({
          error: (i) =>
            i.input === undefined
              ? 'Masa dalam golongan terakhir wajib diisi (jumlah bulan).'
              : 'Masa dalam golongan terakhir harus berupa angka bulan, mis. 36.',
        })
        .int('Masa dalam golongan harus bilangan bulat bulan.')
        .min(1, 'Masa dalam golongan paling sedikit 1 bulan.')
        .max(600, 'Masa dalam golongan paling banyak 600 bulan.'),
      pangkatPuncak: z.boolean().default(false),
    }),
    z.object({
      jenis: z.literal('penyesuaian'),
      angkaKredit: angkaTeks('Angka kredit penyesuaian', '550,63'),
      sumber: wajib('Sumber angka kredit penyesuaian', 300),
    }),
  ],
  { error: 'Jenis pengangkatan harus pertama, perpindahan, promosi, atau penyesuaian.' },
);

export const pendidikanSchema = z.object({
  tanggal: tanggal('Tanggal ijazah'),
  pendidikan: teksOpsional(100),
  predikat: wajib('Predikat kinerja'),
  sudahPernahDiberikan: z.boolean().default(false),
});

export const kejadianSchema = z.object({
  tanggal: tanggal('Tanggal (TMT)'),
  jenis: z.enum(['kenaikan_pangkat', 'kenaikan_jenjang'], { error: 'Jenis riwayat harus kenaikan pangkat atau kenaikan jenjang.' }),
  golongan: wajib('Golongan ruang'),
  jenjang: kodeOpsional('Jenjang'),
});

export const identitasSchema = z
  .object({
    nama: teksOpsional(150),
    nip: z
      .string()
      .trim()
      .max(TEKS_MAKS, pesanBatasTeks('NIP'))
      .optional()
      .transform((v) => (v ? v.replace(/\s+/g, '') : undefined))
      .superRefine((v, ctx) => {
        const pesan = v === undefined ? undefined : periksaNip(v);
        if (pesan) ctx.addIssue({ code: 'custom', message: pesan });
      }),
    unitKerja: teksOpsional(200),
    instansi: teksOpsional(200),
  })
  .partial();

/** The keys every input document has; the others are optional parts (PAK Integrasi, pengangkatan, riwayat, …). */
export const KUNCI_MASUKAN_POKOK = [
  'jabatanFungsional',
  'jenjang',
  'golongan',
  'tmtPangkat',
  'tmtJenjang',
  'angkaKreditAwal',
  'penilaian',
  'pernyataan',
  'tanggalPerhitungan',
] as const;

export const masukanSchema = z.object({
  jabatanFungsional: wajib('Jabatan fungsional').describe(
    'id dari katalog jabatan fungsional (GET /api/v1/jabatan-fungsional atau `angka-kredit jabatan-fungsional`), mis. pranata_humas, analis_kepegawaian, lainnya',
  ),
  jenjang: wajib('Jenjang'),
  golongan: wajib('Golongan ruang'),
  tmtPangkat: tanggal('TMT pangkat'),
  tmtJenjang: tanggal('TMT jenjang'),
  angkaKreditAwal: z.array(angkaKreditAwalSchema).max(50, 'Paling banyak 50 baris angka kredit awal.').default([]),
  penilaian: z.array(penilaianSchema).max(600, 'Paling banyak 600 periode penilaian.').default([]),
  // Each declaration is true, false, or not given (null or absent: "belum dinyatakan"); only a declared
  // false makes a TIDAK DAPAT, a missing one a "belum dapat dipastikan" (Keputusan 10).
  pernyataan: z
    .object({
      lulusUjiKompetensi: pernyataan('Lulus uji kompetensi'),
      formasiTersedia: pernyataan('Formasi tersedia'),
      bebasHukumanDisiplin: pernyataan('Bebas hukuman disiplin'),
      kenaikanPangkatTanpaFormasiSudahDigunakan: pernyataan('Sudah pernah naik pangkat tanpa kenaikan jenjang'),
    })
    .default({}),
  tanggalPerhitungan: tanggal('Tanggal perhitungan'),
  pakIntegrasi: pakIntegrasiSchema.optional(),
  pengangkatan: pengangkatanSchema.optional(),
  peningkatanPendidikan: pendidikanSchema.optional(),
  riwayat: z.array(kejadianSchema).max(60, 'Paling banyak 60 kejadian riwayat.').default([]),
  proyeksi: z
    .object({
      predikat: kodeOpsional('Predikat asumsi'),
      perTahun: z
        .array(
          z.object({
            tahun: z
              .number({ error: 'Tahun harus berupa angka tahun, mis. 2026.' })
              .int('Tahun harus berupa angka tahun, mis. 2026.')
              .min(2023, 'Tahun paling awal 2023.')
              .max(2100, 'Tahun paling akhir 2100.'),
            predikat: wajib('Predikat'),
          }),
        )
        .max(50, 'Paling banyak 50 tahun pengecualian.')
        .optional(),
    })
    .optional(),
  tampilan: z
    .object({ desimal: z.union([z.literal(2), z.literal(3)], { error: 'Jumlah desimal tampilan harus 2 atau 3.' }) })
    .partial()
    .optional(),
  identitas: identitasSchema.optional(),
});

export type MasukanJson = z.input<typeof masukanSchema>;
export type MasukanTerbaca = z.output<typeof masukanSchema>;
