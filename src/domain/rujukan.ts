import type { Aturan, Sumber } from './aturan.ts';
import type { Angka, Rujukan } from './hasil.ts';
import { formatAngkaKredit } from './format.ts';
import type { Pecahan } from './pecahan.ts';

export function rujuk(aturan: Aturan, s: Sumber): Rujukan {
  const singkatan = aturan.instrumen.find((i) => i.id === s.instrumen)?.singkatan ?? s.instrumen;
  return { ...s, singkatan, kutipan: `${singkatan}, ${s.rujukan}` };
}

export function angka(p: Pecahan, desimal: number): Angka {
  return { pasti: p.toString(), desimal: p.bulatkan(12).toFixed(12), tampilan: formatAngkaKredit(p, desimal) };
}
