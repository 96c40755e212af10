// The attacks of the hardening review, sent to the real app as a client would send them: each is
// answered with what it is (never "sesuai", never a 5xx) within a generous bound, and while it is being
// worked on, the server still answers somebody else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anotasiMenimpa, bomHalaman, bomLampiran, letakTeks } from './berkas-pdf.ts';
import { bomBerbohong, bomJujur, miliarTawa, satuTeksPanjang, teksBersamaKosong } from './berkas-xlsx.ts';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';
import { pdf } from '../pdf/helpers.ts';

const GIB = 1024 * 1024 * 1024;
let app: AppBerjalan;
const galat500: string[] = [];
beforeAll(async () => {
  app = await jalankanApp({ log: (p) => galat500.push(p) });
});
afterAll(async () => {
  await app.tutup();
  expect(galat500).toEqual([]);
});

/** Sends `kirim` and, while it runs, asks for the home page; both answers and how long the first took. */
async function sambilMenjawab(kirim: () => Promise<Response>): Promise<{ res: Response; isi: string; ms: number }> {
  const t0 = performance.now();
  const serangan = kirim().then(async (res) => ({ res, isi: await res.text(), ms: performance.now() - t0 }));
  const utama = await fetch(`${app.url}/`);
  await utama.text();
  expect(utama.status).toBe(200);
  return serangan;
}

const verifikasi = (bytes: Uint8Array) => () => {
  const fd = new FormData();
  fd.append('berkas', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'lembar.pdf');
  return fetch(`${app.url}/verifikasi`, { method: 'POST', body: fd });
};

describe('serangan pada /verifikasi', () => {
  it('Penetapan asli: Sesuai (pembanding bahwa jalurnya benar)', async () => {
    const { res, isi } = await sambilMenjawab(verifikasi((await pdf('penetapan')).pdf));
    expect(res.status).toBe(200);
    expect(isi).toContain('Sesuai');
  });

  it('anotasi yang menggambar 99,999 di atas jumlah: tidak dapat diverifikasi, dengan alasannya', async () => {
    const { pdf: asli } = await pdf('penetapan');
    const palsu = anotasiMenimpa(asli, await letakTeks(asli, '33,333'), '99,999');
    const { res, isi } = await sambilMenjawab(verifikasi(palsu));
    expect(res.status).toBe(200);
    expect(isi).toContain('Tidak dapat diverifikasi');
    expect(isi).not.toMatch(/>\s*Sesuai/);
    expect(isi).toContain('pembaruan bertahap');
  });

  it('bom PDF (isi halaman 1 GiB bila diuraikan, lampiran 1 GiB): dijawab cepat, server tetap menjawab yang lain', async () => {
    const { pdf: asli } = await pdf('penetapan');
    for (const bom of [bomHalaman(asli, GIB), bomLampiran(asli, GIB)]) {
      const { res, isi } = await sambilMenjawab(verifikasi(bom));
      expect(res.status).toBe(200);
      expect(isi).toContain('Tidak dapat diverifikasi');
    }
  });

  it('berkas lebih besar dari batas unggahan: 413 dengan pesan', async () => {
    const { res, isi } = await sambilMenjawab(verifikasi(new Uint8Array(11 * 1024 * 1024)));
    expect(res.status).toBe(413);
    expect(isi).toContain('10 MB');
  });
});

const unggah = (bytes: Uint8Array) => () => {
  const fd = new FormData();
  fd.append('berkas', new Blob([new Uint8Array(bytes)]), 'unit.xlsx');
  return fetch(`${app.url}/batch`, { method: 'POST', body: fd });
};

describe('serangan pada /batch', () => {
  it.each([
    ['390 MB teks bersama kosong dalam 2,8 MB', () => teksBersamaKosong(390), 413, /lebih dari 64 MB/],
    ['satu teks bersama 50 MB', () => satuTeksPanjang(50), 413, /teks bersama \(sharedStrings\)/],
    ['zip bomb jujur (rasio tinggi)', bomJujur, 413, /zip bomb/],
    ['zip bomb yang berbohong tentang ukurannya', () => bomBerbohong(), 400, /lebih besar daripada yang dinyatakan/],
    ['entitas berlipat (billion laughs)', () => miliarTawa(), 400, /DOCTYPE|ENTITY|entitas/i],
  ] as const)('%s: ditolak dengan pesan, server tetap menjawab', async (_n, buat, status, pesan) => {
    const { res, isi } = await sambilMenjawab(unggah(buat()));
    expect(res.status).toBe(status);
    expect(isi).toMatch(pesan);
  });
});
