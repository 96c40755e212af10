// Attacks on the office-key signature. Each forger below has the app's source and any genuine sheet,
// but not the office's private key. None gets "ditandatangani dengan kunci kantor ini".
import * as crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { verifikasiPdf } from '../../src/pdf/verifikasi.ts';
import { periksaTanda } from '../../src/tanda/tanda.ts';
import { gantiLampiranDiTempat, lampiranAsli } from '../keamanan/berkas-pdf.ts';
import { aturan, masukanContoh } from '../pdf/helpers.ts';
import { instansi, type Instansi } from './helpers.ts';

let kantor: Instansi;
let asli: Buffer;
let lampiran: Record<string, unknown> & {
  masukan: Record<string, unknown>;
  dokumen: Record<string, unknown>;
  penanda: { kunci: string; waktu: string };
  tanda: string;
};

beforeAll(async () => {
  kantor = await instansi();
  asli = (
    await buatDokumen(aturan, masukanContoh(), 'penetapan', {
      alamatVerifikasi: 'https://ak.contoh.go.id/verifikasi',
      penandatangan: kantor.penandatangan,
    })
  ).pdf;
  lampiran = JSON.parse(lampiranAsli(asli));
});

const periksa = (b: Buffer) => verifikasiPdf(aturan, b, kantor.penandatangan.kepercayaan);

describe('serangan terhadap tanda tangan kunci kantor', () => {
  it('the genuine sheet: sesuai, signed by this office', async () => {
    const v = await periksa(asli);
    expect(v.status).toBe('sesuai');
    expect(v.tandaTangan!.status).toBe('kantor-ini');
  });

  it('a figure edited in the attachment, signature kept: the signature no longer matches (tidak sah), and the sheet is not sesuai', async () => {
    const ubah = { ...lampiran, masukan: { ...lampiran.masukan, tanggalPerhitungan: '2025-01-16' } };
    const v = await periksa(gantiLampiranDiTempat(asli, Buffer.from(JSON.stringify(ubah, null, 2))));
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.tandaTangan!.status).toBe('tidak-sah');
  });

  it('the signature stripped and the sheet remade from its data by anyone: the figures follow, but "tidak ditandatangani"', async () => {
    const { penanda: _p, tanda: _t, ...tanpa } = lampiran;
    const ulang = (
      await buatDokumen(aturan, { ...tanpa.masukan, dokumen: tanpa.dokumen }, 'penetapan', {
        alamatVerifikasi: 'https://ak.contoh.go.id/verifikasi',
      })
    ).pdf;
    const v = await periksa(ulang);
    expect(v.status).toBe('sesuai');
    expect(v.tandaTangan!.status).toBe('tidak-ditandatangani');
  });

  it("the office's statement and signature transplanted onto another person's data and the sheet remade around them: the figures rebuild, the signature is tidak sah", async () => {
    const lain = masukanContoh({ identitas: { nama: 'Penyusup Contoh', nip: '199202022016042002' } });
    const palsu = (
      await buatDokumen(aturan, lain, 'penetapan', {
        alamatVerifikasi: 'https://ak.contoh.go.id/verifikasi',
        ulang: { penanda: lampiran.penanda, tanda: lampiran.tanda },
      })
    ).pdf;
    const v = await periksa(palsu);
    expect(v.status).toBe('sesuai');
    expect(v.tandaTangan!.status).toBe('tidak-sah');
  });

  it("the signer's key swapped for this office's public key, signed with the forger's own key: tidak sah", async () => {
    const penyusup = await instansi();
    const dariPenyusup = (await buatDokumen(aturan, masukanContoh(), 'penetapan', { penandatangan: penyusup.penandatangan })).pdf;
    const l = JSON.parse(lampiranAsli(dariPenyusup)) as typeof lampiran;
    const palsu = (
      await buatDokumen(aturan, { ...l.masukan, dokumen: l.dokumen }, 'penetapan', {
        ulang: { penanda: { ...l.penanda, kunci: kantor.penandatangan.kunci!.publik }, tanda: l.tanda },
      })
    ).pdf;
    const v = await periksa(palsu);
    expect(v.tandaTangan!.status).toBe('tidak-sah');
    // Signed honestly with the forger's own key, it is exactly what it is: an unknown key.
    expect((await periksa(dariPenyusup)).tandaTangan!.status).toBe('kunci-tidak-dikenal');
  });

  it('the statement without its signature, or a signature without the statement: tidak sah', async () => {
    for (const ubah of [
      { ...lampiran, tanda: undefined },
      { ...lampiran, penanda: undefined },
    ]) {
      const v = await periksa(gantiLampiranDiTempat(asli, Buffer.from(JSON.stringify(ubah, null, 2))));
      expect(v.status).toBe('tidak-dapat-diverifikasi');
      expect(v.tandaTangan!.status).toBe('tidak-sah');
    }
  });

  it("the QR code's statement: valid for this office as printed; one character of the digest changed, tidak sah", () => {
    // r, k, t as the QR code carries them (model.ts): the digest, the key and the signature.
    const { tanda, ...tanpa } = lampiran;
    const r = crypto.createHash('sha256').update(kanonikUji(tanpa)).digest('base64url');
    expect(periksaTanda({ ringkasan: r, kunci: lampiran.penanda.kunci, tanda }, kantor.penandatangan.kepercayaan).status).toBe(
      'kantor-ini',
    );
    const lain = `${r[0] === 'A' ? 'B' : 'A'}${r.slice(1)}`;
    expect(periksaTanda({ ringkasan: lain, kunci: lampiran.penanda.kunci, tanda }, kantor.penandatangan.kepercayaan).status).toBe(
      'tidak-sah',
    );
  });
});

/** Canonical JSON written out here, not taken from the app: keys sorted at every level, no spaces. */
function kanonikUji(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(kanonikUji).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${kanonikUji((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
