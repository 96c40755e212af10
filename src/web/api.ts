// JSON API: the same engine as the pages. Input JSON as the command line accepts it; 400 with
// field-level Indonesian messages on bad input.
import { DEFAULT_WEB_LIMITS } from './limits.ts';
import express, { Router } from 'express';
import type { PageDeps } from './pages.ts';
import { idKlaim, validasi } from '../domain/validasi.ts';
import { InputError } from '../domain/galat.ts';
import { bacaMasukan, masalahDariZod } from '../input/parse.ts';
import { HttpError } from './errors.ts';
import { openApi } from './openapi.ts';
import { daftarJf } from './katalog-jf.ts';
import { validasiSchema } from './skema-api.ts';

function badanJson(body: unknown): unknown {
  if (body === undefined) throw new HttpError(415, 'Kirim badan permintaan sebagai JSON dengan Content-Type: application/json.');
  return body;
}

/** Paths inside "masukan" are reported from the request's root, so a client sees exactly where. */
function diDalam(prefix: string, e: InputError): InputError {
  return new InputError(e.masalah.map((m) => ({ field: `${prefix}.${m.field}`, pesan: m.pesan })));
}

const json = express.json({ limit: DEFAULT_WEB_LIMITS.jsonApi });

export function createApiRouter(deps: PageDeps): Router {
  const { aturan } = deps;
  const router = Router();
  // Built from the zod schemas on first request, not at start: start-up is shorter, and most
  // processes are never asked for it.
  let dokumen: ReturnType<typeof openApi> | undefined;
  const dokumenApi = () => (dokumen ??= openApi());

  router.get('/openapi.json', (_req, res) => {
    res.json(dokumenApi());
  });

  router.get('/docs', (_req, res) => {
    res.render('api', { judul: 'API', halaman: 'api', dokumen: dokumenApi() });
  });

  const katalogJf = daftarJf(aturan);
  router.get('/v1/jabatan-fungsional', (_req, res) => {
    res.json({ versiAturan: aturan.versi, jabatanFungsional: katalogJf });
  });

  router.post('/v1/hitung', json, (req, res) => {
    const { masukan, opsi } = bacaMasukan(badanJson(req.body));
    res.json(deps.hitung(aturan, masukan, opsi));
  });

  router.post('/v1/validasi', json, (req, res) => {
    const parsed = validasiSchema.safeParse(badanJson(req.body));
    if (!parsed.success) throw masalahDariZod(parsed.error);
    let hasil;
    try {
      const { masukan, opsi } = bacaMasukan(parsed.data.masukan);
      hasil = deps.hitung(aturan, masukan, opsi);
    } catch (e) {
      throw e instanceof InputError ? diDalam('masukan', e) : e;
    }
    const { konversi = [], jumlahKonversi, kumulatif } = parsed.data.klaim;
    if (konversi.length > hasil.konversi.length) {
      throw new InputError([
        {
          field: 'klaim.konversi',
          pesan: `Ada ${konversi.length} angka konversi, padahal perhitungan hanya memiliki ${hasil.konversi.length} baris konversi.`,
        },
      ]);
    }
    const klaim = [
      ...konversi.flatMap((t, i) => (t === null ? [] : [{ id: `konversi.${i + 1}`, tertulis: t }])),
      ...(jumlahKonversi !== undefined ? [{ id: 'jumlahKonversi', tertulis: jumlahKonversi }] : []),
      ...(kumulatif !== undefined ? [{ id: 'kumulatif', tertulis: kumulatif }] : []),
    ];
    if (klaim.filter((k) => k.tertulis.trim() !== '').length === 0) {
      throw new InputError([{ field: 'klaim', pesan: 'Isi paling sedikit satu angka yang akan diperiksa.' }]);
    }
    const known = new Set(idKlaim(hasil));
    for (const k of klaim)
      if (!known.has(k.id)) throw new InputError([{ field: `klaim.${k.id}`, pesan: 'Angka ini tidak ada pada perhitungan.' }]);
    res.json({ validasi: validasi(aturan, hasil, klaim), hasil });
  });

  return router;
}
