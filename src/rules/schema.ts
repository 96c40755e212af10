// zod schemas for the files in rules/. Each file is checked as it is read, so a mistake is reported
// with the file name and the path inside it.
import { z } from 'zod';

const angka = z.string().regex(/^\d+(\.\d+)?$/, 'harus berupa angka desimal dalam tanda kutip, mis. "12.5"');
const tanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'harus berformat YYYY-MM-DD');
const bulan = z.string().regex(/^\d{4}-\d{2}$/, 'harus berformat YYYY-MM');
const teks = z.string().trim().min(1);

export const status = z.enum(['text', 'bkn', 'derived', 'decision']);

/** A citation as written in a rule file: the status is given beside it or inside it. */
const kutipan = z.strictObject({
  instrumen: teks,
  rujukan: teks,
  uraian: teks,
});
const bersumber = { status, sumber: kutipan };

export const instrumenFile = z.strictObject({
  instrumen: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        singkatan: teks,
        judul: teks,
        peran: teks,
        tanggal: tanggal.optional(),
      }),
    )
    .min(1),
});

export const golonganFile = z.strictObject({
  ...bersumber,
  golongan: z
    .array(
      z.strictObject({
        kode: z.string().regex(/^(I|II|III|IV)\/[a-e]$/),
        pangkat: teks,
      }),
    )
    .min(1),
});

export const jenjangFile = z.strictObject({
  jenjang: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z_]+$/),
        nama: teks,
        kategori: z.enum(['keterampilan', 'keahlian']),
        golongan: z.array(teks).min(1),
        koefisien: z.strictObject({ nilai: angka, ...bersumber }),
      }),
    )
    .min(1),
});

export const predikatFile = z.strictObject({
  predikat: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z_]+$/),
        nama: teks,
        alias: z.array(z.strictObject({ sebutan: teks, ...bersumber })).optional(),
        persen: z.strictObject({ nilai: angka, ...bersumber }),
      }),
    )
    .min(1),
});

const ambangKp = z.strictObject({ dari: teks, ke: teks, angkaKredit: angka, ...bersumber });
const ambangKj = z.strictObject({ ke: teks, angkaKredit: angka, ...bersumber });
export const kumulatifFile = z.record(
  z.string(),
  z.strictObject({
    kenaikanPangkat: z.array(ambangKp).min(1),
    kenaikanJenjang: ambangKj.optional(),
  }),
);

export const akDasarFile = z.strictObject({
  akDasar: z.array(z.strictObject({ jenjang: teks, golongan: teks, angkaKredit: angka, ...bersumber })),
});

export const kalenderFile = z.strictObject({
  kalender: z
    .array(
      z.strictObject({
        berlakuMulai: tanggal,
        berlakuSampai: tanggal.optional(),
        bulan: z.array(z.number().int().min(1).max(12)).min(1),
        ...bersumber,
      }),
    )
    .min(1),
});

const syaratPredikat = z.strictObject({ minimal: teks, jendelaBulan: z.number().int().positive(), ...bersumber });
export const syaratFile = z.strictObject({
  kenaikanPangkat: z.strictObject({
    masaPangkatBulan: z.strictObject({ nilai: z.number().int().positive(), ...bersumber }),
    predikat: syaratPredikat,
    hukumanDisiplin: z.strictObject(bersumber),
    tanpaFormasi: z.strictObject({ kali: z.number().int().positive(), ...bersumber }),
  }),
  kenaikanJenjang: z.strictObject({
    masaJenjangBulan: z.strictObject({ nilai: z.number().int().positive(), ...bersumber }),
    predikat: syaratPredikat,
    formasi: z.strictObject(bersumber),
    ujiKompetensi: z.strictObject(bersumber),
    pengembanganProfesi: z.strictObject({ jenjangTujuan: z.array(teks), ...bersumber }),
  }),
});

/** The batch report's "near" window: an application decision, not law. */
export const dekatFile = z.strictObject({
  bulan: z.number().int().positive(),
  ...bersumber,
});

/** Input plausibility for warnings: an application decision, not law. */
export const kewajaranFile = z.strictObject({
  akAwalKaliAmbang: z.number().int().positive(),
  ...bersumber,
});

export const konversiFile = z.strictObject({
  rumus: z.strictObject({ uraian: teks, bulanPerTahun: z.number().int().positive(), ...bersumber }),
  contohPeriodik: z.strictObject(bersumber),
  mulaiBerlaku: z.strictObject({ bulan, ...bersumber }),
  hitunganBulan: z.strictObject(bersumber),
  akumulasiJenjang: z.strictObject(bersumber),
});

export const pembulatanFile = z.strictObject({
  desimal: z.number().int().min(0).max(10),
  pilihanDesimal: z.array(z.number().int().min(0).max(10)).min(1),
  mode: z.literal('setengah-ke-atas'),
  catatan: teks,
  validasi: z.strictObject(bersumber),
  ...bersumber,
});

const jabatanFungsionalEntri = z.strictObject({
  id: z.string().regex(/^[a-z_]+$/, 'harus huruf kecil dan garis bawah, mis. analis_kepegawaian'),
  /** As written in SK and SIASN, without the jenjang. */
  nama: teks,
  alias: z.array(teks).optional(),
  kategori: z.enum(['keterampilan', 'keahlian', 'keduanya']),
  jenjang: z.array(teks).min(1),
  instansiPembina: teks.optional(),
  /** The generic entry ("lainnya"): every jenjang open, its limits not checked. */
  umum: z.boolean().optional(),
  /** True when the source is not the JF's own regulation text. */
  sekunder: z.boolean(),
  ...bersumber,
});

export const jabatanFungsionalFile = z.strictObject({
  alihKategori: z.strictObject(bersumber),
  jabatanFungsional: z.array(jabatanFungsionalEntri).min(1),
});

/**
 * An office's extension (KATALOG_JF): the same entries, checked the same way, with the instruments its
 * citations need when they are not already in rules/instruments.yaml.
 */
export const katalogInstansiFile = z.strictObject({
  instrumen: instrumenFile.shape.instrumen.optional(),
  jabatanFungsional: z.array(jabatanFungsionalEntri).min(1),
});

export const pengangkatanFile = z.strictObject({
  integrasi: z.strictObject({
    rumus: z.strictObject(bersumber),
    bulanTerakhir: z.strictObject({ bulan, ...bersumber }),
    nilaiDasar: z.array(z.strictObject({ jenjang: teks, nilai: angka, ...bersumber })).min(1),
    rentang: z.array(z.strictObject({ golongan: teks, min: angka, max: angka, ...bersumber })),
    jenjangTidakSesuai: z.strictObject(bersumber),
  }),
  pengangkatanPertama: z.strictObject(bersumber),
  perpindahan: z.strictObject({
    rumus: z.strictObject(bersumber),
    batasBulanPangkatPuncak: z.strictObject({ nilai: z.number().int().positive(), ...bersumber }),
  }),
  promosi: z.strictObject(bersumber),
  penyesuaian: z.strictObject(bersumber),
  pendidikan: z.strictObject({
    persen: z.strictObject({ nilai: angka, ...bersumber }),
    dasar: z.strictObject(bersumber),
    predikatMinimal: z.strictObject({ minimal: teks, ...bersumber }),
    kali: z.strictObject({ nilai: z.number().int().positive(), ...bersumber }),
  }),
});

export type Kutipan = z.infer<typeof kutipan>;
