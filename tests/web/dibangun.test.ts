// The compiled app (dist/, scripts/build.mjs) is the same app as the TypeScript one: both processes,
// started as `npm start` and `npm run dev` start them, answer the same requests for the examples with
// the same status, type and bytes, PDFs included (made by the built worker on one side, by the worker
// bundled from the sources on the other).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

// The PDFs' QR code holds the public address, else the one each request came to (two ports here).
const ALAMAT_PUBLIK = 'https://angka-kredit.contoh.invalid';

interface Server {
  url: string;
  child: ChildProcess;
  selesai: Promise<number | null>;
}

function mulai(args: string[], env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ALAMAT_PUBLIK, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const selesai = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return new Promise((ok, no) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /siap di http:\/\/localhost:(\d+)/.exec(out);
      if (m) ok({ url: `http://127.0.0.1:${m[1]}`, child, selesai });
    });
    child.stderr!.on('data', (d) => (err += d));
    void selesai.then((code) => no(new Error(`${args.join(' ')} berhenti (${code}): ${err}`)));
  });
}

let dibangun: Server;
let sumber: Server;

beforeAll(async () => {
  const b = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, encoding: 'utf8' });
  expect(b.status, b.stderr).toBe(0);
  [dibangun, sumber] = await Promise.all([mulai(['dist/server.js']), mulai(['--import', 'tsx', 'src/server.ts'])]);
}, 120_000);

afterAll(async () => {
  for (const s of [dibangun, sumber]) s?.child.kill('SIGTERM');
  await Promise.all([dibangun?.selesai, sumber?.selesai]);
});

const contoh = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.json'));

/** The example file as a multipart upload (the form's "Buka berkas", the validation page). */
function unggahan(nama: string): FormData {
  const fd = new FormData();
  fd.append('berkas', new Blob([readFileSync(new URL(`../../examples/${nama}`, import.meta.url))], { type: 'application/json' }), nama);
  return fd;
}

const entitas: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#34;': '"' };
const teksHtml = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#34);/g, (e) => entitas[e]!);

/** The fields a browser would send from the first form that posts to /hitung in this page (inputs, selected options, text areas). */
function isianForm(html: string): URLSearchParams {
  const awal = html.indexOf('action="/hitung"');
  const form = html.slice(awal, html.indexOf('</form>', awal));
  const p = new URLSearchParams();
  const atribut = (tag: string, nama: string) => {
    const m = new RegExp(`\\s${nama}="([^"]*)"`).exec(tag);
    return m ? teksHtml(m[1]!) : undefined;
  };
  for (const m of form.matchAll(/<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g)) {
    const tag = m[0];
    const nama = atribut(tag, 'name');
    if (!nama || nama.includes('__i__')) continue;
    if (tag.startsWith('<select')) {
      const pilih = /<option\b[^>]*\sselected[^>]*>/.exec(tag)?.[0];
      p.append(nama, pilih ? (atribut(pilih, 'value') ?? '') : '');
    } else if (tag.startsWith('<textarea')) {
      p.append(nama, teksHtml(/>([\s\S]*?)<\/textarea>/.exec(tag)![1]!));
    } else {
      const jenis = atribut(tag, 'type') ?? 'text';
      if (jenis === 'file' || jenis === 'submit' || ((jenis === 'checkbox' || jenis === 'radio') && !/\schecked\b/.test(tag))) continue;
      p.append(nama, atribut(tag, 'value') ?? 'on');
    }
  }
  return p;
}

interface Jawaban {
  status: number;
  jenis: string | null;
  isi: Buffer;
}

async function minta(s: Server, path: string, init?: RequestInit): Promise<Jawaban> {
  const r = await fetch(s.url + path, init);
  return { status: r.status, jenis: r.headers.get('content-type'), isi: Buffer.from(await r.arrayBuffer()) };
}

/** The same request to both servers; the answers must agree byte for byte. */
async function sama(path: string, init?: () => RequestInit): Promise<Jawaban> {
  const [a, b] = await Promise.all([minta(dibangun, path, init?.()), minta(sumber, path, init?.())]);
  expect({ status: a.status, jenis: a.jenis }).toEqual({ status: b.status, jenis: b.jenis });
  expect(a.isi.equals(b.isi), `${path}: ${a.isi.length} dan ${b.isi.length} byte berbeda`).toBe(true);
  return a;
}

describe('aplikasi hasil build sama dengan aplikasi TypeScript', () => {
  it('when the fixed pages, static files and templates are asked, then both answer the same bytes', async () => {
    for (const path of [
      '/',
      '/aturan',
      '/validasi',
      '/verifikasi',
      '/batch',
      '/batch/templat.csv',
      '/batch/templat.xlsx',
      '/api/openapi.json',
      '/api/docs',
      '/sehat',
      '/tidak-ada',
    ]) {
      const j = await sama(path);
      expect(j.status, path).toBe(path === '/tidak-ada' ? 404 : 200);
    }
    for (const f of readdirSync(new URL('../../public/', import.meta.url))) expect((await sama(`/static/${f}`)).status).toBe(200);
  }, 60_000);

  it.each(contoh)(
    'when %s is opened, computed in the form and through the API, then both answer the same page and JSON',
    async (nama) => {
      const teks = readFileSync(new URL(`../../examples/${nama}`, import.meta.url), 'utf8');
      const form = await sama('/buka', () => ({ method: 'POST', body: unggahan(nama) }));
      expect(form.status).toBe(200);
      const isian = isianForm(form.isi.toString('utf8'));
      const hasil = await sama('/hitung', () => ({ method: 'POST', body: isian }));
      expect(hasil.status).toBe(200);
      // A result page, not the form again with errors.
      expect(hasil.isi.toString('utf8')).toContain('id="ak-kumulatif"');
      expect((await sama('/validasi', () => ({ method: 'POST', body: unggahan(nama) }))).status).toBe(200);
      const api = await sama('/api/v1/hitung', () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: teks }));
      expect(api.status).toBe(200);
    },
    60_000,
  );

  it.each(contoh)(
    'when every PDF of %s is made, then both make the same bytes',
    async (nama) => {
      const data = { ...JSON.parse(readFileSync(new URL(`../../examples/${nama}`, import.meta.url), 'utf8')), dokumen: {} };
      const pdf = await sama('/api/v1/dokumen/semua', () => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
      }));
      expect(pdf.status).toBe(200);
      expect(pdf.jenis).toBe('application/pdf');
      expect(pdf.isi.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    60_000,
  );

  it('when a rule file differs from the one the build checked, then the built app reads and checks that file itself', async () => {
    // The build keeps each rule file's checked data for its exact text (src/rules/siap.ts); a changed
    // text must not get the kept data. Here the Pemula level gets another name in a copy of rules/.
    const dir = mkdtempSync(join(tmpdir(), 'aturan-ubah-'));
    cpSync(join(ROOT, 'rules'), dir, { recursive: true });
    const f = join(dir, 'jenjang.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('nama: Pemula\n', 'nama: Pemula Diubah\n'));
    const s = await mulai(['dist/server.js'], { ATURAN_DIR: dir });
    try {
      expect(await (await fetch(`${s.url}/aturan`)).text()).toContain('Pemula Diubah');
    } finally {
      s.child.kill('SIGTERM');
      await s.selesai;
    }
  }, 60_000);
});
