// End-to-end in headless Chromium (Debian's chromium package, driven by playwright-core): a person fills
// the form, adds a period, submits and reads the verdict; the same without JavaScript; a bad NIP; save and
// reopen. Screenshots of the result go to test-artifacts/ for a human to look at.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFAK, ADA_CHROMIUM, bukaPeramban, syaratPeramban, type Peramban } from '../helpers/peramban.ts';

syaratPeramban('formulir');

describe.skipIf(!ADA_CHROMIUM)('formulir di peramban', () => {
  let browser: Browser;
  let url: string;
  let p: Peramban;

  beforeAll(async () => {
    p = await bukaPeramban('2024-05-15');
    ({ browser, url } = p);
  });

  afterAll(async () => {
    await p?.tutup();
  });

  /** Fails the test on any console error, which includes Content-Security-Policy violations. */
  async function halaman(opts: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<{ page: Page; galat: string[] }> {
    const ctx = await browser.newContext({
      javaScriptEnabled: opts.javaScriptEnabled ?? true,
      viewport: { width: opts.width ?? 1280, height: 900 },
      acceptDownloads: true,
      locale: 'id-ID',
    });
    const page = await ctx.newPage();
    const galat: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') galat.push(m.text());
    });
    page.on('pageerror', (e) => galat.push(e.message));
    return { page, galat };
  }

  /** Jabatan and starting AK: Ahli Pertama III/a since 1 April 2021, AK Integrasi 40. */
  async function isiJabatan(page: Page) {
    await page.selectOption('#f-jenjang', 'ahli_pertama');
    await page.selectOption('#f-golongan', 'III/a');
    await page.fill('#f-tmtPangkat', '2021-04-01');
    await page.fill('#f-tmtJenjang', '2021-04-01');
    await page.selectOption('#f-angkaKreditAwal-0-jenis', 'ak_integrasi');
    await page.fill('#f-angkaKreditAwal-0-angkaKredit', '40');
    await page.check('#f-pernyataan-bebasHukumanDisiplin-ya');
    await page.fill('#f-tanggalPerhitungan', '2024-05-15');
  }

  // 40 + 18,75 (2023, Sangat Baik: 150% × 12,5) + 4,1666… (Jan–Apr 2024, Baik: 4/12 × 12,5) = 62,917;
  // III/b needs 50; 2 years in pangkat since 1 April 2021; the first KP date on or after 15 May 2024 is 1 June.
  const PUTUSAN = 'DAPAT dipertimbangkan untuk kenaikan pangkat ke Penata Muda Tingkat I (III/b) mulai 1 Juni 2024';

  it('seorang Pranata Humas mengisi formulir, menambah periode, dan membaca putusannya', async () => {
    const { page, galat } = await halaman();
    await page.goto(url + '/');
    // With JavaScript, one blank row is shown per table, and golongan follow the jenjang.
    await expect.poll(() => page.locator('[data-tabel-baris="penilaian"] tbody tr').count()).toBe(1);
    await page.selectOption('#f-jenjang', 'ahli_muda');
    expect(await page.locator('#f-golongan option[value="III/a"]').isDisabled()).toBe(true);
    await isiJabatan(page);

    await page.fill('#f-penilaian-0-mulai', '2023-01');
    await page.fill('#f-penilaian-0-selesai', '2023-12');
    await page.selectOption('#f-penilaian-0-predikat', 'sangat_baik');
    await page.click('button[data-tambah="penilaian"]');
    const baru = page.locator('[data-tabel-baris="penilaian"] tbody tr').last();
    await baru.locator('input[name$=".mulai"]').fill('2024-01');
    await baru.locator('input[name$=".selesai"]').fill('2024-04');
    await baru.locator('select[name$=".predikat"]').selectOption('baik');

    await page.click('#tombol-hitung');
    await expect.poll(() => page.locator('#putusan-kp').textContent()).toContain(PUTUSAN);
    expect(await page.locator('#ak-kumulatif').textContent()).toBe('62,917');
    await page.screenshot({ path: `${ARTEFAK}/hasil-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${ARTEFAK}/hasil-ponsel.png`, fullPage: true });
    expect(galat).toEqual([]);
    await page.context().close();
  });

  // Issue 12: the same person, hukuman disiplin left at "Belum tahu", then Tidak, then Ya. AK 62,917 ≥ 50 and the
  // masa are met, so only the declaration decides: amber BELUM DAPAT DIPASTIKAN, red TIDAK DAPAT, green DAPAT.
  it('pernyataan Belum tahu / Tidak / Ya: putusan kuning belum pasti, merah tidak dapat, hijau dapat', async () => {
    const { page, galat } = await halaman();
    await page.goto(url + '/');
    await isiJabatan(page);
    await page.fill('#f-penilaian-0-mulai', '2023-01');
    await page.fill('#f-penilaian-0-selesai', '2023-12');
    await page.selectOption('#f-penilaian-0-predikat', 'sangat_baik');
    await page.click('button[data-tambah="penilaian"]');
    const baru = page.locator('[data-tabel-baris="penilaian"] tbody tr').last();
    await baru.locator('input[name$=".mulai"]').fill('2024-01');
    await baru.locator('input[name$=".selesai"]').fill('2024-04');
    await baru.locator('select[name$=".predikat"]').selectOption('baik');
    // The radio group is reachable by its legend (fieldset + legend) and by each label.
    const grup = page.getByRole('group', { name: 'Saya tidak sedang menjalani hukuman disiplin.' });
    await grup.getByLabel('Belum tahu').check();
    expect(await grup.getByRole('radio').count()).toBe(3);
    await page.click('#tombol-hitung');
    const kp = page.locator('#putusan-kp');
    await expect.poll(() => kp.textContent()).toContain('BELUM DAPAT DIPASTIKAN: angka kredit dan masa sudah memenuhi');
    expect(await kp.getAttribute('class')).toContain('belum-pasti');
    expect(await kp.locator('.perlu-dinyatakan li').allTextContents()).toEqual(['Tidak sedang menjalani hukuman disiplin']);
    await page.screenshot({ path: `${ARTEFAK}/hasil-belum-pasti.png`, fullPage: false });

    await page.click('#tombol-ubah');
    const grupLagi = page.getByRole('group', { name: 'Saya tidak sedang menjalani hukuman disiplin.' });
    expect(await grupLagi.getByLabel('Belum tahu').isChecked()).toBe(true);
    await grupLagi.getByLabel('Tidak', { exact: true }).check();
    await page.click('#tombol-hitung');
    await expect.poll(() => page.locator('#putusan-kp').getAttribute('class')).toContain('tidak');
    expect(await page.locator('#putusan-kp').textContent()).toContain('TIDAK DAPAT');

    await page.click('#tombol-ubah');
    await page.getByRole('group', { name: 'Saya tidak sedang menjalani hukuman disiplin.' }).getByLabel('Ya').check();
    await page.click('#tombol-hitung');
    await expect.poll(() => page.locator('#putusan-kp').textContent()).toContain(PUTUSAN);
    expect(await page.locator('#putusan-kp').getAttribute('class')).toContain('dapat');
    expect(galat).toEqual([]);
    await page.context().close();
  });

  it('tanpa JavaScript formulir tetap bekerja dengan baris kosong yang tetap', async () => {
    const { page, galat } = await halaman({ javaScriptEnabled: false });
    await page.goto(url + '/');
    expect(await page.locator('[data-tabel-baris="penilaian"] tbody tr').count()).toBe(6);
    expect(await page.locator('button[data-tambah]').first().isVisible()).toBe(false);
    await isiJabatan(page);
    await page.fill('#f-penilaian-0-mulai', '2023-01');
    await page.fill('#f-penilaian-0-selesai', '2023-12');
    await page.selectOption('#f-penilaian-0-predikat', 'sangat_baik');
    // Row 3 rather than row 2: blank rows in between are ignored.
    await page.fill('#f-penilaian-2-mulai', '2024-01');
    await page.fill('#f-penilaian-2-selesai', '2024-04');
    await page.selectOption('#f-penilaian-2-predikat', 'baik');
    await page.click('#tombol-hitung');
    expect(await page.locator('#putusan-kp').textContent()).toContain(PUTUSAN);
    expect(galat).toEqual([]);
    await page.context().close();
  });

  // tests/cases/riwayat.yaml as a person enters it: PAK Integrasi 150 (Ahli Pertama III/a) − nilai dasar 100 = 50;
  // KP III/b on 1 April 2024, KJ to Ahli Muda III/c on 1 July 2025; diploma August 2024 (25% × 50 = 12,5);
  // 2023–June 2025 Sangat Baik 18,75 + 18,75 + 9,375. Ahli Pertama segment: 62,5 + 46,875 = 109,375, then 0 again.
  it('seorang pejabat mengisi PAK Integrasi dan riwayat kenaikan, lalu membaca subtotal segmen jenjangnya', async () => {
    const { page, galat } = await halaman();
    await page.goto(url + '/');
    await page.selectOption('#f-jenjang', 'ahli_muda');
    await page.selectOption('#f-golongan', 'III/c');
    await page.fill('#f-tmtPangkat', '2025-07-01');
    await page.fill('#f-tmtJenjang', '2025-07-01');
    await page.fill('#f-tanggalPerhitungan', '2025-11-20');
    await page.check('#f-pernyataan-bebasHukumanDisiplin-ya');

    const periode: [string, string, string][] = [
      ['2023-01', '2023-12', 'sangat_baik'],
      ['2024-01', '2024-12', 'sangat_baik'],
      ['2025-01', '2025-06', 'sangat_baik'],
      ['2025-07', '2025-10', 'baik'],
    ];
    for (const [i, [mulai, selesai, predikat]] of periode.entries()) {
      if (i > 0) await page.click('button[data-tambah="penilaian"]');
      const baris = page.locator('[data-tabel-baris="penilaian"] tbody tr').last();
      await baris.locator('input[name$=".mulai"]').fill(mulai);
      await baris.locator('input[name$=".selesai"]').fill(selesai);
      await baris.locator('select[name$=".predikat"]').selectOption(predikat);
    }

    // The groups are closed until opened; their fields are then visible.
    expect(await page.locator('#f-pakIntegrasi-akKonvensional').isVisible()).toBe(false);
    await page.click('#bagian-pakIntegrasi > summary');
    await page.fill('#f-pakIntegrasi-akKonvensional', '150');
    await page.selectOption('#f-pakIntegrasi-jenjang', 'ahli_pertama');
    await page.selectOption('#f-pakIntegrasi-golongan', 'III/a');

    await page.click('#bagian-peningkatanPendidikan > summary');
    await page.fill('#f-peningkatanPendidikan-tanggal', '2024-08-01');
    await page.selectOption('#f-peningkatanPendidikan-predikat', 'baik');

    await page.click('#bagian-riwayat > summary');
    await expect.poll(() => page.locator('[data-tabel-baris="riwayat"] tbody tr').count()).toBe(1);
    await page.fill('#f-riwayat-0-tanggal', '2024-04-01');
    await page.selectOption('#f-riwayat-0-jenis', 'kenaikan_pangkat');
    await page.selectOption('#f-riwayat-0-golongan', 'III/b');
    await page.click('button[data-tambah="riwayat"]');
    const kj = page.locator('[data-tabel-baris="riwayat"] tbody tr').last();
    await kj.locator('input[name$=".tanggal"]').fill('2025-07-01');
    await kj.locator('select[name$=".jenis"]').selectOption('kenaikan_jenjang');
    await kj.locator('select[name$=".golongan"]').selectOption('III/c');
    await kj.locator('select[name$=".jenjang"]').selectOption('ahli_muda');

    // Pengangkatan: with JavaScript only the fields of the chosen kind show.
    await page.click('#bagian-pengangkatan > summary');
    expect(await page.locator('[data-untuk-pengangkatan="pertama"]').isVisible()).toBe(false);
    await page.selectOption('#f-pengangkatan-jenis', 'perpindahan');
    expect(await page.locator('#f-pengangkatan-bulanDalamGolongan').isVisible()).toBe(true);
    expect(await page.locator('#f-pengangkatan-angkaKredit').isVisible()).toBe(false);
    await page.selectOption('#f-pengangkatan-jenis', '');
    expect(await page.locator('#f-pengangkatan-bulanDalamGolongan').isVisible()).toBe(false);

    await page.click('#tombol-hitung');
    await page.waitForSelector('#riwayat-jenjang');
    expect(await page.locator('#segmen-1 .subtotal').textContent()).toBe('109,375');
    expect(await page.locator('#segmen-2 .subtotal').textContent()).toBe('8,333');
    expect(await page.locator('#riwayat-jenjang .reset').textContent()).toContain('Angka kredit kembali 0 mulai Juli 2025');
    expect(await page.locator('#rumus-integrasi').textContent()).toBe('150,000 − 100,000 = 50,000');
    expect(await page.locator('#ak-kumulatif').textContent()).toBe('8,333');

    // The chart: the wide drawing on a desktop, the narrow one on a phone; each screenshot is looked at by a person.
    expect(await page.locator('.grafik-lebar svg').isVisible()).toBe(true);
    expect(await page.locator('.grafik-ponsel svg').isVisible()).toBe(false);
    await page.locator('#proyeksi').screenshot({ path: `${ARTEFAK}/proyeksi-desktop.png` });
    await page.screenshot({ path: `${ARTEFAK}/hasil-riwayat-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('.grafik-lebar svg').isVisible()).toBe(false);
    expect(await page.locator('.grafik-ponsel svg').isVisible()).toBe(true);
    await page.locator('#proyeksi').screenshot({ path: `${ARTEFAK}/proyeksi-ponsel.png` });
    await page.locator('.grafik-ponsel').screenshot({ path: `${ARTEFAK}/grafik-ponsel.png` });
    await page.locator('#riwayat-jenjang').screenshot({ path: `${ARTEFAK}/riwayat-ponsel.png` });
    // Nothing on the page is wider than the phone's screen, except inside scrolling table wrappers.
    const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(lebar).toBeLessThanOrEqual(390);
    expect(galat).toEqual([]);
    await page.context().close();
  });

  it('tanpa JavaScript semua isian pengangkatan tampil, dan isian jenis lain diabaikan', async () => {
    const { page, galat } = await halaman({ javaScriptEnabled: false });
    await page.goto(url + '/');
    await page.selectOption('#f-jenjang', 'ahli_muda');
    await page.selectOption('#f-golongan', 'III/d');
    await page.fill('#f-tmtPangkat', '2024-01-01');
    await page.fill('#f-tmtJenjang', '2024-01-01');
    await page.fill('#f-tanggalPerhitungan', '2024-05-15');
    await page.click('#bagian-pengangkatan > summary');
    expect(await page.locator('#f-pengangkatan-penilaianCpns-0-mulai').isVisible()).toBe(true);
    expect(await page.locator('#f-pengangkatan-angkaKredit').isVisible()).toBe(true);
    await page.selectOption('#f-pengangkatan-jenis', 'perpindahan');
    await page.selectOption('#f-pengangkatan-predikat', 'baik');
    await page.fill('#f-pengangkatan-bulanDalamGolongan', '60');
    await page.check('#f-pengangkatan-pangkatPuncak');
    await page.fill('#f-pengangkatan-angkaKredit', '999');
    await page.click('#tombol-hitung');
    // 100% × 25 × 3 = 75 (only the last 3 years of the pangkat puncak) + AK Dasar III/d 100.
    expect(await page.locator('#jumlah-pengangkatan').textContent()).toBe('175,000');
    expect(await page.locator('#ak-kumulatif').textContent()).toBe('175,000');
    expect(galat).toEqual([]);
    await page.context().close();
  });

  it('NIP yang salah strukturnya menampilkan pesan di samping isiannya', async () => {
    const { page } = await halaman();
    await page.goto(url + '/');
    await isiJabatan(page);
    await page.fill('#f-identitas-nip', '199001012015033001');
    await page.click('#tombol-hitung');
    const pesan = page.locator('#f-identitas-nip-galat');
    await expect.poll(() => pesan.textContent()).toBe('NIP: angka ke-15 adalah kode jenis kelamin dan harus 1 (pria) atau 2 (wanita).');
    expect(await page.locator('#f-identitas-nip').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-identitas-nip').inputValue()).toBe('199001012015033001');
    // The summary at the top takes focus and links to the field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ringkasan-galat');
    await page.screenshot({ path: `${ARTEFAK}/formulir-galat.png`, fullPage: true });
    await page.context().close();
  });

  it('masukan yang disimpan dapat dibuka kembali dan mengisi formulir yang sama', async () => {
    const { page, galat } = await halaman();
    await page.goto(url + '/');
    await isiJabatan(page);
    await page.fill('#f-penilaian-0-mulai', '2023-01');
    await page.fill('#f-penilaian-0-selesai', '2023-12');
    await page.selectOption('#f-penilaian-0-predikat', 'sangat_baik');
    await page.fill('#f-identitas-nama', 'Sari Fiktif');
    await page.click('#tombol-hitung');
    await page.waitForSelector('#putusan-kp');

    const [unduhan] = await Promise.all([page.waitForEvent('download'), page.click('#tombol-simpan')]);
    const berkas = `${ARTEFAK}/masukan-tersimpan.json`;
    await unduhan.saveAs(berkas);
    const json = JSON.parse(readFileSync(berkas, 'utf8'));
    expect(json).toMatchObject({
      jenjang: 'ahli_pertama',
      golongan: 'III/a',
      identitas: { nama: 'Sari Fiktif' },
      penilaian: [{ mulai: '2023-01', selesai: '2023-12', predikat: 'sangat_baik' }],
    });

    await page.goto(url + '/');
    await page.setInputFiles('#f-berkas', berkas);
    await page.click('form[action="/buka"] button[type="submit"]');
    await page.waitForSelector('#f-penilaian-0-mulai');
    expect(await page.locator('#f-jenjang').inputValue()).toBe('ahli_pertama');
    expect(await page.locator('#f-golongan').inputValue()).toBe('III/a');
    expect(await page.locator('#f-tmtPangkat').inputValue()).toBe('2021-04-01');
    expect(await page.locator('#f-angkaKreditAwal-0-angkaKredit').inputValue()).toBe('40');
    expect(await page.locator('#f-penilaian-0-selesai').inputValue()).toBe('2023-12');
    expect(await page.locator('#f-penilaian-0-predikat').inputValue()).toBe('sangat_baik');
    expect(await page.locator('#f-pernyataan-bebasHukumanDisiplin-ya').isChecked()).toBe(true);
    expect(await page.locator('#f-identitas-nama').inputValue()).toBe('Sari Fiktif');
    expect(galat).toEqual([]);
    await page.context().close();
  });
});
