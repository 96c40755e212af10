// The verification code must never change for an input: issued PDFs carry it and /verifikasi recomputes
// it. canonicalJson is tuned (shapes cached, strings without escapes quoted directly), so it is checked here
// against a plain implementation over arbitrary JSON-like values, and the code against fixed values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, kodeVerifikasi } from '../../src/pdf/kode.ts';
import { masukanContoh } from './helpers.ts';

/**
 * The reference: JSON.stringify for every key and leaf, keys sorted with the default sort. The text is
 * built rather than JSON.stringify-ing a sorted copy, since an object would put integer-like keys
 * ("10", "9") first in numeric order and the code has always sorted them as strings.
 */
function rujukan(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : rujukan(x))).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${rujukan(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

// Strings that need escaping, lone and paired surrogates, and any code unit at all.
const teks = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '\ud800', '\udfff', '😀', 'é', 'a', '/') }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
);
// A few keys shared by many objects, so the same shapes recur in different insertion orders.
const kunci = fc.oneof(
  fc.constantFrom('a', 'b', 'B', 'Z', 'mulai', 'selesai', 'predikat', '10', '9', '', '"', 'é', '\ud800', '\uffff', '__proto__x'),
  teks,
);
const nilai = fc.letrec((tie) => ({
  daun: fc.oneof(teks, fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
  nilai: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('daun'), tie('larik'), tie('objek')),
  larik: fc.array(fc.oneof(tie('nilai'), fc.constant(undefined)), { maxLength: 6 }),
  objek: fc.dictionary(kunci, fc.oneof(tie('nilai'), fc.constant(undefined)), { maxKeys: 8 }),
})).nilai;

describe('canonicalJson', () => {
  it('equals the plain implementation for arbitrary values: unicode, escapes, undefined members, nested arrays', () => {
    fc.assert(
      fc.property(nilai, (v) => {
        expect(canonicalJson(v)).toBe(rujukan(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('the same keys in another insertion order give the same text (a cached shape is not reused wrongly)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(kunci, { maxLength: 8 }),
        fc.array(nilai, { minLength: 8, maxLength: 8 }),
        fc.func(fc.integer()),
        (ks, vs, acak) => {
          const maju = Object.fromEntries(ks.map((k, i) => [k, vs[i]]));
          const urutan = [...ks.keys()].sort((a, b) => acak(a) - acak(b) || a - b);
          const lain = Object.fromEntries(urutan.map((i) => [ks[i]!, vs[i]]));
          expect(canonicalJson(lain)).toBe(canonicalJson(maju));
          expect(canonicalJson(lain)).toBe(rujukan(maju));
        },
      ),
    );
  });

  it('stays right past the bound on cached shapes', () => {
    const banyak = Array.from({ length: 12_000 }, (_, i) => ({ [`k${i}`]: i, a: [i, { z: 1, y: `${i}` }] }));
    expect(canonicalJson(banyak)).toBe(rujukan(banyak));
  });

  it('keeps non-JSON members as it always did', () => {
    expect(canonicalJson(undefined)).toBeUndefined();
    expect(canonicalJson([undefined, NaN, -0, 1e21, Infinity])).toBe('[null,null,0,1e+21,null]');
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
  });
});

describe('kodeVerifikasi', () => {
  it('gives the codes issued before canonicalJson was tuned', () => {
    // Computed with the previous implementation; these must never change.
    expect(kodeVerifikasi({ a: 1 }, 'v1')).toBe('N3XH-6EK0-ANKW');
    expect(kodeVerifikasi({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } }, '2023.1')).toBe('Y2W6-092A-PC80');
    expect(kodeVerifikasi({ s: 'é\u2028"\\\n\ud800 😀', u: undefined, n: [undefined, null, -0, 1e21, 0.1] }, 'v1')).toBe('CQP7-KW1K-05ET');
    expect(kodeVerifikasi(masukanContoh(), 'v1')).toBe('DP1W-XEQY-35YW');
  });
});
