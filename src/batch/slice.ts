// One slice of a CSV file on a worker thread: the slice starts at a person's first row (csv-map.ts
// found it), so this thread parses, groups and evaluates its persons alone, and renders their report
// lines (CSV text, and the results sheet's XML already deflated), sending back only those and the
// summary counts. Row numbers continue from the slice's first row, so messages keep the file's numbers.
import type { Aturan } from '../domain/aturan.ts';
import { csvRow, createCsvParser } from '../berkas/csv.ts';
import { crc32, deflateChunks } from '../berkas/deflate.ts';
import { evaluasi, tandaiGanda, type HasilOrang } from './evaluasi.ts';
import type { ColumnLayout } from './kolom.ts';
import { barisHasil, barisHasilXlsx, galatOrang, klaimOrang } from './laporan.ts';
import { RowGrouper, type OrangMentah } from './orang.ts';
import { hitungOrang, ringkasKosong, type Ringkasan } from './ringkasan.ts';
import { xmlRow, type Cell } from '../berkas/xlsx-write.ts';
import type { PutusanUrutan } from './putusan-kolom.ts';

export interface SliceTask {
  /** The whole file (shared between threads, not copied) and this slice's byte range. */
  data: SharedArrayBuffer | Uint8Array;
  mulai: number;
  akhir: number;
  /** Row number of the slice's first row. */
  nomor: number;
  delim: string;
  tata: ColumnLayout;
  tanggalPerhitungan: string;
  /** Persons the slice must hold (checked) and the results-sheet row of the first. */
  jumlahOrang: number;
  barisLembar: number;
  /** NIPs of this slice that also start other groups of rows, with all their first rows ("12, 40"). */
  ganda: [string, string][];
  /** Also return every person's full result (tests, PDFs, SIASN). */
  orang?: boolean;
  /** Also return every person's rows as read (the web page carries them for its downloads). */
  mentah?: boolean;
  /** Leave out the report lines (the web page renders its own table; downloads recompute). */
  tanpaLaporan?: boolean;
  /**
   * Longest cell of the text (csv.ts's limit when absent). Text the pipeline wrote from a reader's rows
   * holds cells as long as that reader allowed.
   */
  maksSel?: number;
  /** Row number of each record of the slice, when the rows read were not numbered one after another. */
  nomorBaris?: number[];
  /** Cells that held a formula (XLSX): record index within the slice, and the columns. */
  rumus?: [number, number[]][];
  /** Day/month order of the date columns, decided for the whole file (putusan-kolom.ts). */
  urutanTanggal?: PutusanUrutan;
  /** The file's NIP column holds numbers (putusan-kolom.ts). */
  nipAngka?: boolean;
}

export interface SliceResult {
  jumlahBaris: number;
  ringkasan: Ringkasan;
  /** Lines of hasil.csv. */
  csv: string;
  /** Results-sheet rows as XML, deflated (deflate.ts), with the CRC and length of the XML. */
  xlsx: { data: Uint8Array; crc: number; panjang: number };
  galat: Cell[][];
  klaim: Cell[][];
  orang?: HasilOrang[];
  mentah?: OrangMentah[];
}

const enc = new TextEncoder();

/** Whether any cell of a row has a value (a loop: this runs for every row of the file). */
function adaIsi(sel: string[]): boolean {
  for (const s of sel) if (s && s.trim()) return true;
  return false;
}

export function processSlice(aturan: Aturan, t: SliceTask): SliceResult {
  const bytes = t.data instanceof Uint8Array ? t.data.subarray(t.mulai, t.akhir) : new Uint8Array(t.data, t.mulai, t.akhir - t.mulai);
  // ignoreBOM: a U+FEFF at the start of a slice is data (the file's own BOM is before the header).
  const teks = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const ganda = new Map(t.ganda);
  const p = new RowGrouper(aturan, t.tata, {
    tanggalPerhitungan: t.tanggalPerhitungan,
    urutanTanggal: t.urutanTanggal,
    nipAngka: t.nipAngka,
  });
  const ringkasan = ringkasKosong();
  const galat: Cell[][] = [];
  const klaim: Cell[][] = [];
  const orang: HasilOrang[] = [];
  const mentah: OrangMentah[] = [];
  const laporan = !t.tanpaLaporan;
  const rumus = t.rumus ? new Map(t.rumus) : undefined;
  const nomorBaris = t.nomorBaris;
  let jumlahBaris = 0;
  let csv = '';
  let xml = '';
  let r = t.barisLembar;
  const keping: Uint8Array[] = [];
  let crc = 0;
  let panjang = 0;
  const kempis = () => {
    const b = enc.encode(xml);
    xml = '';
    crc = crc32(b, crc);
    panjang += b.length;
    keping.push(deflateChunks(b));
  };

  const olah = (m: OrangMentah) => {
    if (t.mentah) mentah.push(m);
    const o = evaluasi(aturan, m, { tanpaMasukanJson: !t.orang });
    const tempat = ganda.get(o.nip);
    if (tempat) tandaiGanda(o, tempat);
    hitungOrang(ringkasan, o);
    if (laporan) {
      const sel = barisHasil(o);
      csv += csvRow(sel, ';');
      xml += xmlRow(barisHasilXlsx(sel, o), r++, 0, true);
      if (xml.length > 1 << 20) kempis();
      if (o.galat.length) galat.push(...galatOrang(o));
      if (o.klaim.salah.length) klaim.push(...klaimOrang(o));
    }
    if (t.orang) orang.push(o);
  };

  let k = 0;
  createCsvParser(
    (row) => {
      const i = k++;
      if (nomorBaris) row.nomor = nomorBaris[i]!;
      const f = rumus?.get(i);
      if (f) row.rumus = f;
      if (adaIsi(row.sel) || f) jumlahBaris++;
      const o = p.tambah(row);
      if (o) olah(o);
    },
    { delim: t.delim, nomor: t.nomor, ...(t.maksSel !== undefined && { maksSel: t.maksSel }) },
  ).olah(teks, true);
  const akhir = p.selesai();
  if (akhir) olah(akhir);
  if (ringkasan.pegawai !== t.jumlahOrang)
    throw new Error(`potongan baris ${t.nomor}: ${ringkasan.pegawai} pegawai, peta berkas menghitung ${t.jumlahOrang}`);
  if (xml) kempis();
  const data = new Uint8Array(keping.reduce((n, k) => n + k.length, 0));
  let o = 0;
  for (const k of keping) {
    data.set(k, o);
    o += k.length;
  }
  ringkasan.baris = jumlahBaris;
  return {
    jumlahBaris,
    ringkasan,
    csv,
    xlsx: { data, crc, panjang },
    galat,
    klaim,
    ...(t.orang && { orang }),
    ...(t.mentah && { mentah }),
  };
}
