// The auditor's export: a selection of the register as a ZIP of the stored PDFs, with a manifest (CSV
// and JSON) that re-checks every document: its bytes against the stored SHA-256, its office-key
// signature, and a recomputation under the rule book in force (the verifier of /verifikasi, which
// rebuilds the sheet from its attached data): any figure that would now differ is flagged. The ZIP is
// streamed as the documents are checked; its size is bounded by the number of documents.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Request, Response } from 'express';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { csvRow } from '../berkas/csv.ts';
import type { HasilVerifikasi } from '../pdf/verifikasi.ts';
import type { Daftar, DokumenTerbit, SaringanDokumen } from '../daftar/jenis.ts';
import { HttpError } from './errors.ts';
import type { TaskRunner } from './task-runner.ts';
import { DEFAULT_WEB_LIMITS } from './limits.ts';

/** Documents in one export: each is re-verified on the pool (a second or so on this project's 2-core machine). */
export const MAKS_EKSPOR = 500;

export interface BarisEkspor {
  nomor: string;
  nip: string;
  nama: string;
  unit: string;
  jenis: string;
  tanggal: string;
  status: string;
  berkas: string;
  /** The stored PDF's bytes still hash to the SHA-256 recorded at issue. */
  hashCocok: boolean;
  tandaTangan: string;
  /** sama: the figures follow under the rule book in force; berbeda: they would now differ; else why not checked. */
  hitungUlang: 'sama' | 'berbeda' | 'tidak dapat diverifikasi' | 'PDF tidak tersimpan';
  perbedaan: string;
}

const KOLOM: (keyof BarisEkspor)[] = [
  'nomor',
  'nip',
  'nama',
  'unit',
  'jenis',
  'tanggal',
  'status',
  'berkas',
  'hashCocok',
  'tandaTangan',
  'hitungUlang',
  'perbedaan',
];

const enc = new TextEncoder();

function namaBerkas(d: DokumenTerbit, dipakai: Set<string>): string {
  const dasar = `pdf/${d.nomor.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || d.id}`;
  let nama = `${dasar}.pdf`;
  for (let i = 2; dipakai.has(nama); i++) nama = `${dasar}-${i}.pdf`;
  dipakai.add(nama);
  return nama;
}

/** Every document the search selects, or a 413 before anything is sent when there are too many. */
async function kumpulkan(daftar: Daftar, saringan: SaringanDokumen): Promise<DokumenTerbit[]> {
  const semua: DokumenTerbit[] = [];
  for (let halaman = 1; ; halaman++) {
    const h = await daftar.dokumen.cari({ ...saringan, halaman, perHalaman: MAKS_EKSPOR });
    if (h.total > MAKS_EKSPOR)
      throw new HttpError(
        413,
        `Paling banyak ${MAKS_EKSPOR} dokumen sekali ekspor (pencarian ini memilih ${h.total}). Persempit pencarian, mis. per unit atau per tahun.`,
      );
    semua.push(...h.dokumen);
    if (h.dokumen.length === 0 || semua.length >= h.total) return semua;
  }
}

async function periksa(
  d: DokumenTerbit,
  daftar: Daftar,
  pelaksana: TaskRunner,
): Promise<{ pdf?: Uint8Array; baris: Omit<BarisEkspor, 'berkas'> }> {
  const dasar = {
    nomor: d.nomor,
    nip: d.nip,
    nama: d.nama,
    unit: d.unit,
    jenis: d.jenis,
    tanggal: d.diterbitkanPada,
    status:
      d.status === 'dicabut'
        ? `dicabut: ${d.alasanCabut ?? ''}`
        : d.status === 'diganti'
          ? `diganti dengan ${d.digantiDengan?.nomor ?? ''}`
          : 'berlaku',
  };
  const pdf = await daftar.dokumen.pdf(d.id);
  if (!pdf) return { baris: { ...dasar, hashCocok: false, tandaTangan: '', hitungUlang: 'PDF tidak tersimpan', perbedaan: '' } };
  const hashCocok = createHash('sha256').update(pdf).digest('hex') === d.hashPdf;
  // The verifier gets its own copy: the bytes are transferred to the worker.
  const v = await pelaksana.run<HasilVerifikasi>(
    { jenis: 'verifikasi', data: new Uint8Array(pdf) },
    { batasMs: DEFAULT_WEB_LIMITS.waktuMs.verifikasi },
  );
  return {
    pdf,
    baris: {
      ...dasar,
      hashCocok,
      tandaTangan: v.tandaTangan?.judul ?? 'Tidak ditandatangani',
      hitungUlang:
        v.status === 'sesuai'
          ? 'sama'
          : v.perbedaan.length > 0
            ? 'berbeda'
            : v.status === 'berbeda'
              ? 'berbeda'
              : 'tidak dapat diverifikasi',
      perbedaan: v.perbedaan.map((p) => `${p.butir}: ${p.tercetak} → ${p.hitungUlang}`).join('; '),
    },
  };
}

export interface OpsiEkspor {
  daftar: Daftar;
  pelaksana: TaskRunner;
  saringan: SaringanDokumen;
  oleh: string;
}

export async function kirimEkspor(_req: Request, res: Response, o: OpsiEkspor): Promise<void> {
  const dokumen = await kumpulkan(o.daftar, o.saringan);
  if (dokumen.length === 0) throw new HttpError(400, 'Pencarian ini tidak memilih dokumen apa pun; tidak ada yang dapat diekspor.');
  await o.daftar.audit.catat('ekspor', o.oleh, { jumlah: dokumen.length });
  const tanggal = new Date().toISOString().slice(0, 10);
  res.attachment(`register-dokumen-${tanggal}.zip`).type('application/zip').set('Cache-Control', 'no-store');
  const zip = new Zip((err, data, final) => {
    if (err) {
      res.destroy(err);
      return;
    }
    res.write(data);
    if (final) res.end();
  });
  const tambah = async (nama: string, data: Uint8Array, mampat: boolean) => {
    const f = mampat ? new ZipDeflate(nama, { level: 6 }) : new ZipPassThrough(nama);
    zip.add(f);
    f.push(data, true);
    // Back-pressure: a slow client holds the export, not the server's memory.
    if (res.writableNeedDrain) await once(res, 'drain');
  };
  const manifest: BarisEkspor[] = [];
  const dipakai = new Set<string>();
  const paralel = Math.max(1, o.pelaksana.size);
  for (let i = 0; i < dokumen.length; i += paralel) {
    const bagian = await Promise.all(dokumen.slice(i, i + paralel).map((d) => periksa(d, o.daftar, o.pelaksana)));
    for (const [j, b] of bagian.entries()) {
      const berkas = b.pdf ? namaBerkas(dokumen[i + j]!, dipakai) : '';
      manifest.push({ ...b.baris, berkas });
      if (b.pdf) await tambah(berkas, b.pdf, false);
    }
  }
  const csv = `\uFEFF${csvRow(KOLOM, ';')}${manifest
    .map((m) =>
      csvRow(
        KOLOM.map((k) => (typeof m[k] === 'boolean' ? (m[k] ? 'ya' : 'tidak') : String(m[k]))),
        ';',
      ),
    )
    .join('')}`;
  await tambah('manifest.csv', enc.encode(csv), true);
  await tambah(
    'manifest.json',
    enc.encode(
      `${JSON.stringify(
        {
          format: 'angka-kredit-jf/register-ekspor@1',
          dibuat: new Date().toISOString(),
          jumlah: manifest.length,
          berbeda: manifest.filter((m) => m.hitungUlang === 'berbeda').length,
          dokumen: manifest,
        },
        null,
        2,
      )}\n`,
    ),
    true,
  );
  zip.end();
}
