// Figures typed from a colleague's paper or PDF form (/validasi without a file), and every checked
// figure as the pages word it: "Sesuai" or "Tidak sesuai, seharusnya …". The check itself is the
// domain's (validasi); this maps form fields to its figures and back.
import type { HasilKlaim, HasilValidasi, Klaim } from '../domain/validasi.ts';
import type { MasukanDariForm } from './form.ts';

/** Form fields of the totals, and the figure each stands for. */
export const KLAIM_JUMLAH = [
  { field: 'klaim.jumlahKonversi', id: 'jumlahKonversi', label: 'Jumlah angka kredit konversi' },
  { field: 'klaim.kumulatif', id: 'kumulatif', label: 'Angka kredit kumulatif' },
] as const;

/** The form field holding the figure written for period row `i` of the form. */
export const fieldKlaimPeriode = (i: number | string) => `klaim.penilaian.${i}`;

export interface KlaimForm {
  /** What was typed, by form field, to show again. */
  nilai: Record<string, string>;
  /** The claims for the domain, and for each the form field it came from. */
  klaim: (Klaim & { field: string })[];
}

function teks(v: unknown): string {
  return typeof v === 'string' ? v.slice(0, 40) : Array.isArray(v) && typeof v[0] === 'string' ? v[0].slice(0, 40) : '';
}

/**
 * The figures typed beside each period and for the totals. Period j of the input (konversi number j+1)
 * is form row baris.penilaian[j]: blank rows the form dropped do not shift the numbering.
 */
export function klaimDariForm(body: Record<string, unknown>, baris: MasukanDariForm['baris']): KlaimForm {
  const nilai: Record<string, string> = {};
  const klaim: KlaimForm['klaim'] = [];
  const tambah = (field: string, id: string) => {
    const v = teks(body[field]).trim();
    if (!v) return;
    nilai[field] = v;
    klaim.push({ id, tertulis: v, field });
  };
  baris.penilaian.forEach((row, j) => tambah(fieldKlaimPeriode(row), `konversi.${j + 1}`));
  for (const j of KLAIM_JUMLAH) tambah(j.field, j.id);
  // Figures typed beside a row that the form dropped as blank still show again (and are not checked).
  for (const [k, v] of Object.entries(body)) {
    if (/^klaim\.penilaian\.\d{1,4}$/.test(k) && !(k in nilai) && teks(v).trim()) nilai[k] = teks(v).trim();
  }
  return { nilai, klaim };
}

export interface PutusanKlaim {
  id: string;
  uraian: string;
  tertulis: string;
  sesuai: boolean;
  /** "Sesuai" or "Tidak sesuai, seharusnya 2,08". */
  kalimat: string;
  seharusnya: string;
  /** The domain's explanation without its leading verdict word ("nilai eksak dibulatkan …"). */
  keterangan: string;
  rumus: string;
}

function putusan(k: HasilKlaim): PutusanKlaim {
  const keterangan = k.pesan.replace(/^(Benar|Salah):\s*/, '');
  return {
    id: k.id,
    uraian: k.uraian,
    tertulis: k.tertulis,
    sesuai: k.benar,
    seharusnya: k.seharusnya,
    rumus: k.rumus,
    kalimat: k.benar ? 'Sesuai' : `Tidak sesuai, seharusnya ${k.seharusnya}`,
    keterangan: keterangan.charAt(0).toUpperCase() + keterangan.slice(1),
  };
}

/** Every checked figure worded for the page, by claim id, and the count line ("2 sesuai, 1 tidak sesuai"). */
export function putusanKlaim(h: HasilValidasi): { perId: Record<string, PutusanKlaim>; daftar: PutusanKlaim[]; ringkasan: string } {
  const daftar = h.klaim.map(putusan);
  return {
    perId: Object.fromEntries(daftar.map((p) => [p.id, p])),
    daftar,
    ringkasan: `${h.jumlahBenar} sesuai, ${h.jumlahSalah} tidak sesuai.`,
  };
}
