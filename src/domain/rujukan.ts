import type { Aturan, Sumber } from './aturan.ts';
import type { Angka, Rujukan } from './hasil.ts';
import { formatAngkaKredit } from './format.ts';
import { Pecahan } from './pecahan.ts';

// A rule book's sources never change once loaded, so each citation object is built once and shared.
const cache = new WeakMap<Sumber, Rujukan>();

export function rujuk(aturan: Aturan, s: Sumber): Rujukan {
  let r = cache.get(s);
  if (!r) {
    const singkatan = aturan.instrumen.find((i) => i.id === s.instrumen)?.singkatan ?? s.instrumen;
    r = Object.freeze({ ...s, singkatan, kutipan: `${singkatan}, ${s.rujukan}` });
    cache.set(s, r);
  }
  return r;
}

export function angka(p: Pecahan, desimal: number): Angka {
  return { pasti: p.toString(), desimal: p.teksBulat(12), tampilan: formatAngkaKredit(p, desimal) };
}

// Results of a unit repeat the same few exact values ("25/12", "6.25"); each is read once. Pecahan is
// immutable, so sharing one is safe. Bounded, as every cache here.
const pecahanTerbaca = new Map<string, Pecahan>();
/** How many read values are kept. */
export const BATAS_PECAHAN_TERBACA = 10_000;

/**
 * The exact value of an Angka, read back from its `pasti` text (the inverse of `angka`): a finite
 * decimal ("2.5") or a reduced fraction ("25/12"). The one reader of that text.
 */
export function pecahanDari(a: Angka): Pecahan {
  let p = pecahanTerbaca.get(a.pasti);
  if (p === undefined) {
    const [pembilang, penyebut] = a.pasti.split('/', 2) as [string, string | undefined];
    p = penyebut === undefined ? Pecahan.dari(pembilang) : Pecahan.bagi(pembilang, penyebut);
    if (pecahanTerbaca.size < BATAS_PECAHAN_TERBACA) pecahanTerbaca.set(a.pasti, p);
  }
  return p;
}
