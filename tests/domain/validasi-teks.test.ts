// The reader of a figure typed from a paper form or PDF (src/domain/validasi.ts bacaTeksKlaim): the
// Indonesian decimal comma and thousands point, a plain decimal point, and what it refuses. Each
// expectation is the figure as written, read by hand.
import { describe, expect, it } from 'vitest';
import { bacaTeksKlaim } from '../../src/domain/validasi.ts';

describe('bacaTeksKlaim', () => {
  it.each([
    ['12,5', '12.5', 1],
    ['12,500', '12.500', 3],
    [' 1.245,50 ', '1245.50', 2],
    ['12 , 5', '12.5', 1],
    ['1.050.000', '1050000', 0],
    ['1.050.000,', '1050000', 0],
    ['12.5', '12.5', 1],
    ['1.245', '1.245', 3],
    ['50', '50', 0],
  ] as const)('%j dibaca sebagai %s dengan %i desimal', (tertulis, angka, desimal) => {
    expect(bacaTeksKlaim(tertulis)).toEqual({ angka, desimal });
  });

  it.each(['', 'abc', '-5', '1,2,3', '1.2345,6', '1.245,', '12,', ',5', '1..5', '12.5.'])('%j tidak dapat dibaca', (tertulis) => {
    expect(bacaTeksKlaim(tertulis)).toBeUndefined();
  });
});
