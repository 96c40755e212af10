// Batch mode on the web: upload a unit's spreadsheet, read the summary and the table, download the
// reports, a ZIP of PDFs and the SIASN export. Nothing is stored: the results page carries the rows as
// read (src/batch/payload.ts, hidden field `muatan`), signed with this process's key so that a client can
// neither forge nor inflate them, and every download recomputes from them on the worker pool.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Router, urlencoded, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import type { Aturan } from '../domain/aturan.ts';
import { formatTanggal } from '../domain/format.ts';
import { hitung } from '../domain/hitung.ts';
import { InputError } from '../domain/galat.ts';
import { TAHUN_AKHIR, TAHUN_AWAL, tanggalSah } from '../input/batas.ts';
import { bacaMasukan } from '../input/parse.ts';
import { JENIS_DOKUMEN, TEMBUSAN_BAKU, type JenisDokumen } from '../pdf/schema.ts';
import { LABEL_KATEGORI, type HasilOrang } from '../batch/evaluasi.ts';
import { PoolError } from '../batch/galat.ts';
import { FileError } from '../berkas/errors.ts';
import { KOLOM } from '../batch/kolom.ts';
import { DOWNLOAD_FILES, type DownloadFile, type HasilUnggahan, type Payload } from '../batch/payload.ts';
import type { TaskOptions } from '../batch/worker-pool.ts';
import type { OrangMentah } from '../batch/orang.ts';
import type { Task } from '../batch/worker.ts';
import { templatCsv, templatXlsx } from '../batch/template.ts';
import { writePdfZip } from '../batch/zip.ts';
import { pilihanDokumen } from './pilihan-dokumen.ts';
import { HttpError } from './errors.ts';
import type { TaskRunner } from './task-runner.ts';
import { DEFAULT_WEB_LIMITS, formatSize } from './limits.ts';
import { halamanHasil } from './halaman-hasil.ts';
import { todayInJakarta } from '../hari-ini.ts';
import { teks } from './form.ts';

export interface BatchDeps {
  aturan: Aturan;
  pelaksana: TaskRunner;
  hariIni?: () => string;
  /** Limits of the web upload. */
  maksByte?: number;
  maksBaris?: number;
  alamatPublik?: string;
  /** Key that signs the carried rows; random per process unless given (several instances share one). */
  kunciMuatan?: Buffer;
  /** How long a results page stays usable for downloads. */
  umurMuatanMs?: number;
}

/** How long a batch results page's carried rows stay usable. */
export const UMUR_MUATAN_MS = 12 * 60 * 60 * 1000;

const MAKS_TABEL = DEFAULT_WEB_LIMITS.tabelBatch;
const MAKS_PDF = DEFAULT_WEB_LIMITS.pdfPerUnduhan;

function daftar(v: unknown): string[] {
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
}

function namaAman(s: string): string {
  return (
    s
      .replace(/\.[^.]*$/, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'unit'
  );
}

const PESAN_MUATAN = {
  kosong: 'Data hasil tidak ada. Unggah berkas lagi dari halaman Batch.',
  // A per-process key cannot tell a restart from an edit; the message names both.
  tidakSah:
    'Data hasil pada halaman ini tidak dapat dipakai lagi: halaman sudah terlalu lama dibuka, server telah dimulai ulang, atau datanya diubah. Unggah berkas lagi dari halaman Batch.',
};

/** `dibuat.isi.tanda`: when it was packed, the packed rows, and an HMAC over both. */
function tandaiMuatan(kunci: Buffer, isi: string, dibuat: number): string {
  const badan = `${dibuat}.${isi}`;
  return `${badan}.${createHmac('sha256', kunci).update(badan).digest('base64url')}`;
}

/** The packed rows, once the signature and age are checked: only then is anything inflated. */
export function periksaMuatan(kunci: Buffer, umurMs: number, nilai: unknown, sekarang: number): string {
  const t = teks(nilai);
  if (!t) throw new HttpError(400, PESAN_MUATAN.kosong);
  const a = t.indexOf('.');
  const b = t.lastIndexOf('.');
  if (a <= 0 || b <= a) throw new HttpError(400, PESAN_MUATAN.tidakSah);
  const badan = t.slice(0, b);
  const tanda = Buffer.from(t.slice(b + 1), 'base64url');
  const benar = createHmac('sha256', kunci).update(badan).digest();
  if (tanda.length !== benar.length || !timingSafeEqual(tanda, benar)) throw new HttpError(400, PESAN_MUATAN.tidakSah);
  const dibuat = Number(t.slice(0, a));
  if (!Number.isSafeInteger(dibuat) || sekarang - dibuat > umurMs || dibuat > sekarang + 60_000)
    throw new HttpError(400, PESAN_MUATAN.tidakSah);
  return t.slice(a + 1, b);
}

export function createBatchRouter(deps: BatchDeps): Router {
  const { aturan, pelaksana } = deps;
  const hariIni = deps.hariIni ?? todayInJakarta;
  const maksByte = deps.maksByte ?? DEFAULT_WEB_LIMITS.unggahBatch;
  const maksBaris = deps.maksBaris ?? DEFAULT_WEB_LIMITS.barisBatch;
  const kunci = deps.kunciMuatan ?? randomBytes(32);
  const umurMs = deps.umurMuatanMs ?? UMUR_MUATAN_MS;
  const bukaMuatan = (nilai: unknown) => periksaMuatan(kunci, umurMs, nilai, Date.now());
  const r = Router();

  const unggah = multer({ storage: multer.memoryStorage(), limits: { fileSize: maksByte, files: 1, fields: 10, fieldSize: 1024 } });
  const terimaUnggahan: RequestHandler = (req, res, next) => {
    unggah.single('berkas')(req, res, (err?: unknown) => {
      if (!err) return next();
      const e = err as { code?: string; name?: string };
      if (e.code === 'LIMIT_FILE_SIZE')
        return tampilUnggah(
          res,
          413,
          `Berkas lebih besar dari ${formatSize(maksByte)}. Bagi data unit menjadi beberapa berkas, atau gunakan baris perintah (angka-kredit batch).`,
        );
      // Anything else multer or busboy raises comes from the request's bytes (no boundary, a bad part header, a form cut short).
      return tampilUnggah(res, 400, 'Unggahan tidak dapat dibaca; pilih satu berkas .xlsx, .ods, atau .csv lalu kirim ulang.');
    });
  };
  const formBesar = urlencoded({ extended: false, limit: DEFAULT_WEB_LIMITS.formMuatanBatch, parameterLimit: MAKS_PDF + 100 });

  const tampilUnggah = (res: Response, status: number, galat?: string) => {
    res.status(status).render('batch', {
      judul: 'Batch: periksa satu unit',
      halaman: 'batch',
      galat,
      tanggal: hariIni(),
      kolom: KOLOM,
      maksMb: Math.round(maksByte / 1024 / 1024),
      maksBaris,
    });
  };

  r.get('/batch', (_req, res) => tampilUnggah(res, 200));

  r.get('/batch/templat.xlsx', (_req, res) => {
    res
      .attachment('templat-batch-angka-kredit.xlsx')
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(templatXlsx(aturan));
  });
  r.get('/batch/templat.csv', (_req, res) => {
    res.attachment('templat-batch-angka-kredit.csv').type('text/csv; charset=utf-8').send(templatCsv());
  });

  r.post('/batch', terimaUnggahan, async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!req.file || req.file.size === 0) {
        tampilUnggah(res, 400, 'Pilih berkas .xlsx, .ods, atau .csv yang berisi data unit.');
        return;
      }
      const tanggal = teks(req.body?.tanggalPerhitungan).trim() || hariIni();
      if (!tanggalSah(tanggal)) {
        tampilUnggah(
          res,
          400,
          `Tanggal perhitungan harus tanggal yang sah dengan format TTTT-BB-HH pada tahun ${TAHUN_AWAL} sampai ${TAHUN_AKHIR}.`,
        );
        return;
      }
      const nama = req.file.originalname.slice(0, 200);
      const data = req.file.buffer;
      // The upload's own bytes move to the worker: nothing of the file is read on this thread.
      const { hasil, muatan } = await pelaksana.run<{ hasil: HasilUnggahan; muatan: string }>(
        { jenis: 'unggahan', data, nama, tanggalPerhitungan: tanggal, maksBaris },
        { batasMs: DEFAULT_WEB_LIMITS.waktuMs.unggahan },
      );
      res.render('batch-hasil', {
        judul: 'Hasil batch',
        halaman: 'batch',
        nama,
        tanggal,
        tanggalTampilan: formatTanggal(tanggal),
        hasil,
        muatan: tandaiMuatan(kunci, muatan, Date.now()),
        tabel: hasil.orang.slice(0, MAKS_TABEL),
        terpotong: Math.max(0, hasil.orang.length - MAKS_TABEL),
        LABEL_KATEGORI,
        bulanDekat: aturan.dekat.bulan,
        pilihanDokumen: pilihanDokumen(false),
        tembusanBaku: TEMBUSAN_BAKU.join('\n'),
      });
    } catch (e) {
      if (e instanceof FileError || e instanceof PoolError) {
        tampilUnggah(res, e.status, e.message);
        return;
      }
      next(e);
    }
  });

  const alamatVerifikasi = (req: Request) => `${deps.alamatPublik ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`}/verifikasi`;

  r.post('/batch/unduh/:berkas', formBesar, async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const berkas = String(req.params.berkas);
      if (berkas !== 'dokumen.zip' && !(DOWNLOAD_FILES as readonly string[]).includes(berkas))
        throw new HttpError(404, `Unduhan "${berkas}" tidak ada.`);
      const muatan = bukaMuatan(body.muatan);
      const pilihan = daftar(body.pilih).slice(0, maksBaris);
      res.set('Cache-Control', 'no-store');
      if (berkas !== 'dokumen.zip') {
        const b = berkas as DownloadFile;
        const { data, nama } = await pelaksana.run<{ data: ArrayBuffer; nama: string }>(
          { jenis: 'muatan-unduhan', muatan, berkas: b, ...(pilihan.length && { pilih: pilihan }), maksBaris },
          { batasMs: DEFAULT_WEB_LIMITS.waktuMs.muatan },
        );
        res.attachment(`batch-${namaAman(nama)}-${b}`);
        res.type(
          b.endsWith('.csv')
            ? 'text/csv; charset=utf-8'
            : b.endsWith('.xlsx')
              ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              : 'application/zip',
        );
        res.end(Buffer.from(data));
        return;
      }
      const jenis = (teks(body.jenis) || 'penetapan') as JenisDokumen;
      if (!(JENIS_DOKUMEN as readonly string[]).includes(jenis) || jenis === 'integrasi')
        throw new HttpError(400, `Jenis dokumen "${jenis}" tidak ada.`);
      const { muatan: m, orang } = await pelaksana.run<{ muatan: Omit<Payload, 'orang'>; orang: HasilOrang[] }>(
        { jenis: 'muatan-hitung', muatan, maksBaris },
        { batasMs: DEFAULT_WEB_LIMITS.waktuMs.muatan },
      );
      const pilih = pilihan.length ? new Set(pilihan) : undefined;
      const jumlah = orang.filter((o) => o.masukanJson && (!pilih || pilih.has(o.nip))).length;
      if (jumlah === 0)
        throw new HttpError(400, 'Tidak ada pegawai tanpa kesalahan data yang dipilih; tidak ada dokumen yang dapat dibuat.');
      if (jumlah > MAKS_PDF)
        throw new HttpError(
          413,
          `Paling banyak ${MAKS_PDF} dokumen sekali unduh (dipilih ${jumlah}). Pilih sebagian pegawai, atau gunakan baris perintah (angka-kredit batch --pdf).`,
        );
      // The same document data as one person's documents (kop, logo, pejabat, tembusan, paper), with
      // the NOMOR numbered from the office's pattern; the logo arrives as a data URL read by the browser.
      const isiDokumen: Record<string, unknown> = {};
      for (const f of ['kop', 'ditetapkanDi', 'tanggalPenetapan', 'pejabatNama', 'pejabatNip', 'kertas', 'tembusan', 'logo']) {
        const v = teks(body[f]).slice(0, f === 'logo' ? 300_000 : 2500);
        if (v.trim() || f === 'tembusan') isiDokumen[f] = v;
      }
      // No Tembusan field at all (an older page, a script): the form's default list, as for one person.
      if (body.tembusan === undefined) delete isiDokumen.tembusan;
      // Check the common document fields once, before any byte of the ZIP is sent.
      const { bacaPermintaan } = await import('../pdf/buat.ts');
      const { bacaPenomoran } = await import('../pdf/penomoran.ts');
      const penomoran = teks(body.nomorPola).trim()
        ? bacaPenomoran(teks(body.nomorPola), teks(body.nomorMulai), teks(body.nomorLebar))
        : undefined;
      const contoh = orang.find((o) => o.masukanJson && (!pilih || pilih.has(o.nip)))!;
      bacaPermintaan({ ...JSON.parse(contoh.masukanJson!), dokumen: isiDokumen });
      res.attachment(`batch-${namaAman(m.nama)}-${jenis}.zip`).type('application/zip');
      const tulis = (d: Uint8Array, final: boolean) => {
        res.write(d);
        if (final) res.end();
      };
      await writePdfZip(orang, {
        aturan,
        jenis,
        ...(pilih && { pilih }),
        isiDokumen,
        ...(penomoran && { penomoran }),
        alamatVerifikasi: alamatVerifikasi(req),
        keluar: tulis,
        kolam: {
          size: pelaksana.size,
          run: <T>(t: Task, o?: TaskOptions) => pelaksana.run<T>(t, { batasMs: DEFAULT_WEB_LIMITS.waktuMs.dokumen, ...o }),
        },
      });
    } catch (e) {
      if (res.headersSent) {
        res.destroy(e instanceof Error ? e : undefined);
        return;
      }
      if (e instanceof InputError) {
        next(
          new HttpError(
            400,
            'Data dokumen tidak sah.',
            e.masalah.map((x) => ({ field: x.field, pesan: x.pesan })),
          ),
        );
        return;
      }
      next(e);
    }
  });

  // One person's full explained result: from the carried rows (muatan + nip) or from an input JSON
  // (masukan), rendered with the calculator's own result view.
  r.post('/batch/hasil', formBesar, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    let data: unknown;
    if (teks(body.masukan)) {
      try {
        data = JSON.parse(teks(body.masukan));
      } catch {
        throw new HttpError(400, 'Masukan bukan JSON yang sah.');
      }
    } else {
      const muatan = bukaMuatan(body.muatan);
      const nip = teks(body.nip).slice(0, 60);
      const o = await pelaksana.run<OrangMentah | null>(
        { jenis: 'muatan-orang', muatan, nip, maksBaris },
        { batasMs: DEFAULT_WEB_LIMITS.waktuMs.muatan },
      );
      if (!o) throw new HttpError(404, `Pegawai dengan NIP ${nip} tidak ada dalam data ini.`);
      if (!o.masukan)
        throw new HttpError(
          400,
          'Data pegawai ini memuat kesalahan; perbaiki berkasnya lalu unggah lagi.',
          o.galat.map((g) => ({ field: g.kolom, pesan: `Baris ${g.baris}, kolom ${g.kolom}: ${g.pesan}` })),
        );
      data = o.masukan;
    }
    const { masukan, opsi, identitas } = bacaMasukan(data);
    const hasil = hitung(aturan, masukan, opsi);
    res.render('hasil', halamanHasil(aturan, hasil, identitas, JSON.stringify(data)));
  });

  return r;
}
