// A worker thread of the batch pool: loads the rule book once, then evaluates chunks of persons, or a
// slice of a CSV file with its report lines (potongan.ts), or renders one PDF per task. Messages are
// plain objects; PDFs and deflated sheet pieces travel as transferred ArrayBuffers.
import { parentPort, workerData } from 'node:worker_threads';
import { loadAturan } from '../rules/loader.ts';
import { buatDokumen } from '../pdf/buat.ts';
import type { JenisDokumen } from '../pdf/schema.ts';
import { evaluasi } from './evaluasi.ts';
import type { OrangMentah } from './orang.ts';
import { prosesPotongan, type TugasPotongan } from './potongan.ts';

export type Tugas =
  | { jenis: 'evaluasi'; orang: OrangMentah[] }
  | { jenis: 'potongan'; tugas: TugasPotongan }
  | { jenis: 'pdf'; masukanJson: string; dokumen: JenisDokumen; isiDokumen?: Record<string, unknown>; alamatVerifikasi?: string };

// The folder comes from the pool: a bundled worker's own location says nothing about where the rules are.
const aturan = loadAturan((workerData as { dirAturan?: string } | null)?.dirAturan);
const port = parentPort!;
port.postMessage({ siap: true, versi: aturan.versi });
port.on('message', async (m: { id: number; tugas: Tugas }) => {
  try {
    const t = m.tugas;
    if (t.jenis === 'evaluasi') {
      port.postMessage({ id: m.id, hasil: t.orang.map((o) => evaluasi(aturan, o)) });
    } else if (t.jenis === 'potongan') {
      const h = prosesPotongan(aturan, t.tugas);
      const ab = h.xlsx.data.buffer as ArrayBuffer;
      port.postMessage({ id: m.id, hasil: h }, [ab]);
    } else {
      const d = await buatDokumen(aturan, { ...JSON.parse(t.masukanJson), dokumen: t.isiDokumen ?? {} }, t.dokumen, t.alamatVerifikasi ? { alamatVerifikasi: t.alamatVerifikasi } : {});
      const ab = d.pdf.buffer.slice(d.pdf.byteOffset, d.pdf.byteOffset + d.pdf.byteLength);
      port.postMessage({ id: m.id, hasil: { pdf: ab, kode: d.kode, namaBerkas: d.namaBerkas } }, [ab as ArrayBuffer]);
    }
  } catch (e) {
    port.postMessage({ id: m.id, galat: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
});
