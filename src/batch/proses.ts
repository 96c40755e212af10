// The batch pipeline: bytes → rows (CSV or XLSX, streamed) → persons (grouped by NIP) → evaluation (on
// worker threads when a pool is given) → results and summary. A bad row only marks its person; a file
// that cannot be read, or is too large, is refused as a whole with a GalatBerkas.
import { createReadStream, openSync, readSync, closeSync, statSync, readFileSync } from 'node:fs';
import type { Aturan } from '../domain/aturan.ts';
import { bacaCsv } from './csv.ts';
import { evaluasi, type HasilOrang } from './evaluasi.ts';
import { GalatBerkas, type BarisMentah } from './galat.ts';
import type { Kolam } from './kolam.ts';
import { bacaJudul } from './kolom.ts';
import { Pengelompok, type OrangMentah } from './orang.ts';
import { ringkas, type Ringkasan } from './ringkasan.ts';
import { BATAS_XLSX_BAKU, bacaXlsx, isZip, type BatasXlsx } from './xlsx.ts';

export interface OpsiBatch {
  /** Calculation date for rows that do not give one (YYYY-MM-DD). */
  tanggalPerhitungan: string;
  /** Most data rows accepted; more is a 413. */
  maksBaris: number;
  /** Most bytes accepted (for a file path; uploads are capped by multer). */
  maksByte?: number;
  kolam?: Kolam | undefined;
  /** Keep every person's rows as read (the web page carries them for downloads). */
  simpanMentah?: boolean;
  batasXlsx?: BatasXlsx;
  /** Called as persons finish: rows read so far, persons done. */
  kemajuan?: (baris: number, selesai: number) => void;
}

export interface HasilBatch {
  format: 'csv' | 'xlsx';
  jumlahBaris: number;
  kolomDiabaikan: string[];
  orang: HasilOrang[];
  mentah?: OrangMentah[];
  ringkasan: Ringkasan;
}

export type SumberBatch = Buffer | { path: string };

const UKURAN_POTONG = 250;

function jenisBerkas(awal: Uint8Array): 'csv' | 'xlsx' {
  if (isZip(awal)) return 'xlsx';
  const b = awal;
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) throw new GalatBerkas(415, 'Format .xls (Excel 97–2003) tidak didukung. Di Excel pilih Simpan Sebagai → "Excel Workbook (.xlsx)" atau "CSV UTF-8".');
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) throw new GalatBerkas(415, 'Berkas berpengodean UTF-16 ("Unicode Text"). Simpan sebagai "CSV UTF-8 (Comma delimited)" atau .xlsx.');
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) throw new GalatBerkas(415, 'Berkas PDF bukan lembar kerja. Unggah templat yang sudah diisi, sebagai .xlsx atau CSV.');
  if (b.subarray(0, 4096).includes(0)) throw new GalatBerkas(415, 'Berkas berisi data biner; ini bukan berkas CSV atau XLSX.');
  return 'csv';
}

/**
 * The checks every source gets before its rows are read (size, empty, file type), with their messages;
 * `awal`: the first bytes. Throws GalatBerkas.
 */
export function periksaSumber(sumber: SumberBatch, opsi: Pick<OpsiBatch, 'maksByte'>): 'csv' | 'xlsx' {
  if (Buffer.isBuffer(sumber)) {
    if (sumber.length === 0) throw new GalatBerkas(400, 'Berkas kosong.');
    return jenisBerkas(sumber);
  }
  let ukuran: number;
  try { ukuran = statSync(sumber.path).size; } catch { throw new GalatBerkas(400, `Berkas "${sumber.path}" tidak dapat dibaca.`); }
  if (opsi.maksByte !== undefined && ukuran > opsi.maksByte) throw new GalatBerkas(413, `Berkas lebih besar dari ${Math.round(opsi.maksByte / 1024 / 1024)} MB.`);
  if (ukuran === 0) throw new GalatBerkas(400, 'Berkas kosong.');
  const awal = Buffer.alloc(8);
  const fd = openSync(sumber.path, 'r');
  try { readSync(fd, awal, 0, 8, 0); } finally { closeSync(fd); }
  return jenisBerkas(awal);
}

async function* baris(sumber: SumberBatch, opsi: OpsiBatch): AsyncGenerator<BarisMentah, 'csv' | 'xlsx'> {
  const jenis = periksaSumber(sumber, opsi);
  if (Buffer.isBuffer(sumber)) {
    if (jenis === 'xlsx') yield* bacaXlsx(sumber, opsi.batasXlsx ?? BATAS_XLSX_BAKU);
    else {
      const potong = function* () { for (let i = 0; i < sumber.length; i += 256 * 1024) yield sumber.subarray(i, i + 256 * 1024); };
      yield* bacaCsv(potong());
    }
    return jenis;
  }
  // XLSX needs random access to its central directory; CSV streams from disk.
  if (jenis === 'xlsx') yield* bacaXlsx(readFileSync(sumber.path), opsi.batasXlsx ?? BATAS_XLSX_BAKU);
  else yield* bacaCsv(createReadStream(sumber.path, { highWaterMark: 256 * 1024 }));
  return jenis;
}

export async function prosesBatch(aturan: Aturan, sumber: SumberBatch, opsi: OpsiBatch): Promise<HasilBatch> {
  const it = baris(sumber, opsi);
  let pengelompok: Pengelompok | undefined;
  let kolomDiabaikan: string[] = [];
  let jumlahBaris = 0;
  let selesai = 0;
  const potongan: (HasilOrang[] | Promise<HasilOrang[]>)[] = [];
  const mentah: OrangMentah[] = [];
  let kumpul: OrangMentah[] = [];
  const berjalan = new Set<Promise<HasilOrang[]>>();

  const kirim = async () => {
    if (kumpul.length === 0) return;
    const orang = kumpul;
    kumpul = [];
    if (opsi.simpanMentah) mentah.push(...orang);
    if (opsi.kolam) {
      const p: Promise<HasilOrang[]> = opsi.kolam.jalankan<HasilOrang[]>({ jenis: 'evaluasi', orang }).then((h) => {
        selesai += h.length;
        opsi.kemajuan?.(jumlahBaris, selesai);
        return h;
      }).finally(() => berjalan.delete(p));
      p.catch(() => {});
      berjalan.add(p);
      potongan.push(p);
      // Bounded memory: never more than a few chunks in flight.
      while (berjalan.size > opsi.kolam.ukuran * 2) await Promise.race(berjalan);
    } else {
      potongan.push(orang.map((o) => evaluasi(aturan, o)));
      selesai += orang.length;
      opsi.kemajuan?.(jumlahBaris, selesai);
    }
  };

  let r = await it.next();
  for (; !r.done; r = await it.next()) {
    const row = r.value;
    if (!pengelompok) {
      if (row.sel.every((s) => !s || !s.trim())) continue;
      const tata = bacaJudul(row.sel);
      if (typeof tata === 'string') throw new GalatBerkas(400, `Baris ${row.nomor}: ${tata}`);
      kolomDiabaikan = tata.diabaikan;
      pengelompok = new Pengelompok(aturan, tata, { tanggalPerhitungan: opsi.tanggalPerhitungan });
      continue;
    }
    const o = pengelompok.tambah(row);
    if (row.sel.some((s) => s && s.trim()) || row.rumus?.length) {
      jumlahBaris++;
      if (jumlahBaris > opsi.maksBaris) {
        throw new GalatBerkas(413, `Berkas memuat lebih dari ${opsi.maksBaris.toLocaleString('id-ID')} baris data; batasnya ${opsi.maksBaris.toLocaleString('id-ID')} baris. Bagi data menjadi beberapa berkas.`);
      }
    }
    if (o) {
      kumpul.push(o);
      if (kumpul.length >= UKURAN_POTONG) await kirim();
    }
  }
  const format = r.value;
  if (!pengelompok) throw new GalatBerkas(400, 'Berkas tidak memuat baris judul maupun data. Gunakan templat dari aplikasi ini.');
  const akhir = pengelompok.selesai();
  if (akhir) kumpul.push(akhir);
  await kirim();
  if (jumlahBaris === 0) throw new GalatBerkas(400, 'Berkas hanya memuat baris judul; tidak ada data pegawai.');

  const orang = (await Promise.all(potongan)).flat();
  tandaiNipGanda(orang);
  return { format, jumlahBaris, kolomDiabaikan, orang, ...(opsi.simpanMentah && { mentah }), ringkasan: ringkas(orang, jumlahBaris) };
}

/** The rows of one NIP must be together; a NIP in two places is an error on both. */
export function tandaiNipGanda(orang: HasilOrang[]): void {
  const per = new Map<string, HasilOrang[]>();
  for (const o of orang) {
    const l = per.get(o.nip);
    if (l) l.push(o); else per.set(o.nip, [o]);
  }
  for (const [, l] of per) {
    if (l.length < 2) continue;
    const tempat = l.map((o) => o.baris[0]).join(', ');
    for (const o of l) tandaiGanda(o, tempat);
  }
}

/** One person whose NIP also starts other groups of rows (`tempat`: their first rows, in file order). */
export function tandaiGanda(o: HasilOrang, tempat: string): void {
  o.galat.push({ baris: o.baris[0]!, kolom: 'nip', pesan: `NIP yang sama muncul di beberapa tempat (mulai baris ${tempat}); baris-baris satu pegawai harus berurutan. Urutkan data menurut NIP.` });
  o.kategori = 'galat';
  for (const k of ['kp', 'kj', 'dekat', 'kumulatif', 'kode', 'masukanJson'] as const) delete o[k];
  o.klaim = { diperiksa: 0, salah: [] };
}

export function evaluasiSemua(aturan: Aturan, mentah: OrangMentah[]): HasilOrang[] {
  const orang = mentah.map((o) => evaluasi(aturan, o));
  tandaiNipGanda(orang);
  return orang;
}
