// What is fuzzed: every route of src/web (the form pages of pages.ts, the JSON API of api.ts, the
// PDFs and their verification of dokumen.ts, the batch of batch.ts), any route with any method, and
// the command line's `hitung`. Each target is a generator of specs and a function that turns a spec
// into the exact request; the spec shrinks, the request is what a failure prints.
import fc from 'fast-check';
import { JENIS_DOKUMEN } from '../../../src/pdf/schema.ts';
import { bacaMasukan } from '../../../src/input/parse.ts';
import { kodeVerifikasi } from '../../../src/pdf/kode.ts';
import { templatXlsx } from '../../../src/batch/template.ts';
import {
  FORM_TYPES,
  fileName,
  formFields,
  formRaw,
  formTweak,
  formType,
  formValue,
  multipart,
  multipartTweak,
  pct,
  tweakForm,
  urlencoded,
  type Field,
  type FormTweak,
  type MultipartTweak,
  type Part,
} from './encode.ts';
import {
  byteMutation,
  csv,
  csvStyle,
  editSheet,
  editZip,
  forgeAttachment,
  forgePdf,
  handCell,
  handXlsx,
  logoBytes,
  muatan,
  muatanSpec,
  mutateBytes,
  NAMA_LAMPIRAN,
  randomBytes,
  sheetEdit,
  xlsxFromRows,
  zipEdit,
  type ByteMutation,
  type CsvStyle,
  type HandCell,
  type MuatanSpec,
  type SheetEdit,
  type ZipEdit,
} from './files.ts';
import {
  digitText,
  docText,
  hostileValue,
  inputDoc,
  mutate,
  mutation,
  oddNumber,
  oddShort,
  oddString,
  serialize,
  tanggal,
  textTweak,
  tweakText,
  validishDoc,
  validishText,
  type Mutation,
  type TextTweak,
} from './json.ts';
import type { Req } from './server.ts';

/** What the fuzzer gets from the app before it starts: genuine PDFs, their attachment and code, genuine batch fields. */
export interface Materials {
  pdfs: Buffer[];
  lampiran: Record<string, unknown>;
  kode: string;
  versi: string;
  muatan: string[];
  nips: string[];
}

export interface HttpTarget<S> {
  kind: 'http';
  name: string;
  /** Inputs in the short run (inside npm test); the long run gives every target the same number. */
  short: number;
  arb: (m: Materials) => fc.Arbitrary<S>;
  build: (s: S, m: Materials) => Req | Promise<Req>;
}

export interface CliCase {
  text: string;
  argv: string[];
}
export interface CliTarget {
  kind: 'cli';
  name: string;
  short: number;
  arb: () => fc.Arbitrary<CliCase>;
}

export type Target = HttpTarget<unknown> | CliTarget;

const http = <S>(t: Omit<HttpTarget<S>, 'kind'>): Target => ({ kind: 'http', ...t }) as unknown as Target;

// ---------------------------------------------------------------------------------------------------
// Request shapes

const JSON_TYPES = [
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json; charset=koi8-r',
  'text/plain',
  '',
  'application/x-www-form-urlencoded',
  'application/merge-patch+json',
  'application/json, text/plain',
];
const jsonType = fc.oneof(
  { weight: 15, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom(...JSON_TYPES) },
);

const withType = (type: string): Record<string, string> => (type ? { 'content-type': type } : {});

const jsonReq = (path: string, body: string, type: string): Req => ({
  method: 'POST',
  path,
  headers: withType(type),
  body: Buffer.from(body, 'utf8'),
});
const formReq = (path: string, fields: Field[], raw: string, type: string): Req => ({
  method: 'POST',
  path,
  headers: withType(type),
  body: urlencoded(fields, raw),
});
function uploadReq(path: string, parts: Part[], t: MultipartTweak): Req {
  const { type, body } = multipart(parts, t);
  return { method: 'POST', path, headers: { 'content-type': type }, body };
}

const JENIS_ANEH = [
  '%2e%2e',
  '__proto__',
  'constructor',
  'toString',
  'konversi%00',
  'KONVERSI',
  'x'.repeat(2000),
  '%E0%A4%A',
  'semua%20',
  'penetapan.pdf',
  '',
  '%2F',
  'konversi%2F..%2F..',
];
const jenis = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<string>(...JENIS_DOKUMEN) },
  { weight: 1, arbitrary: fc.constantFrom(...JENIS_ANEH) },
);

const teksKlaim = fc.oneof(
  fc.constantFrom('2,083', '2,08', '12,5', '12,50', '18,75', '43,750', '43,75', '0', '12,5000000', ''),
  digitText,
  oddString,
  oddNumber,
);

const klaim = fc.record(
  {
    konversi: fc.oneof(
      fc.array(fc.option(teksKlaim, { freq: 4 }), { maxLength: 6 }),
      fc.array(fc.constant('12,5'), { minLength: 500, maxLength: 700 }),
      hostileValue,
    ),
    jumlahKonversi: teksKlaim,
    kumulatif: teksKlaim,
  },
  { requiredKeys: [] },
);

const NIP_CONTOH = ['199001012015032001', '199001012015031000', '197001011990031001'];
const nipField = fc.oneof(fc.constantFrom(...NIP_CONTOH), oddString);

/** Document fields as form fields (every value a string). */
const dokumenFields: fc.Arbitrary<Field[]> = fc
  .record(
    {
      kertas: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('A4', 'F4') }, fc.constantFrom('a4', 'Letter', ''), oddString),
      kop: fc.oneof(
        fc.constantFrom('PEMERINTAH KABUPATEN CONTOH\nDINAS KOMUNIKASI', 'a\nb\nc\nd\ne\nf\ng', '\n\n\n', '\u202eHAJAR\u202c\n\u0000'),
        oddShort(120),
      ),
      nomor: oddShort(100),
      nomorPenetapan: oddShort(100),
      ditetapkanDi: oddShort(100),
      tanggalPenetapan: fc.oneof(tanggal, oddString),
      pejabatNama: oddShort(150),
      pejabatNip: nipField,
      tembusan: fc.oneof(
        fc.constantFrom('Kepala BKN\nPejabat Penilai Kinerja', Array.from({ length: 30 }, (_, i) => `baris ${i}`).join('\n')),
        oddShort(200),
      ),
      nomorSeriKarpeg: oddShort(50),
      tempatLahir: oddShort(100),
      tanggalLahir: fc.oneof(tanggal, oddString),
      jenisKelamin: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('Laki-laki', 'Perempuan') }, oddString),
      pendidikan: oddShort(150),
      masaKerjaGolongan: oddShort(50),
    },
    { requiredKeys: [] },
  )
  .map((o) => Object.entries(o) as Field[]);

const logoDataUrl = fc.oneof(
  { weight: 3, arbitrary: logoBytes.map(({ bytes, type }) => `data:${type};base64,${bytes.toString('base64')}`) },
  fc.constantFrom(
    'data:image/png;base64,',
    'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'data:image/png;base64,!!!!',
    'http://127.0.0.1/logo.png',
    'data:image/png;base64,' + 'A'.repeat(300_000),
  ),
);

/** Document fields as JSON: any value types, and a logo as a data URL. */
const dokumenJson: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        dokumenFields,
        fc.option(logoDataUrl, { freq: 3 }),
        fc.array(fc.tuple(fc.constantFrom('kop', 'tembusan', 'kertas', 'tanggalPenetapan', 'pejabatNip', 'logo', 'nomor'), hostileValue), {
          maxLength: 2,
        }),
      )
      .map(([fields, logo, odd]) => Object.fromEntries([...fields, ...(logo ? [['logo', logo]] : []), ...odd])),
  },
  { weight: 1, arbitrary: hostileValue },
);

// ---------------------------------------------------------------------------------------------------
// Targets

interface JsonSpec {
  text: string;
  type: string;
}
const apiHitung = http<JsonSpec>({
  name: 'POST /api/v1/hitung',
  short: 250,
  arb: () =>
    fc.record({
      text: fc.oneof({ weight: 9, arbitrary: docText }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) }),
      type: jsonType,
    }),
  build: (s) => jsonReq('/api/v1/hitung', s.text, s.type),
});

interface ValidasiSpec {
  masukan: unknown;
  klaim: unknown;
  ms: Mutation[];
  tweak: TextTweak;
  type: string;
}
const apiValidasi = http<ValidasiSpec>({
  name: 'POST /api/v1/validasi',
  short: 200,
  arb: () =>
    fc.record({
      masukan: fc.oneof({ weight: 2, arbitrary: validishDoc }, { weight: 1, arbitrary: inputDoc }),
      klaim,
      ms: fc.array(mutation, { maxLength: 2 }),
      tweak: textTweak,
      type: jsonType,
    }),
  build: (s) => jsonReq('/api/v1/validasi', tweakText(serialize(mutate({ masukan: s.masukan, klaim: s.klaim }, s.ms)), s.tweak), s.type),
});

interface HitungFormSpec {
  doc: unknown;
  lainnya: string | null;
  tweaks: FormTweak[];
  raw: string;
  type: string;
}
const formHitung = http<HitungFormSpec>({
  name: 'POST /hitung',
  short: 120,
  arb: () =>
    fc.record({
      doc: inputDoc,
      lainnya: fc.option(docText, { freq: 6 }),
      tweaks: fc.array(formTweak, { maxLength: 3 }),
      raw: formRaw,
      type: formType,
    }),
  build: (s) =>
    formReq(
      '/hitung',
      tweakForm([...formFields(s.doc), ...(s.lainnya !== null ? [['lainnya', s.lainnya] as Field] : [])], s.tweaks),
      s.raw,
      s.type,
    ),
});

interface MasukanFormSpec {
  text: string;
  tweaks: FormTweak[];
  raw: string;
  type: string;
}
const masukanForm = (path: string, short: number) =>
  http<MasukanFormSpec>({
    name: `POST ${path}`,
    short,
    arb: () => fc.record({ text: docText, tweaks: fc.array(formTweak, { maxLength: 2 }), raw: formRaw, type: formType }),
    build: (s) => formReq(path, tweakForm([['masukan', s.text]], s.tweaks), s.raw, s.type),
  });

interface UploadSpec {
  file: Buffer | null;
  name: string;
  type: string | null;
  extra: Field[];
  tweak: MultipartTweak;
}
const berkasJson = fc.oneof(
  { weight: 8, arbitrary: docText.map((t) => Buffer.from(t, 'utf8')) },
  docText.map((t) => Buffer.from(t, 'utf16le')),
  docText.map((t) => Buffer.from(t, 'latin1')),
  randomBytes,
);
const uploadSpec = (fieldKeys: fc.Arbitrary<string>) =>
  fc.record({
    file: fc.option(berkasJson, { freq: 12 }),
    name: fileName,
    type: fc.option(fc.constantFrom('application/json', 'application/octet-stream', 'text/plain; charset=utf-16', 'image/png'), {
      freq: 2,
    }),
    extra: fc.array(fc.tuple(fieldKeys, formValue), { maxLength: 3 }),
    tweak: multipartTweak,
  });
const uploadParts = (s: UploadSpec): Part[] => [
  ...s.extra.map(([name, v]) => ({ name, data: Buffer.from(v, 'utf8') })),
  ...(s.file ? [{ name: 'berkas', filename: s.name, ...(s.type !== null && { type: s.type }), data: s.file }] : []),
];

const formBuka = http<UploadSpec>({
  name: 'POST /buka',
  short: 150,
  arb: () => uploadSpec(fc.constantFrom('masukan', 'berkas', 'x', '__proto__')),
  build: (s) => uploadReq('/buka', uploadParts(s), s.tweak),
});

const KLAIM_ID = fc.oneof(
  fc.constantFrom(
    'klaim.konversi.1',
    'klaim.konversi.2',
    'klaim.konversi.0',
    'klaim.konversi.999',
    'klaim.jumlahKonversi',
    'klaim.kumulatif',
    'klaim.__proto__',
    'klaim.',
  ),
  fc.string({ maxLength: 10 }).map((s) => `klaim.${s}`),
);
type ValidasiFormSpec = { form: true; text: string; klaim: Field[]; raw: string; type: string } | ({ form: false } & UploadSpec);
const formValidasi = http<ValidasiFormSpec>({
  name: 'POST /validasi',
  short: 120,
  arb: () =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          form: fc.constant(true as const),
          text: docText,
          klaim: fc.array(
            fc.tuple(
              KLAIM_ID,
              teksKlaim.map((v) => String(v)),
            ),
            { maxLength: 5 },
          ),
          raw: formRaw,
          type: formType,
        }),
      },
      { weight: 2, arbitrary: fc.tuple(fc.constant({ form: false as const }), uploadSpec(KLAIM_ID)).map(([a, b]) => ({ ...a, ...b })) },
    ),
  build: (s) =>
    s.form ? formReq('/validasi', [['masukan', s.text], ...s.klaim], s.raw, s.type) : uploadReq('/validasi', uploadParts(s), s.tweak),
});

interface DokumenFormSpec {
  jenis: string;
  text: string;
  fields: Field[];
  logo: { bytes: Buffer; type: string } | null;
  multipart: boolean;
  name: string;
  tweak: MultipartTweak;
  raw: string;
}
const formDokumenJenis = http<DokumenFormSpec>({
  name: 'POST /dokumen/:jenis',
  short: 80,
  arb: () =>
    fc.record({
      jenis,
      text: fc.oneof({ weight: 3, arbitrary: validishText }, { weight: 1, arbitrary: docText }),
      fields: dokumenFields,
      logo: fc.option(logoBytes, { freq: 2 }),
      multipart: fc.boolean(),
      name: fileName,
      tweak: multipartTweak,
      raw: formRaw,
    }),
  build: (s) => {
    const path = `/dokumen/${s.jenis}`;
    const fields: Field[] = [['masukan', s.text], ...s.fields];
    if (!s.logo && !s.multipart) return formReq(path, fields, s.raw, FORM_TYPES[0]!);
    return uploadReq(
      path,
      [
        ...fields.map(([name, v]) => ({ name, data: Buffer.from(v, 'utf8') })),
        ...(s.logo ? [{ name: 'logo', filename: s.name, type: s.logo.type, data: s.logo.bytes }] : []),
      ],
      s.tweak,
    );
  },
});

interface ApiDokumenSpec {
  jenis: string;
  doc: unknown;
  dokumen: unknown;
  ms: Mutation[];
  tweak: TextTweak;
  type: string;
}
const apiDokumen = http<ApiDokumenSpec>({
  name: 'POST /api/v1/dokumen/:jenis',
  short: 80,
  arb: () =>
    fc.record({
      jenis,
      doc: fc.oneof({ weight: 3, arbitrary: validishDoc }, { weight: 1, arbitrary: inputDoc }),
      dokumen: fc.option(dokumenJson, { freq: 4 }),
      ms: fc.oneof({ weight: 3, arbitrary: fc.constant<Mutation[]>([]) }, fc.array(mutation, { maxLength: 1 })),
      tweak: textTweak,
      type: jsonType,
    }),
  build: (s) => {
    const body =
      s.doc && typeof s.doc === 'object' && !Array.isArray(s.doc) && s.dokumen !== null
        ? mutate({ ...(s.doc as object), dokumen: s.dokumen }, s.ms)
        : mutate(s.doc, s.ms);
    return jsonReq(`/api/v1/dokumen/${s.jenis}`, tweakText(serialize(body), s.tweak), s.type);
  },
});

type VerifikasiSpec =
  | { kind: 'pdf'; which: number; ms: ByteMutation[]; name: string; tweak: MultipartTweak }
  | {
      kind: 'forged';
      lines: string[];
      pages: number;
      ms: Mutation[];
      fixCode: boolean;
      attachment: 'forged' | 'none' | 'text';
      text: string;
      attachmentName: string;
      tweak: MultipartTweak;
    }
  | { kind: 'code'; kode: string | null; doc: unknown; fixCode: boolean; tweak: TextTweak; asFile: boolean }
  | { kind: 'random'; bytes: Buffer; alsoCode: boolean }
  | { kind: 'nothing'; fields: Field[] };

const verifikasi = http<VerifikasiSpec>({
  name: 'POST /verifikasi',
  short: 60,
  arb: () =>
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('pdf' as const),
          which: fc.nat(),
          ms: fc.array(byteMutation, { maxLength: 4 }),
          name: fileName,
          tweak: multipartTweak,
        }),
      },
      {
        weight: 3,
        arbitrary: fc.record({
          kind: fc.constant('forged' as const),
          lines: fc.array(fc.oneof(fc.constant('{kode}'), fc.constant('Kode verifikasi {kode}'), oddString), { maxLength: 5 }),
          pages: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 3 }) }, fc.integer({ min: 0, max: 300 })),
          ms: fc.array(mutation, { maxLength: 3 }),
          fixCode: fc.boolean(),
          attachment: fc.constantFrom('forged' as const, 'forged' as const, 'none' as const, 'text' as const),
          text: fc.oneof(docText, oddString),
          attachmentName: fc.oneof({ weight: 6, arbitrary: fc.constant(NAMA_LAMPIRAN) }, oddString),
          tweak: multipartTweak,
        }),
      },
      {
        weight: 2,
        arbitrary: fc.record({
          kind: fc.constant('code' as const),
          kode: fc.option(fc.oneof(oddString, fc.constantFrom('0000-0000-0000', 'ABCD EFGH JKMN', 'abcdefghjkmn')), { freq: 2 }),
          doc: fc.oneof(validishDoc, inputDoc),
          fixCode: fc.boolean(),
          tweak: textTweak,
          asFile: fc.boolean(),
        }),
      },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('random' as const), bytes: randomBytes, alsoCode: fc.boolean() }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('nothing' as const),
          fields: fc.array(fc.tuple(fc.constantFrom('kode', 'json', 'berkas', 'x'), formValue), { maxLength: 3 }),
        }),
      },
    ),
  build: async (s, m) => {
    switch (s.kind) {
      case 'pdf':
        return uploadReq(
          '/verifikasi',
          [{ name: 'berkas', filename: s.name, type: 'application/pdf', data: mutateBytes(m.pdfs[s.which % m.pdfs.length]!, s.ms) }],
          s.tweak,
        );
      case 'forged': {
        const att = s.attachment === 'forged' ? forgeAttachment(m.lampiran, s.ms, s.fixCode) : { text: s.text, kode: m.kode };
        const pdf = await forgePdf({
          lines: s.lines.map((l) => l.replace('{kode}', att.kode)),
          pages: s.pages,
          attachment: s.attachment === 'none' ? undefined : att.text,
          attachmentName: s.attachmentName,
        });
        return uploadReq('/verifikasi', [{ name: 'berkas', filename: 'palsu.pdf', type: 'application/pdf', data: pdf }], s.tweak);
      }
      case 'code': {
        let kode = s.kode ?? m.kode;
        if (s.fixCode) {
          try {
            kode = kodeVerifikasi(bacaMasukan(s.doc).mentah, m.versi);
          } catch {
            /* invalid input: keep */
          }
        }
        const json = tweakText(serialize(s.doc), s.tweak);
        const parts: Part[] = [
          { name: 'kode', data: Buffer.from(kode, 'utf8') },
          s.asFile
            ? { name: 'masukanBerkas', filename: 'masukan.json', type: 'application/json', data: Buffer.from(json, 'utf8') }
            : { name: 'json', data: Buffer.from(json, 'utf8') },
        ];
        return uploadReq('/verifikasi', parts, { op: 'none' });
      }
      case 'random':
        return uploadReq(
          '/verifikasi',
          [
            { name: 'berkas', filename: 'x.pdf', type: 'application/pdf', data: s.bytes },
            ...(s.alsoCode
              ? [
                  { name: 'kode', data: Buffer.from(m.kode) },
                  { name: 'json', data: Buffer.from('{}') },
                ]
              : []),
          ],
          { op: 'none' },
        );
      case 'nothing':
        return uploadReq(
          '/verifikasi',
          s.fields.map(([name, v]) => ({ name, data: Buffer.from(v, 'utf8') })),
          { op: 'none' },
        );
    }
  },
});

type SheetSpec =
  | { kind: 'csv'; edits: SheetEdit[]; style: CsvStyle }
  | { kind: 'xlsx'; edits: SheetEdit[]; sheet: string; ms: ByteMutation[]; zip: ZipEdit[] }
  | { kind: 'hand'; edits: SheetEdit[]; cells: HandCell[]; sheet: string; rowAttr: string; junk: string; zip: ZipEdit[] }
  | { kind: 'template'; ms: ByteMutation[]; zip: ZipEdit[] }
  | { kind: 'random'; bytes: Buffer };
interface BatchSpec {
  sheet: SheetSpec;
  tanggal: string | null;
  name: string;
  tweak: MultipartTweak;
  noFile: boolean;
}

const sheetName = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('Isian', 'Data', 'Sheet1') }, { weight: 1, arbitrary: oddString });
const sheetSpec: fc.Arbitrary<SheetSpec> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('csv' as const), edits: fc.array(sheetEdit, { maxLength: 5 }), style: csvStyle }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('xlsx' as const),
      edits: fc.array(sheetEdit, { maxLength: 5 }),
      sheet: sheetName,
      ms: fc.array(byteMutation, { maxLength: 2 }),
      zip: fc.array(zipEdit, { maxLength: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('hand' as const),
      edits: fc.array(sheetEdit, { maxLength: 3 }),
      cells: fc.array(handCell, { minLength: 1, maxLength: 8 }),
      sheet: sheetName,
      rowAttr: fc.constantFrom('auto', 'auto', 'auto', '0', '-1', '99999999999', '1e9', 'x', ''),
      junk: fc.constantFrom('', '', '<row r="5"><c r="A5" t="inlineStr"><is><t>x</t></is></c>', '<row>', '<c r="A1"><v>1'),
      zip: fc.array(zipEdit, { maxLength: 1 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('template' as const),
      ms: fc.array(byteMutation, { minLength: 1, maxLength: 3 }),
      zip: fc.array(zipEdit, { maxLength: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('random' as const), bytes: randomBytes }) },
);

const TEMPLAT = templatXlsx();

function sheetBytes(s: SheetSpec): Buffer {
  switch (s.kind) {
    case 'csv':
      return csv(editSheet(s.edits), s.style);
    case 'xlsx':
      return editZip(mutateBytes(xlsxFromRows(editSheet(s.edits), s.sheet), s.ms), s.zip);
    case 'hand':
      return editZip(handXlsx(editSheet(s.edits), s.cells, { sheetName: s.sheet, rowAttr: s.rowAttr, junk: s.junk }), s.zip);
    case 'template':
      return editZip(mutateBytes(TEMPLAT, s.ms), s.zip);
    case 'random':
      return s.bytes;
  }
}

const batch = http<BatchSpec>({
  name: 'POST /batch',
  short: 100,
  arb: () =>
    fc.record({
      sheet: sheetSpec,
      tanggal: fc.option(fc.oneof(tanggal, oddString), { freq: 3 }),
      name: fileName,
      tweak: multipartTweak,
      noFile: fc.oneof({ weight: 15, arbitrary: fc.constant(false) }, fc.constant(true)),
    }),
  build: (s) =>
    uploadReq(
      '/batch',
      [
        ...(s.tanggal !== null ? [{ name: 'tanggalPerhitungan', data: Buffer.from(s.tanggal, 'utf8') }] : []),
        ...(s.noFile ? [] : [{ name: 'berkas', filename: s.name, type: 'application/octet-stream', data: sheetBytes(s.sheet) }]),
      ],
      s.tweak,
    ),
});

const BERKAS_UNDUH = ['hasil.csv', 'kesalahan.csv', 'hasil.xlsx', 'siasn.zip', 'dokumen.zip'];
interface UnduhSpec {
  berkas: string;
  muatan: MuatanSpec;
  pilih: string[];
  jenis: string | null;
  fields: Field[];
  tweaks: FormTweak[];
  type: string;
}
const batchUnduh = http<UnduhSpec>({
  name: 'POST /batch/unduh/:berkas',
  short: 60,
  arb: () =>
    fc.record({
      berkas: fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom(...BERKAS_UNDUH) },
        { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'hasil.CSV', '..%2fhasil.csv', '%00', 'x'.repeat(500)) },
      ),
      muatan: muatanSpec,
      pilih: fc.oneof(
        { weight: 4, arbitrary: fc.constant<string[]>([]) },
        fc.array(fc.oneof(fc.constantFrom(...NIP_CONTOH, '199001012015031001', '199102022016042002', '199203032017051003'), oddString), {
          maxLength: 4,
        }),
        fc.array(fc.constant<string>('199001012015031001'), { minLength: 1000, maxLength: 3000 }),
      ),
      jenis: fc.option(jenis, { freq: 2 }),
      fields: dokumenFields.map((f) =>
        f.filter(([k]) => ['kop', 'ditetapkanDi', 'tanggalPenetapan', 'pejabatNama', 'pejabatNip', 'kertas'].includes(k)),
      ),
      tweaks: fc.array(formTweak, { maxLength: 1 }),
      type: formType,
    }),
  build: async (s, m) =>
    formReq(
      `/batch/unduh/${s.berkas}`,
      tweakForm(
        [
          ['muatan', await muatan(s.muatan, m.muatan)],
          ...s.pilih.map((p) => ['pilih', p] as Field),
          ...(s.jenis !== null ? [['jenis', s.jenis] as Field] : []),
          ...s.fields,
        ],
        s.tweaks,
      ),
      '',
      s.type,
    ),
});

type HasilSpec =
  | { kind: 'muatan'; muatan: MuatanSpec; nip: string | number; tweaks: FormTweak[]; type: string }
  | { kind: 'masukan'; text: string; tweaks: FormTweak[]; type: string };
const batchHasil = http<HasilSpec>({
  name: 'POST /batch/hasil',
  short: 80,
  arb: () =>
    fc.oneof(
      fc.record({
        kind: fc.constant('muatan' as const),
        muatan: muatanSpec,
        nip: fc.oneof(fc.nat(), oddString),
        tweaks: fc.array(formTweak, { maxLength: 1 }),
        type: formType,
      }),
      fc.record({
        kind: fc.constant('masukan' as const),
        text: fc.oneof(validishText, docText),
        tweaks: fc.array(formTweak, { maxLength: 1 }),
        type: formType,
      }),
    ),
  build: async (s, m) => {
    if (s.kind === 'masukan') return formReq('/batch/hasil', tweakForm([['masukan', s.text]], s.tweaks), '', s.type);
    const nip = typeof s.nip === 'number' ? m.nips[s.nip % m.nips.length]! : s.nip;
    return formReq(
      '/batch/hasil',
      tweakForm(
        [
          ['muatan', await muatan(s.muatan, m.muatan)],
          ['nip', nip],
        ],
        s.tweaks,
      ),
      '',
      s.type,
    );
  },
});

const ROUTES = [
  '/',
  '/hitung',
  '/isi',
  '/buka',
  '/masukan.json',
  '/validasi',
  '/aturan',
  '/verifikasi',
  '/dokumen',
  '/dokumen/konversi',
  '/dokumen/semua',
  '/api/openapi.json',
  '/api/docs',
  '/api/v1/hitung',
  '/api/v1/validasi',
  '/api/v1/dokumen/semua',
  '/api/v1/dokumen/penetapan',
  '/batch',
  '/batch/templat.xlsx',
  '/batch/templat.csv',
  '/batch/unduh/hasil.csv',
  '/batch/unduh/dokumen.zip',
  '/batch/hasil',
  '/static/gaya.css',
  '/static/app.js',
  '/static/ikon.svg',
  '/static/',
  '/static/..%2f..%2fpackage.json',
  '/static/%2e%2e/%2e%2e/package.json',
  '/static/....//....//package.json',
  '/%',
  '/%E0%A4%A',
  '/%C0%AE%C0%AE/',
  '//',
  '/./',
  '/api/v1/hitung/',
  '/API/V1/HITUNG',
  '/hitung;x=1',
  '/api',
  '/api/',
  '/api/v2/hitung',
  '/dokumen/%00',
  '/batch/unduh/',
  '/batch/unduh/%2e%2e',
];
interface AcakSpec {
  method: string;
  route: string;
  query: string;
  type: string;
  body: Buffer | null;
}
const acak = http<AcakSpec>({
  name: 'any route, any method',
  short: 200,
  arb: () =>
    fc.record({
      method: fc.constantFrom('GET', 'GET', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
      route: fc.constantFrom(...ROUTES),
      query: fc.oneof(
        { weight: 4, arbitrary: fc.constant('') },
        fc.constantFrom('?kode=', '?a=1&a=2', '?__proto__[x]=1', `?${'a=1&'.repeat(2000)}`, '?kode[]=1', '?%'),
        oddString.map((s) => `?kode=${pct(s)}`),
      ),
      type: fc.oneof(jsonType, formType, fc.constant('multipart/form-data; boundary=x'), fc.constant('application/pdf')),
      body: fc.option(
        fc.oneof(
          docText.map((t) => Buffer.from(t)),
          randomBytes,
        ),
        { freq: 2 },
      ),
    }),
  build: (s) => ({
    method: s.method,
    path: s.route + s.query,
    headers: withType(s.type),
    ...(s.body && s.method !== 'GET' && s.method !== 'HEAD' && { body: s.body }),
  }),
});

const cli: CliTarget = {
  kind: 'cli',
  name: 'CLI angka-kredit hitung',
  short: 150,
  arb: () =>
    fc.record({
      text: fc.oneof({ weight: 9, arbitrary: docText }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) }),
      argv: fc.oneof(
        { weight: 6, arbitrary: fc.constant<string[]>([]) },
        fc.constantFrom<string[]>(
          ['--desimal', '2'],
          ['--desimal', '3'],
          ['--desimal'],
          ['--desimal', '99'],
          ['--desimal', 'NaN'],
          ['--x'],
          ['--desimal', '2', '--desimal', '4'],
        ),
        oddString.map((s): string[] => ['--desimal', s]),
      ),
    }),
};

export const TARGETS: Target[] = [
  apiHitung,
  apiValidasi,
  formHitung,
  masukanForm('/isi', 100),
  masukanForm('/masukan.json', 150),
  formBuka,
  formValidasi,
  masukanForm('/dokumen', 100),
  formDokumenJenis,
  apiDokumen,
  verifikasi,
  batch,
  batchUnduh,
  batchHasil,
  acak,
  cli,
];
