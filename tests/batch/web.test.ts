// HTTP tests against the real app: upload page and templates, an upload of a unit, refusals with their
// status and message, downloads recomputed from the page's hidden field, one person's full result.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';
import { fixture } from './helpers.ts';

let url: string;
let app: AppBerjalan;
beforeAll(async () => {
  app = await jalankanApp();
  ({ url } = app);
});
afterAll(() => app.tutup());

function unggah(buf: Buffer, nama: string, tanggal = '2024-05-15'): Promise<Response> {
  const fd = new FormData();
  fd.set('berkas', new Blob([new Uint8Array(buf)]), nama);
  fd.set('tanggalPerhitungan', tanggal);
  return fetch(`${url}/batch`, { method: 'POST', body: fd });
}

const muatanDari = (html: string) => /name="muatan" value="([^"]+)"/.exec(html)![1]!;

describe('halaman batch', () => {
  it('when GET /batch, then the upload form and both template links are shown', async () => {
    const res = await fetch(`${url}/batch`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain('href="/batch/templat.xlsx"');
    expect(html).toContain('href="/batch/templat.csv"');
  });

  it('when the templates are downloaded, then they are an XLSX and a semicolon CSV', async () => {
    const x = await fetch(`${url}/batch/templat.xlsx`);
    expect(x.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(
      Buffer.from(await x.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const c = await (await fetch(`${url}/batch/templat.csv`)).text();
    expect(c.split('\n')[0]).toMatch(/^\uFEFF?nip;nama;/);
  });

  it('when a unit is uploaded, then the summary counts it and the table flags the wrong claim with its right value', async () => {
    const res = await unggah(fixture('unit-koma.csv'), 'unit.csv');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/data-ringkasan="dapatKp">1</);
    expect(html).toMatch(/data-ringkasan="dapatKj">1</);
    expect(html).toMatch(/data-ringkasan="dekat">1</);
    expect(html).toMatch(/data-ringkasan="klaimSalah">1</);
    expect(html).toMatch(/tertulis <span class="angka">2,09<\/span>, seharusnya <strong class="angka">2,08<\/strong>/);
  });

  it('when a person has an input warning, then the page counts the persons with warnings and shows the warning in their Catatan', async () => {
    // Andi: only 2023 assessed, so January–April 2024 has no predikat on 15 May 2024. Budi: every month assessed.
    const csv = [
      'nip;nama;jabatan_fungsional;jenjang;golongan;tmt_pangkat;tmt_jenjang;bebas_hukuman_disiplin;periode_mulai;periode_selesai;predikat',
      '199001012015031001;Andi Saputra (fiktif);Pranata Humas;Ahli Pertama;III/a;01/04/2021;01/04/2021;Ya;01/2023;12/2023;Baik',
      '199202022016041002;Budi Contoh (fiktif);Pranata Humas;Ahli Pertama;III/a;01/04/2021;01/04/2021;Ya;01/2023;04/2024;Baik',
    ].join('\n');
    const html = await (await unggah(Buffer.from(csv), 'unit.csv')).text();
    expect(html).toMatch(/id="jumlah-peringatan">1 pegawai dengan peringatan masukan/);
    const baris = html.split('<tr ').filter((t) => t.includes('data-kategori'));
    const andi = baris.find((t) => t.includes('199001012015031001'))!;
    const budi = baris.find((t) => t.includes('199202022016041002'))!;
    expect(andi).toContain('<li>Peringatan: Januari–April 2024 belum ada predikat (4 bulan)');
    expect(budi).not.toContain('Peringatan:');
  });

  it('when the file is not a spreadsheet, then 415 with the reason on the upload page', async () => {
    const res = await unggah(Buffer.from('%PDF-1.7 bukan lembar kerja'), 'surat.pdf');
    expect(res.status).toBe(415);
    expect(await res.text()).toContain('PDF bukan lembar kerja');
  });

  it('when the file is larger than the limit, then 413 naming the limit', async () => {
    const res = await unggah(Buffer.alloc(11 * 1024 * 1024, 0x41), 'besar.csv');
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/lebih besar dari 10 MB/);
  });

  it('when no file is chosen, then 400', async () => {
    const fd = new FormData();
    fd.set('tanggalPerhitungan', '2024-05-15');
    const res = await fetch(`${url}/batch`, { method: 'POST', body: fd });
    expect(res.status).toBe(400);
  });
});

describe('unduhan dihitung ulang dari data halaman', () => {
  let muatan: string;
  beforeAll(async () => {
    muatan = muatanDari(await (await unggah(fixture('unit-koma.csv'), 'unit.csv')).text());
  });
  const post = (path: string, extra: Record<string, string | string[]> = {}) => {
    const body = new URLSearchParams({ muatan });
    for (const [k, v] of Object.entries(extra)) for (const x of [v].flat()) body.append(k, x);
    return fetch(`${url}${path}`, { method: 'POST', body });
  };

  it('when results CSV is asked, then every person is a row with the right figures', async () => {
    const res = await post('/batch/unduh/hasil.csv');
    expect(res.headers.get('content-disposition')).toMatch(/batch-unit-hasil\.csv/);
    const t = await res.text();
    expect(t.trim().split('\r\n')).toHaveLength(1 + 5);
    expect(t).toContain('199304042018062004;Dewi Kusuma (fiktif);');
    expect(t).toContain('106,667');
  });

  it('when the results XLSX is asked, then it holds the Hasil, Kesalahan data, Angka salah and Ringkasan sheets', async () => {
    const res = await post('/batch/unduh/hasil.xlsx');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(new TextDecoder().decode(files['xl/workbook.xml']!)).toMatch(/Hasil.*Kesalahan data.*Angka salah.*Ringkasan/);
  });

  it('when the ZIP of PDFs is asked for two selected people, then it holds two PDFs and the manifest', async () => {
    const res = await post('/batch/unduh/dokumen.zip', { jenis: 'penetapan', pilih: ['199001012015031001', '199405052019071005'] });
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    expect(files['manifest.csv']).toBeDefined();
  });

  it('when office data and a numbering pattern are posted, then each PDF prints its own NOMOR in file order, on F4, with the kop and Tembusan given; the manifest lists the numbers', async () => {
    const { bacaPdf } = await import('../pdf/helpers.ts');
    const res = await post('/batch/unduh/dokumen.zip', {
      jenis: 'penetapan',
      pilih: ['199001012015031001', '199405052019071005'],
      kertas: 'F4',
      kop: 'PEMERINTAH KABUPATEN CONTOH\nBADAN KEPEGAWAIAN DAERAH',
      tembusan: 'Kepala Badan Kepegawaian Negara',
      tanggalPenetapan: '2024-06-03',
      nomorPola: '800.1.13.2/{urut}/BKD/{tahun}',
      nomorMulai: '9',
      nomorLebar: '3',
    });
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const manifest = new TextDecoder().decode(files['manifest.csv']!);
    expect(manifest).toContain('800.1.13.2/009/BKD/2024');
    expect(manifest).toContain('800.1.13.2/010/BKD/2024');
    for (const n of Object.keys(files).filter((f) => f.endsWith('.pdf'))) {
      const t = (await bacaPdf(files[n]!)).halaman.flat().join(' ');
      expect(t).toMatch(
        /^PEMERINTAH KABUPATEN CONTOH BADAN KEPEGAWAIAN DAERAH PENETAPAN ANGKA KREDIT NOMOR: 800\.1\.13\.2\/0(09|10)\/BKD\/2024/,
      );
      expect(t).toContain('Tembusan disampaikan kepada: 1. Kepala Badan Kepegawaian Negara.');
      expect(new TextDecoder('latin1').decode(files[n]!)).toContain('/MediaBox [0 0 609.45 935.43]');
    }
  });

  it('when the numbering pattern has no {urut}, then 400 naming the pattern, before any ZIP byte', async () => {
    const res = await post('/batch/unduh/dokumen.zip', { jenis: 'penetapan', nomorPola: '800/BKD/{tahun}' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Pola nomor harus memuat {urut}');
  });

  it('when a document field is invalid, then 400 before any ZIP byte', async () => {
    const res = await post('/batch/unduh/dokumen.zip', { jenis: 'penetapan', pejabatNip: '123' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('NIP Pejabat Penilai Kinerja');
  });

  it('when the hidden data is tampered with, then 400, not 500', async () => {
    const res = await fetch(`${url}/batch/unduh/hasil.csv`, { method: 'POST', body: new URLSearchParams({ muatan: 'bukan-data' }) });
    expect(res.status).toBe(400);
  });

  it('when one person is opened, then the calculator result view shows their explained result', async () => {
    const res = await post('/batch/hasil', { nip: '199304042018062004' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Dewi Kusuma (fiktif)');
    expect(html).toContain('106,667');
    expect(html).toContain('DAPAT dipertimbangkan untuk kenaikan jenjang jabatan ke Ahli Muda');
  });

  it('when a person is opened from an input JSON (masukan), then it renders too', async () => {
    const masukan = JSON.stringify({
      jabatanFungsional: 'pranata_humas',
      jenjang: 'ahli_pertama',
      golongan: 'III/a',
      tmtPangkat: '2021-04-01',
      tmtJenjang: '2021-04-01',
      penilaian: [{ mulai: '2024-01', selesai: '2024-02', predikat: 'Baik' }],
      tanggalPerhitungan: '2024-05-15',
    });
    const res = await fetch(`${url}/batch/hasil`, { method: 'POST', body: new URLSearchParams({ masukan }) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('2,083');
  });
});
