// XLSX in (as Excel writes it: shared strings, date-formatted cells, a formula) and out; the formula-
// injection guard; zip bombs; the ZIP of PDFs whose manifest codes verify; the SIASN export.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxBuffer } from '../../src/berkas/xlsx-write.ts';
import { csvHasil, writeHasilXlsx } from '../../src/batch/laporan.ts';
import { templatCsv, templatXlsx } from '../../src/batch/template.ts';
import { writePdfZip, writeSiasnZip } from '../../src/batch/zip.ts';
import { FileError } from '../../src/berkas/errors.ts';
import { neutralizeFormula } from '../../src/berkas/csv.ts';
import { verifikasiPdf } from '../../src/pdf/verifikasi.ts';
import { kodeVerifikasi } from '../../src/pdf/kode.ts';
import { bacaMasukan } from '../../src/input/parse.ts';
import { aturan } from '../helpers/aturan.ts';
import { barisXlsx, fixture, orang, proses } from './helpers.ts';

const JUDUL = [
  'nip',
  'nama',
  'jabatan_fungsional',
  'jenjang',
  'golongan',
  'tmt_pangkat',
  'tmt_jenjang',
  'periode_mulai',
  'periode_selesai',
  'predikat',
  'ak_konversi_tertulis',
];

/** A workbook shaped like Excel's: shared strings, NIP as text, TMT as a date serial with a date style, AK as a number, a formula. */
function xlsxGayaExcel(tanpaNilai = false): Buffer {
  const ss = [
    ...JUDUL,
    '199001012015031001',
    'Andi Saputra (fiktif)',
    'Pranata Humas',
    'Ahli Pertama',
    'III/a',
    '2024-01',
    '2024-02',
    'baik',
    '2023-01',
    '2023-12',
    'Sangat Baik',
  ];
  const i = (s: string) => ss.indexOf(s);
  const sel = (ref: string, s: string) => `<c r="${ref}" t="s"><v>${i(s)}</v></c>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1">${JUDUL.map((j, k) => sel(`${String.fromCharCode(65 + k)}1`, j)).join('')}</row>
<row r="2">${sel('A2', '199001012015031001')}${sel('B2', 'Andi Saputra (fiktif)')}${sel('C2', 'Pranata Humas')}${sel('D2', 'Ahli Pertama')}${sel('E2', 'III/a')}<c r="F2" s="1"><v>44287</v></c><c r="G2" s="1"><v>44287</v></c>${sel('H2', '2024-01')}${sel('I2', '2024-02')}${sel('J2', 'baik')}<c r="K2"><v>2.08</v></c></row>
<row r="4">${sel('H4', '2023-01')}${sel('I4', '2023-12')}${sel('J4', 'Sangat Baik')}<c r="K4"><f>12.5*1.5</f>${tanpaNilai ? '' : '<v>18.75</v>'}</c></row>
</sheetData></worksheet>`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Lembar1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(`<sst>${ss.map((s) => `<si><t>${s.replace(/&/g, '&amp;')}</t></si>`).join('')}</sst>`),
      'xl/styles.xml': strToU8(
        '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    }),
  );
}

describe('XLSX masuk', () => {
  it('membaca shared strings, tanggal serial 44287 = 1 April 2021, angka 2.08; sel rumus dibaca dengan nilai tersimpannya', async () => {
    const h = await proses(xlsxGayaExcel());
    expect(h.format).toBe('xlsx');
    const o = orang(h, '199001012015031001');
    // K4 =12.5*1.5 saved as 18.75: Sangat Baik 2023 is 12/12 × 150% × 12,5 = 18,75, so the written figure is right.
    expect(o.galat).toEqual([]);
    expect(o.klaim.salah).toEqual([]);
    // The same formula written without its value (as a program that does not calculate writes it): refused on its cell.
    const tanpaNilai = await proses(xlsxGayaExcel(true));
    expect(orang(tanpaNilai, '199001012015031001').galat).toEqual([
      expect.objectContaining({
        baris: 4,
        kolom: 'ak_konversi_tertulis',
        pesan: expect.stringMatching(/^Sel Lembar1!K4 berisi rumus tanpa nilai tersimpan/),
      }),
    ]);
    const rows = await barisXlsx(xlsxGayaExcel());
    expect(rows[1]!.sel.slice(5, 7)).toEqual(['2021-04-01', '2021-04-01']);
    expect(rows[1]!.sel[10]).toBe('2.08');
  });

  it('templat XLSX: lembar Isian kosong, Contoh dengan pegawai rekaan, Petunjuk; contoh terbaca tanpa kesalahan', async () => {
    const x = templatXlsx();
    const files = unzipSync(new Uint8Array(x));
    expect(new TextDecoder().decode(files['xl/workbook.xml']!)).toMatch(/name="Isian".*name="Contoh".*name="Petunjuk"/);
    // The reader takes "Isian": only the header, so a 400 "no data".
    await expect(proses(x)).rejects.toThrow(/tidak ada data pegawai/);
    const h = await proses(Buffer.from(templatCsv(), 'utf8'), '2025-07-15');
    expect(h.ringkasan.galat).toBe(0);
    // Andi: 12,5 + 12,5 + 18,75 + 6,25 = 50 = the III/b threshold: DAPAT KP, and every written figure right.
    expect(orang(h, '199001012015031001')).toMatchObject({ kumulatif: '50,000', kategori: 'dapat_kp', klaim: { diperiksa: 4, salah: [] } });
  });

  it('XLSX dari penulis kita sendiri terbaca kembali sama dengan CSV-nya', async () => {
    const csv = fixture('unit-koma.csv')
      .toString('utf8')
      .trim()
      .split('\n')
      .map((l) =>
        l
          .match(/("[^"]*"|[^,]*)(,|$)/g)!
          .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''))
          .slice(0, 17),
      );
    const a = await proses(xlsxBuffer([{ nama: 'Isian', baris: csv }]));
    const b = await proses(fixture('unit-koma.csv'));
    expect(a.orang.map((o) => [o.nip, o.kumulatif, o.kategori, o.klaim.salah.length])).toEqual(
      b.orang.map((o) => [o.nip, o.kumulatif, o.kategori, o.klaim.salah.length]),
    );
  });
});

describe('XLSX berbahaya ditolak sebelum diuraikan', () => {
  const rusak = (buf: Buffer) =>
    barisXlsx(buf).then(
      () => undefined,
      (e: unknown) => e as FileError,
    );

  it('ukuran terurai yang dinyatakan sangat besar (zip bomb): 413 tanpa menguraikan', async () => {
    const buf = Buffer.from(xlsxGayaExcel());
    // Patch the declared uncompressed size of every central-directory entry to 1 GB.
    for (let p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); p >= 0; p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4))
      buf.writeUInt32LE(1024 * 1024 * 1024, p + 24);
    const e = await rusak(buf);
    expect(e).toBeInstanceOf(FileError);
    expect(e!.status).toBe(413);
    expect(e!.message).toMatch(/zip bomb/);
  });

  it('rasio pemampatan ekstrem (20 MB nol dalam beberapa kB): 400', async () => {
    const bom = Buffer.from(zipSync({ 'xl/workbook.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }));
    const e = await rusak(bom);
    expect(e!.status).toBe(400);
    expect(e!.message).toMatch(/dimampatkan lebih dari 200 kali/);
  });

  it('isi terurai lebih besar daripada yang dinyatakan: berhenti dan ditolak', async () => {
    const buf = Buffer.from(
      zipSync({
        'xl/workbook.xml': strToU8('<workbook>' + 'x'.repeat(5000) + '</workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8('<r/>'),
      }),
    );
    const p = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(100, p + 24);
    expect((await rusak(buf))!.message).toMatch(/lebih besar daripada yang dinyatakan/);
  });

  it('ZIP yang bukan buku kerja: 400', async () => {
    expect((await rusak(Buffer.from(zipSync({ 'a.txt': strToU8('halo') }))))!.message).toMatch(/bukan buku kerja/);
  });
});

describe('laporan', () => {
  it('sel yang diawali = + - @ dinetralkan pada CSV dan XLSX (injeksi rumus)', async () => {
    const csv =
      'nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,unit_kerja,periode_mulai,periode_selesai,predikat\n' +
      '199001012015031001,"=HYPERLINK(""http://contoh.invalid"",""klik"")",Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,@SUM(A1),2023-01,2023-12,Baik\n' +
      '199102022016042002,+62 812,Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,-unit,2023-01,2023-12,Baik\n';
    const h = await proses(Buffer.from(csv));
    const keluar = [...csvHasil(h.orang)].join('');
    expect(keluar).toContain(`;"'=HYPERLINK(""http://contoh.invalid"",""klik"")";'@SUM(A1);`);
    expect(keluar).toContain(";'+62 812;'-unit;");
    expect(keluar).not.toMatch(/;[=+@-]/);
    const parts: Uint8Array[] = [];
    writeHasilXlsx(h.orang, h.ringkasan, (d) => parts.push(d));
    const sheet = new TextDecoder().decode(unzipSync(new Uint8Array(Buffer.concat(parts)))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain(`<t xml:space="preserve">'=HYPERLINK(&quot;http://contoh.invalid&quot;,&quot;klik&quot;)</t>`);
    expect(sheet).not.toContain('<f>');
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
    expect(neutralizeFormula('12,5')).toBe('12,5');
  });

  it('ZIP dokumen: satu PDF Penetapan per pegawai terpilih, manifest dengan kode yang terverifikasi "sesuai"', async () => {
    const h = await proses(fixture('unit-koma.csv'));
    const pilih = new Set(['199001012015031001', '199304042018062004']);
    const parts: Uint8Array[] = [];
    const manifest = await writePdfZip(h.orang, { aturan, jenis: 'penetapan', pilih, keluar: (d) => parts.push(d) });
    const files = unzipSync(new Uint8Array(Buffer.concat(parts)));
    const pdfs = Object.keys(files).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toHaveLength(2);
    const json = JSON.parse(new TextDecoder().decode(files['manifest.json']!)) as {
      dokumen: { nip: string; berkas: string; kodeVerifikasi: string }[];
    };
    expect(json.dokumen.map((d) => d.nip)).toEqual([...pilih]);
    expect(new TextDecoder().decode(files['manifest.csv']!)).toContain('kode_verifikasi');
    for (const d of json.dokumen) {
      const v = await verifikasiPdf(aturan, files[d.berkas]!);
      expect(v.status).toBe('sesuai');
      expect(v.kode).toBe(d.kodeVerifikasi);
      // The code is the one of the person's input alone, as the report lists it.
      const o = orang(h, d.nip);
      expect(kodeVerifikasi(bacaMasukan(JSON.parse(o.masukanJson!)).mentah, aturan.versi)).toBe(d.kodeVerifikasi);
      expect(o.kode).toBe(d.kodeVerifikasi);
    }
    expect(manifest.every((m) => m.status === 'dibuat')).toBe(true);
  });

  it('ekspor SIASN: satu rekaman per periode konversi, angka periode tiga desimal, AK Integrasi sebagai isIntegrasi', async () => {
    const h = await proses(fixture('unit-koma.csv'));
    const parts: Uint8Array[] = [];
    writeSiasnZip(aturan, h.orang, new Set(['199304042018062004']), (d) => parts.push(d));
    const files = unzipSync(new Uint8Array(Buffer.concat(parts)));
    const e = JSON.parse(new TextDecoder().decode(files['siasn/199304042018062004.json']!));
    expect(e.riwayatAngkaKredit).toEqual([
      expect.objectContaining({ isIntegrasi: '1', isKonversi: '0', kreditUtamaBaru: '90.000', kreditBaruTotal: '90.000' }),
      expect.objectContaining({
        isKonversi: '1',
        bulanMulaiPenailan: '01',
        tahunMulaiPenailan: '2023',
        bulanSelesaiPenailan: '12',
        tahunSelesaiPenailan: '2023',
        kreditUtamaBaru: '12.500',
        kreditPenunjangBaru: '0',
      }),
      // 4/12 × 100% × 12,5 = 4,1666… → 4.167
      expect.objectContaining({
        isKonversi: '1',
        bulanMulaiPenailan: '01',
        bulanSelesaiPenailan: '04',
        tahunSelesaiPenailan: '2024',
        kreditUtamaBaru: '4.167',
      }),
    ]);
  });
});
