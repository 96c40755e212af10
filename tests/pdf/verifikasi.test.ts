// The verification round trip: a fresh PDF verifies; a PDF whose attachment was edited, truncated
// or swapped, a PDF from elsewhere, or a damaged file does not, and is never reported as valid.
// Attachments are edited in place with a clean rewrite (gantiLampiranDiTempat) so that each check
// on the attached data is reached; an attachment replaced by an incremental update is refused earlier.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { verifikasiKode, verifikasiPdf } from '../../src/pdf/verifikasi.ts';
import { canonicalJson, kodeVerifikasi, rapikanKode } from '../../src/pdf/kode.ts';
import { gantiLampiranDiTempat } from '../keamanan/berkas-pdf.ts';
import { aturan, bacaPdf, gantiLampiran, masukanContoh, pdf } from './helpers.ts';

async function lampiranDari(bytes: Buffer): Promise<Record<string, unknown>> {
  return JSON.parse((await bacaPdf(bytes)).lampiran!) as Record<string, unknown>;
}

describe('kode verifikasi', () => {
  it('canonical JSON sorts keys at every level, so key order does not change the code', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"e":0,"f":1}]},"b":1}');
    expect(kodeVerifikasi({ a: 1, b: 2 }, 'v1')).toBe(kodeVerifikasi({ b: 2, a: 1 }, 'v1'));
  });

  it('changes with the input and with the rules version; 12 characters in three groups', () => {
    const k = kodeVerifikasi({ a: 1 }, 'v1');
    expect(k).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(kodeVerifikasi({ a: 2 }, 'v1')).not.toBe(k);
    expect(kodeVerifikasi({ a: 1 }, 'v2')).not.toBe(k);
  });

  it('reads a typed code leniently: lower case, spaces, O for 0 and I/L for 1', () => {
    expect(rapikanKode('8ef4 wg7g bwrx')).toBe('8EF4-WG7G-BWRX');
    expect(rapikanKode('OIL0-0000-0000')).toBe('0110-0000-0000');
    expect(rapikanKode('123')).toBeUndefined();
  });
});

describe('verifikasi PDF', () => {
  it('a fresh PDF verifies: it is byte for byte the file its attached data makes, every figure follows from its input', async () => {
    const { pdf: bytes, kode } = await pdf('penetapan');
    const v = await verifikasiPdf(aturan, bytes);
    expect(v.status).toBe('sesuai');
    expect(v.alasan.join(' ')).toContain('sama byte demi byte');
    expect(v.kode).toBe(kode);
    expect(v.versiAturan).toEqual({ lembar: aturan.versi, berlaku: aturan.versi });
    expect(v.angka?.['Angka kredit kumulatif']).toBe('33,333');
    expect(v.pegawai).toEqual({ nama: 'Rina Pertiwi Contoh', nip: '199001012015032001' });
  });

  it('the "semua dokumen" PDF and a PDF with a logo verify too', async () => {
    expect((await verifikasiPdf(aturan, (await pdf('semua')).pdf)).status).toBe('sesuai');
    const d = masukanContoh();
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const mitLogo = await pdf('konversi', {
      ...d,
      dokumen: {
        ...(d.dokumen as object),
        kop: ['PEMERINTAH KABUPATEN CONTOH DENGAN NAMA YANG SANGAT PANJANG SEKALI HINGGA TERLIPAT'],
        logo: `data:image/png;base64,${png}`,
      },
    });
    expect((await verifikasiPdf(aturan, mitLogo.pdf)).status).toBe('sesuai');
  });

  it('the input in the attachment edited (Baik → Sangat Baik), code left as it was: not verifiable', async () => {
    const { pdf: bytes } = await pdf('konversi');
    const l = await lampiranDari(bytes);
    const m = l.masukan as { penilaian: { predikat: string }[] };
    m.penilaian[1]!.predikat = 'Sangat Baik';
    const v = await verifikasiPdf(aturan, gantiLampiranDiTempat(bytes, Buffer.from(JSON.stringify(l))));
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.alasan.join(' ')).toContain('Kode verifikasi tidak sesuai dengan masukan yang terlampir');
  });

  it('the attachment replaced by an incremental update, as a PDF editor saves it: a second attachment, refused before it is read', async () => {
    const { pdf: bytes } = await pdf('konversi');
    const v = await verifikasiPdf(aturan, gantiLampiran(bytes, Buffer.from((await bacaPdf(bytes)).lampiran!)));
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.alasan[0]).toContain('lebih dari satu berkas lampiran');
    expect(v.alasan.join(' ')).toContain('pembaruan bertahap');
  });

  it('the figures in the attachment edited (input and code intact): not verifiable', async () => {
    const { pdf: bytes } = await pdf('konversi');
    const l = await lampiranDari(bytes);
    (l.angka as Record<string, string>)['Jumlah angka kredit konversi (semua periode)'] = '50,000';
    const v = await verifikasiPdf(aturan, gantiLampiranDiTempat(bytes, Buffer.from(JSON.stringify(l))));
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.perbedaan).toEqual([{ butir: 'Jumlah angka kredit konversi (semua periode)', tercetak: '50,000', hitungUlang: '20,833' }]);
  });

  it('the input edited and the code recomputed to match: the file is not what that input makes, not verifiable', async () => {
    const { pdf: bytes } = await pdf('konversi');
    const l = await lampiranDari(bytes);
    const m = l.masukan as { penilaian: { predikat: string }[] };
    m.penilaian[1]!.predikat = 'Sangat Baik';
    l.kode = kodeVerifikasi(m, aturan.versi);
    const v = await verifikasiPdf(aturan, gantiLampiranDiTempat(bytes, Buffer.from(JSON.stringify(l))));
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.alasan[0]).toContain('tidak sama byte demi byte');
    // The page and the attached figures still say 2/12 × 100% × 12,5 = 2,083; Sangat Baik gives 2/12 × 150% × 12,5 = 3,125.
    expect(v.perbedaan).toContainEqual({
      butir: 'Konversi periode 2 (Januari–Februari 2024, Baik)',
      tercetak: '2,083',
      hitungUlang: '(tidak ada)',
    });
    expect(v.perbedaan).toContainEqual({
      butir: 'Konversi periode 2 (Januari–Februari 2024, Sangat Baik)',
      tercetak: '(tidak ada)',
      hitungUlang: '3,125',
    });
  });

  it('the document fields in the attachment made invalid: not verifiable (and no server error)', async () => {
    const { pdf: bytes } = await pdf('penetapan');
    const l = await lampiranDari(bytes);
    (l.dokumen as Record<string, unknown>).kertas = 'A0';
    const v = await verifikasiPdf(aturan, gantiLampiranDiTempat(bytes, Buffer.from(JSON.stringify(l))));
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.alasan[0]).toContain('Data dokumen yang terlampir tidak sah');
  });

  it('the attachment truncated: not verifiable', async () => {
    const { pdf: bytes } = await pdf('konversi');
    const json = (await bacaPdf(bytes)).lampiran!;
    const v = await verifikasiPdf(aturan, gantiLampiranDiTempat(bytes, Buffer.from(json.slice(0, json.length / 2))));
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.alasan.join(' ')).toContain('terpotong');
  });

  it("another person's valid attachment swapped in: the file is not what that attachment makes, and its information names another code", async () => {
    const { pdf: bytes, kode } = await pdf('penetapan');
    const lain = await pdf(
      'penetapan',
      masukanContoh({
        identitas: { nama: 'Sari Contoh', nip: '199202022016042002' },
        penilaian: [{ mulai: '2023-01', selesai: '2024-12', predikat: 'Sangat Baik' }],
      }),
    );
    const v = await verifikasiPdf(aturan, gantiLampiranDiTempat(bytes, Buffer.from((await bacaPdf(lain.pdf)).lampiran!)));
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.alasan.join(' ')).toContain(
      `menyebut kode verifikasi ${kode}, sedangkan data terlampirnya berkode ${lain.kode}: lampiran telah ditukar`,
    );
  });

  it('a PDF not produced here (no attachment), a damaged PDF, and a file that is not a PDF: not verifiable', async () => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const end = new Promise((r) => doc.on('end', r));
    doc.text('PENETAPAN ANGKA KREDIT 33,333');
    doc.end();
    await end;
    const asing = await verifikasiPdf(aturan, Buffer.concat(chunks));
    expect(asing.status).toBe('tidak-dapat-diverifikasi');
    expect(asing.alasan.join(' ')).toContain('tidak dibuat oleh aplikasi ini');

    const { pdf: bytes } = await pdf('konversi');
    expect((await verifikasiPdf(aturan, bytes.subarray(0, Math.floor(bytes.length * 0.6)))).status).toBe('tidak-dapat-diverifikasi');
    const bukan = await verifikasiPdf(aturan, Buffer.from('bukan pdf'));
    expect(bukan.status).toBe('tidak-dapat-diverifikasi');
    expect(bukan.alasan).toEqual(['Berkas ini bukan PDF.']);
  });

  it('made under another rules version: says so, recomputes with the rules in force, and verifies when the rebuilt file is the same', async () => {
    const { pdf: bytes } = await pdf('konversi');
    const v = await verifikasiPdf({ ...aturan, versi: 'versi-baru-0001' }, bytes);
    expect(v.versiAturan).toEqual({ lembar: aturan.versi, berlaku: 'versi-baru-0001' });
    expect(v.alasan[0]).toContain(`dibuat dengan buku aturan versi ${aturan.versi}`);
    expect(v.alasan[0]).toContain('dihitung ulang dengan aturan yang berlaku sekarang dan hasilnya sama');
    expect(v.status).toBe('sesuai');
    expect(v.perbedaan).toEqual([]);
  });
});

describe('verifikasi dengan kode dan berkas masukan (kertas saja)', () => {
  it('the printed code and the input file that made it: sesuai, with the figures that should be on the paper', async () => {
    const d = masukanContoh();
    const { kode } = await pdf('akumulasi', d);
    const v = verifikasiKode(aturan, kode.toLowerCase().replace(/-/g, ' '), JSON.stringify(d));
    expect(v.status).toBe('sesuai');
    expect(v.angka?.['Jumlah angka kredit konversi dalam jenjang']).toBe('20,833');
  });

  it('another input file, or a mistyped code: not verifiable', async () => {
    const d = masukanContoh();
    const { kode } = await pdf('akumulasi', d);
    expect(verifikasiKode(aturan, kode, JSON.stringify(masukanContoh({ tanggalPerhitungan: '2025-01-16' }))).status).toBe(
      'tidak-dapat-diverifikasi',
    );
    expect(verifikasiKode(aturan, 'AAAA-AAAA-AAAA', JSON.stringify(d)).status).toBe('tidak-dapat-diverifikasi');
    expect(verifikasiKode(aturan, kode, '{bukan json').status).toBe('tidak-dapat-diverifikasi');
  });
});
