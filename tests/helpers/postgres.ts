// PostgreSQL for the register's tests: the server in DATABASE_URL_UJI (a superuser URL; .ci/run starts
// one), or else a throwaway cluster started here when Debian's postgresql is installed (initdb into a
// temporary folder, unix socket only, no TCP port). Every test gets its own fresh database on it.
// Without PostgreSQL the tests that need it skip with one line — except on CI, where it is a failure.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';

export interface ServerPg {
  /** A new empty database on the server; `hapus` drops it. */
  buatDb(): Promise<{ url: string; hapus: () => Promise<void> }>;
  berhenti(): Promise<void>;
}

/** The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<versi>/bin (newest). */
export function binPostgres(): string | undefined {
  const dariPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (dariPath) return join(dariPath, '..');
  const akar = '/usr/lib/postgresql';
  if (!existsSync(akar)) return undefined;
  const versi = readdirSync(akar)
    .filter((v) => existsSync(join(akar, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versi[0] ? join(akar, versi[0], 'bin') : undefined;
}

function jalankan(perintah: string, args: string[], sebagai?: string): void {
  const [cmd, a] = sebagai ? ['runuser', ['-u', sebagai, '--', perintah, ...args]] : [perintah, args];
  const r = spawnSync(cmd, a, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${perintah} gagal: ${r.stderr || r.stdout || r.error?.message}`);
}

function denganDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

function pada(urlAdmin: string): ServerPg['buatDb'] {
  return async () => {
    const nama = `uji_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: urlAdmin });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${nama}`);
    await admin.end();
    return {
      url: denganDb(urlAdmin, nama),
      hapus: async () => {
        const c = new pg.Client({ connectionString: urlAdmin });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${nama} WITH (FORCE)`);
        await c.end();
      },
    };
  };
}

/** The PostgreSQL server for this test file, or why there is none. Call once per file at top level. */
export async function mulaiPostgres(): Promise<ServerPg | { alasan: string }> {
  const dariEnv = process.env.DATABASE_URL_UJI?.trim();
  if (dariEnv) return { buatDb: pada(dariEnv), berhenti: async () => {} };
  const bin = binPostgres();
  if (!bin) return { alasan: 'initdb tidak ditemukan (apt-get install postgresql) dan DATABASE_URL_UJI tidak diatur' };
  // initdb refuses to run as root: as root, the cluster belongs to Debian's "postgres" user.
  const root = process.getuid?.() === 0;
  let sebagai: string | undefined;
  if (root) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0) return { alasan: 'pengujian berjalan sebagai root dan pengguna "postgres" tidak ada' };
    sebagai = 'postgres';
  }
  const dir = mkdtempSync(join(tmpdir(), 'ak-pg-'));
  if (sebagai) {
    const uid = Number(spawnSync('id', ['-u', sebagai], { encoding: 'utf8' }).stdout);
    const gid = Number(spawnSync('id', ['-g', sebagai], { encoding: 'utf8' }).stdout);
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  try {
    jalankan(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'], sebagai);
    jalankan(
      join(bin, 'pg_ctl'),
      ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-c listen_addresses='' -k ${dir} -c fsync=off -c max_connections=200`, 'start'],
      sebagai,
    );
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    return { alasan: `cluster PostgreSQL sementara tidak dapat dimulai: ${(e as Error).message.split('\n')[0]}` };
  }
  return {
    buatDb: pada(`postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}`),
    berhenti: async () => {
      try {
        jalankan(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], sebagai);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export const adaPostgres = (s: ServerPg | { alasan: string }): s is ServerPg => 'buatDb' in s;

/** One line when PostgreSQL is absent; on CI (CI=true) a failing test instead. */
export function syaratPostgres(nama: string, s: ServerPg | { alasan: string }): void {
  if (adaPostgres(s)) return;
  if (process.env.CI === 'true') {
    describe(`PostgreSQL untuk ${nama} pada CI`, () => {
      it('PostgreSQL harus tersedia pada CI', () => {
        expect.fail(`PostgreSQL tidak tersedia: ${s.alasan}; .ci/run harus memasang dan memulainya.`);
      });
    });
  } else console.log(`Uji PostgreSQL ${nama} dilewati: ${s.alasan}`);
}
