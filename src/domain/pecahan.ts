// Exact rational Angka Kredit. Konversi divides by 12, which has no finite decimal expansion, so
// AK is kept as a reduced fraction until it is shown: twelve 1-month Baik periods of an Ahli
// Pertama then sum to exactly 12,5, never 12,504 or 12,48.
//
// Legal values enter as decimal.js Decimals (parsed exactly from rules/ and from input) and leave
// as Decimals rounded half-up; in between, numerator and denominator are integers held as BigInt,
// which keeps sums exact and, measured, several times faster than reducing Decimal fractions
// (batch validation of a whole unit depends on that).
import { Decimal } from 'decimal.js';
import { teksBulatBilangan, teksPastiBilangan } from './bilangan.ts';

/** Greatest common divisor of a and b > 0 (the one caller, `buat`, has made the denominator positive). */
function gcd(a: bigint, b: bigint): bigint {
  // Stryker disable next-line EqualityOperator: -0n is 0n
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Decimals printed in plain notation whatever their size. */
const Polos = Decimal.clone({ toExpNeg: -9e15, toExpPos: 9e15 });

const DESIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

const PANGKAT_10: bigint[] = [];
/** 10^n, cached: rounding and parsing use the same few powers again and again. */
function p10(n: number): bigint {
  return (PANGKAT_10[n] ??= 10n ** BigInt(n));
}

/** A decimal text or Decimal as an exact integer ratio: "2.5" → 25/10. */
function dariDesimal(value: Decimal.Value | Decimal): [bigint, bigint] {
  // Plain notation, never exponential: the text is parsed digit by digit below.
  const text = value instanceof Decimal || typeof value === 'number' ? new Polos(value).toString() : String(value);
  const m = DESIMAL.exec(text.trim());
  if (!m) throw new RangeError(`bukan angka desimal: ${text}`);
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2]}${frac}`);
  return [m[1] ? -n : n, p10(frac.length)];
}

const dariLegal = new WeakMap<Decimal, Pecahan>();

export class Pecahan {
  /** Texts already made: a Pecahan is immutable, and konversi values, thresholds and sums are shown many times. */
  private teks: string | undefined = undefined;
  private bulat: (string | undefined)[] | undefined = undefined;
  private kecil: readonly [number, number] | null | undefined = undefined;

  private constructor(
    readonly pembilang: bigint,
    readonly penyebut: bigint,
  ) {}

  private static buat(n: bigint, d: bigint): Pecahan {
    if (d === 0n) throw new RangeError('penyebut nol');
    // Stryker disable next-line EqualityOperator: d is not 0 here
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n, d);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: dividing by g = 1 changes nothing; the test saves two divisions
    return g > 1n ? new Pecahan(n / g, d / g) : new Pecahan(n, d);
  }

  static dari(value: Decimal.Value | Decimal): Pecahan {
    if (value instanceof Decimal) {
      // Legal values are long-lived Decimal objects from the rule book: convert each once.
      let p = dariLegal.get(value);
      if (!p) {
        const [n, d] = dariDesimal(value);
        p = Pecahan.buat(n, d);
        dariLegal.set(value, p);
      }
      return p;
    }
    const [n, d] = dariDesimal(value);
    return Pecahan.buat(n, d);
  }

  static bagi(pembilang: Decimal.Value | Decimal, penyebut: Decimal.Value | Decimal): Pecahan {
    const [a, b] = dariDesimal(pembilang);
    const [c, d] = dariDesimal(penyebut);
    return Pecahan.buat(a * d, b * c);
  }

  /** a/b for whole numbers (months, percent bases), without a round trip through decimal text. */
  static rasio(a: number, b: number): Pecahan {
    return Pecahan.buat(BigInt(a), BigInt(b));
  }

  static readonly NOL = new Pecahan(0n, 1n);

  tambah(b: Pecahan): Pecahan {
    // Stryker disable next-line ConditionalExpression: a fast path; the general sum below gives the same reduced fraction
    if (this.penyebut === b.penyebut) return Pecahan.buat(this.pembilang + b.pembilang, this.penyebut);
    return Pecahan.buat(this.pembilang * b.penyebut + b.pembilang * this.penyebut, this.penyebut * b.penyebut);
  }

  kurang(b: Pecahan): Pecahan {
    return this.tambah(b.neg());
  }

  kali(b: Pecahan): Pecahan {
    return Pecahan.buat(this.pembilang * b.pembilang, this.penyebut * b.penyebut);
  }

  neg(): Pecahan {
    return new Pecahan(-this.pembilang, this.penyebut);
  }

  abs(): Pecahan {
    // Stryker disable next-line EqualityOperator: the negation of 0 is 0
    return this.pembilang < 0n ? this.neg() : this;
  }

  bandingkan(b: Pecahan): number {
    const l = this.pembilang * b.penyebut;
    const r = b.pembilang * this.penyebut;
    // Stryker disable next-line EqualityOperator: l === r is taken first, so l <= r for the second test is the same
    return l === r ? 0 : l < r ? -1 : 1;
  }

  gte(b: Pecahan): boolean {
    return this.bandingkan(b) >= 0;
  }

  eq(b: Pecahan): boolean {
    return this.pembilang === b.pembilang && this.penyebut === b.penyebut;
  }

  isNegatif(): boolean {
    return this.pembilang < 0n;
  }

  /** True when the value has a finite decimal expansion (the denominator has only factors 2 and 5). */
  isDesimalHingga(): boolean {
    let d = this.penyebut;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  /**
   * Numerator and denominator as Numbers when both are safe integers (exact), else undefined; worked out
   * once (the fixed-denominator kernel, kernel.ts, reads them for every person's thresholds).
   */
  bagianKecil(): readonly [number, number] | undefined {
    if (this.kecil === undefined) {
      const n = Number(this.pembilang);
      const d = Number(this.penyebut);
      this.kecil = Number.isSafeInteger(n) && Number.isSafeInteger(d) ? [n, d] : null;
    }
    return this.kecil ?? undefined;
  }

  /** Rounded half-up (ties away from zero) to `places` decimals: the one rounding operation, for display and claims. */
  bulatkan(places: number): Decimal {
    return new Decimal(this.teksBulat(places));
  }

  /** The same rounding as text with exactly `places` decimals ("2.083", "-50.000"). */
  teksBulat(places: number): string {
    const ada = this.bulat?.[places];
    // Stryker disable next-line ConditionalExpression: the text kept is the text that would be made again
    if (ada !== undefined) return ada;
    const t = this.susunTeksBulat(places);
    (this.bulat ??= [])[places] = t;
    return t;
  }

  private susunTeksBulat(places: number): string {
    // Parts below 2^53 (every Angka Kredit of a real career): the same digits from safe integers (bilangan.ts).
    const kecil = this.bagianKecil();
    if (kecil) {
      const t = teksBulatBilangan(kecil[0], kecil[1], places);
      if (t !== undefined) return t;
    }
    const scale = p10(places);
    const n = this.pembilang < 0n ? -this.pembilang : this.pembilang;
    const q = (2n * n * scale + this.penyebut) / (2n * this.penyebut);
    const digits = q.toString().padStart(places + 1, '0');
    const sign = this.pembilang < 0n && q !== 0n ? '-' : '';
    return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }

  /** Exact text: a finite decimal ("2.5") or a reduced fraction ("25/12"). */
  toString(): string {
    return (this.teks ??= this.susunTeks());
  }

  private susunTeks(): string {
    const kecil = this.bagianKecil();
    if (kecil) {
      const t = teksPastiBilangan(kecil[0], kecil[1]);
      if (t !== undefined) return t;
    }
    // A reduced fraction is a finite decimal exactly when its denominator is 2^a × 5^b; it then has
    // max(a, b) decimals.
    let d = this.penyebut;
    let a = 0;
    let b = 0;
    while (d % 2n === 0n) {
      d /= 2n;
      a++;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      b++;
    }
    if (d !== 1n) return `${this.pembilang}/${this.penyebut}`;
    return this.teksBulat(Math.max(a, b));
  }
}
