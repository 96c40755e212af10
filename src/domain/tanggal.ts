// Months as whole calendar months (YYYY-MM) and dates as ISO strings (YYYY-MM-DD).
// Pure arithmetic: the engine never reads the clock.

/** A month as a single integer: year × 12 + (month − 1). */
export type Bulan = number;

const BULAN_RE = /^(\d{4})-(\d{2})$/;
const TANGGAL_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseBulan(text: string): Bulan | undefined {
  const m = BULAN_RE.exec(text);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return Number(m[1]) * 12 + month - 1;
}

export function bulanKeTeks(b: Bulan): string {
  return `${Math.floor(b / 12)}-${String((b % 12) + 1).padStart(2, '0')}`;
}

export function tahunBulan(b: Bulan): { tahun: number; bulan: number } {
  return { tahun: Math.floor(b / 12), bulan: (b % 12) + 1 };
}

const HARI = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function hariDalamBulan(tahun: number, bulan: number): number {
  const kabisat = (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0;
  return bulan === 2 && kabisat ? 29 : HARI[bulan - 1]!;
}

export function isTanggal(text: string): boolean {
  const m = TANGGAL_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= hariDalamBulan(y, mo);
}

export function bulanDari(tanggal: string): Bulan {
  return parseBulan(tanggal.slice(0, 7))!;
}

/** Adds whole months; a day past the end of the target month falls back to its last day. */
export function tambahBulan(tanggal: string, n: number): string {
  const [y, m, d] = tanggal.split('-').map(Number) as [number, number, number];
  const b = y * 12 + m - 1 + n;
  const ty = Math.floor(b / 12);
  const tm = (b % 12) + 1;
  const td = Math.min(d, hariDalamBulan(ty, tm));
  return `${ty}-${String(tm).padStart(2, '0')}-${String(td).padStart(2, '0')}`;
}

export function tanggalPertama(b: Bulan): string {
  return `${bulanKeTeks(b)}-01`;
}

/** Whole months from `dari` to `sampai` (a month counts once its day is reached). */
export function selisihBulan(dari: string, sampai: string): number {
  const [y1, m1, d1] = dari.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = sampai.split('-').map(Number) as [number, number, number];
  let n = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1 && d2 < hariDalamBulan(y2, m2)) n -= 1;
  return n;
}
