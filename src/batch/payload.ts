// A web upload's rows as read, carried by the result page (hidden field `muatan`) so every download
// recomputes from them and nothing is stored on the server. Everything here runs on a worker thread
// (worker.ts): reading the upload, packing the rows, and unpacking them for a download all cost in
// proportion to the upload. The web signs what it packs (src/web/batch.ts) and checks the signature
// before any of it reaches this module, so what is unpacked here is something we produced; the limits
// below still hold, as a second wall.
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import type { Aturan } from '../domain/aturan.ts';
import { evaluasiSemua, type HasilOrang } from './evaluasi.ts';
import { FileError } from '../berkas/errors.ts';
import { csvGalat, csvHasil, writeHasilXlsx } from './laporan.ts';
import type { OrangMentah } from './orang.ts';
import { processBatch, type BatchResult } from './proses.ts';
import { ringkas } from './ringkasan.ts';
import { writeSiasnZip } from './zip.ts';

/** What a packed upload may inflate to: far above what 20,000 rows make (about 15 MB), far below harm. */
export const MAX_PAYLOAD_INFLATED = 64 * 1024 * 1024;

const muatanSchema = (maksBaris: number) =>
  z.object({
    v: z.literal(1),
    nama: z.string().max(300),
    format: z.enum(['csv', 'xlsx', 'ods']),
    jumlahBaris: z.number().int().nonnegative().max(maksBaris),
    orang: z
      .array(
        z.object({
          nip: z.string().max(60),
          nama: z.string().max(300).optional(),
          unitKerja: z.string().max(300).optional(),
          baris: z.array(z.number().int()).max(1000),
          barisPeriode: z.array(z.number().int()).max(1000),
          barisPegawai: z.number().int(),
          barisAkAwal: z.number().int().optional(),
          masukan: z.record(z.string(), z.unknown()).optional(),
          klaim: z
            .array(z.object({ id: z.string().max(40), tertulis: z.string().max(100), baris: z.number().int(), kolom: z.string().max(40) }))
            .max(1000),
          galat: z.array(z.object({ baris: z.number().int(), kolom: z.string().max(60), pesan: z.string().max(2000) })).max(1000),
        }),
      )
      .max(maksBaris),
  });

export interface Payload {
  v: 1;
  nama: string;
  format: 'csv' | 'xlsx' | 'ods';
  jumlahBaris: number;
  orang: OrangMentah[];
}

export function packPayload(m: Payload): string {
  return gzipSync(Buffer.from(JSON.stringify(m)), { level: 6 }).toString('base64');
}

const RUSAK = 'Data hasil rusak atau terlalu besar. Unggah berkas lagi dari halaman Batch.';

export function openPayload(teks: string, maksBaris: number): Payload {
  let data: unknown;
  try {
    data = JSON.parse(gunzipSync(Buffer.from(teks, 'base64'), { maxOutputLength: MAX_PAYLOAD_INFLATED }).toString('utf8'));
  } catch {
    throw new FileError(400, RUSAK);
  }
  const r = muatanSchema(maksBaris).safeParse(data);
  if (!r.success) throw new FileError(400, RUSAK);
  // Rows of all persons together are the upload's rows: no more than the upload limit allowed.
  let baris = 0;
  for (const o of r.data.orang) baris += o.baris.length;
  if (baris > maksBaris + r.data.orang.length) throw new FileError(400, RUSAK);
  return r.data as Payload;
}

export interface UploadOptions {
  nama: string;
  tanggalPerhitungan: string;
  maksBaris: number;
}

/** What the web's results page shows of an upload: everyone's result. */
export type HasilUnggahan = Omit<BatchResult, 'mentah' | 'orang'> & { orang: HasilOrang[] };

/**
 * An uploaded file through the batch pipeline (on this worker thread: the web runs the whole upload as
 * one task of its pool), with its rows packed for the downloads.
 */
export async function processUpload(
  aturan: Aturan,
  data: Uint8Array,
  opsi: UploadOptions,
): Promise<{ hasil: HasilUnggahan; muatan: string }> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const {
    mentah = [],
    orang = [],
    ...hasil
  } = await processBatch(aturan, buf, {
    tanggalPerhitungan: opsi.tanggalPerhitungan,
    maksBaris: opsi.maksBaris,
    simpanOrang: true,
    simpanMentah: true,
  });
  const muatan = packPayload({ v: 1, nama: opsi.nama, format: hasil.format, jumlahBaris: hasil.jumlahBaris, orang: mentah });
  return { hasil: { ...hasil, orang }, muatan };
}

export type DownloadFile = 'hasil.csv' | 'kesalahan.csv' | 'hasil.xlsx' | 'siasn.zip';
export const DOWNLOAD_FILES: readonly DownloadFile[] = ['hasil.csv', 'kesalahan.csv', 'hasil.xlsx', 'siasn.zip'];

/** Everyone recomputed from the packed rows. */
export function evaluatePayload(aturan: Aturan, teks: string, maksBaris: number): { muatan: Omit<Payload, 'orang'>; orang: HasilOrang[] } {
  const { orang: mentah, ...muatan } = openPayload(teks, maksBaris);
  return { muatan, orang: evaluasiSemua(aturan, mentah) };
}

/** One report file, whole, from the packed rows; `nama`: the uploaded file's name, for the download's. */
export async function buildDownload(
  aturan: Aturan,
  teks: string,
  berkas: DownloadFile,
  pilih: string[] | undefined,
  maksBaris: number,
): Promise<{ data: Uint8Array; nama: string }> {
  const { muatan, orang } = evaluatePayload(aturan, teks, maksBaris);
  const potong: Uint8Array[] = [];
  const tulis = (d: Uint8Array) => {
    potong.push(d);
  };
  const enc = new TextEncoder();
  switch (berkas) {
    case 'hasil.csv':
      for (const c of csvHasil(orang)) tulis(enc.encode(c));
      break;
    case 'kesalahan.csv':
      for (const c of csvGalat(orang)) tulis(enc.encode(c));
      break;
    case 'hasil.xlsx':
      await writeHasilXlsx(orang, ringkas(orang, muatan.jumlahBaris), tulis);
      break;
    case 'siasn.zip':
      writeSiasnZip(aturan, orang, pilih?.length ? new Set(pilih) : undefined, tulis);
      break;
  }
  return { data: Buffer.concat(potong), nama: muatan.nama };
}

/** One person's rows from the packed upload. */
export function personFromPayload(teks: string, nip: string, maksBaris: number): OrangMentah | undefined {
  return openPayload(teks, maksBaris).orang.find((o) => o.nip === nip);
}
