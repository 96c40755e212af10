// Renders every document to PNG with poppler (pdftoppm) for A4 and F4, with a long name, a long
// unit, a long kop and 40 monthly periods, and keeps the images in test-artifacts/pdf/ for people
// to look at. Word boxes (pdftotext -bbox) are checked automatically: inside the page, clear of
// the margins, and not overlapping one another.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UKURAN_KERTAS } from '../../src/pdf/render.ts';
import { jumlahHalaman, masukanContoh, masukanKarier, masukanPanjang, pdf } from './helpers.ts';

const ADA_POPPLER = spawnSync('pdftoppm', ['-v']).error === undefined && spawnSync('pdftotext', ['-v']).error === undefined;
const CI = process.env.CI === 'true';
const FOLDER = resolve(import.meta.dirname, '../../test-artifacts/pdf');

if (!ADA_POPPLER && !CI) console.warn('Uji render PDF dilewati: pasang poppler-utils (pdftoppm, pdftotext) untuk menjalankannya.');

describe('poppler-utils', () => {
  it.runIf(CI)('is installed on CI (the render tests must run there)', () => {
    expect(ADA_POPPLER, 'pdftoppm/pdftotext tidak ada: pasang poppler-utils').toBe(true);
  });
});

interface Kata {
  teks: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Word boxes per page, from pdftotext -bbox (points, origin top-left). */
function kataPerHalaman(berkas: string): { lebar: number; tinggi: number; kata: Kata[] }[] {
  const html = execFileSync('pdftotext', ['-bbox', berkas, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((p) => {
      const [, lebar, tinggi] = /width="([\d.]+)" height="([\d.]+)"/.exec(p)!;
      const kata = [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x0: +m[1]!,
        y0: +m[2]!,
        x1: +m[3]!,
        y1: +m[4]!,
        teks: m[5]!,
      }));
      return { lebar: +lebar!, tinggi: +tinggi!, kata };
    });
}

function tumpang(a: Kata, b: Kata): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

describe.skipIf(!ADA_POPPLER)('render ke PNG', () => {
  mkdirSync(FOLDER, { recursive: true });

  const kasus = [
    ...(['A4', 'F4'] as const).map((kertas) => ({ nama: `panjang-${kertas}`, data: masukanPanjang(kertas), kertas })),
    // Integrasi sheet, segment table, projection table and chart: the optional parts of every sheet.
    ...(['A4', 'F4'] as const).map((kertas) => ({ nama: `karier-${kertas}`, data: masukanKarier(kertas), kertas })),
    { nama: 'contoh-A4', data: masukanContoh(), kertas: 'A4' as const },
  ];

  for (const k of kasus) {
    it(`${k.nama}: semua dokumen render, every word inside the page and its margins, no two words overlap`, async () => {
      const { pdf: bytes } = await pdf('semua', k.data);
      const berkas = join(FOLDER, `${k.nama}.pdf`);
      writeFileSync(berkas, bytes);
      for (const f of readdirSync(FOLDER).filter((f) => f.startsWith(`${k.nama}-`) && f.endsWith('.png'))) rmSync(join(FOLDER, f));
      execFileSync('pdftoppm', ['-r', '60', '-png', berkas, join(FOLDER, k.nama)]);
      const png = readdirSync(FOLDER).filter((f) => f.startsWith(`${k.nama}-`) && f.endsWith('.png'));
      const halaman = await jumlahHalaman(bytes);
      expect(png.length).toBe(halaman);

      const [lebar, tinggi] = UKURAN_KERTAS[k.kertas];
      const masalah: string[] = [];
      kataPerHalaman(berkas).forEach((p, i) => {
        expect(Math.abs(p.lebar - lebar)).toBeLessThan(1);
        expect(Math.abs(p.tinggi - tinggi)).toBeLessThan(1);
        for (const w of p.kata) {
          if (w.x0 < 40 || w.x1 > p.lebar - 40 || w.y0 < 30 || w.y1 > p.tinggi - 20)
            masalah.push(`halaman ${i + 1}: "${w.teks}" di luar batas (${w.x0.toFixed(0)},${w.y0.toFixed(0)})`);
        }
        for (let a = 0; a < p.kata.length; a++) {
          for (let b = a + 1; b < p.kata.length; b++) {
            if (tumpang(p.kata[a]!, p.kata[b]!) > 1) masalah.push(`halaman ${i + 1}: "${p.kata[a]!.teks}" menindih "${p.kata[b]!.teks}"`);
          }
        }
      });
      expect(masalah).toEqual([]);
    });
  }

  it('a long table breaks across pages and repeats its header row', async () => {
    const { pdf: bytes } = await pdf('akumulasi', masukanPanjang('A4'));
    const berkas = join(FOLDER, 'akumulasi-panjang-A4.pdf');
    writeFileSync(berkas, bytes);
    const halaman = kataPerHalaman(berkas);
    expect(halaman.length).toBeGreaterThan(1);
    const denganBaris = halaman.filter((p) => p.kata.some((w) => w.teks === 'bulan)'));
    expect(denganBaris.length).toBeGreaterThan(1);
    for (const p of denganBaris) {
      // The header row sits above the first period row on every page the table reaches.
      const yKepala = p.kata.find((w) => w.teks === 'Persentase')?.y0 ?? Infinity;
      const yBaris = Math.min(...p.kata.filter((w) => w.teks === 'bulan)').map((w) => w.y0));
      expect(yKepala).toBeLessThan(yBaris);
      expect(p.kata.some((w) => w.teks === 'Koefisien')).toBe(true);
    }
  });
});
