// The register's web pages (issue 17): login and logout, the administrator's users and office profile,
// and, from ./daftar-dokumen.ts, issuing, revoking, replacing, searching and exporting documents.
// Every page here needs a role; every POST needs its session's CSRF token; every change is written to
// the register's audit log. Personal data (names, NIPs) never goes to the process log.
import { Router, urlencoded, type NextFunction, type Request, type Response } from 'express';
import { PERAN, type Daftar, type Peran } from '../daftar/jenis.ts';
import { HttpError } from './errors.ts';
import { batasMasuk, type BatasMasuk } from './daftar-batas.ts';
import {
  bacaCookie,
  COOKIE_CSRF_MASUK,
  COOKIE_SESI,
  FIELD_CSRF,
  galatDaftar,
  idAcak,
  LABEL_PERAN,
  pasangCookie,
  PESAN_CSRF,
  perluPeran,
  periksaCsrf,
  samaWaktuTetap,
  UMUR_SESI_MS,
  type OpsiCookie,
} from './daftar-sesi.ts';
import { createDaftarDokumenRouter, type DaftarDokumenDeps } from './daftar-dokumen.ts';
import { teks } from './form.ts';

export interface DaftarWebDeps extends Omit<DaftarDokumenDeps, 'daftar'>, OpsiCookie {
  daftar: Daftar;
  /** Failed-login counting; replaceable so a test can move its clock. */
  batas?: BatasMasuk;
}

const form = urlencoded({ extended: false, limit: '20kb', parameterLimit: 50 });

/** Only a path on this site (not //host, not a scheme) may be the page to return to after login. */
function tujuanAman(ke: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(ke) && ke.length <= 500 ? ke : '/daftar';
}

/** What the audit log may hold of an attempted login name: the name when it looks like one, never a typed password. */
function namaUntukAudit(nama: string): string {
  return /^[a-z0-9._-]{3,32}$/.test(nama) ? nama : '(nama tidak sah)';
}

/**
 * Failures one address may have in 15 minutes (a name may have 5): behind a reverse proxy, without a
 * trusted X-Forwarded-For, every user of the office comes from the proxy's address.
 */
export const GAGAL_PER_IP = 20;

const menit = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

export function createDaftarRouter(deps: DaftarWebDeps): Router {
  const { daftar } = deps;
  const batas = deps.batas ?? batasMasuk();
  const r = Router();

  const tampilMasuk = (req: Request, res: Response, status: number, isi: { galat?: string; nama?: string; ke?: string } = {}) => {
    // A fresh double-submit token for the login form: the cookie and the hidden field must match.
    const csrfMasuk = idAcak();
    pasangCookie(res, req, deps, COOKIE_CSRF_MASUK, csrfMasuk, 60 * 60);
    res.set('Cache-Control', 'no-store');
    res.status(status).render('daftar/masuk', {
      judul: 'Masuk ke register',
      halaman: 'daftar',
      csrfMasuk,
      ke: isi.ke ?? '/daftar',
      ...(isi.galat && { galat: isi.galat }),
      ...(isi.nama && { nama: isi.nama }),
    });
  };

  r.get('/masuk', (req, res) => {
    const ke = tujuanAman(teks(req.query.ke));
    if (req.pengguna) {
      res.redirect(303, ke);
      return;
    }
    tampilMasuk(req, res, 200, { ke });
  });

  r.post('/masuk', form, async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const cookie = bacaCookie(req)[COOKIE_CSRF_MASUK];
      const dikirim = teks(body[FIELD_CSRF]);
      if (!cookie || !dikirim || !samaWaktuTetap(cookie, dikirim)) throw new HttpError(403, PESAN_CSRF);
      const nama = teks(body.nama).trim().slice(0, 100);
      const sandi = teks(body.sandi).slice(0, 200);
      const ke = tujuanAman(teks(body.ke));
      const namaKunci = `nama:${nama.toLowerCase()}`;
      const kunci = [namaKunci, { kunci: `ip:${req.ip ?? req.socket.remoteAddress ?? ''}`, maks: GAGAL_PER_IP }];
      const tunggu = batas.tunggu(kunci);
      if (tunggu > 0) {
        res.set('Retry-After', String(Math.ceil(tunggu / 1000)));
        tampilMasuk(req, res, 429, {
          nama,
          ke,
          galat: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${menit(tunggu)} menit, atau minta administrator memeriksa akun Anda.`,
        });
        return;
      }
      if (!nama || !sandi) {
        tampilMasuk(req, res, 400, { nama, ke, galat: 'Isi nama pengguna dan kata sandi.' });
        return;
      }
      // The register does the same work for an unknown name as for a wrong password.
      const p = await daftar.pengguna.periksaSandi(nama, sandi);
      if (!p) {
        batas.gagal(kunci);
        await daftar.audit.catat('masuk-gagal', namaUntukAudit(nama));
        tampilMasuk(req, res, 401, { nama, ke, galat: 'Nama pengguna atau kata sandi salah, atau akun tidak aktif.' });
        return;
      }
      batas.berhasil([namaKunci]);
      const s = await daftar.sesi.buat(p.id, UMUR_SESI_MS);
      pasangCookie(res, req, deps, COOKIE_SESI, s.id);
      pasangCookie(res, req, deps, COOKIE_CSRF_MASUK, '', 0);
      await daftar.audit.catat('masuk', p.nama);
      // Expired sessions are forgotten now and then: at each login is often enough.
      await daftar.sesi.hapusKedaluwarsa();
      res.redirect(303, p.peran === 'admin' && ke === '/daftar' ? '/daftar/pengguna' : ke);
    } catch (e) {
      next(e);
    }
  });

  r.post('/keluar', form, periksaCsrf, async (req, res, next) => {
    try {
      await daftar.sesi.hapus(req.sesi!.id);
      await daftar.audit.catat('keluar', req.pengguna!.nama);
      pasangCookie(res, req, deps, COOKIE_SESI, '', 0);
      res.redirect(303, '/');
    } catch (e) {
      next(e);
    }
  });

  // ---- Administrator: users and the office profile --------------------------------------------------

  const admin = perluPeran('admin');
  const tampilPengguna = async (res: Response, status: number, pesan?: { galat?: string; info?: string }) => {
    res.status(status).render('daftar/pengguna', {
      judul: 'Pengguna register',
      halaman: 'daftar',
      daftarPengguna: await daftar.pengguna.semua(),
      PERAN,
      LABEL_PERAN,
      ...pesan,
    });
  };

  r.get('/daftar/pengguna', admin, async (_req, res, next) => {
    try {
      await tampilPengguna(res, 200);
    } catch (e) {
      next(e);
    }
  });

  const peranDari = (v: unknown): Peran => {
    const p = teks(v);
    if (!(PERAN as readonly string[]).includes(p))
      throw new HttpError(400, `Peran harus salah satu dari: ${PERAN.map((x) => LABEL_PERAN[x]).join(', ')}.`);
    return p as Peran;
  };

  /** Runs a user change; a refusal the administrator can fix is shown on the users page. */
  const ubahPengguna = (aksi: (req: Request) => Promise<string>) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      const info = await aksi(req);
      await tampilPengguna(res, 200, { info });
    } catch (e) {
      const g = galatDaftar(e);
      if (g instanceof HttpError && g.status < 500) {
        try {
          await tampilPengguna(res, g.status, { galat: g.message });
        } catch (e2) {
          next(e2);
        }
        return;
      }
      next(g);
    }
  };

  r.post(
    '/daftar/pengguna',
    admin,
    form,
    periksaCsrf,
    ubahPengguna(async (req) => {
      const body = req.body as Record<string, unknown>;
      const sandi = teks(body.sandi);
      if (sandi !== teks(body.sandiUlang)) throw new HttpError(400, 'Kata sandi dan ulangannya tidak sama.');
      const p = await daftar.pengguna.tambah({ nama: teks(body.nama).trim(), peran: peranDari(body.peran), sandi }, req.pengguna!.nama);
      return `Pengguna ${p.nama} (${LABEL_PERAN[p.peran]}) ditambahkan.`;
    }),
  );

  r.post(
    '/daftar/pengguna/:nama/:aksi',
    admin,
    form,
    periksaCsrf,
    ubahPengguna(async (req) => {
      const nama = String(req.params.nama).slice(0, 100);
      const oleh = req.pengguna!.nama;
      const aksi = String(req.params.aksi);
      if (nama === oleh && aksi !== 'sandi')
        throw new HttpError(409, 'Anda tidak dapat mengubah peran atau menonaktifkan akun Anda sendiri; minta administrator lain.');
      const body = req.body as Record<string, unknown>;
      if (aksi === 'peran') {
        const p = await daftar.pengguna.ubahPeran(nama, peranDari(body.peran), oleh);
        return `Peran ${p.nama} kini ${LABEL_PERAN[p.peran]}.`;
      }
      if (aksi === 'nonaktifkan') {
        await daftar.pengguna.nonaktifkan(nama, oleh);
        return `Akun ${nama} dinonaktifkan; sesinya diakhiri.`;
      }
      if (aksi === 'aktifkan') {
        await daftar.pengguna.aktifkan(nama, oleh);
        return `Akun ${nama} diaktifkan kembali.`;
      }
      if (aksi === 'sandi') {
        const sandi = teks(body.sandi);
        if (sandi !== teks(body.sandiUlang)) throw new HttpError(400, 'Kata sandi dan ulangannya tidak sama.');
        await daftar.pengguna.gantiSandi(nama, sandi, oleh);
        return `Kata sandi ${nama} diganti.`;
      }
      throw new HttpError(404, `Tindakan "${aksi.slice(0, 40)}" tidak ada.`);
    }),
  );

  const tampilKantor = async (res: Response, status: number, isi: { galat?: string; info?: string; nilai?: object } = {}) => {
    res.status(status).render('daftar/kantor', {
      judul: 'Profil kantor',
      halaman: 'daftar',
      profil: isi.nilai ?? (await daftar.kantor.profil()),
      ...(isi.galat && { galat: isi.galat }),
      ...(isi.info && { info: isi.info }),
    });
  };

  r.get('/daftar/kantor', admin, async (_req, res, next) => {
    try {
      await tampilKantor(res, 200);
    } catch (e) {
      next(e);
    }
  });

  r.post('/daftar/kantor', admin, form, periksaCsrf, async (req, res, next) => {
    const body = req.body as Record<string, unknown>;
    const nilai = { namaKantor: teks(body.namaKantor).trim().slice(0, 200), polaNomor: teks(body.polaNomor).trim().slice(0, 200) };
    try {
      await daftar.kantor.simpanProfil(nilai, req.pengguna!.nama);
      await tampilKantor(res, 200, { info: 'Profil kantor disimpan. Nomor berikutnya mengikuti pola ini.' });
    } catch (e) {
      const g = galatDaftar(e);
      if (g instanceof HttpError && g.status < 500) {
        try {
          await tampilKantor(res, g.status, { galat: g.message, nilai });
        } catch (e2) {
          next(e2);
        }
        return;
      }
      next(g);
    }
  });

  // The audit log: administrators and auditors read it and check its chain.
  r.get('/daftar/audit', perluPeran('admin', 'auditor'), async (req, res, next) => {
    try {
      const sebelum = Number(teks(req.query.sebelum)) || undefined;
      const baris = await daftar.audit.baca({ batas: 100, ...(sebelum && { sebelum }) });
      const periksa = teks(req.query.periksa) ? await daftar.audit.periksa() : undefined;
      res.render('daftar/audit', { judul: 'Catatan audit', halaman: 'daftar', baris, periksa });
    } catch (e) {
      next(e);
    }
  });

  r.use(createDaftarDokumenRouter({ ...deps, daftar }));
  return r;
}
