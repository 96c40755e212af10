// The real app with a register in a temp DATA_DIR (SQLite), its office key made there, one worker, and
// a small HTTP client per user that keeps its session cookie and reads each page's CSRF token.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bukaDaftar } from '../../src/daftar/buka.ts';
import type { Daftar, Peran } from '../../src/daftar/jenis.ts';
import { muatBahanTanda } from '../../src/tanda/bahan.ts';
import type { AppDeps } from '../../src/web/app.ts';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';

export const SANDI = 'sandi-uji-panjang-1';

/** examples/ahli-pertama.json: Rina Pertiwi (fiktif), NIP 199001012015032001, calculated on 15 Januari 2025. */
export const CONTOH = JSON.parse(readFileSync('examples/ahli-pertama.json', 'utf8')) as Record<string, unknown>;

/** The same person's input with another NIP and name (another civil servant). */
export function orangLain(i: number): Record<string, unknown> {
  const nip = `19900101201503${String(2001 + i).padStart(4, '0')}`;
  return { ...CONTOH, identitas: { ...(CONTOH.identitas as object), nama: `Pegawai Fiktif ${i}`, nip } };
}

export interface Register {
  app: AppBerjalan;
  daftar: Daftar;
  dataDir: string;
  url: string;
  tutup: () => Promise<void>;
}

/** The register's clock in these tests: 10 Maret 2025, 10.00 WIB. */
export const SEKARANG = new Date('2025-03-10T03:00:00Z');

/**
 * Users admin.uji, operator.uji, auditor.uji (password SANDI), and an office profile with a plain
 * pattern. `dataDir` reopens an existing register (another rule book, say).
 */
export async function bukaRegister(
  deps: Partial<AppDeps> = {},
  o: { dataDir?: string; bungkus?: (d: Daftar) => Daftar } = {},
): Promise<Register> {
  const dataDir = o.dataDir ?? join(mkdtempSync(join(tmpdir(), 'ak-daftar-web-')), 'data');
  const daftar = await bukaDaftar({ DATA_DIR: dataDir }, { sekarang: () => SEKARANG });
  if (o.dataDir) {
    const app = await jalankanApp({
      daftar,
      bahanTanda: await muatBahanTanda({ dataDir }),
      pekerja: 1,
      hariIni: () => '2025-01-15',
      ...deps,
    });
    return { app, daftar, dataDir, url: app.url, tutup: () => app.tutup() };
  }
  for (const peran of ['admin', 'operator', 'auditor'] as Peran[])
    await daftar.pengguna.tambah({ nama: `${peran}.uji`, peran, sandi: SANDI }, 'uji');
  await daftar.kantor.simpanProfil({ namaKantor: 'BKPSDM Kabupaten Contoh', polaNomor: '{urut:3}/PAK/{tahun}' }, 'uji');
  const bahanTanda = await muatBahanTanda({ dataDir });
  const app = await jalankanApp({
    daftar: o.bungkus ? o.bungkus(daftar) : daftar,
    bahanTanda,
    pekerja: 1,
    hariIni: () => '2025-01-15',
    ...deps,
  });
  return { app, daftar, dataDir, url: app.url, tutup: () => app.tutup() };
}

export interface Jawaban {
  status: number;
  teks: string;
  headers: Headers;
  bytes: Buffer;
}

/** One browser: its cookies, and the CSRF token of the last page that carried one. */
export class Klien {
  cookie = new Map<string, string>();
  csrf = '';
  constructor(readonly url: string) {}

  private simpanCookie(h: Headers) {
    for (const c of h.getSetCookie()) {
      const [pasangan] = c.split(';');
      const i = pasangan!.indexOf('=');
      const nama = pasangan!.slice(0, i);
      const nilai = pasangan!.slice(i + 1);
      if (nilai === '' || /Max-Age=0/.test(c)) this.cookie.delete(nama);
      else this.cookie.set(nama, nilai);
    }
  }

  private headerCookie(): Record<string, string> {
    return this.cookie.size ? { cookie: [...this.cookie].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  async minta(path: string, init: RequestInit = {}): Promise<Jawaban> {
    const res = await fetch(this.url + path, {
      redirect: 'manual',
      ...init,
      headers: { ...this.headerCookie(), ...(init.headers as Record<string, string> | undefined) },
    });
    this.simpanCookie(res.headers);
    const bytes = Buffer.from(await res.arrayBuffer());
    const teks = bytes.toString('utf8');
    const m = /name="_csrf" value="([^"]+)"/.exec(teks);
    if (m && (res.headers.get('content-type') ?? '').startsWith('text/html')) this.csrf = m[1]!;
    return { status: res.status, teks, headers: res.headers, bytes };
  }

  get(path: string): Promise<Jawaban> {
    return this.minta(path);
  }

  /** A form POST; `_csrf` is the current page's token unless the fields give one (or null: none). */
  post(path: string, fields: Record<string, string | string[]> = {}, csrf: string | null = this.csrf): Promise<Jawaban> {
    const body = new URLSearchParams();
    if (csrf !== null) body.append('_csrf', csrf);
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    return this.minta(path, { method: 'POST', body });
  }

  async masuk(nama: string, sandi = SANDI): Promise<Jawaban> {
    await this.get('/masuk');
    return this.post('/masuk', { nama, sandi });
  }
}

/** A signed-in client of the given role; its token is read from the page it lands on. */
export async function sebagai(url: string, peran: Peran): Promise<Klien> {
  const k = new Klien(url);
  const r = await k.masuk(`${peran}.uji`);
  if (r.status !== 303) throw new Error(`masuk sebagai ${peran} gagal: ${r.status}`);
  await k.get(r.headers.get('location')!);
  return k;
}

/** Issues a Penetapan for `masukan` as the operator: the confirmation page, then "Terbitkan". Returns the document page's path. */
export async function terbitkan(op: Klien, masukan: unknown, isi: Record<string, string> = {}): Promise<Jawaban> {
  const konfirmasi = await op.post('/daftar/terbitkan', { masukan: JSON.stringify(masukan) });
  if (konfirmasi.status !== 200) return konfirmasi;
  return op.post('/daftar/terbitkan/kirim', { masukan: JSON.stringify(masukan), pejabatNama: 'Budi Contoh (fiktif)', ...isi });
}
