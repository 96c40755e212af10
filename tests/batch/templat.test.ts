// The template's dropdowns (data validation lists) and the values it offers, every one of them read back
// by the batch; and the results workbook's typed cells (Angka Kredit as numbers with three decimals,
// dates as dates), read back with ExcelJS, the reference reader of the tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { daftarPilihan, NAMA_LEMBAR_DAFTAR, templatXlsx } from '../../src/batch/template.ts';
import { KOLOM, readHeader, type ColumnLayout } from '../../src/batch/kolom.ts';
import { RowGrouper } from '../../src/batch/orang.ts';
import { pembacaJf } from '../../src/batch/nama-jf.ts';
import { writeHasilXlsx } from '../../src/batch/laporan.ts';
import { columnLetters } from '../../src/berkas/xlsx-write.ts';
import { aturan } from '../helpers/aturan.ts';
import { proses } from './helpers.ts';

const teks = (b: Uint8Array) => new TextDecoder().decode(b);

describe('templat: daftar pilihan sebagai menu tarik-turun', () => {
  const files = unzipSync(new Uint8Array(templatXlsx(aturan)));
  const workbook = teks(files['xl/workbook.xml']!);
  const isian = teks(files['xl/worksheets/sheet1.xml']!);
  const daftar = teks(files['xl/worksheets/sheet4.xml']!);

  it('lembar Isian, Contoh, Petunjuk, Daftar; Isian memuat validasi daftar untuk setiap kolom berpilihan', () => {
    expect(workbook).toMatch(/name="Isian".*name="Contoh".*name="Petunjuk".*name="Daftar"/);
    const validasi = [...isian.matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1><\/dataValidation>/g)].map((m) => ({
      sqref: /sqref="([^"]*)"/.exec(m[1]!)![1]!,
      jenis: /type="([^"]*)"/.exec(m[1]!)![1],
      rumus: m[2]!,
    }));
    const kolomBerpilihan = [
      'jabatan_fungsional',
      'jenjang',
      'jenjang_periode',
      'golongan',
      'predikat',
      'bebas_hukuman_disiplin',
      'formasi_tersedia',
      'lulus_uji_kompetensi',
      'jenis_ak_awal',
    ];
    expect(validasi).toHaveLength(kolomBerpilihan.length);
    for (const id of kolomBerpilihan) {
      const huruf = columnLetters(KOLOM.findIndex((k) => k.id === id));
      const v = validasi.find((x) => x.sqref === `${huruf}2:${huruf}20001`);
      expect(v, id).toBeDefined();
      expect(v!.jenis).toBe('list');
      expect(v!.rumus).toMatch(new RegExp(`^${NAMA_LEMBAR_DAFTAR}!\\$[A-F]\\$2:\\$[A-F]\\$\\d+$`));
    }
    // The list of golongan: column C of Daftar, 17 codes I/a … IV/e below its title.
    const golongan = validasi.find((x) => x.sqref.startsWith(`${columnLetters(KOLOM.findIndex((k) => k.id === 'golongan'))}2:`))!;
    expect(golongan.rumus).toBe(`Daftar!$C$2:$C$${aturan.golongan.length + 1}`);
    // The element order SpreadsheetML requires: dataValidations after sheetData.
    expect(isian.indexOf('<dataValidations')).toBeGreaterThan(isian.indexOf('</sheetData>'));
    expect(daftar).toContain('Daftar jabatan fungsional');
  });

  it('ExcelJS membaca validasinya', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(templatXlsx(aturan) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Isian')!;
    const huruf = columnLetters(KOLOM.findIndex((k) => k.id === 'predikat'));
    const dv = (
      ws as unknown as { dataValidations: { find(a: string): { type: string; formulae: string[] } | undefined } }
    ).dataValidations.find(`${huruf}2`);
    expect(dv?.type).toBe('list');
    expect(dv?.formulae[0]).toMatch(/^Daftar!\$D\$2:\$D\$6$/);
    const d = wb.getWorksheet('Daftar')!;
    expect(d.getColumn(4).values.slice(2)).toEqual(aturan.predikat.map((p) => p.nama));
  });
});

describe('setiap nilai yang ditawarkan templat dibaca oleh batch', () => {
  const JUDUL = KOLOM.map((k) => k.judul);
  const tata = readHeader(JUDUL) as ColumnLayout;
  const DASAR: Record<string, string> = {
    nip: '199001012015031001',
    jabatan_fungsional: 'Jabatan Fungsional lainnya',
    jenjang: 'Ahli Pertama',
    golongan: 'III/a',
    tmt_pangkat: '2021-04-01',
    tmt_jenjang: '2021-04-01',
    periode_mulai: '2023-01',
    periode_selesai: '2023-12',
    predikat: 'Baik',
  };
  /** The reader's problems for one person whose row is DASAR with `isi` over it. */
  const galat = (isi: Record<string, string>) => {
    const p = new RowGrouper(aturan, tata, { tanggalPerhitungan: '2024-05-15' });
    const sel = KOLOM.map((k) => ({ ...DASAR, ...isi })[k.id] ?? '');
    p.tambah({ nomor: 2, sel });
    const o = p.selesai()!;
    return o.galat;
  };

  const kasus = daftarPilihan(aturan).flatMap((p) => p.kolom.flatMap((id) => p.nilai.map((nilai) => [id, nilai] as const)));
  it.each(kasus)('kolom %s: %j', (id, nilai) => {
    const isi: Record<string, string> = { [id]: nilai };
    if (id === 'jenis_ak_awal') isi.ak_awal = '12,5';
    expect(galat(isi)).toEqual([]);
  });

  it('contoh setiap kolom pada lembar Petunjuk, dan nama yang disebut dalam petunjuk jabatan_fungsional', () => {
    for (const k of KOLOM) {
      if (!k.contoh) continue;
      const isi: Record<string, string> = { [k.id]: k.contoh };
      if (k.id === 'jenis_ak_awal') isi.ak_awal = '12,5';
      if (k.id === 'ak_awal') isi.jenis_ak_awal = 'Integrasi';
      if (k.id === 'jabatan_fungsional') isi.jenjang = 'Ahli Pertama';
      expect(galat(isi), k.id).toEqual([]);
    }
    const uraian = KOLOM.find((k) => k.id === 'jabatan_fungsional')!.uraian;
    const disebut = [...uraian.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(disebut).toContain('Jabatan Fungsional lainnya');
    // A name that carries its jenjang ("Analis Kepegawaian Ahli Muda") leaves the jenjang column empty.
    const baca = pembacaJf(aturan);
    for (const nama of disebut) expect(galat({ jabatan_fungsional: nama, ...(baca(nama)?.jenjang && { jenjang: '' }) }), nama).toEqual([]);
  });

  it('setiap JF katalog dengan jenjang terendahnya dan golongan terendah jenjang itu dihitung tanpa kesalahan', async () => {
    const baris = aturan.jabatanFungsional.map((jf, i) => {
      const j = aturan.jenjang.find((x) => x.id === jf.jenjang[0])!;
      const nip = `1990010120150310${String(i + 10).padStart(2, '0')}`;
      return [nip, `"${jf.nama}"`, j.nama, j.golongan[0], '2021-04-01', '2021-04-01', '2023-01', '2023-12', 'Baik'].join(',');
    });
    const h = await proses(
      Buffer.from(
        `nip,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,periode_mulai,periode_selesai,predikat\n${baris.join('\n')}\n`,
      ),
    );
    expect(h.orang.filter((o) => o.galat.length > 0).map((o) => o.galat)).toEqual([]);
    expect(h.orang).toHaveLength(aturan.jabatanFungsional.length);
  });
});

describe('laporan XLSX: angka kredit sebagai angka, tanggal sebagai tanggal', () => {
  // Andi (Ahli Pertama III/a, TMT 1 April 2021): 12,5 Integrasi + 2023 Baik 12,5 + Jan–Feb 2024 Baik
  // 2/12 × 12,5 = 2,08333… → 27,08333…, shown 27,083. Not yet 50 for III/b.
  const CSV = [
    'nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,jenis_ak_awal,ak_awal,periode_mulai,periode_selesai,predikat',
    '199001012015031001,Andi,Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,Integrasi,"12,5",2023-01,2023-12,Baik',
    ',,,,,,,,,2024-01,2024-02,Baik',
    '199203152019032001,Sari,Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,,,2023-01,2023-12,Baik',
  ].join('\n');

  it('ak_kumulatif 27,083 tertulis <v>27.083</v> berformat 0.000; tanggal_perhitungan sebagai tanggal serial', async () => {
    const h = await proses(Buffer.from(CSV), '2024-05-15');
    const parts: Uint8Array[] = [];
    await writeHasilXlsx(h.orang, h.ringkasan, (d) => parts.push(d));
    const buf = Buffer.concat(parts);
    const files = unzipSync(new Uint8Array(buf));
    const sheet = teks(files['xl/worksheets/sheet1.xml']!);
    // ak_kumulatif is column H; 2024-05-15 is serial 45427 (45292 = 2024-01-01, + 135 days).
    expect(sheet).toContain('<c r="H2" s="3"><v>27.083</v></c>');
    expect(sheet).toContain('<c r="G2" s="4"><v>45427</v></c>');
    expect(teks(files['xl/styles.xml']!)).toContain('<numFmt numFmtId="164" formatCode="0.000"/>');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Hasil')!;
    const h2 = ws.getCell('H2');
    expect(h2.value).toBe(27.083);
    expect(h2.numFmt).toBe('0.000');
    // Sari: 12,5 exactly.
    expect(ws.getCell('H3').value).toBe(12.5);
    const g2 = ws.getCell('G2').value;
    expect(g2).toBeInstanceOf(Date);
    expect((g2 as Date).toISOString().slice(0, 10)).toBe('2024-05-15');
    // Counts are numbers too: klaim_diperiksa is column T (after belum_dinyatakan, issue 12).
    expect(ws.getCell('T1').value).toBe('klaim_diperiksa');
    expect(ws.getCell('T2').value).toBe(0);
  });
});

// LibreOffice headless, when installed, opens the report and the template as a spreadsheet user would.
const ADA_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const CI = process.env.CI === 'true';
if (!ADA_SOFFICE && !CI) console.warn('Uji LibreOffice dilewati: pasang libreoffice-calc-nogui untuk menjalankannya.');

/** `buf` (an .xlsx) converted by LibreOffice to CSV (UTF-8, comma): the cells as LibreOffice shows them. */
function libreofficeCsv(buf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'ak-lo-'));
  try {
    writeFileSync(join(dir, 'a.xlsx'), buf);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profil')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        '--outdir',
        dir,
        join(dir, 'a.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'a.csv'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('LibreOffice membaca laporan sebagai angka dan tanggal', () => {
  it.runIf(CI)('LibreOffice terpasang di CI', () => expect(ADA_SOFFICE).toBe(true));

  it.skipIf(!ADA_SOFFICE)('ak_kumulatif 27.083 dan 12.500 dengan tiga desimal, tanggal 2024-05-15', { timeout: 150_000 }, async () => {
    const h = await proses(
      Buffer.from(
        [
          'nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,jenis_ak_awal,ak_awal,periode_mulai,periode_selesai,predikat',
          '199001012015031001,Andi,Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,Integrasi,"12,5",2023-01,2023-12,Baik',
          ',,,,,,,,,2024-01,2024-02,Baik',
          '199203152019032001,Sari,Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,,,2023-01,2023-12,Baik',
        ].join('\n'),
      ),
      '2024-05-15',
    );
    const parts: Uint8Array[] = [];
    await writeHasilXlsx(h.orang, h.ringkasan, (d) => parts.push(d));
    const baris = libreofficeCsv(Buffer.concat(parts)).trim().split('\n');
    // Quoted cells are text; the figures and dates come unquoted: LibreOffice took them as numbers.
    expect(baris[1]).toMatch(/^"199001012015031001","Andi",,"Pranata Hubungan Masyarakat","Ahli Pertama","III\/a",2024-05-15,27\.083,/);
    expect(baris[2]).toMatch(/,2024-05-15,12\.500,/);
  });
});
