// Exact rational texts from safe integers: the rounding and exact-text rules of Pecahan (pecahan.ts)
// for a value n/D whose parts are below 2^53, without BigInt. Pecahan uses them whenever its reduced
// parts fit, and the fixed-denominator kernel (kernel.ts) for its integer sums.

const MAKS = Number.MAX_SAFE_INTEGER;
const PANGKAT_10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Greatest common divisor of two safe integers (0 when both are 0). */
export function fpb(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Least common multiple of two positive safe integers, undefined past 2^53. */
export function kpk(a: number, b: number): number | undefined {
  const r = (a / fpb(a, b)) * b;
  return Number.isSafeInteger(r) ? r : undefined;
}

/**
 * n/D rounded half-up (ties away from zero) to `places` decimals, as text: the same text as
 * Pecahan.teksBulat. Undefined when 10·D is not a safe integer (long division needs it).
 */
export function teksBulatBilangan(n: number, D: number, places: number): string | undefined {
  if (D <= 0 || D > MAKS / 10 || !Number.isSafeInteger(n)) return undefined;
  const m = n < 0 ? -n : n;
  let r = m % D;
  let q = (m - r) / D;
  const skala = PANGKAT_10[places];
  if (skala !== undefined && r * skala <= MAKS) {
    // The fraction r/D scaled at once (r < D, so this holds whenever D·10^places is safe): one division.
    const x = r * skala;
    const sisa = x % D;
    let f = (x - sisa) / D;
    if (2 * sisa >= D) f += 1;
    if (f === skala) {
      f = 0;
      q += 1;
    }
    const sign = n < 0 && (q !== 0 || f !== 0) ? '-' : '';
    return places === 0 ? `${sign}${q}` : `${sign}${q}.${String(f).padStart(places, '0')}`;
  }
  // Long division, one digit at a time: r < D, so 10·r stays safe.
  let frac = '';
  for (let i = 0; i < places; i++) {
    r *= 10;
    const digit = Math.floor(r / D);
    frac += digit;
    r -= digit * D;
  }
  if (2 * r >= D) {
    // Round up: carry through the decimals into the integer part.
    let j = places - 1;
    const d = frac.split('');
    while (j >= 0 && d[j] === '9') d[j--] = '0';
    if (j >= 0) d[j] = String(Number(d[j]) + 1);
    else q += 1;
    frac = d.join('');
  }
  const sign = n < 0 && (q !== 0 || /[1-9]/.test(frac)) ? '-' : '';
  return places === 0 ? `${sign}${q}` : `${sign}${q}.${frac}`;
}

/** n/D exactly: a finite decimal ("2.5") or the reduced fraction ("25/12"), as Pecahan.toString; undefined when D is too large. */
export function teksPastiBilangan(n: number, D: number): string | undefined {
  const g = fpb(n, D) || 1;
  const a0 = n / g;
  let d = D / g;
  const penyebut = d;
  let dua = 0;
  let lima = 0;
  while (d % 2 === 0) {
    d /= 2;
    dua++;
  }
  while (d % 5 === 0) {
    d /= 5;
    lima++;
  }
  if (d !== 1) return `${a0}/${penyebut}`;
  return teksBulatBilangan(a0, penyebut, Math.max(dua, lima));
}
