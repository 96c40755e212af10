// The whole forgery suite (pdf-palsu.test.ts) again with signatures on: every sheet made and every
// rebuild carries the office-key signature and a PAdES signature with a trial certificate, and every
// attack must still fail. buatDokumen is wrapped so that each call signs unless it passes its own options.
import { vi } from 'vitest';

vi.mock('../../src/pdf/buat.ts', async (asli) => {
  const m = await asli<typeof import('../../src/pdf/buat.ts')>();
  const { instansi } = await import('../tanda/helpers.ts');
  const { penandatangan } = await instansi({ pades: { nama: 'BKPSDM Kabupaten Contoh' } });
  return {
    ...m,
    buatDokumen: (...[aturan, data, jenis, opsi]: Parameters<typeof m.buatDokumen>) =>
      m.buatDokumen(aturan, data, jenis, { penandatangan, ...opsi }),
  };
});

await import('./pdf-palsu.test.ts');

const { describe, expect, it } = await import('vitest');
const { buatDokumen } = await import('../../src/pdf/buat.ts');
const { lampiranAsli } = await import('./berkas-pdf.ts');
const { aturan, masukanContoh } = await import('../pdf/helpers.ts');

describe('this run signs', () => {
  it('a sheet made here carries the office-key signature in its attachment and a PAdES signature in the file', async () => {
    const pdf = (await buatDokumen(aturan, masukanContoh(), 'konversi')).pdf;
    const l = JSON.parse(lampiranAsli(pdf)) as { penanda?: { pades?: { nama: string } }; tanda?: string };
    expect(l.tanda).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(l.penanda?.pades?.nama).toContain('BKPSDM Kabupaten Contoh');
    expect(pdf.includes('/SubFilter /adbe.pkcs7.detached')).toBe(true);
  });
});
