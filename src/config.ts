// Process configuration, read from the environment once at boot and checked with zod; a bad value stops start-up.
import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number({ error: 'PORT harus angka.' }).int('PORT harus bilangan bulat.').min(0).max(65535, 'PORT paling besar 65535.').default(3000),
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
  KUNCI_BATCH: z.string().trim().regex(/^[0-9a-fA-F]{64}$/, 'KUNCI_BATCH harus 64 karakter heksadesimal (32 byte), mis. keluaran `openssl rand -hex 32`.')
    .transform((v) => Buffer.from(v, 'hex')).optional(),
  /** Worker threads for uploads, verification and documents; default one per core. */
  PEKERJA: z.coerce.number().int('PEKERJA harus bilangan bulat.').min(1, 'PEKERJA paling sedikit 1.').max(64, 'PEKERJA paling banyak 64.').optional(),
});

export type Config = z.infer<typeof configSchema>;

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Konfigurasi tidak sah: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
