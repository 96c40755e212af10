// Backup and restore, against each database: a backup taken while the register is open, restored into
// a new DATA_DIR (and, on PostgreSQL, a new empty database), opens with its documents, users, key and
// an intact audit chain. A changed backup file, or a DATA_DIR that is not empty, is refused.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bukaDaftar, type KonfigurasiDaftar } from '../../src/daftar/buka.ts';
import { jalankanCadanganCli, type IoCli } from '../../src/daftar/cli.ts';
import { muatKunciKantor, NAMA_BERKAS_KUNCI } from '../../src/tanda/kunci.ts';
import { adaPostgres, binPostgres, mulaiPostgres, syaratPostgres } from '../helpers/postgres.ts';
import { basisUji, type Terbuka } from './basis.ts';

const server = await mulaiPostgres();
afterAll(() => ('berhenti' in server ? server.berhenti() : undefined));
syaratPostgres('cadangan daftar', server);
// pg_dump and pg_restore from the same installation as the test server's initdb.
const binPg = binPostgres();
if (binPg && !process.env.PATH?.split(':').includes(binPg)) process.env.PATH = `${binPg}:${process.env.PATH}`;

function io(config: KonfigurasiDaftar): IoCli & { keluar: string; salah: string } {
  const o = {
    keluar: '',
    salah: '',
    tulis: (s: string) => void (o.keluar += s),
    galat: (s: string) => void (o.salah += s),
    bacaSandi: async () => '',
    env: { DATA_DIR: config.DATA_DIR, ...(config.DATABASE_URL ? { DATABASE_URL: config.DATABASE_URL } : {}) },
  };
  return o;
}

describe.each(basisUji(server))('cadangan daftar pada $nama', ({ nama, buka }) => {
  let t: Terbuka;
  let tmp: string;
  const bersih: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    t = await buka({ sekarang: () => new Date('2026-12-01T03:00:00Z') });
    tmp = mkdtempSync(join(tmpdir(), 'ak-cadangan-'));
    muatKunciKantor({ dataDir: t.config.DATA_DIR });
    await t.daftar.pengguna.tambah({ nama: 'admin1', peran: 'admin', sandi: 'sandi-admin-123' }, 'baris-perintah');
    for (const i of [1, 2])
      await t.daftar.dokumen.terbitkan({
        masukanKanonik: JSON.stringify({ i }),
        jenis: 'penetapan',
        nip: '198503122010012003',
        nama: 'Sri Wahyuni Contoh',
        unit: 'Bagian Kepegawaian',
        pdf: async (nomor) => ({ bytes: Buffer.from(`%PDF uji ${nomor}`) }),
        oleh: 'operator1',
      });
    await t.daftar.dokumen.cabut((await t.daftar.dokumen.cariNomor('1/PAK/2026'))!.id, 'Contoh pencabutan', 'operator1');
  });
  afterEach(async () => {
    for (const f of bersih.splice(0)) await f();
    await t.bersihkan();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Where to restore: a new DATA_DIR, and on PostgreSQL a new empty database. */
  async function tujuan(): Promise<KonfigurasiDaftar> {
    const DATA_DIR = join(tmp, 'data-baru');
    if (nama === 'sqlite' || !adaPostgres(server)) return { DATA_DIR };
    const { url, hapus } = await server.buatDb();
    bersih.push(hapus);
    return { DATA_DIR, DATABASE_URL: url };
  }

  it('cadangan dipulihkan ke DATA_DIR baru: dokumen, PDF, status, pengguna, kunci, dan rantai audit utuh', async () => {
    const a = io(t.config);
    expect(await jalankanCadanganCli(['--ke', join(tmp, 'cadangan')], a)).toBe(0);
    const folder = join(tmp, 'cadangan');
    const isi = readdirSync(folder).sort();
    expect(isi).toEqual([nama === 'sqlite' ? 'daftar.sqlite' : 'daftar.pgdump', NAMA_BERKAS_KUNCI, 'SHA256SUMS'].sort());
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    for (const f of isi) expect(statSync(join(folder, f)).mode & 0o777).toBe(0o600);

    const ke = await tujuan();
    const b = io(ke);
    expect(await jalankanCadanganCli(['pulihkan', '--dari', folder], b)).toBe(0);
    expect(b.keluar).toContain('Rantai audit utuh: 4 baris.');
    expect(readFileSync(join(ke.DATA_DIR, NAMA_BERKAS_KUNCI), 'utf8')).toBe(
      readFileSync(join(t.config.DATA_DIR, NAMA_BERKAS_KUNCI), 'utf8'),
    );
    expect(statSync(join(ke.DATA_DIR, NAMA_BERKAS_KUNCI)).mode & 0o777).toBe(0o600);

    const d = await bukaDaftar(ke);
    try {
      const asli = await t.daftar.dokumen.cariNomor('2/PAK/2026');
      const pulih = await d.dokumen.cariNomor('2/PAK/2026');
      expect(pulih).toEqual(asli);
      expect(Buffer.from((await d.dokumen.pdf(pulih!.id))!).toString()).toBe('%PDF uji 2/PAK/2026');
      expect((await d.dokumen.cariNomor('1/PAK/2026'))?.status).toBe('dicabut');
      expect((await d.pengguna.periksaSandi('admin1', 'sandi-admin-123'))?.nama).toBe('admin1');
      expect(await d.audit.periksa()).toEqual(await t.daftar.audit.periksa());
      // The numbering carries on where the backup left it.
      const h = await d.dokumen.terbitkan({
        masukanKanonik: '{"i":3}',
        jenis: 'penetapan',
        nip: '198503122010012003',
        nama: 'Sri Wahyuni Contoh',
        unit: '',
        pdf: async (n) => ({ bytes: Buffer.from(n) }),
        oleh: 'operator1',
      });
      expect(h.dokumen.urut).toBe(3);
    } finally {
      await d.tutup();
    }
  });

  it('--ke folder yang sudah ada membuat subfolder bertanda waktu', async () => {
    mkdirSync(join(tmp, 'semua-cadangan'));
    const a = io(t.config);
    expect(await jalankanCadanganCli(['--ke', join(tmp, 'semua-cadangan')], a)).toBe(0);
    const [sub] = readdirSync(join(tmp, 'semua-cadangan'));
    expect(sub).toMatch(/^angka-kredit-cadangan-\d{8}-\d{6}$/);
  });

  it('berkas cadangan yang berubah ditolak, dan DATA_DIR yang sudah berisi tidak ditimpa', async () => {
    const folder = join(tmp, 'cadangan');
    await jalankanCadanganCli(['--ke', folder], io(t.config));
    const ke = await tujuan();
    mkdirSync(ke.DATA_DIR, { recursive: true });
    writeFileSync(join(ke.DATA_DIR, NAMA_BERKAS_KUNCI), 'kunci lain');
    const a = io(ke);
    expect(await jalankanCadanganCli(['pulihkan', '--dari', folder], a)).toBe(1);
    expect(a.salah).toContain('sudah ada; pulihkan ke DATA_DIR yang kosong');
    rmSync(ke.DATA_DIR, { recursive: true });

    const kunci = join(folder, NAMA_BERKAS_KUNCI);
    writeFileSync(kunci, `${readFileSync(kunci, 'utf8')}\n`);
    const b = io(ke);
    expect(await jalankanCadanganCli(['pulihkan', '--dari', folder], b)).toBe(1);
    expect(b.salah).toBe(`Berkas cadangan ${NAMA_BERKAS_KUNCI} hilang atau berubah (tidak cocok dengan SHA256SUMS).\n`);
    expect(existsSync(ke.DATA_DIR)).toBe(false);
  });
});
