// Request bodies written byte by byte: URL-encoded forms (with repeated, odd and malformed fields) and
// multipart uploads (with odd file names, missing or wrong boundaries, truncation), built by hand
// rather than by FormData so that what is malformed stays malformed on the wire.
import fc from 'fast-check';
import { hostileValue, oddString, Pairs, Raw, serialize } from './json.ts';

export type Field = [string, string];

/** Percent-encodes the UTF-8 bytes of s (a lone surrogate becomes U+FFFD, as a browser sends it). */
export function pct(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9_.~-]/.test(c) ? c : b === 0x20 ? '+' : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export const urlencoded = (fields: Field[], raw = ''): Buffer =>
  Buffer.from(fields.map(([k, v]) => `${pct(k)}=${pct(v)}`).join('&') + raw, 'latin1');

/** A form field's text for any value: booleans as a checked box ("on") or absent, objects as JSON. */
function asText(v: unknown): string | undefined {
  if (v === false || v === undefined) return undefined;
  if (v === true) return 'on';
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return serialize(v);
}

/** A document as the calculator form's fields: dotted names ("penilaian.2.mulai"), as the form posts them. */
export function formFields(doc: unknown, prefix = ''): Field[] {
  const name = (k: string | number) => (prefix ? `${prefix}.${k}` : String(k));
  if (doc instanceof Pairs) return doc.entries.flatMap(([k, v]) => formFields(v, name(k)));
  if (doc instanceof Raw) return prefix ? [[prefix, doc.text]] : [];
  if (Array.isArray(doc))
    return doc.flatMap((v, i) =>
      v && typeof v === 'object' && !(v instanceof Raw) ? formFields(v, name(i)) : [[name(i), asText(v) ?? '']],
    );
  if (doc && typeof doc === 'object') {
    return Object.keys(doc).flatMap((k) => {
      const v = (doc as Record<string, unknown>)[k];
      // The one nested field the form has: tampilan.desimal. Others nest by dotted names as well.
      if (v && typeof v === 'object') return formFields(v, name(k));
      const t = asText(v);
      return t === undefined ? [] : [[name(k), t] as Field];
    });
  }
  const t = asText(doc);
  return prefix && t !== undefined ? [[prefix, t]] : [];
}

export type FormTweak =
  | { op: 'add'; key: string; value: string }
  | { op: 'dup'; pick: number; value: string }
  | { op: 'drop'; pick: number }
  | { op: 'rows'; n: number }
  | { op: 'params'; n: number };

const formKey = fc.oneof(
  fc.constantFrom(
    'penilaian.9999.mulai',
    'penilaian.00000.predikat',
    'penilaian.-1.mulai',
    'penilaian.1e3.mulai',
    'penilaian.0.mulai[]',
    'penilaian[0][mulai]',
    'angkaKreditAwal.0.angkaKredit',
    'pengangkatan.jenis',
    'pengangkatan.penilaianCpns.0.mulai',
    'riwayat.0.tanggal',
    'tampilan.desimal',
    'lainnya',
    'masukan',
    'proyeksi.predikat',
    'pakIntegrasi.akKonvensional',
    'peningkatanPendidikan.tanggal',
    'identitas.nip',
    'klaim.konversi.1',
    'klaim.kumulatif',
    'klaim.__proto__',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '',
    '=',
    '&',
    'a.b.c.d.e.f.g',
    'x'.repeat(300),
  ),
  fc.string({ maxLength: 12 }),
);

export const formValue: fc.Arbitrary<string> = hostileValue.map((v) => asText(v) ?? '');

export const formTweak: fc.Arbitrary<FormTweak> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('add' as const), key: formKey, value: formValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('dup' as const), pick: fc.nat(), value: formValue }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('drop' as const), pick: fc.nat() }) },
  fc.record({ op: fc.constant('rows' as const), n: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 50, max: 800 })) }),
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('params' as const),
      n: fc.oneof(fc.integer({ min: 100, max: 4_900 }), fc.integer({ min: 4_900, max: 6_000 })),
    }),
  },
);

export function tweakForm(fields: Field[], ts: FormTweak[]): Field[] {
  const out = [...fields];
  for (const t of ts) {
    switch (t.op) {
      case 'add':
        out.push([t.key, t.value]);
        break;
      case 'dup':
        if (out.length) out.push([out[t.pick % out.length]![0], t.value]);
        break;
      case 'drop':
        if (out.length) out.splice(t.pick % out.length, 1);
        break;
      case 'rows':
        for (let i = 0; i < t.n; i++) {
          const ym = `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
          out.push([`penilaian.${i + 10}.mulai`, ym], [`penilaian.${i + 10}.selesai`, ym], [`penilaian.${i + 10}.predikat`, 'Baik']);
        }
        break;
      case 'params':
        for (let i = 0; i < t.n; i++) out.push([`p${i}`, '']);
        break;
    }
  }
  return out;
}

/** Raw bytes appended to a form body: malformed percent escapes and separators. */
export const formRaw = fc.oneof(
  { weight: 8, arbitrary: fc.constant('') },
  fc.constantFrom('&%', '&%E0%A4%A', '&a=%zz', '&&&', '&=', '&%FF%FE=%C0%AF', '&penilaian.0.mulai=%00', '&;', '&a=b=c'),
);

export const FORM_TYPES = [
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=UTF-8',
  'application/x-www-form-urlencoded; charset=utf-16',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'application/x-www-form-urlencoded; charset=bogus',
  'application/json',
  'text/plain',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  '',
  'application/x-www-form-urlencoded, application/json',
];

/** Mostly the right type; sometimes another one, a bad charset, or none. */
export const formType = fc.oneof(
  { weight: 12, arbitrary: fc.constant(FORM_TYPES[0]!) },
  { weight: 1, arbitrary: fc.constantFrom(...FORM_TYPES) },
);

// ---------------------------------------------------------------------------------------------------
// Multipart

export interface Part {
  name: string;
  filename?: string;
  type?: string;
  data: Buffer;
}

export type MultipartTweak =
  | { op: 'none' }
  | { op: 'noEnd' }
  | { op: 'cut'; at: number }
  | { op: 'wrongBoundary' }
  | { op: 'noBoundary' }
  | { op: 'headerJunk'; text: string };

export const multipartTweak: fc.Arbitrary<MultipartTweak> = fc.oneof(
  { weight: 15, arbitrary: fc.constant({ op: 'none' as const }) },
  fc.constant({ op: 'noEnd' as const }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.constant({ op: 'wrongBoundary' as const }),
  fc.constant({ op: 'noBoundary' as const }),
  fc.record({
    op: fc.constant('headerJunk' as const),
    text: fc.constantFrom(
      'Content-Transfer-Encoding: base64',
      'Content-Type: text/plain; charset=utf-16',
      'X: ' + 'y'.repeat(9000),
      'Content-Disposition: form-data; name="lain"',
      ': :',
    ),
  }),
);

const BOUNDARY = '----fuzzBATASa1b2c3d4e5';

const quote = (s: string) => s.replace(/"/g, '%22');

export function multipart(parts: Part[], t: MultipartTweak = { op: 'none' }): { type: string; body: Buffer } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head = [
      `--${BOUNDARY}`,
      `Content-Disposition: form-data; name="${quote(p.name)}"${p.filename !== undefined ? `; filename="${quote(p.filename)}"` : ''}`,
    ];
    if (p.type !== undefined) head.push(`Content-Type: ${p.type}`);
    if (t.op === 'headerJunk') head.push(t.text);
    chunks.push(Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'utf8'), p.data, Buffer.from('\r\n'));
  }
  if (t.op !== 'noEnd') chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  let body = Buffer.concat(chunks);
  if (t.op === 'cut') body = body.subarray(0, t.at % (body.length + 1));
  const type =
    t.op === 'wrongBoundary'
      ? 'multipart/form-data; boundary=lain'
      : t.op === 'noBoundary'
        ? 'multipart/form-data'
        : `multipart/form-data; boundary=${BOUNDARY}`;
  return { type, body };
}

export const fileName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('masukan.json', 'unit.csv', 'unit.xlsx', 'dokumen.pdf', 'logo.png') },
  fc.constantFrom(
    '',
    '../../etc/passwd',
    'a"b.json',
    'ä ö ü.json',
    '\u202egnp.exe',
    'x'.repeat(400),
    'nul\u0000.json',
    'CON',
    '.',
    'a\r\nContent-Type: text/html',
  ),
  oddString,
);
