// From spreadsheet rows to one input document per person. Rows are grouped by NIP (a row with an empty
// NIP continues the person above, as with merged cells); person columns may be written once or repeated;
// every cell is read in the spellings people actually use, and every problem is named by row and column.
import type { Aturan } from '../domain/aturan.ts';
import { JENIS_AK_AWAL, type JenisAkAwal } from '../domain/masukan.ts';
import { cariPredikat, daftarPredikatDanSebutan } from '../domain/predikat.ts';
import { isTanggal } from '../domain/tanggal.ts';
import { NAMA_BULAN } from '../domain/format.ts';
import { periksaNip } from '../input/nip.ts';
import { dalamBatasAngka, klaimDalamBatas, pesanBatasAngka, pesanBatasTahun, tahunDalamBatas } from '../input/batas.ts';
import { bacaTeksAngka, pesanAngkaAmbigu } from '../domain/angka.ts';
import type { MasukanJson } from '../input/schema.ts';
import type { BarisMentah, RowProblem } from '../berkas/errors.ts';
import { KOLOM, type IdKolom, type ColumnLayout } from './kolom.ts';
import { serialDate } from '../berkas/xlsx.ts';
import { pembacaJf, type JfTerbaca } from './nama-jf.ts';

/** One person as read from the file: the input document (when every cell was readable), rows, claims and problems. */
export interface OrangMentah {
  nip: string;
  nama?: string;
  unitKerja?: string;
  /** Row numbers of this person, in file order. */
  baris: number[];
  /** Row of each penilaian period (index = position in masukan.penilaian). */
  barisPeriode: number[];
  /** Row where the person columns were first given; the row of the AK awal. */
  barisPegawai: number;
  barisAkAwal?: number;
  masukan?: MasukanJson;
  /** Figures written on the person's documents, to be checked (ids as in src/domain/validasi.ts). */
  klaim: { id: string; tertulis: string; baris: number; kolom: IdKolom }[];
  galat: RowProblem[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_\-./]+/g, ' ')
    .trim();

const PERSON: IdKolom[] = KOLOM.filter((k) => k.lingkup === 'pegawai').map((k) => k.id);
/** Person columns of free text, read as rapikanTeks gives them. */
const TEKS_BEBAS: IdKolom[] = ['nama', 'unit_kerja', 'instansi'];

const SINONIM_AK: Record<string, JenisAkAwal> = {
  integrasi: 'ak_integrasi',
  'ak integrasi': 'ak_integrasi',
  'pak integrasi': 'ak_integrasi',
  dasar: 'ak_dasar',
  'ak dasar': 'ak_dasar',
  'jf lama': 'ak_jf_lama',
  'pak terakhir': 'ak_jf_lama',
  'ak jf lama': 'ak_jf_lama',
  'pak terakhir jf lama': 'ak_jf_lama',
  penyesuaian: 'ak_penyesuaian',
  penyetaraan: 'ak_penyesuaian',
  'ak penyesuaian': 'ak_penyesuaian',
  inpassing: 'ak_penyesuaian',
  konversi: 'ak_konversi',
  'ak konversi': 'ak_konversi',
  pendidikan: 'ak_pendidikan',
  'ak pendidikan': 'ak_pendidikan',
  'peningkatan pendidikan': 'ak_pendidikan',
  lainnya: 'lainnya',
  'ak lainnya': 'lainnya',
};
for (const j of JENIS_AK_AWAL) SINONIM_AK[norm(j)] = j;

/**
 * Month names as people and spreadsheets write them: Indonesian and English, in full, in the three
 * letters Excel shows ("Agu", "Aug", "Mei", "May"), and the other short forms in use (Agt, Ags, Peb, Nop,
 * Sept). A longer start of a full name ("Agust", "Febr") is read too, a word of any other letters is not.
 */
const NAMA_BULAN_INGGRIS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const BULAN_SINGKAT: Record<string, number> = {
  agt: 8,
  ags: 8,
  peb: 2,
  nop: 11,
  sept: 9,
};
const NAMA_PENUH: [string, number][] = [];
NAMA_BULAN.forEach((n, i) => NAMA_PENUH.push([n.toLowerCase(), i + 1]));
NAMA_BULAN_INGGRIS.forEach((n, i) => NAMA_PENUH.push([n, i + 1]));
for (const [n, b] of NAMA_PENUH) {
  BULAN_SINGKAT[n] = b;
  BULAN_SINGKAT[n.slice(0, 3)] = b;
}

/** A month name (any case, an optional final dot) → 1–12; undefined for any other word. */
export function nomorBulan(kata: string): number | undefined {
  const k = kata.toLowerCase().replace(/\.$/, '');
  const b = BULAN_SINGKAT[k];
  if (b !== undefined) return b;
  if (k.length < 3) return undefined;
  for (const [n, nomor] of NAMA_PENUH) if (n.startsWith(k)) return nomor;
  return undefined;
}

/**
 * A two-digit year as Excel reads one typed or shown ("Jan-23", "1-Apr-22"): 00–29 are 2000–2029,
 * 30–99 are 1930–1999. Only read beside a month name, where the day and the year cannot be confused.
 */
const tahunDua = (y: number) => (y < 30 ? 2000 + y : 1900 + y);

const dua = (n: number) => String(n).padStart(2, '0');

/** The digits s[from, to) as a number; -1 when a character there is not 0–9 or the range is empty. */
function angka(s: string, from: number, to: number): number {
  if (to <= from) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The order of a date written in numbers only, "4/1/2022": `hb` day first (Indonesia, HH/BB/TTTT), `bh`
 * month first (Excel with United States settings, M/D/YYYY). A file's order is decided per column from
 * all its values (putusan-kolom.ts); `hb` where nothing was decided.
 */
export type UrutanTanggal = 'hb' | 'bh';

/** The two leading numbers of a date written A/B/YYYY (also with . or -), or undefined for any other spelling. */
export function bagianTanggal(v: string): [number, number] | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * "2024-04-01", "1/4/2024", "01-04-2024", "1.4.2024" (order: `urutan`), "1 April 2024", "01 Agu 2024",
 * "1-Aug-2024", "1-Apr-24", "April 1, 2024", or an Excel serial → YYYY-MM-DD, years 1900–2100.
 */
export function parseDateCell(v: string, urutan: UrutanTanggal = 'hb'): string | undefined {
  const t = tanggalTertulis(v, urutan);
  return t && tahunDalamBatas(t) ? t : undefined;
}

/** As bacaTanggal, any four-digit year: a year out of bounds gets its own message. */
function tanggalTertulis(v: string, urutan: UrutanTanggal = 'hb'): string | undefined {
  const s = v.trim();
  // The template's own spelling, read without a regex: what the general path below would build is `s` itself.
  if (
    s.length === 10 &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    angka(s, 0, 4) >= 0 &&
    angka(s, 5, 7) >= 0 &&
    angka(s, 8, 10) >= 0
  ) {
    return isTanggal(s) ? s : undefined;
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(s);
  let iso: string | undefined;
  if (m) iso = `${m[1]}-${dua(Number(m[2]))}-${dua(Number(m[3]))}`;
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) {
    const [hari, bulan] = urutan === 'hb' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    iso = `${m[3]}-${dua(Number(bulan))}-${dua(Number(hari))}`;
  } else if (/^\d{4,5}(\.0+)?$/.test(s)) iso = serialDate(Number(s));
  else if ((m = /^(\d{1,2})[\s.-]*([A-Za-z]{3,}\.?)[\s,.-]*(\d{4}|\d{2})$/.exec(s))) {
    // "1 April 2022", "01 Agu 2022", "1-Aug-2022", "1-Apr-22": the day before the month's name.
    const b = nomorBulan(m[2]!);
    const y = m[3]!.length === 2 ? tahunDua(Number(m[3])) : Number(m[3]);
    if (b !== undefined) iso = `${y}-${dua(b)}-${dua(Number(m[1]))}`;
  } else if ((m = /^([A-Za-z]{3,}\.?)\s*(\d{1,2}),?\s+(\d{4})$/.exec(s))) {
    // "April 1, 2022", as English writes it.
    const b = nomorBulan(m[1]!);
    if (b !== undefined) iso = `${m[3]}-${dua(b)}-${dua(Number(m[2]))}`;
  }
  return iso && isTanggal(iso) ? iso : undefined;
}

/**
 * "2024-01", "01/2024", "1-2024", "Januari 2024", "Jan 2024", "Jan-23" and "Agu-23" (a month Excel
 * shows as mmm-yy), a date (order: `urutan`), or a serial → YYYY-MM, years 1900–2100.
 */
export function parseMonthCell(v: string, urutan: UrutanTanggal = 'hb'): string | undefined {
  const b = bulanTertulis(v, urutan);
  return b && tahunDalamBatas(b) ? b : undefined;
}

/** As bacaBulan, any four-digit year. */
function bulanTertulis(v: string, urutan: UrutanTanggal = 'hb'): string | undefined {
  const s = v.trim();
  // "2024-01" without a regex; in range, the general path below would build `s` itself.
  if (s.length === 7 && s.charCodeAt(4) === 45) {
    const y = angka(s, 0, 4);
    const mo = angka(s, 5, 7);
    if (y >= 0 && mo >= 0) return mo < 1 || mo > 12 ? undefined : s;
  }
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  let y: number | undefined;
  let mo: number | undefined;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
  } else if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(s))) {
    y = Number(m[2]);
    mo = Number(m[1]);
  } else if ((m = /^([A-Za-z]{3,}\.?)[\s-]*('?)(\d{4}|\d{2})$/.exec(s))) {
    mo = nomorBulan(m[1]!);
    y = m[3]!.length === 2 ? tahunDua(Number(m[3])) : Number(m[3]);
  } else {
    const t = tanggalTertulis(s, urutan);
    if (t) return t.slice(0, 7);
  }
  if (y === undefined || mo === undefined || mo < 1 || mo > 12) return undefined;
  return `${y}-${dua(mo)}`;
}

/** "12,5", "12.5", "1.050,5", "150" → "12.5" (schema form); undefined when not a non-negative number or ambiguous ("1.050"). */
export function parseNumberCell(v: string): string | undefined {
  // Digits with at most one comma inside (no dot, no space) cannot be the thousands form: the last rule's answer, without regexes.
  const koma = v.indexOf(',');
  if (
    koma !== 0 &&
    koma !== v.length - 1 &&
    v.indexOf(',', koma + 1) < 0 &&
    (koma < 0 ? angka(v, 0, v.length) : Math.min(angka(v, 0, koma), angka(v, koma + 1, v.length))) >= 0
  ) {
    return koma < 0 ? v : `${v.slice(0, koma)}.${v.slice(koma + 1)}`;
  }
  // Spaces group thousands in some exports ("1 050"); the rest is the one reader of amounts (domain/angka.ts).
  const b = bacaTeksAngka(v.replace(/\s+/g, ''));
  return b.salah ? undefined : b.polos;
}

export function parseYesNoCell(v: string): boolean | undefined {
  const s = norm(v);
  if (['ya', 'y', 'yes', '1', 'true', 'benar', 'sudah', 'ada', 'lulus', 'tersedia', 'bebas', '✓', 'v', 'x'].includes(s)) return true;
  if (['tidak', 't', 'no', 'n', '0', 'false', 'salah', 'belum', 'tidak ada', '-', ''].includes(s)) return false;
  return undefined;
}

const ROMAWI: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', i: 'I', ii: 'II', iii: 'III', iv: 'IV' };
export function parseGolonganCell(v: string): string {
  const m = /^\s*(iv|iii|ii|i|[1-4])\s*[/\-.\s]?\s*([a-e])\s*$/i.exec(v);
  return m ? `${ROMAWI[m[1]!.toLowerCase()]}/${m[2]!.toLowerCase()}` : v.trim();
}

interface Kamus {
  jenjang: Map<string, string>;
  golongan: Set<string>;
  daftarJf: string;
  daftarJenjang: string;
}

export function kamus(aturan: Aturan): Kamus {
  const jenjang = new Map<string, string>();
  for (const j of aturan.jenjang) {
    jenjang.set(norm(j.id), j.id);
    jenjang.set(norm(j.nama), j.id);
  }
  return {
    jenjang,
    golongan: new Set(aturan.golongan.map((g) => g.kode)),
    daftarJf: aturan.jabatanFungsional.map((j) => j.nama).join('; '),
    daftarJenjang: aturan.jenjang.map((j) => j.nama).join(', '),
  };
}

export interface GrouperOptions {
  /** Default calculation date (YYYY-MM-DD) when the row does not give one. */
  tanggalPerhitungan: string;
  /** Day/month order of each column's numeric dates, as decided for the whole file (putusan-kolom.ts); `hb` when absent. */
  urutanTanggal?: Partial<Record<IdKolom, UrutanTanggal>> | undefined;
  /** The file's NIP column holds numbers (putusan-kolom.ts): a NIP that is a float's shortest decimal lost its digits. */
  nipAngka?: boolean | undefined;
}

/** Position of each column id in KOLOM: the per-column arrays below are indexed by it. */
const SLOT = Object.fromEntries(KOLOM.map((k, i) => [k.id, i])) as Record<IdKolom, number>;
const ID_SLOT: IdKolom[] = KOLOM.map((k) => k.id);

/** A cell quoted in a message, cut short: a hostile cell must not be copied whole into every report. */
const kutip = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;

/**
 * Why a cell read as a month or date is refused, or undefined: its shape (`bentuk`), or its year
 * outside 1900–2100. The two messages differ because the remedies do.
 */
function galatWaktu(v: string, baca: (v: string) => string | undefined, label: string, bentuk: string): string | undefined {
  const t = baca(v);
  if (!t) return `${label} ${kutip(v)} ${bentuk}`;
  return tahunDalamBatas(t) ? undefined : pesanBatasTahun(`${label} ${kutip(v)}`);
}

/** Column letters of a column index: 0 → A, 26 → AA. */
function hurufKolom(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A formula whose value was not saved (a program wrote it without calculating): named by its cell, "Isian!D7". */
function pesanRumus(lembar: string | undefined, kolom: number, baris: number): string {
  const l = lembar === undefined ? '' : /^[A-Za-z0-9_]+$/.test(lembar) ? `${lembar}!` : `'${lembar.slice(0, 60).replace(/'/g, "''")}'!`;
  return `Sel ${l}${hurufKolom(kolom)}${baris} berisi rumus tanpa nilai tersimpan; rumus tidak dijalankan. Buka lalu simpan berkas di Excel atau LibreOffice agar nilainya tersimpan, atau tempel sebagai nilai (Paste Special → Values).`;
}

/** Whether every character is 0–9 (most NIP cells: nothing to clean). */
function hanyaAngka(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/**
 * A NIP cell without what spreadsheets put around the 18 digits: spaces of any kind ("19900101 201503
 * 1 001", no-break spaces), the apostrophe typed to keep Excel from making it a number ('1990…), and
 * Excel's text formula as a CSV export writes it (="1990…"), or plain quotes.
 */
export function bersihkanNip(s: string): string {
  if (hanyaAngka(s)) return s;
  let t = s.replace(/\s+/g, '');
  if (t.startsWith('="') && t.endsWith('"') && t.length >= 3) t = t.slice(2, -1);
  else if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) t = t.slice(1, -1);
  return t.replace(/^[\u0027\u2018\u2019`]+/, '');
}

/**
 * Whether a NIP lost its last digits by being stored as a number. A spreadsheet keeps 15 significant
 * digits (Excel) or a binary float (LibreOffice, JavaScript): it writes such a number with an exponent
 * (1.99001012015031E+17) or a decimal point, or, shown in full, as 18 digits ending in 000, which no NIP
 * has (nomor urut 000 does not exist). A number whose lost digits became anything but 000 while keeping
 * 18 digits (a float printed to 17 digits: …031008) cannot be told from a NIP by its text; the
 * structure check may still refuse it.
 */
export function nipSebagaiAngka(nip: string): boolean {
  // Most NIPs: digits only, no regex.
  if (hanyaAngka(nip)) return nip.length === 18 && nip.endsWith('000');
  if (/^\d+(?:[.,]\d*)?e\+?\d+$/i.test(nip) || /^\d{15,}[.,]\d+$/.test(nip)) return true;
  return nip.length === 18 && hanyaAngka(nip) && nip.endsWith('000');
}

/**
 * Whether 18 digits are exactly the shortest decimal of a binary float (what a JavaScript writer prints
 * for a NIP stored as a number: 199404042020122020); only asked of a column known to hold numbers.
 */
export const desimalFloat = (nip: string) => nip.length === 18 && hanyaAngka(nip) && String(Number(nip)) === nip;

/**
 * The NIP message for text that is not a NIP, or undefined when it is one. `kolomAngka`: the file's NIP
 * column holds numbers (putusan-kolom.ts).
 */
export function galatNip(nip: string, kolomAngka = false): string | undefined {
  if (nipSebagaiAngka(nip) || (kolomAngka && desimalFloat(nip)))
    return `NIP tersimpan sebagai angka sehingga angka terakhirnya hilang (${kutip(nip)}; Excel hanya menyimpan 15 angka). Format kolom nip sebagai Teks, lalu ketik ulang NIP dari SK.`;
  return periksaNip(nip);
}

/**
 * Names, units and agencies as one canonical text: Unicode NFC, every run of whitespace (line breaks in a
 * cell, no-break and other spaces) one space, trimmed. The verification code hashes this text, so the
 * same name typed with a stray double space or copied from a PDF gives the same code.
 */
export function rapikanTeks(s: string): string {
  // Plain ASCII with single spaces (most names): only trimmed, without normalize or a regex.
  let polos = true;
  for (let i = 0; i < s.length && polos; i++) {
    const c = s.charCodeAt(i);
    polos = c > 32 ? c < 127 : c === 32 && s.charCodeAt(i + 1) !== 32;
  }
  if (polos) return s.trim();
  const t = s.normalize('NFC');
  return /\s\s|[^\S ]/.test(t) ? t.replace(/\s+/g, ' ').trim() : t.trim();
}

/**
 * Pure readings of a cell, remembered by the text as written: a file repeats a few dozen spellings
 * (jenjang, golongan, predikat, Ya/Tidak) thousands of times. One per RowGrouper, bounded: past the
 * limit new texts are still read, just not kept. Keys are copied: a cell is a slice of the file's
 * text, and a remembered slice would keep that whole text alive.
 */
class Ingatan<T> {
  private readonly m = new Map<string, T>();
  constructor(private readonly baca: (s: string) => T) {}
  get(s: string): T {
    const v = this.m.get(s);
    if (v !== undefined || this.m.has(s)) return v as T;
    const baru = this.baca(s);
    if (this.m.size < 256) this.m.set(Buffer.from(s, 'utf16le').toString('utf16le'), baru);
    return baru;
  }
}

/**
 * One person being read: its problems so far, and for every person column the first value given and
 * its row. Arrays by SLOT instead of a Map of small objects: a batch reads one of these per person.
 */
class Bacaan {
  readonly galat: RowProblem[] = [];
  private readonly nilai: (string | undefined)[] = new Array<string | undefined>(KOLOM.length).fill(undefined);
  private readonly barisNilai: number[] = new Array<number>(KOLOM.length).fill(0);

  constructor(
    readonly pertama: number,
    private readonly bacaYaTidak: Ingatan<boolean | undefined>,
  ) {}

  g(baris: number, kolom: IdKolom | string, pesan: string): void {
    this.galat.push({ baris, kolom, pesan });
  }

  /** A person column's value on a row: the first non-empty value counts, and a later different value is a problem. */
  catat(slot: number, s: string, baris: number): void {
    const ada = this.nilai[slot];
    if (ada === undefined) {
      this.nilai[slot] = s;
      this.barisNilai[slot] = baris;
    } else if (ada !== s && !(slot === SLOT.nip && bersihkanNip(ada) === bersihkanNip(s))) {
      this.g(
        baris,
        ID_SLOT[slot]!,
        `Berbeda dengan baris ${this.barisNilai[slot]} untuk pegawai yang sama ("${s}" dan "${ada}"). Isi kolom pegawai sekali saja, atau ulangi dengan nilai yang sama.`,
      );
    }
  }

  ambil(id: IdKolom): string | undefined {
    return this.nilai[SLOT[id]];
  }

  barisDari(id: IdKolom): number {
    const i = SLOT[id];
    return this.nilai[i] === undefined ? this.pertama : this.barisNilai[i]!;
  }

  wajib(id: IdKolom, label: string): string | undefined {
    const s = this.ambil(id);
    if (s === undefined) this.g(this.pertama, id, `${label} wajib diisi pada baris pertama pegawai ini.`);
    return s;
  }

  tanggal(id: IdKolom, label: string, perlu: boolean, urutan: UrutanTanggal): string | undefined {
    const s = perlu ? this.wajib(id, label) : this.ambil(id);
    if (s === undefined) return undefined;
    const t = parseDateCell(s, urutan);
    if (!t)
      this.g(
        this.barisDari(id),
        id,
        galatWaktu(
          s,
          (v) => tanggalTertulis(v, urutan),
          label,
          'bukan tanggal yang sah; tulis TTTT-BB-HH (2024-04-01), HH/BB/TTTT (01/04/2024), atau 1 April 2024.',
        )!,
      );
    return t;
  }

  /** Ya, Tidak, or an empty cell: undefined, "belum dinyatakan" (issue 12), never read as Tidak. */
  yaTidak(id: IdKolom, label: string): boolean | undefined {
    const s = this.ambil(id);
    if (s === undefined) return undefined;
    const b = this.bacaYaTidak.get(s);
    if (b === undefined)
      this.g(this.barisDari(id), id, `${label}: "${s}" tidak dapat dibaca; tulis Ya atau Tidak, atau kosongkan bila belum dinyatakan.`);
    return b;
  }
}

/** Whether a written figure may go to the check; a figure beyond the bounds is a problem of its cell. */
function klaimSah(b: Bacaan, tertulis: string, baris: number, kolom: IdKolom, label: string): boolean {
  if (klaimDalamBatas(tertulis)) return true;
  b.g(baris, kolom, pesanBatasAngka(label));
  return false;
}

/** Groups rows into persons as they stream by; `tambah` returns a finished person when the NIP changes. */
export class RowGrouper {
  /**
   * The current person's rows as the reader gave them (their cells are read once, in `bangun`), and the
   * NIP of its first row ('' when that row had none).
   */
  private rows: BarisMentah[] = [];
  private nipKini = '';
  private readonly k: Kamus;
  /** File columns of each column id (by SLOT): one, or none when the file lacks it. */
  private readonly kolom: number[][];
  /** Every file column that has an id (a row with none of them filled is blank). */
  private readonly kolomDibaca: number[];
  /** Slots of the person columns the file has, in PERSON order. */
  private readonly slotPegawai: number[];
  private readonly jf: Ingatan<JfTerbaca | undefined>;
  private readonly jenjang: Ingatan<string | undefined>;
  /** The rule book's id of a predikat as written ("BAIK", " baik ", "sangat_baik", "cukup"), or undefined. */
  private readonly predikatId: Ingatan<string | undefined>;
  /** Order of numeric dates by column id (SLOT), `hb` unless the file's columns were decided otherwise. */
  private readonly urutan: UrutanTanggal[];
  /** Whether a column (SLOT) holds free text (TEKS_BEBAS). */
  private readonly teksBebas: boolean[];
  private readonly golongan = new Ingatan(parseGolonganCell);
  private readonly yaTidak = new Ingatan(parseYesNoCell);
  private readonly jenisAk = new Ingatan((s: string): JenisAkAwal | undefined => SINONIM_AK[norm(s)]);

  constructor(
    private readonly aturan: Aturan,
    private readonly tata: ColumnLayout,
    private readonly opsi: GrouperOptions,
  ) {
    const k = kamus(aturan);
    this.k = k;
    this.kolom = KOLOM.map(() => []);
    this.kolomDibaca = [];
    tata.indeks.forEach((id, i) => {
      if (id === undefined) return;
      this.kolom[SLOT[id]]!.push(i);
      this.kolomDibaca.push(i);
    });
    this.slotPegawai = PERSON.map((id) => SLOT[id]).filter((slot) => this.kolom[slot]!.length > 0);
    this.jf = new Ingatan(pembacaJf(aturan));
    this.jenjang = new Ingatan((s) => k.jenjang.get(norm(s)));
    this.predikatId = new Ingatan((s) => cariPredikat(aturan, s)?.predikat.id);
    this.urutan = KOLOM.map((k) => opsi.urutanTanggal?.[k.id] ?? 'hb');
    this.teksBebas = KOLOM.map((k) => TEKS_BEBAS.includes(k.id));
  }

  /**
   * A row's cell for a column id, trimmed; undefined when blank. Should an id have several columns
   * (readHeader refuses that), the last non-blank one counts.
   */
  private sel(row: BarisMentah, slot: number): string | undefined {
    const kol = this.kolom[slot]!;
    for (let j = kol.length - 1; j >= 0; j--) {
      const s = row.sel[kol[j]!];
      if (s === undefined || s === '') continue;
      const t = s.trim();
      if (t !== '') return t;
    }
    return undefined;
  }

  /** Whether any column we read has a value or a formula. */
  private berisi(row: BarisMentah): boolean {
    for (const i of this.kolomDibaca) {
      const s = row.sel[i];
      if (s !== undefined && s !== '' && s.trim() !== '') return true;
    }
    if (row.rumus) for (const i of row.rumus) if (this.tata.indeks[i] !== undefined) return true;
    return false;
  }

  /** Returns the previous person when this row starts a new one; skips blank rows. */
  tambah(row: BarisMentah): OrangMentah | undefined {
    if (!this.berisi(row)) return undefined;
    const nipTeks = this.sel(row, SLOT.nip);
    const nip = nipTeks === undefined ? '' : bersihkanNip(nipTeks);
    let selesai: OrangMentah | undefined;
    if (this.rows.length === 0 || (nip !== '' && nip !== this.nipKini)) {
      selesai = this.selesai();
      this.nipKini = nip;
    }
    this.rows.push(row);
    return selesai;
  }

  /** The last person, at the end of the file. */
  selesai(): OrangMentah | undefined {
    const rows = this.rows;
    if (rows.length === 0) return undefined;
    this.rows = [];
    return this.bangun(rows);
  }

  private bangun(rows: BarisMentah[]): OrangMentah {
    const pertama = rows[0]!;
    const b = new Bacaan(pertama.nomor, this.yaTidak);

    for (const r of rows) {
      if (!r.rumus) continue;
      for (const i of r.rumus) {
        const kol = this.tata.indeks[i];
        if (kol !== undefined) b.g(r.nomor, kol, pesanRumus(this.tata.lembar, i, r.nomor));
      }
    }

    // Person columns: the first non-empty value, and a later different value is a problem.
    for (const r of rows) {
      for (const slot of this.slotPegawai) {
        const s = this.sel(r, slot);
        if (s !== undefined) b.catat(slot, this.teksBebas[slot] ? rapikanTeks(s) : s, r.nomor);
      }
    }
    const nipTeks = b.ambil('nip');
    const nip = nipTeks === undefined ? '' : bersihkanNip(nipTeks);
    const nama = b.ambil('nama');
    const unitKerja = b.ambil('unit_kerja');

    if (!nip) b.g(pertama.nomor, 'nip', 'NIP wajib diisi pada baris pertama setiap pegawai.');
    else {
      const p = galatNip(nip, this.opsi.nipAngka === true);
      if (p) b.g(b.barisDari('nip'), 'nip', p);
    }

    const jfTeks = b.wajib('jabatan_fungsional', 'Jabatan fungsional');
    const jfBaca = jfTeks ? this.jf.get(jfTeks) : undefined;
    const jf = jfBaca?.jf;
    if (jfTeks && !jf)
      b.g(
        b.barisDari('jabatan_fungsional'),
        'jabatan_fungsional',
        `Jabatan fungsional "${jfTeks}" tidak dikenal. Pilih salah satu: ${this.k.daftarJf}.`,
      );
    // "Analis Kepegawaian Ahli Muda" in one cell: the jenjang column may then stay empty.
    const jenjangSel = jfBaca?.jenjang;
    const jenjangTeks = jenjangSel && b.ambil('jenjang') === undefined ? undefined : b.wajib('jenjang', 'Jenjang');
    const jenjang = jenjangTeks ? this.jenjang.get(jenjangTeks) : jenjangSel;
    if (jenjangTeks && !jenjang)
      b.g(b.barisDari('jenjang'), 'jenjang', `Jenjang "${jenjangTeks}" tidak dikenal. Pilih salah satu: ${this.k.daftarJenjang}.`);
    else if (jenjangTeks && jenjangSel && jenjang !== jenjangSel)
      b.g(
        b.barisDari('jenjang'),
        'jenjang',
        `Jenjang "${jenjangTeks}" berbeda dengan jenjang yang tertulis pada kolom jabatan_fungsional ("${jfTeks}").`,
      );
    const golTeks = b.wajib('golongan', 'Golongan ruang');
    const golongan = golTeks && this.golongan.get(golTeks);
    if (golongan && !this.k.golongan.has(golongan))
      b.g(b.barisDari('golongan'), 'golongan', `Golongan ruang "${golTeks}" tidak dikenal; tulis seperti III/a.`);
    const u = this.urutan;
    const tmtPangkat = b.tanggal('tmt_pangkat', 'TMT pangkat', true, u[SLOT.tmt_pangkat]!);
    const tmtJenjang = b.tanggal('tmt_jenjang', 'TMT jenjang', true, u[SLOT.tmt_jenjang]!);
    const tanggalPerhitungan =
      b.tanggal('tanggal_perhitungan', 'Tanggal perhitungan', false, u[SLOT.tanggal_perhitungan]!) ?? this.opsi.tanggalPerhitungan;

    const pernyataan = {
      bebasHukumanDisiplin: b.yaTidak('bebas_hukuman_disiplin', 'Bebas hukuman disiplin'),
      formasiTersedia: b.yaTidak('formasi_tersedia', 'Formasi tersedia'),
      lulusUjiKompetensi: b.yaTidak('lulus_uji_kompetensi', 'Lulus uji kompetensi'),
    };

    const angkaKreditAwal: NonNullable<MasukanJson['angkaKreditAwal']> = [];
    const akTeks = b.ambil('ak_awal');
    const jenisTeks = b.ambil('jenis_ak_awal');
    let barisAkAwal: number | undefined;
    if (akTeks !== undefined) {
      barisAkAwal = b.barisDari('ak_awal');
      const dibaca = parseNumberCell(akTeks);
      const ak = dibaca !== undefined && dalamBatasAngka(dibaca) ? dibaca : undefined;
      if (dibaca === undefined)
        b.g(
          barisAkAwal,
          'ak_awal',
          bacaTeksAngka(akTeks.replace(/\s+/g, '')).salah === 'ambigu'
            ? pesanAngkaAmbigu('Angka kredit awal', akTeks.replace(/\s+/g, ''))
            : `Angka kredit awal ${kutip(akTeks)} bukan angka tidak negatif; tulis mis. 12,5 atau 150,63.`,
        );
      else if (ak === undefined) b.g(barisAkAwal, 'ak_awal', pesanBatasAngka('Angka kredit awal'));
      const jenis = jenisTeks === undefined ? undefined : this.jenisAk.get(jenisTeks);
      if (jenisTeks === undefined)
        b.g(
          barisAkAwal,
          'jenis_ak_awal',
          'Jenis angka kredit awal wajib diisi bila ak_awal diisi (Integrasi, AK Dasar, PAK terakhir, Penyesuaian, Konversi, Pendidikan, atau Lainnya).',
        );
      else if (!jenis)
        b.g(
          b.barisDari('jenis_ak_awal'),
          'jenis_ak_awal',
          `Jenis angka kredit awal "${jenisTeks}" tidak dikenal; pilih Integrasi, AK Dasar, PAK terakhir, Penyesuaian, Konversi, Pendidikan, atau Lainnya.`,
        );
      if (ak !== undefined && jenis) angkaKreditAwal.push({ jenis, angkaKredit: ak });
    } else if (jenisTeks !== undefined) {
      b.g(b.barisDari('jenis_ak_awal'), 'ak_awal', 'Jenis angka kredit awal diisi tetapi angkanya (ak_awal) kosong.');
    }

    // Period rows: those with any period column.
    const penilaian: NonNullable<MasukanJson['penilaian']> = [];
    const barisPeriode: number[] = [];
    const klaim: OrangMentah['klaim'] = [];
    for (const r of rows) {
      const mulaiTeks = this.sel(r, SLOT.periode_mulai);
      const selesaiTeks = this.sel(r, SLOT.periode_selesai);
      const predTeks = this.sel(r, SLOT.predikat);
      const jpTeks = this.sel(r, SLOT.jenjang_periode);
      const tertulis = this.sel(r, SLOT.ak_konversi_tertulis);
      if (mulaiTeks === undefined && selesaiTeks === undefined && predTeks === undefined && jpTeks === undefined && tertulis === undefined)
        continue;
      const uMulai = u[SLOT.periode_mulai]!;
      const uSelesai = u[SLOT.periode_selesai]!;
      const mulai = mulaiTeks === undefined ? undefined : parseMonthCell(mulaiTeks, uMulai);
      const selesai = selesaiTeks === undefined ? undefined : parseMonthCell(selesaiTeks, uSelesai);
      if (mulaiTeks === undefined) b.g(r.nomor, 'periode_mulai', 'Bulan mulai periode wajib diisi pada baris periode.');
      else if (!mulai)
        b.g(
          r.nomor,
          'periode_mulai',
          galatWaktu(
            mulaiTeks,
            (v) => bulanTertulis(v, uMulai),
            'Bulan mulai',
            'tidak sah; tulis TTTT-BB (2024-01), BB/TTTT (01/2024), atau Januari 2024.',
          )!,
        );
      if (selesaiTeks === undefined) b.g(r.nomor, 'periode_selesai', 'Bulan selesai periode wajib diisi pada baris periode.');
      else if (!selesai)
        b.g(
          r.nomor,
          'periode_selesai',
          galatWaktu(
            selesaiTeks,
            (v) => bulanTertulis(v, uSelesai),
            'Bulan selesai',
            'tidak sah; tulis TTTT-BB (2024-12), BB/TTTT (12/2024), atau Desember 2024.',
          )!,
        );
      const predikat = predTeks === undefined ? undefined : this.predikatId.get(predTeks);
      if (predTeks === undefined) b.g(r.nomor, 'predikat', 'Predikat kinerja wajib diisi pada baris periode.');
      else if (!predikat)
        b.g(r.nomor, 'predikat', `Predikat "${predTeks}" tidak dikenal. Pilih salah satu: ${daftarPredikatDanSebutan(this.aturan)}.`);
      const jp = jpTeks === undefined ? undefined : this.jenjang.get(jpTeks);
      if (jpTeks !== undefined && !jp)
        b.g(r.nomor, 'jenjang_periode', `Jenjang "${jpTeks}" tidak dikenal. Pilih salah satu: ${this.k.daftarJenjang}.`);
      const tertulisSah =
        tertulis !== undefined && klaimSah(b, tertulis, r.nomor, 'ak_konversi_tertulis', 'Angka kredit konversi tertulis');
      if (!mulai || !selesai || !predikat) continue;
      // The rule book's id, not the spelling: the verification code hashes the facts (pdf/kode.ts).
      penilaian.push(jp ? { mulai, selesai, predikat, jenjang: jp } : { mulai, selesai, predikat });
      barisPeriode.push(r.nomor);
      if (tertulisSah)
        klaim.push({ id: `konversi.${penilaian.length}`, tertulis: tertulis!, baris: r.nomor, kolom: 'ak_konversi_tertulis' });
    }
    const kumulatif = b.ambil('ak_kumulatif_tertulis');
    if (
      kumulatif !== undefined &&
      klaimSah(b, kumulatif, b.barisDari('ak_kumulatif_tertulis'), 'ak_kumulatif_tertulis', 'Angka kredit kumulatif tertulis')
    ) {
      klaim.push({ id: 'kumulatif', tertulis: kumulatif, baris: b.barisDari('ak_kumulatif_tertulis'), kolom: 'ak_kumulatif_tertulis' });
    }
    const jumlahKonversi = b.ambil('jumlah_konversi_tertulis');
    if (
      jumlahKonversi !== undefined &&
      klaimSah(b, jumlahKonversi, b.barisDari('jumlah_konversi_tertulis'), 'jumlah_konversi_tertulis', 'Jumlah konversi tertulis')
    ) {
      klaim.push({
        id: 'jumlahKonversi',
        tertulis: jumlahKonversi,
        baris: b.barisDari('jumlah_konversi_tertulis'),
        kolom: 'jumlah_konversi_tertulis',
      });
    }

    const baris: number[] = new Array<number>(rows.length);
    for (let i = 0; i < rows.length; i++) baris[i] = rows[i]!.nomor;
    // Built key by key in the order of the type, optional keys only when given: persons are sent and
    // stored as JSON (web/batch.ts), and the order must not depend on how this function is written.
    const orang = { nip: nip || `(tanpa NIP, baris ${pertama.nomor})` } as OrangMentah;
    if (nama) orang.nama = nama;
    if (unitKerja) orang.unitKerja = unitKerja;
    orang.baris = baris;
    orang.barisPeriode = barisPeriode;
    orang.barisPegawai = pertama.nomor;
    if (barisAkAwal !== undefined) orang.barisAkAwal = barisAkAwal;
    orang.klaim = klaim;
    orang.galat = b.galat;
    if (b.galat.length === 0 && jf && jenjang && golongan && tmtPangkat && tmtJenjang) {
      const instansi = b.ambil('instansi');
      const identitas: NonNullable<MasukanJson['identitas']> = { nip };
      if (nama) identitas.nama = nama;
      if (unitKerja) identitas.unitKerja = unitKerja;
      if (instansi) identitas.instansi = instansi;
      orang.masukan = {
        jabatanFungsional: jf,
        jenjang,
        golongan,
        tmtPangkat,
        tmtJenjang,
        angkaKreditAwal,
        penilaian,
        pernyataan,
        tanggalPerhitungan,
        identitas,
      };
    }
    return orang;
  }
}
