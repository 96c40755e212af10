// Command line of the register (the same DATA_DIR and DATABASE_URL as the server):
//   angka-kredit pengguna tambah --nama <nama> --peran admin|operator|auditor [--sandi-dari-stdin]
//   angka-kredit pengguna daftar | peran --nama … --peran … | sandi --nama … | nonaktifkan --nama … | aktifkan --nama …
//   angka-kredit audit periksa          exit 0 when the chain holds, 1 when a row was edited or deleted
//   angka-kredit cadangan --ke <folder>  |  cadangan pulihkan --dari <folder>
// A password is never an argument (it would sit in the shell history and in `ps`): it is typed at a
// hidden prompt, or read from the first line of stdin.
// The database drivers load only when a register command runs, not for every command of src/cli.ts.
import { parseConfig } from '../config.ts';
import { PERAN, RegisterError, type Daftar, type Peran } from './jenis.ts';

export const USAGE_DAFTAR = `angka-kredit pengguna tambah --nama <nama> --peran ${PERAN.join('|')} [--sandi-dari-stdin]
  angka-kredit pengguna daftar
  angka-kredit pengguna peran --nama <nama> --peran ${PERAN.join('|')}
  angka-kredit pengguna sandi --nama <nama> [--sandi-dari-stdin]
  angka-kredit pengguna nonaktifkan|aktifkan --nama <nama>
  angka-kredit audit periksa
  angka-kredit cadangan --ke <folder>
  angka-kredit cadangan pulihkan --dari <folder>`;

/** Who the audit log names for changes made here. */
export const OLEH_CLI = 'baris-perintah';

export interface IoCli {
  tulis(s: string): void;
  galat(s: string): void;
  /** The password: prompt (hidden) on a terminal, else the first line of stdin. */
  bacaSandi(tersembunyi: boolean): Promise<string>;
  env: NodeJS.ProcessEnv;
}

export const ioProses = (): IoCli => ({
  tulis: (s) => process.stdout.write(s),
  galat: (s) => process.stderr.write(s),
  bacaSandi: (dariStdin) => (!dariStdin && process.stdin.isTTY ? tanyaTersembunyi() : barisPertamaStdin()),
  env: process.env,
});

function nilai(args: string[], nama: string): string | undefined {
  const i = args.indexOf(nama);
  return i >= 0 ? args[i + 1] : undefined;
}

async function denganDaftar(io: IoCli, f: (d: Daftar) => Promise<number>): Promise<number> {
  const config = parseConfig(io.env);
  const { bukaDaftar } = await import('./buka.ts');
  const d = await bukaDaftar(config);
  try {
    return await f(d);
  } finally {
    await d.tutup();
  }
}

export async function jalankanPenggunaCli(args: string[], io: IoCli = ioProses()): Promise<number> {
  const [sub] = args;
  const nama = nilai(args, '--nama');
  const peran = nilai(args, '--peran');
  const pakai = () => (io.galat(`Penggunaan:\n  ${USAGE_DAFTAR}\n`), 2);
  if (args.includes('--sandi')) {
    io.galat(
      'Sandi tidak diterima sebagai argumen (tercatat di riwayat shell dan terlihat di daftar proses); ketik saat diminta, atau kirim lewat stdin dengan --sandi-dari-stdin.\n',
    );
    return 2;
  }
  try {
    switch (sub) {
      case 'daftar':
        return await denganDaftar(io, async (d) => {
          const semua = await d.pengguna.semua();
          if (semua.length === 0)
            io.tulis('Belum ada pengguna. Buat admin pertama: angka-kredit pengguna tambah --nama <nama> --peran admin\n');
          for (const p of semua) io.tulis(`${p.nama}\t${p.peran}\t${p.aktif ? 'aktif' : 'nonaktif'}\t${p.dibuat}\n`);
          return 0;
        });
      case 'tambah':
      case 'sandi': {
        if (!nama || (sub === 'tambah' && !peran)) return pakai();
        const sandi = await io.bacaSandi(args.includes('--sandi-dari-stdin'));
        return await denganDaftar(io, async (d) => {
          if (sub === 'tambah') {
            const p = await d.pengguna.tambah({ nama, peran: peran as Peran, sandi }, OLEH_CLI);
            io.tulis(`Pengguna ${p.nama} (${p.peran}) dibuat.\n`);
          } else {
            await d.pengguna.gantiSandi(nama, sandi, OLEH_CLI);
            io.tulis(`Sandi ${nama} diganti; sesinya yang terbuka diakhiri.\n`);
          }
          return 0;
        });
      }
      case 'peran':
        if (!nama || !peran) return pakai();
        return await denganDaftar(io, async (d) => {
          const p = await d.pengguna.ubahPeran(nama, peran as Peran, OLEH_CLI);
          io.tulis(`Peran ${p.nama} sekarang ${p.peran}.\n`);
          return 0;
        });
      case 'nonaktifkan':
      case 'aktifkan':
        if (!nama) return pakai();
        return await denganDaftar(io, async (d) => {
          await (sub === 'nonaktifkan' ? d.pengguna.nonaktifkan(nama, OLEH_CLI) : d.pengguna.aktifkan(nama, OLEH_CLI));
          io.tulis(`Pengguna ${nama} ${sub === 'nonaktifkan' ? 'dinonaktifkan; sesinya diakhiri' : 'diaktifkan'}.\n`);
          return 0;
        });
      default:
        return pakai();
    }
  } catch (e) {
    if (e instanceof RegisterError) {
      io.galat(`${e.message}\n`);
      return e.kode === 'tidak-ditemukan' ? 1 : 2;
    }
    throw e;
  }
}

export async function jalankanAuditCli(args: string[], io: IoCli = ioProses()): Promise<number> {
  if (args[0] !== 'periksa') {
    io.galat(`Penggunaan:\n  ${USAGE_DAFTAR}\n`);
    return 2;
  }
  return denganDaftar(io, async (d) => {
    const p = await d.audit.periksa();
    if (p.utuh) {
      io.tulis(`Rantai audit utuh: ${p.jumlah} baris. Hash terakhir: ${p.hashTerakhir}\n`);
      io.tulis('  Simpan hash terakhir itu di tempat lain (mis. buku catatan): pemeriksaan berikutnya dapat dibandingkan dengannya.\n');
      return 0;
    }
    io.tulis(`Rantai audit RUSAK pada baris ${p.barisRusak}: ${p.alasan}.\n`);
    return 1;
  });
}

export async function jalankanCadanganCli(args: string[], io: IoCli = ioProses()): Promise<number> {
  const config = parseConfig(io.env);
  const { BackupError, buatCadangan, pulihkanCadangan } = await import('./cadangan.ts');
  const { bukaDaftar } = await import('./buka.ts');
  try {
    if (args[0] === 'pulihkan') {
      const dari = nilai(args, '--dari');
      if (!dari) {
        io.galat(`Penggunaan:\n  ${USAGE_DAFTAR}\n`);
        return 2;
      }
      const berkas = await pulihkanCadangan(config, dari);
      io.tulis(`Dipulihkan ke ${config.DATABASE_URL ? 'basis data PostgreSQL dan ' : ''}${config.DATA_DIR}: ${berkas.join(', ')}.\n`);
      // Check the restored chain at once: a backup of a tampered log should not go unnoticed.
      return await jalankanAuditCli(['periksa'], io);
    }
    const ke = nilai(args, '--ke');
    if (!ke) {
      io.galat(`Penggunaan:\n  ${USAGE_DAFTAR}\n`);
      return 2;
    }
    // Opening first runs any pending migration, so the copy has the current schema.
    await (await bukaDaftar(config)).tutup();
    const h = await buatCadangan(config, ke);
    io.tulis(`Cadangan ditulis ke ${h.folder}: ${h.berkas.join(', ')}, SHA256SUMS.\n`);
    if (config.KUNCI_KANTOR)
      io.tulis(`  Kunci kantor dari KUNCI_KANTOR (${config.KUNCI_KANTOR}) berada di luar DATA_DIR: cadangkan sendiri.\n`);
    io.tulis('  Simpan folder itu di tempat aman: isinya data pribadi pegawai dan kunci privat kantor.\n');
    return 0;
  } catch (e) {
    if (e instanceof BackupError) {
      io.galat(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

async function barisPertamaStdin(): Promise<string> {
  const potongan: Buffer[] = [];
  let n = 0;
  for await (const p of process.stdin as AsyncIterable<Buffer>) {
    potongan.push(p);
    n += p.length;
    if (n > 4096 || p.includes(10)) break;
  }
  return Buffer.concat(potongan).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** Asks twice at a hidden prompt (nothing echoed) and requires both to match. */
async function tanyaTersembunyi(): Promise<string> {
  const satu = await tanya('Sandi: ');
  const dua = await tanya('Ulangi sandi: ');
  if (satu !== dua) throw new RegisterError('tidak-sah', 'sandi: kedua sandi tidak sama.');
  return satu;
}

function tanya(label: string): Promise<string> {
  process.stderr.write(label);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((selesai, gagal) => {
    let s = '';
    const akhiri = () => {
      stdin.off('data', baca);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    const baca = (data: string) => {
      for (const c of data) {
        if (c === '\r' || c === '\n') return (akhiri(), selesai(s));
        if (c === '\u0003') return (akhiri(), gagal(new RegisterError('tidak-sah', 'Dibatalkan.')));
        if (c === '\u007f' || c === '\b') s = s.slice(0, -1);
        else s += c;
      }
    };
    stdin.on('data', baca);
  });
}
