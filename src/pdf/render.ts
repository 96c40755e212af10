// The only PDFKit code: lays out a sheet model (model.ts) on A4 or F4 paper. It decides positions,
// fonts and page breaks, never content. Tables wrap text in their cells and repeat their header
// row after a page break; blocks that must stay together (signature, verification) move whole.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FOLDER_FON } from '../paths.ts';
// PDFKit and qrcode are loaded on the first PDF, not with the module: the batch's worker threads import
// this for PDF tasks but most runs make none, and PDFKit alone takes about 150 ms and some MB to load.
const pustaka = { pdfkit: undefined as typeof import('pdfkit') | undefined, qrcode: undefined as typeof import('qrcode') | undefined };
async function muatPustaka(): Promise<{ PDFDocument: typeof import('pdfkit'); QRCode: typeof import('qrcode') }> {
  pustaka.pdfkit ??= (await import('pdfkit')).default;
  pustaka.qrcode ??= (await import('qrcode')).default;
  return { PDFDocument: pustaka.pdfkit, QRCode: pustaka.qrcode };
}
import { InputError } from '../domain/galat.ts';
import type { ModelGrafik } from '../grafik/model.ts';
import type { Blok, BarisTabel, Kolom, ModelDokumen, Rata, TandaTangan, Verifikasi } from './model.ts';
import { UKURAN_TANDA_PADES } from '../tanda/tempat.ts';

/** Points (1/72 inch). F4/Folio is 215 × 330 mm. */
export const UKURAN_KERTAS = { A4: [595.28, 841.89], F4: [609.45, 935.43] } as const;

const MARGIN = { kiri: 57, kanan: 50, atas: 36, bawah: 44 };
/** Type sizes in points: body 10, tables 9, and nothing below 8 (notes, footer, chart labels). */
export const UKURAN = { teks: 10, kecil: 8, tabel: 9, judul: 12, kop: 12, kaki: 8, grafik: 8 } as const;
const PAD = 2;
/** Room for the wet signature (and stamp) between the title of the office and the name. */
const RUANG_TANDA_TANGAN = 40;
const SELA = 0.5;
/** Height left free for a letterhead when the document has no kop of its own (paper with a printed kop). */
const TINGGI_KOP_KOSONG = 56;

export interface Lampiran {
  nama: string;
  isi: Buffer;
  deskripsi: string;
}

export interface OpsiRender {
  /** PNG or JPEG bytes for the kop, already validated. */
  logo?: Buffer;
  lampiran?: Lampiran;
  /** Folder with the typeface's two files (tests); the repository's fonts/ by default. */
  folderFon?: string;
  /** A visible PAdES signature field with an empty placeholder, filled in afterwards (src/tanda/pades.ts). */
  pades?: { nama: string; waktu: Date };
}

/**
 * One typeface for all text: DejaVu Sans Condensed, shipped in fonts/ with its licence, so that every
 * glyph printed (−, Σ, →, ×, …) comes from the same family and every server embeds the same bytes
 * (verification rebuilds a PDF byte for byte).
 */
export const FOLDER_FON_BAKU = FOLDER_FON;
export const BERKAS_FON = { biasa: 'DejaVuSansCondensed.ttf', tebal: 'DejaVuSansCondensed-Bold.ttf' } as const;

type Doc = PDFKit.PDFDocument;

/** The parts of PDFKit's object model the signature field needs, which @types/pdfkit does not describe. */
interface RefPdf {
  data: Record<string, unknown>;
  end(chunk?: unknown): void;
}
interface PdfKitDalam {
  ref(data: Record<string, unknown>): RefPdf;
  initForm(): void;
  page: { dictionary: RefPdf; annotations: RefPdf[] };
  _root: { data: { AcroForm?: { data: { Fields: RefPdf[]; NeedAppearances?: boolean; SigFlags?: number } } } };
}
interface Sel {
  teks: string;
  x: number;
  w: number;
  rata: Rata;
}

export async function renderPdf(model: ModelDokumen, opsi: OpsiRender = {}): Promise<Buffer> {
  const { PDFDocument } = await muatPustaka();
  const [lebarKertas, tinggiKertas] = UKURAN_KERTAS[model.kertas];
  const tanggal = new Date(`${model.tanggalBerkas}T00:00:00Z`);
  const doc = new PDFDocument({
    size: [lebarKertas, tinggiKertas],
    margins: { top: 0, bottom: 0, left: 0, right: 0 }, // page breaks are ours, never PDFKit's
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'id-ID',
    info: {
      Title: model.judulBerkas,
      Subject: `Angka Kredit Jabatan Fungsional; kode verifikasi ${model.kode}`,
      Creator: 'Angka Kredit JF',
      Producer: 'Angka Kredit JF (PDFKit)',
      Keywords: `kode verifikasi ${model.kode}; versi aturan ${model.versiAturan}`,
      CreationDate: tanggal,
      ModDate: tanggal,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const selesai = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const folder = opsi.folderFon ?? FOLDER_FON_BAKU;
  const fon = { biasa: join(folder, BERKAS_FON.biasa), tebal: join(folder, BERKAS_FON.tebal) };
  for (const f of Object.values(fon)) {
    // A broken installation, never the user's input: the error path logs it and answers 500.
    if (!existsSync(f)) throw new Error(`Fon PDF tidak ditemukan: ${f} (folder fonts/ repositori harus ikut terpasang).`);
  }
  doc.registerFont('Teks', fon.biasa);
  doc.registerFont('Teks-Tebal', fon.tebal);

  const t = new Penata(doc, lebarKertas, tinggiKertas);
  if (opsi.lampiran) {
    doc.file(opsi.lampiran.isi, {
      name: opsi.lampiran.nama,
      type: 'application/json',
      description: opsi.lampiran.deskripsi,
      creationDate: tanggal,
      modifiedDate: tanggal,
      relationship: 'Data',
    } as PDFKit.Mixins.PDFAttachmentOptions);
  }

  const logo = opsi.logo ? await sematkanLogo(doc, opsi.logo) : undefined;

  const rentang: { awal: number; akhir: number }[] = [];
  for (const lembar of model.lembar) {
    const awal = t.halamanBaru();
    t.kop(model.kop, logo);
    t.judul(lembar.judul);
    for (const b of lembar.blok) await t.blok(b);
    rentang.push({ awal, akhir: t.nomorHalaman() });
  }
  if (opsi.pades) {
    t.tandaTanganPades(opsi.pades.nama, opsi.pades.waktu);
    rentang.at(-1)!.akhir = t.nomorHalaman();
  }

  // Footers last, when each sheet's page count is known.
  for (const r of rentang) {
    for (let i = r.awal; i <= r.akhir; i++) {
      doc.switchToPage(i);
      t.kaki(`${model.kaki} · Halaman ${i - r.awal + 1} dari ${r.akhir - r.awal + 1}`);
    }
  }
  doc.end();
  await selesai;
  return Buffer.concat(chunks);
}

/** PDFKit's image object (doc.openImage), which @types/pdfkit does not describe: embedded once, drawn by reference. */
interface GambarPdf {
  width: number;
  height: number;
  embed(doc: Doc): void;
  finalize?: () => unknown;
}

/**
 * Embeds the logo once, and waits until its objects are written. PDFKit decodes a PNG with alpha (or
 * indexed transparency, or interlacing) with an asynchronous inflate and writes the image, and creates
 * its soft mask, whenever that returns; left to run alongside the layout, the objects' numbers and
 * places in the file depend on the thread pool's timing, and the same input would not give the same
 * bytes, which verification relies on. A Buffer source is also never cached, so every sheet of
 * "semua" embedded the logo again.
 */
async function sematkanLogo(doc: Doc, bytes: Buffer): Promise<GambarPdf> {
  try {
    const gambar = (doc as unknown as { openImage(src: Buffer): GambarPdf }).openImage(bytes);
    const akhir = gambar.finalize;
    if (!akhir) {
      gambar.embed(doc); // JPEG: written at once
      return gambar;
    }
    await new Promise<void>((selesai) => {
      gambar.finalize = () => {
        const r = akhir.call(gambar);
        selesai();
        return r;
      };
      gambar.embed(doc);
    });
    return gambar;
  } catch {
    throw new InputError([{ field: 'dokumen.logo', pesan: 'Berkas logo rusak atau tidak dapat dibaca sebagai gambar PNG atau JPEG.' }]);
  }
}

/** Layout state: the cursor on the current page and the drawing primitives. */
class Penata {
  y = 0;
  readonly x0 = MARGIN.kiri;
  readonly lebar: number;
  readonly batasBawah: number;
  private halaman = -1;

  constructor(
    private doc: Doc,
    private lebarKertas: number,
    private tinggiKertas: number,
  ) {
    this.lebar = lebarKertas - MARGIN.kiri - MARGIN.kanan;
    this.batasBawah = tinggiKertas - MARGIN.bawah;
  }

  halamanBaru(): number {
    this.doc.addPage({ size: [this.lebarKertas, this.tinggiKertas], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    this.halaman++;
    this.y = MARGIN.atas;
    return this.halaman;
  }

  nomorHalaman(): number {
    return this.halaman;
  }

  private sisa(): number {
    return this.batasBawah - this.y;
  }

  /** Sets the one typeface, regular or bold, at a size; the text is printed as it is. */
  private fon(teks: string, tebal: boolean, ukuran: number): string {
    this.doc.font(tebal ? 'Teks-Tebal' : 'Teks').fontSize(ukuran);
    return teks;
  }

  tinggi(teks: string, lebar: number, tebal = false, ukuran: number = UKURAN.teks): number {
    if (teks === '') return 0;
    const s = this.fon(teks, tebal, ukuran);
    return this.doc.heightOfString(s, { width: lebar, lineGap: SELA });
  }

  tulis(
    teks: string,
    x: number,
    y: number,
    lebar: number,
    o: { tebal?: boolean; ukuran?: number; rata?: Rata; warna?: string; garisBawah?: boolean } = {},
  ): number {
    if (teks === '') return 0;
    const s = this.fon(teks, o.tebal ?? false, o.ukuran ?? UKURAN.teks);
    const align = o.rata === 'tengah' ? 'center' : o.rata === 'kanan' ? 'right' : 'left';
    this.doc.fillColor(o.warna ?? 'black').text(s, x, y, { width: lebar, align, lineGap: SELA, underline: o.garisBawah ?? false });
    return this.doc.heightOfString(s, { width: lebar, lineGap: SELA });
  }

  /** Moves to a new page unless `h` points fit on this one. */
  pastikan(h: number): void {
    if (h > this.sisa() && this.y > MARGIN.atas + 1) this.halamanBaru();
  }

  kop(baris: string[], logo: GambarPdf | undefined): void {
    const adaLogo = logo !== undefined;
    if (baris.length === 0 && !adaLogo) {
      // Room for the letterhead of the paper it is printed on, as an office's own forms leave it.
      this.y += TINGGI_KOP_KOSONG;
      return;
    }
    const ukuranLogo = 56;
    const xTeks = adaLogo ? this.x0 + ukuranLogo + 8 : this.x0;
    const lebarTeks = adaLogo ? this.lebar - 2 * (ukuranLogo + 8) : this.lebar;
    let h = 0;
    baris.forEach((b, i) => {
      // The address lines under the office's name print smaller, as on a letterhead.
      h += this.tulis(b, xTeks, this.y + h, lebarTeks, {
        tebal: i < 2,
        ukuran: i === 0 ? UKURAN.kop : i === 1 ? UKURAN.teks : UKURAN.tabel,
        rata: 'tengah',
      });
    });
    if (logo)
      this.doc.image(logo as unknown as Buffer, this.x0, this.y, { fit: [ukuranLogo, ukuranLogo], align: 'center', valign: 'center' });
    this.y += Math.max(h, adaLogo ? ukuranLogo : 0) + 4;
    this.doc
      .lineWidth(1.5)
      .moveTo(this.x0, this.y)
      .lineTo(this.x0 + this.lebar, this.y)
      .stroke();
    this.doc
      .lineWidth(0.5)
      .moveTo(this.x0, this.y + 2.5)
      .lineTo(this.x0 + this.lebar, this.y + 2.5)
      .stroke();
    this.y += 10;
  }

  judul(baris: string[]): void {
    baris.forEach((b, i) => {
      this.y += this.tulis(b, this.x0, this.y, this.lebar, {
        tebal: i === 0,
        ukuran: i === 0 ? UKURAN.judul : UKURAN.teks,
        rata: 'tengah',
      });
    });
    this.y += 8;
  }

  async blok(b: Blok): Promise<void> {
    switch (b.jenis) {
      case 'teks': {
        const ukuran = b.kecil ? UKURAN.kecil : UKURAN.teks;
        this.y += b.jarakAtas ?? 0;
        const h = this.tinggi(b.teks, this.lebar, b.tebal, ukuran);
        // A heading keeps at least two lines of what follows with it.
        this.pastikan(h + (b.tebal ? 30 : 0));
        this.y += this.tulis(b.teks, this.x0, this.y, this.lebar, { tebal: b.tebal ?? false, ukuran, rata: b.rata ?? 'kiri' }) + 2;
        return;
      }
      case 'pasangan': {
        const adaNomor = b.baris.some((r) => r.nomor);
        const wNo = adaNomor ? 18 : 0;
        const wLabel = 150;
        const wTitik = 10;
        const wNilai = this.lebar - wNo - wLabel - wTitik;
        for (const r of b.baris) {
          const h = Math.max(this.tinggi(r.label, wLabel), this.tinggi(r.nilai, wNilai)) + 1;
          this.pastikan(h);
          if (r.nomor) this.tulis(r.nomor, this.x0, this.y, wNo);
          this.tulis(r.label, this.x0 + wNo, this.y, wLabel);
          this.tulis(':', this.x0 + wNo + wLabel, this.y, wTitik);
          this.tulis(r.nilai, this.x0 + wNo + wLabel + wTitik, this.y, wNilai);
          this.y += h;
        }
        this.y += 2;
        return;
      }
      case 'tabel':
        return this.tabel(b.kolom, b.baris, b.judul);
      case 'pernyataan':
        return this.pernyataan(b.bagian);
      case 'penutup':
        return this.penutup(b);
      case 'daftar': {
        if (b.judul) {
          this.pastikan(30);
          this.y += this.tulis(b.judul, this.x0, this.y, this.lebar) + 1;
        }
        const wNo = 16;
        b.butir.forEach((butir, i) => {
          const h = this.tinggi(butir, this.lebar - wNo, false, UKURAN.tabel) + 2;
          this.pastikan(h);
          this.tulis(b.bernomor ? `${i + 1}.` : '•', this.x0, this.y, wNo, { ukuran: UKURAN.tabel });
          this.tulis(butir, this.x0 + wNo, this.y, this.lebar - wNo, { ukuran: UKURAN.tabel });
          this.y += h;
        });
        this.y += 2;
        return;
      }
      case 'verifikasi':
        return this.kotakVerifikasi(b);
      case 'grafik':
        return this.grafik(b.model);
    }
  }

  /** Draws the projection chart's geometry, scaled to the text width; nothing is computed here. */
  private grafik(g: ModelGrafik): void {
    const k = this.lebar / g.lebar;
    const h = g.tinggi * k;
    this.pastikan(h + 6);
    const X = (x: number) => this.x0 + x * k;
    const Y = (y: number) => this.y + y * k;
    const d = this.doc;
    const { kiri, atas, kanan, bawah } = g.area;
    d.save();
    d.lineWidth(0.4).strokeColor('#cbd5e1');
    for (const t of g.sumbuY) d.moveTo(X(kiri), Y(t.pos)).lineTo(X(kanan), Y(t.pos)).stroke();
    d.lineWidth(0.7).strokeColor('#475569');
    d.moveTo(X(kiri), Y(atas)).lineTo(X(kiri), Y(bawah)).lineTo(X(kanan), Y(bawah)).stroke();
    for (const t of g.sumbuY)
      this.tulis(t.label, X(kiri) - 40, Y(t.pos) - 3.5, 36, { ukuran: UKURAN.grafik, rata: 'kanan', warna: '#334155' });
    for (const t of g.sumbuX)
      this.tulis(t.label, X(t.pos) - 15, Y(bawah) + 3, 30, { ukuran: UKURAN.grafik, rata: 'tengah', warna: '#334155' });
    for (const a of g.ambang) {
      d.lineWidth(0.8).strokeColor('#b45309').dash(3, { space: 2 }).moveTo(X(a.x1), Y(a.y)).lineTo(X(a.x2), Y(a.y)).stroke().undash();
      this.tulis(a.label, X(a.labelX), Y(a.labelY) - 7, a.label.length * 6 * k + 20, { ukuran: UKURAN.grafik, warna: '#92400e' });
    }
    for (const t of g.tonggak) {
      d.lineWidth(0.6)
        .strokeColor(t.jenis === 'kenaikan_pangkat' ? '#2563eb' : '#7c3aed')
        .dash(1.5, { space: 2 })
        .moveTo(X(t.x), Y(atas))
        .lineTo(X(t.x), Y(bawah))
        .stroke()
        .undash();
      this.tulis(t.label, X(t.x) - 40, Y(bawah) + 13 + t.baris * 9, 80, { ukuran: UKURAN.grafik, rata: 'tengah', warna: '#1e3a8a' });
    }
    for (const l of g.garis) {
      const [p0, ...rest] = l.titik;
      if (!p0) continue;
      d.lineWidth(1.4).strokeColor('#0f766e');
      if (l.jenis === 'proyeksi') d.dash(4, { space: 2.5 });
      d.moveTo(X(p0.x), Y(p0.y));
      for (const p of rest) d.lineTo(X(p.x), Y(p.y));
      d.stroke().undash();
    }
    d.restore();
    this.y += h + 6;
  }

  private tabel(kolom: Kolom[], baris: BarisTabel[], judul?: string): void {
    const total = kolom.reduce((s, k) => s + k.lebar, 0);
    const w = kolom.map((k) => (k.lebar / total) * this.lebar);
    const xs = w.map((_, i) => this.x0 + w.slice(0, i).reduce((s, v) => s + v, 0));
    /** A row's cells with merged neighbours joined: position, width, alignment. */
    const bentang = (sel: (string | null)[]): Sel[] => {
      const out: Sel[] = [];
      sel.forEach((s, i) => {
        if (s === null && out.length > 0) {
          const last = out.at(-1)!;
          last.w += w[i]!;
          last.rata = 'kiri';
        } else out.push({ teks: s ?? '', x: xs[i]!, w: w[i]!, rata: kolom[i]!.rata ?? 'kiri' });
      });
      return out;
    };
    const tinggiSel = (c: Sel, tebal: boolean) => this.tinggi(c.teks, c.w - 2 * PAD, tebal, UKURAN.tabel) + 2 * PAD;
    const tinggiBaris = (sel: Sel[], tebal: boolean) => Math.max(...sel.map((c) => tinggiSel(c, tebal)));
    const kepalaSel = kolom.map((k, i) => ({ teks: k.judul, x: xs[i]!, w: w[i]!, rata: 'tengah' as Rata }));
    const hKepala = tinggiBaris(kepalaSel, true);

    const gambar = (sel: Sel[], tebal: boolean, h: number, isi?: string) => {
      if (isi) this.doc.save().rect(this.x0, this.y, this.lebar, h).fill(isi).restore();
      for (const c of sel) {
        this.doc.lineWidth(0.5).strokeColor('black').rect(c.x, this.y, c.w, h).stroke();
        this.tulis(c.teks, c.x + PAD, this.y + PAD, c.w - 2 * PAD, { tebal, ukuran: UKURAN.tabel, rata: c.rata });
      }
      this.y += h;
    };
    const kepala = () => gambar(kepalaSel, true, hKepala, '#e6e6e6');

    if (judul) {
      this.y += 4;
      this.pastikan(this.tinggi(judul, this.lebar, true) + hKepala + 30);
      this.y += this.tulis(judul, this.x0, this.y, this.lebar, { tebal: true }) + 2;
    }
    const pertama = baris[0];
    this.pastikan(hKepala + (pertama ? tinggiBaris(bentang(pertama.sel), false) : 0));
    kepala();

    const antrean = baris.map((r) => ({
      sel: bentang(r.sel),
      tebal: r.gaya === 'jumlah' || r.gaya === 'bagian',
      isi: r.gaya === 'jumlah' ? '#f3f3f3' : undefined,
    }));
    while (antrean.length > 0) {
      const r = antrean.shift()!;
      const h = tinggiBaris(r.sel, r.tebal);
      if (h <= this.sisa()) {
        gambar(r.sel, r.tebal, h, r.isi);
        continue;
      }
      const ruangHalamanBaru = this.batasBawah - MARGIN.atas - hKepala;
      if (h > ruangHalamanBaru || this.sisa() > ruangHalamanBaru * 0.4) {
        // Too tall for any page, or most of this page is still free: split the row at line breaks.
        const potong = this.potongBaris(r.sel, this.sisa(), r.tebal);
        if (potong) {
          gambar(potong[0], r.tebal, tinggiBaris(potong[0], r.tebal), r.isi);
          antrean.unshift({ ...r, sel: potong[1] });
          this.halamanBaru();
          kepala();
          continue;
        }
      }
      this.halamanBaru();
      kepala();
      // A single paragraph taller than a page cannot be split at a line break: draw it anyway.
      if (h > this.sisa()) gambar(r.sel, r.tebal, h, r.isi);
      else antrean.unshift(r);
    }
    this.y += 4;
  }

  /** Each cell's longest prefix of lines that fits `ruang`, and the rest for the next page. */
  private potongBaris(sel: Sel[], ruang: number, tebal: boolean): [Sel[], Sel[]] | undefined {
    const muat: Sel[] = [];
    const lanjut: Sel[] = [];
    let ada = false;
    for (const c of sel) {
      const baris = c.teks.split('\n');
      let k = baris.length;
      while (k > 0 && this.tinggi(baris.slice(0, k).join('\n'), c.w - 2 * PAD, tebal, UKURAN.tabel) + 2 * PAD > ruang) k--;
      if (k > 0) ada = true;
      muat.push({ ...c, teks: baris.slice(0, k).join('\n') });
      lanjut.push({ ...c, teks: baris.slice(k).join('\n') });
    }
    return ada && lanjut.some((c) => c.teks !== '') ? [muat, lanjut] : undefined;
  }

  /**
   * The statement, word by word, so that each struck alternative gets its own line through it
   * (PDFKit's continued text misplaces struck segments in centred lines).
   */
  private pernyataan(bagian: { teks: string; coret?: boolean }[]): void {
    const ukuran = UKURAN.teks;
    const lebar = this.lebar - 16;
    const kata: { teks: string; coret: boolean; w: number }[] = [];
    for (const b of bagian) {
      for (const k of b.teks.split(/(\s+)/)) {
        if (k === '') continue;
        if (/^\s+$/.test(k)) {
          kata.push({ teks: ' ', coret: false, w: 0 });
          continue;
        }
        // "PANGKAT/JENJANG": break after a slash too.
        for (const bagianKata of k.split(/(?<=\/)/)) kata.push({ teks: bagianKata, coret: b.coret ?? false, w: 0 });
      }
    }
    for (const k of kata) {
      const s = this.fon(k.teks, true, ukuran);
      k.teks = s;
      k.w = this.doc.widthOfString(s);
    }
    const baris: (typeof kata)[] = [[]];
    let w = 0;
    for (const k of kata) {
      const cur = baris.at(-1)!;
      if (k.teks === ' ') {
        if (cur.length > 0) {
          cur.push(k);
          w += k.w;
        }
        continue;
      }
      if (w + k.w > lebar && cur.length > 0) {
        while (cur.at(-1)?.teks === ' ') w -= cur.pop()!.w;
        baris.push([k]);
        w = k.w;
      } else {
        cur.push(k);
        w += k.w;
      }
    }
    const tinggiBaris = this.doc.currentLineHeight(true) + 2;
    const h = baris.length * tinggiBaris;
    this.y += 6;
    this.pastikan(h + 12);
    this.doc
      .lineWidth(0.5)
      .rect(this.x0, this.y, this.lebar, h + 12)
      .stroke();
    let y = this.y + 6;
    for (const b of baris) {
      while (b.at(-1)?.teks === ' ') b.pop();
      const total = b.reduce((t, k) => t + k.w, 0);
      let x = this.x0 + 8 + (lebar - total) / 2;
      b.forEach((k, i) => {
        const s = this.fon(k.teks, true, ukuran);
        this.doc.fillColor('black').text(s, x, y, { lineBreak: false });
        // Strike the word, and the space before it when the previous word is struck too.
        const sebelum = b[i - 1];
        const awal = sebelum?.teks === ' ' && b[i - 2]?.coret && k.coret ? x - sebelum.w : x;
        if (k.coret)
          this.doc
            .lineWidth(1)
            .moveTo(awal, y + ukuran * 0.42)
            .lineTo(x + k.w, y + ukuran * 0.42)
            .stroke();
        x += k.w;
      });
      y += tinggiBaris;
    }
    this.y += h + 12 + 4;
  }

  /** Height of the signature block at width `w`; drawn by tandaTangan with the same measures. */
  private tinggiTandaTangan(b: TandaTangan, w: number): number {
    const wLabel = 78;
    const hBaris = b.baris.reduce((s, r) => s + Math.max(this.tinggi(r.label, wLabel), this.tinggi(r.nilai, w - wLabel - 8)), 0);
    return hBaris + 4 + this.tinggi(b.jabatan, w) + RUANG_TANDA_TANGAN + this.tinggi(b.nama, w, true) + this.tinggi(b.nip, w);
  }

  private tandaTangan(b: TandaTangan, x: number, y0: number, w: number): void {
    const wLabel = 78;
    let y = y0;
    for (const r of b.baris) {
      const hr = Math.max(this.tinggi(r.label, wLabel), this.tinggi(r.nilai, w - wLabel - 8));
      this.tulis(r.label, x, y, wLabel);
      this.tulis(':', x + wLabel, y, 8);
      this.tulis(r.nilai, x + wLabel + 8, y, w - wLabel - 8);
      y += hr;
    }
    y += 4;
    y += this.tulis(b.jabatan, x, y, w);
    y += RUANG_TANDA_TANGAN;
    y += this.tulis(b.nama, x, y, w, { tebal: true, garisBawah: true });
    this.tulis(b.nip, x, y, w);
  }

  /** "ASLI … untuk:" and the Tembusan, as the Lampiran prints them; returns the height, drawn only when `gambar`. */
  private kakiFormulir(b: Extract<Blok, { jenis: 'penutup' }>, x: number, y0: number, w: number, gambar: boolean): number {
    let y = y0;
    const tulis = (teks: string, dx = 0) => {
      const h = this.tinggi(teks, w - dx);
      if (gambar) this.tulis(teks, x + dx, y, w - dx);
      return h;
    };
    if (b.asli) {
      y += tulis(b.asli.judul);
      y += tulis(b.asli.isi);
    }
    if (b.tembusan.length > 0) {
      if (b.asli) y += 4;
      y += tulis('Tembusan disampaikan kepada:');
      b.tembusan.forEach((t, i) => {
        const teks = /[.;:,]$/.test(t) ? t : `${t}${i === b.tembusan.length - 1 ? '.' : ';'}`;
        tulis(`${i + 1}.`);
        y += tulis(teks, 14);
      });
    }
    return y - y0;
  }

  /**
   * The end of a form, kept on one page with the last lines before it: the signature block on the right;
   * on the left the QR code with the verification code under it, and beside the code "ASLI … untuk:" and
   * the Tembusan; under them, in one or two small lines, what verification proves.
   */
  private async penutup(b: Extract<Blok, { jenis: 'penutup' }>): Promise<void> {
    const wTtd = Math.min(205, this.lebar * 0.42);
    const v = b.verifikasi;
    const sisi = this.sisiQr(v);
    const wQr = Math.max(sisi, 80);
    const xKaki = this.x0 + wQr + 10;
    const wKaki = this.lebar - wTtd - 12 - wQr - 10;
    const hTtd = this.tinggiTandaTangan(b.tandaTangan, wTtd);
    const kode = `Kode verifikasi:\n${v.kode}`;
    const hQr = sisi + 2 + this.tinggi(kode, wQr, true, UKURAN.kecil);
    const hKaki = this.kakiFormulir(b, 0, 0, wKaki, false);
    const hAtas = Math.max(hTtd, hQr, hKaki);
    const hRingkas = this.tinggi(v.ringkas, this.lebar, false, UKURAN.kecil);
    const h = hAtas + 6 + hRingkas;
    this.y += 10;
    this.pastikan(h);
    const y0 = this.y;
    this.tandaTangan(b.tandaTangan, this.x0 + this.lebar - wTtd, y0, wTtd);
    await this.qr(v.qr, this.x0 - sisi / 30, y0, sisi);
    this.tulis(kode, this.x0, y0 + sisi + 2, wQr, { tebal: true, ukuran: UKURAN.kecil });
    this.kakiFormulir(b, xKaki, y0, wKaki, true);
    this.tulis(v.ringkas, this.x0, y0 + hAtas + 6, this.lebar, { ukuran: UKURAN.kecil, warna: '#333333' });
    this.y = y0 + h + 4;
  }

  /** The QR code's side: a signed sheet's code carries about 250 characters (digest, key, signature). */
  private sisiQr(v: Verifikasi): number {
    // Drawn larger when signed, so that its modules stay about 0.45 mm wide, within what a phone camera reads.
    return v.qr.length > 120 ? 76 : 62;
  }

  private tinggiPita(v: Verifikasi): number {
    const sisi = this.sisiQr(v);
    const wTeks = this.lebar - sisi - 16;
    const hTeks = this.tinggi(`Kode verifikasi: ${v.kode}`, wTeks, true, UKURAN.tabel) + this.tinggi(v.teks, wTeks, false, UKURAN.kecil);
    return Math.max(sisi, hTeks) + 8;
  }

  /** The verification strip: QR code on the left, the code and what verification proves beside it. */
  private async pita(v: Verifikasi, y0: number): Promise<void> {
    const sisi = this.sisiQr(v);
    const wTeks = this.lebar - sisi - 16;
    const h = this.tinggiPita(v);
    this.doc.lineWidth(0.5).strokeColor('#888888').rect(this.x0, y0, this.lebar, h).stroke().strokeColor('black');
    await this.qr(v.qr, this.x0 + 4, y0 + 4, sisi);
    let y = y0 + 4;
    y += this.tulis(`Kode verifikasi: ${v.kode}`, this.x0 + sisi + 10, y, wTeks, { tebal: true, ukuran: UKURAN.tabel });
    this.tulis(v.teks, this.x0 + sisi + 10, y, wTeks, { ukuran: UKURAN.kecil, warna: '#333333' });
  }

  /** The verification box where it flows with the text (the Lembar Perhitungan, not an official form). */
  private async kotakVerifikasi(v: Verifikasi): Promise<void> {
    const h = this.tinggiPita(v);
    this.y += 6;
    this.pastikan(h);
    await this.pita(v, this.y);
    this.y += h + 2;
  }

  /**
   * The visible PAdES signature field after the last sheet: a box with the signer and time drawn in the
   * page (so it prints), a signature widget over it, and the /Sig dictionary whose ByteRange and
   * Contents are placeholders of fixed size, filled in by src/tanda/pades.ts.
   */
  tandaTanganPades(nama: string, waktu: Date): void {
    const baris = [
      'Ditandatangani secara elektronik (PAdES) oleh:',
      nama,
      `Waktu penandatanganan: ${waktu
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC')}`,
      'Periksa tanda tangan ini pada panel tanda tangan pembaca PDF; keabsahan sertifikatnya diperiksa oleh pembaca PDF.',
    ];
    const w = 260;
    const hTeks = baris.reduce((s, b, i) => s + this.tinggi(b, w - 10, i === 1, i === 3 ? UKURAN.kecil : UKURAN.teks), 0);
    const h = hTeks + 10;
    this.y += 10;
    this.pastikan(h);
    const x = this.x0 + this.lebar - w;
    this.doc.lineWidth(0.8).strokeColor('#1e3a8a').rect(x, this.y, w, h).stroke().strokeColor('black');
    let y = this.y + 5;
    baris.forEach((b, i) => {
      y += this.tulis(b, x + 5, y, w - 10, { tebal: i === 1, ukuran: i === 3 ? UKURAN.kecil : UKURAN.teks });
    });

    const doc = this.doc as unknown as PdfKitDalam;
    const tanda = doc.ref({
      Type: 'Sig',
      Filter: 'Adobe.PPKLite',
      SubFilter: 'adbe.pkcs7.detached',
      // Names, written as "/**********": the same width as the ten-digit offsets that replace them.
      ByteRange: [0, '**********', '**********', '**********'],
      Contents: new Uint8Array(UKURAN_TANDA_PADES),
      M: waktu,
      Name: new String(nama),
      Reason: new String('Penetapan Angka Kredit Jabatan Fungsional'),
    });
    tanda.end();
    const tampilan = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h], Resources: {} });
    tampilan.end();
    const widget = doc.ref({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      F: 4 | 128, // Print, Locked
      Rect: [x, this.tinggiKertas - this.y - h, x + w, this.tinggiKertas - this.y],
      T: new String('Tanda tangan kantor'),
      V: tanda,
      P: doc.page.dictionary,
      AP: { N: tampilan },
    });
    doc.page.annotations.push(widget);
    widget.end(); // PDFKit's endAcroForm ends only fields with kids
    // PDFKit's own AcroForm (initForm) writes the field with the document; a signed document is never
    // to have its appearances regenerated by the reader.
    doc.initForm();
    const form = doc._root.data.AcroForm!.data;
    delete form.NeedAppearances;
    form.SigFlags = 3;
    form.Fields.push(widget);
    this.y += h + 2;
  }

  /** A QR code drawn as vector rectangles (one per run of dark modules): sharp and small. */
  private async qr(isi: string, x: number, y: number, sisi: number): Promise<void> {
    const q = (await muatPustaka()).QRCode.create(isi, { errorCorrectionLevel: 'M' });
    const n = q.modules.size;
    const m = sisi / (n + 2); // one module of quiet zone on each side
    this.doc.save().fillColor('black');
    for (let r = 0; r < n; r++) {
      let c = 0;
      while (c < n) {
        if (!q.modules.get(r, c)) {
          c++;
          continue;
        }
        const awal = c;
        while (c < n && q.modules.get(r, c)) c++;
        this.doc.rect(x + (awal + 1) * m, y + (r + 1) * m, (c - awal) * m, m);
      }
    }
    this.doc.fill().restore();
  }

  kaki(teks: string): void {
    const y = this.tinggiKertas - MARGIN.bawah + 14;
    this.doc
      .lineWidth(0.3)
      .strokeColor('#999999')
      .moveTo(this.x0, y - 4)
      .lineTo(this.x0 + this.lebar, y - 4)
      .stroke()
      .strokeColor('black');
    this.tulis(teks, this.x0, y, this.lebar, { ukuran: UKURAN.kaki, rata: 'tengah', warna: '#555555' });
  }
}
