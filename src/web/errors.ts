// One error path: input problems are 4xx with their message (Indonesian, naming the field); anything
// else is a 500 with a generic message, logged, never shown.
import { formatSize } from './limits.ts';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { InputError } from '../domain/galat.ts';
import { PoolError } from '../batch/galat.ts';
import { FileError } from '../berkas/errors.ts';

export type Logger = (pesan: string, galat?: unknown) => void;

/** An error the client caused, with the status and message to show. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly masalah: { field: string; pesan: string }[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * A multer middleware whose errors become the client's: a file over its limit is a 413 naming `batas`;
 * anything else multer or busboy raises (a missing boundary, a malformed part header, a form cut short)
 * is a 400, because only the request's bytes can cause it. An aborted upload never gets here as an
 * answer: the error handler sees the closed socket first.
 */
export function withUpload(m: RequestHandler, batas: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    m(req, res, (err?: unknown) => {
      if (!err) return next();
      const e = err as { code?: string };
      if (e.code === 'LIMIT_FILE_SIZE') return next(new HttpError(413, `${PESAN_413} Berkas yang diunggah paling besar ${batas}.`));
      if (typeof e.code === 'string' && e.code.startsWith('LIMIT_')) return next(new HttpError(413, pesan413(e)));
      return next(
        new HttpError(
          400,
          'Unggahan tidak dapat dibaca: isi formulir (multipart/form-data) rusak atau tidak lengkap. Pilih berkasnya lagi lalu kirim ulang.',
        ),
      );
    });
  };
}

export const MESSAGE_500 =
  'Terjadi kesalahan pada aplikasi. Permintaan Anda tidak dapat diproses; silakan coba lagi. Bila berulang, hubungi pengelola aplikasi.';
const PESAN_413 = 'Data yang dikirim terlalu besar.';

/**
 * The 413 message from the limit that was actually passed, as the parser reports it (body-parser gives
 * the byte limit of the route; multer says which count), so it can never name another route's limit.
 */
function pesan413(e: { limit?: unknown; type?: string; code?: string }): string {
  if (typeof e.limit === 'number' && Number.isFinite(e.limit))
    return `${PESAN_413} Batasnya ${formatSize(e.limit)} untuk permintaan ke alamat ini.`;
  if (e.code === 'LIMIT_FILE_SIZE') return `${PESAN_413} Berkas yang diunggah melebihi batas ukuran untuk alamat ini.`;
  if (e.code === 'LIMIT_FIELD_VALUE' || e.code === 'LIMIT_FIELD_KEY') return `${PESAN_413} Satu isian formulir terlalu panjang.`;
  return `${PESAN_413} Formulir memuat terlalu banyak isian atau berkas.`;
}
const PESAN_404 = 'Halaman yang Anda cari tidak ada. Periksa alamatnya, atau kembali ke halaman utama.';

const isApi = (req: Request) => req.originalUrl.startsWith('/api/');

/** Errors raised by body parsers and multer, as a status and an Indonesian message; undefined for anything else. */
function galatKlien(err: unknown): { status: number; pesan: string } | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as { type?: string; code?: string; status?: number; name?: string; limit?: unknown };
  if (
    e.type === 'entity.too.large' ||
    e.type === 'parameters.too.many' ||
    e.code === 'LIMIT_FILE_SIZE' ||
    e.code === 'LIMIT_FIELD_VALUE' ||
    e.code === 'LIMIT_FIELD_COUNT' ||
    e.code === 'LIMIT_FILE_COUNT'
  ) {
    return { status: 413, pesan: pesan413(e) };
  }
  if (e.type === 'entity.parse.failed') return { status: 400, pesan: 'Badan permintaan bukan JSON yang sah.' };
  // A body that says it is compressed (Content-Encoding) but does not inflate: zlib's own error codes.
  if (typeof e.code === 'string' && /^Z_(DATA|BUF|STREAM|NEED_DICT)_ERROR$|^ERR_(BROTLI|ZSTD)_/.test(e.code)) {
    return { status: 400, pesan: 'Badan permintaan dinyatakan termampat (Content-Encoding) tetapi isinya tidak dapat diuraikan.' };
  }
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported')
    return { status: 415, pesan: 'Pengodean karakter tidak didukung; gunakan UTF-8.' };
  // A path parameter that is not valid percent-encoding (e.g. /dokumen/%E0%A4%A): the router marks it 400.
  if (err instanceof URIError && e.status === 400)
    return { status: 400, pesan: 'Alamat halaman tidak sah: terdapat kode persen (%) yang tidak dapat diuraikan.' };
  if (e.name === 'MulterError') return { status: 400, pesan: 'Unggahan berkas tidak dapat dibaca; unggah satu berkas JSON.' };
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.type)
    return { status: e.status, pesan: 'Permintaan tidak dapat dibaca.' };
  return undefined;
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    // The client went away mid-request (an aborted upload): nobody to answer, nothing of ours failed.
    if (!req.socket || req.socket.destroyed) {
      if (!res.headersSent) res.destroy();
      return;
    }
    let status = 500;
    let pesan = MESSAGE_500;
    let masalah: { field: string; pesan: string }[] = [];
    if (err instanceof HttpError) {
      ({ status } = err);
      pesan = err.message;
      masalah = err.masalah;
    } else if (err instanceof FileError || err instanceof PoolError) {
      ({ status } = err);
      pesan = err.message;
      // Every worker busy: say when to try again, as HTTP has it.
      if (status === 503) res.set('Retry-After', '5');
    } else if (err instanceof InputError) {
      status = 400;
      pesan = 'Masukan tidak sah.';
      masalah = err.masalah;
    } else {
      const k = galatKlien(err);
      if (k) ({ status, pesan } = k);
      // The path only: a query may carry personal data (the register's search by NIP or name).
      else log(`500 ${req.method} ${req.originalUrl.split('?')[0]}`, err);
    }
    if (res.headersSent) return;
    res.status(status);
    if (isApi(req)) {
      res.json({ galat: pesan, ...(masalah.length > 0 && { masalah }) });
      return;
    }
    res.render('galat', {
      judul:
        status === 413
          ? 'Data terlalu besar'
          : status === 503
            ? 'Server sedang sibuk'
            : status === 401 || status === 403
              ? 'Akses ditolak'
              : status === 429
                ? 'Terlalu banyak percobaan'
                : status >= 500
                  ? 'Kesalahan aplikasi'
                  : 'Permintaan tidak dapat diproses',
      status,
      pesan,
      masalah,
    });
  };
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404);
  if (isApi(req)) {
    res.json({ galat: `Alamat ${req.method} ${req.path} tidak ada. Lihat /api/docs.` });
    return;
  }
  res.render('galat', { judul: 'Halaman tidak ditemukan', status: 404, pesan: PESAN_404, masalah: [] });
};
