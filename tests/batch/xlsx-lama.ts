// The XLSX reader as it was before the byte scanner (src/batch/xlsx.ts at 7a81af1), copied with one fix
// (a formula is the element <f>, not any tag starting "<f" such as <family>), as the reference that
// tests/batch/xlsx-baca.test.ts compares the current reader with, and the CSV
// conversion of that time (src/batch/xlsx-csv.ts). Not used by the application.
import { Inflate } from 'fflate';
import { GalatBerkas, type BarisMentah } from '../../src/batch/galat.ts';

interface BatasXlsx {
  /** Total uncompressed bytes we are willing to inflate (all parts together). */
  maksTerurai: number;
  /** Largest ratio uncompressed/compressed for an entry larger than 1 MB. */
  maksRasio: number;
  maksEntri: number;
}

const BATAS_XLSX_BAKU: BatasXlsx = { maksTerurai: 400 * 1024 * 1024, maksRasio: 200, maksEntri: 2000 };

interface Entri { nama: string; metode: number; termampat: number; terurai: number; offset: number }

const RUSAK = 'Berkas XLSX rusak atau bukan buku kerja Excel; simpan ulang dari Excel sebagai .xlsx, atau unggah CSV UTF-8.';

function direktori(buf: Buffer, batas: BatasXlsx): Map<string, Entri> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new GalatBerkas(400, RUSAK);
  const jumlah = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (jumlah === 0xffff || cdOffset === 0xffffffff) throw new GalatBerkas(400, 'Berkas XLSX berformat ZIP64 (terlalu besar); bagi data menjadi beberapa berkas.');
  if (jumlah > batas.maksEntri) throw new GalatBerkas(400, `Berkas XLSX memuat ${jumlah} bagian; ini bukan buku kerja biasa dan ditolak.`);
  const m = new Map<string, Entri>();
  let p = cdOffset;
  let total = 0;
  for (let n = 0; n < jumlah; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new GalatBerkas(400, RUSAK);
    const flags = buf.readUInt16LE(p + 8);
    const metode = buf.readUInt16LE(p + 10);
    const termampat = buf.readUInt32LE(p + 20);
    const terurai = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28);
    const elen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const nama = buf.toString('utf8', p + 46, p + 46 + nlen);
    p += 46 + nlen + elen + clen;
    if (flags & 1) throw new GalatBerkas(400, 'Berkas XLSX dilindungi kata sandi (terenkripsi); buka proteksinya lalu simpan ulang.');
    if (metode !== 0 && metode !== 8) throw new GalatBerkas(400, RUSAK);
    if (terurai === 0xffffffff || termampat === 0xffffffff) throw new GalatBerkas(400, 'Berkas XLSX berformat ZIP64 (terlalu besar); bagi data menjadi beberapa berkas.');
    total += terurai;
    if (total > batas.maksTerurai) {
      throw new GalatBerkas(413, `Isi berkas XLSX bila diuraikan lebih dari ${Math.round(batas.maksTerurai / 1024 / 1024)} MB; berkas ditolak (kemungkinan "zip bomb") atau bagi data menjadi beberapa berkas.`);
    }
    if (terurai > 1024 * 1024 && terurai / Math.max(termampat, 1) > batas.maksRasio) {
      throw new GalatBerkas(400, `Bagian "${nama}" dalam berkas XLSX dimampatkan lebih dari ${batas.maksRasio} kali; berkas ditolak sebagai kemungkinan "zip bomb".`);
    }
    m.set(nama.replace(/^\//, ''), { nama, metode, termampat, terurai, offset });
  }
  return m;
}

function dataTermampat(buf: Buffer, e: Entri): Uint8Array {
  const o = e.offset;
  if (o + 30 > buf.length || buf.readUInt32LE(o) !== 0x04034b50) throw new GalatBerkas(400, RUSAK);
  const awal = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
  if (awal + e.termampat > buf.length) throw new GalatBerkas(400, RUSAK);
  return buf.subarray(awal, awal + e.termampat);
}

/** Inflates an entry in slices, yielding output as it comes; stops at the budget, whatever the headers say. */
function* urai(buf: Buffer, e: Entri, anggaran: { sisa: number }): Generator<Uint8Array> {
  const data = dataTermampat(buf, e);
  const batas = Math.min(anggaran.sisa, e.terurai);
  if (e.metode === 0) {
    if (data.length > batas) throw new GalatBerkas(413, 'Isi berkas XLSX lebih besar daripada yang dinyatakan; berkas ditolak.');
    anggaran.sisa -= data.length;
    yield data;
    return;
  }
  const keluar: Uint8Array[] = [];
  let dihasilkan = 0;
  const inf = new Inflate((chunk) => {
    dihasilkan += chunk.length;
    if (dihasilkan > batas) throw new GalatBerkas(413, 'Isi berkas XLSX lebih besar daripada yang dinyatakan pada direktorinya; berkas ditolak (kemungkinan "zip bomb").');
    keluar.push(chunk);
  });
  const LANGKAH = 64 * 1024;
  try {
    for (let i = 0; i < data.length; i += LANGKAH) {
      inf.push(data.subarray(i, Math.min(i + LANGKAH, data.length)), i + LANGKAH >= data.length);
      while (keluar.length) yield keluar.shift()!;
    }
    if (data.length === 0) inf.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof GalatBerkas) throw err;
    throw new GalatBerkas(400, RUSAK);
  }
  while (keluar.length) yield keluar.shift()!;
  anggaran.sisa -= dihasilkan;
}

function teksEntri(buf: Buffer, e: Entri, anggaran: { sisa: number }): string {
  const dec = new TextDecoder('utf-8');
  let s = '';
  for (const c of urai(buf, e, anggaran)) s += dec.decode(c, { stream: true });
  return s + dec.decode();
}

const ENTITAS: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function dekodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, k: string) => {
    if (k[0] !== '#') return ENTITAS[k]!;
    const n = k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}

/** Text of an <si> or <is>: all <t> runs, without phonetic (<rPh>) runs. */
function teksRun(xml: string): string {
  const tanpaRph = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let s = '';
  const re = /<t(?:\s[^>]*)?>([^<]*)<\/t>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tanpaRph))) s += m[1];
  return dekodeXml(s);
}

const FORMAT_TANGGAL_BAWAAN = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

function gayaTanggal(styles: string | undefined): boolean[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g)) custom.set(Number(m[1]), dekodeXml(m[2]!));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*)/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1]!)?.[1] ?? 0);
    if (FORMAT_TANGGAL_BAWAAN.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    const bersih = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[dy]/i.test(bersih) || (/m/i.test(bersih) && !/[hs]/i.test(bersih));
  });
}

/** Excel serial day number (1900 system) → YYYY-MM-DD. */
function tanggalSerial(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 1 || n >= 2958466) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86400000);
  return d.toISOString().slice(0, 10);
}

function indeksKolom(huruf: string): number {
  let n = 0;
  for (const c of huruf) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

const MAKS_KOLOM = 200;

/** Which sheet to read: one named Isian or Data, else the first. */
function pilihLembar(workbook: string, rels: string): string {
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => ({
    nama: dekodeXml(/\bname="([^"]*)"/.exec(m[1]!)?.[1] ?? ''),
    rid: /\br:id="([^"]*)"/.exec(m[1]!)?.[1] ?? /\bid="([^"]*)"/.exec(m[1]!)?.[1] ?? '',
  }));
  if (sheets.length === 0) throw new GalatBerkas(400, RUSAK);
  const s = sheets.find((x) => /^(isian|data)$/i.test(x.nama.trim())) ?? sheets[0]!;
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[1]!)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1]!)?.[1];
    if (id === s.rid && target) return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  throw new GalatBerkas(400, RUSAK);
}

export function* bacaXlsxLama(buf: Buffer, batas: BatasXlsx = BATAS_XLSX_BAKU): Generator<BarisMentah> {
  const dir = direktori(buf, batas);
  const anggaran = { sisa: batas.maksTerurai };
  const wb = dir.get('xl/workbook.xml');
  const wbRels = dir.get('xl/_rels/workbook.xml.rels');
  if (!wb || !wbRels) throw new GalatBerkas(400, RUSAK);
  const namaLembar = pilihLembar(teksEntri(buf, wb, anggaran), teksEntri(buf, wbRels, anggaran));
  const lembar = dir.get(namaLembar);
  if (!lembar) throw new GalatBerkas(400, RUSAK);
  const ss = dir.get('xl/sharedStrings.xml');
  const shared: string[] = [];
  if (ss) {
    const xml = teksEntri(buf, ss, anggaran);
    for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(m[1] === undefined ? '' : teksRun(m[1]));
  }
  const st = dir.get('xl/styles.xml');
  const tanggal = gayaTanggal(st ? teksEntri(buf, st, anggaran) : undefined);

  const dec = new TextDecoder('utf-8');
  let sisa = '';
  let nomorBerikut = 1;
  const reBaris = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
  const reSel = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (const chunk of urai(buf, lembar, anggaran)) {
    sisa += dec.decode(chunk, { stream: true });
    reBaris.lastIndex = 0;
    let akhir = 0;
    let m: RegExpExecArray | null;
    while ((m = reBaris.exec(sisa))) {
      akhir = reBaris.lastIndex;
      const r = /\br="(\d+)"/.exec(m[1]!);
      const nomor = r ? Number(r[1]) : nomorBerikut;
      nomorBerikut = nomor + 1;
      const sel: string[] = [];
      const rumus: number[] = [];
      if (m[2]) {
        reSel.lastIndex = 0;
        let c: RegExpExecArray | null;
        let kol = 0;
        while ((c = reSel.exec(m[2]))) {
          const attr = c[1]!;
          const ref = /\br="([A-Z]{1,3})\d*"/.exec(attr);
          const i = ref ? indeksKolom(ref[1]!) : kol;
          kol = i + 1;
          if (i >= MAKS_KOLOM) continue;
          const isi = c[2] ?? '';
          if (/<f[\s>/]/.test(isi)) rumus.push(i); // fixed alongside the new reader: <family> is not a formula
          const t = /\bt="(\w+)"/.exec(attr)?.[1];
          let v: string;
          if (t === 'inlineStr') v = teksRun(/<is>([\s\S]*?)<\/is>/.exec(isi)?.[1] ?? '');
          else {
            const raw = /<v>([^<]*)<\/v>/.exec(isi)?.[1];
            if (raw === undefined) v = '';
            else if (t === 's') v = shared[Number(raw)] ?? '';
            else if (t === 'str' || t === 'e') v = dekodeXml(raw);
            else if (t === 'b') v = raw === '1' ? 'Ya' : 'Tidak';
            else {
              const n = Number(raw);
              const s = Number(/\bs="(\d+)"/.exec(attr)?.[1] ?? 0);
              // Keep an exponent as written: 1.99E+17 is a NIP that Excel stored as a number and cut.
              v = tanggal[s] ? (tanggalSerial(n) ?? raw) : Number.isFinite(n) && !/e/i.test(raw) ? String(n) : raw;
            }
          }
          while (sel.length < i) sel.push('');
          sel[i] = v;
        }
      }
      yield rumus.length ? { nomor, sel, rumus } : { nomor, sel };
    }
    if (akhir > 0) sisa = sisa.slice(akhir);
    else if (sisa.length > 20 * 1024 * 1024) throw new GalatBerkas(400, 'Satu baris lembar kerja terlalu panjang; berkas ini bukan data templat.');
  }
}

const MAKS_CELAH = 1000;

const perluKutip = /[",\n\r]/;

function sel(s: string): string {
  return perluKutip.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function xlsxKeCsvLama(buf: Buffer, batas: BatasXlsx): Uint8Array | undefined {
  const enc = new TextEncoder();
  const keping: Uint8Array[] = [];
  let panjang = 0;
  let teks = '';
  const tuang = () => {
    const b = enc.encode(teks);
    teks = '';
    keping.push(b);
    panjang += b.length;
  };
  let nomor = 0;
  for (const row of bacaXlsxLama(buf, batas)) {
    if (row.rumus?.length) return undefined;
    if (row.nomor <= nomor || row.nomor - nomor > MAKS_CELAH) return undefined;
    while (++nomor < row.nomor) teks += '\n';
    for (let i = 0; i < row.sel.length; i++) {
      if (i > 0) teks += ',';
      teks += sel(row.sel[i] ?? '');
    }
    teks += '\n';
    if (teks.length > 1 << 20) tuang();
  }
  tuang();
  const hasil = new Uint8Array(new SharedArrayBuffer(panjang));
  let o = 0;
  for (const k of keping) { hasil.set(k, o); o += k.length; }
  return hasil;
}
