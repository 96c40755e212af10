// Every limit of the web server in one place: what a request body, a form, an upload and a task in a
// worker may take. The routes read their limits from here, the OpenAPI document and the pages print them
// from here, and the 413 answer names the limit the request actually passed (src/web/errors.ts), so a
// message can never name another route's limit. Two of them an office may change without a rebuild:
// BATAS_BATCH_MB and BATAS_BATCH_BARIS (src/config.ts checks them; `webLimitsFrom` applies them).
// The limits of reading one value (digits, dates, texts) are the input schema's (src/input/batas.ts);
// those of reading an XLSX file are the reader's (src/berkas/xlsx.ts, BATAS_XLSX_BAKU).
import { LOGO_MAKS_BYTE } from '../pdf/schema.ts';
import { MAKS_PDF_BYTE } from '../pdf/verifikasi.ts';

const KB = 1024;
const MB = 1024 * 1024;

export interface WebLimits {
  /** JSON bodies of /api/v1/hitung and /api/v1/validasi: an input document is a few kB; this leaves room for years of monthly periods. */
  jsonApi: number;
  /** The calculator's form, field by field. */
  form: number;
  /** Fields in the calculator's form (one per period field). */
  formIsian: number;
  /** A saved input file opened on /buka. */
  unggahMasukan: number;
  /** A document request: the input plus office data (kop, pejabat, tembusan) and a logo as base64. */
  jsonDokumen: number;
  /** A logo image. */
  logo: number;
  /** A PDF uploaded to /verifikasi: no sheet the app makes is larger. */
  pdfVerifikasi: number;
  /** A batch file (XLSX or CSV) uploaded on /batch. */
  unggahBatch: number;
  /** Data rows of one batch upload on the web; the command line takes any number. */
  barisBatch: number;
  /** The signed rows a batch results page posts back: 20,000 rows pack to about 3 MB of base64 (bench/README.md). */
  formMuatanBatch: number;
  /** Persons shown in the batch results table; downloads always hold everyone. */
  tabelBatch: number;
  /** PDFs in one ZIP from the web batch. */
  pdfPerUnduhan: number;
  /**
   * Wall time of one task in a worker, per kind, after which the worker is stopped and the request
   * answered 413. An upload of the largest size the web accepts (10 MB, 20,000 rows) is read and
   * evaluated in a few seconds on a 2-core machine (bench/README.md); a task that takes many times that
   * is hostile or pathological.
   */
  waktuMs: { unggahan: number; muatan: number; verifikasi: number; dokumen: number };
}

export const DEFAULT_WEB_LIMITS: Readonly<WebLimits> = Object.freeze({
  jsonApi: 100 * KB,
  form: 100 * KB,
  formIsian: 5_000,
  unggahMasukan: 1 * MB,
  jsonDokumen: 600 * KB,
  logo: LOGO_MAKS_BYTE,
  pdfVerifikasi: MAKS_PDF_BYTE,
  unggahBatch: 10 * MB,
  barisBatch: 20_000,
  formMuatanBatch: 12 * MB,
  tabelBatch: 5_000,
  pdfPerUnduhan: 2_000,
  waktuMs: Object.freeze({ unggahan: 60_000, muatan: 60_000, verifikasi: 30_000, dokumen: 30_000 }),
});

/** The web's limits with an office's changes from the configuration (BATAS_BATCH_MB, BATAS_BATCH_BARIS). */
export function webLimitsFrom(config: { BATAS_BATCH_MB?: number | undefined; BATAS_BATCH_BARIS?: number | undefined }): WebLimits {
  return {
    ...DEFAULT_WEB_LIMITS,
    ...(config.BATAS_BATCH_MB !== undefined && { unggahBatch: config.BATAS_BATCH_MB * MB }),
    ...(config.BATAS_BATCH_BARIS !== undefined && { barisBatch: config.BATAS_BATCH_BARIS }),
  };
}

/** Bytes as a person reads a limit: 100 kB, 600 kB, 12 MB, 1,5 MB. */
export function formatSize(n: number): string {
  const mb = n / MB;
  return mb >= 1 ? `${mb.toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB` : `${Math.round(n / KB).toLocaleString('id-ID')} kB`;
}
