// End to end in headless Chromium: an HR officer fills the template with a few people, uploads it,
// reads the unit summary, filters the table, and downloads the ZIP of Penetapan PDFs. Screenshot in
// test-artifacts/ for a human to look at.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFAK, ADA_CHROMIUM, bukaPeramban, syaratPeramban, type Peramban } from '../helpers/peramban.ts';
import { KOLOM } from '../../src/batch/kolom.ts';
import { CONTOH } from '../../src/batch/template.ts';
import { xlsxBuffer } from '../../src/berkas/xlsx-write.ts';

syaratPeramban('batch');

describe.skipIf(!ADA_CHROMIUM)('batch di peramban', () => {
  let browser: Browser;
  let url: string;
  let p: Peramban;

  beforeAll(async () => {
    p = await bukaPeramban('2025-07-15');
    ({ browser, url } = p);
  });

  afterAll(async () => {
    await p?.tutup();
  });

  it('mengunggah templat berisi beberapa pegawai, membaca ringkasan, menyaring, dan mengunduh ZIP', async () => {
    // The template's Isian sheet, filled with the example people plus one with a wrong figure.
    const baris = [
      ...CONTOH,
      {
        nip: '199203032017051003',
        nama: 'Citra Permata (fiktif)',
        jabatan_fungsional: 'Pranata Humas',
        jenjang: 'Ahli Pertama',
        golongan: 'III/a',
        tmt_pangkat: '2021-04-01',
        tmt_jenjang: '2021-04-01',
        bebas_hukuman_disiplin: 'Ya',
        periode_mulai: '2025-01',
        periode_selesai: '2025-02',
        predikat: 'Baik',
        ak_konversi_tertulis: '2,09',
      },
    ];
    const berkas = resolve(ARTEFAK, 'batch-isian.xlsx');
    writeFileSync(
      berkas,
      xlsxBuffer([
        {
          nama: 'Isian',
          judul: true,
          baris: [KOLOM.map((k) => k.judul), ...baris.map((c) => KOLOM.map((k) => (c as Record<string, string>)[k.id] ?? ''))],
        },
      ]),
    );

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'id-ID' });
    const page = await ctx.newPage();
    const galat: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') galat.push(m.text());
    });
    page.on('pageerror', (e) => galat.push(e.message));

    await page.goto(`${url}/batch`);
    await page.setInputFiles('#f-berkas', berkas);
    await page.fill('#f-tanggalPerhitungan', '2025-07-15');
    await Promise.all([page.waitForURL(`${url}/batch`), page.click('#tombol-proses')]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hasil batch');
    expect(await page.locator('[data-ringkasan="dapatKp"]').textContent()).toBe('1');
    expect(await page.locator('[data-ringkasan="klaimSalah"]').textContent()).toBe('1');
    // Ahli Pertama, Baik Januari–Februari 2025 = 2/12 × 100% × 12,5 = 2,083: "2,09" is wrong, 2,08 right.
    await expect.poll(() => page.locator('#tabel-batch').textContent()).toMatch(/tertulis 2,09, seharusnya 2,08/);

    await page.selectOption('#saring-kategori', 'klaim-salah');
    expect(await page.locator('#tabel-batch tbody tr:not([hidden])').count()).toBe(1);
    await page.selectOption('#saring-kategori', '');
    await page.screenshot({ path: resolve(ARTEFAK, 'batch-hasil.png'), fullPage: true });

    const [unduh] = await Promise.all([page.waitForEvent('download'), page.click('#unduh-zip')]);
    const zip = resolve(ARTEFAK, 'batch-dokumen.zip');
    await unduh.saveAs(zip);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    expect(Object.keys(files).filter((f) => f.endsWith('.pdf'))).toHaveLength(3);
    expect(new TextDecoder().decode(files['manifest.csv']!)).toMatch(/kode_verifikasi/);
    expect(galat).toEqual([]);
    await ctx.close();
  });
});
