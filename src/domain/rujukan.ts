import type { Aturan, Sumber } from './aturan.ts';
import type { Angka, Rujukan } from './hasil.ts';
import { formatAngkaKredit } from './format.ts';
import type { Pecahan } from './pecahan.ts';

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
