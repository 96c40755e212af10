// PDF documents and their verification, over HTML forms and the JSON API. Thin: read the request,
// call src/pdf, send the file or render the page. Nothing is stored on the server.
import { Router, json, urlencoded, type Request, type Response } from 'express';
import multer from 'multer';
import type { Aturan } from '../domain/aturan.ts';
import { InputError } from '../domain/galat.ts';
import type { DokumenPdf } from '../pdf/buat.ts';
import { pilihanDokumen, type PilihanDokumen } from './pilihan-dokumen.ts';
import { dokumenSchema, JENIS_DOKUMEN, TEMBUSAN_BAKU, type JenisDokumen } from '../pdf/schema.ts';
import { MAKNA_VERIFIKASI, type HasilVerifikasi } from '../pdf/verifikasi.ts';
import { withUpload, HttpError } from './errors.ts';
import type { BahanTanda } from '../tanda/bahan.ts';
import { kunciDariPem, pemPublik, sidikJari } from '../tanda/kunci.ts';
import { periksaTanda, type HasilTanda, type Kepercayaan } from '../tanda/tanda.ts';
import type { TaskRunner } from './task-runner.ts';
import { DEFAULT_WEB_LIMITS, formatSize } from './limits.ts';
import { createHash } from 'node:crypto';

export interface DokumenDeps {
  aturan: Aturan;
  pelaksana: TaskRunner;
  /** Public address of the app (e.g. https://ak.example.go.id), for the QR code; else taken from the request. */
  alamatPublik?: string;
  /** This office's public key and who else is trusted: shown on /verifikasi/kunci and used to read QR codes. */
  kunciPublik?: KunciPublik | undefined;
  /**
   * The register's word on a verified document (issue 17): looked up by the uploaded file's SHA-256, then
   * by the verification code. Without a register, verification is as before.
   */
  statusDaftar?: (cari: { sha256?: string; kode?: string }) => Promise<StatusDaftar | undefined>;
}

/** One line for /verifikasi: "terdaftar, berlaku", "dicabut pada … karena …", "diganti dengan nomor …". */
export interface StatusDaftar {
  status: 'berlaku' | 'dicabut' | 'diganti';
  nomor: string;
  kalimat: string;
}

export interface KunciPublik {
  kepercayaan: Kepercayaan;
  publik?: { mentah: string; sidikJari: string; pem: string };
}

/** The public half of the key material the workers get; the private key stays with them. */
export function kunciPublikDari(b: BahanTanda | undefined): KunciPublik | undefined {
  if (!b) return undefined;
  const kunci = b.kunciPem ? kunciDariPem(b.kunciPem, 'Kunci kantor') : undefined;
  return {
    kepercayaan: { publikSendiri: kunci?.publik, dipercaya: b.dipercaya },
    ...(kunci && { publik: { mentah: kunci.publik, sidikJari: kunci.sidikJari, pem: pemPublik(kunci.publik) } }),
  };
}

/** The signed statement a QR code carries (r, k, t), checked against this office's key and the trusted list. */
function tandaDariQr(q: Request['query'], kp: KunciPublik | undefined): HasilTanda | undefined {
  const [r, k, t] = [q.r, q.k, q.t];
  if (typeof r !== 'string' || typeof k !== 'string' || typeof t !== 'string') return undefined;
  const h = periksaTanda(
    { ringkasan: r.slice(0, 100), kunci: k.slice(0, 100), tanda: t.slice(0, 200) },
    kp?.kepercayaan ?? { dipercaya: [] },
  );
  // The QR code does not carry the signing date: a trusted key's validity period is checked on the PDF itself.
  return h.status === 'di-luar-masa-berlaku'
    ? {
        ...h,
        status: 'kantor-dipercaya',
        judul: `Ditandatangani dengan kunci ${h.namaKantor ?? ''}`.trim(),
        penjelasan: `Kode QR ini ditandatangani dengan kunci ${h.namaKantor ?? ''} dari daftar kantor tepercaya; masa berlaku kuncinya diperiksa saat PDF-nya diunggah.`,
      }
    : h;
}

const BATAS_PDF = DEFAULT_WEB_LIMITS.pdfVerifikasi;

/** The Integrasi sheet is offered only when the input carries a PAK Integrasi. */
function pilihanUntuk(masukanJson: unknown): PilihanDokumen[] {
  let ada = false;
  try {
    const data = typeof masukanJson === 'string' ? JSON.parse(masukanJson) : undefined;
    ada = Boolean(data && typeof data === 'object' && (data as Record<string, unknown>).pakIntegrasi);
  } catch {
    /* not JSON: the form reports that when it is submitted */
  }
  return pilihanDokumen(ada);
}

const FIELD_DOKUMEN = Object.keys(dokumenSchema.shape);

const unggahLogo = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: DEFAULT_WEB_LIMITS.logo, files: 1, fields: 100, fieldSize: DEFAULT_WEB_LIMITS.jsonDokumen },
});
const unggahPdf = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: BATAS_PDF, files: 2, fields: 10, fieldSize: DEFAULT_WEB_LIMITS.unggahMasukan },
});

/** Runs a multer middleware and turns its limits into a clear 4xx in Indonesian. */
function jenisDari(req: Request): JenisDokumen {
  const j = String(req.params.jenis ?? '');
  if (!(JENIS_DOKUMEN as readonly string[]).includes(j)) {
    throw new HttpError(404, `Jenis dokumen "${j}" tidak ada. Pilih salah satu: ${JENIS_DOKUMEN.join(', ')}.`);
  }
  return j as JenisDokumen;
}

function alamatVerifikasi(deps: DokumenDeps, req: Request): string {
  return `${deps.alamatPublik ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`}/verifikasi`;
}

function kirimPdf(res: Response, pdf: Buffer, namaBerkas: string, kode: string): void {
  res.set({
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${namaBerkas}"`,
    'Content-Length': String(pdf.length),
    'Cache-Control': 'no-store',
    'X-Kode-Verifikasi': kode,
  });
  res.end(pdf);
}

/** Form fields → the `dokumen` object (the file upload becomes the logo's data URL). */
function dokumenDariForm(body: Record<string, unknown>, file?: Express.Multer.File): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  for (const k of FIELD_DOKUMEN) if (typeof body[k] === 'string') d[k] = body[k];
  if (file && file.size > 0)
    d.logo = `data:${file.mimetype === 'image/jpeg' ? 'image/jpeg' : 'image/png'};base64,${file.buffer.toString('base64')}`;
  return d;
}

function masukanDariForm(body: Record<string, unknown>): Record<string, unknown> {
  const teks = typeof body.masukan === 'string' ? body.masukan : '';
  if (!teks.trim())
    throw new InputError([
      { field: 'masukan', pesan: 'Masukan perhitungan tidak ada; hitung terlebih dahulu, lalu unduh dokumennya dari halaman hasil.' },
    ]);
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch {
    throw new InputError([{ field: 'masukan', pesan: 'Masukan perhitungan bukan JSON yang sah.' }]);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new InputError([{ field: 'masukan', pesan: 'Masukan perhitungan harus berupa objek JSON.' }]);
  return data as Record<string, unknown>;
}

export function createDokumenRouter(deps: DokumenDeps): Router {
  const r = Router();
  // A document's cost grows with its input (periods, pages, a logo to decode): rendered on the pool.
  const buatDokumen = async (data: unknown, jenis: JenisDokumen, alamat: string): Promise<DokumenPdf> => {
    const d = await deps.pelaksana.run<{ pdf: ArrayBuffer; kode: string; namaBerkas: string }>(
      { jenis: 'dokumen', data, dokumen: jenis, alamatVerifikasi: alamat },
      { batasMs: DEFAULT_WEB_LIMITS.waktuMs.dokumen },
    );
    return { ...d, pdf: Buffer.from(d.pdf) };
  };
  const form = urlencoded({ extended: false, limit: DEFAULT_WEB_LIMITS.jsonDokumen });

  // The document-fields page: kop, nomor, pejabat, tembusan, paper, logo; one button per document.
  r.post('/dokumen', form, (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const masukan = typeof body.masukan === 'string' ? body.masukan : '';
    res.render('dokumen', {
      judul: 'Dokumen PDF',
      halaman: 'hitung',
      masukanJson: masukan,
      pilihan: pilihanUntuk(masukan),
      tembusanBaku: TEMBUSAN_BAKU.join('\n'),
      galat: [],
    });
  });

  r.post('/dokumen/:jenis', form, withUpload(unggahLogo.single('logo'), '200 kB untuk logo'), async (req, res, next) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    try {
      const jenis = jenisDari(req);
      const masukan = masukanDariForm(body);
      const dokumen = { ...((masukan.dokumen as Record<string, unknown> | undefined) ?? {}), ...dokumenDariForm(body, req.file) };
      const { pdf, namaBerkas, kode } = await buatDokumen({ ...masukan, dokumen }, jenis, alamatVerifikasi(deps, req));
      kirimPdf(res, pdf, namaBerkas, kode);
    } catch (e) {
      if (e instanceof InputError && typeof body.masukan === 'string' && body.masukan.trim()) {
        // Back to the document-fields page with the problems named, keeping what was typed.
        res.status(400).render('dokumen', {
          judul: 'Dokumen PDF',
          halaman: 'hitung',
          masukanJson: body.masukan,
          pilihan: pilihanUntuk(body.masukan),
          tembusanBaku: TEMBUSAN_BAKU.join('\n'),
          nilai: body,
          galat: e.masalah,
        });
        return;
      }
      next(e);
    }
  });

  r.post('/api/v1/dokumen/:jenis', json({ limit: DEFAULT_WEB_LIMITS.jsonDokumen }), async (req, res, next) => {
    try {
      const jenis = jenisDari(req);
      const { pdf, namaBerkas, kode } = await buatDokumen(req.body, jenis, alamatVerifikasi(deps, req));
      kirimPdf(res, pdf, namaBerkas, kode);
    } catch (e) {
      // The same error shape as the rest of the API: { galat, masalah: [{ field, pesan }] }.
      if (e instanceof InputError) {
        res.status(400).json({ galat: 'Masukan tidak sah.', masalah: e.masalah });
        return;
      }
      if (e instanceof HttpError) {
        res.status(e.status).json({ galat: e.message, masalah: [{ field: 'jenis', pesan: e.message }] });
        return;
      }
      next(e);
    }
  });

  r.get('/verifikasi', async (req, res) => {
    const kode = typeof req.query.kode === 'string' ? req.query.kode.slice(0, 20) : '';
    const tandaQr = tandaDariQr(req.query, deps.kunciPublik);
    // A QR code scanned from a withdrawn sheet says so at once.
    const daftar = kode.trim() ? await deps.statusDaftar?.({ kode: kode.trim() }) : undefined;
    res.render('verifikasi', {
      judul: 'Verifikasi dokumen',
      halaman: 'verifikasi',
      maksMb: BATAS_PDF / 1024 / 1024,
      versiAturan: deps.aturan.versi,
      kode,
      makna: MAKNA_VERIFIKASI,
      hasil: undefined,
      tandaQr,
      daftar,
    });
  });

  // This office's public key, to give to other offices for their trusted lists.
  r.get('/verifikasi/kunci', (_req, res) => {
    const k = deps.kunciPublik;
    res.render('kunci', {
      judul: 'Kunci publik kantor',
      halaman: 'verifikasi',
      publik: k?.publik,
      dipercaya: k?.kepercayaan.dipercaya ?? [],
      sidikJari,
    });
  });

  r.post(
    '/verifikasi',
    withUpload(
      unggahPdf.fields([
        { name: 'berkas', maxCount: 1 },
        { name: 'masukanBerkas', maxCount: 1 },
      ]),
      formatSize(BATAS_PDF),
    ),
    async (req, res, next) => {
      try {
        const files = (req.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
        const body = (req.body ?? {}) as Record<string, unknown>;
        const pdf = files.berkas?.[0];
        const kode = typeof body.kode === 'string' ? body.kode : '';
        const teksJson = files.masukanBerkas?.[0]?.buffer.toString('utf8') ?? (typeof body.json === 'string' ? body.json : '');
        let hasil: HasilVerifikasi;
        // The uploaded bytes move to a worker: a hostile PDF costs one worker for at most its time limit.
        if (pdf && pdf.size > 0)
          hasil = await deps.pelaksana.run<HasilVerifikasi>(
            { jenis: 'verifikasi', data: pdf.buffer },
            { batasMs: DEFAULT_WEB_LIMITS.waktuMs.verifikasi },
          );
        else if (kode.trim() && teksJson.trim())
          hasil = await deps.pelaksana.run<HasilVerifikasi>(
            { jenis: 'verifikasi-kode', kode: kode.slice(0, 40), teks: teksJson },
            { batasMs: DEFAULT_WEB_LIMITS.waktuMs.verifikasi },
          );
        else throw new HttpError(400, 'Unggah PDF yang akan diverifikasi, atau isi kode verifikasi beserta berkas masukan JSON.');
        const daftar = await deps.statusDaftar?.({
          ...(pdf && pdf.size > 0 && { sha256: createHash('sha256').update(pdf.buffer).digest('hex') }),
          ...((hasil.kode ?? kode.trim()) && { kode: hasil.kode ?? kode.trim() }),
        });
        res.status(200).render('verifikasi', {
          judul: 'Verifikasi dokumen',
          halaman: 'verifikasi',
          maksMb: BATAS_PDF / 1024 / 1024,
          versiAturan: deps.aturan.versi,
          kode: hasil.kode ?? kode,
          makna: MAKNA_VERIFIKASI,
          hasil,
          tandaQr: undefined,
          daftar,
        });
      } catch (e) {
        next(e);
      }
    },
  );

  return r;
}
