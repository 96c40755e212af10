// `angka-kredit batch <berkas.xlsx|ods|csv> --out <folder>`: the web batch's reports and PDFs from the
// command line, on worker threads, with a progress bar on a terminal and a summary line at the end.
import { createReadStream, createWriteStream, mkdirSync, readFileSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TAHUN_AKHIR, TAHUN_AWAL, tanggalSah } from '../input/batas.ts';
import { loadAturan } from '../rules/loader.ts';
import { dokumenSchema, JENIS_DOKUMEN, LOGO_MAKS_BYTE, type JenisDokumen } from '../pdf/schema.ts';
import { bacaPenomoran, type Penomoran } from '../pdf/penomoran.ts';
import { InputError } from '../domain/galat.ts';
import { FileError } from '../berkas/errors.ts';
import { WorkerPool } from './worker-pool.ts';
import { processBatch } from './proses.ts';
import { kalimatRingkasan } from './ringkasan.ts';
import { XLSX_LIMITS_CLI } from '../berkas/xlsx.ts';
import { writePdfZip, writeSiasnZip } from './zip.ts';
import { todayInJakarta } from '../hari-ini.ts';
import { parseConfig } from '../config.ts';
import { muatBahanTanda, opsiBahanDari, type BahanTanda } from '../tanda/bahan.ts';

export const USAGE_BATCH =
  'angka-kredit batch <berkas.xlsx|berkas.ods|berkas.csv> --out <folder> [--tanggal TTTT-BB-HH] [--pdf penetapan|konversi|akumulasi|lembar-perhitungan|semua] [--pilih NIP,NIP…] [--siasn] [--pekerja N] [--maks-baris N]\n' +
  '    data dokumen PDF: [--data-kantor kantor.json] [--kertas A4|F4] [--kop BARIS]… [--logo logo.png] [--ditetapkan-di TEMPAT] [--tanggal-penetapan TTTT-BB-HH]\n' +
  '    [--pejabat-nama NAMA] [--pejabat-nip NIP] [--tembusan BARIS]… [--tanpa-tembusan] [--nomor-pola "800.1.13.2/{urut}/BKD/{tahun}"] [--nomor-mulai N] [--nomor-lebar N]';

/** Options that take a value: the value is never the input file. */
const OPSI_BERNILAI = [
  '--out',
  '--tanggal',
  '--pdf',
  '--pilih',
  '--pekerja',
  '--maks-baris',
  '--data-kantor',
  '--kertas',
  '--kop',
  '--logo',
  '--ditetapkan-di',
  '--tanggal-penetapan',
  '--pejabat-nama',
  '--pejabat-nip',
  '--tembusan',
  '--nomor-pola',
  '--nomor-mulai',
  '--nomor-lebar',
];

function arg(rest: string[], nama: string): string | undefined {
  const i = rest.indexOf(nama);
  return i >= 0 ? rest[i + 1] : undefined;
}

/** Every value of an option that may repeat (--kop, --tembusan). */
function argSemua(rest: string[], nama: string): string[] {
  return rest.flatMap((a, i) => (a === nama && rest[i + 1] !== undefined ? [rest[i + 1]!] : []));
}

/**
 * The document data of the batch's PDFs, as the web batch page takes it: the office's data file (the
 * JSON the browser downloads), overridden by single options; checked with the documents' own schema.
 */
function dataDokumenCli(rest: string[]): { isiDokumen: Record<string, unknown>; penomoran?: Penomoran } | string {
  const isi: Record<string, unknown> = {};
  let pola = arg(rest, '--nomor-pola');
  let mulai = arg(rest, '--nomor-mulai');
  let lebar = arg(rest, '--nomor-lebar');
  const berkasKantor = arg(rest, '--data-kantor');
  if (berkasKantor) {
    let data: Record<string, unknown>;
    try {
      if (statSync(berkasKantor).size > 1024 * 1024) return `--data-kantor: berkas "${berkasKantor}" lebih besar dari 1 MB.`;
      data = JSON.parse(readFileSync(berkasKantor, 'utf8')) as Record<string, unknown>;
    } catch {
      return `--data-kantor: berkas "${berkasKantor}" tidak dapat dibaca sebagai JSON.`;
    }
    if (!data || typeof data !== 'object' || data.format !== 'angka-kredit-jf/data-kantor@1')
      return `--data-kantor: "${berkasKantor}" bukan berkas data kantor (format angka-kredit-jf/data-kantor@1, diunduh dari halaman batch).`;
    for (const k of ['kop', 'logo', 'tembusan', 'ditetapkanDi', 'pejabatNama', 'pejabatNip', 'kertas'])
      if (data[k] !== undefined) isi[k] = data[k];
    const teks = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
    pola ??= teks(data.nomorPola);
    mulai ??= teks(data.nomorMulai);
    lebar ??= teks(data.nomorLebar);
  }
  const tunggal: [string, string][] = [
    ['--kertas', 'kertas'],
    ['--ditetapkan-di', 'ditetapkanDi'],
    ['--tanggal-penetapan', 'tanggalPenetapan'],
    ['--pejabat-nama', 'pejabatNama'],
    ['--pejabat-nip', 'pejabatNip'],
  ];
  for (const [opsi, k] of tunggal) {
    const v = arg(rest, opsi);
    if (v !== undefined) isi[k] = v;
  }
  const kop = argSemua(rest, '--kop');
  if (kop.length > 0) isi.kop = kop;
  const tembusan = argSemua(rest, '--tembusan');
  if (tembusan.length > 0) isi.tembusan = tembusan;
  if (rest.includes('--tanpa-tembusan')) isi.tembusan = [];
  const logo = arg(rest, '--logo');
  if (logo) {
    let bytes: Buffer;
    try {
      if (statSync(logo).size > LOGO_MAKS_BYTE) return `--logo: berkas "${logo}" lebih besar dari 200 kB.`;
      bytes = readFileSync(logo);
    } catch {
      return `--logo: berkas "${logo}" tidak dapat dibaca.`;
    }
    isi.logo = `data:${bytes[0] === 0xff && bytes[1] === 0xd8 ? 'image/jpeg' : 'image/png'};base64,${bytes.toString('base64')}`;
  }
  const d = dokumenSchema.safeParse(isi);
  if (!d.success) return d.error.issues.map((i) => `${i.path.join('.') || 'dokumen'}: ${i.message}`).join('\n');
  try {
    const penomoran = pola?.trim() ? bacaPenomoran(pola, mulai, lebar) : undefined;
    return { isiDokumen: isi, ...(penomoran && { penomoran }) };
  } catch (e) {
    if (e instanceof InputError)
      return e.masalah.map((m) => `--${m.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${m.pesan}`).join('\n');
    throw e;
  }
}

/** A one-line progress bar on stderr when it is a terminal; nothing otherwise. */
function progressBar(label: string): { update: (n: number, total?: number) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  let terakhir = 0;
  const mulai = Date.now();
  return {
    update(n, total) {
      if (!tty) return;
      const now = Date.now();
      if (now - terakhir < 100 && (!total || n < total)) return;
      terakhir = now;
      const laju = Math.round(n / Math.max((now - mulai) / 1000, 0.001));
      if (total) {
        const p = Math.min(1, n / total);
        const w = 30;
        process.stderr.write(
          `\r${label} [${'#'.repeat(Math.round(p * w)).padEnd(w, '-')}] ${Math.round(p * 100)}% ${n}/${total} (${laju}/s)   `,
        );
      } else process.stderr.write(`\r${label} ${n} (${laju}/s)   `);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}

/** Newlines in a CSV file: the total for the progress bar (header included, so a slight overestimate). */
async function hitungBaris(path: string): Promise<number | undefined> {
  if (!/\.csv$/i.test(path)) return undefined;
  let n = 0;
  for await (const c of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) n++;
  }
  return Math.max(1, n - 1);
}

interface OutputFile {
  write: (d: Uint8Array | string, final?: boolean) => void;
  /** Ends the stream and waits until every byte is written (or the write failed). */
  close: () => Promise<void>;
  /** Gives the complete file its name. */
  commit: () => void;
  /** Removes the unfinished file. */
  discard: () => void;
}

/**
 * A report written under a hidden temporary name in the output folder and renamed once complete (a
 * rename within one folder is atomic): a run that fails or is stopped never leaves a report that looks
 * whole but is not, nor overwrites a complete report of an earlier run with a partial one.
 */
function fileWriter(path: string): OutputFile {
  const sementara = join(dirname(path), `.${basename(path)}.${process.pid}.sementara`);
  const s: WriteStream = createWriteStream(sementara);
  let galat: unknown;
  s.on('error', (e) => {
    galat ??= e;
  });
  let dijadikan = false;
  return {
    write: (d) => {
      s.write(d);
    },
    close: () =>
      new Promise<void>((ok, no) => {
        if (galat !== undefined) {
          no(galat);
          return;
        }
        s.once('error', no);
        s.end(() => (galat === undefined ? ok() : no(galat)));
      }),
    commit: () => {
      renameSync(sementara, path);
      dijadikan = true;
    },
    discard: () => {
      if (dijadikan) return;
      s.destroy();
      rmSync(sementara, { force: true });
    },
  };
}

export async function runBatchCli(rest: string[]): Promise<number> {
  const berkas = rest.find((a, i) => !a.startsWith('--') && !OPSI_BERNILAI.includes(rest[i - 1] ?? ''));
  const out = arg(rest, '--out');
  if (!berkas || !out) {
    process.stderr.write(`Penggunaan:\n  ${USAGE_BATCH}\n`);
    return 2;
  }
  const tanggal = arg(rest, '--tanggal') ?? todayInJakarta();
  if (!tanggalSah(tanggal)) {
    process.stderr.write(`--tanggal harus tanggal yang sah dengan format TTTT-BB-HH pada tahun ${TAHUN_AWAL} sampai ${TAHUN_AKHIR}.\n`);
    return 2;
  }
  const pdf = arg(rest, '--pdf') as JenisDokumen | undefined;
  if (pdf && !(JENIS_DOKUMEN as readonly string[]).includes(pdf)) {
    process.stderr.write(`--pdf harus salah satu dari: ${JENIS_DOKUMEN.join(', ')}.\n`);
    return 2;
  }
  const dokumen = dataDokumenCli(rest);
  if (typeof dokumen === 'string') {
    process.stderr.write(`${dokumen}\n`);
    return 2;
  }
  const pilihTeks = arg(rest, '--pilih');
  const pilih = pilihTeks
    ? new Set(
        pilihTeks
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
    : undefined;
  const pekerja = Number(arg(rest, '--pekerja') ?? 0) || undefined;
  const maksBaris = Number(arg(rest, '--maks-baris') ?? 1_000_000);
  try {
    statSync(berkas);
  } catch {
    process.stderr.write(`Berkas "${berkas}" tidak dapat dibaca.\n`);
    return 2;
  }

  // The office's catalog (KATALOG_JF), as the web server merges it.
  const katalogJf = process.env.KATALOG_JF?.trim() || undefined;
  const aturan = loadAturan(undefined, katalogJf);
  const t0 = performance.now();
  // The workers start while the file is counted, read and mapped; its failure is seen where it is awaited.
  // PDFs are signed as the web server signs them: the office key in DATA_DIR (made on first use, as the
  // server makes it), the trusted list and the certificate. A problem with them stops the run here.
  let bahanTanda: BahanTanda | undefined;
  if (pdf) {
    try {
      bahanTanda = await muatBahanTanda(opsiBahanDari(parseConfig()));
    } catch (e) {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  const kolamNanti = WorkerPool.create(aturan.versi, pekerja, undefined, {
    ...(katalogJf && { katalogJf }),
    ...(bahanTanda && { bahanTanda }),
  });
  kolamNanti.catch(() => {});
  // Every report opened so far: on any failure the unfinished ones are removed.
  const berkasLaporan: OutputFile[] = [];
  try {
    const total = await hitungBaris(berkas);
    const b = progressBar('Memeriksa');
    let hasil;
    try {
      // The reports are written while the file is processed; the folder is made once the file is accepted.
      hasil = await processBatch(
        aturan,
        { path: berkas },
        {
          // An operator's own file of a whole organisation: the larger XLSX limits (a whole Excel sheet).
          tanggalPerhitungan: tanggal,
          maksBaris,
          maksByte: 1024 * 1024 * 1024,
          batasXlsx: XLSX_LIMITS_CLI,
          kolam: kolamNanti,
          simpanOrang: Boolean(pdf) || rest.includes('--siasn'),
          kemajuan: (baris) => b.update(baris, total),
        },
        () => {
          mkdirSync(out, { recursive: true });
          const [h, x, g] = ['hasil.csv', 'hasil.xlsx', 'kesalahan.csv'].map((n) => fileWriter(join(out, n)));
          berkasLaporan.push(h!, x!, g!);
          return { hasilCsv: (t) => h!.write(t), galatCsv: (t) => g!.write(t), xlsx: (d) => x!.write(d) };
        },
      );
    } finally {
      b.done();
    }
    // The three reports get their names together, once all are complete.
    await Promise.all(berkasLaporan.map((f) => f.close()));
    for (const f of berkasLaporan) f.commit();
    const orang = hasil.orang ?? [];
    const dibuat = ['hasil.csv', 'hasil.xlsx', 'kesalahan.csv'];
    if (rest.includes('--siasn')) {
      const z = fileWriter(join(out, 'siasn.zip'));
      berkasLaporan.push(z);
      writeSiasnZip(aturan, orang, pilih, (d) => z.write(d));
      await z.close();
      z.commit();
      dibuat.push('siasn.zip');
    }
    let catatanPdf = '';
    if (pdf) {
      const nama = `dokumen-${pdf}.zip`;
      const z = fileWriter(join(out, nama));
      berkasLaporan.push(z);
      const bp = progressBar(`PDF ${pdf}`);
      const t1 = performance.now();
      const manifest = await writePdfZip(orang, {
        aturan,
        jenis: pdf,
        ...(pilih && { pilih }),
        isiDokumen: dokumen.isiDokumen,
        ...(dokumen.penomoran && { penomoran: dokumen.penomoran }),
        kolam: await kolamNanti,
        keluar: (d) => z.write(d),
        kemajuan: (n, t) => bp.update(n, t),
      });
      bp.done();
      await z.close();
      z.commit();
      const n = manifest.filter((m) => m.status === 'dibuat').length;
      catatanPdf = ` ${n} PDF ${pdf} dalam ${((performance.now() - t1) / 1000).toFixed(1)} s.`;
      dibuat.push(nama);
    }
    process.stdout.write(
      `${[...hasil.keterangan, ''].join(' ')}${kalimatRingkasan(hasil.ringkasan)}${catatanPdf} Selesai dalam ${((performance.now() - t0) / 1000).toFixed(1).replace('.', ',')} detik; berkas di ${out}: ${dibuat.join(', ')}.\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof FileError) {
      process.stderr.write(`Berkas ditolak: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    for (const f of berkasLaporan) f.discard();
    await (await kolamNanti.catch(() => undefined))?.close();
  }
}
