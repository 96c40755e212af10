// The parallel batch (the file mapped on the main thread, slices parsed, evaluated and rendered on worker
// threads, reports streamed) must give exactly what the simple sequential evaluation gives: the same
// person results (category, kumulatif, claims, errors with their rows and columns), the same summary,
// the same report CSV bytes and the same XLSX sheets — including for files made to catch a slice cut in
// the wrong place (quoted line breaks, rows without NIP, blank rows, a NIP in two places, CRLF, BOM).
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { barisCsv } from '../../src/batch/csv.ts';
import { GalatBerkas } from '../../src/batch/galat.ts';
import { Kolam } from '../../src/batch/kolam.ts';
import { csvGalat, csvHasil, tulisXlsxHasil } from '../../src/batch/laporan.ts';
import { prosesBatch } from '../../src/batch/proses.ts';
import { prosesBatchLaporan, type HasilLaporan, type OpsiLaporan } from '../../src/batch/proses-laporan.ts';
import { xlsxBuffer } from '../../src/batch/xlsx-tulis.ts';
import { unit } from '../../bench/generator.ts';
import { aturan } from '../helpers/aturan.ts';
import { fixture } from './helpers.ts';

const TANGGAL = '2025-07-15';

async function berurutan(buf: Buffer) {
  const h = await prosesBatch(aturan, buf, { tanggalPerhitungan: TANGGAL, maksBaris: 100_000 });
  const x: Uint8Array[] = [];
  await tulisXlsxHasil(h.orang, h.ringkasan, (d) => x.push(d));
  return { h, csv: [...csvHasil(h.orang)].join(''), galat: [...csvGalat(h.orang)].join(''), xlsx: Buffer.concat(x) };
}

async function paralel(buf: Buffer, opsi: Partial<OpsiLaporan> = {}) {
  let csv = '';
  let galat = '';
  const x: Uint8Array[] = [];
  const h: HasilLaporan = await prosesBatchLaporan(aturan, buf, { tanggalPerhitungan: TANGGAL, maksBaris: 100_000, simpanOrang: true, ...opsi }, () => ({
    hasilCsv: (t) => { csv += t; }, galatCsv: (t) => { galat += t; }, xlsx: (d) => { x.push(d); },
  }));
  return { h, csv, galat, xlsx: Buffer.concat(x) };
}

const lembar = (xlsx: Buffer) => {
  const z = unzipSync(new Uint8Array(xlsx));
  return Object.fromEntries(Object.keys(z).sort().map((k) => [k, strFromU8(z[k]!)]));
};

async function samakan(buf: Buffer, opsi: Partial<OpsiLaporan> = {}, jalur: HasilLaporan['jalur'] = 'paralel') {
  const a = await berurutan(buf);
  const b = await paralel(buf, opsi);
  expect(b.h.jalur).toBe(jalur);
  expect(b.h.orang!.length).toBe(a.h.orang.length);
  // Person by person, so a difference names the person.
  a.h.orang.forEach((o, i) => expect(b.h.orang![i], o.nip).toEqual(o));
  expect(b.h.ringkasan).toEqual(a.h.ringkasan);
  expect(b.h.jumlahBaris).toBe(a.h.jumlahBaris);
  expect(b.h.kolomDiabaikan).toEqual(a.h.kolomDiabaikan);
  expect(b.csv).toBe(a.csv);
  expect(b.galat).toBe(a.galat);
  expect(lembar(b.xlsx)).toEqual(lembar(a.xlsx));
  return a;
}

function csvUnit(n: number, galat: number, seed = 5): string[][] {
  return [...unit(n, { seed, galat })];
}
const keCsv = (rows: string[][], delim = ';', eol = '\r\n') => rows.map((r) => barisCsv(r, delim).replace(/\r\n$/, eol)).join('');

describe('batch paralel = evaluasi berurutan', () => {
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
    rows[5]![nama] = 'Dewi\nSaputra, "Ani"';           // quoted line break, delimiter and quotes inside a cell
    rows[9]![nama] = 'Budi "Kecil" Santoso';             // quotes in the middle of an unquoted cell (after barisCsv: quoted)
    const n13 = rows[13]![nip]!;                          // a person's first row; their next rows repeat the NIP
    rows[14]![nip] = `${n13.slice(0, 8)} ${n13.slice(8)}`; // written with a space: the same person
    rows[15]![nip] = ` ${n13}\u00a0`;                     // with spaces around (one non-ASCII): the same person
    const kosong = rows[0]!.map(() => '');
    rows.splice(40, 0, kosong, kosong);                  // blank rows between persons
    const dobel = rows.slice(101, 105).map((r) => [...r]); // a person's rows again, further down
    rows.splice(600, 0, ...dobel);
    const teks = `\uFEFF${keCsv(rows, ',', '\n')}`;
    const a = await samakan(Buffer.from(teks), { ukuranPotongan: 2 * 1024 });
    expect(a.h.orang.some((o) => o.galat.some((g) => /beberapa tempat/.test(g.pesan)))).toBe(true);
  });

  it('baris data pertama tanpa NIP (pegawai tanpa NIP di awal), baris terakhir tanpa akhir baris', async () => {
    const rows = csvUnit(50, 0, 4);
    rows[1]![0] = '';
    await samakan(Buffer.from(keCsv(rows, ';', '\r\n').replace(/\r\n$/, '')), { ukuranPotongan: 512 });
  });

  it('pada kolam pekerja (2 thread, JavaScript terbundel) hasilnya sama', async () => {
    const kolam = await Kolam.buat(aturan.versi, 2);
    try {
      // The workers run the esbuild bundle, not tsx (bundel.ts): the figures in bench/README.md depend on it.
      expect(kolam.muatan).toBe('bundel');
      await samakan(Buffer.from(keCsv(csvUnit(2000, 0.05, 6))), { kolam, ukuranPotongan: 32 * 1024 });
    } finally { await kolam.tutup(); }
  }, 60_000);

  it('XLSX memakai jalur berurutan dengan hasil yang sama', async () => {
    await samakan(xlsxBuffer([{ nama: 'Isian', judul: true, baris: unit(200, { seed: 2, galat: 0.05 }) }], { teksSaja: true }), {}, 'berurutan');
  });

  it('berkas yang ditolak: pesan yang sama, tanpa laporan', async () => {
    const kasus = [fixture('windows-1252.csv'), fixture('tanpa-judul-wajib.csv'), Buffer.from('nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang\n1,"tidak ditutup\n')];
    for (const buf of kasus) {
      const e1 = await berurutan(buf).then(() => undefined, (e: unknown) => e);
      let dibuka = false;
      const e2 = await prosesBatchLaporan(aturan, buf, { tanggalPerhitungan: TANGGAL, maksBaris: 100_000 }, () => { dibuka = true; return { hasilCsv: () => {}, galatCsv: () => {}, xlsx: () => {} }; }).then(() => undefined, (e: unknown) => e);
      expect(e1).toBeInstanceOf(GalatBerkas);
      expect(e2).toEqual(e1);
      expect((e2 as GalatBerkas).message).toBe((e1 as GalatBerkas).message);
      expect(dibuka).toBe(false);
    }
  });
});
