// The KP calendar: TMT kenaikan pangkat falls on the 1st of the months the calendar in force allows.
// The rule book's calendars cover a span of dates; outside it no KP date is known, and the engine
// says so instead of guessing which calendar applied then.
import type { Aturan, KalenderKp } from './aturan.ts';
import { InputError } from './galat.ts';
import { formatTanggal } from './format.ts';
import { bulanDari, tanggalPertama } from './tanggal.ts';

export function kalenderBerlaku(aturan: Aturan, tanggal: string): KalenderKp | undefined {
  return aturan.kalenderKp.find((k) => k.berlakuMulai <= tanggal && (!k.berlakuSampai || tanggal <= k.berlakuSampai));
}

/**
 * The first KP date on or after `tanggal`, each candidate judged by the calendar in force on it;
 * undefined when `tanggal` precedes the first calendar (an earlier rule might have given an earlier
 * date) or no calendar of the rule book has a KP date in the five years after it.
 */
export function tmtKenaikanPangkat(aturan: Aturan, tanggal: string): { tanggal: string; kalender: KalenderKp } | undefined {
  const pertama = aturan.kalenderKp[0];
  if (!pertama || tanggal < pertama.berlakuMulai) return undefined;
  let b = bulanDari(tanggal);
  if (tanggalPertama(b) < tanggal) b += 1;
  // Every calendar has at least one date a year, so a few years of months finds one while a calendar is in force.
  for (let i = 0; i < 12 * 5; i++, b++) {
    const candidate = tanggalPertama(b);
    const k = kalenderBerlaku(aturan, candidate);
    if (k && k.bulan.includes((b % 12) + 1)) return { tanggal: candidate, kalender: k };
  }
  return undefined;
}

/** Which dates the rule book's calendars cover, in words: "1 Januari 2000 dan sesudahnya". */
export function cakupanKalender(aturan: Aturan): string {
  const pertama = aturan.kalenderKp[0];
  const terakhir = aturan.kalenderKp.at(-1);
  if (!pertama || !terakhir) return 'tidak ada tanggal';
  return terakhir.berlakuSampai
    ? `${formatTanggal(pertama.berlakuMulai)} sampai ${formatTanggal(terakhir.berlakuSampai)}`
    : `${formatTanggal(pertama.berlakuMulai)} dan sesudahnya`;
}

/** Why a calculation date has no KP date: the message for the field `tanggalPerhitungan`. */
export function pesanDiLuarKalender(aturan: Aturan, tanggal: string): string {
  const pertama = aturan.kalenderKp[0];
  const sampai = aturan.kalenderKp.at(-1)?.berlakuSampai;
  const cakupan = cakupanKalender(aturan);
  if (!pertama || tanggal < pertama.berlakuMulai || (sampai && tanggal > sampai)) {
    return `Tanggal perhitungan ${formatTanggal(tanggal)} berada di luar kalender kenaikan pangkat dalam buku aturan, yang mencakup ${cakupan}.`;
  }
  return `Buku aturan tidak memuat tanggal kenaikan pangkat sesudah ${formatTanggal(tanggal)}; kalender kenaikan pangkatnya mencakup ${cakupan}.`;
}

/** tmtKenaikanPangkat for the calculation date, which must have one (hitung checks it first). */
export function tmtPadaTanggalPerhitungan(aturan: Aturan, tanggal: string): { tanggal: string; kalender: KalenderKp } {
  const t = tmtKenaikanPangkat(aturan, tanggal);
  if (!t) throw new InputError([{ field: 'tanggalPerhitungan', pesan: pesanDiLuarKalender(aturan, tanggal) }]);
  return t;
}
