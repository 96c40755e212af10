// Backup and restore of the register and the office's keys: one folder holding a consistent copy of the
// database (SQLite: VACUUM INTO, a snapshot taken inside one read transaction; PostgreSQL: pg_dump in
// its custom format), every other file in DATA_DIR (the office key, kunci-kantor.pem), and SHA256SUMS
// so `sha256sum -c SHA256SUMS` checks the copy. Restoring checks the sums, then copies into an empty
// DATA_DIR (and, on PostgreSQL, pg_restore into the database), never over existing files.
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { jalurDb, NAMA_BERKAS_DB, type KonfigurasiDaftar } from './buka.ts';

export const NAMA_DUMP_PG = 'daftar.pgdump';
const SUMS = 'SHA256SUMS';

/** A backup or restore the administrator must act on; the message says what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const sha256Berkas = (f: string) => crypto.createHash('sha256').update(readFileSync(f)).digest('hex');

/** libpq's variables from a postgres:// URL: the password never appears on a command line (ps). */
function envPg(url: string): NodeJS.ProcessEnv {
  const u = new URL(
    url.replace(/^postgres(ql)?:\/\/([^@/]*@)?\//, (_m, _q, cred: string | undefined) => `postgres://${cred ?? ''}localhost/`),
  );
  const q = u.searchParams;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: q.get('host') ?? u.hostname,
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
  };
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const ssl = q.get('sslmode');
  if (ssl) env.PGSSLMODE = ssl;
  return env;
}

function alatPg(nama: 'pg_dump' | 'pg_restore'): string {
  const r = spawnSync('sh', ['-c', `command -v ${nama}`], { encoding: 'utf8' });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  throw new BackupError(
    `${nama} tidak ditemukan; pasang klien PostgreSQL (apt-get install postgresql-client) dengan versi yang sama atau lebih baru dari servernya.`,
  );
}

function waktuBerkas(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

export interface HasilCadangan {
  folder: string;
  berkas: string[];
}

/**
 * Writes a backup into `ke`: a new folder, or, when `ke` is an existing folder, a new subfolder
 * `angka-kredit-cadangan-<UTC time>` inside it. Folder 0700, files 0600 (the key and personal data).
 */
export async function buatCadangan(config: KonfigurasiDaftar, ke: string, sekarang = new Date()): Promise<HasilCadangan> {
  const dataDir = resolve(config.DATA_DIR);
  let folder = resolve(ke);
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new BackupError(`${ke} sudah ada dan bukan folder; cadangan tidak menimpa berkas.`);
    folder = join(folder, `angka-kredit-cadangan-${waktuBerkas(sekarang)}`);
    if (existsSync(folder)) throw new BackupError(`${folder} sudah ada.`);
  }
  const berkas: string[] = [];
  if (config.DATABASE_URL) {
    const pgDump = alatPg('pg_dump');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const r = spawnSync(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${join(folder, NAMA_DUMP_PG)}`], {
      env: envPg(config.DATABASE_URL),
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new BackupError(`pg_dump gagal: ${(r.stderr || r.error?.message || '').trim()}`);
    berkas.push(NAMA_DUMP_PG);
  } else {
    const sumber = jalurDb(dataDir);
    if (!existsSync(sumber)) throw new BackupError(`Belum ada basis data daftar di ${dataDir} (DATA_DIR).`);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const db = new Database(sumber, { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      // One statement, one read transaction: a consistent copy while the server keeps writing (WAL).
      db.prepare('VACUUM INTO ?').run(join(folder, NAMA_BERKAS_DB));
    } finally {
      db.close();
    }
    berkas.push(NAMA_BERKAS_DB);
  }
  // The office key and whatever else the instance keeps in DATA_DIR (not the live database files).
  if (existsSync(dataDir))
    for (const e of readdirSync(dataDir, { withFileTypes: true })) {
      if (!e.isFile() || e.name.startsWith(NAMA_BERKAS_DB)) continue;
      copyFileSync(join(dataDir, e.name), join(folder, e.name));
      berkas.push(e.name);
    }
  for (const b of berkas) chmodSync(join(folder, b), 0o600);
  chmodSync(folder, 0o700);
  writeFileSync(join(folder, SUMS), berkas.map((b) => `${sha256Berkas(join(folder, b))}  ${b}\n`).join(''), { mode: 0o600 });
  return { folder, berkas };
}

/**
 * Restores the backup in `dari` into `config`: checks SHA256SUMS, then copies the files into DATA_DIR
 * (created 0700; an existing file there is never overwritten) and, on PostgreSQL, restores the dump into
 * DATABASE_URL's database, which must be empty.
 */
export async function pulihkanCadangan(config: KonfigurasiDaftar, dari: string): Promise<string[]> {
  const folder = resolve(dari);
  const sumsBerkas = join(folder, SUMS);
  if (!existsSync(sumsBerkas)) throw new BackupError(`${dari} bukan folder cadangan (${SUMS} tidak ada).`);
  const daftar = readFileSync(sumsBerkas, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((baris) => {
      const m = /^([0-9a-f]{64}) {2}([^/\\]+)$/.exec(baris);
      if (!m) throw new BackupError(`${SUMS} rusak: "${baris.slice(0, 80)}".`);
      return { hash: m[1]!, nama: m[2]! };
    });
  for (const { hash, nama } of daftar) {
    const f = join(folder, nama);
    if (!existsSync(f) || sha256Berkas(f) !== hash)
      throw new BackupError(`Berkas cadangan ${nama} hilang atau berubah (tidak cocok dengan ${SUMS}).`);
  }
  const dump = daftar.some((b) => b.nama === NAMA_DUMP_PG);
  if (dump && !config.DATABASE_URL)
    throw new BackupError('Cadangan ini dari PostgreSQL: atur DATABASE_URL ke basis data kosong tujuan pemulihan.');
  if (!dump && config.DATABASE_URL) throw new BackupError('Cadangan ini dari SQLite: pulihkan tanpa DATABASE_URL.');
  const dataDir = resolve(config.DATA_DIR);
  const keDataDir = daftar.filter((b) => b.nama !== NAMA_DUMP_PG);
  for (const { nama } of keDataDir)
    if (existsSync(join(dataDir, nama))) throw new BackupError(`${join(dataDir, nama)} sudah ada; pulihkan ke DATA_DIR yang kosong.`);
  if (dump) {
    // The target is named with --dbname (a plain name: host, user and password come from the environment).
    const r = spawnSync(
      alatPg('pg_restore'),
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        `--dbname=${envPg(config.DATABASE_URL!).PGDATABASE!}`,
        join(folder, NAMA_DUMP_PG),
      ],
      { env: envPg(config.DATABASE_URL!), encoding: 'utf8' },
    );
    if (r.status !== 0) throw new BackupError(`pg_restore gagal: ${(r.stderr || r.error?.message || '').trim()}`);
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const { nama } of keDataDir) {
    copyFileSync(join(folder, nama), join(dataDir, nama));
    chmodSync(join(dataDir, nama), 0o600);
  }
  return daftar.map((b) => b.nama);
}
