// Shared by the browser tests: Debian's Chromium driven by playwright-core, the app on a loopback
// port, and the rule that a missing Chromium skips the tests with one line — except on CI, where
// .ci/run installs it and its absence is a failure.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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
