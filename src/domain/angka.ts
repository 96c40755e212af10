import { Pecahan } from './pecahan.ts';

/** A non-negative amount typed by a person: "50", "75.63" or "75,63". Thousands separators are refused as ambiguous. */
export function parseAngkaKredit(text: string): Pecahan | undefined {
  const t = text.trim();
  if (!/^\d+([.,]\d+)?$/.test(t)) return undefined;
  return Pecahan.dari(t.replace(',', '.'));
}
