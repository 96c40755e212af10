import type { Aturan, Predikat } from './aturan.ts';

/** "SANGAT BAIK", "sangat_baik", " Sangat  Baik " all read as the same predikat. */
function normalisasi(text: string): string {
  // Stryker disable next-line MethodExpression: both sides are normalised alike, so upper case would serve as well
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

export function cariPredikat(aturan: Aturan, text: string): { predikat: Predikat; alias?: Predikat['alias'][number] } | undefined {
  const key = normalisasi(text);
  for (const p of aturan.predikat) {
    if (normalisasi(p.nama) === key || normalisasi(p.id) === key) return { predikat: p };
    const alias = p.alias.find((a) => normalisasi(a.sebutan) === key);
    if (alias) return { predikat: p, alias };
  }
  return undefined;
}

export function daftarPredikat(aturan: Aturan): string {
  return aturan.predikat.map((p) => p.nama).join(', ');
}

/** The list with the other names the rule book accepts (rules/predikat.yaml `alias`): "…, Sangat Kurang (Cukup dibaca Butuh Perbaikan)". */
export function daftarPredikatDanSebutan(aturan: Aturan): string {
  const sebutan = aturan.predikat.flatMap((p) => p.alias.map((a) => `${a.sebutan} dibaca ${p.nama}`));
  return sebutan.length ? `${daftarPredikat(aturan)} (${sebutan.join('; ')})` : daftarPredikat(aturan);
}
