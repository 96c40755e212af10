// The document fields of the official forms (PerBKN 3/2023 Lampiran II angka 10–12) that the
// calculation input does not carry: kop, nomor, signature block, tembusan, paper, and the personal
// details the forms print. They arrive as `dokumen` next to the input JSON, or as flat form fields.
import { z } from 'zod';
import { isTanggal } from '../domain/tanggal.ts';
import { periksaNip } from '../input/nip.ts';
import { pesanBatasTahun, pesanBatasTeks, tahunDalamBatas, TEKS_MAKS } from '../input/batas.ts';
import { periksaLogoPng } from './logo.ts';

z.config(z.locales.id());

export const JENIS_LEMBAR = ['konversi', 'akumulasi', 'penetapan', 'lembar-perhitungan', 'integrasi'] as const;
export type JenisLembar = (typeof JENIS_LEMBAR)[number];
export const JENIS_DOKUMEN = [...JENIS_LEMBAR, 'semua'] as const;
export type JenisDokumen = (typeof JENIS_DOKUMEN)[number];

/** Default Tembusan of the Penetapan Angka Kredit form (Lampiran II angka 12). */
export const TEMBUSAN_BAKU = ['Pimpinan Instansi Pengusul', 'Pejabat Penilai Kinerja'] as const;

export const LOGO_MAKS_BYTE = 200 * 1024;

/** Empty form fields mean "not given". */
const kosongJadiTidakAda = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const teks = (label: string, max: number) =>
  z.preprocess(
    kosongJadiTidakAda,
    z
      .string({ error: `${label} harus berupa teks.` })
      .trim()
      .max(max, `${label} paling banyak ${max} karakter.`)
      .optional(),
  );

/** A list of lines: a JSON array, or the text of a textarea with one item per line. */
const daftarBaris = (label: string, maksBaris: number, maksPanjang: number) =>
  z
    .union([z.array(z.string({ error: `${label}: setiap baris harus berupa teks.` })), z.string()], {
      error: `${label} harus berupa daftar baris teks.`,
    })
    .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((s) => s.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string().max(maksPanjang, `${label}: setiap baris paling banyak ${maksPanjang} karakter.`))
        .max(maksBaris, `${label} paling banyak ${maksBaris} baris.`),
    );

const tanggal = (label: string) =>
  z.preprocess(
    kosongJadiTidakAda,
    z
      .string()
      .trim()
      .superRefine((v, ctx) => {
        if (!isTanggal(v))
          ctx.addIssue({ code: 'custom', message: `${label} harus tanggal yang sah dengan format TTTT-BB-HH, mis. 2025-01-15.` });
        else if (!tahunDalamBatas(v)) ctx.addIssue({ code: 'custom', message: pesanBatasTahun(label) });
      })
      .optional(),
  );

/** A PNG or JPEG as a data URL ("data:image/png;base64,…"), at most 200 kB once decoded. */
const logo = z.preprocess(
  kosongJadiTidakAda,
  z
    .string()
    .superRefine((v, ctx) => {
      const m = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/=\s]+)$/.exec(v);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: 'Logo harus berkas PNG atau JPEG.' });
        return;
      }
      const bytes = Buffer.from(m[2]!, 'base64');
      if (bytes.length > LOGO_MAKS_BYTE) {
        ctx.addIssue({ code: 'custom', message: 'Logo paling besar 200 kB.' });
        return;
      }
      const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
      if ((m[1] === 'image/png' && !png) || (m[1] === 'image/jpeg' && !jpeg)) {
        ctx.addIssue({ code: 'custom', message: 'Isi berkas logo tidak sesuai dengan jenisnya (PNG atau JPEG).' });
        return;
      }
      const masalahPng = png ? periksaLogoPng(bytes) : undefined;
      if (masalahPng) ctx.addIssue({ code: 'custom', message: masalahPng });
    })
    .optional(),
);

export const dokumenSchema = z.object(
  {
    kertas: z.preprocess(kosongJadiTidakAda, z.enum(['A4', 'F4'], { error: 'Ukuran kertas harus A4 atau F4.' }).default('A4')),
    kop: z.preprocess(kosongJadiTidakAda, daftarBaris('Kop surat', 5, 120).default([])),
    logo,
    nomor: teks('Nomor', 100),
    nomorKonversi: teks('Nomor konversi', 100),
    nomorAkumulasi: teks('Nomor akumulasi', 100),
    nomorPenetapan: teks('Nomor penetapan', 100),
    nomorIntegrasi: teks('Nomor perhitungan integrasi', 100),
    ditetapkanDi: teks('Ditetapkan di', 100),
    tanggalPenetapan: tanggal('Tanggal penetapan'),
    pejabatNama: teks('Nama Pejabat Penilai Kinerja', 150),
    pejabatNip: z.preprocess(
      kosongJadiTidakAda,
      z
        .string()
        .trim()
        .max(TEKS_MAKS, pesanBatasTeks('NIP Pejabat Penilai Kinerja'))
        .transform((v) => v.replace(/\s+/g, ''))
        .superRefine((v, ctx) => {
          const pesan = periksaNip(v);
          if (pesan) ctx.addIssue({ code: 'custom', message: `NIP Pejabat Penilai Kinerja: ${pesan}` });
        })
        .optional(),
    ),
    // Absent: the form's default list. Present but empty: no Tembusan.
    tembusan: daftarBaris('Tembusan', 10, 200).default([...TEMBUSAN_BAKU]),
    nomorSeriKarpeg: teks('Nomor seri Karpeg', 50),
    tempatLahir: teks('Tempat lahir', 100),
    tanggalLahir: tanggal('Tanggal lahir'),
    jenisKelamin: z.preprocess(
      kosongJadiTidakAda,
      z.enum(['Laki-laki', 'Perempuan'], { error: 'Jenis kelamin harus Laki-laki atau Perempuan.' }).optional(),
    ),
    pendidikan: teks('Pendidikan', 150),
    masaKerjaGolongan: teks('Masa kerja golongan', 50),
  },
  { error: 'Data dokumen harus berupa objek.' },
);

export type DokumenJson = z.input<typeof dokumenSchema>;
export type Dokumen = z.output<typeof dokumenSchema>;
