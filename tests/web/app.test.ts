// HTTP tests against the real app on a random port, with Node's fetch. Expected figures are worked out
// from the rules (koefisien Ahli Pertama 12,5; Baik 100%, Sangat Baik 150%), not copied from output.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { jalankanApp } from '../helpers/app.ts';
import { aturan } from '../helpers/aturan.ts';
import { todayInJakarta } from '../../src/hari-ini.ts';

const mulai = jalankanApp;

let url: string;
let server: Server;
beforeAll(async () => ({ url, server } = await mulai()));
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A person as the form sends it: Ahli Pertama III/a, AK Integrasi 40, 2023 Sangat Baik, Jan–Apr 2024 Baik. */
function formDapat(extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    jabatanFungsional: 'pranata_humas',
    jenjang: 'ahli_pertama',
    golongan: 'III/a',
    tmtPangkat: '2021-04-01',
    tmtJenjang: '2021-04-01',
    tanggalPerhitungan: '2024-05-15',
    'tampilan.desimal': '3',
    'angkaKreditAwal.0.jenis': 'ak_integrasi',
    'angkaKreditAwal.0.uraian': 'PAK Integrasi',
    'angkaKreditAwal.0.angkaKredit': '40',
    'angkaKreditAwal.1.jenis': 'ak_dasar',
    'angkaKreditAwal.1.uraian': '',
    'angkaKreditAwal.1.angkaKredit': '',
    'penilaian.0.mulai': '2023-01',
    'penilaian.0.selesai': '2023-12',
    'penilaian.0.predikat': 'sangat_baik',
    'penilaian.0.jenjang': '',
    'penilaian.1.mulai': '',
    'penilaian.1.selesai': '',
    'penilaian.1.predikat': '',
    'penilaian.1.jenjang': '',
    'penilaian.2.mulai': '2024-01',
    'penilaian.2.selesai': '2024-04',
    'penilaian.2.predikat': 'baik',
    'penilaian.2.jenjang': '',
    'pernyataan.bebasHukumanDisiplin': 'ya',
    'identitas.nama': 'Dewi Contoh (fiktif)',
    'identitas.nip': '199001012015032001',
    ...extra,
  });
}

const post = (path: string, body: URLSearchParams | FormData) => fetch(url + path, { method: 'POST', body });
const postJson = (path: string, body: unknown) =>
  fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The input document for the API: 2 months Baik then 10 months Sangat Baik in 2024, AK Integrasi 10. */
const masukanApi = {
  jabatanFungsional: 'pranata_humas',
  jenjang: 'ahli_pertama',
  golongan: 'III/a',
  tmtPangkat: '2022-04-01',
  tmtJenjang: '2022-04-01',
  angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '10' }],
  penilaian: [
    { mulai: '2024-01', selesai: '2024-02', predikat: 'Baik' },
    { mulai: '2024-03', selesai: '2024-12', predikat: 'Sangat Baik' },
  ],
  pernyataan: { lulusUjiKompetensi: false, formasiTersedia: false, bebasHukumanDisiplin: true },
  tanggalPerhitungan: '2025-01-15',
};

describe('tanggal hari ini (WIB)', () => {
  it('when it is 16:59 or 17:00 UTC, then the WIB date is the same day or the next one, as Asia/Jakarta says', () => {
    const jakarta = (t: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
    for (const iso of [
      '2024-05-15T16:59:59Z',
      '2024-05-15T17:00:00Z',
      '2023-12-31T17:00:00Z',
      '2024-02-28T23:30:00Z',
      '2026-12-01T00:00:00Z',
    ]) {
      expect(todayInJakarta(Date.parse(iso)), iso).toBe(jakarta(Date.parse(iso)));
    }
    expect(todayInJakarta(Date.parse('2024-05-15T16:59:59Z'))).toBe('2024-05-15');
    expect(todayInJakarta(Date.parse('2024-05-15T17:00:00Z'))).toBe('2024-05-16');
  });
});

describe('formulir kosong termampat', () => {
  it('when a browser accepting br and gzip asks first and again later, then each answer is br or gzip and decodes to the plain page', async () => {
    const ambil = (enc: string) => fetch(url + '/', { headers: { 'accept-encoding': enc } });
    const polos = await (await ambil('identity')).text();
    // The first answers may be gzip while brotli is made in the background; brotli once it is ready.
    for (let i = 0; i < 3; i++) {
      const r = await ambil('br, gzip');
      expect(['br', 'gzip']).toContain(r.headers.get('content-encoding'));
      expect(await r.text()).toBe(polos);
    }
    await expect.poll(async () => (await ambil('br, gzip')).headers.get('content-encoding'), { timeout: 10_000 }).toBe('br');
  });
});

describe('kesehatan', () => {
  it('when /sehat is asked, then it answers 200 with a small uncached JSON naming the rule book version', async () => {
    const res = await fetch(url + '/sehat');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'sehat', versiAturan: aturan.versi });
  });
});

describe('formulir', () => {
  it('when the form is opened, then it renders in Indonesian with Pranata Humas first and today as the date', async () => {
    const res = await fetch(url + '/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="id">');
    expect(html.indexOf('value="pranata_humas"')).toBeLessThan(html.indexOf('value="lainnya"'));
    expect(html).toContain('name="tanggalPerhitungan" value="2024-05-15"');
    // Without JavaScript there are six blank penilaian rows.
    expect(html.match(/name="penilaian\.\d+\.mulai"/g)).toHaveLength(6);
  });

  it('when any page is served, then the CSP allows only the app itself: no inline script or style, no other host', async () => {
    const res = await fetch(url + '/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it('when a valid form is posted, then the result gives the total, the verdict with its TMT, and each formula', async () => {
    const res = await post('/hitung', formDapat());
    expect(res.status).toBe(200);
    const html = await res.text();
    // 40 + 12/12 × 150% × 12,5 (18,75) + 4/12 × 100% × 12,5 (4,1666…) = 62,91666… → 62,917
    expect(html).toContain('62,917');
    expect(html).toContain('150% × 12,5 = 18,750');
    expect(html).toContain('4/12 × 100% × 12,5 = 4,167');
    // Kelebihan over the III/b threshold of 50: 12,917. First KP date on or after 15 May 2024 (PerBKN 4/2023): 1 June.
    expect(html).toContain('12,917');
    expect(html).toContain('DAPAT dipertimbangkan untuk kenaikan pangkat ke Penata Muda Tingkat I (III/b) mulai 1 Juni 2024');
    expect(html).toContain('Dewi Contoh (fiktif)');
    // Each condition cites its source with a status.
    expect(html).toContain('PermenPAN-RB 1/2023, Lampiran (angka kredit kumulatif)');
    expect(html).toMatch(/keputusan implementasi/);
    // PDF buttons post the input document.
    for (const jenis of ['konversi', 'akumulasi', 'penetapan', 'lembar-perhitungan', 'semua'])
      expect(html).toContain(`action="/dokumen/${jenis}"`);
    expect(html).toContain('name="masukan" value="{&#34;');
  });

  it('when a field is wrong, then 400 re-renders the form with each message beside its field and the values kept', async () => {
    const res = await post('/hitung', formDapat({ 'identitas.nip': '199013012015032001', 'penilaian.2.predikat': '' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(
      /<p class="pesan-galat" id="f-identitas-nip-galat">NIP: 8 angka pertama \(19901301\) harus tanggal lahir yang sah/,
    );
    // The third form row (index 2; row 1 was blank) carries its own message.
    expect(html).toMatch(/<p class="pesan-galat" id="f-penilaian-2-predikat-galat">Predikat wajib diisi\.<\/p>/);
    expect(html).toContain('value="199013012015032001"');
    expect(html).toContain('name="penilaian.0.mulai" value="2023-01"');
    expect(html).toContain('Ada 2 isian yang perlu diperbaiki');
  });

  it('when the engine rejects the meaning (golongan outside the jenjang), then the message sits beside the golongan', async () => {
    const res = await post('/hitung', formDapat({ golongan: 'III/c' }));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/id="f-golongan-galat">Golongan ruang III\/c berada di luar jenjang Ahli Pertama/);
  });

  it('when a name contains markup, then it is shown escaped', async () => {
    const html = await (await post('/hitung', formDapat({ 'identitas.nama': '<script>alert(1)</script>' }))).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('simpan dan buka kembali', () => {
  it('when the inputs are saved and the file is opened, then the form is refilled with the same values', async () => {
    const res = await post('/hitung', formDapat());
    const masukan = /name="masukan" value="([^"]+)"/
      .exec(await res.text())![1]!
      .replace(/&#34;/g, '"')
      .replace(/&amp;/g, '&');
    const unduh = await post('/masukan.json', new URLSearchParams({ masukan }));
    expect(unduh.status).toBe(200);
    // Issue #14: an HR officer saves many files, so the name says whose (name "Dewi Contoh (fiktif)", the NIP, the date).
    expect(unduh.headers.get('content-disposition')).toMatch(
      /attachment; filename="?masukan-angka-kredit-dewi-contoh-fiktif-199001012015032001-2024-05-15\.json/,
    );
    const json = await unduh.text();
    expect(JSON.parse(json)).toMatchObject({
      jenjang: 'ahli_pertama',
      penilaian: [{ mulai: '2023-01' }, { mulai: '2024-01', selesai: '2024-04', predikat: 'baik' }],
    });

    const fd = new FormData();
    fd.append('berkas', new Blob([json], { type: 'application/json' }), 'masukan.json');
    const buka = await post('/buka', fd);
    expect(buka.status).toBe(200);
    const html = await buka.text();
    expect(html).toContain('Berkas &#34;masukan.json&#34; dibuka');
    expect(html).toContain('name="penilaian.1.mulai" value="2024-01"');
    expect(html).toContain('name="identitas.nip" value="199001012015032001"');
    expect(html).toMatch(/name="pernyataan\.bebasHukumanDisiplin" value="ya" checked/);
  });

  it('when the opened file is not JSON, then the form says so beside the file field', async () => {
    const fd = new FormData();
    fd.append('berkas', new Blob(['bukan json'], { type: 'application/json' }), 'rusak.json');
    const res = await post('/buka', fd);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/id="f-berkas-galat">Berkas &#34;rusak.json&#34; bukan JSON yang sah/);
  });

  it('when an uploaded file is over 1 MB, then 413 with an Indonesian page', async () => {
    const fd = new FormData();
    fd.append('berkas', new Blob(['x'.repeat(1024 * 1024 + 10)]), 'besar.json');
    const res = await post('/buka', fd);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Data yang dikirim terlalu besar');
  });
});

describe('galat', () => {
  it('when a form body is over 100 kB, then 413 with an Indonesian page', async () => {
    const res = await post('/hitung', formDapat({ 'identitas.nama': 'x'.repeat(120 * 1024) }));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('Data yang dikirim terlalu besar');
  });

  it('when a route does not exist, then a 404 page (HTML) or 404 JSON under /api', async () => {
    const res = await fetch(url + '/tidak-ada');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Halaman tidak ditemukan');
    const api = await fetch(url + '/api/v1/tidak-ada');
    expect(api.status).toBe(404);
    expect((await api.json()).galat).toContain('tidak ada');
  });

  it('when the engine throws, then a generic 500 without details, and the error is logged', async () => {
    const log = vi.fn();
    const s = await mulai({
      hitung: () => {
        throw new Error('rahasia internal');
      },
      log,
    });
    try {
      const res = await fetch(s.url + '/hitung', { method: 'POST', body: formDapat() });
      expect(res.status).toBe(500);
      const html = await res.text();
      expect(html).toContain('Terjadi kesalahan pada aplikasi');
      expect(html).not.toContain('rahasia internal');
      expect(html).not.toMatch(/at .*\.ts:\d+/);
      const api = await fetch(s.url + '/api/v1/hitung', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(masukanApi),
      });
      expect(api.status).toBe(500);
      expect(JSON.stringify(await api.json())).not.toContain('rahasia');
      expect(log).toHaveBeenCalledTimes(2);
      expect(String(log.mock.calls[0]![1])).toContain('rahasia internal');
    } finally {
      await new Promise<void>((r) => s.server.close(() => r()));
    }
  });
});

describe('API JSON', () => {
  it('when a valid document is posted to /api/v1/hitung, then the explained result comes back', async () => {
    const res = await postJson('/api/v1/hitung', masukanApi);
    expect(res.status).toBe(200);
    const h = await res.json();
    // 2/12 × 100% × 12,5 = 25/12; 10/12 × 150% × 12,5 = 15,625; + AK Integrasi 10.
    expect(h.konversi.map((k: { angkaKredit: { pasti: string } }) => k.angkaKredit.pasti)).toEqual(['25/12', '15.625']);
    expect(h.akumulasi.kumulatif.tampilan).toBe('27,708');
    expect(h.kenaikanPangkat.dapat).toBe(false);
  });

  it('when a field is missing or wrong, then 400 with field-level Indonesian messages', async () => {
    const { tmtPangkat: _, ...tanpa } = masukanApi;
    const res = await postJson('/api/v1/hitung', { ...tanpa, penilaian: [{ mulai: '2024-13', selesai: '2024-12', predikat: 'Baik' }] });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.galat).toBe('Masukan tidak sah.');
    expect(body.masalah).toEqual(
      expect.arrayContaining([
        { field: 'tmtPangkat', pesan: 'TMT pangkat wajib diisi.' },
        expect.objectContaining({ field: 'penilaian.0.mulai', pesan: expect.stringContaining('Bulan mulai harus bulan yang sah') }),
      ]),
    );
  });

  it('when the body is not JSON, too large, or not declared as JSON, then 400, 413, 415', async () => {
    const rusak = await fetch(url + '/api/v1/hitung', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":' });
    expect(rusak.status).toBe(400);
    expect((await rusak.json()).galat).toBe('Badan permintaan bukan JSON yang sah.');
    const besar = await postJson('/api/v1/hitung', { ...masukanApi, identitas: { nama: 'x'.repeat(110 * 1024) } });
    expect(besar.status).toBe(413);
    expect((await besar.json()).galat).toContain('terlalu besar');
    const teks = await fetch(url + '/api/v1/hitung', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'halo' });
    expect(teks.status).toBe(415);
  });

  it('when figures are sent to /api/v1/validasi, then each is marked with the right value and formula', async () => {
    // 25/12 → 2,08 right; 15,625 → 15,62 wrong (half-up gives 15,63); kumulatif 27,7083… → 27,708 right.
    const res = await postJson('/api/v1/validasi', { masukan: masukanApi, klaim: { konversi: ['2,08', '15,62'], kumulatif: '27,708' } });
    expect(res.status).toBe(200);
    const { validasi } = await res.json();
    expect(validasi.klaim.map((k: { id: string; benar: boolean; seharusnya: string }) => [k.id, k.benar, k.seharusnya])).toEqual([
      ['konversi.1', true, '2,08'],
      ['konversi.2', false, '15,63'],
      ['kumulatif', true, '27,708'],
    ]);
    expect(validasi.klaim[1].rumus).toContain('10/12 × 150% × 12,5');
    expect(validasi.sumber.kutipan).toContain('Keputusan 3');
  });

  it('when validasi has more figures than rows or a bad document, then 400 naming the field', async () => {
    const lebih = await postJson('/api/v1/validasi', { masukan: masukanApi, klaim: { konversi: ['1', '2', '3'] } });
    expect(lebih.status).toBe(400);
    expect((await lebih.json()).masalah[0].field).toBe('klaim.konversi');
    const salah = await postJson('/api/v1/validasi', { masukan: { ...masukanApi, golongan: '' }, klaim: { kumulatif: '1' } });
    expect(salah.status).toBe(400);
    expect((await salah.json()).masalah[0]).toEqual({ field: 'masukan.golongan', pesan: 'Golongan ruang wajib diisi.' });
  });

  it('when the API description is asked for, then OpenAPI 3.1 with every operation, and a readable page', async () => {
    const doc = await (await fetch(url + '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/api/v1/hitung', '/api/v1/jabatan-fungsional', '/api/v1/validasi', '/api/v1/dokumen/{jenis}']);
    expect(doc.components.schemas.Masukan.required).toEqual(
      expect.arrayContaining(['jabatanFungsional', 'tmtPangkat', 'tanggalPerhitungan']),
    );
    const page = await fetch(url + '/api/docs');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/openapi.json');
  });
});

describe('periksa angka (halaman)', () => {
  // Issue #14 reworded the verdicts: "BENAR seharusnya 25" read like an error, so "Sesuai" / "Tidak sesuai, seharusnya …".
  it('when figures from a document are entered on the page, then each is marked Sesuai or Tidak sesuai with the right value', async () => {
    const res = await post(
      '/validasi',
      new URLSearchParams({
        masukan: JSON.stringify(masukanApi),
        'klaim.konversi.1': '2,09',
        'klaim.konversi.2': '15,625',
        'klaim.jumlahKonversi': '',
      }),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/data-klaim="konversi\.1"[^>]*>\s*<strong class="putusan-klaim tidak">Tidak sesuai, seharusnya 2,08<\/strong>/);
    expect(html).toMatch(/data-klaim="konversi\.2"[^>]*>\s*<strong class="putusan-klaim ya">Sesuai<\/strong>/);
    expect(html).toContain('1 sesuai, 1 tidak sesuai');
    expect(html).toContain('Keputusan implementasi, Keputusan 3');
  });
});

describe('dasar hukum', () => {
  it('when the rule book page is opened, then every value shows its source and status, and the decisions are listed', async () => {
    const html = await (await fetch(url + '/aturan')).text();
    expect(html).toContain('Koefisien Ahli Pertama 12,5');
    expect(html).toContain('PermenPAN-RB 1/2023, Pasal 37 ayat (1) huruf a');
    expect(html).toContain('id="keputusan"');
    expect(html).toContain('Keputusan implementasi, Keputusan 3');
    for (const s of ['teks peraturan', 'bahan BKN', 'keputusan implementasi']) expect(html).toContain(s);
  });
});
