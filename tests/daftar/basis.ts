// The register's tests run against each database available: SQLite always, PostgreSQL when a server is
// (tests/helpers/postgres.ts). Each opening is a fresh register: a new DATA_DIR, and on PostgreSQL a
// new database. `mentah` runs SQL behind the register's back (with ? placeholders), to tamper with rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { bukaDaftar, jalurDb, type KonfigurasiDaftar, type OpsiBuka } from '../../src/daftar/buka.ts';
import type { Daftar } from '../../src/daftar/jenis.ts';
import { adaPostgres, type ServerPg } from '../helpers/postgres.ts';

export interface Terbuka {
  daftar: Daftar;
  config: KonfigurasiDaftar;
  /** The register opened again on the same storage (the first one stays open). */
  bukaLagi(o?: OpsiBuka): Promise<Daftar>;
  mentah(query: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  bersihkan(): Promise<void>;
}

export interface BasisUji {
  nama: 'sqlite' | 'postgres';
  buka(o?: OpsiBuka): Promise<Terbuka>;
}

export function basisUji(server: ServerPg | { alasan: string }): BasisUji[] {
  const sqlite: BasisUji = {
    nama: 'sqlite',
    async buka(o) {
      const dir = mkdtempSync(join(tmpdir(), 'ak-daftar-'));
      const config = { DATA_DIR: join(dir, 'data') };
      const dibuka: Daftar[] = [await bukaDaftar(config, o)];
      return {
        daftar: dibuka[0]!,
        config,
        bukaLagi: async (o2) => {
          const d = await bukaDaftar(config, o2);
          dibuka.push(d);
          return d;
        },
        async mentah(query, params = []) {
          const db = new Database(jalurDb(config.DATA_DIR));
          try {
            const st = db.prepare(query);
            if (st.reader) return st.all(...params) as Record<string, unknown>[];
            st.run(...params);
            return [];
          } finally {
            db.close();
          }
        },
        async bersihkan() {
          for (const d of dibuka) await d.tutup();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
  if (!adaPostgres(server)) return [sqlite];
  const postgres: BasisUji = {
    nama: 'postgres',
    async buka(o) {
      const { url, hapus } = await server.buatDb();
      const dir = mkdtempSync(join(tmpdir(), 'ak-daftar-'));
      const config = { DATA_DIR: join(dir, 'data'), DATABASE_URL: url };
      const dibuka: Daftar[] = [await bukaDaftar(config, o)];
      return {
        daftar: dibuka[0]!,
        config,
        bukaLagi: async (o2) => {
          const d = await bukaDaftar(config, o2);
          dibuka.push(d);
          return d;
        },
        async mentah(query, params = []) {
          let n = 0;
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          try {
            return (
              await c.query(
                query.replace(/\?/g, () => `$${++n}`),
                params,
              )
            ).rows as Record<string, unknown>[];
          } finally {
            await c.end();
          }
        },
        async bersihkan() {
          for (const d of dibuka) await d.tutup();
          await hapus();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  };
  return [sqlite, postgres];
}
