// The jabatan_fungsional cell as people write it: the name from the SK or SIASN, an alias, the id, and
// often the jenjang in the same cell ("Analis Kepegawaian Ahli Muda", "ARSIPARIS PELAKSANA LANJUTAN").
// Case, spaces and punctuation do not matter (normNamaJf).
import type { Aturan } from '../domain/aturan.ts';
import { normNamaJf } from '../domain/katalog.ts';

export interface JfTerbaca {
  /** Catalog id. */
  jf: string;
  /** Jenjang id when the cell named one after the JF. */
  jenjang?: string;
}

/**
 * Jenjang names before PermenPAN-RB 20/2016, still in many SK: Pelaksana is Terampil, Pelaksana Lanjutan
 * is Mahir, and Pertama/Muda/Madya/Utama are the Ahli jenjang (mapping as BPS publishes it,
 * jafung.bps.go.id). Only read after a JF name, never alone.
 */
const SEBUTAN_LAMA: Record<string, string> = {
  'pelaksana lanjutan': 'mahir',
  pelaksana: 'terampil',
  pertama: 'ahli_pertama',
  muda: 'ahli_muda',
  madya: 'ahli_madya',
  utama: 'ahli_utama',
};

/** A reader for one rule book: the cell text to the JF (and jenjang), or undefined when nothing matches. */
export function pembacaJf(aturan: Aturan): (teks: string) => JfTerbaca | undefined {
  const nama = new Map<string, string>();
  for (const jf of aturan.jabatanFungsional) {
    // A name's remark in brackets is not part of it: "Jabatan Fungsional lainnya (semua jenjang)" is
    // written, and offered by the template, as "Jabatan Fungsional lainnya".
    for (const n of [jf.id, jf.nama, ...jf.alias]) {
      nama.set(normNamaJf(n), jf.id);
      const tanpaKurung = n.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      if (tanpaKurung && tanpaKurung !== n) nama.set(normNamaJf(tanpaKurung), jf.id);
    }
  }
  // The longest written jenjang first, so "ahli muda" wins over "muda" and "pelaksana lanjutan" over "pelaksana".
  const akhiran = [
    ...aturan.jenjang.flatMap(
      (j) =>
        [
          [normNamaJf(j.nama), j.id],
          [normNamaJf(j.id), j.id],
        ] as const,
    ),
    ...Object.entries(SEBUTAN_LAMA),
  ].sort(([a], [b]) => b.length - a.length);
  return (teks) => {
    const n = normNamaJf(teks);
    const jf = nama.get(n);
    if (jf) return { jf };
    for (const [a, jenjang] of akhiran) {
      if (!n.endsWith(` ${a}`)) continue;
      const depan = nama.get(n.slice(0, -a.length - 1));
      if (depan) return { jf: depan, jenjang };
    }
    return undefined;
  };
}
