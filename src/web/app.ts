// The app factory: everything the web needs, given its dependencies; no listen, no process.
import type { WebLimits } from './limits.ts';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Aturan } from '../domain/aturan.ts';
import { hitung as hitungEngine } from '../domain/hitung.ts';
import { createApiRouter } from './api.ts';
import { createBatchRouter, periksaMuatan, UMUR_MUATAN_MS } from './batch.ts';
import { createDokumenRouter, kunciPublikDari } from './dokumen.ts';
import type { Daftar } from '../daftar/jenis.ts';
import { rapikanKode } from '../pdf/kode.ts';
import { createDaftarRouter } from './daftar.ts';
import { kalimatStatus } from './daftar-dokumen.ts';
import { bacaSesi } from './daftar-sesi.ts';
import type { BatasMasuk } from './daftar-batas.ts';
import type { BahanTanda } from '../tanda/bahan.ts';
import { errorHandler, notFound, type Logger } from './errors.ts';
import { createPageRouter, type PageDeps } from './pages.ts';
import { LABEL_STATUS } from './buku-aturan.ts';
import { idField } from './tampilan.ts';
import { createTaskRunner, type TaskRunner } from './task-runner.ts';
import { todayInJakarta } from '../hari-ini.ts';
import { ROOT } from '../paths.ts';

export interface AppDeps {
  aturan: Aturan;
  /** The engine; replaceable so a test can prove that a failure becomes a generic 500. */
  hitung?: PageDeps['hitung'];
  /** Today's date (YYYY-MM-DD), the form's default calculation date. */
  hariIni?: () => string;
  log?: Logger;
  /** Extra routers mounted before the 404 handler (e.g. the PDF documents). */
  tambahan?: RequestHandler[];
  /** Runs upload-sized work off the request thread; by default a worker pool the app starts on first need. */
  pelaksana?: TaskRunner;
  /** Folder of the rule book the workers load (ATURAN_DIR); the repository's own by default. */
  dirAturan?: string;
  /** The office's catalog file (KATALOG_JF) the workers merge, so they load the same rule-book version. */
  katalogJf?: string;
  /** Key that signs the batch's carried rows; random per process by default. */
  kunciBatch?: Buffer;
  /** Worker threads of the default pool; one per core by default. */
  pekerja?: number;
  /** The office key, trusted list and certificate (src/tanda/bahan.ts): without it documents are unsigned. */
  bahanTanda?: BahanTanda;
  /** Public address printed in the PDFs' QR codes (ALAMAT_PUBLIK); by default the request's own. */
  alamatPublik?: string;
  /** The web's limits (src/web/limits.ts), with the office's changes from the configuration. */
  limits?: WebLimits;
  /**
   * The register of issued documents (src/daftar, issue 17): logins, issuing, revoking, the auditor's
   * view. Without it the app is the anonymous calculator it always was. The app closes it on `close`.
   */
  daftar?: Daftar;
  /** Failed-login counting of the register's login page; replaceable in tests. */
  batasMasuk?: BatasMasuk;
}

/** The app and what it owns: `close` stops its worker threads (the server calls it on SIGTERM). */
export type App = Express & { close(): Promise<void> };

const defaultLog: Logger = (pesan, galat) => {
  process.stderr.write(`${new Date().toISOString()} ${pesan}\n${galat instanceof Error ? galat.stack : String(galat ?? '')}\n`);
};

export function createApp(deps: AppDeps): App {
  const { aturan } = deps;
  const d: PageDeps = { aturan, hitung: deps.hitung ?? hitungEngine, hariIni: deps.hariIni ?? todayInJakarta };
  const pelaksana =
    deps.pelaksana ??
    createTaskRunner({
      versiAturan: aturan.versi,
      ...(deps.dirAturan && { dirAturan: deps.dirAturan }),
      ...(deps.katalogJf && { katalogJf: deps.katalogJf }),
      ...(deps.pekerja && { pekerja: deps.pekerja }),
      ...(deps.bahanTanda && { bahanTanda: deps.bahanTanda }),
    });
  const { daftar } = deps;
  const app = Object.assign(express(), {
    close: async () => {
      await pelaksana.close();
      await daftar?.tutup();
    },
  });
  // The batch's carried rows are opened by the batch and by the register's issuing from a batch: one key.
  const kunciBatch = deps.kunciBatch ?? randomBytes(32);

  app.set('views', resolve(ROOT, 'views'));
  app.set('view engine', 'ejs');
  // Templates are read and compiled once, whatever NODE_ENV says (Express caches them only in
  // production): compiling on every request made GET / about four times slower. They change only with
  // a restart; `npm run dev` restarts on a change to views/ as well.
  app.set('view cache', true);
  // No body hash on every answer: nearly all are answers to POSTs, which no cache revalidates (a SHA-1
  // of the 56 kB hitung answer per request). Static files and the cached form set their own ETags.
  app.set('etag', false);
  app.set('x-powered-by', false);
  app.locals.versiAturan = aturan.versi;
  // Helpers every template may use (labels only; templates compute nothing).
  app.locals.LABEL_STATUS = LABEL_STATUS;
  app.locals.idField = idField;

  // Everything is served by the app itself: no inline script, no style attribute, no third-party host.
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
        },
      },
      strictTransportSecurity: false,
    }),
  );

  // HTML, CSS, JS and JSON go out compressed (brotli or gzip, as the client accepts); PDFs, ZIPs and
  // XLSX are compressed already and their types are not compressible, so they pass as they are.
  app.use(compression());
  // For a container's HEALTHCHECK or a load balancer: the process answers and has its rule book. Never
  // cached; during a graceful close the listener is closed, so the check fails and traffic moves away.
  app.get('/sehat', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'sehat', versiAturan: aturan.versi });
  });
  app.use('/static', express.static(resolve(ROOT, 'public'), { index: false, maxAge: '1h', fallthrough: true }));
  // Who is signed in (only requests carrying the register's cookie cost a lookup); the pages below
  // show the register's buttons to operators only.
  if (daftar) app.use(bacaSesi(daftar));
  // Body parsers sit on each route (src/web/pages.ts, api.ts), so the document routes can set their own limits.
  app.use(createPageRouter(d));
  app.use('/api', createApiRouter(d));
  const alamat = deps.alamatPublik ? { alamatPublik: deps.alamatPublik } : {};
  app.use(
    createDokumenRouter({
      aturan,
      pelaksana,
      kunciPublik: kunciPublikDari(deps.bahanTanda),
      ...alamat,
      ...(daftar && {
        // A file is found by its bytes; a code (paper sheet, QR) by the newest document issued with it.
        statusDaftar: async ({ sha256, kode }) => {
          const dok =
            (sha256 && (await daftar.dokumen.cariHash(sha256))) ||
            (kode && (await daftar.dokumen.cariKode(rapikanKode(kode) ?? kode))) ||
            undefined;
          return dok ? { status: dok.status, nomor: dok.nomor, kalimat: kalimatStatus(dok) } : undefined;
        },
      }),
    }),
  );
  app.use(
    createBatchRouter({
      aturan,
      pelaksana,
      hariIni: d.hariIni,
      ...alamat,
      ...(deps.limits && { maksByte: deps.limits.unggahBatch, maksBaris: deps.limits.barisBatch }),
      kunciMuatan: kunciBatch,
    }),
  );
  if (daftar)
    app.use(
      createDaftarRouter({
        daftar,
        aturan,
        pelaksana,
        ...alamat,
        ...(deps.batasMasuk && { batas: deps.batasMasuk }),
        bukaMuatan: (nilai) => periksaMuatan(kunciBatch, UMUR_MUATAN_MS, nilai, Date.now()),
      }),
    );
  for (const r of deps.tambahan ?? []) app.use(r);

  app.use(notFound);
  app.use(errorHandler(deps.log ?? defaultLog));
  return app;
}
