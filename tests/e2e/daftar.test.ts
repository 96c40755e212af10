// The register's pages (issue 17) in headless Chromium at 1366×900 and 390×844: an operator logs in,
// issues a Penetapan from the result page, finds it, revokes it; an administrator's users and office
// pages; an auditor's search and audit log. Every page is checked with axe-core (no serious or critical
// finding) and never scrolls sideways. Screenshots go to test-artifacts/daftar/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADA_CHROMIUM, ARTEFAK, bukaHasilDariMasukan, CHROMIUM, syaratPeramban, temuanAxe } from '../helpers/peramban.ts';
import { bukaRegister, CONTOH, orangLain, SANDI, type Register } from '../daftar-web/helpers.ts';

syaratPeramban('register');

const GAMBAR = resolve(ARTEFAK, 'daftar');
const UKURAN = [
  { nama: 'desktop', width: 1366, height: 900 },
  { nama: 'ponsel', width: 390, height: 844 },
] as const;

describe.skipIf(!ADA_CHROMIUM)('register di peramban (issue #17)', { timeout: 180_000 }, () => {
  let browser: Browser;
  let reg: Register;

  beforeAll(async () => {
    mkdirSync(GAMBAR, { recursive: true });
    reg = await bukaRegister();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await reg?.tutup();
  });

  async function halaman(u: (typeof UKURAN)[number]): Promise<{ page: Page; galat: string[] }> {
    const ctx = await browser.newContext({ viewport: { width: u.width, height: u.height }, acceptDownloads: true, locale: 'id-ID' });
    const page = await ctx.newPage();
    const galat: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) galat.push(m.text());
    });
    page.on('pageerror', (e) => galat.push(e.message));
    return { page, galat };
  }

  /** Accessible and no sideways scroll, with a screenshot for a human to look at. */
  async function periksa(page: Page, u: (typeof UKURAN)[number], nama: string): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth), nama).toBeLessThanOrEqual(u.width);
    await page.screenshot({ path: resolve(GAMBAR, `${nama}-${u.nama}.png`), fullPage: true });
    expect(await temuanAxe(page), nama).toEqual([]);
  }

  async function masuk(page: Page, nama: string): Promise<void> {
    await page.goto(`${reg.url}/masuk`);
    await page.fill('#masuk-nama', nama);
    await page.fill('#masuk-sandi', SANDI);
    await Promise.all([page.waitForNavigation(), page.click('#tombol-masuk')]);
  }

  /** A result page as an operator reaches it: a saved input reopened on the form, then "Hitung". */
  async function bukaHasil(page: Page, masukan: unknown): Promise<void> {
    await bukaHasilDariMasukan(page, reg.url, JSON.stringify(masukan));
  }

  for (const [n, u] of UKURAN.entries()) {
    it(`${u.nama}: operator masuk, menerbitkan dari halaman hasil, menemukan dokumennya, lalu mencabutnya`, async () => {
      const { page, galat } = await halaman(u);
      await page.goto(`${reg.url}/masuk`);
      await periksa(page, u, 'masuk');
      await masuk(page, 'operator.uji');
      expect(await page.locator('.bilah-pengguna').textContent()).toContain('operator.uji');

      await bukaHasil(page, n === 0 ? CONTOH : orangLain(n));
      await page.waitForSelector('#tombol-terbitkan');
      await Promise.all([page.waitForURL('**/daftar/terbitkan'), page.click('#tombol-terbitkan')]);
      await periksa(page, u, 'terbitkan');
      await page.fill('#t-pejabatNama', 'Budi Contoh (fiktif)');
      await Promise.all([page.waitForURL('**/daftar/dokumen/**'), page.click('#tombol-kirim-terbit')]);
      const nomor = `00${n + 1}/PAK/2025`;
      expect(await page.locator('#nomor-dokumen').textContent()).toBe(nomor);
      expect(await page.locator('#pesan-dokumen').textContent()).toContain(`Diterbitkan dengan nomor ${nomor}.`);
      await periksa(page, u, 'dokumen');

      await page.goto(`${reg.url}/daftar`);
      await periksa(page, u, 'cari');
      await page.fill('#c-nomor', nomor);
      await Promise.all([page.waitForNavigation(), page.click('#tombol-cari')]);
      await Promise.all([page.waitForURL('**/daftar/dokumen/**'), page.click(`text=${nomor}`)]);

      await page.fill('#alasan-cabut', 'Salah ketik predikat');
      await Promise.all([page.waitForNavigation(), page.click('#tombol-cabut')]);
      expect(await page.locator('#status-dokumen').textContent()).toBe('Dicabut');
      await periksa(page, u, 'dicabut');
      expect(galat).toEqual([]);
      await page.context().close();
    });
  }

  for (const u of UKURAN) {
    it(`${u.nama}: administrator (pengguna, profil kantor) dan auditor (cari, catatan audit)`, async () => {
      const { page, galat } = await halaman(u);
      await masuk(page, 'admin.uji');
      expect(page.url()).toMatch(/\/daftar\/pengguna$/);
      await periksa(page, u, 'pengguna');
      await page.goto(`${reg.url}/daftar/kantor`);
      await periksa(page, u, 'kantor');
      await page.goto(`${reg.url}/daftar/audit?periksa=1`);
      expect(await page.locator('#hasil-periksa-audit').textContent()).toContain('Rantai utuh');
      await periksa(page, u, 'audit');
      await Promise.all([page.waitForNavigation(), page.click('#tombol-keluar')]);
      expect(await page.locator('.bilah-pengguna').count()).toBe(0);

      await masuk(page, 'auditor.uji');
      await page.goto(`${reg.url}/daftar?status=dicabut`);
      expect(await page.locator('#judul-hasil-cari').textContent()).toMatch(/^\d+ dokumen$/);
      expect(await page.locator('#tombol-cabut').count()).toBe(0);
      await periksa(page, u, 'auditor-cari');
      expect(galat).toEqual([]);
      await page.context().close();
    });
  }
});
