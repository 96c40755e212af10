// A logo's cost to PDFKit is bounded, because verification renders it again from the attached data:
// a PNG may not declare more than 2000 × 2000 pixels, nor one PDFKit decodes hold more data than its
// pixels need (sizes from the PNG layout: one filter byte per row plus 4 bytes per RGBA pixel). And a
// logo PDFKit decodes asynchronously still gives the same bytes for the same input.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfFacts } from '../../src/pdf/pdf-attachment.ts';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { dokumenSchema } from '../../src/pdf/schema.ts';
import { buatPng } from '../keamanan/berkas-pdf.ts';
import { aturan, masukanContoh } from './helpers.ts';

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
    expect(pesan(buatPng(10, 2001, { warna: 2, idat: nol(10, 2001, 3) }))).toBe(
      'Logo paling besar 2000 × 2000 piksel (berkas ini 10 × 2001).',
    );
  });

  it('7000 × 7000 RGBA in 190 kB (196 MB of pixels; 930 MB and 7 s to render before this bound): refused', () => {
    const png = buatPng(7000, 7000, { idat: nol(7000, 7000, 4) });
    expect(png.length).toBeLessThan(200 * 1024);
    expect(pesan(png)).toContain('Logo paling besar 2000 × 2000 piksel');
  });

  it('a 100 × 100 RGBA whose pixel data inflates to 16 MB instead of 40 100 bytes: refused', () => {
    expect(pesan(buatPng(100, 100, { idat: deflateSync(Buffer.alloc(16 * 1024 * 1024)) }))).toContain(
      'lebih besar dari yang dinyatakan ukurannya',
    );
    expect(pesan(buatPng(100, 100, { idat: nol(100, 100, 4) }))).toBeUndefined();
  });

  it('a PNG cut before its end, or with damaged pixel data: refused as damaged', () => {
    const png = buatPng(8, 8);
    expect(pesan(png.subarray(0, png.length - 12))).toBe('Berkas logo PNG rusak atau terpotong.');
    expect(pesan(buatPng(8, 8, { idat: Buffer.from('bukan zlib') }))).toBe('Berkas logo PNG rusak atau terpotong.');
  });
});

describe('logo pada dokumen', () => {
  it('an RGBA logo (decoded asynchronously by PDFKit) is embedded once for all sheets, and the same input gives the same bytes even when documents are made side by side', async () => {
    const d = masukanContoh();
    const logo = `data:image/png;base64,${buatPng(1000, 1000).toString('base64')}`;
    const data = { ...d, dokumen: { ...(d.dokumen as object), logo } };
    const sendiri = (await buatDokumen(aturan, data, 'semua')).pdf;
    const [bersama] = await Promise.all([
      buatDokumen(aturan, data, 'semua'),
      buatDokumen(aturan, masukanContoh(), 'semua'),
      buatDokumen(aturan, data, 'konversi'),
    ]);
    expect(bersama.pdf.equals(sendiri)).toBe(true);
    // One image and its soft mask (the alpha channel), whatever the number of sheets (4 here).
    expect(pdfFacts(sendiri).gambar).toBe(2);
  });
});
