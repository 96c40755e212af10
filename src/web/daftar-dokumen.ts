// Issued documents on the web: issuing a Penetapan Angka Kredit from a result page or a whole batch,
// revoking, replacing, searching, downloading, and the auditor's export. The register (src/daftar)
// assigns the nomor inside its issuing transaction and calls back here to render the PDF with it; the
// input is validated and computed again on the server, never taken from the browser as a result.
import { Router, urlencoded, type Request, type Response } from 'express';
import type { Aturan } from '../domain/aturan.ts';
import { InputError } from '../domain/galat.ts';
import { bacaMasukan } from '../input/parse.ts';
import { canonicalJson, kodeVerifikasi, MAKS_LAMPIRAN_BYTE } from '../pdf/kode.ts';
import { readPdfAttachment } from '../pdf/pdf-attachment.ts';
import { dokumenSchema, TEMBUSAN_BAKU } from '../pdf/schema.ts';
import type { HasilOrang } from '../batch/evaluasi.ts';
import type { Payload } from '../batch/payload.ts';
import { STATUS_DOKUMEN, type Daftar, type DokumenTerbit, type PermintaanTerbit, type SaringanDokumen } from '../daftar/jenis.ts';
import { formatTanggal } from '../domain/format.ts';
import { HttpError } from './errors.ts';
import type { TaskRunner } from './task-runner.ts';
import { DEFAULT_WEB_LIMITS } from './limits.ts';
import { MAKNA_VERIFIKASI, MAKS_PDF_BYTE, type HasilVerifikasi } from '../pdf/verifikasi.ts';
import { createHash } from 'node:crypto';
import { galatDaftar, perluPeran, periksaCsrf, type OpsiCookie } from './daftar-sesi.ts';
import { kirimEkspor, MAKS_EKSPOR } from './daftar-ekspor.ts';
import { teks } from './form.ts';

export interface DaftarDokumenDeps extends OpsiCookie {
  daftar: Daftar;
  aturan: Aturan;
  pelaksana: TaskRunner;
  /** Opens a batch results page's signed rows (src/web/batch.ts): the same key and age limit as the batch. */
  bukaMuatan?: (nilai: unknown) => string;
}

/** Persons issued from one batch in one request: each is a PDF rendered while its nomor is held. */
export const MAKS_TERBIT_BATCH = 500;

export const LABEL_STATUS_DOKUMEN = { berlaku: 'Berlaku', dicabut: 'Dicabut', diganti: 'Diganti' } as const;

/** The sentence /verifikasi and the register pages show for a document's status. */
export function kalimatStatus(d: DokumenTerbit): string {
  if (d.status === 'dicabut')
    return `Nomor ${d.nomor}: terdaftar, dicabut pada ${formatWaktu(d.dicabutPada)} karena ${d.alasanCabut ?? '(tanpa alasan)'}.`;
  if (d.status === 'diganti')
    return `Nomor ${d.nomor}: terdaftar, diganti dengan nomor ${d.digantiDengan?.nomor ?? '(tidak diketahui)'}; dokumen ini tidak berlaku lagi.`;
  return `Nomor ${d.nomor}: terdaftar, berlaku (diterbitkan ${formatWaktu(d.diterbitkanPada)}).`;
}

/** An ISO time as a date in WIB, as the office reads it: "15 Mei 2024". */
export function formatWaktu(iso: string | undefined): string {
  if (!iso) return '(waktu tidak tercatat)';
  const wib = new Date(Date.parse(iso) + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return formatTanggal(wib);
}

const form = urlencoded({ extended: false, limit: '200kb', parameterLimit: 200 });
/** The batch page's form (carried rows up to about 12 MB, one `pilih` per person), as src/web/batch.ts reads it. */
const formBesar = urlencoded({ extended: false, limit: '12mb', parameterLimit: 20_100 });

/** The document fields an operator may give on issuing; nomor and date are the register's. */
const FIELD_TERBIT = ['kop', 'ditetapkanDi', 'pejabatNama', 'pejabatNip', 'kertas', 'tembusan'] as const;

function isiDokumenDari(body: Record<string, unknown>): Record<string, string> {
  const d: Record<string, string> = {};
  for (const f of FIELD_TERBIT) {
    const v = teks(body[f]).slice(0, 2000);
    if (v.trim() || f === 'tembusan') d[f] = v;
  }
  if (!('tembusan' in body)) delete d.tembusan;
  return d;
}

/** The first month and last month of the assessment periods, for the register's period search. */
function periodeDari(masukan: { penilaian: { mulai: string; selesai: string }[] }): { periodeMulai?: string; periodeSelesai?: string } {
  const p = masukan.penilaian;
  if (p.length === 0) return {};
  const mulai = p.map((x) => x.mulai).sort()[0]!;
  const selesai = p
    .map((x) => x.selesai)
    .sort()
    .at(-1)!;
  return { periodeMulai: mulai.slice(0, 7), periodeSelesai: selesai.slice(0, 7) };
}

/** The office-key signature the sheet's attached data carries (our own PDF, read without opening its pages). */
function tandaDari(pdf: Uint8Array): { tanda?: string } {
  const l = readPdfAttachment(pdf, MAKS_LAMPIRAN_BYTE);
  if (!('isi' in l)) return {};
  const t = (JSON.parse(l.isi.toString('utf8')) as { tanda?: unknown }).tanda;
  return typeof t === 'string' ? { tanda: t } : {};
}

interface Siap {
  permintaan: Omit<PermintaanTerbit, 'pdf' | 'oleh'>;
  data: Record<string, unknown>;
}

/**
 * Validates an input for issuing and fixes what the register keys it by. A register document names its
 * civil servant: NIP and name are required here, though the calculator works without them.
 */
function siapkan(data: unknown, versiAturan: string): Siap {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new InputError([{ field: 'masukan', pesan: 'Masukan perhitungan harus berupa objek JSON.' }]);
  const { dokumen: _abaikan, ...tanpaDokumen } = data as Record<string, unknown>;
  const { masukan, identitas, mentah } = bacaMasukan(tanpaDokumen);
  const masalah = [];
  if (!identitas.nip)
    masalah.push({ field: 'identitas.nip', pesan: 'NIP pegawai wajib diisi untuk dokumen yang diterbitkan melalui register.' });
  if (!identitas.nama)
    masalah.push({ field: 'identitas.nama', pesan: 'Nama pegawai wajib diisi untuk dokumen yang diterbitkan melalui register.' });
  if (masalah.length > 0) throw new InputError(masalah);
  return {
    data: tanpaDokumen,
    permintaan: {
      masukanKanonik: canonicalJson(mentah),
      // The code printed on the sheet: what a paper copy is looked up by.
      kodeVerifikasi: kodeVerifikasi(mentah, versiAturan),
      jenis: 'penetapan',
      nip: identitas.nip!,
      nama: identitas.nama!,
      unit: identitas.unitKerja ?? '',
      ...periodeDari(masukan),
    },
  };
}

function jsonDari(teksMasukan: string): unknown {
  if (!teksMasukan.trim())
    throw new InputError([
      { field: 'masukan', pesan: 'Masukan perhitungan tidak ada; hitung terlebih dahulu, lalu terbitkan dari halaman hasil.' },
    ]);
  try {
    return JSON.parse(teksMasukan);
  } catch {
    throw new InputError([{ field: 'masukan', pesan: 'Masukan perhitungan bukan JSON yang sah.' }]);
  }
}

export function createDaftarDokumenRouter(deps: DaftarDokumenDeps): Router {
  const { daftar, pelaksana } = deps;
  const r = Router();
  const operator = perluPeran('operator');
  const pembaca = perluPeran('operator', 'auditor');

  const alamatVerifikasi = (req: Request) => `${deps.alamatPublik ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`}/verifikasi`;

  /** The callback the register runs once it has assigned the nomor: render the Penetapan with it on the pool. */
  const pembuatPdf =
    (data: Record<string, unknown>, isiDokumen: Record<string, string>, alamat: string): PermintaanTerbit['pdf'] =>
    async (nomor, tanggal) => {
      const d = await pelaksana.run<{ pdf: ArrayBuffer; kode: string }>(
        {
          jenis: 'dokumen',
          data: { ...data, dokumen: { ...isiDokumen, nomorPenetapan: nomor, tanggalPenetapan: tanggal } },
          dokumen: 'penetapan',
          alamatVerifikasi: alamat,
        },
        { batasMs: DEFAULT_WEB_LIMITS.waktuMs.dokumen },
      );
      const bytes = new Uint8Array(d.pdf);
      return { bytes, ...tandaDari(bytes) };
    };

  /** Checks the document fields once, before the register holds a nomor for them. */
  const periksaIsiDokumen = (isi: Record<string, string>) => {
    const d = dokumenSchema.safeParse(isi);
    if (!d.success) throw new InputError(d.error.issues.map((i) => ({ field: ['dokumen', ...i.path].join('.'), pesan: i.message })));
  };

  const tampilTerbitkan = async (
    res: Response,
    status: number,
    masukanJson: string,
    isi: Record<string, string>,
    galat: { field: string; pesan: string }[] = [],
  ) => {
    const profil = await daftar.kantor.profil();
    let pegawai: { nama?: string; nip?: string } = {};
    try {
      const { identitas } = bacaMasukan(JSON.parse(masukanJson));
      pegawai = identitas;
    } catch {
      /* shown by the errors */
    }
    res.status(status).render('daftar/terbitkan', {
      judul: 'Terbitkan Penetapan Angka Kredit',
      halaman: 'daftar',
      masukanJson,
      pegawai,
      profil,
      nilai: { kop: profil.namaKantor, tembusan: TEMBUSAN_BAKU.join('\n'), ...isi },
      galat,
    });
  };

  // From the result page: the document fields to confirm (kop, pejabat), then "Terbitkan".
  r.post('/daftar/terbitkan', operator, form, periksaCsrf, async (req, res, next) => {
    try {
      const masukanJson = teks(req.body?.masukan);
      try {
        siapkan(jsonDari(masukanJson), deps.aturan.versi);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        await tampilTerbitkan(res, 400, masukanJson, {}, e.masalah);
        return;
      }
      await tampilTerbitkan(res, 200, masukanJson, {});
    } catch (e) {
      next(e);
    }
  });

  r.post('/daftar/terbitkan/kirim', operator, form, periksaCsrf, async (req, res, next) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const masukanJson = teks(body.masukan);
    const isi = isiDokumenDari(body);
    try {
      let siap: Siap;
      try {
        siap = siapkan(jsonDari(masukanJson), deps.aturan.versi);
        periksaIsiDokumen(isi);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        await tampilTerbitkan(res, 400, masukanJson, isi, e.masalah);
        return;
      }
      let h;
      try {
        h = await daftar.dokumen.terbitkan({
          ...siap.permintaan,
          pdf: pembuatPdf(siap.data, isi, alamatVerifikasi(req)),
          oleh: req.pengguna!.nama,
        });
      } catch (e) {
        // The sheet refused (e.g. a Penetapan the app cannot decide): nothing was issued, no nomor used.
        if (!(e instanceof InputError)) throw e;
        await tampilTerbitkan(res, 400, masukanJson, isi, e.masalah);
        return;
      }
      res.redirect(303, `/daftar/dokumen/${encodeURIComponent(h.dokumen.id)}?${h.baru ? 'terbit' : 'sudah'}=1`);
    } catch (e) {
      next(galatDaftar(e));
    }
  });

  // From a batch results page: a Penetapan for every person without data errors (or the ticked ones),
  // one after another, so that their nomor follow each other.
  r.post('/daftar/terbitkan-batch', operator, formBesar, periksaCsrf, async (req, res, next) => {
    try {
      if (!deps.bukaMuatan) throw new HttpError(404, 'Penerbitan dari batch tidak tersedia pada server ini.');
      const body = (req.body ?? {}) as Record<string, unknown>;
      const muatan = deps.bukaMuatan(body.muatan);
      const pilih = new Set((Array.isArray(body.pilih) ? body.pilih : body.pilih === undefined ? [] : [body.pilih]).map((x) => teks(x)));
      const isi = isiDokumenDari(body);
      periksaIsiDokumen(isi);
      const { orang } = await pelaksana.run<{ muatan: Omit<Payload, 'orang'>; orang: HasilOrang[] }>(
        { jenis: 'muatan-hitung', muatan, maksBaris: 20_000 },
        { batasMs: DEFAULT_WEB_LIMITS.waktuMs.muatan },
      );
      const dipilih = orang.filter((o) => o.masukanJson && (pilih.size === 0 || pilih.has(o.nip)));
      if (dipilih.length === 0)
        throw new HttpError(400, 'Tidak ada pegawai tanpa kesalahan data yang dipilih; tidak ada dokumen yang dapat diterbitkan.');
      if (dipilih.length > MAKS_TERBIT_BATCH)
        throw new HttpError(
          413,
          `Paling banyak ${MAKS_TERBIT_BATCH} dokumen sekali terbit (dipilih ${dipilih.length}). Centang sebagian pegawai pada tabel, lalu terbitkan bertahap.`,
        );
      const alamat = alamatVerifikasi(req);
      const hasil: { nip: string; nama: string; nomor?: string; id?: string; baru?: boolean; galat?: string }[] = [];
      for (const o of dipilih) {
        try {
          const siap = siapkan(JSON.parse(o.masukanJson!), deps.aturan.versi);
          const h = await daftar.dokumen.terbitkan({
            ...siap.permintaan,
            pdf: pembuatPdf(siap.data, isi, alamat),
            oleh: req.pengguna!.nama,
          });
          hasil.push({ nip: o.nip, nama: siap.permintaan.nama, nomor: h.dokumen.nomor, id: h.dokumen.id, baru: h.baru });
        } catch (e) {
          // A person the sheet refuses (e.g. a Penetapan the app cannot decide) is listed, the others go on.
          if (e instanceof InputError) hasil.push({ nip: o.nip, nama: o.nama ?? '', galat: e.masalah.map((m) => m.pesan).join(' ') });
          else throw galatDaftar(e);
        }
      }
      await daftar.audit.catat('terbit-batch', req.pengguna!.nama, {
        jumlah: hasil.length,
        baru: hasil.filter((h) => h.baru).length,
        ditolak: hasil.filter((h) => h.galat).length,
      });
      res.render('daftar/terbit-batch', { judul: 'Penerbitan dari batch', halaman: 'daftar', hasil });
    } catch (e) {
      next(e);
    }
  });

  // ---- Reading: search, one document, its PDF -------------------------------------------------------

  const saringanDari = (q: Record<string, unknown>): { saringan: SaringanDokumen; nilai: Record<string, string> } => {
    const nilai: Record<string, string> = {};
    for (const k of ['nip', 'nama', 'unit', 'nomor', 'tahun', 'periode', 'status', 'halaman']) nilai[k] = teks(q[k]).trim().slice(0, 100);
    const saringan: SaringanDokumen = {};
    if (nilai.nip) saringan.nip = nilai.nip.replace(/\s+/g, '');
    if (nilai.nama) saringan.nama = nilai.nama;
    if (nilai.unit) saringan.unit = nilai.unit;
    if (nilai.nomor) saringan.nomor = nilai.nomor;
    if (nilai.tahun) {
      const t = Number(nilai.tahun);
      if (!/^\d{4}$/.test(nilai.tahun) || t < 1900 || t > 2100)
        throw new HttpError(400, 'Tahun terbit harus empat angka, 1900–2100.', [
          { field: 'tahun', pesan: 'Tahun terbit harus empat angka, 1900–2100.' },
        ]);
      saringan.tahun = t;
    }
    if (nilai.periode) {
      if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(nilai.periode))
        throw new HttpError(400, 'Periode harus tahun (TTTT) atau bulan (TTTT-BB).', [
          { field: 'periode', pesan: 'Periode harus tahun (TTTT) atau bulan (TTTT-BB).' },
        ]);
      saringan.periode = nilai.periode;
    }
    if (nilai.status) {
      if (!(STATUS_DOKUMEN as readonly string[]).includes(nilai.status))
        throw new HttpError(400, 'Status harus berlaku, dicabut, atau diganti.');
      saringan.status = nilai.status as (typeof STATUS_DOKUMEN)[number];
    }
    const hal = Number(nilai.halaman);
    saringan.halaman = Number.isSafeInteger(hal) && hal >= 1 && hal <= 100_000 ? hal : 1;
    saringan.perHalaman = 50;
    return { saringan, nilai };
  };

  r.get('/daftar', async (req, res, next) => {
    try {
      if (req.pengguna?.peran === 'admin') {
        res.redirect(303, '/daftar/pengguna');
        return;
      }
      next();
    } catch (e) {
      next(e);
    }
  });

  r.get('/daftar', pembaca, async (req, res, next) => {
    try {
      const { saringan, nilai } = saringanDari(req.query as Record<string, unknown>);
      const h = await daftar.dokumen.cari(saringan);
      const q = new URLSearchParams(Object.entries(nilai).filter(([k, v]) => v && k !== 'halaman'));
      res.render('daftar/index', {
        judul: 'Register dokumen terbit',
        halaman: 'daftar',
        h,
        nilai,
        kueri: q.toString(),
        jumlahHalaman: Math.max(1, Math.ceil(h.total / h.perHalaman)),
        LABEL_STATUS_DOKUMEN,
        STATUS_DOKUMEN,
        formatWaktu,
        MAKS_EKSPOR,
      });
    } catch (e) {
      next(e);
    }
  });

  const dokumenAtau404 = async (id: string): Promise<DokumenTerbit> => {
    const d = await daftar.dokumen.cariId(id.slice(0, 100));
    if (!d) throw new HttpError(404, 'Dokumen tidak ada dalam register.');
    return d;
  };

  const tampilDokumen = async (
    req: Request,
    res: Response,
    status: number,
    d: DokumenTerbit,
    isi: { galat?: string; pesan?: string } = {},
  ) => {
    res.status(status).render('daftar/dokumen', {
      judul: `Dokumen ${d.nomor}`,
      halaman: 'daftar',
      d,
      kalimat: kalimatStatus(d),
      formatWaktu,
      LABEL_STATUS_DOKUMEN,
      pesan:
        isi.pesan ??
        (req.query.terbit
          ? `Diterbitkan dengan nomor ${d.nomor}.`
          : req.query.sudah
            ? `Masukan yang sama sudah diterbitkan sebelumnya dengan nomor ${d.nomor}; tidak ada nomor baru.`
            : undefined),
      ...(isi.galat && { galat: isi.galat }),
    });
  };

  r.get('/daftar/dokumen/:id', pembaca, async (req, res, next) => {
    try {
      await tampilDokumen(req, res, 200, await dokumenAtau404(String(req.params.id)));
    } catch (e) {
      next(e);
    }
  });

  r.get('/daftar/dokumen/:id/pdf', pembaca, async (req, res, next) => {
    try {
      const d = await dokumenAtau404(String(req.params.id));
      const pdf = await daftar.dokumen.pdf(d.id);
      if (!pdf) throw new HttpError(404, 'Berkas PDF dokumen ini tidak tersimpan.');
      const nama = `penetapan-${d.nomor.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}.pdf`;
      res.set({ 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${nama}"`, 'Cache-Control': 'no-store' });
      res.end(Buffer.from(pdf));
    } catch (e) {
      next(e);
    }
  });

  // Re-verification of one stored PDF, as /verifikasi would check an upload of it, under the rule book
  // in force; the page also says whether the stored bytes still match the hash recorded at issue.
  r.get('/daftar/dokumen/:id/verifikasi', pembaca, async (req, res, next) => {
    try {
      const d = await dokumenAtau404(String(req.params.id));
      const pdf = await daftar.dokumen.pdf(d.id);
      if (!pdf) throw new HttpError(404, 'Berkas PDF dokumen ini tidak tersimpan.');
      const hasil = await pelaksana.run<HasilVerifikasi>(
        { jenis: 'verifikasi', data: new Uint8Array(pdf) },
        { batasMs: DEFAULT_WEB_LIMITS.waktuMs.verifikasi },
      );
      const utuh = createHash('sha256').update(pdf).digest('hex') === d.hashPdf;
      res.render('verifikasi', {
        judul: `Verifikasi ulang ${d.nomor}`,
        halaman: 'daftar',
        maksMb: MAKS_PDF_BYTE / 1024 / 1024,
        versiAturan: deps.aturan.versi,
        kode: hasil.kode ?? '',
        makna: MAKNA_VERIFIKASI,
        hasil: utuh
          ? hasil
          : {
              ...hasil,
              alasan: [
                'Berkas PDF yang tersimpan tidak lagi sesuai dengan SHA-256 yang dicatat saat terbit: berkas di basis data telah diubah.',
                ...hasil.alasan,
              ],
            },
        tandaQr: undefined,
        daftar: { status: d.status, nomor: d.nomor, kalimat: kalimatStatus(d) },
      });
    } catch (e) {
      next(e);
    }
  });

  // ---- Revoking and replacing ----------------------------------------------------------------------

  r.post('/daftar/dokumen/:id/cabut', operator, form, periksaCsrf, async (req, res, next) => {
    try {
      const alasan = teks(req.body?.alasan).trim();
      const d = await dokumenAtau404(String(req.params.id));
      if (alasan.length < 5 || alasan.length > 500) {
        await tampilDokumen(req, res, 400, d, { galat: 'Alasan pencabutan wajib diisi (5–500 karakter).' });
        return;
      }
      const baru = await daftar.dokumen.cabut(d.id, alasan, req.pengguna!.nama);
      await tampilDokumen(req, res, 200, baru, { pesan: `Dokumen nomor ${baru.nomor} dicabut.` });
    } catch (e) {
      next(galatDaftar(e));
    }
  });

  const tampilGanti = (
    res: Response,
    status: number,
    d: DokumenTerbit,
    nilai: Record<string, string>,
    galat: { field: string; pesan: string }[] = [],
  ) => {
    res.status(status).render('daftar/ganti', { judul: `Ganti dokumen ${d.nomor}`, halaman: 'daftar', d, nilai, galat });
  };

  r.get('/daftar/dokumen/:id/ganti', operator, async (req, res, next) => {
    try {
      const d = await dokumenAtau404(String(req.params.id));
      if (d.status !== 'berlaku')
        throw new HttpError(409, `Dokumen nomor ${d.nomor} sudah ${d.status}; hanya dokumen yang berlaku dapat diganti.`);
      const profil = await daftar.kantor.profil();
      tampilGanti(res, 200, d, {
        masukan: JSON.stringify(JSON.parse(d.masukanKanonik), null, 2),
        kop: profil.namaKantor,
        tembusan: TEMBUSAN_BAKU.join('\n'),
      });
    } catch (e) {
      next(e);
    }
  });

  r.post('/daftar/dokumen/:id/ganti', operator, form, periksaCsrf, async (req, res, next) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const nilai: Record<string, string> = { masukan: teks(body.masukan), alasan: teks(body.alasan), ...isiDokumenDari(body) };
    try {
      const d = await dokumenAtau404(String(req.params.id));
      const alasan = nilai.alasan!.trim();
      let siap: Siap;
      const isi = isiDokumenDari(body);
      try {
        siap = siapkan(jsonDari(nilai.masukan!), deps.aturan.versi);
        periksaIsiDokumen(isi);
        if (alasan.length < 5 || alasan.length > 500)
          throw new InputError([{ field: 'alasan', pesan: 'Alasan penggantian wajib diisi (5–500 karakter).' }]);
        if (siap.permintaan.masukanKanonik === d.masukanKanonik)
          throw new InputError([
            { field: 'masukan', pesan: 'Masukan pengganti sama dengan masukan dokumen lama; ubah data yang salah terlebih dahulu.' },
          ]);
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        tampilGanti(res, 400, d, nilai, e.masalah);
        return;
      }
      const h = await daftar.dokumen.ganti(d.id, {
        ...siap.permintaan,
        alasan,
        pdf: pembuatPdf(siap.data, isi, alamatVerifikasi(req)),
        oleh: req.pengguna!.nama,
      });
      res.redirect(303, `/daftar/dokumen/${encodeURIComponent(h.dokumen.id)}?terbit=1`);
    } catch (e) {
      next(galatDaftar(e));
    }
  });

  // ---- The auditor's export -----------------------------------------------------------------------

  r.get('/daftar/ekspor.zip', pembaca, async (req, res, next) => {
    try {
      const { saringan } = saringanDari(req.query as Record<string, unknown>);
      await kirimEkspor(req, res, { daftar, pelaksana, saringan, oleh: req.pengguna!.nama });
    } catch (e) {
      if (res.headersSent) {
        res.destroy(e instanceof Error ? e : undefined);
        return;
      }
      next(e);
    }
  });

  return r;
}
