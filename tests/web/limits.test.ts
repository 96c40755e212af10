// The web's limits live in one place (src/web/limits.ts); an office changes the batch upload's size and
// rows in the configuration (BATAS_BATCH_MB, BATAS_BATCH_BARIS), and the page, the refusal and the check
// of the configuration follow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { DEFAULT_WEB_LIMITS, webLimitsFrom, formatSize } from '../../src/web/limits.ts';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';

describe('webLimitsFrom', () => {
  it('tanpa pengaturan: batas bawaan (10 MB, 20.000 baris)', () => {
    const b = webLimitsFrom(parseConfig({}));
    expect(b.unggahBatch).toBe(10 * 1024 * 1024);
    expect(b.barisBatch).toBe(20_000);
    expect(b).toEqual(DEFAULT_WEB_LIMITS);
  });

  it('BATAS_BATCH_MB dan BATAS_BATCH_BARIS mengganti dua batas itu saja', () => {
    const b = webLimitsFrom(parseConfig({ BATAS_BATCH_MB: '2', BATAS_BATCH_BARIS: '500' }));
    expect(b.unggahBatch).toBe(2 * 1024 * 1024);
    expect(b.barisBatch).toBe(500);
    expect({ ...b, unggahBatch: 0, barisBatch: 0 }).toEqual({ ...DEFAULT_WEB_LIMITS, unggahBatch: 0, barisBatch: 0 });
  });

  it.each([
    [{ BATAS_BATCH_MB: '0' }, 'BATAS_BATCH_MB paling sedikit 1.'],
    [{ BATAS_BATCH_MB: '1.5' }, 'BATAS_BATCH_MB harus bilangan bulat.'],
    [{ BATAS_BATCH_MB: '500' }, 'BATAS_BATCH_MB paling besar 200'],
    [{ BATAS_BATCH_BARIS: '0' }, 'BATAS_BATCH_BARIS paling sedikit 1.'],
    [{ BATAS_BATCH_BARIS: '300000' }, 'BATAS_BATCH_BARIS paling besar 200000'],
  ])('pengaturan %j ditolak saat mulai', (env, pesan) => {
    expect(() => parseConfig(env)).toThrow(pesan);
  });

  it.each([
    [100 * 1024, '100 kB'],
    [600 * 1024, '600 kB'],
    [1024 * 1024, '1 MB'],
    [12 * 1024 * 1024, '12 MB'],
    [1.5 * 1024 * 1024, '1,5 MB'],
  ])('formatSize(%i) = %s', (n, teks) => {
    expect(formatSize(n)).toBe(teks);
  });
});

describe('batas unggahan batch dari konfigurasi', () => {
  let app: AppBerjalan;
  beforeAll(async () => {
    app = await jalankanApp({ limits: webLimitsFrom(parseConfig({ BATAS_BATCH_MB: '1', BATAS_BATCH_BARIS: '3' })) });
  });
  afterAll(() => app.tutup());

  it('halaman batch menyebut batas yang diatur', async () => {
    const html = await (await fetch(`${app.url}/batch`)).text();
    expect(html).toContain('Paling besar 1 MB dan 3 baris.');
  });

  it('berkas di atas 1 MB ditolak dengan 413 yang menyebut 1 MB', async () => {
    const fd = new FormData();
    fd.append('berkas', new Blob([Buffer.alloc(1024 * 1024 + 10, 'a')], { type: 'text/csv' }), 'unit.csv');
    const res = await fetch(`${app.url}/batch`, { method: 'POST', body: fd });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Berkas lebih besar dari 1 MB.');
  });
});

describe('dokumen OpenAPI', () => {
  it('menyebut batas badan permintaan dari tempat yang sama', async () => {
    const app = await jalankanApp();
    try {
      const spec = await (await fetch(`${app.url}/api/openapi.json`)).text();
      expect(spec).toContain('Badan permintaan lebih dari 100 kB.');
      expect(spec).toContain('Badan permintaan lebih dari 600 kB.');
    } finally {
      await app.tutup();
    }
  });
});
