// HTML pages: the calculator form, the result, saving and reopening inputs, checking figures, the rule book.
// Routes are thin: read the form, call the engine, render. Nothing is stored on the server.
import { DEFAULT_WEB_LIMITS, formatSize } from './limits.ts';
import express, { Router, type Request, type Response } from 'express';
import multer from 'multer';
import { cachedPage } from './cached-page.ts';
import { halamanHasil } from './halaman-hasil.ts';
import type { Aturan } from '../domain/aturan.ts';
import type { Hasil } from '../domain/hasil.ts';
import type { Masukan, Opsi } from '../domain/masukan.ts';
import { InputError } from '../domain/galat.ts';
import { daftarKlaim, idKlaim, uraianAturanValidasi, validasi, type Klaim } from '../domain/validasi.ts';
import { bacaMasukan } from '../input/parse.ts';
import { klaimDalamBatas, pesanBatasAngka } from '../input/batas.ts';
import { ruleBookPage } from './buku-aturan.ts';
import { namaBerkas } from './nama-berkas.ts';
import { acaraProyeksi, kalenderIcs } from './kalender.ts';
import { KLAIM_JUMLAH, klaimDariForm, putusanKlaim, type PutusanKlaim } from './klaim.ts';
import {
  denganBarisKosong,
  formKosong,
  formProblems,
  masukanDariNilai,
  nilaiDariForm,
  nilaiDariJson,
  type FormNilai,
  type FormProblems,
  type MasukanDariForm,
  teks,
} from './form.ts';
import { withUpload, HttpError } from './errors.ts';
import { bagianTerbuka, labelField, pilihanForm } from './tampilan.ts';

export interface PageDeps {
  aturan: Aturan;
  hitung: (aturan: Aturan, masukan: Masukan, opsi?: Opsi) => Hasil;
  hariIni: () => string;
}

const form = express.urlencoded({ extended: false, limit: DEFAULT_WEB_LIMITS.form, parameterLimit: DEFAULT_WEB_LIMITS.formIsian });

/** Uploads: one JSON file, kept in memory. */
const unggah = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: DEFAULT_WEB_LIMITS.unggahMasukan, files: 1, fields: 2000, fieldSize: DEFAULT_WEB_LIMITS.form },
});

function parseJson(text: string, field: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, `${label} bukan JSON yang sah.`, [
      { field, pesan: `${label} bukan JSON yang sah. Unggah berkas yang disimpan dari aplikasi ini (tombol "Simpan masukan").` },
    ]);
  }
}

export function createPageRouter(deps: PageDeps): Router {
  const { aturan } = deps;
  const pilihan = pilihanForm(aturan);
  const router = Router();

  const tampilForm = (
    res: Response,
    status: number,
    nilai: FormNilai,
    galat: FormProblems = { perField: {}, semua: [] },
    pemberitahuan?: string,
  ) => {
    res.status(status).render('formulir', {
      judul: 'Hitung angka kredit',
      halaman: 'hitung',
      nilai,
      pilihan,
      pemberitahuan,
      galat,
      terbuka: bagianTerbuka(nilai, galat),
    });
  };

  /** Validates and computes; on bad input re-shows the form with each message beside its field. */
  const hitungAtauForm = (res: Response, nilai: FormNilai, pemberitahuan?: string): { hasil: Hasil; m: MasukanDariForm } | undefined => {
    const m = masukanDariNilai(nilai);
    try {
      const { masukan, opsi } = bacaMasukan(m.json);
      return { hasil: deps.hitung(aturan, masukan, opsi), m };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      tampilForm(res, 400, denganBarisKosong(nilai), formProblems(e.masalah, m.baris, labelField), pemberitahuan);
      return undefined;
    }
  };

  const tampilHasil = (res: Response, hasil: Hasil, m: MasukanDariForm) => {
    const { identitas } = bacaMasukan(m.json);
    res.render('hasil', halamanHasil(aturan, hasil, identitas, JSON.stringify(m.json)));
  };

  // The empty form changes only with the date it offers as "today".
  const formKosongHariIni = cachedPage('formulir', () => {
    const nilai = formKosong(deps.hariIni(), pilihan.jfBawaan);
    const galat: FormProblems = { perField: {}, semua: [] };
    return { judul: 'Hitung angka kredit', halaman: 'hitung', nilai, pilihan, galat, terbuka: bagianTerbuka(nilai, galat) };
  });
  router.get('/', (req, res) => formKosongHariIni(req, res, deps.hariIni()));

  router.post('/hitung', form, (req, res) => {
    const nilai = nilaiDariForm(req.body ?? {});
    const r = hitungAtauForm(res, nilai);
    if (r) tampilHasil(res, r.hasil, r.m);
  });

  // "Ubah masukan" on the result page: the inputs come back in a hidden field and refill the form.
  router.post('/isi', form, (req, res) => {
    const data = parseJson(teks(req.body?.masukan), 'masukan', 'Masukan');
    tampilForm(res, 200, nilaiDariJson(data, deps.hariIni(), pilihan.jfBawaan));
  });

  // Reopen a saved file: refill the form; problems in the file are shown beside the fields.
  router.post('/buka', withUpload(unggah.single('berkas'), formatSize(DEFAULT_WEB_LIMITS.unggahMasukan)), (req, res) => {
    if (!req.file) {
      tampilForm(
        res,
        400,
        formKosong(deps.hariIni(), pilihan.jfBawaan),
        formProblems([{ field: 'berkas', pesan: 'Pilih berkas masukan (.json) yang akan dibuka.' }], undefined, labelField),
      );
      return;
    }
    let data: unknown;
    try {
      data = JSON.parse(req.file.buffer.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      tampilForm(
        res,
        400,
        formKosong(deps.hariIni(), pilihan.jfBawaan),
        formProblems(
          [
            {
              field: 'berkas',
              pesan: `Berkas "${req.file.originalname}" bukan JSON yang sah. Unggah berkas yang disimpan dengan tombol "Simpan masukan".`,
            },
          ],
          undefined,
          labelField,
        ),
      );
      return;
    }
    const nilai = nilaiDariJson(data, deps.hariIni(), pilihan.jfBawaan);
    const m = masukanDariNilai(nilai);
    try {
      bacaMasukan(m.json);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      tampilForm(
        res,
        400,
        nilai,
        formProblems(e.masalah, m.baris, labelField),
        `Berkas "${req.file.originalname}" dibuka, tetapi ada isian yang perlu diperbaiki.`,
      );
      return;
    }
    tampilForm(res, 200, nilai, undefined, `Berkas "${req.file.originalname}" dibuka. Periksa isian, lalu tekan "Hitung angka kredit".`);
  });

  // "Simpan masukan": the same JSON the command line accepts, as a download. Nothing is kept here.
  router.post('/masukan.json', form, (req, res) => {
    const data = parseJson(teks(req.body?.masukan), 'masukan', 'Masukan');
    bacaMasukan(data);
    const d = data as { tanggalPerhitungan?: unknown; identitas?: { nama?: unknown; nip?: unknown } };
    const tanggal = typeof d.tanggalPerhitungan === 'string' ? d.tanggalPerhitungan : deps.hariIni();
    res.attachment(namaBerkas('masukan-angka-kredit', d.identitas, tanggal, 'json'));
    res.type('application/json').send(`${JSON.stringify(data, null, 2)}\n`);
  });

  // The projected TMT dates as a calendar file. The inputs come back from the result page and are
  // validated and computed again here: nothing the browser sends is trusted as a result.
  router.post('/kalender.ics', form, (req, res) => {
    const data = parseJson(teks(req.body?.masukan), 'masukan', 'Masukan');
    const { masukan, opsi, identitas } = bacaMasukan(data);
    const hasil = deps.hitung(aturan, masukan, opsi);
    if (!hasil.proyeksi || hasil.proyeksi.langkah.length === 0) {
      throw new HttpError(400, 'Tidak ada perkiraan TMT untuk dimasukkan ke kalender: proyeksi tidak menemukan kenaikan berikutnya.');
    }
    const ics = kalenderIcs(acaraProyeksi(hasil.proyeksi, identitas.nama), deps.hariIni(), JSON.stringify(data));
    res.attachment(namaBerkas('perkiraan-tmt', identitas, masukan.tanggalPerhitungan, 'ics'));
    res.type('text/calendar; charset=utf-8').send(ics);
  });

  /** What the typed-figures form shows again: the values, and after a check each figure's verdict by field. */
  interface Ketik {
    nilai: Record<string, string>;
    putusan?: Record<string, PutusanKlaim & { field: string }>;
    daftar?: (PutusanKlaim & { field: string })[];
    ringkasan?: string;
    hasil?: ReturnType<typeof validasi>;
    kosong?: boolean;
    kumulatif?: string;
  }
  const tampilValidasi = (
    res: Response,
    status: number,
    isi: {
      hasil?: Hasil;
      masukanJson?: string;
      nilaiKlaim?: Record<string, string>;
      hasilKlaim?: ReturnType<typeof validasi>;
      galat?: FormProblems;
      nilai?: FormNilai;
      ketik?: Ketik;
    },
  ) => {
    res.status(status).render('validasi', {
      judul: 'Periksa angka pada dokumen',
      halaman: 'validasi',
      hasil: isi.hasil,
      masukanJson: isi.masukanJson,
      klaim: {
        baris: isi.hasil ? daftarKlaim(isi.hasil) : [],
        nilai: isi.nilaiKlaim ?? {},
        hasil: isi.hasilKlaim,
        putusan: isi.hasilKlaim ? putusanKlaim(isi.hasilKlaim) : undefined,
      },
      galat: isi.galat ?? { perField: {}, semua: [] },
      sumberValidasi: aturan.pembulatan.validasi.sumber,
      pilihan,
      jumlah: KLAIM_JUMLAH,
      nilai: isi.nilai ?? formKosong(deps.hariIni(), pilihan.jfBawaan),
      ketik: isi.ketik ?? { nilai: {} },
    });
  };

  router.get('/validasi', (_req, res) => tampilValidasi(res, 200, {}));

  // Figures typed from a colleague's paper or PDF form: the person's data as on the calculator, and
  // beside each period and for the totals the figure the document shows. Recomputed exactly, then each
  // figure is checked as a claim. Bad data is shown beside its field, as on the calculator.
  router.post('/validasi/ketik', form, (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const nilai = nilaiDariForm(body);
    const m = masukanDariNilai(nilai);
    const { nilai: nilaiKlaim, klaim } = klaimDariForm(body, m.baris);
    const ulang = denganBarisKosong(nilai);
    let hasil: Hasil;
    try {
      const { masukan, opsi } = bacaMasukan(m.json);
      hasil = deps.hitung(aturan, masukan, opsi);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      tampilValidasi(res, 400, { nilai: ulang, ketik: { nilai: nilaiKlaim }, galat: formProblems(e.masalah, m.baris, labelField) });
      return;
    }
    const diLuarBatas = klaim.filter((k) => !klaimDalamBatas(k.tertulis));
    if (diLuarBatas.length > 0) {
      const uraian = new Map(daftarKlaim(hasil).map((b) => [b.id, b.uraian]));
      const label = new Map(diLuarBatas.map((k) => [k.field, uraian.get(k.id) ?? k.field]));
      const galat = formProblems(
        diLuarBatas.map((k) => ({ field: k.field, pesan: pesanBatasAngka('Angka tertulis') })),
        undefined,
        (f) => label.get(f) ?? f,
      );
      tampilValidasi(res, 400, { nilai: ulang, ketik: { nilai: nilaiKlaim }, galat });
      return;
    }
    if (klaim.length === 0) {
      tampilValidasi(res, 200, { nilai: ulang, ketik: { nilai: nilaiKlaim, kosong: true, kumulatif: hasil.akumulasi.kumulatif.tampilan } });
      return;
    }
    const hasilKlaim = validasi(aturan, hasil, klaim);
    const p = putusanKlaim(hasilKlaim);
    const field = new Map(klaim.map((k) => [k.id, k.field]));
    const daftar = p.daftar.map((x) => ({ ...x, field: field.get(x.id)! }));
    tampilValidasi(res, 200, {
      nilai: ulang,
      ketik: {
        nilai: nilaiKlaim,
        putusan: Object.fromEntries(daftar.map((x) => [x.field, x])),
        daftar,
        ringkasan: p.ringkasan,
        hasil: hasilKlaim,
      },
    });
  });

  // Figures from a Konversi/Akumulasi document against the exact values. The inputs come from the result
  // page (hidden field) or from a saved file; the claims from fields named klaim.<id>.
  router.post('/validasi', form, withUpload(unggah.single('berkas'), formatSize(DEFAULT_WEB_LIMITS.unggahMasukan)), (req: Request, res) => {
    let data: unknown;
    if (req.file) {
      try {
        data = JSON.parse(req.file.buffer.toString('utf8').replace(/^\uFEFF/, ''));
      } catch {
        tampilValidasi(res, 400, {
          galat: formProblems(
            [{ field: 'berkas', pesan: `Berkas "${req.file.originalname}" bukan JSON yang sah.` }],
            undefined,
            labelField,
          ),
        });
        return;
      }
    } else if (teks(req.body?.masukan)) {
      data = parseJson(teks(req.body.masukan), 'masukan', 'Masukan');
    } else {
      tampilValidasi(res, 400, {
        galat: formProblems(
          [{ field: 'berkas', pesan: 'Pilih berkas masukan (.json) dari perhitungan yang akan diperiksa.' }],
          undefined,
          labelField,
        ),
      });
      return;
    }
    let hasil: Hasil;
    try {
      const { masukan, opsi } = bacaMasukan(data);
      hasil = deps.hitung(aturan, masukan, opsi);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      tampilValidasi(res, 400, {
        galat: formProblems(
          e.masalah.map((x) => ({ field: 'berkas', pesan: `${labelField(x.field)}: ${x.pesan}` })),
          undefined,
          labelField,
        ),
      });
      return;
    }
    const ids = idKlaim(hasil);
    const nilaiKlaim: Record<string, string> = {};
    for (const id of ids) {
      const v = teks(req.body?.[`klaim.${id}`]).slice(0, 40);
      if (v) nilaiKlaim[id] = v;
    }
    const klaim: Klaim[] = Object.entries(nilaiKlaim).map(([id, tertulis]) => ({ id, tertulis }));
    const diLuarBatas = klaim.filter((k) => !klaimDalamBatas(k.tertulis));
    if (diLuarBatas.length > 0) {
      const uraian = new Map(daftarKlaim(hasil).map((b) => [b.id, b.uraian]));
      const galat = formProblems(
        diLuarBatas.map((k) => ({ field: `klaim.${k.id}`, pesan: pesanBatasAngka('Angka tertulis') })),
        undefined,
        (f) => uraian.get(f.slice('klaim.'.length)) ?? f,
      );
      tampilValidasi(res, 400, { hasil, masukanJson: JSON.stringify(data), nilaiKlaim, galat });
      return;
    }
    const hasilKlaim = klaim.length > 0 ? validasi(aturan, hasil, klaim) : undefined;
    tampilValidasi(res, 200, { hasil, masukanJson: JSON.stringify(data), nilaiKlaim, ...(hasilKlaim && { hasilKlaim }) });
  });

  router.get('/aturan', (_req, res) => {
    res.render('aturan', {
      judul: 'Dasar hukum dan keputusan implementasi',
      halaman: 'aturan',
      buku: ruleBookPage(aturan),
      aturanValidasi: uraianAturanValidasi(aturan.pembulatan.pilihanDesimal),
    });
  });

  return router;
}
