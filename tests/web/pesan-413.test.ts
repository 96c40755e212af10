// A 413 names the limit of the route that was asked, taken from the limit the body parser applied: the
// former single text named 100 kB and 1 MB whatever the route (the batch upload's limit is 10 MB, a
// document request's 600 kB).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';

let app: AppBerjalan;
beforeAll(async () => {
  app = await jalankanApp();
});
afterAll(() => app.tutup());

const kirimJson = (path: string, kb: number) =>
  fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ x: 'a'.repeat(kb * 1024) }),
  });

describe('pesan 413 menyebut batas alamat yang diminta', () => {
  it('when a JSON body of 150 kB is sent to /api/v1/hitung, then 413 naming 100 kB', async () => {
    const res = await kirimJson('/api/v1/hitung', 150);
    expect(res.status).toBe(413);
    expect((await res.json()).galat).toBe('Data yang dikirim terlalu besar. Batasnya 100 kB untuk permintaan ke alamat ini.');
  });

  it('when a JSON body of 700 kB is sent to a document route, then 413 naming 600 kB', async () => {
    const res = await kirimJson('/api/v1/dokumen/penetapan', 700);
    expect(res.status).toBe(413);
    expect((await res.json()).galat).toBe('Data yang dikirim terlalu besar. Batasnya 600 kB untuk permintaan ke alamat ini.');
  });

  it('when a form of 150 kB is posted to /hitung, then the page names 100 kB', async () => {
    const res = await fetch(`${app.url}/hitung`, {
      method: 'POST',
      body: new URLSearchParams({ 'identitas.nama': 'x'.repeat(150 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Batasnya 100 kB untuk permintaan ke alamat ini.');
  });
});
