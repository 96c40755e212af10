// One pipeline, any slicing: a unit cut into many small slices (on worker threads, or on this thread)
// must give exactly what it gives as one slice — the same person results (category, kumulatif, claims,
// errors with their rows and columns), the same summary — and the reports streamed slice by slice must
// be byte for byte the reports the web's downloads build from the whole list of results (csvHasil,
// csvGalat, writeHasilXlsx), including for files made to catch a slice cut in the wrong place (quoted
// line breaks, rows without NIP, blank rows, a NIP in two places, CRLF, BOM), workbooks whose rows carry
// formulas or skip numbers, and files refused as a whole (the same message, and no report opened).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvRow } from '../../src/berkas/csv.ts';
import { FileError } from '../../src/berkas/errors.ts';
import { WorkerPool } from '../../src/batch/worker-pool.ts';
import { csvGalat, csvHasil, writeHasilXlsx } from '../../src/batch/laporan.ts';
import { processBatch, type BatchResult, type BatchOptions } from '../../src/batch/proses.ts';
import { XLSX_LIMITS_WEB, type XlsxLimits } from '../../src/berkas/xlsx.ts';
import { xlsxBuffer } from '../../src/berkas/xlsx-write.ts';
import type { HasilOrang } from '../../src/batch/evaluasi.ts';
import { unit } from '../../bench/generator.ts';
import { aturan } from '../helpers/aturan.ts';
import * as bom from '../keamanan/berkas-xlsx.ts';
import { barisOds, odsDari } from '../keamanan/berkas-ods.ts';
import { ALIAS_JUDUL } from '../../src/batch/kolom.ts';
import { fixture } from './helpers.ts';

const TANGGAL = '2025-07-15';

/**
 * The whole file as one slice, on this thread, a CSV file read by the sequential reader (not the byte
 * scan), and the reports built from the list of results.
 */
async function berurutan(buf: Buffer, opsi: Partial<BatchOptions> = {}) {
  const r = await processBatch(aturan, buf, {
    tanggalPerhitungan: TANGGAL,
    maksBaris: 100_000,
    simpanOrang: true,
    ukuranPotongan: 1 << 30,
    pembacaUrut: true,
    ...opsi,
  });
  const h = { ...r, orang: r.orang! };
  const x: Uint8Array[] = [];
  await writeHasilXlsx(h.orang, h.ringkasan, (d) => x.push(d));
  return { h, csv: [...csvHasil(h.orang)].join(''), galat: [...csvGalat(h.orang)].join(''), xlsx: Buffer.concat(x) };
}

/** Sliced as `opsi` says, reports streamed. */
async function paralel(buf: Buffer, opsi: Partial<BatchOptions> = {}) {
  let csv = '';
  let galat = '';
  const x: Uint8Array[] = [];
  const h: BatchResult = await processBatch(
    aturan,
    buf,
    { tanggalPerhitungan: TANGGAL, maksBaris: 100_000, simpanOrang: true, ...opsi },
    () => ({
      hasilCsv: (t) => {
        csv += t;
      },
      galatCsv: (t) => {
        galat += t;
      },
      xlsx: (d) => {
        x.push(d);
      },
    }),
  );
  return { h: h as BatchResult & { orang: HasilOrang[] }, csv, galat, xlsx: Buffer.concat(x) };
}

const lembar = (xlsx: Buffer) => {
  const z = unzipSync(new Uint8Array(xlsx));
  return Object.fromEntries(
    Object.keys(z)
      .sort()
      .map((k) => [k, strFromU8(z[k]!)]),
  );
};

async function samakan(buf: Buffer, opsi: Partial<BatchOptions> = {}) {
  const a = await berurutan(buf);
  const b = await paralel(buf, opsi);
  expect(b.h.orang!.length).toBe(a.h.orang.length);
  // Person by person, so a difference names the person.
  a.h.orang.forEach((o, i) => expect(b.h.orang![i], o.nip).toEqual(o));
  expect(b.h.ringkasan).toEqual(a.h.ringkasan);
  expect(b.h.jumlahBaris).toBe(a.h.jumlahBaris);
  expect(b.h.kolomDiabaikan).toEqual(a.h.kolomDiabaikan);
  expect(b.h.keterangan).toEqual(a.h.keterangan);
  expect(b.csv).toBe(a.csv);
  expect(b.galat).toBe(a.galat);
  expect(lembar(b.xlsx)).toEqual(lembar(a.xlsx));
  return a;
}

function csvUnit(n: number, galat: number, seed = 5): string[][] {
  return [...unit(n, { seed, galat })];
}
const keCsv = (rows: string[][], delim = ';', eol = '\r\n') => rows.map((r) => csvRow(r, delim).replace(/\r\n$/, eol)).join('');

const KOLOM_TANGGAL = new Set(['tmt_pangkat', 'tmt_jenjang', 'tanggal_perhitungan']);

/**
 * A workbook shaped as Excel writes one: text in shared strings, TMT dates as serials with a date style,
 * plain numbers as numbers; sheet rows listed in `lewati` are left out (the data moves down past them),
 * and one cell may hold a formula.
 */
function xlsxExcel(rows: string[][], lewati: Set<number>, rumus?: { baris: number; kolom: number; tanpaNilai?: boolean }): Buffer {
  const ss: string[] = [];
  const indeks = new Map<string, number>();
  const si = (v: string) => {
    let i = indeks.get(v);
    if (i === undefined) {
      i = ss.length;
      ss.push(v);
      indeks.set(v, i);
    }
    return i;
  };
  const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const kolom = (k: number) => (k < 26 ? String.fromCharCode(65 + k) : `A${String.fromCharCode(65 + k - 26)}`);
  const serial = (iso: string) =>
    Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86400000);
  let r = 0;
  const xml = rows
    .map((row) => {
      do r++;
      while (lewati.has(r));
      const sel = row
        .map((v, k) => {
          const ref = `${kolom(k)}${r}`;
          if (rumus && rumus.baris === r && rumus.kolom === k)
            return `<c r="${ref}" t="str"><f>"Baik"</f>${rumus.tanpaNilai ? '' : `<v>${esc(v)}</v>`}</c>`;
          if (v === '') return '';
          if (r > 1 && KOLOM_TANGGAL.has(rows[0]![k]!) && /^\d{4}-\d{2}-\d{2}$/.test(v))
            return `<c r="${ref}" s="1"><v>${serial(v)}</v></c>`;
          if (r > 1 && /^\d{1,6}(\.\d+)?$/.test(v)) return `<c r="${ref}"><v>${v}</v></c>`;
          return `<c r="${ref}" t="s"><v>${si(v)}</v></c>`;
        })
        .join('');
      return `<row r="${r}">${sel}</row>`;
    })
    .join('');
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="Isian" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(`<sst>${ss.map((v) => `<si><t xml:space="preserve">${esc(v)}</t></si>`).join('')}</sst>`),
      'xl/styles.xml': strToU8(
        '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml}</sheetData></worksheet>`,
      ),
    }),
  );
}

describe('batch dipotong kecil = satu potongan, laporan mengalir = laporan unduhan', () => {
  it.each(['unit-koma.csv', 'unit-titik-koma.csv', 'galat.csv'])('contoh %s, dipotong sekecil mungkin', async (nama) => {
    await samakan(fixture(nama), { ukuranPotongan: 1 });
  });

  it('unit rekaan 2.000 pegawai dengan kesalahan (5 %), potongan 16 KB', async () => {
    const a = await samakan(Buffer.from(`\uFEFF${keCsv(csvUnit(2000, 0.05))}`), { ukuranPotongan: 16 * 1024 });
    // The unit really has errors, wrong figures and every outcome: the comparison is not vacuous.
    expect(a.h.ringkasan.galat).toBeGreaterThan(50);
    expect(a.h.ringkasan.klaimSalah).toBeGreaterThan(100);
    expect(a.h.ringkasan.dapatKp).toBeGreaterThan(0);
  });

  it('baris berganti di dalam kutip, baris kosong, baris tanpa NIP, NIP bertanda spasi, NIP di dua tempat, CRLF/LF, sel dengan kutip di tengah', async () => {
    const rows = csvUnit(300, 0.05, 9);
    const nip = rows[0]!.indexOf('nip');
    const nama = rows[0]!.indexOf('nama');
    rows[5]![nama] = 'Dewi\nSaputra, "Ani"'; // quoted line break, delimiter and quotes inside a cell
    rows[9]![nama] = 'Budi "Kecil" Santoso'; // quotes in the middle of an unquoted cell (after csvRow: quoted)
    const n13 = rows[13]![nip]!; // a person's first row; their next rows repeat the NIP
    rows[14]![nip] = `${n13.slice(0, 8)} ${n13.slice(8)}`; // written with a space: the same person
    rows[15]![nip] = ` ${n13}\u00a0`; // with spaces around (one non-ASCII): the same person
    const kosong = rows[0]!.map(() => '');
    rows.splice(40, 0, kosong, kosong); // blank rows between persons
    const dobel = rows.slice(101, 105).map((r) => [...r]); // a person's rows again, further down
    rows.splice(600, 0, ...dobel);
    const teks = `\uFEFF${keCsv(rows, ',', '\n')}`;
    const a = await samakan(Buffer.from(teks), { ukuranPotongan: 2 * 1024 });
    expect(a.h.orang.some((o) => o.galat.some((g) => /beberapa tempat/.test(g.pesan)))).toBe(true);
  });

  it('satu pegawai dengan NIP dalam tiga ejaan (\'1990…, ="1990…", 1990…) tetap satu pegawai pada kedua jalur', async () => {
    // Andi, Ahli Pertama III/a since 1 April 2021, AK Integrasi 12,5; Jan–Jun and Jul–Dec 2023 Baik = 12,5
    // and Jan–Jun 2024 Baik = 6/12 × 12,5 = 6,25: kumulatif 31,25, which only one person holding all rows has.
    const judul =
      'nip,nama,unit_kerja,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,jenis_ak_awal,ak_awal,periode_mulai,periode_selesai,predikat';
    const teks = [
      judul,
      `'199001012015031001,Andi,Humas,Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,Integrasi,"12,5",2023-01,2023-06,Baik`,
      '"=""199001012015031001""",,,,,,,,,,2023-07,2023-12,Baik',
      '199001012015031001,,,,,,,,,,2024-01,2024-06,Baik',
    ].join('\n');
    const a = await samakan(Buffer.from(`${teks}\n`), { ukuranPotongan: 64 });
    expect(a.h.orang).toHaveLength(1);
    expect(a.h.orang[0]!.nip).toBe('199001012015031001');
    expect(a.h.orang[0]!.galat).toEqual([]);
    expect(a.h.orang[0]!.kumulatif).toBe('31,250');
  });

  it('baris data pertama tanpa NIP (pegawai tanpa NIP di awal), baris terakhir tanpa akhir baris', async () => {
    const rows = csvUnit(50, 0, 4);
    rows[1]![0] = '';
    await samakan(Buffer.from(keCsv(rows, ';', '\r\n').replace(/\r\n$/, '')), { ukuranPotongan: 512 });
  });

  // Decisions made per column from the whole file (putusan-kolom.ts): US-order dates, Indonesian-order
  // dates, a NIP column stored as numbers whose lost digits are not 000; slices already run while an
  // XLSX was being read must be run again with them.
  it.each([
    '07-tanggal-amerika.csv',
    '08-tanggal-indonesia.csv',
    '15-predikat-ejaan.csv',
    '16-nama-spasi.csv',
    '22-nip-angka.csv',
    '25-openpyxl-tanggal-teks.xlsx',
    '46-exceljs-nip-angka.xlsx',
    '49-openpyxl-tanggal-amerika.xlsx',
  ])('korpus %s dipotong per 512 bait: sama', async (nama) => {
    await samakan(readFileSync(resolve('tests/fixtures/korpus', nama)), { ukuranPotongan: 512 });
  });

  it('pada kolam pekerja (2 thread, JavaScript terbundel) hasilnya sama', async () => {
    const kolam = await WorkerPool.create(aturan.versi, 2);
    try {
      // The workers run the esbuild bundle, not tsx (bundle.ts): the figures in bench/README.md depend on it.
      expect(kolam.muatan).toBe('bundel');
      await samakan(Buffer.from(keCsv(csvUnit(2000, 0.05, 6))), { kolam, ukuranPotongan: 32 * 1024 });
      // XLSX: slices start on the workers while the workbook is still being read.
      const rows = csvUnit(1500, 0.05, 7);
      rows.splice(3000, 0, ...rows.slice(5, 9).map((r) => [...r]));
      await samakan(xlsxExcel(rows, new Set([5])), { kolam, ukuranPotongan: 16 * 1024 });
    } finally {
      await kolam.close();
    }
  }, 60_000);

  it('XLSX (sel teks) dipotong kecil dengan hasil yang sama', async () => {
    const a = await samakan(xlsxBuffer([{ nama: 'Isian', judul: true, baris: unit(300, { seed: 2, galat: 0.05 }) }], { teksSaja: true }), {
      ukuranPotongan: 4 * 1024,
    });
    expect(a.h.format).toBe('xlsx');
  });

  it('XLSX seperti buatan Excel (shared strings, tanggal serial, angka, baris yang dilewati, kutip/koma/ganti baris dalam sel) dipotong kecil, nomor baris tetap', async () => {
    const rows = csvUnit(120, 0.05, 5);
    const nama = rows[0]!.indexOf('nama');
    // On persons' first rows (where the name is written).
    const pertama = rows.map((r, i) => (i > 2 && r[nama] ? i : -1)).filter((i) => i > 0);
    rows[pertama[0]!]![nama] = 'Dewi\nSaputra, "Ani"';
    rows[pertama[1]!]![nama] = 'Budi;Santoso';
    const buf = xlsxExcel(rows, new Set([3, 50, 51, 52]));
    const a = await samakan(buf, { ukuranPotongan: 2 * 1024 });
    // Row numbers are the sheet's own: the skipped sheet rows 3 and 50–52 are not renumbered away.
    const semuaBaris = a.h.orang.flatMap((o) => o.baris);
    expect(semuaBaris).not.toContain(3);
    expect(semuaBaris).toContain(53);
    // The line break inside the cell is read as one space (names are normalised text: orang.ts rapikanTeks).
    expect(a.h.orang.find((o) => o.nama === 'Dewi Saputra, "Ani"')).toBeDefined();
    expect(a.h.orang.find((o) => o.nama === 'Budi;Santoso')).toBeDefined();
  });

  it('XLSX dibagi ke pekerja sambil dibaca: NIP di dua tempat (potongan dijalankan ulang), baris tanpa NIP, NIP berspasi, baris kosong, judul di baris 3', async () => {
    const rows = csvUnit(300, 0.05, 9);
    const nip = rows[0]!.indexOf('nip');
    const n13 = rows[13]![nip]!;
    rows[14]![nip] = `${n13.slice(0, 8)} ${n13.slice(8)}`;
    rows[15]![nip] = ` ${n13} `;
    const kosong = rows[0]!.map(() => '');
    rows.splice(40, 0, kosong, kosong);
    rows.splice(900, 0, ...rows.slice(101, 105).map((r) => [...r])); // a person's rows again, far below
    rows.splice(1000, 0, ...rows.slice(2, 4).map((r) => [...r])); // and the second person's, in the last slices
    const a = await samakan(xlsxExcel(rows, new Set([1, 2, 60])), { ukuranPotongan: 2 * 1024 });
    expect(a.h.orang.filter((o) => o.galat.some((g) => /beberapa tempat/.test(g.pesan))).length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...a.h.orang.flatMap((o) => o.baris))).toBe(4);
  });

  it('XLSX dengan sel rumus jauh di bawah (sesudah potongan pertama berjalan): rumusnya dilaporkan pada barisnya, hasil yang sama', async () => {
    const rows = csvUnit(200, 0, 12);
    const buf = xlsxExcel(rows, new Set(), { baris: 700, kolom: rows[0]!.indexOf('predikat'), tanpaNilai: true });
    const a = await samakan(buf, { ukuranPotongan: 1024 });
    expect(
      a.h.orang.some((o) => o.galat.some((g) => g.baris === 700 && /^Sel Isian!\w+700 berisi rumus tanpa nilai tersimpan/.test(g.pesan))),
    ).toBe(true);
  });

  it('XLSX melebihi batas baris: pesan 413 yang sama, dipotong kecil atau tidak, tanpa laporan', async () => {
    const buf = xlsxExcel(csvUnit(100, 0, 13), new Set());
    const opsi = { tanggalPerhitungan: TANGGAL, maksBaris: 250 };
    const e1 = await processBatch(aturan, buf, opsi).then(
      () => undefined,
      (e: unknown) => e,
    );
    let dibuka = false;
    const e2 = await processBatch(aturan, buf, { ...opsi, ukuranPotongan: 1024 }, () => {
      dibuka = true;
      return { hasilCsv: () => {}, galatCsv: () => {}, xlsx: () => {} };
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((e1 as FileError).status).toBe(413);
    expect(e2).toEqual(e1);
    expect(dibuka).toBe(false);
  });

  it('XLSX melewati batas pembaca (teks bersama, baris lembar, sel, DOCTYPE, batas yang diatur): ditolak dengan pesan pembaca, tanpa laporan', async () => {
    const kecil: XlsxLimits = { ...XLSX_LIMITS_WEB, maksBarisLembar: 300 };
    const kasus: [Buffer, XlsxLimits | undefined, RegExp][] = [
      [bom.teksBersamaKosong(390, 8 * 1024 * 1024), undefined, /lebih dari 200\.000 teks/],
      [bom.barisKaliKolom(150_000, 1), undefined, /lebih dari 100\.000 baris/],
      [bom.barisKaliKolom(1, 20_000), undefined, /lebih dari 16\.384 sel/],
      [bom.miliarTawa(), undefined, /DOCTYPE atau ENTITY/],
      // A real unit, 400 data rows: over a limit of 300 sheet rows set by the caller, under its 100,000 data rows.
      [xlsxExcel(csvUnit(100, 0, 14), new Set()), kecil, /lebih dari 300 baris/],
    ];
    for (const [buf, batasXlsx, pesan] of kasus) {
      const opsi = { tanggalPerhitungan: TANGGAL, maksBaris: 100_000, ...(batasXlsx && { batasXlsx }) };
      const e1 = await processBatch(aturan, buf, opsi).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(e1).toBeInstanceOf(FileError);
      expect((e1 as FileError).message).toMatch(pesan);
      let dibuka = false;
      const e2 = await processBatch(aturan, buf, { ...opsi, ukuranPotongan: 1024 }, () => {
        dibuka = true;
        return { hasilCsv: () => {}, galatCsv: () => {}, xlsx: () => {} };
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(e2).toEqual(e1);
      expect((e2 as FileError).message).toBe((e1 as FileError).message);
      expect(dibuka).toBe(false);
    }
  });

  it('XLSX dengan celah lebih dari 1.000 baris lembar: setiap baris membawa nomornya, pesan menyebut nomor lembar', async () => {
    const rows = csvUnit(120, 0.05, 15);
    const lewati = new Set(Array.from({ length: 1500 }, (_, i) => 200 + i));
    const a = await samakan(xlsxExcel(rows, lewati), { ukuranPotongan: 2 * 1024 });
    const semua = a.h.orang.flatMap((o) => o.baris);
    // 120 persons × 4 rows after the header: rows 2–199, then 1700 onwards.
    expect(semua).toContain(199);
    expect(semua).toContain(1700);
    expect(semua).not.toContain(200);
    expect(Math.max(...semua)).toBe(1 + 480 + 1500);
  });

  it('CSV dengan NUL di dalam sel berkutip (pemindai menolak, pembaca CSV menerima; teksnya ditulis ulang lalu dipotong): hasil yang sama', async () => {
    const rows = csvUnit(60, 0, 16);
    const nama = rows[0]!.indexOf('nama');
    // Past the first 4 KB (a NUL there refuses the file as binary), on a person's first row.
    const i = rows.findIndex((r, k) => k > 150 && r[nama] !== '');
    rows[i]![nama] = 'Andi\u0000"Saputra"';
    const a = await samakan(Buffer.from(keCsv(rows)), { ukuranPotongan: 1024 });
    expect(a.h.orang.some((o) => o.nama === 'Andi\u0000"Saputra"')).toBe(true);
  });

  it('XLSX dengan sel rumus tanpa nilai tersimpan: dilaporkan pada selnya; dengan nilai tersimpan: nilainya dibaca', async () => {
    const rows = csvUnit(30, 0, 8);
    const kolom = rows[0]!.indexOf('predikat');
    const a = await samakan(xlsxExcel(rows, new Set(), { baris: 6, kolom, tanpaNilai: true }), { ukuranPotongan: 1024 });
    expect(
      a.h.orang.some((o) => o.galat.some((g) => g.baris === 6 && /^Sel Isian!\w+6 berisi rumus tanpa nilai tersimpan/.test(g.pesan))),
    ).toBe(true);
    const tersimpan = await samakan(xlsxExcel(rows, new Set(), { baris: 6, kolom }), { ukuranPotongan: 1024 });
    const polos = await berurutan(xlsxExcel(rows, new Set()));
    expect(tersimpan.h.orang).toEqual(polos.h.orang);
    expect(tersimpan.csv).toBe(polos.csv);
  });

  it('berkas yang ditolak: pesan yang sama, tanpa laporan', async () => {
    const xlsx = xlsxExcel(csvUnit(20, 0, 3), new Set());
    const kasus = [
      Buffer.concat([Buffer.from('\uFEFFnip,nama\n1,Jos'), Buffer.from([0xe9, 0x0a])]), // UTF-8 BOM, then a byte that is not UTF-8
      fixture('tanpa-judul-wajib.csv'),
      Buffer.from('nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang\n1,"tidak ditutup\n'),
      xlsx.subarray(0, xlsx.length - 30), // a workbook cut short: its directory is gone
      xlsxExcel(
        [
          ['nama', 'golongan'],
          ['Andi', 'III/a'],
        ],
        new Set(),
      ), // a header without the required columns
    ];
    for (const buf of kasus) {
      const e1 = await berurutan(buf).then(
        () => undefined,
        (e: unknown) => e,
      );
      let dibuka = false;
      const e2 = await processBatch(aturan, buf, { tanggalPerhitungan: TANGGAL, maksBaris: 100_000, ukuranPotongan: 1024 }, () => {
        dibuka = true;
        return { hasilCsv: () => {}, galatCsv: () => {}, xlsx: () => {} };
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(e1).toBeInstanceOf(FileError);
      expect(e2).toEqual(e1);
      expect((e2 as FileError).message).toBe((e1 as FileError).message);
      expect(dibuka).toBe(false);
    }
  });

  describe('aturan membaca yang baru (issue 13): jalur cepat = pembaca berurutan', () => {
    /** The header as offices write it: each column's last alias ("Predikat SKP", "Gol Akhir Nama", …). */
    const judulAlias = (judul: string[]) => judul.map((j) => ALIAS_JUDUL.find((a) => a.id === j)!.judul.at(-1)!);
    const judulAtas = (lebar: number): string[][] => [
      ['DAFTAR PEGAWAI JABATAN FUNGSIONAL (FIKTIF)', ...Array<string>(lebar - 1).fill('')],
      ['Per 15 Juli 2025', ...Array<string>(lebar - 1).fill('')],
      Array<string>(lebar).fill(''),
    ];
    const denganJudulAtas = (rows: string[][]) => [...judulAtas(rows[0]!.length), [...judulAlias(rows[0]!)], ...rows.slice(1)];

    it('CSV titik koma: dua baris judul atas dan satu baris kosong, judul kolom alias; nomor baris tetap nomor berkas', async () => {
      const rows = csvUnit(300, 0.05, 21);
      const a = await samakan(Buffer.from(keCsv(denganJudulAtas(rows))), { ukuranPotongan: 2 * 1024 });
      // The header is row 4: data from row 5.
      expect(Math.min(...a.h.orang.flatMap((o) => o.baris))).toBe(5);
      const polos = await berurutan(Buffer.from(keCsv(rows)));
      expect(a.h.orang.map((o) => [o.nip, o.kumulatif, o.kategori])).toEqual(polos.h.orang.map((o) => [o.nip, o.kumulatif, o.kategori]));
    });

    it('CSV Windows-1252 dan UTF-16 LE/BE dipisah tab: diubah ke UTF-8 sekali, lalu kedua jalur sama; hasilnya = UTF-8', async () => {
      const rows = csvUnit(200, 0.05, 22);
      const nama = rows[0]!.indexOf('nama');
      const pertama = rows.findIndex((r, i) => i > 0 && r[nama] !== '');
      rows[pertama]![nama] = 'José Ñúñez (fiktif)';
      const utf8 = await samakan(Buffer.from(keCsv(rows, ',')), { ukuranPotongan: 2 * 1024 });
      const cp1252 = Buffer.from(keCsv(rows, ','), 'latin1');
      const tab = keCsv(rows, '\t');
      const le = Buffer.from(`\uFEFF${tab}`, 'utf16le');
      for (const [buf, pengodean] of [
        [cp1252, 'Windows-1252'],
        [le, 'UTF-16 (Unicode Text)'],
        [Buffer.from(le).swap16(), 'UTF-16 (Unicode Text)'],
      ] as const) {
        const a = await samakan(buf, { ukuranPotongan: 2 * 1024 });
        expect(a.h.pengodean).toBe(pengodean);
        expect(a.h.orang).toEqual(utf8.h.orang);
        expect(a.csv).toBe(utf8.csv);
      }
    });

    it('XLSX: lembar Petunjuk di depan dan lembar Ref tersembunyi, judul di baris 4, alias; dipotong kecil sama', async () => {
      const rows = csvUnit(200, 0.05, 23);
      const isi = denganJudulAtas(rows);
      const buf = xlsxBuffer(
        [
          { nama: 'Petunjuk', baris: [['Isi lembar Data. Kolom wajib: NIP, Jabatan, …']] },
          { nama: 'Ref', baris: [['predikat'], ['Baik'], ['Sangat Baik']] },
          { nama: 'Data', baris: isi },
        ],
        { teksSaja: true },
      );
      // Hide "Ref" as Excel does (state="hidden" on its <sheet>).
      const z = unzipSync(new Uint8Array(buf));
      z['xl/workbook.xml'] = strToU8(strFromU8(z['xl/workbook.xml']!).replace(/(<sheet [^>]*name="Ref")/, '$1 state="hidden"'));
      expect(strFromU8(z['xl/workbook.xml']!)).toContain('state="hidden"');
      const a = await samakan(Buffer.from(zipSync(z)), { ukuranPotongan: 2 * 1024 });
      expect(a.h.lembar).toBe('Data');
      expect(a.h.keterangan).toEqual(['Lembar yang dibaca: "Data".']);
      expect(Math.min(...a.h.orang.flatMap((o) => o.baris))).toBe(5);
    });

    it('ODS (baris dan kolom berulang seperti tulisan Calc) = XLSX yang sama, dipotong kecil sama', async () => {
      const rows = denganJudulAtas(csvUnit(150, 0.05, 24));
      const ods = odsDari([
        { nama: 'Petunjuk', xml: barisOds([['Petunjuk pengisian']]) },
        {
          nama: 'Ref',
          tersembunyi: true,
          xml: barisOds([
            ['nip', 'jabatan_fungsional', 'jenjang', 'golongan', 'tmt_pangkat', 'tmt_jenjang'],
            ['1', 'x', 'y', 'z', 'a', 'b'],
          ]),
        },
        { nama: 'Isian', xml: barisOds(rows) },
      ]);
      const a = await samakan(ods, { ukuranPotongan: 2 * 1024 });
      expect(a.h.format).toBe('ods');
      expect(a.h.lembar).toBe('Isian');
      const x = await berurutan(xlsxBuffer([{ nama: 'Isian', baris: rows }], { teksSaja: true }));
      expect(a.h.orang).toEqual(x.h.orang);
      expect(a.csv).toBe(x.csv);
    });

    it('ditolak dengan pesan yang sama di kedua jalur: kolom bermakna ganda, judul tidak ditemukan dalam 15 baris, Isian kosong dan Contoh berisi', async () => {
      const rows = csvUnit(20, 0, 25);
      const ganda = rows.map((r) => [...r, r[0]!]);
      ganda[0]![ganda[0]!.length - 1] = 'NIP Baru';
      const jauh = [...Array.from({ length: 16 }, (_, i) => [`catatan ${i + 1}`]), ...rows];
      const isianKosong = xlsxBuffer(
        [
          { nama: 'Isian', baris: [rows[0]!] },
          { nama: 'Contoh', baris: rows },
        ],
        { teksSaja: true },
      );
      const kasus: [Buffer, RegExp][] = [
        [Buffer.from(keCsv(ganda)), /^Baris 1: Baris judul bermakna ganda: kolom "nip" dan "NIP Baru" sama-sama dibaca sebagai nip\./],
        [
          xlsxBuffer([{ nama: 'Data', baris: ganda }], { teksSaja: true }),
          /^Lembar "Data": Baris 1: Baris judul bermakna ganda: kolom "nip" dan "NIP Baru"/,
        ],
        [Buffer.from(keCsv(jauh)), /^Baris judul tidak ditemukan pada 15 baris pertama yang berisi/],
        [isianKosong, /^Lembar "Isian" hanya memuat baris judul, tetapi lembar "Contoh" sesudahnya berisi data\./],
      ];
      for (const [buf, pesan] of kasus) {
        const e1 = await berurutan(buf).then(
          () => undefined,
          (e: unknown) => e,
        );
        const e2 = await paralel(buf, { ukuranPotongan: 1024 }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(e1).toBeInstanceOf(FileError);
        expect((e1 as FileError).message).toMatch(pesan);
        expect(e2).toEqual(e1);
        expect((e2 as FileError).message).toBe((e1 as FileError).message);
      }
    });
  });
});
