// Input warnings in the batch: the lean evaluation (no explanation) gives the same warnings as the full
// result, and the results CSV and XLSX carry them in the column "peringatan". Amounts with the thousands
// point are read as the form reads them; "1.245" alone is an error naming the cell. Calculated on
// 15 May 2024 (tests/batch/helpers.ts).
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvHasil, JUDUL_HASIL, writeHasilXlsx } from '../../src/batch/laporan.ts';
import { hitung } from '../../src/domain/hitung.ts';
import { teksPeringatan } from '../../src/domain/peringatan.ts';
import { bacaMasukan } from '../../src/input/parse.ts';
import { aturan } from '../helpers/aturan.ts';
import { parseNumberCell } from '../../src/batch/orang.ts';
import { barisXlsx, orang, proses } from './helpers.ts';

const JUDUL =
  'nip;nama;jabatan_fungsional;jenjang;golongan;tmt_pangkat;tmt_jenjang;bebas_hukuman_disiplin;jenis_ak_awal;ak_awal;periode_mulai;periode_selesai;predikat';
// Andi: only 2023 assessed, so January–April 2024 has no predikat on 15 May 2024.
// Budi: everything assessed, AK from the last PAK written with a thousands point, 1.050,5: above 3 × 100.
// Citra: "1.245" is ambiguous.
const CSV = [
  JUDUL,
  '199001012015031001;Andi Saputra (fiktif);Pranata Humas;Ahli Pertama;III/a;01/04/2021;01/04/2021;Ya;;;01/2023;12/2023;Baik',
  '199202022016041002;Budi Contoh (fiktif);Pranata Humas;Ahli Pertama;III/a;01/04/2021;01/04/2021;Ya;PAK terakhir;1.050,5;01/2023;04/2024;Baik',
  '199303032017051003;Citra Contoh (fiktif);Pranata Humas;Ahli Pertama;III/a;01/04/2021;01/04/2021;Ya;PAK terakhir;1.245;01/2023;04/2024;Baik',
].join('\n');

const ANDI =
  'Januari–April 2024 belum ada predikat (4 bulan): bulan itu tidak menambah angka kredit. Saran: Tambahkan periode penilaian dengan predikatnya untuk bulan itu. Bila predikatnya memang belum ditetapkan, angka kredit dan tanggal pada hasil ini belum memperhitungkan bulan itu.';
const BUDI =
  'AK dari PAK terakhir (JF lama) 1.050,500 (angka kredit awal baris 1) lebih dari 3 kali batas kenaikan jenjang Ahli Pertama (100): angka sebesar itu tidak wajar untuk jenjang Ahli Pertama.';

describe('batch: peringatan', () => {
  it('each person carries the warnings of the full result, as lines with their fix', async () => {
    const h = await proses(Buffer.from(CSV));
    const andi = orang(h, '199001012015031001');
    expect(andi.peringatan).toEqual([ANDI]);
    const budi = orang(h, '199202022016041002');
    expect(budi.peringatan).toHaveLength(1);
    expect(budi.peringatan![0]).toContain(BUDI);
    // 1050,5 + 16 months Baik (16/12 × 12,5 = 50/3): the thousands point read as the form reads it.
    expect(budi.kumulatif).toBe('1.067,167');
    // The lean batch evaluation and the full result give the same warnings.
    for (const o of [andi, budi]) {
      const { masukan, opsi } = bacaMasukan(JSON.parse(o.masukanJson!));
      expect(o.peringatan).toEqual(hitung(aturan, masukan, opsi).peringatan.map(teksPeringatan));
    }
  });

  it('"1.245" in ak_awal is a data error naming the cell and how to write it', async () => {
    const h = await proses(Buffer.from(CSV));
    const citra = orang(h, '199303032017051003');
    expect(citra.kategori).toBe('galat');
    expect(citra.peringatan).toBeUndefined();
    expect(citra.galat).toEqual([
      {
        baris: 4,
        kolom: 'ak_awal',
        pesan:
          'Angka kredit awal "1.245" bermakna ganda: 1245 (titik sebagai pemisah ribuan) atau 1,245 (titik sebagai tanda desimal). Tulis 1245 atau 1.245,0 untuk yang pertama, 1,245 untuk yang kedua.',
      },
    ]);
  });

  it('the results CSV has the column peringatan, empty for a person without', async () => {
    const h = await proses(Buffer.from(CSV));
    const baris = [...csvHasil(h.orang)]
      .join('')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const judul = baris[0]!.split(';');
    expect(judul).toEqual([...JUDUL_HASIL]);
    const k = judul.indexOf('peringatan');
    expect(k).toBe(judul.indexOf('kesalahan_data') + 1);
    // No cell of these rows holds a ';' or a quote, so splitting on ';' is the CSV reading here.
    const andi = baris.find((b) => b.startsWith('199001012015031001'))!;
    expect(andi.split(';')[k]).toBe(ANDI);
    const citra = baris.find((b) => b.startsWith('199303032017051003'))!;
    expect(citra.split(';')[k]).toBe('');
  });

  it('the results XLSX has the column peringatan with the same text', async () => {
    const h = await proses(Buffer.from(CSV));
    const parts: Uint8Array[] = [];
    await writeHasilXlsx(h.orang, h.ringkasan, (d) => parts.push(d));
    const sheet = new TextDecoder().decode(unzipSync(new Uint8Array(Buffer.concat(parts)))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('>peringatan<');
    expect(sheet).toContain(`>${ANDI}<`);
    expect(sheet.indexOf('>kesalahan_data<')).toBeLessThan(sheet.indexOf('>peringatan<'));
  });
});

describe('XLSX: a number cell is never ambiguous', () => {
  it('12.083, 1.5 and 1050 stored as numbers read as 12,083, 1.5 and 1050 (not 12083)', async () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1"><v>12.083</v></c><c r="B1"><v>1.5</v></c><c r="C1"><v>1050</v></c><c r="D1"><v>0.125</v></c></row>
</sheetData></worksheet>`;
    const buf = Buffer.from(
      zipSync({
        '[Content_Types].xml': strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        ),
        'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Lembar1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
        'xl/worksheets/sheet1.xml': strToU8(sheet),
      }),
    );
    const [baris] = await barisXlsx(buf);
    expect(baris!.sel).toEqual(['12,083', '1.5', '1050', '0.125']);
    expect(baris!.sel.map((s) => parseNumberCell(s))).toEqual(['12.083', '1.5', '1050', '0.125']);
  });
});
