// HTTP, against the real app with the document router mounted as the web app mounts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';
import { gantiLampiran, masukanContoh, teks } from './helpers.ts';

let app: AppBerjalan;
let base: string;

beforeAll(async () => {
  app = await jalankanApp();
  base = app.url;
});
afterAll(() => app.tutup());

const postJson = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/v1/dokumen/{jenis}', () => {
  it('when the input is valid, then it answers application/pdf with the verification code in a header', async () => {
    const res = await postJson('/api/v1/dokumen/penetapan', masukanContoh());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="penetapan-199001012015032001-2025-01-15\.pdf"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await teks(bytes)).toContain(`Kode verifikasi ${res.headers.get('x-kode-verifikasi')}`);
  });

  it('when the input or a document field is wrong, then 400 with {galat, masalah: [{field, pesan}]} in Indonesian, the shape of the whole API', async () => {
    const res = await postJson('/api/v1/dokumen/konversi', { ...masukanContoh({ golongan: '' }), dokumen: { kertas: 'Legal' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { galat: string; masalah: { field: string; pesan: string }[] };
    expect(body.galat).toBe('Masukan tidak sah.');
    expect(body.masalah).toEqual(
      expect.arrayContaining([
        { field: 'golongan', pesan: 'Golongan ruang wajib diisi.' },
        { field: 'dokumen.kertas', pesan: 'Ukuran kertas harus A4 atau F4.' },
      ]),
    );
  });

  it('when the logo claims to be PNG but cannot be decoded, then 400 naming dokumen.logo (not a server error)', async () => {
    const rusak = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(150_000, 7)]);
    const d = masukanContoh();
    const res = await postJson('/api/v1/dokumen/konversi', {
      ...d,
      dokumen: { ...(d.dokumen as object), logo: `data:image/png;base64,${rusak.toString('base64')}` },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { masalah: { field: string }[] }).masalah[0]!.field).toBe('dokumen.logo');
  });

  it('when the document kind does not exist, then 404 naming the kinds', async () => {
    const res = await postJson('/api/v1/dokumen/sk-pangkat', masukanContoh());
    expect(res.status).toBe(404);
    expect(((await res.json()) as { masalah: { pesan: string }[] }).masalah[0]!.pesan).toContain(
      'konversi, akumulasi, penetapan, lembar-perhitungan, integrasi, semua',
    );
  });
});

describe('form POST /dokumen/{jenis} from the result page', () => {
  it('when only the input is posted (the result page buttons), then the PDF comes with blanks to fill by hand', async () => {
    const { dokumen: _d, ...masukan } = masukanContoh();
    const res = await fetch(`${base}/dokumen/konversi`, {
      method: 'POST',
      body: new URLSearchParams({ masukan: JSON.stringify(masukan) }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const t = await teks(Buffer.from(await res.arrayBuffer()));
    expect(t).toContain('NOMOR: ....................');
    expect(t).toContain('2/12 × 100% × 12,5 = 2,083');
  });

  it('when document fields and a logo are posted (multipart), then they are printed, on F4', async () => {
    const { dokumen: _d, ...masukan } = masukanContoh();
    const fd = new FormData();
    fd.set('masukan', JSON.stringify(masukan));
    fd.set('kertas', 'F4');
    fd.set('kop', 'PEMERINTAH KOTA CONTOH\nSEKRETARIAT DAERAH');
    fd.set('pejabatNama', 'Siti Aminah Contoh');
    fd.set('tembusan', 'Wali Kota Contoh');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    fd.set('logo', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'logo.png');
    const res = await fetch(`${base}/dokumen/penetapan`, { method: 'POST', body: fd });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const t = await teks(bytes);
    expect(t).toContain('SEKRETARIAT DAERAH');
    expect(t).toContain('Siti Aminah Contoh');
    expect(t).toContain('Wali Kota Contoh');
    expect(bytes.toString('latin1')).toContain('/MediaBox [0 0 609.45 935.43]');
    expect(bytes.toString('latin1')).toContain('/Subtype /Image');
  });

  it('when a document field is wrong, then the document page comes back (400) naming the field', async () => {
    const { dokumen: _d, ...masukan } = masukanContoh();
    const res = await fetch(`${base}/dokumen/penetapan`, {
      method: 'POST',
      body: new URLSearchParams({ masukan: JSON.stringify(masukan), pejabatNip: '12345' }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Dokumen belum dapat dibuat');
    expect(html).toContain('NIP Pejabat Penilai Kinerja: NIP harus terdiri atas 18 angka.');
  });

  it('POST /dokumen shows the document-fields page with one button per document', async () => {
    const res = await fetch(`${base}/dokumen`, { method: 'POST', body: new URLSearchParams({ masukan: JSON.stringify(masukanContoh()) }) });
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const j of ['konversi', 'akumulasi', 'penetapan', 'lembar-perhitungan', 'semua'])
      expect(html).toContain(`formaction="/dokumen/${j}"`);
    expect(html).toContain('F4/Folio (215 × 330 mm)');
  });
});

describe('/verifikasi', () => {
  async function unggah(bytes: Buffer): Promise<Response> {
    const fd = new FormData();
    fd.set('berkas', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'dokumen.pdf');
    return fetch(`${base}/verifikasi`, { method: 'POST', body: fd });
  }

  it('GET shows the upload form and says what verification proves and what it does not', async () => {
    const res = await fetch(`${base}/verifikasi?kode=ABCD-EFGH-JKMN`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('name="berkas"');
    expect(html).toContain('value="ABCD-EFGH-JKMN"');
    expect(html).toContain('Tidak membuktikan:');
  });

  it('when a fresh PDF is uploaded, then "Sesuai"', async () => {
    const pdf = Buffer.from(await (await postJson('/api/v1/dokumen/semua', masukanContoh())).arrayBuffer());
    const html = await (await unggah(pdf)).text();
    expect(html).toContain('Sesuai: angka pada dokumen ini mengikuti dari masukannya');
  });

  it('when its attachment was edited, then "Tidak dapat diverifikasi", never "Sesuai"', async () => {
    const pdf = Buffer.from(await (await postJson('/api/v1/dokumen/konversi', masukanContoh())).arrayBuffer());
    const html = await (await unggah(gantiLampiran(pdf, Buffer.from('{"format":"angka-kredit-jf/lembar@1"}')))).text();
    expect(html).toContain('Tidak dapat diverifikasi');
    expect(html).not.toContain('Sesuai:');
  });

  it('when the code and the input file are given, then the figures to compare with the paper', async () => {
    const res = await postJson('/api/v1/dokumen/konversi', masukanContoh());
    const fd = new FormData();
    fd.set('kode', res.headers.get('x-kode-verifikasi')!);
    fd.set('masukanBerkas', new Blob([JSON.stringify(masukanContoh())], { type: 'application/json' }), 'masukan.json');
    const html = await (await fetch(`${base}/verifikasi`, { method: 'POST', body: fd })).text();
    expect(html).toContain('Sesuai: kode dan masukan cocok');
    expect(html).toContain('20,833');
  });

  it('when nothing is uploaded, then 400 with a message saying what to give', async () => {
    const res = await fetch(`${base}/verifikasi`, { method: 'POST', body: new FormData() });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Unggah PDF yang akan diverifikasi');
  });
});
