// Hostile OpenDocument spreadsheets against the batch pipeline (processBatch with a Buffer, as the web's
// upload task calls it): repetition (Calc's number-rows-repeated and number-columns-repeated, which a
// naive reader expands into billions of cells), deep nesting, compression ratio, declared sizes, DTDs.
// Each is refused with a FileError naming what was exceeded, within the memory bound of the XLSX
// bombs; blank repetition, as Calc writes it at the end of every sheet, is read without being expanded.
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { FileError } from '../../src/berkas/errors.ts';
import { processBatch } from '../../src/batch/proses.ts';
import { aturan } from '../helpers/aturan.ts';
import { arsipOds, barisOds, kontenOds, odsDari, MIME } from './berkas-ods.ts';

const MB = 1024 * 1024;
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
];
const ANDI = [
  '199001012015031001',
  'Andi (fiktif)',
  'Pranata Humas',
  'Ahli Pertama',
  'III/a',
  '2021-04-01',
  '2021-04-01',
  '2023-01',
  '2023-12',
  'Baik',
];

const proses = (buf: Buffer) => processBatch(aturan, buf, { tanggalPerhitungan: '2025-07-15', maksBaris: 20_000, simpanOrang: true });

async function ditolak(buf: Buffer, status: number, pesan: RegExp): Promise<void> {
  const rss = process.memoryUsage().rss;
  const e = await proses(buf).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e, 'berkas diterima').toBeInstanceOf(FileError);
  expect((process.resourceUsage().maxRSS * 1024 - rss) / MB).toBeLessThan(300);
  expect((e as FileError).status).toBe(status);
  expect((e as FileError).message).toMatch(pesan);
}

const sel = (v: string, ulang = 1) =>
  `<table:table-cell${ulang > 1 ? ` table:number-columns-repeated="${ulang}"` : ''} office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
const judul = `<table:table-row>${JUDUL.map((j) => sel(j)).join('')}</table:table-row>`;

describe('ODS berbahaya ditolak; pengulangan kosong tidak diurai', () => {
  it('pembanding: ODS yang sah dengan ekor Calc (1 juta baris kosong berulang, 1.024 kolom kosong) terbaca', async () => {
    const h = await proses(odsDari([{ nama: 'Isian', xml: barisOds([JUDUL, ANDI]) }]));
    expect(h.format).toBe('ods');
    // Andi: 2023 Baik, 12/12 × 100 % × 12,5 = 12,5.
    expect(h.orang?.[0]).toMatchObject({ nip: '199001012015031001', kumulatif: '12,500' });
  });

  it('baris kosong berulang 2 miliar kali dan sel kosong berulang 2 miliar kali: hanya nomor baris yang maju', async () => {
    const xml = `${judul}<table:table-row table:number-rows-repeated="2000000000"><table:table-cell table:number-columns-repeated="2000000000"/></table:table-row><table:table-row>${ANDI.map((v) => sel(v)).join('')}</table:table-row>`;
    const h = await proses(odsDari([{ nama: 'Isian', xml }]));
    // The data row comes after 2,000,000,000 blank rows: its number says so.
    expect(h.orang?.[0]?.baris).toEqual([2_000_000_002]);
  });

  it('baris berisi berulang 1 miliar kali: 413 pada baris ke-100.001', () =>
    ditolak(
      odsDari([
        {
          nama: 'Isian',
          xml: `${judul}<table:table-row table:number-rows-repeated="1000000000">${ANDI.map((v) => sel(v)).join('')}</table:table-row>`,
        },
      ]),
      413,
      /^Berkas ODS memuat lebih dari 100\.000 baris/,
    ));

  it('sel berisi berulang 1 miliar kali dalam satu baris: 400 pada batas kolom', () =>
    ditolak(
      odsDari([{ nama: 'Isian', xml: `<table:table-row>${sel('x', 1_000_000_000)}</table:table-row>` }]),
      400,
      /lebih dari 16\.384 sel/,
    ));

  it('90.000 baris berulang × 50 sel berisi (4,5 juta sel): 413 pada sel ke-4.000.001', () =>
    ditolak(
      odsDari([{ nama: 'Isian', xml: `<table:table-row table:number-rows-repeated="90000">${sel('x', 50)}</table:table-row>` }]),
      413,
      /^Berkas ODS memuat lebih dari 4\.000\.000 sel/,
    ));

  it('spasi berulang (text:s c=1 miliar) dalam satu sel: 400 pada batas panjang sel', () =>
    ditolak(
      odsDari([
        {
          nama: 'Isian',
          xml: `<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="1000000000"/></text:p></table:table-cell></table:table-row>`,
        },
      ]),
      400,
      /lebih dari 32\.767 karakter/,
    ));

  it('sarang 200.000 tingkat (text:span dan table:table-row-group): dibaca tanpa rekursi', async () => {
    const n = 200_000;
    const bersarang = `${'<text:span>'.repeat(n)}Andi (fiktif)${'</text:span>'.repeat(n)}`;
    const baris = `<table:table-row>${ANDI.map((v, i) => (i === 1 ? `<table:table-cell office:value-type="string"><text:p>${bersarang}</text:p></table:table-cell>` : sel(v))).join('')}</table:table-row>`;
    const xml = `${'<table:table-row-group>'.repeat(n)}${judul}${baris}${'</table:table-row-group>'.repeat(n)}`;
    // Stored: so repetitive a part compresses past the ratio check.
    const h = await proses(odsDari([{ nama: 'Isian', xml }], 0));
    expect(h.orang?.[0]).toMatchObject({ nama: 'Andi (fiktif)', kumulatif: '12,500' });
  });

  it('rasio pemampatan ekstrem (content.xml 40 MB spasi): 400, kemungkinan zip bomb', () =>
    ditolak(
      arsipOds({ 'content.xml': kontenOds([{ nama: 'Isian', xml: `${judul}${' '.repeat(40 * MB)}` }]) }, 9),
      400,
      /^Bagian "content\.xml" dalam berkas ODS dimampatkan lebih dari 200 kali/,
    ));

  it('ukuran terurai yang dinyatakan 1 GB: 413 tanpa menguraikan', () => {
    const buf = odsDari([{ nama: 'Isian', xml: barisOds([JUDUL, ANDI]) }]);
    const cd = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    for (let p = buf.indexOf(cd); p >= 0; p = buf.indexOf(cd, p + 4))
      if (buf.toString('latin1', p + 46, p + 57) === 'content.xml') buf.writeUInt32LE(1024 * MB, p + 24);
    return ditolak(buf, 413, /^Isi berkas ODS bila diuraikan lebih dari 64 MB/);
  });

  it('DOCTYPE dengan ENTITY (billion laughs) di content.xml: 400', () =>
    ditolak(
      arsipOds({
        'content.xml': `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${kontenOds([{ nama: 'Isian', xml: judul }]).replace(/^<\?xml[^>]*>/, '')}`,
      }),
      400,
      /DOCTYPE atau ENTITY/,
    ));

  it('tag yang tidak pernah ditutup (2 MB): 400', () =>
    ditolak(
      odsDari([{ nama: 'Isian', xml: `${judul}<table:table-row table:style-name="${'x'.repeat(2 * MB)}` }], 0),
      400,
      /tag dalam content\.xml berkas ODS terlalu panjang/,
    ));

  it('dokumen teks OpenDocument (.odt): 415, bukan lembar kerja', async () => {
    const odt = Buffer.from(
      zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<x/>') }),
    );
    await ditolak(odt, 415, /bukan lembar kerja/);
  });

  it('ODS tanpa content.xml: 400 dengan pesan ODS', async () => {
    await ditolak(arsipOds({ 'styles.xml': '<x/>' }), 400, /^Berkas ODS rusak/);
    expect(MIME).toBe('application/vnd.oasis.opendocument.spreadsheet');
  });
});
