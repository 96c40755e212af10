// Issue #12 §2 in headless Chromium: the input warnings stand above the verdict, in a status region with
// a heading that axe-core finds no serious fault with. The example person (examples/ahli-pertama.json)
// without the 2024 period: on 15 January 2025, January–December 2024 has no predikat.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADA_CHROMIUM, bukaHasilDariMasukan, bukaPeramban, syaratPeramban, type Peramban } from '../helpers/peramban.ts';

syaratPeramban('peringatan');

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const contoh = JSON.parse(readFileSync('examples/ahli-pertama.json', 'utf8')) as { penilaian: unknown[] };
const MASUKAN = JSON.stringify({ ...contoh, penilaian: contoh.penilaian.slice(0, 1) });

describe.skipIf(!ADA_CHROMIUM)('peringatan di peramban (issue #12)', { timeout: 120_000 }, () => {
  let p: Peramban;
  beforeAll(async () => {
    p = await bukaPeramban('2025-01-15');
  });
  afterAll(async () => {
    await p?.tutup();
  });

  it('the warning is read before the verdict, as a status region with its heading and fix', async () => {
    const ctx = await p.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID' });
    const page = await ctx.newPage();
    await bukaHasilDariMasukan(page, p.url, MASUKAN);

    const region = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Periksa masukan: 1 peringatan' }) });
    await expect(region.isVisible()).resolves.toBe(true);
    expect((await region.locator('li').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      'Januari–Desember 2024 belum ada predikat (12 bulan): bulan itu tidak menambah angka kredit. Saran: Tambahkan periode penilaian dengan predikatnya untuk bulan itu. Bila predikatnya memang belum ditetapkan, angka kredit dan tanggal pada hasil ini belum memperhitungkan bulan itu.',
    );
    // Above the verdict, and in the first screen.
    const atas = (await region.boundingBox())!;
    expect(atas.y + atas.height).toBeLessThanOrEqual((await page.locator('#putusan-kp').boundingBox())!.y);
    expect(atas.y).toBeLessThan(900);
    // The figures are those of the input: 12,5 + 18,75 = 31,25.
    expect(await page.locator('#ak-kumulatif').textContent()).toBe('31,250');

    await page.evaluate(AXE);
    const temuan = await page.evaluate(async () => {
      const r = await (
        window as unknown as { axe: { run: (c: object, o: object) => Promise<{ violations: { id: string; impact: string }[] }> } }
      ).axe.run({ include: [['#peringatan-masukan']] }, { resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(temuan).toEqual([]);
    await ctx.close();
  });
});
