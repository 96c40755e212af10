// Hostile values and input documents: random documents shaped like the input schema, and documents
// from examples/*.json with a few mutations (deleted fields, swapped types, huge and odd values, deep
// nesting, long arrays, repeated keys). Documents are plain data, written out by `serialize`, which
// also writes what JSON.stringify cannot (raw tokens like 1e999, repeated keys).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { aturan } from '../../helpers/aturan.ts';

/** JSON text spliced in as it is: 1e999 (parses to Infinity), -0, NaN, "\ud800", deeply nested arrays. */
export class Raw {
  constructor(readonly text: string) {}
  toJSON() {
    return `Raw(${this.text.length > 60 ? `${this.text.slice(0, 60)}… ${this.text.length} chars` : this.text})`;
  }
}

/** An object written with these keys in this order, repeats included (JSON.parse keeps the last). */
export class Pairs {
  constructor(readonly entries: [string, unknown][]) {}
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Raw) && !(v instanceof Pairs);

export function serialize(v: unknown): string {
  if (v instanceof Raw) return v.text;
  if (v instanceof Pairs) return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${serialize(x)}`).join(',')}}`;
  if (Array.isArray(v)) return `[${v.map(serialize).join(',')}]`;
  if (isPlain(v))
    return `{${Object.keys(v)
      .map((k) => `${JSON.stringify(k)}:${serialize(v[k])}`)
      .join(',')}}`;
  if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return 'null';
  return JSON.stringify(v);
}

/** Sets a key even when it is "__proto__", as JSON.parse does. */
export function put(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (isPlain(v)) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) put(o, k, clone(v[k]));
    return o;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------
// Values

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\uffff',
  '\u2028',
  '\r\n',
  '\t',
  'e\u0301',
  '\u0130',
  '\u0131',
  'ß',
  '𝟘𝟙𝟚',
  '１２３',
  '٠١٢',
  '﷽',
  '🙂',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<%= 7*7 %>',
  '${7*7}',
  '{{7*7}}',
  '%s%n%x',
  '%00',
  '%E0%A4%A',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1',
  '../../../etc/passwd',
  'C:\\Windows\\win.ini',
  'a'.repeat(255),
  '0x1F',
  '1e309',
  '-0',
  '0,0',
  '١٢,٥',
  '１２,５',
  '12,5',
  '12.5',
  '12,50',
  '1.050,125',
  '1,050.125',
  '12,5,5',
  ',5',
  '5,',
  '00012,5',
];

export const ODD_DATES = [
  '0000-00-00',
  '9999-12-31',
  '2024-02-30',
  '2023-02-29',
  '2024-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-04-31',
  '1899-12-31',
  '1900-01-01',
  '2100-12-31',
  '2101-01-01',
  '0001-01-01',
  '1000-01-01',
  '-001-01-01',
  '+275760-09-13',
  '99999-12-31',
  '275760-09-13',
  '2024-1-1',
  '2024-01-1',
  '2024-01-01T00:00:00Z',
  '2024-01-01 ',
  ' 2024-01-01',
  '２０２４-０１-０１',
  '٢٠٢٤-٠١-٠١',
  '2024-01-01\u0000',
  '\u200f2024-01-01',
  '20240101',
  '01/01/2024',
  '2024/01/01',
  '1e3-01-01',
  '2024-01-01\n',
  '2024‐01‐01',
];

export const ODD_MONTHS = [
  '0000-00',
  '0000-01',
  '9999-12',
  '2024-00',
  '2024-13',
  '2024-1',
  '1899-12',
  '1900-01',
  '2100-12',
  '2101-01',
  '99999-01',
  '2024-01-01',
  '２０２４-０１',
  '٢٠٢٤-٠١',
  '-001-01',
];

export const PREDIKAT = [
  ...aturan.predikat.map((p) => p.nama),
  ...aturan.predikat.map((p) => p.id),
  'Cukup',
  'cukup',
  'SANGAT BAIK',
  'sangat_baik',
  '  baik  ',
  'Sangat  Baik',
  'Sangat\tBaik',
  'Sangat\u00a0Baik',
  'BAİK',
  'baık',
  'Ｂａｉｋ',
  'baik\u200b',
  '\u202ebaik',
  'Luar Biasa',
  'Baik!',
  'B',
  '',
  '__proto__',
  'constructor',
  'toString',
];
const JENJANG = aturan.jenjang.map((j) => j.id);
const GOLONGAN = aturan.golongan.map((g) => g.kode);
const JF = aturan.jabatanFungsional.map((j) => j.id);

/** Strings of many characters: past the body limits, and just under them. */
const hugeString = fc
  .record({
    n: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1_000, max: 20_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 120_000 }) },
    ),
    c: fc.constantFrom('x', '9', '\u0000', 'é', '𝟘', '\u200f', 'a,b;', '"', '\\', '<', '&amp;', ' '),
  })
  .map(({ n, c }) => c.repeat(Math.ceil(n / c.length)));

/** Decimal texts with many digits: around the 9-integer-digit / 6-decimal bounds and far beyond. */
export const digitText = fc
  .record({
    int: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 2_000 })),
    frac: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 2_000 })),
    d: fc.constantFrom('9', '1', '0', '5', '3'),
    sep: fc.constantFrom(',', '.'),
    sign: fc.constantFrom('', '', '', '-', '+', ' '),
    exp: fc.constantFrom('', '', '', 'e5', 'E-7', 'e999'),
  })
  .map(
    ({ int, frac, d, sep, sign, exp }) =>
      `${sign}${d === '0' ? `1${'0'.repeat(int - 1)}` : d.repeat(int)}${frac ? `${sep}${'0'.repeat(frac - 1)}${d === '0' ? '1' : d}` : ''}${exp}`,
  );

export const oddNumber = fc.oneof(
  fc.constantFrom(
    -1,
    -0,
    0,
    1,
    0.5,
    12.5,
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 2,
    Number.MAX_SAFE_INTEGER,
    1e21,
    1e-7,
    0.1 + 0.2,
    600,
    601,
    1e9,
    999999999.999999,
    1234567890.1234567,
    2023,
    2100,
    2101,
    1899,
  ),
  fc.double(),
  fc.integer(),
);

/** Tokens no JSON.stringify would write: they reach the app only through raw text. */
export const rawToken = fc
  .oneof(
    fc.constantFrom(
      '1e999',
      '-1e999',
      '-0',
      '1E400',
      '0.0000000000000000000000000000001e-400',
      '"\\ud800"',
      '"\\udfff\\ud800"',
      '"\\u0000"',
      '"\\u202e"',
      'NaN',
      'Infinity',
      'undefined',
      '01',
      '.5',
      '+1',
      "'x'",
      '[,]',
      '{"a":1,}',
      '"a\nb"',
    ),
    fc.integer({ min: 300, max: 100_000 }).map((n) => `1${'0'.repeat(n)}`),
    fc.record({ depth: fc.integer({ min: 2, max: 60_000 }), open: fc.constantFrom('[', '{"a":') }).map(({ depth, open }) => {
      const close = open === '[' ? ']' : '}';
      return `${open.repeat(depth)}1${close.repeat(depth)}`;
    }),
  )
  .map((t) => new Raw(t));

export const oddDate = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_DATES) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  },
);

/** A date as people and programs write them: mostly real, sometimes far away, sometimes not a date. */
export const tanggal = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  },
  { weight: 2, arbitrary: oddDate },
);

export const bulan = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_MONTHS) },
);

export const oddString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: hugeString },
);

/** Anything at all, weighted toward what breaks parsers and arithmetic. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: oddString },
  { weight: 3, arbitrary: digitText },
  { weight: 2, arbitrary: oddNumber },
  { weight: 2, arbitrary: oddDate },
  { weight: 2, arbitrary: rawToken },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [[]], { '': '' }, 0) },
  { weight: 2, arbitrary: fc.constantFrom(...PREDIKAT, ...JENJANG, ...GOLONGAN, ...JF, 'IV/f', 'III/e', 'V/a', 'iii/a', 'III a', '3a') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

// ---------------------------------------------------------------------------------------------------
// Documents

/** A value right for its field most of the time, so a document gets past the first check and deeper. */
const mostly = <T>(good: fc.Arbitrary<T>, odds = 5) =>
  fc.oneof({ weight: odds, arbitrary: good as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: hostileValue });

const angka = fc.oneof(
  fc.constantFrom('0', '12,5', '50', '150,63', '1050,125', '0,001', '999999999,999999', '1000000000', 12.5, 100, 0),
  fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a},${b}`),
);
const predikat = fc.constantFrom(...PREDIKAT);
/** Spellings the app accepts (case, spaces, underscores, the old "Cukup"), and now and then one it does not. */
const predikatSah = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      ...aturan.predikat.map((p) => p.nama),
      'Baik',
      'Baik',
      'Sangat Baik',
      'SANGAT BAIK',
      'sangat_baik',
      '  baik  ',
      'Cukup',
      'Sangat  Baik',
    ),
  },
  { weight: 1, arbitrary: predikat },
);
const jenjang = fc.constantFrom(...JENJANG);
const golongan = fc.constantFrom(...GOLONGAN);

/** Consecutive periods from a start month: the kind of list that passes validation and reaches the engine. */
const periods = fc
  .record({
    start: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 2015 * 12, max: 2026 * 12 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1900 * 12, max: 2100 * 12 }) },
    ),
    lengths: fc.array(fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 600 })), { maxLength: 12 }),
    predikat: fc.array(predikat, { minLength: 1, maxLength: 12 }),
    jenjang: fc.option(jenjang, { freq: 4 }),
  })
  .map(({ start, lengths, predikat: ps, jenjang: j }) => {
    const out: Record<string, unknown>[] = [];
    let m = start;
    lengths.forEach((len, i) => {
      const ym = (x: number) => `${pad(Math.floor(x / 12), 4)}-${pad((x % 12) + 1)}`;
      out.push({ mulai: ym(m), selesai: ym(m + len - 1), predikat: ps[i % ps.length]!, ...(j && i === 0 && { jenjang: j }) });
      m += len;
    });
    return out;
  });

const manyMonthly = fc
  .record({ n: fc.integer({ min: 100, max: 700 }), start: fc.integer({ min: 1950 * 12, max: 2050 * 12 }) })
  .map(({ n, start }) =>
    Array.from({ length: n }, (_, i) => {
      const x = start + i;
      const ym = `${pad(Math.floor(x / 12), 4)}-${pad((x % 12) + 1)}`;
      return { mulai: ym, selesai: ym, predikat: i % 3 ? 'Baik' : 'Sangat Baik' };
    }),
  );

const nip = fc.oneof(
  fc.constantFrom(
    '199001012015032001',
    '199001012015031001',
    '196501011990031001',
    '199001012015031000',
    '19900101 201503 2 001',
    '１９９００１０１２０１５０３２００１',
    '',
    '0',
  ),
  fc.stringMatching(/^\d{18}$/),
);

/** The optional parts of the input document, each mostly well-formed. */
export const SECTIONS: Record<string, fc.Arbitrary<unknown>> = {
  jabatanFungsional: mostly(fc.constantFrom(...JF)),
  jenjang: mostly(jenjang),
  golongan: mostly(golongan),
  tmtPangkat: mostly(tanggal),
  tmtJenjang: mostly(tanggal),
  tanggalPerhitungan: mostly(tanggal),
  angkaKreditAwal: fc.array(
    fc.record(
      {
        jenis: mostly(fc.constantFrom('ak_dasar', 'ak_jf_lama', 'ak_integrasi', 'ak_penyesuaian', 'ak_pendidikan', 'lainnya')),
        uraian: mostly(fc.string({ maxLength: 20 })),
        angkaKredit: mostly(angka),
      },
      { requiredKeys: ['jenis', 'angkaKredit'] },
    ),
    { maxLength: 6 },
  ),
  penilaian: fc.oneof({ weight: 5, arbitrary: periods }, { weight: 1, arbitrary: manyMonthly }),
  pernyataan: fc.record(
    {
      lulusUjiKompetensi: mostly(fc.boolean(), 8),
      formasiTersedia: mostly(fc.boolean(), 8),
      bebasHukumanDisiplin: mostly(fc.boolean(), 8),
      kenaikanPangkatTanpaFormasiSudahDigunakan: mostly(fc.boolean(), 8),
    },
    { requiredKeys: [] },
  ),
  pakIntegrasi: fc.record(
    {
      akKonvensional: mostly(angka),
      jenjang: mostly(jenjang),
      golongan: mostly(golongan),
      nilaiDasar: mostly(angka),
      keterangan: mostly(fc.string({ maxLength: 20 })),
    },
    { requiredKeys: ['akKonvensional', 'jenjang', 'golongan'] },
  ),
  pengangkatan: fc.oneof(
    fc.record({
      jenis: fc.constant('pertama'),
      penilaianCpns: fc.oneof(
        periods,
        fc.array(fc.record({ mulai: mostly(bulan), selesai: mostly(bulan), predikat: mostly(predikat) }), { maxLength: 4 }),
      ),
    }),
    fc.record({
      jenis: fc.constantFrom('perpindahan', 'promosi'),
      predikat: mostly(predikat),
      bulanDalamGolongan: mostly(fc.integer({ min: -2, max: 700 })),
      pangkatPuncak: mostly(fc.boolean()),
    }),
    fc.record({ jenis: mostly(fc.constant('penyesuaian')), angkaKredit: mostly(angka), sumber: mostly(fc.string({ maxLength: 20 })) }),
  ),
  peningkatanPendidikan: fc.record(
    {
      tanggal: mostly(tanggal),
      pendidikan: mostly(fc.string({ maxLength: 20 })),
      predikat: mostly(predikat),
      sudahPernahDiberikan: mostly(fc.boolean()),
    },
    { requiredKeys: ['tanggal', 'predikat'] },
  ),
  riwayat: fc.array(
    fc.record(
      {
        tanggal: mostly(tanggal),
        jenis: mostly(fc.constantFrom('kenaikan_pangkat', 'kenaikan_jenjang')),
        golongan: mostly(golongan),
        jenjang: mostly(jenjang),
      },
      { requiredKeys: ['tanggal', 'jenis', 'golongan'] },
    ),
    { maxLength: 8 },
  ),
  proyeksi: fc.record(
    {
      predikat: mostly(predikat),
      perTahun: fc.array(fc.record({ tahun: mostly(fc.integer({ min: 1900, max: 2200 })), predikat: mostly(predikat) }), { maxLength: 6 }),
    },
    { requiredKeys: [] },
  ),
  tampilan: fc.record({ desimal: mostly(fc.constantFrom(2, 3)) }),
  identitas: fc.record(
    {
      nama: mostly(fc.string({ maxLength: 30 })),
      nip: mostly(nip),
      unitKerja: mostly(fc.string({ maxLength: 30 })),
      instansi: mostly(fc.string({ maxLength: 30 })),
    },
    { requiredKeys: [] },
  ),
};

/** A position the rule book allows: a JF, one of its jenjang, one of that jenjang's golongan. */
const POSISI = aturan.jabatanFungsional.flatMap((jf) =>
  jf.jenjang.flatMap((j) => (aturan.jenjang.find((x) => x.id === j)?.golongan ?? []).map((g) => ({ jf: jf.id, jenjang: j, golongan: g }))),
);

const ym = (x: number) => `${pad(Math.floor(x / 12), 4)}-${pad((x % 12) + 1)}`;
const day = (x: number, d: number) => `${ym(x)}-${pad(d)}`;

/** A number as the input accepts it: ordinary, or valid but with very many digits. */
const angkaSah = fc.oneof({ weight: 6, arbitrary: angka }, { weight: 1, arbitrary: digitText.filter((t) => /^\d+([.,]\d+)?$/.test(t)) });

/**
 * A document that is consistent (position, dates, periods after the TMT jenjang) and so mostly passes
 * validation, with values still reaching far: dates from 1900 to 2100 and beyond, numbers with many
 * digits, hundreds of periods, every optional part.
 */
export const coherentDoc: fc.Arbitrary<unknown> = fc
  .record({
    pos: fc.constantFrom(...POSISI),
    tmt: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 2010 * 12, max: 2024 * 12 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1900 * 12, max: 2099 * 12 }) },
    ),
    tmtDay: fc.integer({ min: 1, max: 28 }),
    pangkatAfter: fc.integer({ min: 0, max: 48 }),
    periods: fc.record({
      gap: fc.integer({ min: 0, max: 24 }),
      lengths: fc.oneof(
        { weight: 6, arbitrary: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 8 }) },
        { weight: 1, arbitrary: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 100, maxLength: 600 }) },
      ),
      predikat: fc.array(predikatSah, { minLength: 1, maxLength: 4 }),
    }),
    hitungAfter: fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 36 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 1200 }) },
      { weight: 1, arbitrary: fc.constant(9999 * 12 + 11) },
    ),
    ak: fc.array(
      fc.record({
        jenis: fc.constantFrom('ak_dasar', 'ak_jf_lama', 'ak_integrasi', 'ak_penyesuaian', 'ak_pendidikan', 'lainnya'),
        angkaKredit: angkaSah,
      }),
      { maxLength: 3 },
    ),
    pernyataan: fc.record({
      lulusUjiKompetensi: fc.boolean(),
      formasiTersedia: fc.boolean(),
      bebasHukumanDisiplin: fc.boolean(),
      kenaikanPangkatTanpaFormasiSudahDigunakan: fc.boolean(),
    }),
    pak: fc.option(fc.record({ akKonvensional: angkaSah, nilaiDasar: fc.option(angkaSah, { freq: 3 }) }), { freq: 4 }),
    pengangkatan: fc.option(
      fc.oneof(
        fc.record({ jenis: fc.constant('pertama'), n: fc.integer({ min: 1, max: 24 }), predikat: predikatSah }),
        fc.record({
          jenis: fc.constantFrom('perpindahan', 'promosi'),
          predikat: predikatSah,
          bulanDalamGolongan: fc.integer({ min: 1, max: 600 }),
          pangkatPuncak: fc.boolean(),
        }),
        fc.record({ jenis: fc.constant('penyesuaian'), angkaKredit: angkaSah, sumber: fc.string({ minLength: 1, maxLength: 30 }) }),
      ),
      { freq: 4 },
    ),
    pendidikan: fc.option(
      fc.record({ after: fc.integer({ min: -24, max: 60 }), predikat: predikatSah, sudahPernahDiberikan: fc.boolean() }),
      { freq: 5 },
    ),
    riwayat: fc.option(
      fc.record({ before: fc.integer({ min: 1, max: 120 }), jenis: fc.constantFrom('kenaikan_pangkat', 'kenaikan_jenjang') }),
      { freq: 5 },
    ),
    proyeksi: fc.option(
      fc.record({
        predikat: fc.option(predikatSah),
        perTahun: fc.array(fc.record({ tahun: fc.integer({ min: 2023, max: 2100 }), predikat: predikatSah }), { maxLength: 4 }),
      }),
      { freq: 4 },
    ),
    desimal: fc.option(fc.constantFrom(2, 3), { freq: 3 }),
    identitas: fc.option(
      fc.record(
        {
          nama: fc.string({ unit: 'grapheme', maxLength: 40 }),
          nip: fc.constantFrom('199001012015032001', '196501011990031001', '198512312010122002'),
          unitKerja: fc.string({ maxLength: 40 }),
          instansi: fc.string({ maxLength: 40 }),
        },
        { requiredKeys: [] },
      ),
      { freq: 2 },
    ),
  })
  .map((r) => {
    const penilaian: Record<string, unknown>[] = [];
    // Konversi starts with the performance of January 2023 (periods before it are refused).
    let m = Math.max(r.tmt, 2023 * 12) + r.periods.gap;
    r.periods.lengths.forEach((len, i) => {
      penilaian.push({ mulai: ym(m), selesai: ym(m + len - 1), predikat: r.periods.predikat[i % r.periods.predikat.length]! });
      m += len;
    });
    const hitungPada = Math.min(r.hitungAfter === 9999 * 12 + 11 ? r.hitungAfter : m + r.hitungAfter, 9999 * 12 + 11);
    const doc: Record<string, unknown> = {
      jabatanFungsional: r.pos.jf,
      jenjang: r.pos.jenjang,
      golongan: r.pos.golongan,
      tmtPangkat: day(r.tmt + r.pangkatAfter, r.tmtDay),
      tmtJenjang: day(r.tmt, r.tmtDay),
      angkaKreditAwal: r.ak,
      penilaian,
      pernyataan: r.pernyataan,
      tanggalPerhitungan: day(hitungPada, 28),
    };
    if (r.pak)
      doc.pakIntegrasi = {
        akKonvensional: r.pak.akKonvensional,
        jenjang: r.pos.jenjang,
        golongan: r.pos.golongan,
        ...(r.pak.nilaiDasar !== null && { nilaiDasar: r.pak.nilaiDasar }),
      };
    if (r.pengangkatan) {
      const { n, ...rest } = r.pengangkatan as Record<string, unknown> & { n?: number };
      doc.pengangkatan =
        n !== undefined
          ? { jenis: 'pertama', penilaianCpns: [{ mulai: ym(r.tmt - n), selesai: ym(r.tmt - 1), predikat: rest.predikat }] }
          : rest;
    }
    if (r.pendidikan)
      doc.peningkatanPendidikan = {
        tanggal: day(r.tmt + 12 + r.pendidikan.after, 1),
        predikat: r.pendidikan.predikat,
        sudahPernahDiberikan: r.pendidikan.sudahPernahDiberikan,
      };
    if (r.riwayat)
      doc.riwayat = [
        {
          tanggal: day(r.tmt - r.riwayat.before, 1),
          jenis: r.riwayat.jenis,
          golongan: r.pos.golongan,
          ...(r.riwayat.jenis === 'kenaikan_jenjang' && { jenjang: r.pos.jenjang }),
        },
      ];
    if (r.proyeksi)
      doc.proyeksi = { ...(r.proyeksi.predikat !== null && { predikat: r.proyeksi.predikat }), perTahun: r.proyeksi.perTahun };
    if (r.desimal !== null) doc.tampilan = { desimal: r.desimal };
    if (r.identitas) doc.identitas = r.identitas;
    return doc;
  });

const REQUIRED = ['jabatanFungsional', 'jenjang', 'golongan', 'tmtPangkat', 'tmtJenjang', 'penilaian', 'tanggalPerhitungan'];

/** A document built from scratch, field by field, each field mostly right but not checked against the others. */
export const randomDoc: fc.Arbitrary<unknown> = fc.record(SECTIONS, { requiredKeys: REQUIRED as (keyof typeof SECTIONS)[] });

/** The documents in examples/: what a person really sends. */
export const EXAMPLES: unknown[] = readdirSync(new URL('../../../examples/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(`../../../examples/${f}`, import.meta.url), 'utf8')));

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'retype'; at: number; to: 'string' | 'number' | 'array' | 'object' | 'bool' | 'null' }
  | { op: 'repeat'; at: number; times: number }
  | { op: 'nest'; at: number; depth: number }
  | { op: 'addKey'; at: number; key: string; value: unknown }
  | { op: 'dupKey'; at: number; pick: number; value: unknown; last: boolean }
  | { op: 'section'; key: string; value: unknown };

const oddKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    '',
    ' ',
    'jenjang ',
    'JENJANG',
    'penilaian\u0000',
    'tampilan',
    'dokumen',
    'x'.repeat(1000),
  ),
  fc.string({ maxLength: 12 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
  fc.record({
    op: fc.constant('retype' as const),
    at: fc.nat(),
    to: fc.constantFrom('string' as const, 'number' as const, 'array' as const, 'object' as const, 'bool' as const, 'null' as const),
  }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: fc.nat(),
    times: fc.oneof(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 20, max: 5_000 })),
  }),
  fc.record({
    op: fc.constant('nest' as const),
    at: fc.nat(),
    depth: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 50, max: 40_000 })),
  }),
  fc.record({ op: fc.constant('addKey' as const), at: fc.nat(), key: oddKey, value: hostileValue }),
  fc.record({ op: fc.constant('dupKey' as const), at: fc.nat(), pick: fc.nat(), value: hostileValue, last: fc.boolean() }),
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...Object.keys(SECTIONS))
      .chain((key) => SECTIONS[key]!.map((value) => ({ op: 'section' as const, key, value }))),
  },
);

type Path = (string | number)[];

/** Every place in a document (the root first), in a fixed order; long arrays are entered for their first 20 items only. */
function places(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.slice(0, 20).forEach((x, i) => places(x, [...at, i], out));
  else if (isPlain(v)) for (const k of Object.keys(v)) places(v[k], [...at, k], out);
  return out;
}

function get(doc: unknown, p: Path): unknown {
  let v = doc;
  for (const k of p) v = (v as Record<string | number, unknown>)[k];
  return v;
}

/** Replaces the value at p (the root when p is empty); undefined deletes it. */
function set(doc: unknown, p: Path, value: unknown): unknown {
  if (p.length === 0) return value;
  const parent = get(doc, p.slice(0, -1)) as Record<string | number, unknown> | unknown[];
  const k = p[p.length - 1]!;
  if (Array.isArray(parent)) {
    if (value === undefined) parent.splice(k as number, 1);
    else parent[k as number] = value;
  } else if (value === undefined) delete parent[k];
  else put(parent, String(k), value);
  return doc;
}

function retype(v: unknown, to: Extract<Mutation, { op: 'retype' }>['to']): unknown {
  switch (to) {
    case 'string':
      return typeof v === 'string' ? v : serialize(v);
    case 'number':
      return typeof v === 'number' ? String(v) : Number.parseFloat(String(v).replace(',', '.')) || 0;
    case 'array':
      return [v];
    case 'object':
      return { nilai: v };
    case 'bool':
      return typeof v === 'boolean' ? String(v) : Boolean(v);
    case 'null':
      return null;
  }
}

export function mutate(base: unknown, ms: Mutation[]): unknown {
  let doc = clone(base);
  for (const m of ms) {
    if (m.op === 'section') {
      if (isPlain(doc)) put(doc, m.key, clone(m.value));
      continue;
    }
    const all = places(doc);
    const p = all[m.at % all.length]!;
    const v = get(doc, p);
    switch (m.op) {
      case 'delete':
        doc = p.length === 0 ? {} : set(doc, p, undefined);
        break;
      case 'replace':
        doc = set(doc, p, clone(m.value));
        break;
      case 'retype':
        doc = set(doc, p, retype(v, m.to));
        break;
      case 'repeat': {
        // At most about 2 MB of JSON per repeat: past every body limit, without the test itself running out of memory.
        const unit = Math.max(1, Array.isArray(v) && v.length > 0 ? serialize(v).length / v.length : serialize(v).length);
        const times = Math.max(1, Math.min(m.times, Math.floor(2_000_000 / unit)));
        doc = set(
          doc,
          p,
          Array.isArray(v) && v.length > 0
            ? Array.from({ length: times }, (_, i) => clone(v[i % v.length]))
            : typeof v === 'string'
              ? v.repeat(Math.min(times, Math.ceil(200_000 / Math.max(1, v.length))))
              : Array.from({ length: times }, () => clone(v)),
        );
        break;
      }
      case 'nest': {
        const inner = serialize(v);
        doc = set(doc, p, new Raw(inner.length > 2_000_000 ? inner : `${'['.repeat(m.depth)}${inner}${']'.repeat(m.depth)}`));
        break;
      }
      case 'addKey':
        if (isPlain(v)) put(v, m.key, clone(m.value));
        else doc = set(doc, p, { [m.key]: clone(m.value) });
        break;
      case 'dupKey': {
        if (!isPlain(v) || Object.keys(v).length === 0) break;
        const keys = Object.keys(v);
        const k = keys[m.pick % keys.length]!;
        const entries: [string, unknown][] = keys.map((x) => [x, v[x]]);
        // The hostile copy first (the genuine one wins in JSON.parse) or last (the hostile one wins).
        if (m.last) entries.push([k, m.value]);
        else entries.unshift([k, m.value]);
        doc = set(doc, p, new Pairs(entries));
        break;
      }
    }
  }
  return doc;
}

/** An input document: an example with a few mutations (most), one built from scratch, or any JSON. */
export const inputDoc: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({ base: fc.constantFrom(...EXAMPLES.keys()), ms: fc.array(mutation, { maxLength: 4 }) })
      .map(({ base, ms }) => mutate(EXAMPLES[base], ms)),
  },
  { weight: 4, arbitrary: fc.record({ doc: coherentDoc, ms: fc.array(mutation, { maxLength: 2 }) }).map(({ doc, ms }) => mutate(doc, ms)) },
  { weight: 1, arbitrary: fc.record({ doc: randomDoc, ms: fc.array(mutation, { maxLength: 2 }) }).map(({ doc, ms }) => mutate(doc, ms)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

/** A document that mostly validates (for the routes whose interesting part comes after validation: PDFs, verification). */
export const validishDoc: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...EXAMPLES) },
  { weight: 6, arbitrary: coherentDoc },
  { weight: 2, arbitrary: fc.record({ doc: coherentDoc, ms: fc.array(mutation, { maxLength: 1 }) }).map(({ doc, ms }) => mutate(doc, ms)) },
);

export type TextTweak =
  { op: 'none' } | { op: 'bom' } | { op: 'cut'; at: number } | { op: 'trailing'; text: string } | { op: 'pad'; n: number };

export const textTweak: fc.Arbitrary<TextTweak> = fc.oneof(
  { weight: 12, arbitrary: fc.constant({ op: 'none' as const }) },
  fc.constant({ op: 'bom' as const }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('trailing' as const), text: fc.constantFrom('x', '}', ',', '\u0000', ' '.repeat(10), '{}', '// comment') }),
  fc.record({
    op: fc.constant('pad' as const),
    n: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 2_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 150_000 }) },
    ),
  }),
);

export function tweakText(s: string, t: TextTweak): string {
  switch (t.op) {
    case 'none':
      return s;
    case 'bom':
      return `\ufeff${s}`;
    case 'cut':
      return s.slice(0, t.at % (s.length + 1));
    case 'trailing':
      return s + t.text;
    case 'pad':
      return ' '.repeat(t.n) + s;
  }
}

/** An input document as the text a client sends. */
export const docText: fc.Arbitrary<string> = fc.tuple(inputDoc, textTweak).map(([d, t]) => tweakText(serialize(d), t));

/** A mostly valid document as text. */
export const validishText: fc.Arbitrary<string> = validishDoc.map(serialize);

/** A text that fits a field of at most `max` characters, odd in every other way; now and then anything at all. */
export const oddShort = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .oneof(
          fc.constantFrom(...ODD_STRINGS),
          fc.string({ unit: 'grapheme', maxLength: max }),
          fc.string({ unit: 'binary', maxLength: 20 }),
        )
        .map((t) => t.slice(0, max)),
    },
    { weight: 1, arbitrary: oddString },
  );
