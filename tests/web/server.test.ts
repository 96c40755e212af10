// The process entry: config parsed once at boot, the rule book loaded or the process stops with the
// rule error, and a graceful close on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { csvRow } from '../../src/berkas/csv.ts';
import { unit } from '../../bench/generator.ts';

function jalankan(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const selesai = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, selesai, out: () => out, err: () => err };
}

describe('server', () => {
  it('when PORT and HOST are not set, then the defaults are 3000 on the local host', () => {
    expect(parseConfig({})).toMatchObject({ PORT: 3000, HOST: '127.0.0.1' });
    expect(parseConfig({ PORT: '8080' }).PORT).toBe(8080);
    expect(() => parseConfig({ PORT: 'delapan' })).toThrow(/Konfigurasi tidak sah: PORT/);
  });

  it('when started, then it serves the form, and on SIGTERM it closes and exits 0', async () => {
    const p = jalankan({ PORT: '0' });
    await expect.poll(p.out, { timeout: 20_000 }).toMatch(/siap di http:\/\/localhost:\d+/);
    const port = /localhost:(\d+)/.exec(p.out())![1];
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.selesai).toBe(0);
    expect(p.out()).toContain('SIGTERM diterima');
  });

  it('when started with npm start and SIGTERM goes to npm, then the server closes gracefully and no process is left', async () => {
    // npm runs the script through `sh -c`; the script execs node, so npm's own forwarding reaches the server.
    const npm = spawn('npm', ['start'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    npm.stdout.on('data', (d) => (out += d));
    npm.stderr.on('data', (d) => (out += d));
    const selesai = new Promise<number | null>((r) => npm.on('exit', (code) => r(code)));
    const adaProses = () => {
      try {
        process.kill(-npm.pid!, 0);
        return 'ada';
      } catch {
        return 'habis';
      }
    };
    try {
      // The first start after a change to src/ builds dist/ first.
      await expect.poll(() => out, { timeout: 60_000 }).toMatch(/siap di http:\/\/localhost:\d+/);
      const port = /localhost:(\d+)/.exec(out)![1];
      expect((await fetch(`http://127.0.0.1:${port}/sehat`)).status).toBe(200);
      npm.kill('SIGTERM');
      expect(await selesai).toBe(0);
      expect(out).toContain('SIGTERM diterima');
      // Every process of the tree (npm, the shell if any, node) is gone: none is left holding the port.
      await expect.poll(adaProses, { timeout: 10_000 }).toBe('habis');
      await expect(fetch(`http://127.0.0.1:${port}/sehat`)).rejects.toThrow();
    } finally {
      if (adaProses() === 'ada') process.kill(-npm.pid!, 'SIGKILL');
    }
  }, 90_000);

  it('when the rule book cannot be read, then the process stops with the rule error', async () => {
    const p = jalankan({ PORT: '0', ATURAN_DIR: mkdtempSync(join(tmpdir(), 'aturan-kosong-')) });
    expect(await p.selesai).toBe(1);
    expect(p.err()).toMatch(/Buku aturan tidak sah: .*aturan-kosong-[^/]*\/instruments\.yaml: berkas tidak ditemukan/);
  });

  it('when SIGTERM arrives while a large upload is being read, then it is heard at once and the process exits within the shutdown timeout', async () => {
    const p = jalankan({ PORT: '0', SHUTDOWN_TIMEOUT_MS: '1500' });
    await expect.poll(p.out, { timeout: 20_000 }).toMatch(/siap di http:\/\/localhost:\d+/);
    const port = /localhost:(\d+)/.exec(p.out())![1];
    // 20,000 rows: seconds of work on a worker thread.
    const fd = new FormData();
    fd.append('berkas', new Blob([[...unit(5_000, { seed: 9 })].map((b) => csvRow(b)).join('')]), 'unit.csv');
    const urutan: string[] = [];
    const unggah = fetch(`http://127.0.0.1:${port}/batch`, { method: 'POST', body: fd }).then(
      (r) => {
        urutan.push(`jawaban ${r.status}`);
      },
      () => {
        urutan.push('koneksi ditutup');
      },
    );
    await new Promise((r) => setTimeout(r, 300));
    p.child.kill('SIGTERM');
    await expect.poll(p.out, { timeout: 5_000 }).toContain('SIGTERM diterima');
    urutan.push('SIGTERM diterima');
    expect(await p.selesai).toBe(0);
    await unggah;
    // The signal was heard while the upload was still being worked on, not after it.
    expect(urutan[0]).toBe('SIGTERM diterima');
  }, 60_000);
});

describe('konfigurasi batas dan kunci', () => {
  it('KUNCI_BATCH harus 64 karakter heksadesimal; PEKERJA bilangan bulat 1–64', () => {
    expect(parseConfig({ KUNCI_BATCH: 'ab'.repeat(32) }).KUNCI_BATCH).toEqual(Buffer.alloc(32, 0xab));
    expect(() => parseConfig({ KUNCI_BATCH: 'rahasia' })).toThrow(/KUNCI_BATCH harus 64 karakter heksadesimal/);
    expect(parseConfig({ PEKERJA: '3' }).PEKERJA).toBe(3);
    expect(() => parseConfig({ PEKERJA: '0' })).toThrow(/PEKERJA paling sedikit 1/);
  });

  it('ALAMAT_PUBLIK adalah alamat http(s) tanpa garis miring penutup; selain itu ditolak dengan namanya', () => {
    expect(parseConfig({ ALAMAT_PUBLIK: 'https://ak.contoh.go.id/' }).ALAMAT_PUBLIK).toBe('https://ak.contoh.go.id');
    expect(parseConfig({ ALAMAT_PUBLIK: 'https://contoh.go.id/angka-kredit' }).ALAMAT_PUBLIK).toBe('https://contoh.go.id/angka-kredit');
    expect(parseConfig({}).ALAMAT_PUBLIK).toBeUndefined();
    expect(() => parseConfig({ ALAMAT_PUBLIK: 'ak.contoh.go.id' })).toThrow(/ALAMAT_PUBLIK harus alamat http/);
    expect(() => parseConfig({ ALAMAT_PUBLIK: 'https://ak.contoh.go.id/?x=1' })).toThrow(/ALAMAT_PUBLIK/);
  });
});
