// Who is asking: the session cookie, the CSRF token of every form, and the role each register page
// requires. The session id is random (the register makes it and stores only its SHA-256) and travels in
// an HttpOnly, SameSite=Strict cookie, Secure when the request or the public address is HTTPS. Each
// session has its own CSRF token, kept by the register; before login a short-lived random cookie plays
// that role (double submit), so that the login form is protected too.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { RegisterError, type Daftar, type Peran, type Pengguna } from '../daftar/jenis.ts';
import { HttpError } from './errors.ts';

export const LABEL_PERAN: Record<Peran, string> = {
  admin: 'Administrator',
  operator: 'Operator',
  auditor: 'Auditor',
};

export const COOKIE_SESI = 'ak_sesi';
export const COOKIE_CSRF_MASUK = 'ak_masuk';
export const FIELD_CSRF = '_csrf';
/** A working day; the register forgets the session after it. */
export const UMUR_SESI_MS = 8 * 60 * 60 * 1000;

export const PESAN_CSRF =
  'Formulir ini tidak dapat diterima: token keamanannya tidak ada atau tidak sah (halaman terlalu lama dibuka, Anda telah keluar, atau formulir dikirim dari situs lain). Buka halamannya lagi lalu kirim ulang.';

export const idAcak = (): string => randomBytes(32).toString('base64url');

/** The cookies of a request, by name (no dependency: the names and values here are plain base64url). */
export function bacaCookie(req: Request): Record<string, string> {
  const hasil: Record<string, string> = {};
  const h = req.headers.cookie;
  if (!h) return hasil;
  for (const bagian of h.slice(0, 8192).split(';')) {
    const i = bagian.indexOf('=');
    if (i <= 0) continue;
    const nama = bagian.slice(0, i).trim();
    if (nama && !(nama in hasil)) hasil[nama] = bagian.slice(i + 1).trim();
  }
  return hasil;
}

export function samaWaktuTetap(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface OpsiCookie {
  /** ALAMAT_PUBLIK: behind a TLS proxy the request itself is http, but the address users see is https. */
  alamatPublik?: string | undefined;
}

function aman(req: Request, o: OpsiCookie): boolean {
  return req.secure || (o.alamatPublik?.startsWith('https://') ?? false);
}

export function pasangCookie(res: Response, req: Request, o: OpsiCookie, nama: string, nilai: string, maksDetik?: number): void {
  const bagian = [`${nama}=${nilai}`, 'Path=/', 'HttpOnly', 'SameSite=Strict'];
  if (maksDetik !== undefined) bagian.push(`Max-Age=${maksDetik}`);
  if (aman(req, o)) bagian.push('Secure');
  res.append('Set-Cookie', bagian.join('; '));
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by the session middleware when the cookie names a live session of an active user. */
    pengguna?: Pengguna;
    /** That session's id (from the cookie) and CSRF token. */
    sesi?: { id: string; csrf: string };
  }
}

/**
 * Reads the session cookie on every request that carries one and gives the views the user and their
 * forms' CSRF token. A request without the cookie costs nothing; an unknown or expired id is ignored.
 */
export function bacaSesi(daftar: Daftar): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const id = bacaCookie(req)[COOKIE_SESI];
      if (id && /^[A-Za-z0-9_-]{20,100}$/.test(id)) {
        const s = await daftar.sesi.cari(id);
        if (s?.pengguna.aktif) {
          req.pengguna = s.pengguna;
          req.sesi = { id, csrf: s.csrf };
          res.locals.pengguna = s.pengguna;
          res.locals.csrf = s.csrf;
          res.locals.LABEL_PERAN = LABEL_PERAN;
          // A page that shows who is signed in, or personal data, is never cached.
          res.set('Cache-Control', 'no-store');
        }
      }
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** The page needs a signed-in user with one of these roles: anonymous GET → the login page, else 401; other roles → 403. */
export function perluPeran(...peran: Peran[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.pengguna) {
      if (req.method === 'GET') {
        _res.redirect(303, `/masuk?ke=${encodeURIComponent(req.originalUrl.slice(0, 500))}`);
        return;
      }
      next(new HttpError(401, 'Anda belum masuk, atau sesi Anda telah berakhir. Masuk ke register terlebih dahulu.'));
      return;
    }
    if (!peran.includes(req.pengguna.peran)) {
      next(
        new HttpError(
          403,
          `Peran Anda (${LABEL_PERAN[req.pengguna.peran]}) tidak berwenang untuk halaman atau tindakan ini. Yang berwenang: ${peran.map((p) => LABEL_PERAN[p]).join(', ')}.`,
        ),
      );
      return;
    }
    next();
  };
}

/** POSTs of a signed-in user must carry their session's token (run after the body is parsed). */
export const periksaCsrf: RequestHandler = (req, _res, next) => {
  const dikirim = (req.body as Record<string, unknown> | undefined)?.[FIELD_CSRF];
  if (!req.sesi || typeof dikirim !== 'string' || !samaWaktuTetap(dikirim, req.sesi.csrf)) {
    next(new HttpError(403, PESAN_CSRF));
    return;
  }
  next();
};

/** A register refusal as the page shows it: bad input 400, unknown 404, wrong state or name taken 409. */
export function galatDaftar(e: unknown): unknown {
  if (!(e instanceof RegisterError)) return e;
  const status = e.kode === 'tidak-ditemukan' ? 404 : e.kode === 'status' || e.kode === 'nama-dipakai' ? 409 : 400;
  return new HttpError(status, e.message);
}
