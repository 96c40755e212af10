// A logo's cost to PDFKit is bounded, because verification renders it again from the attached data:
// a PNG that PDFKit would decode may not declare more than 2000 × 2000 pixels nor hold more data than
// its pixels need. Sizes worked out from the PNG layout: one filter byte per row plus 4 bytes per RGBA pixel.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dokumenSchema } from '../../src/pdf/schema.ts';
import { buatPng } from '../keamanan/berkas-pdf.ts';

const pesan = (png: Buffer) => {
  const r = dokumenSchema.safeParse({ logo: `data:image/png;base64,${png.toString('base64')}` });
  return r.success ? undefined : r.error.issues.map((i) => i.message).join(' ');
};
/** Rows of zero pixels with their filter bytes: what a PNG of this size decodes to. */
const nol = (lebar: number, tinggi: number, saluran: number) => deflateSync(Buffer.alloc(tinggi * (1 + lebar * saluran)), { level: 9 });

describe('logo PNG', () => {
  it('2000 × 2000 RGBA is accepted; 2001 wide or high is refused, naming the size', () => {
    expect(pesan(buatPng(2000, 2000, { idat: nol(2000, 2000, 4) }))).toBeUndefined();
    expect(pesan(buatPng(2001, 10, { idat: nol(2001, 10, 4) }))).toBe('Logo paling besar 2000 × 2000 piksel (berkas ini 2001 × 10).');
    expect(pesan(buatPng(10, 2001, { warna: 2, idat: nol(10, 2001, 3) }))).toBe('Logo paling besar 2000 × 2000 piksel (berkas ini 10 × 2001).');
  });

  it('7000 × 7000 RGBA in 190 kB (196 MB of pixels; 930 MB and 7 s to render before this bound): refused', () => {
    const png = buatPng(7000, 7000, { idat: nol(7000, 7000, 4) });
    expect(png.length).toBeLessThan(200 * 1024);
    expect(pesan(png)).toContain('Logo paling besar 2000 × 2000 piksel');
  });

  it('a 100 × 100 RGBA whose pixel data inflates to 16 MB instead of 40 100 bytes: refused', () => {
    expect(pesan(buatPng(100, 100, { idat: deflateSync(Buffer.alloc(16 * 1024 * 1024)) }))).toContain('lebih besar dari yang dinyatakan ukurannya');
    expect(pesan(buatPng(100, 100, { idat: nol(100, 100, 4) }))).toBeUndefined();
  });

  it('a PNG cut before its end, or with damaged pixel data: refused as damaged', () => {
    const png = buatPng(8, 8);
    expect(pesan(png.subarray(0, png.length - 12))).toBe('Berkas logo PNG rusak atau terpotong.');
    expect(pesan(buatPng(8, 8, { idat: Buffer.from('bukan zlib') }))).toBe('Berkas logo PNG rusak atau terpotong.');
  });
});
