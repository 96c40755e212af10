// Shared by the browser tests: Debian's Chromium driven by playwright-core, the app on a loopback
// port, and the rule that a missing Chromium skips the tests with one line — except on CI, where
// .ci/run installs it and its absence is a failure.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { jalankanApp } from './app.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ADA_CHROMIUM = existsSync(CHROMIUM);
export const ARTEFAK = resolve('test-artifacts');

/** Call once per browser test file, at top level. */
export function syaratPeramban(nama: string): void {
  const ci = process.env.CI === 'true';
  if (!ADA_CHROMIUM && !ci) console.log(`Uji peramban ${nama} dilewati: pasang chromium (apt-get install chromium) untuk menjalankannya`);
  if (!ADA_CHROMIUM && ci) {
    describe(`peramban ${nama} pada CI`, () => {
      it('Chromium harus terpasang di /usr/bin/chromium pada CI', () => {
        expect.fail('Chromium tidak ditemukan di /usr/bin/chromium; .ci/run harus memasang paket chromium.');
      });
    });
  }
}

export interface Peramban {
  browser: Browser;
  url: string;
  tutup: () => Promise<void>;
}

/** The real app on a free loopback port, and a headless Chromium as the probe starts it. */
export async function bukaPeramban(hariIni: string): Promise<Peramban> {
  mkdirSync(ARTEFAK, { recursive: true });
  const { url, tutup } = await jalankanApp({ hariIni: () => hariIni });
  const browser = await chromium.launch({
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
  return {
    browser,
    url,
    tutup: async () => {
      await browser.close();
      await tutup();
    },
  };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core, run through the DevTools protocol (the page's CSP allows no injected script): serious and critical findings. */
export async function temuanAxe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
}

/** A result page reached as a person would: a saved input reopened on the form ("Ubah masukan"), then "Hitung". */
export async function bukaHasilDariMasukan(page: Page, url: string, masukanJson: string): Promise<void> {
  await page.goto(url + '/validasi');
  await page.evaluate((m) => {
    const f = document.createElement('form');
    f.method = 'post';
    f.action = '/isi';
    const i = document.createElement('input');
    i.type = 'hidden';
    i.name = 'masukan';
    i.value = m;
    f.append(i);
    document.body.append(f);
    f.submit();
  }, masukanJson);
  await page.waitForURL('**/isi');
  await Promise.all([page.waitForURL('**/hitung'), page.click('#tombol-hitung')]);
}
