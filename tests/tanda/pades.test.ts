// PAdES with the trial certificate: poppler's pdfsig calls the signature valid and covering the whole
// file, one changed byte makes it invalid, qpdf finds the file sound, the same input and signing time
// give the same bytes, and the app's own verification still rebuilds the file byte for byte.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { verifikasiPdf } from '../../src/pdf/verifikasi.ts';
import { LABEL_UJI_COBA } from '../../src/tanda/sertifikat.ts';
import { bacaPades } from '../../src/tanda/tempat.ts';
import { aturan, masukanContoh } from '../pdf/helpers.ts';
import { folderSementara, instansi, type Instansi } from './helpers.ts';

const CI = process.env.CI === 'true';
const ADA_PDFSIG = spawnSync('pdfsig', ['-v']).error === undefined;
const ADA_QPDF = spawnSync('qpdf', ['--version']).error === undefined;
if (!ADA_PDFSIG && !CI) console.warn('Uji pdfsig dilewati: pasang poppler-utils untuk menjalankannya.');
if (!ADA_QPDF && !CI) console.warn('Uji qpdf --check dilewati: pasang qpdf untuk menjalankannya.');

let kantor: Instansi;
let asli: Buffer;
const folder = folderSementara('ak-pades-');

function pdfsig(bytes: Buffer): string {
  const berkas = join(folder, `f-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(berkas, bytes);
  const r = spawnSync('pdfsig', [berkas], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

beforeAll(async () => {
  kantor = await instansi({ pades: { nama: 'BKPSDM Kabupaten Contoh' } });
  asli = (
    await buatDokumen(aturan, masukanContoh(), 'penetapan', {
      alamatVerifikasi: 'https://ak.contoh.go.id/verifikasi',
      penandatangan: kantor.penandatangan,
    })
  ).pdf;
}, 60_000);

describe('PAdES dengan sertifikat uji coba', () => {
  it.runIf(CI)('pdfsig and qpdf are installed on CI', () => {
    expect(ADA_PDFSIG, 'pdfsig tidak ada: pasang poppler-utils').toBe(true);
    expect(ADA_QPDF, 'qpdf tidak ada: pasang qpdf').toBe(true);
  });

  it.skipIf(!ADA_PDFSIG)(
    'pdfsig: "Signature is Valid", the whole document signed, signing time = calculation date (15 Jan 2025), signer labelled as a trial',
    () => {
      const keluaran = pdfsig(asli);
      expect(keluaran).toContain('Signature Validation: Signature is Valid.');
      expect(keluaran).toContain('Total document signed');
      expect(keluaran).toContain('Signing Time: Jan 15 2025 00:00:00');
      expect(keluaran).toContain(`Signer Certificate Common Name: BKPSDM Kabupaten Contoh (${LABEL_UJI_COBA})`);
    },
  );

  it.skipIf(!ADA_PDFSIG)(
    'one byte changed after signing (in the signed range, in the page content) makes pdfsig call it invalid, and the verifier too',
    async () => {
      const p = bacaPades(asli);
      if (!('tanpaIsi' in p)) throw new Error('tidak ada PAdES');
      const ubah = Buffer.from(asli);
      const i = p.akhirIsi + Math.floor((asli.length - p.akhirIsi) / 2);
      ubah[i] = ubah[i] === 0x20 ? 0x21 : 0x20;
      const keluaran = pdfsig(ubah);
      expect(keluaran).not.toContain('Signature is Valid');
      const v = await verifikasiPdf(aturan, ubah, kantor.penandatangan.kepercayaan);
      expect(v.status).toBe('tidak-dapat-diverifikasi');
      expect(v.pades!.sah).toBe(false);
    },
  );

  it.skipIf(!ADA_QPDF)('qpdf --check finds no errors', () => {
    const berkas = join(folder, 'qpdf.pdf');
    writeFileSync(berkas, asli);
    const r = spawnSync('qpdf', ['--check', berkas], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('the same input and signing time give the same bytes', async () => {
    const lagi = (
      await buatDokumen(aturan, masukanContoh(), 'penetapan', {
        alamatVerifikasi: 'https://ak.contoh.go.id/verifikasi',
        penandatangan: kantor.penandatangan,
      })
    ).pdf;
    expect(lagi.equals(asli)).toBe(true);
  });

  it('the verifier: figures sesuai (rebuilt byte for byte but for the signature), office key, PAdES valid with the trial name', async () => {
    const v = await verifikasiPdf(aturan, asli, kantor.penandatangan.kepercayaan);
    expect(v.status, v.alasan.join(' ')).toBe('sesuai');
    expect(v.tandaTangan!.status).toBe('kantor-ini');
    expect(v.pades!.sah).toBe(true);
    expect(v.pades!.nama).toBe(`BKPSDM Kabupaten Contoh (${LABEL_UJI_COBA})`);
  });

  it('the CMS replaced by other bytes of the same size: the figures still rebuild, but the PAdES signature is invalid', async () => {
    const p = bacaPades(asli);
    if (!('tanpaIsi' in p)) throw new Error('tidak ada PAdES');
    const palsu = Buffer.from(asli);
    const cmsLain = Buffer.from(p.cms);
    cmsLain[cmsLain.length - 1]! ^= 0xff; // the last byte of the RSA signature
    palsu.write(cmsLain.toString('hex'), p.awalIsi + 1, 'latin1');
    const v = await verifikasiPdf(aturan, palsu, kantor.penandatangan.kepercayaan);
    expect(v.status).toBe('sesuai');
    expect(v.pades!.sah).toBe(false);
    expect(v.pades!.penjelasan).toBe('Tanda tangan PAdES tidak cocok dengan sertifikat yang dibawanya.');
  });

  it('the CMS zeroed (what anyone without the certificate can make from the attached data): the figures rebuild, the PAdES signature is reported empty', async () => {
    const p = bacaPades(asli);
    if (!('tanpaIsi' in p)) throw new Error('tidak ada PAdES');
    const v = await verifikasiPdf(aturan, p.tanpaIsi, kantor.penandatangan.kepercayaan);
    expect(v.status).toBe('sesuai');
    expect(v.pades!.sah).toBe(false);
    expect(v.pades!.penjelasan).toBe('Tempat tanda tangan PAdES kosong.');
  });

  it('bytes appended after the signed file (an incremental update): the byte range no longer covers the file', async () => {
    const v = await verifikasiPdf(aturan, Buffer.concat([asli, Buffer.from('\n% tambahan\n%%EOF\n')]), kantor.penandatangan.kepercayaan);
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.pades!.sah).toBe(false);
    expect(v.pades!.penjelasan).toContain('tidak mencakup seluruh berkas');
  });
});
