// An OpenDocument spreadsheet (.ods, LibreOffice Calc's own format): a ZIP archive whose content.xml holds
// every sheet (table:table) with its rows (table:table-row) and cells (table:table-cell). The archive is
// read by xlsx-zip.ts with the same checks and limits as a workbook (directory, declared sizes, ratio,
// DOCTYPE/ENTITY refused); content.xml is parsed as it is inflated, one tag at a time, without recursion
// (nesting depth costs nothing) and without regular expressions over unbounded text.
//
// Repetition is how Calc stores blank space: a row repeated 1,048,000 times, a cell repeated 1,000 times.
// An empty repeated row or cell only moves the row or column number on and counts once; a repeated row or
// cell with a value is written out, each copy counted against the sheet's row and cell limits.
import { FileError, type BarisMentah } from './errors.ts';
import { decodeXml, teksAngka, type BagianLembar, type XlsxLimits } from './xlsx.ts';
import { InflateMeter, centralDirectory, inflate, type ByteBudget, type ZipEntry } from './xlsx-zip.ts';

export const MIMETYPE_ODS = 'application/vnd.oasis.opendocument.spreadsheet';

export const RUSAK_ODS =
  'Berkas ODS rusak atau bukan lembar kerja OpenDocument; simpan ulang dari LibreOffice Calc sebagai .ods atau .xlsx, atau unggah CSV UTF-8.';

/** Columns read; cells further right are counted, not read (as the XLSX reader). */
const MAKS_KOLOM = 200;
/** Longest single tag (a cell's attributes, a formula), in characters. */
const MAKS_TAG = 1 << 20;

const angka = (n: number) => n.toLocaleString('id-ID');

/** The archive's messages say XLSX; for an ODS file they say ODS. */
function sebagaiOds(e: unknown): unknown {
  if (!(e instanceof FileError)) return e;
  const pesan = e.message.startsWith('Berkas XLSX rusak') ? RUSAK_ODS : e.message.replace(/XLSX/g, 'ODS');
  return new FileError(e.status, pesan);
}

/** The value of attribute `nama` in a tag's text, entities decoded; undefined when absent. */
function atribut(tag: string, nama: string): string | undefined {
  let i = tag.indexOf(nama);
  while (i >= 0) {
    const sebelum = tag.charCodeAt(i - 1);
    const j = i + nama.length;
    // The whole name (not the end of a longer one), then '=' and a quote.
    if ((sebelum === 32 || sebelum === 9 || sebelum === 10 || sebelum === 13) && tag[j] === '=') {
      const q = tag[j + 1];
      if (q === '"' || q === "'") {
        const akhir = tag.indexOf(q, j + 2);
        if (akhir < 0) return undefined;
        return decodeXml(tag.slice(j + 2, akhir));
      }
    }
    i = tag.indexOf(nama, i + 1);
  }
  return undefined;
}

/** A repeat count: a positive whole number, 1 when absent or malformed. */
function ulang(tag: string, nama: string): number {
  const v = atribut(tag, nama);
  if (v === undefined || !/^\d{1,10}$/.test(v)) return 1;
  return Math.max(1, Number(v));
}

/** The end of a tag starting at s[i] ('<'): the index of its '>' outside quotes, or -1 if not in s yet. */
function akhirTag(s: string, i: number): number {
  let q = 0;
  for (let k = i + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (q) {
      if (c === q) q = 0;
    } else if (c === 34 || c === 39) q = c;
    else if (c === 62) return k;
  }
  return -1;
}

interface Sel {
  jenis: string;
  nilai: string | undefined;
  rumus: boolean;
  ulang: number;
  teks: string;
  paragraf: number;
  /** Inside a text:p or text:h: only their text is the cell's. */
  dalamP: number;
}

/**
 * content.xml's rows, tag by tag. `tambah` takes the next piece of text and returns the pieces of rows it
 * completes; a sheet's end is a piece marked `selesai`.
 */
class PembacaKonten {
  /** Table style names whose table is hidden (style:table-properties table:display="false"). */
  private readonly gayaTersembunyi = new Set<string>();
  private gayaKini: string | undefined;
  private sisa = '';
  private lembar: { nama: string; tersembunyi: boolean; nomor: number; indeks: number } | undefined;
  private jumlahLembar = 0;
  /** Depth of table:table elements (a table inside a drawing shape inside a sheet is not a sheet). */
  private kedalamanTabel = 0;
  private baris: { ulang: number; sel: string[]; rumus: number[]; kolom: number; berisi: boolean; jumlahSel: number } | undefined;
  private sel: Sel | undefined;
  /** Inside an annotation (a comment): its text is not the cell's. */
  private catatan = 0;
  private jumlahBaris = 0;
  private jumlahSel = 0;
  lewati = false;
  keluar: { indeks: number; bagian: BagianLembar }[] = [];
  private kini: BarisMentah[] = [];

  constructor(private readonly batas: XlsxLimits) {}

  tambah(teks: string, akhir: boolean): void {
    const s = this.sisa + teks;
    let p = 0;
    for (;;) {
      const lt = s.indexOf('<', p);
      if (lt < 0) {
        // A cell's text up to the next tag, which may cut an entity in two: kept for the next piece;
        // text outside a cell's paragraphs (whitespace between tags) is not kept.
        if (akhir || !this.sel || this.sel.dalamP === 0) {
          this.teks(s, p, s.length);
          p = s.length;
        }
        break;
      }
      if (lt > p) this.teks(s, p, lt);
      const gt = akhirTag(s, lt);
      if (gt < 0) {
        p = lt;
        break;
      }
      this.tag(s.slice(lt + 1, gt));
      p = gt + 1;
    }
    this.sisa = s.slice(p);
    if (this.sisa.length > MAKS_TAG)
      throw new FileError(400, 'Satu tag dalam content.xml berkas ODS terlalu panjang; berkas ini bukan lembar kerja biasa dan ditolak.');
    if (akhir && this.lembar) this.akhiriLembar();
  }

  private teks(s: string, a: number, b: number): void {
    const sel = this.sel;
    if (!sel || this.catatan > 0 || sel.dalamP === 0) return;
    sel.teks += decodeXml(s.slice(a, b));
    this.periksaPanjang(sel);
  }

  private periksaPanjang(sel: Sel): void {
    if (sel.teks.length > this.batas.maksPanjangTeks) {
      throw new FileError(
        400,
        `Satu sel lembar "${this.lembar?.nama.slice(0, 60) ?? ''}" lebih dari ${angka(this.batas.maksPanjangTeks)} karakter, batas satu sel; berkas ini bukan data templat dan ditolak.`,
      );
    }
  }

  private tag(t: string): void {
    const c0 = t.charCodeAt(0);
    if (c0 === 63 || c0 === 33) return; // <?…?>, <!-- … -->
    const tutup = c0 === 47;
    let e = tutup ? 1 : 0;
    while (e < t.length) {
      const c = t.charCodeAt(e);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
      e++;
    }
    const nama = t.slice(tutup ? 1 : 0, e);
    const kosong = !tutup && t.charCodeAt(t.length - 1) === 47;
    if (tutup) this.tutup(nama);
    else {
      this.buka(nama, t);
      if (kosong) this.tutup(nama);
    }
  }

  private buka(nama: string, t: string): void {
    switch (nama) {
      case 'style:style':
        this.gayaKini = atribut(t, 'style:family') === 'table' ? atribut(t, 'style:name') : undefined;
        return;
      case 'style:table-properties':
        if (this.gayaKini !== undefined && atribut(t, 'table:display') === 'false') this.gayaTersembunyi.add(this.gayaKini);
        return;
      case 'table:table': {
        if (this.kedalamanTabel++ > 0) return;
        const gaya = atribut(t, 'table:style-name');
        this.lembar = {
          nama: atribut(t, 'table:name') ?? '',
          tersembunyi: gaya !== undefined && this.gayaTersembunyi.has(gaya),
          nomor: 0,
          indeks: this.jumlahLembar++,
        };
        this.lewati = this.lembar.tersembunyi;
        return;
      }
      case 'table:table-row':
        if (this.kedalamanTabel !== 1 || !this.lembar) return;
        this.baris = { ulang: ulang(t, 'table:number-rows-repeated'), sel: [], rumus: [], kolom: 0, berisi: false, jumlahSel: 0 };
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (!this.baris || this.kedalamanTabel !== 1) return;
        this.sel = {
          jenis: atribut(t, 'office:value-type') ?? '',
          nilai: undefined,
          rumus: atribut(t, 'table:formula') !== undefined,
          ulang: ulang(t, 'table:number-columns-repeated'),
          teks: '',
          paragraf: 0,
          dalamP: 0,
        };
        this.sel.nilai = nilaiAtribut(this.sel.jenis, t);
        return;
      case 'office:annotation':
        if (this.sel) this.catatan++;
        return;
      case 'text:p':
      case 'text:h':
        if (!this.sel || this.catatan > 0) return;
        if (this.sel.paragraf++ > 0) this.sel.teks += '\n';
        this.sel.dalamP++;
        return;
      case 'text:s': {
        if (!this.sel || this.catatan > 0 || this.sel.dalamP === 0) return;
        const n = Math.min(ulang(t, 'text:c'), this.batas.maksPanjangTeks + 1);
        this.sel.teks += ' '.repeat(n);
        this.periksaPanjang(this.sel);
        return;
      }
      case 'text:tab':
        if (this.sel && this.catatan === 0 && this.sel.dalamP > 0) this.sel.teks += '\t';
        return;
      case 'text:line-break':
        if (this.sel && this.catatan === 0 && this.sel.dalamP > 0) this.sel.teks += '\n';
        return;
      default:
        return;
    }
  }

  private tutup(nama: string): void {
    switch (nama) {
      case 'style:style':
        this.gayaKini = undefined;
        return;
      case 'office:annotation':
        if (this.catatan > 0) this.catatan--;
        return;
      case 'text:p':
      case 'text:h':
        if (this.sel && this.catatan === 0 && this.sel.dalamP > 0) this.sel.dalamP--;
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (this.sel && this.catatan === 0) this.akhiriSel(this.sel);
        this.sel = undefined;
        return;
      case 'table:table-row':
        if (this.kedalamanTabel === 1 && this.baris) this.akhiriBaris();
        this.baris = undefined;
        return;
      case 'table:table':
        if (--this.kedalamanTabel > 0) return;
        if (this.lembar) this.akhiriLembar();
        return;
      default:
        return;
    }
  }

  private akhiriSel(sel: Sel): void {
    const b = this.baris!;
    const nilai = sel.nilai ?? sel.teks;
    const n = sel.ulang;
    if (nilai === '' && !sel.rumus) {
      b.kolom += n;
      b.jumlahSel++;
      return;
    }
    // A formula with no value saved (its type unset): reported on its cell, as in a workbook.
    const tanpaNilai = sel.rumus && sel.jenis === '';
    b.jumlahSel += n;
    if (b.jumlahSel > this.batas.maksSelPerBaris) {
      throw new FileError(
        400,
        `Baris ${this.lembar!.nomor + 1} lembar "${this.lembar!.nama.slice(0, 60)}" memuat lebih dari ${angka(this.batas.maksSelPerBaris)} sel, batas kolom lembar kerja; berkas ini bukan data templat dan ditolak.`,
      );
    }
    for (let k = 0; k < n && b.kolom < MAKS_KOLOM; k++, b.kolom++) {
      while (b.sel.length < b.kolom) b.sel.push('');
      b.sel[b.kolom] = nilai;
      if (tanpaNilai) b.rumus.push(b.kolom);
      if (nilai.trim() !== '' || tanpaNilai) b.berisi = true;
    }
  }

  private akhiriBaris(): void {
    const b = this.baris!;
    const l = this.lembar!;
    if (!b.berisi) {
      // Blank rows, however many repeated: the row number moves on, one counted.
      l.nomor += b.ulang;
      this.hitungBaris(1);
      return;
    }
    for (let k = 0; k < b.ulang; k++) {
      l.nomor++;
      this.hitungBaris(1);
      this.jumlahSel += b.jumlahSel;
      if (this.jumlahSel > this.batas.maksSel) {
        throw new FileError(
          413,
          `Berkas ODS memuat lebih dari ${angka(this.batas.maksSel)} sel (sel berulang ikut terhitung); hapus baris dan kolom di luar data atau bagi data menjadi beberapa berkas.`,
        );
      }
      if (!this.lewati) this.kini.push(b.rumus.length ? { nomor: l.nomor, sel: b.sel, rumus: b.rumus } : { nomor: l.nomor, sel: b.sel });
    }
  }

  private hitungBaris(n: number): void {
    this.jumlahBaris += n;
    if (this.jumlahBaris > this.batas.maksBarisLembar) {
      throw new FileError(
        413,
        `Berkas ODS memuat lebih dari ${angka(this.batas.maksBarisLembar)} baris (baris berulang yang berisi ikut terhitung); hapus baris di bawah data atau bagi data menjadi beberapa berkas.`,
      );
    }
  }

  private akhiriLembar(): void {
    const l = this.lembar!;
    if (!l.tersembunyi)
      this.keluar.push({ indeks: l.indeks, bagian: { lembar: l.nama, baris: this.lewati ? [] : this.kini, selesai: true } });
    this.kini = [];
    this.lembar = undefined;
    this.lewati = false;
    this.kedalamanTabel = 0;
  }

  /** Index of the sheet being read (-1 between sheets). */
  get indeksKini(): number {
    return this.lembar?.indeks ?? -1;
  }

  /** The rows completed so far of the sheet being read, handed on. */
  ambil(): { indeks: number; bagian: BagianLembar }[] {
    if (this.lembar && !this.lembar.tersembunyi && !this.lewati && this.kini.length) {
      this.keluar.push({ indeks: this.lembar.indeks, bagian: { lembar: this.lembar.nama, baris: this.kini } });
      this.kini = [];
    }
    const k = this.keluar;
    this.keluar = [];
    return k;
  }
}

/** A cell's value from its attributes (office:value, office:date-value, …), by its value type. */
function nilaiAtribut(jenis: string, t: string): string | undefined {
  switch (jenis) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const v = atribut(t, 'office:value');
      return v === undefined ? undefined : teksAngka(v);
    }
    case 'date': {
      const v = atribut(t, 'office:date-value');
      // 2022-04-01 or 2022-04-01T00:00:00: the date, as the XLSX reader gives a date cell.
      return v !== undefined && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : v;
    }
    case 'boolean':
      return atribut(t, 'office:boolean-value') === 'true' ? 'Ya' : 'Tidak';
    case 'string':
      // A formula's text result is saved here; a typed text is in the paragraphs only.
      return atribut(t, 'office:string-value');
    default:
      return undefined;
  }
}

/** content.xml measured as a workbook's sheet is: within the whole file's limit. */
function takaranKonten(e: ZipEntry, anggaran: ByteBudget, batas: XlsxLimits): InflateMeter {
  return new InflateMeter(e, anggaran, batas, Infinity, () => '');
}

/** Whether an archive's directory is an OpenDocument spreadsheet's (its mimetype entry says so). */
export async function adalahOds(buf: Buffer, batas: XlsxLimits): Promise<boolean> {
  const dir = centralDirectory(buf, batas);
  const m = dir.get('mimetype');
  if (!m || m.terurai > 200) return false;
  const anggaran: ByteBudget = { sisa: 1024 };
  let teks = '';
  for await (const c of inflate(buf, new InflateMeter(m, anggaran, batas, 200, () => RUSAK_ODS))) teks += Buffer.from(c).toString('latin1');
  return teks.trim() === MIMETYPE_ODS;
}

/**
 * The spreadsheet's visible sheets in their order, as bacaLembarXlsx gives a workbook's: pieces of rows,
 * each sheet ending with a piece marked `selesai`; next(true) passes over the rest of the sheet (content.xml
 * is one part: its rows are still parsed and counted, not handed on). Throws FileError.
 */
export async function* bacaLembarOds(buf: Buffer, batas: XlsxLimits): AsyncGenerator<BagianLembar, void, boolean | undefined> {
  let dir: Map<string, ZipEntry>;
  try {
    dir = centralDirectory(buf, batas);
  } catch (e) {
    throw sebagaiOds(e);
  }
  const konten = dir.get('content.xml');
  if (!konten) throw new FileError(400, RUSAK_ODS);
  const anggaran: ByteBudget = { sisa: batas.maksTerurai };
  const pembaca = new PembacaKonten(batas);
  const dec = new TextDecoder('utf-8');
  let takaran: InflateMeter;
  try {
    takaran = takaranKonten(konten, anggaran, batas);
  } catch (e) {
    throw sebagaiOds(e);
  }
  const sumber = inflate(buf, takaran);
  let dilewati = -1;
  try {
    for (;;) {
      let r: IteratorResult<Uint8Array>;
      try {
        r = await sumber.next();
        pembaca.tambah(r.done ? dec.decode() : dec.decode(r.value, { stream: true }), r.done === true);
      } catch (e) {
        throw sebagaiOds(e);
      }
      for (const { indeks, bagian } of pembaca.ambil()) {
        // The rest of a sheet passed over is not handed on.
        if (indeks === dilewati) continue;
        const lewati = yield bagian;
        if (lewati && !bagian.selesai) {
          dilewati = indeks;
          if (pembaca.indeksKini === indeks) pembaca.lewati = true;
        }
      }
      if (r.done) return;
    }
  } finally {
    await sumber.return(undefined);
  }
}
