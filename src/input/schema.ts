// The input JSON, as the command line, the API and saved form files share it. zod checks shapes
// and formats here; the engine checks meaning against the rule book.
import { z } from 'zod';
import { JENIS_AK_AWAL } from '../domain/masukan.ts';
import { isTanggal } from '../domain/tanggal.ts';
import { periksaNip } from './nip.ts';

z.config(z.locales.id());

const wajib = (label: string) => z.string({ error: `${label} wajib diisi.` }).trim().min(1, `${label} wajib diisi.`);
const tanggal = (label: string) =>
  wajib(label).refine(isTanggal, { message: `${label} harus tanggal yang sah dengan format TTTT-BB-HH, mis. 2024-04-01.` });
const bulan = (label: string) =>
  wajib(label).regex(/^\d{4}-(0[1-9]|1[0-2])$/, `${label} harus bulan yang sah dengan format TTTT-BB, mis. 2024-01.`);
const teksOpsional = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter.`).optional();

export const angkaKreditAwalSchema = z.object({
  jenis: z.enum(JENIS_AK_AWAL, { error: `Jenis angka kredit awal harus salah satu dari: ${JENIS_AK_AWAL.join(', ')}.` }),
  uraian: teksOpsional(200),
  angkaKredit: z.union([z.string(), z.number()], { error: 'Angka kredit wajib diisi dengan angka.' })
    .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
    .pipe(z.string().regex(/^\d+([.,]\d+)?$/, 'Angka kredit harus angka tidak negatif, mis. 50 atau 150,63.')),
});

export const penilaianSchema = z.object({
  mulai: bulan('Bulan mulai'),
  selesai: bulan('Bulan selesai'),
  predikat: wajib('Predikat'),
  jenjang: z.string().trim().optional().transform((v) => (v ? v : undefined)),
});

const angkaTeks = (label: string) => z.union([z.string(), z.number()], { error: `${label} wajib diisi dengan angka.` })
  .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
  .pipe(z.string().regex(/^\d+([.,]\d+)?$/, `${label} harus angka tidak negatif, mis. 550,63.`));

export const pakIntegrasiSchema = z.object({
  akKonvensional: angkaTeks('AK kumulatif konvensional'),
  jenjang: wajib('Jenjang pada PAK terakhir'),
  golongan: wajib('Golongan ruang pada PAK terakhir'),
  nilaiDasar: z.union([z.string(), z.number()]).optional()
    .transform((v) => (v === undefined || v === '' ? undefined : typeof v === 'number' ? String(v) : v.trim()))
    .pipe(z.string().regex(/^\d+([.,]\d+)?$/, 'Nilai dasar harus angka tidak negatif.').optional()),
  keterangan: teksOpsional(200),
});

const periodeCpns = z.object({ mulai: bulan('Bulan mulai'), selesai: bulan('Bulan selesai'), predikat: wajib('Predikat') });
export const pengangkatanSchema = z.discriminatedUnion('jenis', [
  z.object({ jenis: z.literal('pertama'), penilaianCpns: z.array(periodeCpns).min(1, 'Isi paling sedikit satu periode masa CPNS.').max(60) }),
  z.object({
    jenis: z.enum(['perpindahan', 'promosi']),
    predikat: wajib('Predikat pada golongan terakhir'),
    bulanDalamGolongan: z.number({ error: (i) => (i.input === undefined ? 'Masa dalam golongan terakhir wajib diisi (jumlah bulan).' : 'Masa dalam golongan terakhir harus berupa angka bulan, mis. 36.') })
      .int('Masa dalam golongan harus bilangan bulat bulan.').min(1, 'Masa dalam golongan paling sedikit 1 bulan.').max(600, 'Masa dalam golongan paling banyak 600 bulan.'),
    pangkatPuncak: z.boolean().default(false),
  }),
  z.object({ jenis: z.literal('penyesuaian'), angkaKredit: angkaTeks('Angka kredit penyesuaian'), sumber: wajib('Sumber angka kredit penyesuaian').pipe(z.string().max(300)) }),
], { error: 'Jenis pengangkatan harus pertama, perpindahan, promosi, atau penyesuaian.' });

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
  jenjang: z.string().trim().optional().transform((v) => (v ? v : undefined)),
});

export const identitasSchema = z.object({
  nama: teksOpsional(150),
  nip: z.string().trim().optional().transform((v) => (v ? v.replace(/\s+/g, '') : undefined))
    .superRefine((v, ctx) => {
      const pesan = v === undefined ? undefined : periksaNip(v);
      if (pesan) ctx.addIssue({ code: 'custom', message: pesan });
    }),
  unitKerja: teksOpsional(200),
  instansi: teksOpsional(200),
}).partial();

export const masukanSchema = z.object({
  jabatanFungsional: wajib('Jabatan fungsional'),
  jenjang: wajib('Jenjang'),
  golongan: wajib('Golongan ruang'),
  tmtPangkat: tanggal('TMT pangkat'),
  tmtJenjang: tanggal('TMT jenjang'),
  angkaKreditAwal: z.array(angkaKreditAwalSchema).max(50, 'Paling banyak 50 baris angka kredit awal.').default([]),
  penilaian: z.array(penilaianSchema).max(600, 'Paling banyak 600 periode penilaian.').default([]),
  pernyataan: z.object({
    lulusUjiKompetensi: z.boolean().default(false),
    formasiTersedia: z.boolean().default(false),
    bebasHukumanDisiplin: z.boolean().default(false),
    kenaikanPangkatTanpaFormasiSudahDigunakan: z.boolean().default(false),
  }).default({ lulusUjiKompetensi: false, formasiTersedia: false, bebasHukumanDisiplin: false, kenaikanPangkatTanpaFormasiSudahDigunakan: false }),
  tanggalPerhitungan: tanggal('Tanggal perhitungan'),
  pakIntegrasi: pakIntegrasiSchema.optional(),
  pengangkatan: pengangkatanSchema.optional(),
  peningkatanPendidikan: pendidikanSchema.optional(),
  riwayat: z.array(kejadianSchema).max(60, 'Paling banyak 60 kejadian riwayat.').default([]),
  proyeksi: z.object({
    predikat: z.string().trim().optional().transform((v) => (v ? v : undefined)),
    perTahun: z.array(z.object({ tahun: z.number().int().min(2023).max(2100), predikat: wajib('Predikat') })).max(50).optional(),
  }).optional(),
  tampilan: z.object({ desimal: z.union([z.literal(2), z.literal(3)], { error: 'Jumlah desimal tampilan harus 2 atau 3.' }) }).partial().optional(),
  identitas: identitasSchema.optional(),
});

export type MasukanJson = z.input<typeof masukanSchema>;
export type MasukanTerbaca = z.output<typeof masukanSchema>;
