// Months as whole calendar months (YYYY-MM) and dates as ISO strings (YYYY-MM-DD).
// Pure arithmetic: the engine never reads the clock.

/** A month as a single integer: year × 12 + (month − 1). */
export type Bulan = number;

// Dates and months are read digit by digit, not with a regular expression and split: the batch reads
// several for each of a hundred thousand persons.

/** The digits text[i, i + n) as a whole number; NaN when one of them is not a digit. */
export function digit(text: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = text.charCodeAt(k) - 48;
    if (!(c >= 0 && c <= 9)) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/** YYYY-MM-DD (or YYYY-MM with `hari` false) as [year, month, day]; undefined for any other shape. */
function bagian(text: string, hari: boolean): [number, number, number] | undefined {
  if (text.length !== (hari ? 10 : 7) || text.charCodeAt(4) !== 45 || (hari && text.charCodeAt(7) !== 45)) return undefined;
  const y = digit(text, 0, 4);
  const m = digit(text, 5, 2);
  const d = hari ? digit(text, 8, 2) : 1;
  return Number.isNaN(y) || Number.isNaN(m) || Number.isNaN(d) ? undefined : [y, m, d];
}

export function parseBulan(text: string): Bulan | undefined {
  const b = bagian(text, false);
  if (!b) return undefined;
  const month = b[1];
  if (month < 1 || month > 12) return undefined;
  return b[0] * 12 + month - 1;
}

export function bulanKeTeks(b: Bulan): string {
  return `${Math.floor(b / 12)}-${String((b % 12) + 1).padStart(2, '0')}`;
}

export function tahunBulan(b: Bulan): { tahun: number; bulan: number } {
  return { tahun: Math.floor(b / 12), bulan: (b % 12) + 1 };
}

const HARI = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar (`bulan` 1–12): the one home of this table. */
export function hariDalamBulan(tahun: number, bulan: number): number {
  const kabisat = (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0;
  return bulan === 2 && kabisat ? 29 : HARI[bulan - 1]!;
}

export function isTanggal(text: string): boolean {
  const b = bagian(text, true);
  if (!b) return false;
  const [y, mo, d] = b;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= hariDalamBulan(y, mo);
}

/** A date already checked (isTanggal) as its parts; others are split as before. */
function pecah(tanggal: string): [number, number, number] {
  return bagian(tanggal, true) ?? (tanggal.split('-').map(Number) as [number, number, number]);
}

export function bulanDari(tanggal: string): Bulan {
  return parseBulan(tanggal.slice(0, 7))!;
}

/** Adds whole months; a day past the end of the target month falls back to its last day. */
export function tambahBulan(tanggal: string, n: number): string {
  const [y, m, d] = pecah(tanggal);
  const b = y * 12 + m - 1 + n;
  const ty = Math.floor(b / 12);
  const tm = (b % 12) + 1;
  const td = Math.min(d, hariDalamBulan(ty, tm));
  return `${ty}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

export function tanggalPertama(b: Bulan): string {
  return `${bulanKeTeks(b)}-01`;
}

/** The last day of a month: 2024-02 → 2024-02-29. */
export function tanggalTerakhir(b: Bulan): string {
  const { tahun, bulan } = tahunBulan(b);
  return `${bulanKeTeks(b)}-${String(hariDalamBulan(tahun, bulan)).padStart(2, '0')}`;
}

/** Whole months from `dari` to `sampai` (a month counts once its day is reached). */
export function selisihBulan(dari: string, sampai: string): number {
  const [y1, m1, d1] = pecah(dari);
  const [y2, m2, d2] = pecah(sampai);
  let n = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1 && d2 < hariDalamBulan(y2, m2)) n -= 1;
  return n;
}
