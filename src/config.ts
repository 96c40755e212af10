// Process configuration, read from the environment once at boot and checked with zod; a bad value stops start-up.
import { z } from 'zod';

const configSchema = z
  .object({
    PORT: z.coerce
      .number({ error: 'PORT harus angka.' })
      .int('PORT harus bilangan bulat.')
      .min(0)
      .max(65535, 'PORT paling besar 65535.')
      .default(3000),
    // Local by default: the app handles personal data and has no login, so exposing it is a deliberate choice (HOST=0.0.0.0).
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    /** Folder of the rule book (rules/*.yaml); the repository's own by default. */
    ATURAN_DIR: z.string().trim().min(1).optional(),
    /** An office's YAML file of Jabatan Fungsional, merged into the catalog at start (same schema and checks as rules/). */
    KATALOG_JF: z.string().trim().min(1, 'KATALOG_JF tidak boleh kosong; hapus variabelnya bila tidak dipakai.').optional(),
    /** Milliseconds to wait for open connections on shutdown before closing them. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    /**
     * Key (64 hex characters) that signs the rows a batch results page carries. Random per process by
     * default: enough for one instance. Several instances behind one address must share it.
     */
    KUNCI_BATCH: z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, 'KUNCI_BATCH harus 64 karakter heksadesimal (32 byte), mis. keluaran `openssl rand -hex 32`.')
      .transform((v) => Buffer.from(v, 'hex'))
      .optional(),
    /**
     * The address users reach the app at (behind a reverse proxy with TLS, say https://ak.example.go.id),
     * printed in every PDF's QR code. By default the address each request came to, which behind a proxy
     * may be the internal one or http.
     */
    ALAMAT_PUBLIK: z
      .string()
      .trim()
      .regex(
        /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/,
        'ALAMAT_PUBLIK harus alamat http:// atau https:// tanpa ? dan #, mis. https://angka-kredit.contoh.go.id.',
      )
      .transform((v) => v.replace(/\/+$/, ''))
      .optional(),
    /** Worker threads for uploads, verification and documents; default one per core. */
    PEKERJA: z.coerce
      .number()
      .int('PEKERJA harus bilangan bulat.')
      .min(1, 'PEKERJA paling sedikit 1.')
      .max(64, 'PEKERJA paling banyak 64.')
      .optional(),
    /** Folder of this instance's own data: the office key (kunci-kantor.pem) is made here on first start. */
    DATA_DIR: z.string().trim().min(1).default('./data'),
    /**
     * PostgreSQL for the register of issued documents (postgres://user:password@host:5432/db), for
     * several instances or a province-wide service; without it the register is one SQLite file in DATA_DIR.
     */
    DATABASE_URL: z
      .string()
      .trim()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'DATABASE_URL harus alamat postgres:// atau postgresql://, mis. postgres://ak:sandi@localhost:5432/angka_kredit.',
      )
      .optional(),
    /** The office key given by the administrator (PKCS#8 PEM, Ed25519) instead of DATA_DIR's. */
    KUNCI_KANTOR: z.string().trim().min(1).optional(),
    /** File (YAML) of trusted offices' public keys with their validity periods. */
    KANTOR_DIPERCAYA: z.string().trim().min(1).optional(),
    /** PKCS#12 certificate for PAdES signatures, and its password. */
    SERTIFIKAT_P12: z.string().trim().min(1).optional(),
    SERTIFIKAT_SANDI: z.string().optional(),
    /** The signing time: the calculation date (deterministic; default), or the time of rendering. */
    WAKTU_TANDA_TANGAN: z
      .enum(['tanggal-perhitungan', 'sekarang'], { error: 'WAKTU_TANDA_TANGAN harus tanggal-perhitungan atau sekarang.' })
      .default('tanggal-perhitungan'),
  })
  .refine((c) => !c.SERTIFIKAT_P12 || c.SERTIFIKAT_SANDI !== undefined, {
    message: 'SERTIFIKAT_P12 diatur tetapi SERTIFIKAT_SANDI tidak.',
    path: ['SERTIFIKAT_SANDI'],
  });

export type Config = z.infer<typeof configSchema>;

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Konfigurasi tidak sah: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
