// Issuing, revoking, replacing and exporting through HTTP (issue 17), against SQLite in a temp DATA_DIR:
// the register's nomor on the PDF, /verifikasi's status line for a registered file, no duplicate on
// re-issue, distinct consecutive numbers under concurrent issuing, a batch issued in one go, and the
// auditor's ZIP whose manifest flags a document whose figures differ under a changed rule book.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAturan } from '../../src/rules/loader.ts';
import { readPdfAttachment } from '../../src/pdf/pdf-attachment.ts';
import { bukaSqlite, jalurDb } from '../../src/daftar/buka.ts';
import { bukaRegister, CONTOH, Klien, orangLain, sebagai, terbitkan, type Klien as KlienT, type Register } from './helpers.ts';

let reg: Register;
let op: KlienT;
beforeAll(async () => {
  reg = await bukaRegister();
  op = await sebagai(reg.url, 'operator');
}, 60_000);
afterAll(() => reg?.tutup());

/** The document page a successful issue lands on, and the PDF's bytes from it. */
async function dokumenDari(k: KlienT, lokasi: string): Promise<{ id: string; halaman: string; pdf: Buffer }> {
  const id = /^\/daftar\/dokumen\/([^?]+)/.exec(lokasi)![1]!;
  const halaman = (await k.get(lokasi)).teks;
  const pdf = await k.get(`/daftar/dokumen/${id}/pdf`);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  return { id, halaman, pdf: pdf.bytes };
}

/** /verifikasi of a file, anonymously: the register's status line (or undefined), and the page. */
async function verifikasi(pdf: Buffer): Promise<{ status?: string; teks: string }> {
  const fd = new FormData();
  fd.append('berkas', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'pak.pdf');
  const res = await fetch(`${reg.url}/verifikasi`, { method: 'POST', body: fd });
  expect(res.status).toBe(200);
  const teks = await res.text();
  const m = /id="status-daftar"[\s\S]*?<strong>([^<]+)<\/strong>/.exec(teks);
  return { ...(m && { status: m[1]!.replace(/&#39;/g, "'") }), teks };
}

describe('issuing from the result page', () => {
  let pertama: { id: string; pdf: Buffer };

  it('when the operator issues, then the register assigns 001/PAK/2025, the PDF carries it, and /verifikasi says "terdaftar, berlaku"', async () => {
    const konfirmasi = await op.post('/daftar/terbitkan', { masukan: JSON.stringify(CONTOH) });
    expect(konfirmasi.status).toBe(200);
    expect(konfirmasi.teks).toContain('Rina Pertiwi (fiktif)');
    expect(konfirmasi.teks).toContain('{urut:3}/PAK/{tahun}');
    const r = await op.post('/daftar/terbitkan/kirim', { masukan: JSON.stringify(CONTOH), pejabatNama: 'Budi Contoh (fiktif)' });
    expect(r.status).toBe(303);
    const d = await dokumenDari(op, r.headers.get('location')!);
    expect(d.halaman).toContain('Diterbitkan dengan nomor 001/PAK/2025.');
    pertama = d;
    // The nomor and the register's date (10 Maret 2025) are in the attached data the PDF was drawn from.
    const lampiran = readPdfAttachment(d.pdf, 4 * 1024 * 1024);
    expect('isi' in lampiran).toBe(true);
    const data = JSON.parse((lampiran as { isi: Buffer }).isi.toString('utf8')) as {
      dokumen: Record<string, unknown>;
      jenis: string;
      kode: string;
      tanda: string;
    };
    expect(data.jenis).toBe('penetapan');
    expect(data.dokumen.nomorPenetapan).toBe('001/PAK/2025');
    expect(data.dokumen.tanggalPenetapan).toBe('2025-03-10');
    expect(data.dokumen.pejabatNama).toBe('Budi Contoh (fiktif)');
    const rec = await reg.daftar.dokumen.cariId(d.id);
    expect(rec!.hashPdf).toBe(createHash('sha256').update(d.pdf).digest('hex'));
    expect(rec!.diterbitkanOleh).toBe('operator.uji');
    // The register keeps the printed code and the office-key signature the sheet carries.
    expect(rec!.kodeVerifikasi).toBe(data.kode);
    expect(rec!.tanda).toBe(data.tanda);
    expect(data.tanda).toMatch(/^[A-Za-z0-9_-]{86}$/);
    const v = await verifikasi(d.pdf);
    expect(v.status).toBe('Nomor 001/PAK/2025: terdaftar, berlaku (diterbitkan 10 Maret 2025).');
    expect(v.teks).toContain('Ditandatangani dengan kunci kantor ini');
    // The auditor re-verifies the stored file from the register, without downloading it.
    const ulang = await (await sebagai(reg.url, 'auditor')).get(`/daftar/dokumen/${d.id}/verifikasi`);
    expect(ulang.status).toBe(200);
    expect(ulang.teks).toContain('Nomor 001/PAK/2025: terdaftar, berlaku');
    expect(ulang.teks).toContain('Ditandatangani dengan kunci kantor ini');
    expect(ulang.teks).toMatch(/✔/);
  }, 60_000);

  it('when the same input is issued again, then the existing document is returned: no new nomor', async () => {
    const r = await terbitkan(op, CONTOH);
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`/daftar/dokumen/${pertama.id}?sudah=1`);
    expect((await op.get(r.headers.get('location')!)).teks).toContain('sudah diterbitkan sebelumnya dengan nomor 001/PAK/2025');
    expect((await reg.daftar.dokumen.cari({})).total).toBe(1);
  }, 60_000);

  it('when the input has no NIP, then 400 naming the field; nothing is issued', async () => {
    const { identitas: _i, ...tanpa } = CONTOH;
    const r = await op.post('/daftar/terbitkan', { masukan: JSON.stringify(tanpa) });
    expect(r.status).toBe(400);
    expect(r.teks).toContain('NIP pegawai wajib diisi');
    const kirim = await op.post('/daftar/terbitkan/kirim', { masukan: JSON.stringify(tanpa) });
    expect(kirim.status).toBe(400);
    expect((await reg.daftar.dokumen.cari({})).total).toBe(1);
  });

  it('when the operator revokes without a reason, then 400; with a reason, then /verifikasi says "dicabut pada … karena …"', async () => {
    const d = await dokumenDari(op, (await terbitkan(op, orangLain(1))).headers.get('location')!);
    expect(d.halaman).toContain('002/PAK/2025');
    const tanpaAlasan = await op.post(`/daftar/dokumen/${d.id}/cabut`, { alasan: '' });
    expect(tanpaAlasan.status).toBe(400);
    expect(tanpaAlasan.teks).toContain('Alasan pencabutan wajib diisi');
    const cabut = await op.post(`/daftar/dokumen/${d.id}/cabut`, { alasan: 'Predikat 2024 keliru dicatat' });
    expect(cabut.status).toBe(200);
    expect(cabut.teks).toContain('Dokumen nomor 002/PAK/2025 dicabut.');
    const v = await verifikasi(d.pdf);
    expect(v.status).toBe('Nomor 002/PAK/2025: terdaftar, dicabut pada 10 Maret 2025 karena Predikat 2024 keliru dicatat.');
    expect((await op.post(`/daftar/dokumen/${d.id}/cabut`, { alasan: 'Kedua kalinya dicabut' })).status).toBe(409);
    const audit = (await reg.daftar.audit.baca({ batas: 20 })).map((b) => b.aksi);
    expect(audit.some((a) => /cabut/.test(a))).toBe(true);
  }, 60_000);

  it('when the printed code is looked up (a paper sheet, a scanned QR code), then /verifikasi shows the register status, in any spelling of the code', async () => {
    const semua = (await reg.daftar.dokumen.cari({})).dokumen;
    const berlaku = semua.find((x) => x.nomor === '001/PAK/2025')!;
    const dicabut = semua.find((x) => x.nomor === '002/PAK/2025')!;
    const status = async (kode: string) => {
      const teks = await (await fetch(`${reg.url}/verifikasi?kode=${encodeURIComponent(kode)}`)).text();
      return /id="status-daftar"[\s\S]*?<strong>([^<]+)<\/strong>/.exec(teks)?.[1];
    };
    expect(await status(berlaku.kodeVerifikasi!)).toBe('Nomor 001/PAK/2025: terdaftar, berlaku (diterbitkan 10 Maret 2025).');
    // As a person types it from paper: lower case, no dashes.
    expect(await status(berlaku.kodeVerifikasi!.toLowerCase().replace(/-/g, ''))).toBe(
      'Nomor 001/PAK/2025: terdaftar, berlaku (diterbitkan 10 Maret 2025).',
    );
    expect(await status(dicabut.kodeVerifikasi!)).toBe(
      'Nomor 002/PAK/2025: terdaftar, dicabut pada 10 Maret 2025 karena Predikat 2024 keliru dicatat.',
    );
    expect(await status('0000-0000-0000')).toBeUndefined();
  }, 60_000);

  it('when the operator replaces a document with a corrected input, then a new nomor points back and /verifikasi of the old file says "diganti dengan nomor …"', async () => {
    const lama = await dokumenDari(op, (await terbitkan(op, orangLain(2))).headers.get('location')!);
    expect(lama.halaman).toContain('003/PAK/2025');
    const form = await op.get(`/daftar/dokumen/${lama.id}/ganti`);
    expect(form.status).toBe(200);
    const dibetulkan = { ...orangLain(2), penilaian: [{ mulai: '2023-01', selesai: '2024-12', predikat: 'Baik' }] };
    const sama = await op.post(`/daftar/dokumen/${lama.id}/ganti`, { masukan: JSON.stringify(orangLain(2)), alasan: 'Periode digabung' });
    expect(sama.status).toBe(400);
    expect(sama.teks).toContain('Masukan pengganti sama dengan masukan dokumen lama');
    const r = await op.post(`/daftar/dokumen/${lama.id}/ganti`, {
      masukan: JSON.stringify(dibetulkan),
      alasan: 'Predikat 2023 ternyata Baik',
    });
    expect(r.status).toBe(303);
    const baru = await dokumenDari(op, r.headers.get('location')!);
    expect(baru.halaman).toContain('004/PAK/2025');
    expect(baru.halaman).toContain('Mengganti');
    const v = await verifikasi(lama.pdf);
    expect(v.status).toBe('Nomor 003/PAK/2025: terdaftar, diganti dengan nomor 004/PAK/2025; dokumen ini tidak berlaku lagi.');
    expect((await verifikasi(baru.pdf)).status).toMatch(/^Nomor 004\/PAK\/2025: terdaftar, berlaku/);
  }, 60_000);

  it('when a PDF was never registered, then /verifikasi shows no register line (as before)', async () => {
    const res = await fetch(`${reg.url}/api/v1/dokumen/penetapan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(orangLain(9)),
    });
    const v = await verifikasi(Buffer.from(await res.arrayBuffer()));
    expect(v.status).toBeUndefined();
    expect(v.teks).not.toContain('status-daftar');
  }, 60_000);
});

describe('concurrent issuing through HTTP', () => {
  it('when six operators issue at once, then six distinct consecutive numbers follow the last one', async () => {
    const sebelum = (await reg.daftar.dokumen.cari({})).dokumen.map((d) => d.urut);
    const akhir = Math.max(...sebelum);
    const klien = await Promise.all(Array.from({ length: 6 }, () => sebagai(reg.url, 'operator')));
    const hasil = await Promise.all(klien.map((k, i) => terbitkan(k, orangLain(20 + i))));
    expect(hasil.map((r) => r.status)).toEqual([303, 303, 303, 303, 303, 303]);
    const urut = await Promise.all(
      hasil.map(async (r) => (await reg.daftar.dokumen.cariId(/\/daftar\/dokumen\/([^?]+)/.exec(r.headers.get('location')!)![1]!))!.urut),
    );
    expect([...urut].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6].map((n) => akhir + n));
  }, 120_000);
});

describe('issuing a batch', () => {
  it('when the operator issues from a batch results page, then each person without data errors gets the next nomor', async () => {
    const csv = [
      'nip,nama,unit_kerja,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,bebas_hukuman_disiplin,periode_mulai,periode_selesai,predikat',
      '199501012020011001,Fajar Batch (fiktif),Bagian Umum,Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,Ya,2023-01,2023-12,Baik',
      '199502022020012002,Gita Batch (fiktif),Bagian Umum,Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,Ya,2023-01,2023-12,Sangat Baik',
      '199503032020011003,Hadi Batch (fiktif),Bagian Umum,Pranata Humas,Ahli Pertama,III/z,2021-04-01,2021-04-01,Ya,2023-01,2023-12,Baik',
    ].join('\n');
    const fd = new FormData();
    fd.set('berkas', new Blob([csv]), 'unit.csv');
    fd.set('tanggalPerhitungan', '2025-01-15');
    const unggah = await op.minta('/batch', { method: 'POST', body: fd });
    expect(unggah.status).toBe(200);
    expect(unggah.teks).toContain('id="terbitkan-batch"');
    const muatan = /name="muatan" value="([^"]+)"/.exec(unggah.teks)![1]!;
    const sebelum = (await reg.daftar.dokumen.cari({})).total;
    const r = await op.post('/daftar/terbitkan-batch', { muatan, pejabatNama: 'Budi Contoh (fiktif)' });
    expect(r.status).toBe(200);
    expect(r.teks).toContain('2 dokumen diterbitkan dengan nomor baru');
    const nomor = [...r.teks.matchAll(/>(\d{3}\/PAK\/2025)</g)].map((m) => m[1]);
    expect(nomor).toEqual([sebelum + 1, sebelum + 2].map((n) => `${String(n).padStart(3, '0')}/PAK/2025`));
    // Again: nothing new.
    const lagi = await op.post('/daftar/terbitkan-batch', { muatan, pejabatNama: 'Budi Contoh (fiktif)' });
    expect(lagi.teks).toContain('0 dokumen diterbitkan dengan nomor baru, 2 sudah terbit sebelumnya');
    // A forged carried-rows field is refused before anything is read.
    expect((await op.post('/daftar/terbitkan-batch', { muatan: `${muatan.slice(0, -3)}AAA` })).status).toBe(400);
    const auditor = await sebagai(reg.url, 'auditor');
    expect((await auditor.post('/daftar/terbitkan-batch', { muatan })).status).toBe(403);
  }, 120_000);
});

describe("the auditor's view and export", () => {
  it('when the auditor searches by NIP, name, status, year, then the matching rows; a malformed year is a 400', async () => {
    const a = await sebagai(reg.url, 'auditor');
    const nip = await a.get('/daftar?nip=199001012015032001');
    expect(nip.status).toBe(200);
    expect(nip.teks).toContain('1 dokumen');
    expect(nip.teks).toContain('001/PAK/2025');
    const dicabut = await a.get('/daftar?status=dicabut');
    expect(dicabut.teks).toContain('1 dokumen');
    expect(dicabut.teks).toContain('002/PAK/2025');
    expect((await a.get('/daftar?tahun=2024')).teks).toContain('0 dokumen');
    expect((await a.get('/daftar?nama=Batch')).teks).toContain('2 dokumen');
    expect((await a.get('/daftar?tahun=20x4')).status).toBe(400);
    // An anonymous visitor gets nothing of it.
    expect((await new Klien(reg.url).get('/daftar/ekspor.zip')).status).toBe(303);
  });

  it('when the auditor exports, then a ZIP of the stored PDFs and a manifest (CSV, JSON) with status, signature, and "sama" under the same rule book', async () => {
    const a = await sebagai(reg.url, 'auditor');
    const r = await a.get('/daftar/ekspor.zip?nip=199001012015032001');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(r.bytes));
    const json = JSON.parse(Buffer.from(zip['manifest.json']!).toString('utf8')) as { dokumen: Record<string, unknown>[]; berbeda: number };
    expect(json.dokumen).toHaveLength(1);
    expect(json.dokumen[0]).toMatchObject({
      nomor: '001/PAK/2025',
      nip: '199001012015032001',
      nama: 'Rina Pertiwi (fiktif)',
      jenis: 'penetapan',
      status: 'berlaku',
      berkas: 'pdf/001-PAK-2025.pdf',
      hashCocok: true,
      tandaTangan: 'Ditandatangani dengan kunci kantor ini',
      hitungUlang: 'sama',
      perbedaan: '',
    });
    expect(json.berbeda).toBe(0);
    const pdf = Buffer.from(zip['pdf/001-PAK-2025.pdf']!);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe((await reg.daftar.dokumen.cariNomor('001/PAK/2025'))!.hashPdf);
    const csv = Buffer.from(zip['manifest.csv']!).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFnomor;nip;nama;unit;jenis;tanggal;status;berkas;hashCocok;tandaTangan;hitungUlang;perbedaan');
    expect(csv).toContain('001/PAK/2025;199001012015032001;Rina Pertiwi (fiktif);Bagian Hubungan Masyarakat;penetapan;');
    expect(csv).toContain(';berlaku;pdf/001-PAK-2025.pdf;ya;Ditandatangani dengan kunci kantor ini;sama;');
    expect((await reg.daftar.audit.baca({ batas: 5 })).some((b) => b.aksi === 'ekspor' && b.oleh === 'auditor.uji')).toBe(true);
  }, 120_000);

  it('when the rule book in force changes the Ahli Pertama koefisien, then the export flags the document as "berbeda" with the figures', async () => {
    // A copy of rules/ with koefisien Ahli Pertama 12,5 → 13. Rina: 2023 Sangat Baik 150% × 13 = 19,5 and
    // 2024 Baik 100% × 13 = 13, so 32,5 in the jenjang (was 18,75 + 12,5 = 31,25), and with her AK
    // Integrasi 12,5 a kumulatif of 45 (was 43,75).
    const dir = join(mkdtempSync(join(tmpdir(), 'ak-aturan-ubah-')), 'rules');
    cpSync('rules', dir, { recursive: true });
    const jenjang = readFileSync(join(dir, 'jenjang.yaml'), 'utf8').split('\n');
    const i = jenjang.findIndex((l, n) => l.includes('nilai: "12.5"') && (jenjang[n + 2] ?? '').includes('Koefisien Ahli Pertama'));
    expect(i).toBeGreaterThan(0);
    jenjang[i] = jenjang[i]!.replace('"12.5"', '"13"');
    writeFileSync(join(dir, 'jenjang.yaml'), jenjang.join('\n'));
    const aturanUbah = loadAturan(dir);
    const lain = await bukaRegister({ aturan: aturanUbah, dirAturan: dir }, { dataDir: reg.dataDir });
    try {
      const a = await sebagai(lain.url, 'auditor');
      const r = await a.get('/daftar/ekspor.zip?nip=199001012015032001');
      expect(r.status).toBe(200);
      const zip = unzipSync(new Uint8Array(r.bytes));
      const json = JSON.parse(Buffer.from(zip['manifest.json']!).toString('utf8')) as {
        dokumen: { hitungUlang: string; perbedaan: string; hashCocok: boolean }[];
        berbeda: number;
      };
      expect(json.berbeda).toBe(1);
      expect(json.dokumen[0]!.hashCocok).toBe(true);
      expect(json.dokumen[0]!.hitungUlang).toBe('berbeda');
      expect(json.dokumen[0]!.perbedaan).toContain('Jumlah angka kredit konversi dalam jenjang: 31,250 → 32,500');
      expect(json.dokumen[0]!.perbedaan).toContain('Angka kredit kumulatif: 43,750 → 45,000');
    } finally {
      await lain.tutup();
    }
  }, 120_000);
  it('when a stored PDF is altered in the database, then the export says its hash no longer matches, and re-verification says the stored file was changed', async () => {
    const d = (await reg.daftar.dokumen.cari({ nama: 'Fajar Batch' })).dokumen[0]!;
    const db = bukaSqlite(jalurDb(reg.dataDir));
    try {
      const { pdf } = db.prepare('select pdf from dokumen where id = ?').get(d.id) as { pdf: Buffer };
      // One byte of the page content stream changed: the file still opens, its bytes differ.
      const i = pdf.indexOf('stream') + 20;
      pdf[i] = pdf[i]! ^ 0x01;
      db.prepare('update dokumen set pdf = ? where id = ?').run(pdf, d.id);
    } finally {
      db.close();
    }
    const a = await sebagai(reg.url, 'auditor');
    const r = await a.get('/daftar/ekspor.zip?nama=Fajar+Batch');
    const json = JSON.parse(Buffer.from(unzipSync(new Uint8Array(r.bytes))['manifest.json']!).toString('utf8')) as {
      dokumen: { hashCocok: boolean; hitungUlang: string }[];
    };
    expect(json.dokumen[0]!.hashCocok).toBe(false);
    expect(json.dokumen[0]!.hitungUlang).not.toBe('sama');
    const ulang = await a.get(`/daftar/dokumen/${d.id}/verifikasi`);
    expect(ulang.teks).toContain('berkas di basis data telah diubah');
  }, 120_000);
});
