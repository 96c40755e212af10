// Hostile XLSX workbooks, built in memory (no binary blobs in the repository): a tiny ZIP writer that
// can lie in every field the reader trusts, and one function per attack. Large contents are never built
// whole: a piece is deflated once and its compressed bytes repeated (independent sync-flushed runs, as
// deflate.ts does for the results sheet), so a 390 MB part costs a few MB to make.
// Used by tests/keamanan/xlsx-bom.test.ts and bench/xlsx-bom.ts.
import { crc32, crc32Combine, deflateChunks } from '../../src/berkas/deflate.ts';
import { KOLOM } from '../../src/batch/kolom.ts';
import { unit } from '../../bench/generator.ts';

const enc = new TextEncoder();
const bait = (x: Uint8Array | string): Uint8Array => (typeof x === 'string' ? enc.encode(x) : x);

/** Deflated data with the true size and CRC of what it inflates to. */
export interface Mampat {
  data: Uint8Array;
  terurai: number;
  crc: number;
}

/** One ZIP entry; every field the reader reads from the directory can be made to lie. */
export interface Bagian {
  nama: string;
  /** The content, deflated here (or stored as is with metode 0). */
  isi?: Uint8Array | string | undefined;
  /** Or content already deflated (rangkai). */
  mampat?: Mampat;
  metode?: 0 | 8;
  /** Sizes written in the central directory and the local header instead of the true ones. */
  nyatakan?: { terurai?: number; termampat?: number };
  /** General-purpose flags (1: encrypted, 8: sizes in a data descriptor after the data). */
  flag?: number;
  /** Another name in the local header than in the central directory. */
  namaLokal?: string;
  /** Extra field (central directory and local header). */
  ekstra?: Uint8Array;
}

/** Pieces, each repeated: deflated once, the compressed bytes repeated, then one final empty block. */
export function rangkai(potongan: [Uint8Array | string, number][]): Mampat {
  // Level 9: a megabyte of one character then takes about 1 kB, as in a real bomb.
  const keping: Uint8Array[] = [];
  let terurai = 0;
  let crc = 0;
  for (const [isi, kali] of potongan) {
    const b = bait(isi);
    const d = deflateChunks(b, 9);
    const c = crc32(b);
    for (let i = 0; i < kali; i++) {
      keping.push(d);
      crc = crc32Combine(crc, c, b.length);
      terurai += b.length;
    }
  }
  keping.push(new Uint8Array([3, 0]));
  return { data: Buffer.concat(keping), terurai, crc };
}

/** Letters from a fixed-seed generator: text that does not compress (about 5.7 bits a byte). */
export function acak(n: number, seed = 1): string {
  let a = seed >>> 0;
  let s = '';
  for (let i = 0; i < n; i++) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    s += String.fromCharCode(65 + ((a >>> 24) % 52 < 26 ? (a >>> 24) % 26 : 32 + ((a >>> 24) % 26)));
  }
  return s;
}

/**
 * `pola` repeated to about 1 MB, then incompressible letters so that the piece deflates about `rasio`
 * times (the reader refuses a part of more than 1 MB compressed more than 200 times). The letters must
 * be harmless where the piece goes (text between elements, or inside a <t>).
 */
export function ubinBerpadding(pola: string, rasio = 150): string {
  const inti = pola.repeat(Math.ceil((1 << 20) / pola.length));
  const sasaran = Math.ceil(inti.length / rasio);
  let pad = '';
  for (let seed = 1; deflateChunks(bait(inti + pad), 9).length < sasaran; seed++) pad += acak(1024, seed);
  return inti + pad;
}

export function zip(bagian: Bagian[], opsi: { jumlahEocd?: number; cdOffsetEocd?: number } = {}): Buffer {
  const lokal: Buffer[] = [];
  const pusat: Buffer[] = [];
  let offset = 0;
  for (const b of bagian) {
    const metode = b.metode ?? 8;
    const isi = b.isi === undefined ? undefined : bait(b.isi);
    const m: Mampat =
      b.mampat ??
      (metode === 0
        ? { data: isi!, terurai: isi!.length, crc: crc32(isi!) }
        : { data: deflateChunks(isi!, 6), terurai: isi!.length, crc: crc32(isi!) });
    // deflateKeping ends without a final block; close it (rangkai's pieces already are).
    const data = b.mampat || metode === 0 ? m.data : Buffer.concat([m.data, new Uint8Array([3, 0])]);
    const flag = b.flag ?? 0;
    const terurai = b.nyatakan?.terurai ?? m.terurai;
    const termampat = b.nyatakan?.termampat ?? data.length;
    const nama = Buffer.from(b.nama, 'utf8');
    const namaLokal = Buffer.from(b.namaLokal ?? b.nama, 'utf8');
    const ekstra = Buffer.from(b.ekstra ?? new Uint8Array(0));
    const deskriptor = (flag & 8) !== 0;
    const l = Buffer.alloc(30);
    l.writeUInt32LE(0x04034b50, 0);
    l.writeUInt16LE(20, 4);
    l.writeUInt16LE(flag, 6);
    l.writeUInt16LE(metode, 8);
    l.writeUInt32LE(deskriptor ? 0 : m.crc, 14);
    l.writeUInt32LE(deskriptor ? 0 : termampat, 18);
    l.writeUInt32LE(deskriptor ? 0 : terurai, 22);
    l.writeUInt16LE(namaLokal.length, 26);
    l.writeUInt16LE(ekstra.length, 28);
    const dd = Buffer.alloc(deskriptor ? 16 : 0);
    if (deskriptor) {
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(m.crc, 4);
      dd.writeUInt32LE(termampat, 8);
      dd.writeUInt32LE(terurai, 12);
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(flag, 8);
    c.writeUInt16LE(metode, 10);
    c.writeUInt32LE(m.crc, 16);
    c.writeUInt32LE(termampat, 20);
    c.writeUInt32LE(terurai, 24);
    c.writeUInt16LE(nama.length, 28);
    c.writeUInt16LE(ekstra.length, 30);
    c.writeUInt32LE(offset, 42);
    lokal.push(l, namaLokal, ekstra, Buffer.from(data), dd);
    pusat.push(c, nama, ekstra);
    offset += 30 + namaLokal.length + ekstra.length + data.length + dd.length;
  }
  const cd = Buffer.concat(pusat);
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(opsi.jumlahEocd ?? bagian.length, 8);
  e.writeUInt16LE(opsi.jumlahEocd ?? bagian.length, 10);
  e.writeUInt32LE(cd.length, 12);
  e.writeUInt32LE(opsi.cdOffsetEocd ?? offset, 16);
  return Buffer.concat([...lokal, cd, e]);
}

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HURUF = (k: number) => (k < 26 ? String.fromCharCode(65 + k) : `A${String.fromCharCode(39 + k)}`);

export const KEPALA_LEMBAR =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const EKOR_LEMBAR = '</sheetData></worksheet>';

/** The template's header row (row 1) as XML with inline strings. */
export const BARIS_JUDUL = `<row r="1">${KOLOM.map((k, i) => `<c r="${HURUF(i)}1" t="inlineStr"><is><t>${k.judul}</t></is></c>`).join('')}</row>`;

/**
 * The parts of a small, valid workbook as Excel writes one: two persons, text in shared strings.
 * Every attack below changes one thing of it, so a refusal is due to that thing alone.
 */
export function bagianBaku(): Bagian[] {
  const ss: string[] = [];
  const indeks = new Map<string, number>();
  const si = (v: string) => {
    let i = indeks.get(v);
    if (i === undefined) {
      i = ss.length;
      ss.push(v);
      indeks.set(v, i);
    }
    return i;
  };
  let r = 0;
  const baris = [...unit(2, { seed: 5 })]
    .map((row) => {
      r++;
      return `<row r="${r}">${row.map((v, k) => (v === '' ? '' : `<c r="${HURUF(k)}${r}" t="s"><v>${si(v)}</v></c>`)).join('')}</row>`;
    })
    .join('');
  return [
    {
      nama: '[Content_Types].xml',
      isi: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      nama: 'xl/workbook.xml',
      isi: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><sheets><sheet name="Isian" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      nama: 'xl/_rels/workbook.xml.rels',
      isi: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="styles" Target="styles.xml"/></Relationships>',
    },
    {
      nama: 'xl/styles.xml',
      isi: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>',
    },
    {
      nama: 'xl/sharedStrings.xml',
      isi: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst count="${ss.length}">${ss.map((v) => `<si><t xml:space="preserve">${esc(v)}</t></si>`).join('')}</sst>`,
    },
    { nama: 'xl/worksheets/sheet1.xml', isi: `${KEPALA_LEMBAR}${baris}${EKOR_LEMBAR}` },
  ];
}

/** The valid workbook with some parts changed (null: left out) and others added. */
export function bukuKerja(
  ganti: Record<string, Partial<Bagian> | null> = {},
  tambah: Bagian[] = [],
  opsi: Parameters<typeof zip>[1] = {},
): Buffer {
  const bagian = bagianBaku().flatMap((b) => {
    const g = ganti[b.nama];
    if (g === null) return [];
    return [g ? { ...b, ...(g.mampat && { isi: undefined }), ...g } : b];
  });
  return zip([...bagian, ...tambah], opsi);
}

const SHEET = 'xl/worksheets/sheet1.xml';
const SST = 'xl/sharedStrings.xml';
const MB = 1024 * 1024;

// ---- The attacks --------------------------------------------------------------------------------

/** An honest zip bomb: the sheet says it holds 1 GB, and does, about 1000 times compressed. */
export function bomJujur(): Buffer {
  return bukuKerja({
    [SHEET]: {
      mampat: rangkai([
        [KEPALA_LEMBAR, 1],
        [' '.repeat(MB), 1024],
        [EKOR_LEMBAR, 1],
      ]),
    },
  });
}

/** A lying zip bomb: the directory says the sheet is 20 kB; its data inflates to 1 GB. */
export function bomBerbohong(bagian = SHEET): Buffer {
  const m = rangkai([
    [bagian === SHEET ? KEPALA_LEMBAR : '<sst>', 1],
    [' '.repeat(MB), 1024],
  ]);
  return bukuKerja({ [bagian]: { mampat: m, nyatakan: { terurai: 20 * 1024 } } });
}

/** Lying the other way: the directory says 900 kB (below the ratio check), the data is 2 kB. */
export function ukuranLebihBesar(): Buffer {
  return bukuKerja({ [SHEET]: { nyatakan: { terurai: 900 * 1024 } } });
}

/**
 * Shared strings of `mb` MB of empty <si/>, padded with letters between them so the part compresses
 * about 150 times: under the ratio check. 390 MB gives a 2.8 MB file. `nyatakan`: the size the
 * directory states instead (a lie small enough to pass the size limits).
 */
export function teksBersamaKosong(mb = 390, nyatakan?: number): Buffer {
  return bukuKerja({
    [SST]: {
      mampat: rangkai([
        ['<sst>', 1],
        [ubinBerpadding('<si/>'), mb],
        ['</sst>', 1],
      ]),
      ...(nyatakan && { nyatakan: { terurai: nyatakan } }),
    },
  });
}

/** One shared string of `mb` MB (letters, compressed about 150 times). */
export function satuTeksPanjang(mb = 50, nyatakan?: number): Buffer {
  return bukuKerja({
    [SST]: {
      mampat: rangkai([
        ['<sst><si><t>', 1],
        [ubinBerpadding('a'), mb],
        ['</t></si></sst>', 1],
      ]),
      ...(nyatakan && { nyatakan: { terurai: nyatakan } }),
    },
  });
}

/** Shared strings holding one text of `panjang` characters (and the workbook's own texts after it). */
export function teksSepanjang(panjang: number): Buffer {
  const asli = bagianBaku().find((b) => b.nama === SST)!.isi as string;
  return bukuKerja({ [SST]: { isi: asli.replace('</sst>', `<si><t>${'x'.repeat(panjang)}</t></si></sst>`) } });
}

/**
 * The header, then one row of a little over `mb` MB: one cell of letters, padded under the ratio check.
 * 20 MB: the row ends a few hundred kB after the 20 MB the reader allows a row.
 */
export function barisPanjang(mb = 20): Buffer {
  return bukuKerja({
    [SHEET]: {
      mampat: rangkai([
        [`${KEPALA_LEMBAR}${BARIS_JUDUL}<row r="2"><c r="A2" t="inlineStr"><is><t>`, 1],
        [ubinBerpadding('a'), mb],
        [`</t></is></c></row>${EKOR_LEMBAR}`, 1],
      ]),
    },
  });
}

/** The header, then a row whose first cell is an inline string of `panjang` characters. */
export function selSepanjang(panjang: number): Buffer {
  return bukuKerja({
    [SHEET]: {
      isi: `${KEPALA_LEMBAR}${BARIS_JUDUL}<row r="2"><c r="A2" t="inlineStr"><is><t>${'9'.repeat(panjang)}</t></is></c></row>${EKOR_LEMBAR}`,
    },
  });
}

/**
 * The header row, then rows of `kolom` empty cells each (`<c/>`), padded between rows to stay under the
 * ratio check: many rows × many columns. At least `baris` rows (whole megabyte pieces of them).
 */
export function barisKaliKolom(baris: number, kolom: number): Buffer {
  const satu = `<row>${'<c/>'.repeat(kolom)}</row>`;
  const per = Math.ceil(MB / satu.length);
  return bukuKerja({
    [SHEET]: {
      mampat: rangkai([
        [KEPALA_LEMBAR + BARIS_JUDUL, 1],
        [ubinBerpadding(satu), Math.ceil(baris / per)],
        [EKOR_LEMBAR, 1],
      ]),
    },
  });
}

/** "Billion laughs": nested entities that would expand to gigabytes, in the shared strings. */
export function miliarTawa(bagian = SST): Buffer {
  let dtd = '<!ENTITY lol "lol">';
  for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
  const isi =
    bagian === SST
      ? `<?xml version="1.0"?>\n<!DOCTYPE sst [${dtd}]><sst><si><t>&lol9;</t></si></sst>`
      : `<?xml version="1.0"?>\n<!DOCTYPE worksheet [${dtd}]>${KEPALA_LEMBAR.replace(/^<\?xml[^>]*>\n/, '')}${BARIS_JUDUL}<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>${EKOR_LEMBAR}`;
  return bukuKerja({ [bagian]: { isi } });
}

/** An external entity (XXE) in the sheet, its reference in a cell. */
export function entitasLuar(bagian = SHEET): Buffer {
  const dtd = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
  if (bagian === 'xl/workbook.xml') {
    return bukuKerja({
      [bagian]: {
        isi: `<?xml version="1.0"?>\n${dtd}<workbook xmlns:r="r"><sheets><sheet name="&xxe;" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
    });
  }
  return bukuKerja({
    [SHEET]: {
      isi: `<?xml version="1.0"?>\n${dtd}${KEPALA_LEMBAR.replace(/^<\?xml[^>]*>\n/, '')}${BARIS_JUDUL}<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>${EKOR_LEMBAR}`,
    },
  });
}

/**
 * A stored (uncompressed) sheet with "<!DOCTYPE" starting 4 bytes before its first megabyte ends:
 * stored data is handed on in 1 MB slices, so the declaration is cut in two.
 */
export function dtdTerbelah(): Buffer {
  const awal = `${KEPALA_LEMBAR}${BARIS_JUDUL}`;
  const isi = `${awal}${' '.repeat(MB - 4 - awal.length)}<!DOCTYPE x SYSTEM "http://contoh.invalid/x.dtd">${EKOR_LEMBAR}`;
  return bukuKerja({ [SHEET]: { metode: 0, isi } });
}

/** Text without a declaration, whose "&xxe;" must stay as written (no entity is expanded). */
export function entitasTanpaDtd(): Buffer {
  return bukuKerja({
    [SHEET]: {
      isi: `${KEPALA_LEMBAR}${BARIS_JUDUL}<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe; &amp;lol9; &lt;&#65;&#x42;</t></is></c></row>${EKOR_LEMBAR}`,
    },
  });
}

// Parts made against backtracking regular expressions (the former reader's styles and workbook
// scans): under 1 MB each, so the ratio check does not apply, and valid otherwise.

/** styles.xml with `kb` kB of one <numFmt> tag that repeats numFmtId= without a formatCode=. */
export function gayaBerulang(kb = 900): Buffer {
  const n = Math.floor((kb * 1024) / 13);
  return bukuKerja({
    'xl/styles.xml': {
      isi: `<styleSheet><numFmts><numFmt${' numFmtId="1"'.repeat(n)}/></numFmts><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`,
    },
  });
}

/** workbook.xml, then `kb` kB of "<sheet" never closed (no '>' after them). */
export function lembarBerulang(kb = 900): Buffer {
  const n = Math.floor((kb * 1024) / 6);
  return bukuKerja({
    'xl/workbook.xml': {
      isi: `<workbook xmlns:r="r"><sheets><sheet name="Isian" sheetId="1" r:id="rId1"/></sheets></workbook>${'<sheet'.repeat(n)}`,
    },
  });
}

/** A shared string of many "<rPh" never closed (phonetic runs are cut out before reading). */
export function rphTerbuka(kb = 600): Buffer {
  const asli = bagianBaku().find((b) => b.nama === SST)!.isi as string;
  return bukuKerja({ [SST]: { isi: asli.replace('</sst>', `<si><t>a</t>${'<rPh '.repeat(Math.floor((kb * 1024) / 5))}</si></sst>`) } });
}

/** An entry whose name leaves the archive: "../", an absolute path or backslashes. */
export function namaJalur(nama = '../../../tmp/jahat.xml'): Buffer {
  return bukuKerja({}, [{ nama, isi: '<sst><si><t>jahat</t></si></sst>' }]);
}

/** The sheet's relationship points outside the package ("../../" past its root). */
export function targetKeluar(): Buffer {
  return bukuKerja({
    'xl/_rels/workbook.xml.rels': {
      isi: '<Relationships><Relationship Id="rId1" Type="worksheet" Target="../../../../etc/passwd"/></Relationships>',
    },
  });
}

/** The sheet twice: a reader that keeps the last (or the first) entry reads another sheet than another reader. */
export function entriGanda(nama = SHEET): Buffer {
  return bukuKerja({}, [{ nama, isi: `${KEPALA_LEMBAR}${BARIS_JUDUL}${EKOR_LEMBAR}` }]);
}

/** The central directory names the sheet; the local header at its offset names another part. */
export function namaLokalBeda(): Buffer {
  return bukuKerja({ [SHEET]: { namaLokal: 'xl/worksheets/sheet2.xml' } });
}

/** The valid workbook cut at `bagian` of its length (directory gone). */
export function terpotong(bagian = 0.6): Buffer {
  const b = bukuKerja();
  return b.subarray(0, Math.floor(b.length * bagian));
}

/** The sheet's compressed size says less than its data: the deflate stream ends too early. */
export function aliranTerpotong(): Buffer {
  const m = rangkai([
    [KEPALA_LEMBAR + BARIS_JUDUL, 1],
    [acak(64 * 1024), 4],
    [EKOR_LEMBAR, 1],
  ]);
  return bukuKerja({ [SHEET]: { mampat: m, nyatakan: { termampat: Math.floor(m.data.length / 2) } } });
}

/** The encrypted flag on the sheet. */
export function terenkripsi(): Buffer {
  return bukuKerja({ [SHEET]: { flag: 1 } });
}

/** ZIP64 markers: in the end record (0xFFFF entries), or in an entry's sizes (0xFFFFFFFF, with a ZIP64 extra field). */
export function zip64(tempat: 'eocd' | 'entri' = 'entri'): Buffer {
  if (tempat === 'eocd') return bukuKerja({}, [], { jumlahEocd: 0xffff });
  const ekstra = Buffer.alloc(20);
  ekstra.writeUInt16LE(0x0001, 0);
  ekstra.writeUInt16LE(16, 2);
  ekstra.writeBigUInt64LE(5n * 1024n ** 3n, 4);
  ekstra.writeBigUInt64LE(1024n, 12);
  return bukuKerja({ [SHEET]: { nyatakan: { terurai: 0xffffffff, termampat: 0xffffffff }, ekstra } });
}

/** Legitimate variants the reader must still accept: data descriptors, stored entries. */
export function denganDeskriptor(): Buffer {
  return zip(bagianBaku().map((b) => ({ ...b, flag: 8 })));
}

export function tanpaPemampatan(): Buffer {
  return zip(bagianBaku().map((b) => ({ ...b, metode: 0 as const })));
}

/** A stored (method 0) sheet of 5 MB whose directory says it holds 1 kB once unpacked. */
export function tersimpanBerbohong(): Buffer {
  return bukuKerja({
    [SHEET]: {
      metode: 0,
      isi: `${KEPALA_LEMBAR}${BARIS_JUDUL}${`<row>${'<c/>'.repeat(20)}</row>`.repeat(60_000)}${EKOR_LEMBAR}`,
      nyatakan: { terurai: 1024 },
    },
  });
}
