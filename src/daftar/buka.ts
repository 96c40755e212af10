// Opening the register: SQLite in DATA_DIR by default, PostgreSQL when DATABASE_URL is set; the
// migrations run before anything else. The web app and the command line call bukaDaftar once.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type SqliteDialectConfig,
} from 'kysely';
import { Migrator } from 'kysely/migration';
import { buatDaftar } from './daftar.ts';
import type { Daftar, Dialek } from './jenis.ts';
import { penyediaMigrasi } from './migrasi/index.ts';
import type { Skema } from './skema.ts';

export const NAMA_BERKAS_DB = 'daftar.sqlite';

export interface KonfigurasiDaftar {
  DATA_DIR: string;
  DATABASE_URL?: string | undefined;
}

export interface OpsiBuka {
  /** The clock (tests move it to expire sessions). */
  sekarang?: () => Date;
  /** PostgreSQL pool size (default 10). */
  koneksi?: number;
}

/** SQLite transactions begin IMMEDIATE: the write lock is taken at once, so two writers (two processes
 * included) queue instead of one failing half-way with SQLITE_BUSY. */
class DriverSqliteSegera extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
class DialekSqliteSegera extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new DriverSqliteSegera(this.#config);
  }
}

export function jalurDb(dataDir: string): string {
  return join(resolve(dataDir), NAMA_BERKAS_DB);
}

/** Opens a SQLite file for the register with its pragmas (WAL, foreign keys, wait up to 10 s for a lock). */
export function bukaSqlite(berkas: string, o: { readonly?: boolean } = {}): Database.Database {
  const d = new Database(berkas, { timeout: 10_000, readonly: o.readonly ?? false, fileMustExist: o.readonly ?? false });
  if (!o.readonly) {
    d.pragma('journal_mode = WAL');
    d.pragma('synchronous = FULL');
  }
  d.pragma('foreign_keys = ON');
  return d;
}

async function migrasikan(db: Kysely<Skema>, dialek: Dialek): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: penyediaMigrasi(dialek) }).migrateToLatest();
  if (error) {
    const gagal = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(
      `Migrasi basis data daftar gagal${gagal ? ` pada ${gagal}` : ''}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export async function bukaDaftar(config: KonfigurasiDaftar, o: OpsiBuka = {}): Promise<Daftar> {
  if (config.DATABASE_URL) {
    // Loaded only for a PostgreSQL register: most offices run SQLite, and pg costs start-up time.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: o.koneksi ?? 10 });
    pool.on('error', () => {
      /* an idle client's broken connection: the pool replaces it; the next query reports any real problem */
    });
    const db = new Kysely<Skema>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrasikan(db, 'postgres');
    } catch (e) {
      await db.destroy();
      throw e;
    }
    return buatDaftar({ dialek: 'postgres', db, baca: db, ...(o.sekarang ? { sekarang: o.sekarang } : {}) });
  }
  const dir = resolve(config.DATA_DIR);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }
  const berkas = jalurDb(dir);
  const tulis = bukaSqlite(berkas);
  // The register holds personal data: readable by this user only (as the office key).
  if (process.platform !== 'win32') chmodSync(berkas, 0o600);
  const db = new Kysely<Skema>({ dialect: new DialekSqliteSegera({ database: tulis }) });
  try {
    await migrasikan(db, 'sqlite');
  } catch (e) {
    await db.destroy();
    throw e;
  }
  // A second, read-only connection: in WAL mode it reads the last committed state while an issuing
  // transaction holds the write connection (e.g. while its PDF renders).
  const baca = new Kysely<Skema>({ dialect: new SqliteDialect({ database: bukaSqlite(berkas, { readonly: true }) }) });
  return buatDaftar({ dialek: 'sqlite', db, baca, ...(o.sekarang ? { sekarang: o.sekarang } : {}) });
}
