// Exact rational numbers over decimal.js integers. Konversi divides by 12, which has no finite
// decimal expansion, so Angka Kredit is kept as a fraction until it is shown: twelve 1-month
// Baik periods of an Ahli Pertama then sum to exactly 12,5, never 12,504 or 12,48.
import { Decimal } from 'decimal.js';

/** Enough digits that integer products in this domain are always exact. */
const Exact = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });
type Exact = InstanceType<typeof Exact>;

function gcd(a: Exact, b: Exact): Exact {
  let x = a.abs();
  let y = b.abs();
  while (!y.isZero()) [x, y] = [y, x.mod(y)];
  return x;
}

export class Pecahan {
  private constructor(readonly pembilang: Exact, readonly penyebut: Exact) {}

  static dari(value: Decimal.Value | Decimal): Pecahan {
    const d = new Exact(value as Decimal.Value);
    const places = d.decimalPlaces();
    const scale = new Exact(10).pow(places);
    return Pecahan.bagi(d.times(scale), scale);
  }

  static bagi(pembilang: Decimal.Value | Decimal, penyebut: Decimal.Value | Decimal): Pecahan {
    let n = new Exact(pembilang as Decimal.Value);
    let d = new Exact(penyebut as Decimal.Value);
    if (d.isZero()) throw new RangeError('penyebut nol');
    if (!n.isInteger() || !d.isInteger()) return Pecahan.dari(n).kali(Pecahan.dari(d).kebalikan());
    if (d.isNegative()) [n, d] = [n.neg(), d.neg()];
    const g = gcd(n, d);
    return g.isZero() || g.eq(1) ? new Pecahan(n, d) : new Pecahan(n.div(g), d.div(g));
  }

  static readonly NOL = Pecahan.bagi(0, 1);

  tambah(b: Pecahan): Pecahan {
    if (this.penyebut.eq(b.penyebut)) return Pecahan.bagi(this.pembilang.plus(b.pembilang), this.penyebut);
    return Pecahan.bagi(this.pembilang.times(b.penyebut).plus(b.pembilang.times(this.penyebut)), this.penyebut.times(b.penyebut));
  }

  kurang(b: Pecahan): Pecahan {
    return this.tambah(b.neg());
  }

  kali(b: Pecahan): Pecahan {
    return Pecahan.bagi(this.pembilang.times(b.pembilang), this.penyebut.times(b.penyebut));
  }

  neg(): Pecahan {
    return new Pecahan(this.pembilang.neg(), this.penyebut);
  }

  kebalikan(): Pecahan {
    return Pecahan.bagi(this.penyebut, this.pembilang);
  }

  abs(): Pecahan {
    return this.pembilang.isNegative() ? this.neg() : this;
  }

  bandingkan(b: Pecahan): number {
    return this.pembilang.times(b.penyebut).comparedTo(b.pembilang.times(this.penyebut));
  }

  gte(b: Pecahan): boolean {
    return this.bandingkan(b) >= 0;
  }

  eq(b: Pecahan): boolean {
    return this.bandingkan(b) === 0;
  }

  isNegatif(): boolean {
    return this.pembilang.isNegative() && !this.pembilang.isZero();
  }

  /** True when the value has a finite decimal expansion (the denominator has only factors 2 and 5). */
  isDesimalHingga(): boolean {
    let d = this.penyebut;
    for (const p of [2, 5]) while (d.mod(p).isZero()) d = d.div(p);
    return d.eq(1);
  }

  /** Rounded half-up to `places` decimals: the one rounding operation, used only for display and claims. */
  bulatkan(places: number): Decimal {
    return new Decimal(this.pembilang.div(this.penyebut).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places));
  }

  /** Exact text: a finite decimal ("12.5") or a reduced fraction ("25/12"). */
  toString(): string {
    if (this.isDesimalHingga()) return this.pembilang.div(this.penyebut).toFixed();
    return `${this.pembilang.toFixed()}/${this.penyebut.toFixed()}`;
  }
}
