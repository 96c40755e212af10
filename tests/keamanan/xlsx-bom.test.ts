// Hostile XLSX workbooks (built by berkas-xlsx.ts) against the batch pipeline (processBatch with a Buffer,
// as the web's upload task calls it) and the XLSX reader alone (its rows, as the pipeline reads them).
// Each must be refused with a FileError naming what was exceeded, the same status and message from
// both, in under 5 s, and without the process's peak RSS rising more than 300 MB (measured as the
// peak after the call less the RSS before it: never less than the real growth). On the former reader
// the 390 MB of <si/> took 21 s and 3.5 GB, and parts made against its regular expressions more than
// a minute.
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/berkas/errors.ts';
import { processBatch } from '../../src/batch/proses.ts';
import { XLSX_LIMITS_WEB, XLSX_LIMITS_CLI, type XlsxLimits } from '../../src/berkas/xlsx.ts';
import { barisXlsx } from '../batch/helpers.ts';
import { aturan } from '../helpers/aturan.ts';
import * as B from './berkas-xlsx.ts';

const MB = 1024 * 1024;
const RUSAK = /^Berkas XLSX rusak atau bukan buku kerja Excel/;

interface Jawaban {
  galat: FileError;
  detik: number;
  tumbuhMb: number;
}

async function ukur(f: () => Promise<unknown>): Promise<Jawaban> {
  const rss = process.memoryUsage().rss;
  const t = performance.now();
  const galat = await f().then(
    () => undefined,
    (e: unknown) => e,
  );
  const detik = (performance.now() - t) / 1000;
  const tumbuhMb = (process.resourceUsage().maxRSS * 1024 - rss) / MB;
  expect(galat, 'berkas diterima').toBeInstanceOf(FileError);
  return { galat: galat as FileError, detik, tumbuhMb };
}

/** Refused by both readers alike, quickly and within the memory bound; the common refusal. */
async function ditolak(buf: Buffer, batas: XlsxLimits = XLSX_LIMITS_WEB): Promise<FileError> {
  const berurutan = await ukur(() => processBatch(aturan, buf, { tanggalPerhitungan: '2025-07-15', maksBaris: 20_000, batasXlsx: batas }));
  const cepat = await ukur(() => barisXlsx(buf, batas));
  // Memory is bounded here (load does not change it); time is measured in bench/xlsx-bom.ts.
  for (const j of [berurutan, cepat]) {
    expect(j.tumbuhMb).toBeLessThan(300);
  }
  expect(cepat.galat.status).toBe(berurutan.galat.status);
  expect(cepat.galat.message).toBe(berurutan.galat.message);
  return berurutan.galat;
}

async function harapTolak(buf: Buffer, status: number, pesan: RegExp, batas?: XlsxLimits): Promise<void> {
  const g = await ditolak(buf, batas);
  expect(g.status).toBe(status);
  expect(g.message).toMatch(pesan);
}

describe('pembanding: buku kerja yang sah dari pembuat yang sama diterima', () => {
  it.each([
    ['biasa', B.bukuKerja],
    ['dengan data descriptor (flag 8)', B.denganDeskriptor],
    ['tanpa pemampatan (stored, metode 0)', B.tanpaPemampatan],
  ])('%s: 2 pegawai, 8 baris, baris yang sama', async (_, buat) => {
    const buf = buat();
    const h = await processBatch(aturan, buf, { tanggalPerhitungan: '2025-07-15', maksBaris: 20_000 });
    expect(h.ringkasan.pegawai).toBe(2);
    expect(h.jumlahBaris).toBe(8);
    expect(await barisXlsx(buf, XLSX_LIMITS_WEB)).toEqual(await barisXlsx(B.bukuKerja(), XLSX_LIMITS_WEB));
  });
});

describe('zip bomb', () => {
  it('jujur: lembar kerja 1 GB yang dimampatkan sekitar 1000 kali: 413 tanpa diuraikan', async () => {
    await harapTolak(B.bomJujur(), 413, /^Isi berkas XLSX bila diuraikan lebih dari 64 MB; .*"zip bomb"/);
  });

  it('ukuran berbohong: direktori menyatakan 20 kB, isinya 1 GB: 400 setelah 20 kB', async () => {
    await harapTolak(
      B.bomBerbohong(),
      400,
      /^Isi bagian "xl\/worksheets\/sheet1\.xml" dalam berkas XLSX lebih besar daripada yang dinyatakan/,
    );
    await harapTolak(
      B.bomBerbohong('xl/sharedStrings.xml'),
      400,
      /^Isi bagian "xl\/sharedStrings\.xml" dalam berkas XLSX lebih besar daripada yang dinyatakan/,
    );
  });

  it('ukuran berbohong ke arah lain: direktori menyatakan 900 kB, isinya 2 kB: 400 rusak', async () => {
    await harapTolak(B.ukuranLebihBesar(), 400, /lebih kecil daripada yang dinyatakan pada direktorinya; berkas rusak/);
  });

  it('bagian tersimpan (stored) 5 MB yang dinyatakan 1 kB: 400', async () => {
    await harapTolak(B.tersimpanBerbohong(), 400, /lebih besar daripada yang dinyatakan/);
  });

  it('batas seluruh berkas dapat diatur; CLI memakai batas yang lebih besar (1 GB), dan 1 GB jujur tetap ditolak', async () => {
    await harapTolak(B.bomJujur(), 413, /lebih dari 32 MB/, { ...XLSX_LIMITS_WEB, maksTerurai: 32 * MB });
    // 1 GB + the other parts: past the CLI's 1,024 MB too.
    await harapTolak(B.bomJujur(), 413, /lebih dari 1\.024 MB/, XLSX_LIMITS_CLI);
  });
});

describe('teks bersama (sharedStrings)', () => {
  it('390 MB <si/> berpadding (rasio di bawah 200): 413, tanpa diuraikan (web: batas berkas 64 MB; CLI: batas bagian 256 MB)', async () => {
    const buf = B.teksBersamaKosong(390);
    await harapTolak(buf, 413, /^Isi berkas XLSX bila diuraikan lebih dari 64 MB/);
    await harapTolak(
      buf,
      413,
      /^Daftar teks bersama \(sharedStrings\) dalam berkas XLSX bila diuraikan lebih dari 256 MB/,
      XLSX_LIMITS_CLI,
    );
  });

  it('390 MB <si/> yang dinyatakan 8 MB: dihitung sambil diuraikan, ditolak pada teks ke-200.001 (sekitar 1 MB)', async () => {
    await harapTolak(
      B.teksBersamaKosong(390, 8 * MB),
      413,
      /^Daftar teks bersama \(sharedStrings\) dalam berkas XLSX memuat lebih dari 200\.000 teks; /,
    );
  });

  it('10 MB <si/> yang jujur (2 juta teks, di bawah batas bagian 16 MB): 413 karena jumlahnya', async () => {
    await harapTolak(B.teksBersamaKosong(10), 413, /memuat lebih dari 200\.000 teks/);
  });

  it('satu teks 50 MB: web 413 (bagian lebih dari 16 MB); CLI dan ukuran berbohong: 400 setelah sekitar 1 MB', async () => {
    await harapTolak(
      B.satuTeksPanjang(50),
      413,
      /^Daftar teks bersama \(sharedStrings\) dalam berkas XLSX bila diuraikan lebih dari 16 MB/,
    );
    const panjang = /^Satu teks dalam daftar teks bersama \(sharedStrings\) berkas XLSX lebih dari 32\.767 karakter, batas satu sel Excel/;
    await harapTolak(B.satuTeksPanjang(50), 400, panjang, XLSX_LIMITS_CLI);
    await harapTolak(B.satuTeksPanjang(50, 8 * MB), 400, panjang);
  });

  it('batas panjang satu teks tepat 32.767 karakter', async () => {
    await harapTolak(B.teksSepanjang(32_768), 400, /lebih dari 32\.767 karakter/);
    expect((await barisXlsx(B.teksSepanjang(32_767))).length).toBe(9);
  });
});

describe('lembar kerja: baris, sel, panjang sel', () => {
  it('100.000 baris × 50 sel kosong (5 juta sel, 21 MB): 413 pada sel ke-4.000.001', async () => {
    await harapTolak(B.barisKaliKolom(100_000, 50), 413, /^Lembar kerja dalam berkas XLSX memuat lebih dari 4\.000\.000 sel /);
  });

  it('150.000 baris kosong: 413 pada baris ke-100.001', async () => {
    await harapTolak(B.barisKaliKolom(150_000, 1), 413, /^Lembar kerja dalam berkas XLSX memuat lebih dari 100\.000 baris /);
  });

  it('satu baris 20.000 sel: 400, melewati batas kolom Excel', async () => {
    await harapTolak(B.barisKaliKolom(1, 20_000), 400, /^Baris 2 lembar kerja memuat lebih dari 16\.384 sel, batas kolom Excel/);
  });

  it('sel berisi 40.000 karakter: 400; 32.767 karakter dibaca', async () => {
    await harapTolak(B.selSepanjang(40_000), 400, /^Baris 2: satu sel lebih dari 32\.767 karakter/);
    expect((await barisXlsx(B.selSepanjang(32_767)))[1]!.sel[0]).toHaveLength(32_767);
  });

  it('satu baris sedikit di atas 20 MB: 400 pada kedua jalur, diukur pada barisnya, bukan pada potongan data', async () => {
    await harapTolak(B.barisPanjang(20), 400, /^Satu baris lembar kerja terlalu panjang/);
  });

  it('batas baris dan sel dapat diatur', async () => {
    const buf = B.bukuKerja();
    await harapTolak(buf, 413, /lebih dari 5 baris/, { ...XLSX_LIMITS_WEB, maksBarisLembar: 5 });
    await harapTolak(buf, 413, /lebih dari 30 sel/, { ...XLSX_LIMITS_WEB, maksSel: 30 });
  });
});

describe('XML: DOCTYPE dan entitas', () => {
  const DTD = /^Bagian "[^"]+" dalam berkas XLSX memuat deklarasi DOCTYPE atau ENTITY/;

  it('"billion laughs" pada sharedStrings dan pada lembar kerja: 400', async () => {
    await harapTolak(B.miliarTawa(), 400, DTD);
    await harapTolak(B.miliarTawa('xl/worksheets/sheet1.xml'), 400, DTD);
  });

  it('entitas eksternal (XXE) pada lembar kerja dan pada workbook.xml: 400', async () => {
    await harapTolak(B.entitasLuar(), 400, DTD);
    await harapTolak(B.entitasLuar('xl/workbook.xml'), 400, DTD);
  });

  it('deklarasi yang terbelah di antara dua potongan data tetap ditemukan', async () => {
    await harapTolak(B.dtdTerbelah(), 400, DTD);
  });

  it('tanpa deklarasi, hanya lima entitas XML dan rujukan angka yang diuraikan; &xxe; tetap tertulis', async () => {
    const baris = await barisXlsx(B.entitasTanpaDtd());
    expect(baris[1]!.sel[0]).toBe('&xxe; &lol9; <AB');
  });
});

describe('bagian yang dibuat melawan ekspresi reguler (dahulu lebih dari 60 detik)', () => {
  /** Read by both ways in under 5 s (the parts are valid, only made to cost time). */
  async function cepatDiterima(buf: Buffer): Promise<void> {
    for (const baca of [
      () =>
        processBatch(aturan, buf, { tanggalPerhitungan: '2025-07-15', maksBaris: 20_000 }).then((h) => expect(h.ringkasan.pegawai).toBe(2)),
      () => barisXlsx(buf, XLSX_LIMITS_WEB).then((c) => expect(c.length).toBeGreaterThan(0)),
    ]) {
      await baca();
    }
  }

  it('styles.xml: satu <numFmt> dengan 900 kB numFmtId= tanpa formatCode=', async () => {
    await cepatDiterima(B.gayaBerulang(900));
  });

  it('workbook.xml: 900 kB "<sheet" tanpa ">"', async () => {
    await cepatDiterima(B.lembarBerulang(900));
  });

  it('sharedStrings: satu teks dengan 600 kB "<rPh" tanpa penutup', async () => {
    await cepatDiterima(B.rphTerbuka(600));
  });
});

describe('nama bagian dan struktur ZIP', () => {
  it.each([
    '../../../tmp/jahat.xml',
    'xl\\worksheets\\sheet1.xml',
    'C:/jahat.xml',
    'xl/./worksheets/sheet1.xml',
    'xl//sheet1.xml',
    'xl/\u0000.xml',
  ])('nama tidak wajar %j: 400', async (nama) => {
    await harapTolak(B.namaJalur(nama), 400, /^Berkas XLSX memuat bagian bernama tidak wajar \(".*"\); berkas ditolak\.$/);
  });

  it('nama berawalan "/" (nama bagian OPC) tidak dibaca kecuali dirujuk, tidak menggantikan bagian lain', async () => {
    const h = await processBatch(aturan, B.namaJalur('/etc/passwd'), { tanggalPerhitungan: '2025-07-15', maksBaris: 20_000 });
    expect(h.ringkasan.pegawai).toBe(2);
  });

  it.each(['xl/worksheets/sheet1.xml', '/xl/worksheets/sheet1.xml', 'XL/Worksheets/Sheet1.xml', 'xl/sharedStrings.xml'])(
    'bagian ganda %j: 400',
    async (nama) => {
      await harapTolak(B.entriGanda(nama), 400, /^Berkas XLSX memuat bagian ".+" lebih dari sekali; berkas ditolak\.$/);
    },
  );

  it('relasi lembar yang menunjuk ke luar paket ("../../../../etc/passwd"): 400 rusak', async () => {
    await harapTolak(B.targetKeluar(), 400, RUSAK);
  });

  it('nama pada header lokal berbeda dengan direktori: 400 rusak', async () => {
    await harapTolak(B.namaLokalBeda(), 400, RUSAK);
  });

  it('arsip terpotong (direktori hilang) dan aliran deflate terpotong: 400 rusak', async () => {
    await harapTolak(B.terpotong(0.6), 400, RUSAK);
    await harapTolak(B.terpotong(0.999), 400, RUSAK);
    await harapTolak(B.aliranTerpotong(), 400, RUSAK);
  });

  it('terenkripsi: 400', async () => {
    await harapTolak(B.terenkripsi(), 400, /terenkripsi/);
  });

  it('penanda ZIP64 (pada catatan akhir dan pada ukuran bagian): 413', async () => {
    await harapTolak(B.zip64('eocd'), 413, /ZIP64/);
    await harapTolak(B.zip64('entri'), 413, /ZIP64/);
  });
});
