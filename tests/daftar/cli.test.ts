// The register's command line: the first admin, the user list, the audit check's exit code, and
// passwords that never travel as arguments. Against each database, with an injected terminal.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jalankanAuditCli, jalankanPenggunaCli, type IoCli } from '../../src/daftar/cli.ts';
import { mulaiPostgres, syaratPostgres } from '../helpers/postgres.ts';
import { basisUji, type Terbuka } from './basis.ts';

const server = await mulaiPostgres();
afterAll(() => ('berhenti' in server ? server.berhenti() : undefined));
syaratPostgres('baris perintah daftar', server);

function io(t: Terbuka, sandi = 'sandi-admin-pertama'): IoCli & { keluar: string; salah: string; dimintaStdin: boolean[] } {
  const o = {
    keluar: '',
    salah: '',
    dimintaStdin: [] as boolean[],
    tulis: (s: string) => void (o.keluar += s),
    galat: (s: string) => void (o.salah += s),
    bacaSandi: async (dariStdin: boolean) => (o.dimintaStdin.push(dariStdin), sandi),
    env: { DATA_DIR: t.config.DATA_DIR, ...(t.config.DATABASE_URL ? { DATABASE_URL: t.config.DATABASE_URL } : {}) },
  };
  return o;
}

describe.each(basisUji(server))('baris perintah daftar pada $nama', ({ buka }) => {
  let t: Terbuka;
  beforeEach(async () => {
    t = await buka();
  });
  afterEach(() => t.bersihkan());

  it('pengguna tambah membuat admin pertama dengan sandi dari stdin; pengguna daftar menampilkannya', async () => {
    const a = io(t);
    expect(await jalankanPenggunaCli(['tambah', '--nama', 'admin1', '--peran', 'admin', '--sandi-dari-stdin'], a)).toBe(0);
    expect(a.keluar).toBe('Pengguna admin1 (admin) dibuat.\n');
    expect(a.dimintaStdin).toEqual([true]);
    expect((await t.daftar.pengguna.periksaSandi('admin1', 'sandi-admin-pertama'))?.peran).toBe('admin');
    const b = io(t);
    expect(await jalankanPenggunaCli(['daftar'], b)).toBe(0);
    expect(b.keluar).toMatch(/^admin1\tadmin\taktif\t\d{4}-\d\d-\d\dT/);
    expect((await t.daftar.audit.baca())[0]).toMatchObject({ aksi: 'pengguna.tambah', oleh: 'baris-perintah' });
  });

  it('sandi sebagai argumen ditolak tanpa membuat pengguna', async () => {
    const a = io(t);
    expect(await jalankanPenggunaCli(['tambah', '--nama', 'admin1', '--peran', 'admin', '--sandi', 'rahasia-sekali'], a)).toBe(2);
    expect(a.salah).toContain('Sandi tidak diterima sebagai argumen');
    expect(await t.daftar.pengguna.semua()).toEqual([]);
  });

  it('sandi pendek, peran tak dikenal, dan nama ganda: kode keluar 2 dengan pesannya', async () => {
    const a = io(t, 'pendek');
    expect(await jalankanPenggunaCli(['tambah', '--nama', 'admin1', '--peran', 'admin'], a)).toBe(2);
    expect(a.salah).toBe('sandi: Sandi paling sedikit 10 karakter.\n');
    const b = io(t);
    expect(await jalankanPenggunaCli(['tambah', '--nama', 'admin1', '--peran', 'raja'], b)).toBe(2);
    expect(b.salah).toMatch(/^peran: "raja" bukan peran/);
    await jalankanPenggunaCli(['tambah', '--nama', 'admin1', '--peran', 'admin'], io(t));
    const c = io(t);
    expect(await jalankanPenggunaCli(['tambah', '--nama', 'admin1', '--peran', 'operator'], c)).toBe(2);
    expect(c.salah).toBe('nama: pengguna "admin1" sudah ada.\n');
  });

  it('audit periksa: 0 selama rantai utuh, 1 sesudah sebuah baris diubah', async () => {
    await jalankanPenggunaCli(['tambah', '--nama', 'admin1', '--peran', 'admin'], io(t));
    await jalankanPenggunaCli(['peran', '--nama', 'admin1', '--peran', 'operator'], io(t));
    const a = io(t);
    expect(await jalankanAuditCli(['periksa'], a)).toBe(0);
    expect(a.keluar).toMatch(/^Rantai audit utuh: 2 baris\. Hash terakhir: [0-9a-f]{64}\n/);
    await t.mentah("UPDATE audit SET aksi = 'pengguna.hapus' WHERE urutan = 1");
    const b = io(t);
    expect(await jalankanAuditCli(['periksa'], b)).toBe(1);
    expect(b.keluar).toContain('Rantai audit RUSAK pada baris 1');
  });
});
