// The ZIP archive under an XLSX workbook, read in memory and never trusted. The central directory is
// checked whole before anything is inflated (entries, names, flags, ZIP64, where each entry lies); a part
// is inflated only after its declared size is checked against the limits, and then every byte it
// actually produces is counted against that declared size as it comes, and a DOCTYPE or ENTITY
// declaration anywhere in it is refused. So no part, and no workbook, inflates past a limit, whatever
// its headers claim, and no entity is ever expanded (the reader decodes only the five XML entities and
// numeric references; see xlsx.ts dekodeXml).
import { createInflateRaw } from 'node:zlib';
import { FileError } from './errors.ts';

export const CORRUPT_MESSAGE =
  'Berkas XLSX rusak atau bukan buku kerja Excel; simpan ulang dari Excel sebagai .xlsx, atau unggah CSV UTF-8.';
const ZIP64 = 'Berkas XLSX berformat ZIP64 (terlalu besar); bagi data menjadi beberapa berkas.';

const MB = 1024 * 1024;
export const mb = (n: number) => `${Math.round(n / MB).toLocaleString('id-ID')} MB`;

/** The archive's own limits (part of XlsxLimits). */
export interface ArchiveLimits {
  maksTerurai: number;
  maksRasio: number;
  maksEntri: number;
}

export interface ZipEntry {
  /** The name as written in the archive (for messages). */
  nama: string;
  metode: number;
  termampat: number;
  terurai: number;
  offset: number;
  /** Where the name's bytes lie in the central directory (compared with the local header's). */
  namaAwal: number;
  namaPanjang: number;
  /** Entry data must end before this (the central directory's start). */
  batasData: number;
}

export function isZip(buf: Uint8Array): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

/** A name as it may appear in a message: no control characters, not too long. */
function tampil(nama: string): string {
  const bersih = nama.replace(/[\x00-\x1f\x7f]/g, '?');
  return bersih.length > 80 ? `${bersih.slice(0, 80)}…` : bersih;
}

/**
 * The key an entry is found by: its name without one leading '/' (OPC part names start with one and
 * some writers keep it), ASCII case folded (OPC compares part names without case). A name with a
 * backslash, a control character, a drive letter, an empty, '.' or '..' segment is refused: such an
 * entry is never read, and refusing it outright means no other reader of the same file can be made to
 * take a different part than ours.
 */
function kunci(nama: string): string {
  const n = nama.startsWith('/') ? nama.slice(1) : nama;
  const segmen = n.split('/');
  // A folder entry ("xl/") ends with an empty segment; any other empty segment is odd.
  const aneh =
    n === '' ||
    /[\\\x00-\x1f\x7f]/.test(n) ||
    /^[A-Za-z]:/.test(n) ||
    segmen.some((s, i) => s === '.' || s === '..' || (s === '' && i !== segmen.length - 1));
  if (aneh) throw new FileError(400, `Berkas XLSX memuat bagian bernama tidak wajar ("${tampil(nama)}"); berkas ditolak.`);
  return n.replace(/[A-Z]+/g, (h) => h.toLowerCase());
}

/** The key of a part name resolved by the workbook's relationships (same folding as `kunci`). */
export const partKey = (nama: string) => nama.replace(/[A-Z]+/g, (h) => h.toLowerCase());

/** The central directory, checked whole: entries by key (kunciBagian). */
export function centralDirectory(buf: Buffer, batas: ArchiveLimits): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileError(400, CORRUPT_MESSAGE);
  const jumlahDisk = buf.readUInt16LE(eocd + 8);
  const jumlah = buf.readUInt16LE(eocd + 10);
  const cdUkuran = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (jumlah === 0xffff || jumlahDisk === 0xffff || cdOffset === 0xffffffff || cdUkuran === 0xffffffff) throw new FileError(413, ZIP64);
  // A split archive, or a directory that does not lie where the end record says.
  if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0 || jumlahDisk !== jumlah || cdOffset + cdUkuran > eocd) {
    throw new FileError(400, CORRUPT_MESSAGE);
  }
  if (jumlah > batas.maksEntri) {
    throw new FileError(
      400,
      `Berkas XLSX memuat ${jumlah.toLocaleString('id-ID')} bagian, lebih dari ${batas.maksEntri.toLocaleString('id-ID')}; ini bukan buku kerja biasa dan ditolak.`,
    );
  }
  const m = new Map<string, ZipEntry>();
  const akhirCd = cdOffset + cdUkuran;
  let p = cdOffset;
  for (let n = 0; n < jumlah; n++) {
    if (p + 46 > akhirCd || buf.readUInt32LE(p) !== 0x02014b50) throw new FileError(400, CORRUPT_MESSAGE);
    const flags = buf.readUInt16LE(p + 8);
    const metode = buf.readUInt16LE(p + 10);
    const termampat = buf.readUInt32LE(p + 20);
    const terurai = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28);
    const elen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    if (p + 46 + nlen + elen + clen > akhirCd) throw new FileError(400, CORRUPT_MESSAGE);
    const nama = buf.toString('utf8', p + 46, p + 46 + nlen);
    // Bit 0: traditional encryption; bit 6: strong encryption.
    if (flags & 0x41) throw new FileError(400, 'Berkas XLSX dilindungi kata sandi (terenkripsi); buka proteksinya lalu simpan ulang.');
    if (terurai === 0xffffffff || termampat === 0xffffffff || offset === 0xffffffff) throw new FileError(413, ZIP64);
    if (metode !== 0 && metode !== 8) throw new FileError(400, CORRUPT_MESSAGE);
    const k = kunci(nama);
    if (m.has(k)) throw new FileError(400, `Berkas XLSX memuat bagian "${tampil(nama)}" lebih dari sekali; berkas ditolak.`);
    m.set(k, { nama, metode, termampat, terurai, offset, namaAwal: p + 46, namaPanjang: nlen, batasData: cdOffset });
    p += 46 + nlen + elen + clen;
  }
  return m;
}

/** An entry's compressed bytes, after checking that its local header is the one the directory names. */
function dataTermampat(buf: Buffer, e: ZipEntry): Uint8Array {
  const o = e.offset;
  if (o + 30 > e.batasData || buf.readUInt32LE(o) !== 0x04034b50) throw new FileError(400, CORRUPT_MESSAGE);
  const nlen = buf.readUInt16LE(o + 26);
  const awal = o + 30 + nlen + buf.readUInt16LE(o + 28);
  // Another name or method in the local header: a reader that walks the local headers would read
  // something else under this name (and overlapping entries, the non-recursive zip bomb, are caught).
  if (nlen !== e.namaPanjang || buf.compare(buf, e.namaAwal, e.namaAwal + nlen, o + 30, o + 30 + nlen) !== 0)
    throw new FileError(400, CORRUPT_MESSAGE);
  if (buf.readUInt16LE(o + 8) !== e.metode) throw new FileError(400, CORRUPT_MESSAGE);
  if (buf.readUInt16LE(o + 6) & 0x41)
    throw new FileError(400, 'Berkas XLSX dilindungi kata sandi (terenkripsi); buka proteksinya lalu simpan ulang.');
  if (awal + e.termampat > e.batasData) throw new FileError(400, CORRUPT_MESSAGE);
  return buf.subarray(awal, awal + e.termampat);
}

const LT = 60;
/** "DOCTYPE" and "ENTITY" in upper case, to compare with bytes folded to upper case. */
const DOCTYPE = Buffer.from('DOCTYPE', 'latin1');
const ENTITY = Buffer.from('ENTITY', 'latin1');

function sama(d: Uint8Array, i: number, pola: Buffer): boolean {
  if (i + pola.length > d.length) return false;
  for (let k = 0; k < pola.length; k++) if ((d[i + k]! & 0xdf) !== pola[k]) return false;
  return true;
}

/**
 * Refuses "<!DOCTYPE" and "<!ENTITY" (any case) anywhere in a part, across chunk boundaries. Excel
 * never writes a DTD; with one, another parser could expand entities (billion laughs) or fetch
 * external ones. '!' is rare in a sheet, so finding it is a fast byte search.
 */
class PenjagaDtd {
  private ekor: Buffer = Buffer.alloc(0);

  constructor(private readonly nama: string) {}

  private cari(d: Buffer, dari: number): void {
    for (let i = d.indexOf(33, dari); i >= 0; i = d.indexOf(33, i + 1)) {
      if (i > 0 && d[i - 1] === LT && (sama(d, i + 1, DOCTYPE) || sama(d, i + 1, ENTITY))) {
        throw new FileError(
          400,
          `Bagian "${tampil(this.nama)}" dalam berkas XLSX memuat deklarasi DOCTYPE atau ENTITY, yang tidak pernah ditulis Excel; berkas ditolak demi keamanan.`,
        );
      }
    }
  }

  periksa(c: Uint8Array): void {
    const d = Buffer.from(c.buffer, c.byteOffset, c.length);
    // The seam: the previous chunk's last 8 bytes and this one's first 8 hold any declaration cut in two.
    if (this.ekor.length) this.cari(Buffer.concat([this.ekor, d.subarray(0, 8)]), 1);
    this.cari(d, 0);
    this.ekor = Buffer.concat([this.ekor, d.subarray(Math.max(0, d.length - 8))]).subarray(-8);
  }
}

/** Bytes left for the whole workbook, shared by its parts. */
export interface ByteBudget {
  sisa: number;
}

/**
 * One part's inflation, measured. Before the first byte, its declared size is held against the limit
 * for the part and what is left of the workbook's, and its declared ratio against maksRasio; then
 * every byte produced is counted against the declared size (so it stays within both limits), and at
 * the end the count must equal it.
 */
export class InflateMeter {
  private dihasilkan = 0;
  private tercatat = false;
  private readonly dtd: PenjagaDtd;

  /**
   * `batasBagian`: most bytes for this part; `pesanBagian`: the message when it is passed (the
   * workbook's limit has its own).
   */
  constructor(
    readonly e: ZipEntry,
    private readonly anggaran: ByteBudget,
    batas: ArchiveLimits,
    batasBagian: number,
    pesanBagian: () => string,
  ) {
    // The workbook's limit first, then the ratio: a part compressed past the ratio is a bomb, whatever
    // the part's own limit says.
    if (e.terurai > anggaran.sisa) {
      throw new FileError(
        413,
        `Isi berkas XLSX bila diuraikan lebih dari ${mb(batas.maksTerurai)}; berkas ditolak (kemungkinan "zip bomb") atau bagi data menjadi beberapa berkas.`,
      );
    }
    if (e.terurai > MB && e.terurai / Math.max(e.termampat, 1) > batas.maksRasio) {
      throw new FileError(
        400,
        `Bagian "${tampil(e.nama)}" dalam berkas XLSX dimampatkan lebih dari ${batas.maksRasio} kali; berkas ditolak sebagai kemungkinan "zip bomb".`,
      );
    }
    if (e.terurai > batasBagian) throw new FileError(413, pesanBagian());
    this.dtd = new PenjagaDtd(e.nama);
  }

  /** Bytes the part may still produce. */
  get sisa(): number {
    return this.e.terurai - this.dihasilkan;
  }

  terima(c: Uint8Array): void {
    this.dihasilkan += c.length;
    if (this.dihasilkan > this.e.terurai) {
      throw new FileError(
        400,
        `Isi bagian "${tampil(this.e.nama)}" dalam berkas XLSX lebih besar daripada yang dinyatakan pada direktorinya; berkas ditolak (kemungkinan "zip bomb").`,
      );
    }
    this.dtd.periksa(c);
  }

  selesai(): void {
    if (this.dihasilkan !== this.e.terurai) {
      throw new FileError(
        400,
        `Isi bagian "${tampil(this.e.nama)}" dalam berkas XLSX lebih kecil daripada yang dinyatakan pada direktorinya; berkas rusak. Simpan ulang dari Excel sebagai .xlsx, atau unggah CSV UTF-8.`,
      );
    }
    this.tercatat = true;
    this.anggaran.sisa -= this.dihasilkan;
  }

  /**
   * A part left unread before its end (a sheet passed over after its first rows): what it produced still
   * counts against the workbook's limit, so reading many parts in part does not inflate more than reading them whole.
   */
  batal(): void {
    if (this.tercatat) return;
    this.tercatat = true;
    this.anggaran.sisa -= this.dihasilkan;
  }
}

/** Stored (method 0) data, handed on in slices so a reader's counts stop it early. */
function* irisan(data: Uint8Array, t: InflateMeter): Generator<Uint8Array> {
  try {
    for (let i = 0; i < data.length; i += MB) {
      const s = data.subarray(i, Math.min(i + MB, data.length));
      t.terima(s);
      yield s;
    }
    t.selesai();
  } finally {
    t.batal();
  }
}

/**
 * A part inflated by Node's zlib on its own thread, the only inflater of the reader: its stream waits
 * for each chunk to be taken, so it never runs ahead of the count (InflateMeter), and a part whose data
 * inflates past its declared size is stopped within one chunk of it.
 */
export async function* inflate(buf: Buffer, t: InflateMeter): AsyncGenerator<Uint8Array> {
  const data = dataTermampat(buf, t.e);
  if (t.e.metode === 0) {
    yield* irisan(data, t);
    return;
  }
  const z = createInflateRaw({ chunkSize: 256 * 1024 });
  z.end(data);
  try {
    for await (const chunk of z as AsyncIterable<Buffer>) {
      t.terima(chunk);
      yield chunk;
    }
    t.selesai();
  } catch (e) {
    throw e instanceof FileError ? e : new FileError(400, CORRUPT_MESSAGE);
  } finally {
    z.destroy();
    t.batal();
  }
}
