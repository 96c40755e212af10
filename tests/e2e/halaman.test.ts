// Issue #14 in headless Chromium at 1366×900 and 390×844: the result page's summary and collapsible
// sections, the one-row menu, printing, the calendar file, typing figures on /validasi, the form's fixes,
// and the scrolling tables of the batch, /aturan and /api/docs. Every page state is checked with axe-core
// (no serious or critical finding). Screenshots go to test-artifacts/halaman/ for a human to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTEFAK,
  ADA_CHROMIUM,
  bukaHasilDariMasukan,
  bukaPeramban,
  syaratPeramban,
  temuanAxe,
  type Peramban,
} from '../helpers/peramban.ts';

syaratPeramban('halaman');

const GAMBAR = resolve(ARTEFAK, 'halaman');
const UKURAN = [
  { nama: 'desktop', width: 1366, height: 900 },
  { nama: 'ponsel', width: 390, height: 844 },
] as const;

/** examples/ahli-pertama.json: Rina, AK 43,75 on 15 Januari 2025 (12,5 + 18,75 + 12,5). */
const CONTOH = readFileSync('examples/ahli-pertama.json', 'utf8');

// axe over a full result page takes seconds; on the shared 2-core machine a test may take a minute.
describe.skipIf(!ADA_CHROMIUM)('halaman di peramban (issue #14)', { timeout: 120_000 }, () => {
  let browser: Browser;
  let url: string;
  let p: Peramban;

  beforeAll(async () => {
    mkdirSync(GAMBAR, { recursive: true });
    p = await bukaPeramban('2025-01-15');
    ({ browser, url } = p);
  });

  afterAll(async () => {
    await p?.tutup();
  });

  async function halaman(
    ukuran: (typeof UKURAN)[number],
    opts: { javaScriptEnabled?: boolean } = {},
  ): Promise<{ page: Page; galat: string[] }> {
    const ctx = await browser.newContext({
      javaScriptEnabled: opts.javaScriptEnabled ?? true,
      viewport: { width: ukuran.width, height: ukuran.height },
      acceptDownloads: true,
      locale: 'id-ID',
    });
    const page = await ctx.newPage();
    const galat: string[] = [];
    // A 400 answer (a form with mistakes, shown again) is logged by Chromium too; that one is expected.
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 400/.test(m.text())) galat.push(m.text());
    });
    page.on('pageerror', (e) => galat.push(e.message));
    return { page, galat };
  }

  /** The page itself never scrolls sideways: wide tables scroll inside their own region. */
  const lebarHalaman = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  /** The example's result page, reached as a person would: "Ubah masukan" of a saved file, then "Hitung". */
  async function bukaHasil(page: Page): Promise<void> {
    await bukaHasilDariMasukan(page, url, CONTOH);
    await page.waitForSelector('#ak-kumulatif');
  }

  for (const u of UKURAN) {
    it(`${u.nama}: halaman hasil dibuka dengan ringkasan, tanggal perkiraan, dan bagian yang dapat dilipat`, async () => {
      const { page, galat } = await halaman(u);
      await bukaHasil(page);
      expect(await page.locator('#ak-kumulatif').textContent()).toBe('43,750');
      // Worked out in tests/web/hasil-ringkas.test.ts: KP III/b 1 Agustus 2025 (Baik), 1 Juni 2025 (Sangat Baik).
      expect(await page.locator('#perkiraan-kp').textContent()).toMatch(/Perkiraan TMT\s+1 Agustus 2025[\s\S]*Sangat Baik:\s+1 Juni 2025/);
      expect(await page.locator('#perkiraan-kj').textContent()).toMatch(/Perkiraan TMT\s+1 Juli 2029[\s\S]*Sangat Baik:\s+1 Januari 2028/);
      // Both verdicts sit in the first screen.
      expect((await page.locator('#putusan-kj').boundingBox())!.y).toBeLessThan(u.nama === 'desktop' ? 900 : 1800);

      // The menu is one row, every item inside the screen.
      const menu = await page.locator('.menu a').evaluateAll((as) =>
        as.map((a) => {
          const r = a.getBoundingClientRect();
          return { top: Math.round(r.top), right: r.right };
        }),
      );
      expect(menu).toHaveLength(6);
      expect(new Set(menu.map((m) => m.top)).size).toBe(1);
      expect(Math.max(...menu.map((m) => m.right))).toBeLessThanOrEqual(u.width);

      const tinggi = await page.evaluate(() => document.documentElement.scrollHeight);
      if (u.nama === 'ponsel') {
        // Closed sections: a few screens, not twenty (about 17 000 px before).
        expect(tinggi).toBeLessThan(4 * 844);
        expect(await page.locator('#tabel-konversi').isVisible()).toBe(false);
      } else {
        // A wide screen opens them all.
        expect(await page.locator('#tabel-konversi').isVisible()).toBe(true);
      }
      expect(await lebarHalaman(page)).toBeLessThanOrEqual(u.width);
      await page.screenshot({ path: resolve(GAMBAR, `hasil-${u.nama}.png`), fullPage: true });
      await page.screenshot({ path: resolve(GAMBAR, `hasil-${u.nama}-layar-pertama.png`) });
      expect(await temuanAxe(page)).toEqual([]);

      // A link to a section opens it; so does its summary.
      await page.click('a[href="#periksa"][data-buka]');
      expect(await page.locator('#f-klaim-kumulatif').isVisible()).toBe(true);
      await page.locator('#judul-akumulasi').click();
      expect(await page.locator('#tabel-konversi').isVisible()).toBe(u.nama === 'ponsel');
      expect(await temuanAxe(page)).toEqual([]);
      expect(galat).toEqual([]);
      await page.context().close();
    });
  }

  it('cetak (Ctrl+P) dari ponsel tanpa membuka bagian mana pun: angka utama gelap di atas putih, bagian tertutup ikut tercetak, menu dan tombol tidak', async () => {
    const { page } = await halaman(UKURAN[1]);
    await bukaHasil(page);
    expect(await page.locator('#tabel-konversi').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const warna = await page.locator('#ak-kumulatif').evaluate((el) => {
      const total = el.closest('.total')!;
      return { teks: getComputedStyle(el).color, latar: getComputedStyle(total).backgroundColor };
    });
    expect(warna).toEqual({ teks: 'rgb(0, 0, 0)', latar: 'rgb(255, 255, 255)' });
    // Closed sections print open (::details-content), without waiting for beforeprint.
    expect(await page.locator('#tabel-konversi').isVisible()).toBe(true);
    expect(await page.locator('#syarat-kp').isVisible()).toBe(true);
    // Menu, buttons, the figure-checking form and the step list do not print.
    expect(await page.locator('.kepala').isVisible()).toBe(false);
    expect(await page.locator('#tombol-simpan').isVisible()).toBe(false);
    expect(await page.locator('#f-klaim-kumulatif').isVisible()).toBe(false);
    // The footer prints: the result is not a Penetapan Angka Kredit.
    expect(await page.locator('.kaki').textContent()).toContain('Hasilnya bukan Penetapan Angka Kredit');
    expect(await page.locator('.kaki').isVisible()).toBe(true);
    await page.screenshot({ path: resolve(GAMBAR, 'hasil-cetak.png'), fullPage: true });
    // And as Chromium prints it, on A4.
    await page.pdf({ path: resolve(GAMBAR, 'hasil-cetak.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await page.context().close();
  });

  it('tanggal perkiraan diunduh sebagai berkas kalender .ics', async () => {
    const { page } = await halaman(UKURAN[0]);
    await bukaHasil(page);
    const [unduh] = await Promise.all([page.waitForEvent('download'), page.click('#tombol-kalender')]);
    expect(unduh.suggestedFilename()).toBe('perkiraan-tmt-rina-pertiwi-fiktif-199001012015032001-2025-01-15.ics');
    const isi = readFileSync(await unduh.path(), 'utf8');
    expect(isi).toContain('DTSTART;VALUE=DATE:20250801\r\n');
    await page.context().close();
  });

  for (const u of UKURAN) {
    it(`${u.nama}: formulir: satu pesan per isian, pengecualian per tahun, kotak "Buka masukan" di bawah`, async () => {
      const { page, galat } = await halaman(u);
      await page.goto(url + '/');
      expect(await temuanAxe(page)).toEqual([]);
      const urutan = await page.evaluate(() =>
        document.getElementById('formulir-hitung')!.compareDocumentPosition(document.getElementById('judul-buka')!),
      );
      expect(urutan & 4).toBe(4); // DOCUMENT_POSITION_FOLLOWING

      // A long name and a PAK number fit their fields (in four narrow columns they were cut at 1366 px).
      await page.fill('#f-identitas-nama', 'Rina Pertiwi Kusumawardhani, S.Sos.');
      await page.click('#bagian-pakIntegrasi > summary');
      await page.fill('#f-pakIntegrasi-keterangan', 'PAK No. 800.1.13.2/1234/BKD/2022');
      const nama = await page.locator('#f-identitas-nama').evaluate((el) => ({ lebar: el.clientWidth, isi: el.scrollWidth }));
      expect(nama.isi).toBeLessThanOrEqual(nama.lebar);
      const ket = await page.locator('#f-pakIntegrasi-keterangan').evaluate((el) => ({
        lebar: el.clientWidth,
        isi: el.scrollWidth,
        baris: el.closest('.kisi')!.clientWidth,
        medan: el.closest('.medan')!.clientWidth,
      }));
      if (u.nama === 'desktop') expect(ket.isi).toBeLessThanOrEqual(ket.lebar);
      // On a phone every field takes the whole row: as wide as a one-line field can be there.
      else expect(ket.medan).toBe(ket.baris);
      await page.fill('#f-pakIntegrasi-keterangan', '');

      // Per-year predikat rows: "Tambah tahun" adds one.
      await page.click('#bagian-proyeksi > summary');
      const sebelum = await page.locator('[data-tabel-baris="proyeksi.perTahun"] tbody tr').count();
      await page.click('button[data-tambah="proyeksi.perTahun"]');
      expect(await page.locator('[data-tabel-baris="proyeksi.perTahun"] tbody tr').count()).toBe(sebelum + 1);
      await page.fill('#f-proyeksi-perTahun-0-tahun', '2026');
      await page.selectOption('#f-proyeksi-perTahun-0-predikat', 'sangat_baik');
      expect(await temuanAxe(page)).toEqual([]);

      // A blank TMT: one message beside the field, one line in the summary.
      await page.selectOption('#f-jenjang', 'ahli_pertama');
      await page.selectOption('#f-golongan', 'III/a');
      await page.fill('#f-tmtJenjang', '2022-04-01');
      await page.fill('#f-penilaian-0-mulai', '2024-01');
      await page.fill('#f-penilaian-0-selesai', '2024-12');
      await page.selectOption('#f-penilaian-0-predikat', 'baik');
      await Promise.all([page.waitForURL('**/hitung'), page.click('#tombol-hitung')]);
      expect(await page.locator('#ringkasan-galat li').allTextContents()).toEqual(['TMT pangkat wajib diisi.']);
      expect(await page.locator('#f-tmtPangkat ~ .pesan-galat').count()).toBe(1);
      expect(await page.locator('#f-proyeksi-perTahun-0-tahun').inputValue()).toBe('2026');
      await page.screenshot({ path: resolve(GAMBAR, `formulir-galat-${u.nama}.png`), fullPage: true });
      expect(await temuanAxe(page)).toEqual([]);
      expect(galat).toEqual([]);
      await page.context().close();
    });

    it(`${u.nama}: /validasi tanpa berkas: angka diketik dari formulir kertas, tiap angka Sesuai atau Tidak sesuai`, async () => {
      const { page, galat } = await halaman(u);
      await page.goto(url + '/validasi');
      expect(await temuanAxe(page)).toEqual([]);
      // Every select shows its whole choice (at 390 px the JF's full name was cut off).
      const terpotong = await page.evaluate(() =>
        [...document.querySelectorAll('select')]
          .filter((e) => e.getClientRects().length > 0)
          .filter((e) => {
            const c = document.createElement('canvas').getContext('2d')!;
            c.font = getComputedStyle(e).font;
            const o = e.options[e.selectedIndex];
            return o !== undefined && c.measureText(o.text).width > e.clientWidth - 24;
          })
          .map((e) => `${e.id}: ${e.options[e.selectedIndex]!.text} (${e.clientWidth} px)`),
      );
      expect(terpotong).toEqual([]);
      await page.selectOption('#f-jenjang', 'ahli_pertama');
      await page.selectOption('#f-golongan', 'III/a');
      await page.fill('#f-tmtPangkat', '2022-04-01');
      await page.fill('#f-tmtJenjang', '2022-04-01');
      await page.fill('#f-tanggalPerhitungan', '2025-01-15');
      await page.selectOption('#f-angkaKreditAwal-0-jenis', 'ak_integrasi');
      await page.fill('#f-angkaKreditAwal-0-angkaKredit', '12,5');
      await page.fill('#f-penilaian-0-mulai', '2023-01');
      await page.fill('#f-penilaian-0-selesai', '2023-12');
      await page.selectOption('#f-penilaian-0-predikat', 'sangat_baik');
      await page.fill('#f-klaim-penilaian-0', '18,750');
      await page.click('button[data-tambah="penilaian"]');
      const baru = page.locator('[data-tabel-baris="penilaian"] tbody tr').last();
      await baru.locator('input[name$=".mulai"]').fill('2024-01');
      await baru.locator('input[name$=".selesai"]').fill('2024-12');
      await baru.locator('select[name$=".predikat"]').selectOption('baik');
      // 12 months of Baik at 12,5 is 12,5 exactly; the colleague wrote 12,6.
      await baru.locator('input[name^="klaim.penilaian."]').fill('12,6');
      await page.fill('#f-klaim-kumulatif', '43,75');
      await Promise.all([page.waitForURL('**/validasi/ketik'), page.click('#tombol-periksa-ketik')]);
      expect(await page.locator('#ringkasan-klaim h2').textContent()).toBe('Hasil pemeriksaan: 2 sesuai, 1 tidak sesuai.');
      expect(await page.locator('[data-klaim="konversi.1"]').textContent()).toBe('Sesuai');
      expect(await page.locator('[data-klaim="konversi.2"]').textContent()).toBe('Tidak sesuai, seharusnya 12,5');
      expect(await page.locator('[data-klaim="kumulatif"]').textContent()).toBe('Sesuai');
      // The differing figure is marked where it was typed.
      const latar = await page.locator('td.tidak-sesuai').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(latar).toBe('rgb(253, 236, 236)');
      expect(await lebarHalaman(page)).toBeLessThanOrEqual(u.width);
      await page.screenshot({ path: resolve(GAMBAR, `validasi-ketik-${u.nama}.png`), fullPage: true });
      expect(await temuanAxe(page)).toEqual([]);
      expect(galat).toEqual([]);
      await page.context().close();
    });

    it(`${u.nama}: tabel yang lebar bergulir di dalam wilayah berlabel yang dapat difokus (batch, /aturan, /api/docs)`, async () => {
      const { page, galat } = await halaman(u);
      await page.goto(url + '/batch');
      await page.setInputFiles('#f-berkas', resolve('tests/fixtures/batch/unit-koma.csv'));
      await page.fill('#f-tanggalPerhitungan', '2025-01-15');
      await Promise.all([page.waitForURL(`${url}/batch`), page.click('#tombol-proses')]);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Hasil batch');
      const wilayah = page.locator('[role="region"][tabindex="0"]:has(#tabel-batch)');
      expect(await wilayah.getAttribute('aria-label')).toBeTruthy();
      await page.screenshot({ path: resolve(GAMBAR, `batch-hasil-${u.nama}.png`), fullPage: true });
      // Visually hidden column names ("Pilih", "Rincian") once widened the whole page to 963 px on a phone.
      expect(await lebarHalaman(page)).toBeLessThanOrEqual(u.width);
      if (u.nama === 'desktop') {
        // At 1366 px the whole table fits: Catatan and Rincian are on screen.
        const { lebar, isi } = await wilayah.evaluate((el) => ({ lebar: el.clientWidth, isi: el.scrollWidth }));
        expect(isi).toBeLessThanOrEqual(lebar);
        const rincian = await page.locator('#tabel-batch thead th').last().boundingBox();
        expect(rincian!.x + rincian!.width).toBeLessThanOrEqual(u.width);
      }
      expect(await temuanAxe(page)).toEqual([]);

      for (const alamat of ['/aturan', '/api/docs']) {
        await page.goto(url + alamat);
        expect(await temuanAxe(page), alamat).toEqual([]);
        expect(await lebarHalaman(page), alamat).toBeLessThanOrEqual(u.width);
        const tanpaLabel = await page
          .locator('.gulung')
          .evaluateAll(
            (els) =>
              els.filter(
                (el) =>
                  el.scrollWidth > el.clientWidth &&
                  !(
                    el.getAttribute('tabindex') === '0' &&
                    el.getAttribute('role') === 'region' &&
                    (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))
                  ),
              ).length,
          );
        expect(tanpaLabel, alamat).toBe(0);
      }
      await page.screenshot({ path: resolve(GAMBAR, `api-docs-${u.nama}.png`), fullPage: true });
      expect(galat).toEqual([]);
      await page.context().close();
    });
  }
});
