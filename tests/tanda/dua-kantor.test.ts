// Two instances, two data folders: a document made by B is "signed by an unknown key" at A until A puts
// B's public key in its trusted list, and then it reads as signed by B, by name. Nothing B makes ever
// reads as issued by A. Checked on the verifier, the CLI, and the web app (where workers sign and verify).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { verifikasiKode, verifikasiPdf } from '../../src/pdf/verifikasi.ts';
import { ringkasanData } from '../../src/tanda/tanda.ts';
import { lampiranAsli } from '../keamanan/berkas-pdf.ts';
import { aturan, masukanContoh } from '../pdf/helpers.ts';
import { jalankanApp } from '../helpers/app.ts';
import { daftarDipercaya, folderSementara, instansi, type Instansi } from './helpers.ts';

let a: Instansi;
let b: Instansi;
let dariB: Buffer;
let dariA: Buffer;

beforeAll(async () => {
  a = await instansi();
  b = await instansi();
  // masukanContoh's calculation date is 2025-01-15: the signing time.
  dariB = (await buatDokumen(aturan, masukanContoh(), 'penetapan', { penandatangan: b.penandatangan })).pdf;
  dariA = (await buatDokumen(aturan, masukanContoh(), 'penetapan', { penandatangan: a.penandatangan })).pdf;
});

describe('dua kantor, dua folder data', () => {
  it("B's document at A: the figures follow (sesuai), signed by an unknown key", async () => {
    const v = await verifikasiPdf(aturan, dariB, a.penandatangan.kepercayaan);
    expect(v.status).toBe('sesuai');
    expect(v.tandaTangan!.status).toBe('kunci-tidak-dikenal');
    expect(v.tandaTangan!.judul).toBe('Ditandatangani dengan kunci yang tidak dikenal');
    expect(v.tandaTangan!.sidikJari).toBe(b.penandatangan.kunci!.sidikJari);
  });

  it("B's document at B, and A's at A: signed by this office's key", async () => {
    expect((await verifikasiPdf(aturan, dariB, b.penandatangan.kepercayaan)).tandaTangan!.status).toBe('kantor-ini');
    expect((await verifikasiPdf(aturan, dariA, a.penandatangan.kepercayaan)).tandaTangan!.status).toBe('kantor-ini');
  });

  it("the same input gives different files at A and B (different keys), and A's never reads as issued at B", async () => {
    expect(dariA.equals(dariB)).toBe(false);
    expect((await verifikasiPdf(aturan, dariA, b.penandatangan.kepercayaan)).tandaTangan!.status).toBe('kunci-tidak-dikenal');
  });

  it('after A lists B\'s public key as "BKPSDM Kabupaten B": signed by B, by name', async () => {
    const daftar = daftarDipercaya([{ nama: 'BKPSDM Kabupaten B', kunci: b.penandatangan.kunci!.publik, berlakuMulai: '2024-01-01' }]);
    const a2 = await instansi({ dataDir: a.dataDir, dipercaya: daftar });
    expect(a2.penandatangan.kunci!.publik).toBe(a.penandatangan.kunci!.publik);
    const v = await verifikasiPdf(aturan, dariB, a2.penandatangan.kepercayaan);
    expect(v.tandaTangan!.status).toBe('kantor-dipercaya');
    expect(v.tandaTangan!.judul).toBe('Ditandatangani dengan kunci BKPSDM Kabupaten B');
    expect(v.tandaTangan!.namaKantor).toBe('BKPSDM Kabupaten B');
    // A's own documents are still A's.
    expect((await verifikasiPdf(aturan, dariA, a2.penandatangan.kepercayaan)).tandaTangan!.status).toBe('kantor-ini');
  });

  it('a key kept after rotation with a validity period: a document signed 2025-01-15 is accepted for 2024-01-01..2025-01-15, not for a period that ended 2025-01-14 or began 2025-01-16', async () => {
    const untuk = async (berlakuMulai: string, berlakuSampai: string) => {
      const i = await instansi({
        dataDir: a.dataDir,
        dipercaya: daftarDipercaya([{ nama: 'Kantor A (kunci lama)', kunci: b.penandatangan.kunci!.publik, berlakuMulai, berlakuSampai }]),
      });
      return (await verifikasiPdf(aturan, dariB, i.penandatangan.kepercayaan)).tandaTangan!;
    };
    expect((await untuk('2024-01-01', '2025-01-15')).status).toBe('kantor-dipercaya');
    const lewat = await untuk('2024-01-01', '2025-01-14');
    expect(lewat.status).toBe('di-luar-masa-berlaku');
    expect(lewat.judul).toBe('Ditandatangani dengan kunci Kantor A (kunci lama), di luar masa berlakunya');
    expect((await untuk('2025-01-16', '2026-01-01')).status).toBe('di-luar-masa-berlaku');
  });

  it('an unsigned document (no key) says so', async () => {
    const tanpa = (await buatDokumen(aturan, masukanContoh(), 'penetapan')).pdf;
    const v = await verifikasiPdf(aturan, tanpa, a.penandatangan.kepercayaan);
    expect(v.status).toBe('sesuai');
    expect(v.tandaTangan!.status).toBe('tidak-ditandatangani');
  });

  it('the paper path: the attached data with the printed code also tells the signer', async () => {
    const l = lampiranAsli(dariB);
    const kode = (JSON.parse(l) as { kode: string }).kode;
    expect(verifikasiKode(aturan, kode, l, a.penandatangan.kepercayaan).tandaTangan!.status).toBe('kunci-tidak-dikenal');
    expect(verifikasiKode(aturan, kode, l, b.penandatangan.kepercayaan).tandaTangan!.status).toBe('kantor-ini');
  });
});

describe('CLI: angka-kredit verifikasi berkas.pdf', () => {
  it('with DATA_DIR of A: exit 1, "kunci yang tidak dikenal"; with DATA_DIR of B: exit 0, "kunci kantor ini"; no key is made by the verifier', () => {
    const berkas = join(folderSementara(), 'dari-b.pdf');
    writeFileSync(berkas, dariB);
    const jalan = (dataDir: string) =>
      spawnSync(process.execPath, ['bin/angka-kredit.js', 'verifikasi', berkas], {
        encoding: 'utf8',
        env: { ...process.env, DATA_DIR: dataDir },
      });
    const diA = jalan(a.dataDir);
    expect(diA.status, diA.stderr).toBe(1);
    expect(diA.stdout).toContain('Penerbit: Ditandatangani dengan kunci yang tidak dikenal');
    expect(diA.stdout).toContain('Angka: Sesuai');
    const diB = jalan(b.dataDir);
    expect(diB.status, diB.stderr).toBe(0);
    expect(diB.stdout).toContain('Penerbit: Ditandatangani dengan kunci kantor ini');
    const kosong = join(folderSementara(), 'belum-ada');
    expect(jalan(kosong).status).toBe(1);
    expect(spawnSync('test', ['-e', kosong]).status).toBe(1);
  }, 120_000);
});

describe('web: the workers sign and verify with the key given at start', () => {
  it('a PDF from A verifies at A as this office, /verifikasi/kunci shows the fingerprint; at B the same PDF is an unknown key', async () => {
    const appA = await jalankanApp({ bahanTanda: a.bahan, pekerja: 1 });
    const appB = await jalankanApp({ bahanTanda: b.bahan, pekerja: 1 });
    try {
      const res = await fetch(`${appA.url}/api/v1/dokumen/penetapan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(masukanContoh()),
      });
      expect(res.status).toBe(200);
      const pdf = Buffer.from(await res.arrayBuffer());
      const periksa = async (url: string) => {
        const fd = new FormData();
        fd.append('berkas', new Blob([pdf], { type: 'application/pdf' }), 'dokumen.pdf');
        const r = await fetch(`${url}/verifikasi`, { method: 'POST', body: fd });
        expect(r.status).toBe(200);
        return r.text();
      };
      expect(await periksa(appA.url)).toContain('Penerbit: Ditandatangani dengan kunci kantor ini');
      expect(await periksa(appB.url)).toContain('Penerbit: Ditandatangani dengan kunci yang tidak dikenal');
      const kunci = await (await fetch(`${appA.url}/verifikasi/kunci`)).text();
      expect(kunci).toContain(a.penandatangan.kunci!.sidikJari);
      expect(kunci).toContain(a.penandatangan.kunci!.publik);
      expect(kunci).not.toContain('PRIVATE');
      // The QR code's address carries the signed statement: read at A as this office, at B as an unknown key.
      const { tanda, ...tanpa } = JSON.parse(lampiranAsli(pdf)) as { tanda: string; kode: string; penanda: { kunci: string } };
      const qr = `/verifikasi?kode=${tanpa.kode}&r=${ringkasanData(tanpa)}&k=${tanpa.penanda.kunci}&t=${tanda}`;
      expect(await (await fetch(`${appA.url}${qr}`)).text()).toContain('Ditandatangani dengan kunci kantor ini');
      expect(await (await fetch(`${appB.url}${qr}`)).text()).toContain('Ditandatangani dengan kunci yang tidak dikenal');
      expect(await (await fetch(`${appA.url}${qr.replace('&t=', '&t=A').slice(0, -1)}`)).text()).toContain('Tanda tangan tidak sah');
    } finally {
      await appA.tutup();
      await appB.tutup();
    }
  }, 120_000);
});
