// A worker thread of the batch pool: loads the rule book once, then evaluates chunks of persons, or a
// slice of a CSV file with its report lines (slice.ts), or renders one PDF per task. Messages are
// plain objects; PDFs and deflated sheet pieces travel as transferred ArrayBuffers.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError, type MasalahMasukan } from '../domain/galat.ts';
import { loadAturan } from '../rules/loader.ts';
import { buatDokumen } from '../pdf/buat.ts';
import { siapkanPenandatangan, type BahanTanda } from '../tanda/bahan.ts';
import type { JenisDokumen } from '../pdf/schema.ts';
import { evaluasi } from './evaluasi.ts';
import { FileError } from '../berkas/errors.ts';
import { buildDownload, evaluatePayload, personFromPayload, processUpload, type DownloadFile } from './payload.ts';
import type { OrangMentah } from './orang.ts';
import { processSlice, type SliceTask } from './slice.ts';

export type Task =
  | { jenis: 'evaluasi'; orang: OrangMentah[] }
  | { jenis: 'potongan'; tugas: SliceTask }
  | { jenis: 'pdf'; masukanJson: string; dokumen: JenisDokumen; isiDokumen?: Record<string, unknown>; alamatVerifikasi?: string }
  /** A whole PDF request: the input document with its `dokumen` fields (the web's single-document routes). */
  | { jenis: 'dokumen'; data: unknown; dokumen: JenisDokumen; alamatVerifikasi?: string }
  | { jenis: 'verifikasi'; data: Uint8Array }
  | { jenis: 'verifikasi-kode'; kode: string; teks: string }
  | { jenis: 'unggahan'; data: Uint8Array; nama: string; tanggalPerhitungan: string; maksBaris: number }
  | { jenis: 'muatan-hitung'; muatan: string; maksBaris: number }
  | { jenis: 'muatan-unduhan'; muatan: string; berkas: DownloadFile; pilih?: string[]; maksBaris: number }
  | { jenis: 'muatan-orang'; muatan: string; nip: string; maksBaris: number };

/** A failure as it crosses to the pool: input and file problems keep their class, status and fields (worker-pool.ts). */
export interface SerializedError {
  nama: string;
  pesan: string;
  status?: number;
  masalah?: MasalahMasukan[];
}

function kirimGalat(e: unknown): SerializedError {
  if (e instanceof InputError) return { nama: 'InputError', pesan: e.message, masalah: e.masalah };
  if (e instanceof FileError) return { nama: 'FileError', pesan: e.message, status: e.status };
  return e instanceof Error ? { nama: e.name, pesan: e.message } : { nama: 'Error', pesan: String(e) };
}

/** A byte array as its own ArrayBuffer, to transfer rather than copy. */
function sendiri(d: Uint8Array): ArrayBuffer {
  // ArrayBuffer.slice copies; a Buffer's own slice() would be a view of Node's shared pool.
  return (
    d.byteOffset === 0 && d.byteLength === d.buffer.byteLength ? d.buffer : d.buffer.slice(d.byteOffset, d.byteOffset + d.byteLength)
  ) as ArrayBuffer;
}

// The folder comes from the pool: a bundled worker's own location says nothing about where the rules are.
const data = workerData as { dirAturan?: string; bahanTanda?: BahanTanda; katalogJf?: string } | null;
const aturan = loadAturan(data?.dirAturan, data?.katalogJf);
// The office key and certificate arrive once, with the worker; every PDF it renders is signed with them.
const penandatangan = await siapkanPenandatangan(data?.bahanTanda);
const port = parentPort!;
port.postMessage({ siap: true, versi: aturan.versi });
// eslint-disable-next-line @typescript-eslint/no-misused-promises -- every path is inside try/catch, and a failure is posted back to the pool
port.on('message', async (m: { id: number; tugas: Task }) => {
  try {
    const t = m.tugas;
    if (t.jenis === 'evaluasi') {
      port.postMessage({ id: m.id, hasil: t.orang.map((o) => evaluasi(aturan, o)) });
    } else if (t.jenis === 'potongan') {
      const h = processSlice(aturan, t.tugas);
      const ab = h.xlsx.data.buffer as ArrayBuffer;
      port.postMessage({ id: m.id, hasil: h }, [ab]);
    } else if (t.jenis === 'pdf' || t.jenis === 'dokumen') {
      const data = t.jenis === 'pdf' ? { ...JSON.parse(t.masukanJson), dokumen: t.isiDokumen ?? {} } : t.data;
      const d = await buatDokumen(aturan, data, t.dokumen, {
        ...(t.alamatVerifikasi && { alamatVerifikasi: t.alamatVerifikasi }),
        penandatangan,
      });
      const ab = sendiri(d.pdf);
      port.postMessage({ id: m.id, hasil: { pdf: ab, kode: d.kode, namaBerkas: d.namaBerkas } }, [ab]);
    } else if (t.jenis === 'verifikasi') {
      const { verifikasiPdf } = await import('../pdf/verifikasi.ts');
      port.postMessage({ id: m.id, hasil: await verifikasiPdf(aturan, t.data, penandatangan.kepercayaan) });
    } else if (t.jenis === 'verifikasi-kode') {
      const { verifikasiKode } = await import('../pdf/verifikasi.ts');
      port.postMessage({ id: m.id, hasil: verifikasiKode(aturan, t.kode, t.teks, penandatangan.kepercayaan) });
    } else if (t.jenis === 'unggahan') {
      port.postMessage({ id: m.id, hasil: await processUpload(aturan, t.data, t) });
    } else if (t.jenis === 'muatan-hitung') {
      port.postMessage({ id: m.id, hasil: evaluatePayload(aturan, t.muatan, t.maksBaris) });
    } else if (t.jenis === 'muatan-unduhan') {
      const u = await buildDownload(aturan, t.muatan, t.berkas, t.pilih, t.maksBaris);
      const ab = sendiri(u.data);
      port.postMessage({ id: m.id, hasil: { data: ab, nama: u.nama } }, [ab]);
    } else {
      port.postMessage({ id: m.id, hasil: personFromPayload(t.muatan, t.nip, t.maksBaris) ?? null });
    }
  } catch (e) {
    port.postMessage({ id: m.id, galat: kirimGalat(e) });
  }
});
