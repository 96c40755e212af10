// Hardening over HTTP: the batch's carried rows cannot be forged or inflated, compressed bodies that do
// not inflate are a 400, an aborted upload is not a server error, and a large upload does not stop the
// server from answering others.
import { randomBytes } from 'node:crypto';
import * as net from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvRow, neutralizeFormula } from '../../src/berkas/csv.ts';
import { unit } from '../../bench/generator.ts';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';
import { fixture } from '../batch/helpers.ts';

const muatanDari = (html: string) => /name="muatan" value="([^"]+)"/.exec(html)![1]!;
const unggah = (url: string, data: Uint8Array<ArrayBuffer>, nama = 'unit.csv') => {
  const fd = new FormData();
  fd.append('berkas', new Blob([data]), nama);
  return fetch(`${url}/batch`, { method: 'POST', body: fd });
};
const unduh = (url: string, muatan: string, berkas = 'hasil.csv') =>
  fetch(`${url}/batch/unduh/${berkas}`, { method: 'POST', body: new URLSearchParams({ muatan }) });

let app: AppBerjalan;
const galat500: string[] = [];
const kunci = randomBytes(32);
beforeAll(async () => {
  app = await jalankanApp({ kunciBatch: kunci, log: (p) => galat500.push(p) });
});
afterAll(async () => {
  await app.tutup();
  expect(galat500).toEqual([]);
});

describe('data hasil batch (muatan) tidak dapat dipalsukan atau digelembungkan', () => {
  let muatan: string;
  beforeAll(async () => {
    muatan = muatanDari(await (await unggah(app.url, new Uint8Array(fixture('unit-koma.csv')))).text());
  });

  it('data dari halaman hasil dipakai untuk unduhan', async () => {
    const res = await unduh(app.url, muatan);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('199304042018062004');
  });

  it('satu karakter data diubah: 400, tidak dihitung', async () => {
    const [dibuat, isi, tanda] = [
      muatan.slice(0, muatan.indexOf('.')),
      muatan.slice(muatan.indexOf('.') + 1, muatan.lastIndexOf('.')),
      muatan.slice(muatan.lastIndexOf('.') + 1),
    ];
    const ubah = isi.slice(0, 40) + (isi[40] === 'A' ? 'B' : 'A') + isi.slice(41);
    const res = await unduh(app.url, `${dibuat}.${ubah}.${tanda}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Unggah berkas lagi');
  });

  it('data buatan sendiri dalam bentuk lama (gzip+base64 tanpa tanda tangan) untuk 200.000 pegawai: 400, ditolak sebelum diuraikan', async () => {
    const orang = Array.from({ length: 200_000 }, (_, i) => ({
      nip: String(i),
      baris: [i],
      barisPeriode: [],
      barisPegawai: i,
      klaim: [],
      galat: [],
    }));
    const palsu = gzipSync(JSON.stringify({ v: 1, nama: 'x', format: 'csv', jumlahBaris: 1, orang })).toString('base64');
    for (const m of [palsu, `${Date.now()}.${palsu}.AAAA`]) {
      // How quickly is measured in bench/, not here; the log shows nothing was unpacked (no 500, no error).
      const res = await unduh(app.url, m);
      expect(res.status).toBe(400);
    }
  });

  it('data yang ditandatangani aplikasi lain (kunci lain) ditolak; aplikasi dengan kunci yang sama menerimanya', async () => {
    const lain = await jalankanApp();
    const sama = await jalankanApp({ kunciBatch: kunci });
    try {
      expect((await unduh(lain.url, muatan)).status).toBe(400);
      expect((await unduh(sama.url, muatan)).status).toBe(200);
    } finally {
      await lain.tutup();
      await sama.tutup();
    }
  });

  it('unduhan yang tidak ada: 404, sebelum data dibuka', async () => {
    expect((await unduh(app.url, 'apa-saja', 'rahasia.txt')).status).toBe(404);
  });
});

describe('badan permintaan dan unggahan yang rusak', () => {
  it('Content-Encoding: gzip yang isinya bukan gzip: 400 dengan pesan, bukan 500', async () => {
    const res = await fetch(`${app.url}/api/v1/hitung`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: 'bukan gzip',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).galat).toMatch(/termampat/);
  });

  it('multipart yang rusak (tanpa boundary, kepala bagian cacat, terpotong) ke setiap rute unggahan: 400 dengan pesan, tidak ada 500', async () => {
    // Found by the fuzzer: busboy's own errors reached the error handler as 500s.
    const rusak: [string, string][] = [
      ['multipart/form-data', '--X--\r\n'],
      ['multipart/form-data; boundary=X', '--X\r\nContent-Disposition: form-data; name="berkas"\r\n: :\r\n\r\nabc\r\n--X--\r\n'],
      ['multipart/form-data; boundary=lain', '--X--\r\n'],
    ];
    for (const path of ['/buka', '/validasi', '/batch', '/verifikasi', '/dokumen/penetapan']) {
      for (const [type, body] of rusak) {
        const res = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
        expect(res.status, `${path} ${type}`).toBe(400);
        expect(await res.text(), `${path} ${type}`).toMatch(/tidak dapat dibaca/);
      }
    }
    expect(galat500).toEqual([]);
  });

  it('berkas masukan dengan angka kredit bersarang 100.000 tingkat dibuka ke formulir tanpa 500', async () => {
    // Found by the long fuzz run: reading a field's text recursed into nested arrays until the stack overflowed.
    const masukan = `{"jabatanFungsional":"pranata_humas","angkaKreditAwal":[{"jenis":"ak_dasar","angkaKredit":${'['.repeat(100_000)}"1"${']'.repeat(100_000)}}]}`;
    const fd = new FormData();
    fd.append('berkas', new Blob([masukan]), 'masukan.json');
    const res = await fetch(`${app.url}/buka`, { method: 'POST', body: fd });
    expect(res.status).toBeLessThan(500);
    expect(galat500).toEqual([]);
  });

  it('alamat dengan kode persen yang rusak (/dokumen/%E0%A4%A): 400 dengan pesan, bukan 500', async () => {
    // Found by the long fuzz run: the router's URIError reached the error handler as a 500.
    for (const path of ['/dokumen/%E0%A4%A', '/api/v1/dokumen/%E0%A4%A', '/dokumen/%ZZ']) {
      const res = await fetch(`${app.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'masukan=%7B%7D',
      });
      expect(res.status, path).toBe(400);
      expect(await res.text(), path).toMatch(/kode persen/);
    }
    expect(galat500).toEqual([]);
  });

  it('unggahan yang diputus klien di tengah jalan tidak dicatat sebagai 500, dan server tetap menjawab', async () => {
    const { port } = new URL(app.url);
    for (const path of ['/batch', '/verifikasi']) {
      await new Promise<void>((ok) => {
        const s = net.connect(Number(port), '127.0.0.1', () => {
          s.write(
            `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XX\r\nContent-Length: 100000\r\n\r\n--XX\r\nContent-Disposition: form-data; name="berkas"; filename="a.csv"\r\n\r\nabc`,
          );
          setTimeout(() => {
            s.destroy();
            setTimeout(ok, 200);
          }, 100);
        });
      });
    }
    expect((await fetch(`${app.url}/`)).status).toBe(200);
    expect(galat500).toEqual([]);
  });

  it('sel CSV yang diawali tanda sama dengan lebar penuh (＝) juga dinetralkan', () => {
    expect(neutralizeFormula('＝1+1')).toBe("'＝1+1");
    expect(neutralizeFormula('＋1')).toBe("'＋1");
    expect(neutralizeFormula('－1')).toBe("'－1");
    expect(neutralizeFormula('＠SUM(A1)')).toBe("'＠SUM(A1)");
    expect(csvRow(['＝HYPERLINK("x")'])).toBe(`"'＝HYPERLINK(""x"")"\r\n`);
  });
});

describe('unggahan besar dikerjakan di luar thread permintaan', () => {
  it('selama berkas 20.000 baris diproses, halaman utama tetap dijawab (lebih dulu)', async () => {
    const data = new TextEncoder().encode([...unit(5_000, { seed: 5 })].map((b) => csvRow(b)).join(''));
    const urutan: string[] = [];
    const besar = unggah(app.url, data).then(async (r) => {
      await r.text();
      urutan.push(`unggah ${r.status}`);
    });
    await new Promise((r) => setTimeout(r, 150));
    const kecil = fetch(`${app.url}/`).then(async (r) => {
      await r.text();
      urutan.push(`utama ${r.status}`);
    });
    await Promise.all([besar, kecil]);
    expect(urutan).toEqual(['utama 200', 'unggah 200']);
  }, 60_000);
});

describe('halaman formulir kosong disajikan dari simpanan', () => {
  it('br, gzip, atau polos menurut Accept-Encoding, isi yang sama; ETag yang sama memberi 304', async () => {
    const ambil = (enc: string, etag?: string) =>
      fetch(`${app.url}/`, { headers: { 'accept-encoding': enc, ...(etag && { 'if-none-match': etag, 'cache-control': 'max-age=0' }) } });
    // fetch decodes br and gzip itself; compare what arrives with the identity body.
    const polos = await (await ambil('identity')).text();
    expect(polos).toContain('<form');
    const br = await ambil('br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toBe(polos);
    const gz = await ambil('gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(polos);
    // (fetch adds Cache-Control: no-cache with If-None-Match unless told otherwise; a browser revalidates with max-age=0.)
    const r304 = await ambil('gzip', br.headers.get('etag')!);
    expect(r304.status).toBe(304);
  });
});
