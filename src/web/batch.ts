// Batch mode on the web: upload a unit's spreadsheet, read the summary and the table, download the
// reports, a ZIP of PDFs and the SIASN export. Nothing is stored: the results page carries the rows as
// read (gzip + base64, hidden field `muatan`), and every download recomputes from them.
import { gunzipSync, gzipSync } from 'node:zlib';
import { Router, urlencoded, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import type { Aturan } from '../domain/aturan.ts';
import { formatTanggal } from '../domain/format.ts';
import { hitung } from '../domain/hitung.ts';
import { KesalahanMasukan } from '../domain/galat.ts';
import { daftarKlaim } from '../domain/validasi.ts';
import { bacaMasukan } from '../input/parse.ts';
import { JENIS_DOKUMEN, type JenisDokumen } from '../pdf/schema.ts';
import { LABEL_KATEGORI, type HasilOrang } from '../batch/evaluasi.ts';
import { GalatBerkas } from '../batch/galat.ts';
import { Kolam } from '../batch/kolam.ts';
import { KOLOM } from '../batch/kolom.ts';
import { csvGalat, csvHasil, tulisXlsxHasil } from '../batch/laporan.ts';
import type { OrangMentah } from '../batch/orang.ts';
import { evaluasiSemua, prosesBatch } from '../batch/proses.ts';
import { ringkas } from '../batch/ringkasan.ts';
import { templatCsv, templatXlsx } from '../batch/template.ts';
import { tulisZipPdf, tulisZipSiasn } from '../batch/zip.ts';
import { PILIHAN_DOKUMEN } from './dokumen.ts';
import { GalatHttp } from './galat.ts';
import { hasilTampil, kemajuan } from './tampilan.ts';

export interface BatchDeps {
  aturan: Aturan;
  hariIni?: () => string;
  /** Limits of the web upload. */
  maksByte?: number;
  maksBaris?: number;
  /** Use worker threads above this many persons (evaluation) or PDFs. */
  ambangKolam?: { orang: number; pdf: number };
  alamatPublik?: string;
}

export const BATAS_BATCH = { maksByte: 10 * 1024 * 1024, maksBaris: 20_000 };
/** Persons shown in the table; downloads always hold everyone. */
const MAKS_TABEL = 5_000;
/** PDFs in one ZIP from the web. */
const MAKS_PDF = 2_000;

const muatanSchema = z.object({
  v: z.literal(1),
  nama: z.string().max(300),
  format: z.enum(['csv', 'xlsx']),
  jumlahBaris: z.number().int().nonnegative(),
  orang: z.array(z.object({
    nip: z.string().max(60),
    nama: z.string().max(300).optional(),
    unitKerja: z.string().max(300).optional(),
    baris: z.array(z.number().int()).max(1000),
    barisPeriode: z.array(z.number().int()).max(1000),
    barisPegawai: z.number().int(),
    barisAkAwal: z.number().int().optional(),
    masukan: z.record(z.string(), z.unknown()).optional(),
    klaim: z.array(z.object({ id: z.string().max(40), tertulis: z.string().max(100), baris: z.number().int(), kolom: z.string().max(40) })).max(1000),
    galat: z.array(z.object({ baris: z.number().int(), kolom: z.string().max(60), pesan: z.string().max(2000) })).max(1000),
  })).max(200_000),
});
type Muatan = z.infer<typeof muatanSchema>;

function bungkus(m: Muatan): string {
  return gzipSync(Buffer.from(JSON.stringify(m)), { level: 6 }).toString('base64');
}

function buka(teks: unknown): Muatan {
  if (typeof teks !== 'string' || !teks) throw new GalatHttp(400, 'Data hasil tidak ada. Unggah berkas lagi dari halaman Batch.');
  let data: unknown;
  try {
    // The hidden field is untrusted: cap what it may inflate to.
    data = JSON.parse(gunzipSync(Buffer.from(teks, 'base64'), { maxOutputLength: 256 * 1024 * 1024 }).toString('utf8'));
  } catch {
    throw new GalatHttp(400, 'Data hasil rusak atau terlalu besar. Unggah berkas lagi dari halaman Batch.');
  }
  const r = muatanSchema.safeParse(data);
  if (!r.success) throw new GalatHttp(400, 'Data hasil tidak sah. Unggah berkas lagi dari halaman Batch.');
  return r.data;
}

function teks(v: unknown): string {
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

function daftar(v: unknown): string[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
}

function namaAman(s: string): string {
  return s.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'unit';
}

export function createBatchRouter(deps: BatchDeps): Router {
  const { aturan } = deps;
  const hariIni = deps.hariIni ?? (() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()));
  const maksByte = deps.maksByte ?? BATAS_BATCH.maksByte;
  const maksBaris = deps.maksBaris ?? BATAS_BATCH.maksBaris;
  const ambang = deps.ambangKolam ?? { orang: 2_000, pdf: 20 };
  const r = Router();

  // One pool for the app, started on first need; its threads do not keep the process alive.
  let kolam: Promise<Kolam | undefined> | undefined;
  const ambilKolam = () => {
    kolam ??= Kolam.buat(aturan.versi).then((k) => k, () => undefined);
    return kolam;
  };

  const unggah = multer({ storage: multer.memoryStorage(), limits: { fileSize: maksByte, files: 1, fields: 10, fieldSize: 1024 } });
  const terimaUnggahan: RequestHandler = (req, res, next) => {
    unggah.single('berkas')(req, res, (err?: unknown) => {
      if (!err) return next();
      const e = err as { code?: string; name?: string };
      if (e.code === 'LIMIT_FILE_SIZE') return tampilUnggah(res, 413, `Berkas lebih besar dari ${Math.round(maksByte / 1024 / 1024)} MB. Bagi data unit menjadi beberapa berkas, atau gunakan baris perintah (angka-kredit batch).`);
      if (e.name === 'MulterError') return tampilUnggah(res, 400, 'Unggahan tidak dapat dibaca; pilih satu berkas .xlsx atau .csv.');
      return next(err);
    });
  };
  const formBesar = urlencoded({ extended: false, limit: '40mb', parameterLimit: 250_000 });

  const tampilUnggah = (res: Response, status: number, galat?: string) => {
    res.status(status).render('batch', {
      judul: 'Batch: periksa satu unit', halaman: 'batch', galat, tanggal: hariIni(),
      kolom: KOLOM, maksMb: Math.round(maksByte / 1024 / 1024), maksBaris,
    });
  };

  r.get('/batch', (_req, res) => tampilUnggah(res, 200));

  r.get('/batch/templat.xlsx', (_req, res) => {
    res.attachment('templat-batch-angka-kredit.xlsx').type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(templatXlsx());
  });
  r.get('/batch/templat.csv', (_req, res) => {
    res.attachment('templat-batch-angka-kredit.csv').type('text/csv; charset=utf-8').send(templatCsv());
  });

  r.post('/batch', terimaUnggahan, async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!req.file || req.file.size === 0) { tampilUnggah(res, 400, 'Pilih berkas .xlsx atau .csv yang berisi data unit.'); return; }
      const tanggal = teks(req.body?.tanggalPerhitungan).trim() || hariIni();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) { tampilUnggah(res, 400, 'Tanggal perhitungan harus berformat TTTT-BB-HH.'); return; }
      const besar = req.file.size > 512 * 1024;
      const k = besar ? await ambilKolam() : undefined;
      const hasil = await prosesBatch(aturan, req.file.buffer, { tanggalPerhitungan: tanggal, maksBaris, simpanMentah: true, ...(k && { kolam: k }) });
      const nama = req.file.originalname.slice(0, 200);
      const muatan = bungkus({ v: 1, nama, format: hasil.format, jumlahBaris: hasil.jumlahBaris, orang: hasil.mentah as Muatan['orang'] });
      res.render('batch-hasil', {
        judul: 'Hasil batch', halaman: 'batch', nama, tanggal, tanggalTampilan: formatTanggal(tanggal), hasil, muatan,
        tabel: hasil.orang.slice(0, MAKS_TABEL), terpotong: Math.max(0, hasil.orang.length - MAKS_TABEL),
        LABEL_KATEGORI, pilihanDokumen: PILIHAN_DOKUMEN.filter((d) => d.jenis !== 'integrasi'),
      });
    } catch (e) {
      if (e instanceof GalatBerkas) { tampilUnggah(res, e.status, e.message); return; }
      next(e);
    }
  });

  /** Recomputes everyone from the carried rows (on the pool for large units). */
  const hitungUlang = async (m: Muatan): Promise<HasilOrang[]> => {
    const mentah = m.orang as OrangMentah[];
    if (mentah.length < ambang.orang) return evaluasiSemua(aturan, mentah);
    const k = await ambilKolam();
    if (!k) return evaluasiSemua(aturan, mentah);
    const potong: Promise<HasilOrang[]>[] = [];
    for (let i = 0; i < mentah.length; i += 500) potong.push(k.jalankan<HasilOrang[]>({ jenis: 'evaluasi', orang: mentah.slice(i, i + 500) }));
    const orang = (await Promise.all(potong)).flat();
    const { tandaiNipGanda } = await import('../batch/proses.ts');
    tandaiNipGanda(orang);
    return orang;
  };

  const alamatVerifikasi = (req: Request) => `${deps.alamatPublik ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`}/verifikasi`;

  r.post('/batch/unduh/:berkas', formBesar, async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const m = buka(body.muatan);
      const dasar = `batch-${namaAman(m.nama)}`;
      const berkas = String(req.params.berkas);
      const orang = await hitungUlang(m);
      const pilihan = daftar(body.pilih);
      const pilih = pilihan.length ? new Set(pilihan) : undefined;
      res.set('Cache-Control', 'no-store');
      const tulis = (d: Uint8Array, final: boolean) => { res.write(d); if (final) res.end(); };
      switch (berkas) {
        case 'hasil.csv':
          res.attachment(`${dasar}-hasil.csv`).type('text/csv; charset=utf-8');
          for (const c of csvHasil(orang)) res.write(c);
          res.end();
          return;
        case 'kesalahan.csv':
          res.attachment(`${dasar}-kesalahan.csv`).type('text/csv; charset=utf-8');
          for (const c of csvGalat(orang)) res.write(c);
          res.end();
          return;
        case 'hasil.xlsx':
          res.attachment(`${dasar}-hasil.xlsx`).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
          tulisXlsxHasil(orang, ringkas(orang, m.jumlahBaris), tulis);
          return;
        case 'siasn.zip':
          res.attachment(`${dasar}-siasn.zip`).type('application/zip');
          tulisZipSiasn(aturan, orang, pilih, tulis);
          return;
        case 'dokumen.zip': {
          const jenis = (teks(body.jenis) || 'penetapan') as JenisDokumen;
          if (!(JENIS_DOKUMEN as readonly string[]).includes(jenis) || jenis === 'integrasi') throw new GalatHttp(400, `Jenis dokumen "${jenis}" tidak ada.`);
          const jumlah = orang.filter((o) => o.masukanJson && (!pilih || pilih.has(o.nip))).length;
          if (jumlah === 0) throw new GalatHttp(400, 'Tidak ada pegawai tanpa kesalahan data yang dipilih; tidak ada dokumen yang dapat dibuat.');
          if (jumlah > MAKS_PDF) throw new GalatHttp(413, `Paling banyak ${MAKS_PDF} dokumen sekali unduh (dipilih ${jumlah}). Pilih sebagian pegawai, atau gunakan baris perintah (angka-kredit batch --pdf).`);
          const isiDokumen: Record<string, unknown> = {};
          for (const f of ['kop', 'ditetapkanDi', 'tanggalPenetapan', 'pejabatNama', 'pejabatNip', 'kertas']) {
            const v = teks(body[f]).slice(0, 1000);
            if (v.trim()) isiDokumen[f] = v;
          }
          const k = jumlah >= ambang.pdf ? await ambilKolam() : undefined;
          // Check the common document fields once, before any byte of the ZIP is sent.
          const { bacaPermintaan } = await import('../pdf/buat.ts');
          const contoh = orang.find((o) => o.masukanJson && (!pilih || pilih.has(o.nip)))!;
          bacaPermintaan({ ...JSON.parse(contoh.masukanJson!), dokumen: isiDokumen });
          res.attachment(`${dasar}-${jenis}.zip`).type('application/zip');
          await tulisZipPdf(orang, { aturan, jenis, ...(pilih && { pilih }), isiDokumen, alamatVerifikasi: alamatVerifikasi(req), ...(k && { kolam: k }), keluar: tulis });
          return;
        }
        default:
          throw new GalatHttp(404, `Unduhan "${berkas}" tidak ada.`);
      }
    } catch (e) {
      if (res.headersSent) { res.destroy(e instanceof Error ? e : undefined); return; }
      if (e instanceof KesalahanMasukan) { next(new GalatHttp(400, 'Data dokumen tidak sah.', e.masalah.map((x) => ({ field: x.field, pesan: x.pesan })))); return; }
      next(e);
    }
  });

  // One person's full explained result: from the carried rows (muatan + nip) or from an input JSON
  // (masukan), rendered with the calculator's own result view.
  r.post('/batch/hasil', formBesar, (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    let data: unknown;
    if (teks(body.masukan)) {
      try { data = JSON.parse(teks(body.masukan)); } catch { throw new GalatHttp(400, 'Masukan bukan JSON yang sah.'); }
    } else {
      const m = buka(body.muatan);
      const nip = teks(body.nip);
      const o = m.orang.find((x) => x.nip === nip);
      if (!o) throw new GalatHttp(404, `Pegawai dengan NIP ${nip} tidak ada dalam data ini.`);
      if (!o.masukan) throw new GalatHttp(400, 'Data pegawai ini memuat kesalahan; perbaiki berkasnya lalu unggah lagi.', o.galat.map((g) => ({ field: g.kolom, pesan: `Baris ${g.baris}, kolom ${g.kolom}: ${g.pesan}` })));
      data = o.masukan;
    }
    const { masukan, opsi, identitas } = bacaMasukan(data);
    const hasil = hitung(aturan, masukan, opsi);
    res.render('hasil', {
      judul: 'Hasil perhitungan', halaman: 'hitung', hasil, identitas,
      kemajuan: kemajuan(aturan, hasil),
      tampil: hasilTampil(hasil),
      masukanJson: JSON.stringify(data),
      dokumen: PILIHAN_DOKUMEN.filter((d) => d.jenis !== 'integrasi' || hasil.integrasi !== undefined),
      klaim: { baris: daftarKlaim(hasil), nilai: {}, hasil: undefined },
    });
  });

  return r;
}
