// The KP calendar: TMT kenaikan pangkat falls on the 1st of the months the calendar in force allows.
import type { Aturan, KalenderKp } from './aturan.ts';
import { bulanDari, tanggalPertama } from './tanggal.ts';

export function kalenderBerlaku(aturan: Aturan, tanggal: string): KalenderKp | undefined {
  return aturan.kalenderKp.find((k) => k.berlakuMulai <= tanggal && (!k.berlakuSampai || tanggal <= k.berlakuSampai));
}

/** The first KP date on or after `tanggal`, each candidate judged by the calendar in force on it. */
export function tmtKenaikanPangkat(aturan: Aturan, tanggal: string): { tanggal: string; kalender: KalenderKp } {
  let b = bulanDari(tanggal);
  if (tanggalPertama(b) < tanggal) b += 1;
  // Every calendar has at least one date a year, so a few years of months always finds one.
  for (let i = 0; i < 12 * 5; i++, b++) {
    const candidate = tanggalPertama(b);
    const k = kalenderBerlaku(aturan, candidate);
    if (k && k.bulan.includes((b % 12) + 1)) return { tanggal: candidate, kalender: k };
  }
  throw new Error(`Tidak ada kalender kenaikan pangkat yang berlaku setelah ${tanggal}`);
}
