// Hostile PDFs, made from a genuine sheet the way a forger's tools would make them: an incremental
// update (new objects, a new xref section with /Prev, a new trailer, another %%EOF) that draws over
// the page, or a clean rewrite (one xref, one %%EOF) that leaves no trace of editing. Generated here,
// never committed as binaries, so a reader can see exactly what each attack does.
import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync, deflateSync, inflateSync } from 'node:zlib';
import { getDocumentProxy } from 'unpdf';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** A PDF as PDFKit writes it: a header, numbered objects, one xref section and its trailer. */
export interface Susunan {
  kepala: Buffer;
  objek: Map<number, Buffer>;
  /** The trailer's entries other than /Size and /Prev, as written (/Root, /Info, /ID). */
  trailer: string;
  size: number;
  startxref: number;
}

export function urai(pdf: Buffer): Susunan {
  const s = pdf.toString('latin1');
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(s);
  if (!sx) throw new Error('startxref tidak ditemukan');
  const startxref = Number(sx[1]);
  const xref = /^xref\n0 (\d+)\n([\s\S]*?)trailer\n<<\n([\s\S]*?)>>\nstartxref/.exec(s.slice(startxref));
  if (!xref) throw new Error('tabel xref tidak dikenali');
  const size = Number(xref[1]);
  const baris = xref[2]!.trim().split('\n');
  const letak: [number, number][] = [];
  baris.forEach((b, id) => {
    if (b.endsWith(' n ') || b.endsWith(' n')) letak.push([id, Number(b.slice(0, 10))]);
  });
  letak.sort((a, b) => a[1] - b[1]);
  const objek = new Map<number, Buffer>();
  letak.forEach(([id, awal], i) => objek.set(id, pdf.subarray(awal, i + 1 < letak.length ? letak[i + 1]![1] : startxref)));
  const trailer = xref[3]!
    .split('\n')
    .filter((b) => b && !b.startsWith('/Size') && !b.startsWith('/Prev'))
    .join('\n');
  return { kepala: pdf.subarray(0, letak[0]![1]), objek, trailer, size, startxref };
}

/** The objects written again in a single body with a fresh xref: a rewrite with no incremental traces. */
export function susun(s: Susunan): Buffer {
  const bagian: Buffer[] = [s.kepala];
  let offset = s.kepala.length;
  const size = Math.max(s.size, ...[...s.objek.keys()].map((k) => k + 1));
  const letak = new Array<number | undefined>(size).fill(undefined);
  for (const id of [...s.objek.keys()].sort((a, b) => a - b)) {
    letak[id] = offset;
    const o = s.objek.get(id)!;
    bagian.push(o);
    offset += o.length;
  }
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++)
    xref += letak[id] === undefined ? '0000000000 65535 f \n' : `${String(letak[id]).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<<\n/Size ${size}\n${s.trailer}\n>>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.concat([...bagian, latin1(xref)]);
}

/** Appends new versions of objects after the original bytes, as "save" in a PDF editor does. */
export function pembaruanBertahap(asli: Buffer, baru: Map<number, Buffer>): Buffer {
  const s = urai(asli);
  const bagian: Buffer[] = [asli];
  let offset = asli.length;
  let xref = 'xref\n0 1\n0000000000 65535 f \n';
  for (const id of [...baru.keys()].sort((a, b) => a - b)) {
    xref += `${id} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
    bagian.push(baru.get(id)!);
    offset += baru.get(id)!.length;
  }
  const size = Math.max(s.size, ...[...baru.keys()].map((k) => k + 1));
  xref += `trailer\n<<\n/Size ${size}\n${s.trailer}\n/Prev ${s.startxref}\n>>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.concat([...bagian, latin1(xref)]);
}

export function objek(id: number, kamus: string, aliran?: Buffer): Buffer {
  if (!aliran) return latin1(`${id} 0 obj\n<<\n${kamus}\n>>\nendobj\n`);
  return Buffer.concat([
    latin1(`${id} 0 obj\n<<\n${kamus}\n/Length ${aliran.length}\n>>\nstream\n`),
    aliran,
    latin1('\nendstream\nendobj\n'),
  ]);
}

const teksObjek = (s: Susunan, id: number) => s.objek.get(id)!.toString('latin1');

/** Page objects in page order (PDFKit writes /Kids in order). */
export function halaman(s: Susunan): number[] {
  const akar = Number(/\/Root (\d+) 0 R/.exec(s.trailer)![1]);
  const pages = Number(/\/Pages (\d+) 0 R/.exec(teksObjek(s, akar))![1]);
  const kids = /\/Kids \[([^\]]*)\]/.exec(teksObjek(s, pages))![1]!;
  return [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

function idEmbeddedFile(s: Susunan): number {
  const ids = [...s.objek.keys()].filter((id) => teksObjek(s, id).includes('/Type /EmbeddedFile\n'));
  if (ids.length !== 1) throw new Error('lampiran tidak ditemukan');
  return ids[0]!;
}

/** Where a string is printed on a page, as pdf.js reads our own genuine sheet (PDF user space). */
export async function letakTeks(pdf: Buffer, teks: string, nomorHalaman = 1): Promise<{ x: number; y: number; w: number; h: number }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 });
  try {
    const page = await doc.getPage(nomorHalaman);
    const tc = await page.getTextContent();
    for (const item of tc.items) {
      if ('str' in item && item.str.includes(teks)) {
        return { x: item.transform[4] as number, y: item.transform[5] as number, w: item.width, h: item.height || 10 };
      }
    }
    throw new Error(`"${teks}" tidak tercetak pada halaman ${nomorHalaman}`);
  } finally {
    await doc.loadingTask.destroy();
  }
}

export interface Kotak {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Paint: a white box over the area, then the forger's text in Helvetica-Bold. */
function catTimpaTeks(k: Kotak, teks: string, asal: { x: number; y: number } = { x: 0, y: 0 }): string {
  const x = k.x - asal.x;
  const y = k.y - asal.y;
  return `q 1 1 1 rg ${x - 2} ${y - 3} ${k.w + 12} ${k.h + 4} re f Q\nBT /FPalsu ${k.h} Tf 0 g ${x} ${y} Td (${teks}) Tj ET\n`;
}

/**
 * (a) One annotation whose appearance stream paints a white box and `teks` over the area. pdf.js
 * text extraction still reads the original figure; a viewer shows the forger's.
 */
export function anotasiMenimpa(asli: Buffer, k: Kotak, teks: string, nomorHalaman = 1): Buffer {
  const s = urai(asli);
  const idHalaman = halaman(s)[nomorHalaman - 1]!;
  const [idFon, idTampilan, idAnotasi] = [s.size, s.size + 1, s.size + 2];
  const kotak = `[${k.x - 2} ${k.y - 3} ${k.x + k.w + 10} ${k.y + k.h + 1}]`;
  const cat = latin1(catTimpaTeks(k, teks, { x: k.x - 2, y: k.y - 3 }));
  const halamanBaru = teksObjek(s, idHalaman).replace(/\n>>\nendobj\s*$/, `\n/Annots [${idAnotasi} 0 R]\n>>\nendobj\n`);
  return pembaruanBertahap(
    asli,
    new Map([
      [idFon, objek(idFon, '/Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica-Bold\n/Encoding /WinAnsiEncoding')],
      [
        idTampilan,
        objek(
          idTampilan,
          `/Type /XObject\n/Subtype /Form\n/BBox [0 0 ${k.w + 12} ${k.h + 4}]\n/Resources << /Font << /FPalsu ${idFon} 0 R >> >>`,
          cat,
        ),
      ],
      [idAnotasi, objek(idAnotasi, `/Type /Annot\n/Subtype /Stamp\n/Rect ${kotak}\n/F 4\n/AP << /N ${idTampilan} 0 R >>`)],
      [idHalaman, latin1(halamanBaru)],
    ]),
  );
}

/** The page's /Resources object with an image XObject added. */
function sumberDayaDengan(s: Susunan, idHalaman: number, idGambar: number): [number, Buffer] {
  const idSumber = Number(/\/Resources (\d+) 0 R/.exec(teksObjek(s, idHalaman))![1]);
  const teks = teksObjek(s, idSumber).replace(/\n>>\nendobj\s*$/, `\n/XObject << /ImPalsu ${idGambar} 0 R >>\n>>\nendobj\n`);
  return [idSumber, latin1(teks)];
}

/**
 * The page's /Contents as an array: a "q" stream, the original, and one more stream drawn last, over
 * everything. Streams are concatenated, and PDFKit's begins by flipping the y-axis ("1 0 0 -1 0 h cm")
 * without restoring it, so the original is wrapped in q … Q and the added stream starts with the Q.
 */
function halamanDenganIsiTambahan(s: Susunan, idHalaman: number, idSimpan: number, idIsi: number): Buffer {
  return latin1(teksObjek(s, idHalaman).replace(/\/Contents (\d+) 0 R/, `/Contents [${idSimpan} 0 R $1 0 R ${idIsi} 0 R]`));
}

/** (b) An image XObject of `teks` (white ground, dark seven-segment digits) drawn over the area by an extra content stream. */
export function gambarMenimpa(asli: Buffer, k: Kotak, teks: string, nomorHalaman = 1): Buffer {
  const s = urai(asli);
  const idHalaman = halaman(s)[nomorHalaman - 1]!;
  const [idGambar, idIsi, idSimpan] = [s.size, s.size + 1, s.size + 2];
  const [idSumber, sumber] = sumberDayaDengan(s, idHalaman, idGambar);
  const g = bitmapTeks(teks, 24);
  const lebar = (k.h + 4) * (g.lebar / g.tinggi);
  const isi = `Q\nq ${lebar} 0 0 ${k.h + 4} ${k.x - 2} ${k.y - 3} cm /ImPalsu Do Q\n`;
  return pembaruanBertahap(
    asli,
    new Map([
      [
        idGambar,
        objek(
          idGambar,
          `/Type /XObject\n/Subtype /Image\n/Width ${g.lebar}\n/Height ${g.tinggi}\n/ColorSpace /DeviceGray\n/BitsPerComponent 8\n/Filter /FlateDecode`,
          deflateSync(g.piksel),
        ),
      ],
      [idIsi, objek(idIsi, '', latin1(isi))],
      [idSimpan, objek(idSimpan, '', latin1('q\n'))],
      [idSumber, sumber],
      [idHalaman, halamanDenganIsiTambahan(s, idHalaman, idSimpan, idIsi)],
    ]),
  );
}

/** `teks` rasterised from the seven-segment rectangles of glifVektor: 8-bit grey, top row first. */
function bitmapTeks(teks: string, tinggi: number): { lebar: number; tinggi: number; piksel: Buffer } {
  const kotak = [...glifVektor(teks, 2, 3, tinggi - 6).matchAll(/([\d.-]+) ([\d.-]+) ([\d.-]+) ([\d.-]+) re f/g)].map((m) =>
    m.slice(1, 5).map(Number),
  );
  const lebar = Math.ceil(Math.max(...kotak.map(([x, , w]) => x! + w!))) + 3;
  const piksel = Buffer.alloc(lebar * tinggi, 255);
  for (const [x, y, w, h] of kotak) {
    for (let py = Math.floor(y!); py < Math.ceil(y! + h!); py++) {
      for (let px = Math.floor(x!); px < Math.ceil(x! + w!); px++) piksel[(tinggi - 1 - py) * lebar + px] = 0;
    }
  }
  return { lebar, tinggi, piksel };
}

// Seven-segment digits: which of the segments a–g each glyph lights.
const SEGMEN: Record<string, string> = {
  0: 'abcdef',
  1: 'bc',
  2: 'abdeg',
  3: 'abcdg',
  4: 'bcfg',
  5: 'acdfg',
  6: 'acdefg',
  7: 'abc',
  8: 'abcdefg',
  9: 'abcdfg',
};

/** Glyphs as filled rectangles (path operators only: `re`, `f`): no text object for any extractor to find. */
export function glifVektor(teks: string, x0: number, y0: number, tinggi: number): string {
  const w = tinggi * 0.5;
  const t = tinggi * 0.12;
  const h = tinggi / 2;
  let x = x0;
  let ops = '0 g\n';
  for (const c of teks) {
    if (c === ',' || c === '.') {
      ops += `${x} ${y0 - t} ${t} ${t * 2} re f\n`;
      x += t * 3;
      continue;
    }
    const seg = SEGMEN[c] ?? '';
    const r: Record<string, [number, number, number, number]> = {
      a: [x, y0 + tinggi - t, w, t],
      b: [x + w - t, y0 + h, t, h],
      c: [x + w - t, y0, t, h],
      d: [x, y0, w, t],
      e: [x, y0, t, h],
      f: [x, y0 + h, t, h],
      g: [x, y0 + h - t / 2, w, t],
    };
    for (const sg of seg) ops += `${r[sg]!.map((n) => n.toFixed(2)).join(' ')} re f\n`;
    x += w + t * 2;
  }
  return ops;
}

function catGlif(k: Kotak, teks: string): string {
  return `q 1 1 1 rg ${k.x - 2} ${k.y - 3} ${k.w + 12} ${k.h + 4} re f\n${glifVektor(teks, k.x, k.y - 1, k.h)}Q\n`;
}

/** (c) A content stream of path operators painting a white box and `teks` as vector glyphs, added by an incremental update. */
export function glifMenimpaBertahap(asli: Buffer, k: Kotak, teks: string, nomorHalaman = 1): Buffer {
  const s = urai(asli);
  const idHalaman = halaman(s)[nomorHalaman - 1]!;
  const [idIsi, idSimpan] = [s.size, s.size + 1];
  return pembaruanBertahap(
    asli,
    new Map([
      [idIsi, objek(idIsi, '/Filter /FlateDecode', deflateSync(latin1(`Q\n${catGlif(k, teks)}`)))],
      [idSimpan, objek(idSimpan, '', latin1('q\n'))],
      [idHalaman, halamanDenganIsiTambahan(s, idHalaman, idSimpan, idIsi)],
    ]),
  );
}

/** (c) The same glyphs written into the page's own content stream and the file rewritten: one xref, one %%EOF. */
export function glifMenimpaDitulisUlang(asli: Buffer, k: Kotak, teks: string, nomorHalaman = 1): Buffer {
  const s = urai(asli);
  const idHalaman = halaman(s)[nomorHalaman - 1]!;
  const idIsi = Number(/\/Contents (\d+) 0 R/.exec(teksObjek(s, idHalaman))![1]);
  const lama = isiAliran(s.objek.get(idIsi)!);
  s.objek.set(
    idIsi,
    objek(idIsi, '/Filter /FlateDecode', deflateSync(Buffer.concat([latin1('q\n'), lama, latin1(`Q\n${catGlif(k, teks)}`)]))),
  );
  return susun(s);
}

/** The decoded data of a FlateDecode stream object as PDFKit writes it (our own genuine output only). */
function isiAliran(o: Buffer): Buffer {
  const awal = o.indexOf('stream\n') + 7;
  const akhir = o.lastIndexOf('\nendstream');
  return inflateSync(o.subarray(awal, akhir));
}

/** The attached JSON of a genuine sheet. */
export function lampiranAsli(pdf: Buffer): string {
  const s = urai(pdf);
  return isiAliran(s.objek.get(idEmbeddedFile(s))!).toString('utf8');
}

/**
 * (d) The attachment replaced in place, compressed, with /Params /Size and /CheckSum updated and the
 * file rewritten: a careful forger's edit, with no incremental update to betray it.
 */
export function gantiLampiranDiTempat(asli: Buffer, isiBaru: Buffer): Buffer {
  const s = urai(asli);
  const id = idEmbeddedFile(s);
  const kamus = /<<\n([\s\S]*?)\n\/Length \d+\n\/Filter \/FlateDecode\n>>\nstream\n/
    .exec(teksObjek(s, id))![1]!
    .replace(/\/CheckSum \([0-9a-f]+\)/, `/CheckSum (${createHash('md5').update(isiBaru).digest('hex')})`)
    .replace(/\/Size \d+/, `/Size ${isiBaru.length}`);
  s.objek.set(id, objek(id, `${kamus}\n/Filter /FlateDecode`, deflateSync(isiBaru)));
  return susun(s);
}

/**
 * A zlib stream that inflates to `ukuran` bytes of `isi` (≥ 1 GB in ~1 MB), built without ever holding
 * the inflated data: one block of 16 MiB deflated once with a full flush (byte-aligned, no reference
 * to earlier data) is repeated, then a final empty block and the Adler-32 of the whole.
 */
export function aliranBom(ukuran: number, isi = 0): Buffer {
  const BLOK = 16 * 1024 * 1024;
  if (ukuran % BLOK !== 0) throw new Error('ukuran harus kelipatan 16 MiB');
  const blok = deflateRawSync(Buffer.alloc(BLOK, isi), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const akhir = deflateRawSync(Buffer.alloc(0));
  // Adler-32 of `ukuran` equal bytes: A = 1 + n·isi, B = n + isi·n(n+1)/2, both mod 65521.
  const n = BigInt(ukuran);
  const v = BigInt(isi);
  const a = (1n + n * v) % 65521n;
  const b = (n + (v * n * (n + 1n)) / 2n) % 65521n;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...new Array<Buffer>(ukuran / BLOK).fill(blok), akhir, adler]);
}

/** (e) The first page's content stream replaced by a bomb; everything else, the attachment included, genuine. */
export function bomHalaman(asli: Buffer, ukuran: number): Buffer {
  const s = urai(asli);
  const idIsi = Number(/\/Contents (\d+) 0 R/.exec(teksObjek(s, halaman(s)[0]!))![1]);
  s.objek.set(idIsi, objek(idIsi, '/Filter /FlateDecode', aliranBom(ukuran, 0x20)));
  return susun(s);
}

/** (e) The attachment's stream replaced by a bomb of spaces (what a JSON reader would skip). */
export function bomLampiran(asli: Buffer, ukuran: number): Buffer {
  const s = urai(asli);
  const id = idEmbeddedFile(s);
  const kamus = /<<\n([\s\S]*?)\n\/Length \d+\n\/Filter \/FlateDecode\n>>\nstream\n/.exec(teksObjek(s, id))![1]!;
  s.objek.set(id, objek(id, `${kamus}\n/Filter /FlateDecode`, aliranBom(ukuran, 0x20)));
  return susun(s);
}

/**
 * A PNG: `warna` is the colour type (6 RGBA, which PDFKit decodes and splits into an image and a soft
 * mask; 2 RGB, which it embeds as it is). `idat` replaces the pixel data, e.g. by a bomb.
 */
export function buatPng(lebar: number, tinggi: number, o: { warna?: 2 | 6; idat?: Buffer } = {}): Buffer {
  const warna = o.warna ?? 6;
  const potongan = (jenis: string, data: Buffer) => {
    const kepala = Buffer.alloc(8);
    kepala.writeUInt32BE(data.length);
    kepala.write(jenis, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([kepala.subarray(4), data])));
    return Buffer.concat([kepala, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(lebar, 0);
  ihdr.writeUInt32BE(tinggi, 4);
  ihdr.set([8, warna, 0, 0, 0], 8);
  let idat = o.idat;
  if (!idat) {
    const saluran = warna === 6 ? 4 : 3;
    const baris = Buffer.alloc(tinggi * (1 + lebar * saluran));
    for (let y = 0; y < tinggi && lebar * tinggi <= 10_000; y++) {
      for (let x = 0; x < lebar; x++)
        baris.set([(x * 40) & 255, (y * 40) & 255, 160, x === y ? 0 : 255].slice(0, saluran), y * (1 + lebar * saluran) + 1 + x * saluran);
    }
    idat = deflateSync(baris, { level: 9 });
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    potongan('IHDR', ihdr),
    potongan('IDAT', idat),
    potongan('IEND', Buffer.alloc(0)),
  ]);
}

/** A small RGBA logo with a gradient and transparent diagonal. */
export const pngRgba = (lebar: number, tinggi: number) => buatPng(lebar, tinggi);
/** The attachment's /Length made an indirect reference to a new object holding the true length. */
export function lampiranPanjangTakLangsung(asli: Buffer): Buffer {
  const s = urai(asli);
  const id = idEmbeddedFile(s);
  const o = s.objek.get(id)!;
  const panjang = /\n\/Length (\d+)\n/.exec(o.toString('latin1'))!;
  s.objek.set(
    id,
    Buffer.concat([
      latin1(o.toString('latin1', 0, panjang.index)),
      latin1(`\n/Length ${s.size} 0 R\n`),
      o.subarray(panjang.index + panjang[0].length),
    ]),
  );
  s.objek.set(s.size, latin1(`${s.size} 0 obj\n${panjang[1]}\nendobj\n`));
  return susun(s);
}

/** The attachment's compressed stream cut in half, its /Length made to match: a file saved half-way. */
export function lampiranAliranTerpotong(asli: Buffer): Buffer {
  const s = urai(asli);
  const id = idEmbeddedFile(s);
  const o = s.objek.get(id)!;
  const t = o.toString('latin1');
  const awal = t.indexOf('>>\nstream\n') + 10;
  const data = o.subarray(awal, o.lastIndexOf('\nendstream'));
  const separuh = data.subarray(0, Math.floor(data.length / 2));
  const kepala = t.slice(0, awal).replace(/\/Length \d+/, `/Length ${separuh.length}`);
  s.objek.set(id, Buffer.concat([latin1(kepala), separuh, latin1('\nendstream\nendobj\n')]));
  return susun(s);
}
