import { Pecahan } from './pecahan.ts';

/**
 * How a typed amount reads: its plain decimal with a point ("1245.5"), or why it is refused.
 * 'ambigu': a point followed by exactly three digits ("1.245", "12.500") is 1245 with an Indonesian
 * thousands point as much as 1,245 with an English decimal point, and the app cannot know which.
 */
export type BacaanAngka = { polos: string; salah?: undefined } | { salah: 'bentuk' | 'ambigu' };

// Thousands groups start with a non-zero digit ("0.125" is a decimal point); 1 to 3 digits, then groups of 3.
const RIBUAN_KOMA = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
const RIBUAN_SAJA = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const SATU_KELOMPOK = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * The one reader of an amount typed by a person (form, JSON text, batch cell), trimmed:
 * - "50", "75,63" (comma decimal, as the app prints) and "75.63" (point decimal, as English keyboards type);
 * - the app's own printed form with thousands points: "1.245,5" and "1.050,000" (= 1050); "1.050.000";
 * - refused as ambiguous: one point followed by exactly three digits after 1–3 leading digits, "1.245";
 * - refused as not a number: anything else ("1,245.5", "1.24.5", "-3", "1e3", "1 245").
 */
export function bacaTeksAngka(teks: string): BacaanAngka {
  const t = teks.trim();
  const titik = t.indexOf('.');
  const koma = t.indexOf(',');
  if (titik < 0) {
    if (koma < 0) return /^\d+$/.test(t) ? { polos: t } : { salah: 'bentuk' };
    return /^\d+,\d+$/.test(t) ? { polos: `${t.slice(0, koma)}.${t.slice(koma + 1)}` } : { salah: 'bentuk' };
  }
  if (koma >= 0) return RIBUAN_KOMA.test(t) ? { polos: t.replace(/\./g, '').replace(',', '.') } : { salah: 'bentuk' };
  if (RIBUAN_SAJA.test(t)) return { polos: t.replace(/\./g, '') };
  if (SATU_KELOMPOK.test(t)) return { salah: 'ambigu' };
  return /^\d+\.\d+$/.test(t) ? { polos: t } : { salah: 'bentuk' };
}

/** The refusal of an ambiguous amount, naming the field and both readings ("1.245": 1245 or 1,245). */
export function pesanAngkaAmbigu(label: string, teks: string): string {
  const t = teks.trim();
  const [depan, belakang] = t.split('.') as [string, string];
  return `${label} "${t}" bermakna ganda: ${depan}${belakang} (titik sebagai pemisah ribuan) atau ${depan},${belakang} (titik sebagai tanda desimal). Tulis ${depan}${belakang} atau ${t},0 untuk yang pertama, ${depan},${belakang} untuk yang kedua.`;
}

/** A non-negative amount typed by a person, read by bacaTeksAngka; undefined when refused. */
export function parseAngkaKredit(text: string): Pecahan | undefined {
  const b = bacaTeksAngka(text);
  return b.salah ? undefined : Pecahan.dari(b.polos);
}
