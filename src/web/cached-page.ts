// A page that is the same for every anonymous visitor until its key changes (the empty form: the same all day),
// rendered and compressed once per key instead of on every request. Sent with an ETag, so a browser
// that has it gets a 304. Brotli at its best quality takes a good part of a second for this page, so it
// runs in the background: until it is ready, a client that accepts gzip gets gzip (made on first need);
// one that accepts brotli and not gzip waits for it.
import { createHash } from 'node:crypto';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

interface Sajian {
  kunci: string;
  etag: string;
  polos: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  brNanti: Promise<Buffer | undefined>;
}

export function cachedPage(
  nama: string,
  data: () => Record<string, unknown>,
): (req: Request, res: Response, kunci: string) => Promise<void> {
  let simpan: Promise<Sajian> | undefined;
  let kunciSimpan = '';
  const buat = (res: Response, kunci: string) =>
    new Promise<Sajian>((ok, no) => {
      res.app.render(nama, data(), (err, html) => {
        if (err) {
          no(err);
          return;
        }
        const polos = Buffer.from(html);
        // On libuv's thread pool; a failure only means no brotli for this key.
        const brNanti = new Promise<Buffer | undefined>((r) => {
          brotliCompress(polos, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }, (e, br) => r(e ? undefined : br));
        });
        const sajian: Sajian = { kunci, polos, etag: `"${createHash('sha256').update(polos).digest('base64url').slice(0, 27)}"`, brNanti };
        void brNanti.then((br) => {
          sajian.br = br;
        });
        ok(sajian);
      });
    });
  return async (req, res, kunci) => {
    // A signed-in visitor's page carries their name and session token (views/partials/header.ejs): it is
    // rendered for them alone and never cached, here or by the browser.
    if (res.locals.pengguna) {
      res.set('Cache-Control', 'private, no-store');
      res.render(nama, data());
      return;
    }
    if (!simpan || kunciSimpan !== kunci) {
      kunciSimpan = kunci;
      simpan = buat(res, kunci);
      simpan.catch(() => {
        simpan = undefined;
      });
    }
    const s = await simpan;
    res.set({ 'Content-Type': 'text/html; charset=utf-8', ETag: s.etag, Vary: 'Accept-Encoding', 'Cache-Control': 'no-cache' });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    let enc = req.acceptsEncodings('br', 'gzip', 'identity');
    if (enc === 'br' && !s.br) {
      if (req.acceptsEncodings('gzip') === 'gzip') enc = 'gzip';
      else if (!(await s.brNanti)) enc = req.acceptsEncodings('identity');
    }
    const isi = enc === 'br' ? s.br! : enc === 'gzip' ? (s.gzip ??= gzipSync(s.polos, { level: 9 })) : s.polos;
    // A Content-Encoding already set tells the compression middleware to leave the body alone.
    if (enc === 'br' || enc === 'gzip') res.set('Content-Encoding', enc);
    res.set('Content-Length', String(isi.length)).end(isi);
  };
}
