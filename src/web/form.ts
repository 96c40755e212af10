// The calculator form and the input JSON, both ways. Form fields are named by the same dotted paths
// the validator reports ("penilaian.2.mulai"), so every message lands beside its field. Blank table
// rows (the form works without JavaScript, with a fixed number of rows) are dropped before validation
// and each remaining row remembers its place in the form.
import { KUNCI_MASUKAN_POKOK, type MasukanJson } from '../input/schema.ts';
import type { MasalahMasukan } from '../domain/galat.ts';

export interface BarisAkAwalForm {
  jenis: string;
  uraian: string;
  angkaKredit: string;
}
export interface BarisPenilaianForm {
  mulai: string;
  selesai: string;
  predikat: string;
  jenjang: string;
}
export interface BarisCpnsForm {
  mulai: string;
  selesai: string;
  predikat: string;
}
export interface BarisRiwayatForm {
  tanggal: string;
  jenis: string;
  golongan: string;
  jenjang: string;
}
/** One exception to the assumed predikat: a year and the predikat expected in it. */
export interface BarisPerTahunForm {
  tahun: string;
  predikat: string;
}

export const JENIS_PENGANGKATAN = ['pertama', 'perpindahan', 'promosi', 'penyesuaian'] as const;

export interface PakIntegrasiForm {
  akKonvensional: string;
  jenjang: string;
  golongan: string;
  nilaiDasar: string;
  keterangan: string;
}
export interface PengangkatanForm {
  /** '' when the person brought no Angka Kredit into the jenjang; otherwise one of JENIS_PENGANGKATAN. */
  jenis: string;
  penilaianCpns: BarisCpnsForm[];
  predikat: string;
  bulanDalamGolongan: string;
  pangkatPuncak: boolean;
  angkaKredit: string;
  sumber: string;
}
export interface PendidikanForm {
  tanggal: string;
  pendidikan: string;
  predikat: string;
  sudahPernahDiberikan: boolean;
}

export interface FormNilai {
  jabatanFungsional: string;
  jenjang: string;
  golongan: string;
  tmtPangkat: string;
  tmtJenjang: string;
  tanggalPerhitungan: string;
  desimal: string;
  angkaKreditAwal: BarisAkAwalForm[];
  penilaian: BarisPenilaianForm[];
  /** Each declaration as its radio button: 'ya', 'tidak', or '' (belum tahu: not declared). */
  pernyataan: Record<(typeof PERNYATAAN)[number], PilihanPernyataan>;
  identitas: { nama: string; nip: string; unitKerja: string; instansi: string };
  pakIntegrasi: PakIntegrasiForm;
  pengangkatan: PengangkatanForm;
  peningkatanPendidikan: PendidikanForm;
  riwayat: BarisRiwayatForm[];
  /** The predikat assumed for the projection ('' means the engine's default, the minimum for KP), and per-year exceptions. */
  proyeksi: { predikat: string; perTahun: BarisPerTahunForm[] };
  /**
   * Parts of the input document the form has no fields for (e.g. keys from a newer version), as JSON, carried in a hidden field so that reopening and saving a file never loses them.
   */
  lainnya: string;
  lainnyaKunci: string[];
}

/** Top-level keys of the input document that the form edits; any other key travels in `lainnya`. */
const KUNCI_FORM = new Set<string>([
  ...KUNCI_MASUKAN_POKOK,
  'tampilan',
  'identitas',
  'pakIntegrasi',
  'pengangkatan',
  'peningkatanPendidikan',
  'riwayat',
]);
/** The keys of `proyeksi` the form has fields for; any other travels in `lainnya`. */
const KUNCI_PROYEKSI_FORM = new Set(['predikat', 'perTahun']);

/** What of an input document the form has no field for: unknown top-level keys and proyeksi's other keys. */
function sisaDokumen(o: Record<string, unknown>): Record<string, unknown> {
  const sisa: Record<string, unknown> = Object.fromEntries(Object.entries(o).filter(([k]) => !KUNCI_FORM.has(k) && k !== 'proyeksi'));
  const p = o.proyeksi;
  if (p && typeof p === 'object' && !Array.isArray(p)) {
    const lain = Object.fromEntries(Object.entries(p).filter(([k]) => !KUNCI_PROYEKSI_FORM.has(k)));
    if (Object.keys(lain).length > 0) sisa.proyeksi = lain;
  } else if (p !== undefined) {
    // Not an object: kept as it is, so validation reports it instead of the form dropping it.
    sisa.proyeksi = p;
  }
  return sisa;
}

function bacaLainnya(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    return sisaDokumen(v as Record<string, unknown>);
  } catch {
    return {};
  }
}

/** Rows shown without JavaScript: enough for two years of quarterly or three of yearly periods, plus spare. */
export const BARIS_PENILAIAN_MINIMAL = 6;
export const BARIS_AK_AWAL_MINIMAL = 3;
export const BARIS_KOSONG_TAMBAHAN = 2;
export const BARIS_CPNS_MINIMAL = 3;
export const BARIS_RIWAYAT_MINIMAL = 3;
export const BARIS_PER_TAHUN_MINIMAL = 2;
/** More rows than this in one form post is not a person typing. */
const BARIS_MAKSIMAL = 600;

const PERNYATAAN = ['lulusUjiKompetensi', 'formasiTersedia', 'bebasHukumanDisiplin', 'kenaikanPangkatTanpaFormasiSudahDigunakan'] as const;
export type PilihanPernyataan = 'ya' | 'tidak' | '';
/** A posted radio value (an old checkbox posted "ya" too); anything else is "belum tahu". */
const pilihan = (v: string): PilihanPernyataan => (v === 'ya' || v === 'tidak' ? v : '');
const pernyataanKosong = () => Object.fromEntries(PERNYATAAN.map((k) => [k, ''])) as FormNilai['pernyataan'];
const IDENTITAS = ['nama', 'nip', 'unitKerja', 'instansi'] as const;
const PAK = ['akKonvensional', 'jenjang', 'golongan', 'nilaiDasar', 'keterangan'] as const;

type Body = Record<string, unknown>;

/** A field's text: a repeated form field gives its first value; anything deeper (a saved file's nested arrays) is not text. */
export function teks(v: unknown): string {
  const w: unknown = Array.isArray(v) ? v[0] : v;
  return typeof w === 'string' ? w : typeof w === 'number' ? String(w) : '';
}

function barisKosongAk(): BarisAkAwalForm {
  return { jenis: '', uraian: '', angkaKredit: '' };
}
function barisKosongPenilaian(): BarisPenilaianForm {
  return { mulai: '', selesai: '', predikat: '', jenjang: '' };
}
function barisKosongCpns(): BarisCpnsForm {
  return { mulai: '', selesai: '', predikat: '' };
}
function barisKosongRiwayat(): BarisRiwayatForm {
  return { tanggal: '', jenis: '', golongan: '', jenjang: '' };
}
function barisKosongPerTahun(): BarisPerTahunForm {
  return { tahun: '', predikat: '' };
}
function pakKosong(): PakIntegrasiForm {
  return { akKonvensional: '', jenjang: '', golongan: '', nilaiDasar: '', keterangan: '' };
}
function pengangkatanKosong(cpns: BarisCpnsForm[] = []): PengangkatanForm {
  return {
    jenis: '',
    penilaianCpns: pad(cpns, BARIS_CPNS_MINIMAL, barisKosongCpns),
    predikat: '',
    bulanDalamGolongan: '',
    pangkatPuncak: false,
    angkaKredit: '',
    sumber: '',
  };
}
function pendidikanKosong(): PendidikanForm {
  return { tanggal: '', pendidikan: '', predikat: '', sudahPernahDiberikan: false };
}

/** Indices of `prefix.N.*` fields present in a flat form body, ascending. */
function indeksBaris(body: Body, prefix: string): number[] {
  const found = new Set<number>();
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d{1,4})\\.`);
  for (const key of Object.keys(body)) {
    const m = re.exec(key);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b).slice(0, BARIS_MAKSIMAL);
}

function pad<T>(rows: T[], minimal: number, kosong: () => T): T[] {
  const out = [...rows];
  while (out.length < minimal) out.push(kosong());
  return out;
}

export function formKosong(tanggalPerhitungan: string, jabatanFungsional: string): FormNilai {
  return {
    jabatanFungsional,
    jenjang: '',
    golongan: '',
    tmtPangkat: '',
    tmtJenjang: '',
    tanggalPerhitungan,
    desimal: '',
    angkaKreditAwal: pad([], BARIS_AK_AWAL_MINIMAL, barisKosongAk),
    penilaian: pad([], BARIS_PENILAIAN_MINIMAL, barisKosongPenilaian),
    pernyataan: pernyataanKosong(),
    identitas: { nama: '', nip: '', unitKerja: '', instansi: '' },
    pakIntegrasi: pakKosong(),
    pengangkatan: pengangkatanKosong(),
    peningkatanPendidikan: pendidikanKosong(),
    riwayat: pad([], BARIS_RIWAYAT_MINIMAL, barisKosongRiwayat),
    proyeksi: { predikat: '', perTahun: pad([], BARIS_PER_TAHUN_MINIMAL, barisKosongPerTahun) },
    lainnya: '',
    lainnyaKunci: [],
  };
}

/** A posted form (urlencoded, flat dotted names) as the values to show again. Rows are kept in their places, blanks included. */
export function nilaiDariForm(body: Body): FormNilai {
  const ak = indeksBaris(body, 'angkaKreditAwal').map((i) => ({
    jenis: teks(body[`angkaKreditAwal.${i}.jenis`]),
    uraian: teks(body[`angkaKreditAwal.${i}.uraian`]),
    angkaKredit: teks(body[`angkaKreditAwal.${i}.angkaKredit`]),
  }));
  const pn = indeksBaris(body, 'penilaian').map((i) => ({
    mulai: teks(body[`penilaian.${i}.mulai`]),
    selesai: teks(body[`penilaian.${i}.selesai`]),
    predikat: teks(body[`penilaian.${i}.predikat`]),
    jenjang: teks(body[`penilaian.${i}.jenjang`]),
  }));
  const cpns = indeksBaris(body, 'pengangkatan.penilaianCpns').map((i) => ({
    mulai: teks(body[`pengangkatan.penilaianCpns.${i}.mulai`]),
    selesai: teks(body[`pengangkatan.penilaianCpns.${i}.selesai`]),
    predikat: teks(body[`pengangkatan.penilaianCpns.${i}.predikat`]),
  }));
  const rw = indeksBaris(body, 'riwayat').map((i) => ({
    tanggal: teks(body[`riwayat.${i}.tanggal`]),
    jenis: teks(body[`riwayat.${i}.jenis`]),
    golongan: teks(body[`riwayat.${i}.golongan`]),
    jenjang: teks(body[`riwayat.${i}.jenjang`]),
  }));
  const pt = indeksBaris(body, 'proyeksi.perTahun').map((i) => ({
    tahun: teks(body[`proyeksi.perTahun.${i}.tahun`]),
    predikat: teks(body[`proyeksi.perTahun.${i}.predikat`]),
  }));
  const pg = (k: string) => teks(body[`pengangkatan.${k}`]);
  const pd = (k: string) => teks(body[`peningkatanPendidikan.${k}`]);
  return {
    jabatanFungsional: teks(body.jabatanFungsional),
    jenjang: teks(body.jenjang),
    golongan: teks(body.golongan),
    tmtPangkat: teks(body.tmtPangkat),
    tmtJenjang: teks(body.tmtJenjang),
    tanggalPerhitungan: teks(body.tanggalPerhitungan),
    desimal: teks(body['tampilan.desimal']),
    angkaKreditAwal: ak,
    penilaian: pn,
    pernyataan: Object.fromEntries(PERNYATAAN.map((k) => [k, pilihan(teks(body[`pernyataan.${k}`]))])) as FormNilai['pernyataan'],
    identitas: Object.fromEntries(IDENTITAS.map((k) => [k, teks(body[`identitas.${k}`])])) as FormNilai['identitas'],
    pakIntegrasi: Object.fromEntries(PAK.map((k) => [k, teks(body[`pakIntegrasi.${k}`])])) as unknown as PakIntegrasiForm,
    pengangkatan: {
      jenis: pg('jenis'),
      penilaianCpns: cpns,
      predikat: pg('predikat'),
      bulanDalamGolongan: pg('bulanDalamGolongan'),
      pangkatPuncak: pg('pangkatPuncak') !== '',
      angkaKredit: pg('angkaKredit'),
      sumber: pg('sumber'),
    },
    peningkatanPendidikan: {
      tanggal: pd('tanggal'),
      pendidikan: pd('pendidikan'),
      predikat: pd('predikat'),
      sudahPernahDiberikan: pd('sudahPernahDiberikan') !== '',
    },
    riwayat: rw,
    proyeksi: { predikat: teks(body['proyeksi.predikat']), perTahun: pt },
    ...lainnyaDari(bacaLainnya(teks(body.lainnya))),
  };
}

function lainnyaDari(extra: Record<string, unknown>): Pick<FormNilai, 'lainnya' | 'lainnyaKunci'> {
  const p = extra.proyeksi;
  const kunci = Object.keys(extra).flatMap((k) =>
    k === 'proyeksi' && p && typeof p === 'object' && !Array.isArray(p) ? Object.keys(p).map((x) => `proyeksi.${x}`) : [k],
  );
  return { lainnya: kunci.length > 0 ? JSON.stringify(extra) : '', lainnyaKunci: kunci };
}

const akKosong = (r: BarisAkAwalForm) => r.angkaKredit.trim() === '' && r.uraian.trim() === '';
const penilaianKosong = (r: BarisPenilaianForm) => r.mulai.trim() === '' && r.selesai.trim() === '' && r.predikat.trim() === '';
const cpnsKosong = (r: BarisCpnsForm) => r.mulai.trim() === '' && r.selesai.trim() === '' && r.predikat.trim() === '';
const perTahunKosong = (r: BarisPerTahunForm) => r.tahun.trim() === '' && r.predikat.trim() === '';
const riwayatKosong = (r: BarisRiwayatForm) =>
  r.tanggal.trim() === '' && r.jenis.trim() === '' && r.golongan.trim() === '' && r.jenjang.trim() === '';
const isi = (...v: string[]) => v.some((x) => x.trim() !== '');

/** Whether each optional group has anything in it (a group left blank is not part of the input). */
export function adaIsian(n: FormNilai): {
  pakIntegrasi: boolean;
  pengangkatan: boolean;
  peningkatanPendidikan: boolean;
  riwayat: boolean;
  proyeksi: boolean;
} {
  const p = n.pengangkatan;
  return {
    pakIntegrasi: isi(...PAK.map((k) => n.pakIntegrasi[k])),
    pengangkatan: isi(p.jenis, p.predikat, p.bulanDalamGolongan, p.angkaKredit, p.sumber) || p.penilaianCpns.some((r) => !cpnsKosong(r)),
    peningkatanPendidikan: isi(n.peningkatanPendidikan.tanggal, n.peningkatanPendidikan.pendidikan, n.peningkatanPendidikan.predikat),
    riwayat: n.riwayat.some((r) => !riwayatKosong(r)),
    proyeksi: isi(n.proyeksi.predikat) || n.proyeksi.perTahun.some((r) => !perTahunKosong(r)),
  };
}

/** "36" as 36 for the validator; anything else as typed, so the message names the field. */
function bulanAngka(v: string): number | string | undefined {
  const t = v.trim();
  if (t === '') return undefined;
  return /^\d{1,4}$/.test(t) ? Number(t) : t;
}

/**
 * The pengangkatan group as the input document wants it: only the fields of the chosen jenis (without
 * JavaScript every field is shown; the others are ignored). Fields filled without a jenis are sent with
 * an empty jenis, so the validator asks for it instead of the input being silently dropped.
 */
function pengangkatanJson(p: PengangkatanForm, baris: number[]): MasukanJson['pengangkatan'] {
  switch (p.jenis) {
    case 'pertama':
      return {
        jenis: 'pertama',
        penilaianCpns: p.penilaianCpns.flatMap((r, i) => {
          if (cpnsKosong(r)) return [];
          baris.push(i);
          return [{ mulai: r.mulai, selesai: r.selesai, predikat: r.predikat }];
        }),
      };
    case 'perpindahan':
    case 'promosi':
      return {
        jenis: p.jenis,
        predikat: p.predikat,
        bulanDalamGolongan: bulanAngka(p.bulanDalamGolongan) as number,
        pangkatPuncak: p.pangkatPuncak,
      };
    case 'penyesuaian':
      return { jenis: 'penyesuaian', angkaKredit: p.angkaKredit, sumber: p.sumber };
    default:
      // An unknown or missing jenis goes to the validator as typed, which names the field.
      return { jenis: p.jenis } as unknown as MasukanJson['pengangkatan'];
  }
}

export interface MasukanDariForm {
  json: MasukanJson;
  /** For each input row, its row in the form: maps validator paths back to form fields. */
  baris: {
    angkaKreditAwal: number[];
    penilaian: number[];
    riwayat: number[];
    'pengangkatan.penilaianCpns': number[];
    'proyeksi.perTahun': number[];
  };
}

/** Form values as the input document the command line and the API accept; blank rows dropped. */
export function masukanDariNilai(n: FormNilai): MasukanDariForm {
  const baris: MasukanDariForm['baris'] = {
    angkaKreditAwal: [],
    penilaian: [],
    riwayat: [],
    'pengangkatan.penilaianCpns': [],
    'proyeksi.perTahun': [],
  };
  const angkaKreditAwal = n.angkaKreditAwal.flatMap((r, i) => {
    if (akKosong(r)) return [];
    baris.angkaKreditAwal.push(i);
    return [{ jenis: r.jenis as never, ...(r.uraian.trim() && { uraian: r.uraian }), angkaKredit: r.angkaKredit }];
  });
  const penilaian = n.penilaian.flatMap((r, i) => {
    if (penilaianKosong(r)) return [];
    baris.penilaian.push(i);
    return [{ mulai: r.mulai, selesai: r.selesai, predikat: r.predikat, ...(r.jenjang.trim() && { jenjang: r.jenjang }) }];
  });
  const identitas = Object.fromEntries(IDENTITAS.filter((k) => n.identitas[k].trim() !== '').map((k) => [k, n.identitas[k]]));
  const ada = adaIsian(n);
  const pak = n.pakIntegrasi;
  const pengangkatan = ada.pengangkatan ? pengangkatanJson(n.pengangkatan, baris['pengangkatan.penilaianCpns']) : undefined;
  const pend = n.peningkatanPendidikan;
  const riwayat = n.riwayat.flatMap((r, i) => {
    if (riwayatKosong(r)) return [];
    baris.riwayat.push(i);
    return [{ tanggal: r.tanggal, jenis: r.jenis as never, golongan: r.golongan, ...(r.jenjang.trim() && { jenjang: r.jenjang }) }];
  });
  const lainnya = n.lainnya ? bacaLainnya(n.lainnya) : {};
  // The assumed predikat and the per-year exceptions join whatever else of `proyeksi` travelled in `lainnya`.
  const proyeksiLain = lainnya.proyeksi && typeof lainnya.proyeksi === 'object' && !Array.isArray(lainnya.proyeksi) ? lainnya.proyeksi : {};
  const perTahun = n.proyeksi.perTahun.flatMap((r, i) => {
    if (perTahunKosong(r)) return [];
    baris['proyeksi.perTahun'].push(i);
    // "2026" as 2026 for the validator; anything else as typed, so the message names the field.
    return [{ tahun: (/^\d{4}$/.test(r.tahun.trim()) ? Number(r.tahun.trim()) : r.tahun) as number, predikat: r.predikat }];
  });
  const proyeksi = ada.proyeksi
    ? {
        ...proyeksiLain,
        ...(n.proyeksi.predikat.trim() !== '' && { predikat: n.proyeksi.predikat }),
        ...(perTahun.length > 0 && { perTahun }),
      }
    : lainnya.proyeksi;
  const json: MasukanJson = {
    ...lainnya,
    jabatanFungsional: n.jabatanFungsional,
    jenjang: n.jenjang,
    golongan: n.golongan,
    tmtPangkat: n.tmtPangkat,
    tmtJenjang: n.tmtJenjang,
    angkaKreditAwal,
    penilaian,
    // "Belum tahu" leaves the declaration out: not declared.
    pernyataan: Object.fromEntries(PERNYATAAN.filter((k) => n.pernyataan[k] !== '').map((k) => [k, n.pernyataan[k] === 'ya'])),
    tanggalPerhitungan: n.tanggalPerhitungan,
    ...(n.desimal !== '' && { tampilan: { desimal: Number(n.desimal) as 2 | 3 } }),
    ...(Object.keys(identitas).length > 0 && { identitas }),
    ...(ada.pakIntegrasi && {
      pakIntegrasi: {
        akKonvensional: pak.akKonvensional,
        jenjang: pak.jenjang,
        golongan: pak.golongan,
        ...(pak.nilaiDasar.trim() && { nilaiDasar: pak.nilaiDasar }),
        ...(pak.keterangan.trim() && { keterangan: pak.keterangan }),
      },
    }),
    ...(pengangkatan && { pengangkatan }),
    ...(ada.peningkatanPendidikan && {
      peningkatanPendidikan: {
        tanggal: pend.tanggal,
        ...(pend.pendidikan.trim() && { pendidikan: pend.pendidikan }),
        predikat: pend.predikat,
        sudahPernahDiberikan: pend.sudahPernahDiberikan,
      },
    }),
    ...(riwayat.length > 0 && { riwayat }),
    ...(proyeksi !== undefined && { proyeksi: proyeksi as MasukanJson['proyeksi'] }),
  };
  return { json, baris };
}

/** A validator path ("penilaian.1.mulai", counted over non-blank rows) as the form field it concerns. */
export function fieldForm(field: string, baris: MasukanDariForm['baris'] | undefined): string {
  const m = /^(angkaKreditAwal|penilaian|riwayat|pengangkatan\.penilaianCpns|proyeksi\.perTahun)\.(\d+)(\..*)?$/.exec(field);
  if (!m || !baris) return field;
  const row = baris[m[1] as keyof MasukanDariForm['baris']][Number(m[2])];
  return row === undefined ? field : `${m[1]}.${row}${m[3] ?? ''}`;
}

export interface FormProblems {
  /** Messages by form field name. */
  perField: Record<string, string[]>;
  /** Every message, in order, with the field it belongs to (for the summary at the top). */
  semua: { field: string; pesan: string; label: string }[];
}

export function formProblems(
  masalah: MasalahMasukan[],
  baris: MasukanDariForm['baris'] | undefined,
  label: (field: string) => string,
): FormProblems {
  const perField: Record<string, string[]> = {};
  const semua = masalah.map((m) => {
    const field = fieldForm(m.field, baris);
    (perField[field] ??= []).push(m.pesan);
    const l = label(field);
    // Messages that already name their field ("NIP: …") need no second label. A row's message names its
    // column ("Tanggal (TMT) wajib diisi."): the label then names only the row, so the column is said once.
    if (m.pesan.startsWith(`${l}:`) || m.pesan.startsWith(`${l} `)) return { field, pesan: m.pesan, label: '' };
    const koma = l.lastIndexOf(', ');
    const kolom = koma > 0 ? l.slice(koma + 2) : '';
    const namaKolom = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    if (kolom && namaKolom(m.pesan).startsWith(`${namaKolom(kolom)} `)) return { field, pesan: m.pesan, label: l.slice(0, koma) };
    return { field, pesan: m.pesan, label: l };
  });
  return { perField, semua };
}

/**
 * Any input document (a saved file, the hidden field of a result page) as form values, tolerant of
 * missing or mistyped parts: the form shows what it can and validation reports the rest.
 */
export function nilaiDariJson(data: unknown, tanggalDefault: string, jfDefault: string): FormNilai {
  const o = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const arr = (v: unknown) => (Array.isArray(v) ? v.slice(0, BARIS_MAKSIMAL).map(obj) : []);
  const ak = arr(o.angkaKreditAwal).map((r) => ({ jenis: teks(r.jenis), uraian: teks(r.uraian), angkaKredit: teks(r.angkaKredit) }));
  const pn = arr(o.penilaian).map((r) => ({
    mulai: teks(r.mulai),
    selesai: teks(r.selesai),
    predikat: teks(r.predikat),
    jenjang: teks(r.jenjang),
  }));
  const pernyataan = obj(o.pernyataan);
  const identitas = obj(o.identitas);
  const pak = obj(o.pakIntegrasi);
  const pg = obj(o.pengangkatan);
  const pd = obj(o.peningkatanPendidikan);
  const cpns = arr(pg.penilaianCpns).map((r) => ({ mulai: teks(r.mulai), selesai: teks(r.selesai), predikat: teks(r.predikat) }));
  const rw = arr(o.riwayat).map((r) => ({
    tanggal: teks(r.tanggal),
    jenis: teks(r.jenis),
    golongan: teks(r.golongan),
    jenjang: teks(r.jenjang),
  }));
  return {
    jabatanFungsional: teks(o.jabatanFungsional) || jfDefault,
    jenjang: teks(o.jenjang),
    golongan: teks(o.golongan),
    tmtPangkat: teks(o.tmtPangkat),
    tmtJenjang: teks(o.tmtJenjang),
    tanggalPerhitungan: teks(o.tanggalPerhitungan) || tanggalDefault,
    desimal: teks(obj(o.tampilan).desimal),
    angkaKreditAwal: pad(
      [...ak, ...Array.from({ length: BARIS_KOSONG_TAMBAHAN - 1 }, barisKosongAk)],
      BARIS_AK_AWAL_MINIMAL,
      barisKosongAk,
    ),
    penilaian: pad(
      [...pn, ...Array.from({ length: BARIS_KOSONG_TAMBAHAN }, barisKosongPenilaian)],
      BARIS_PENILAIAN_MINIMAL,
      barisKosongPenilaian,
    ),
    pernyataan: Object.fromEntries(
      PERNYATAAN.map((k) => [k, pernyataan[k] === true ? 'ya' : pernyataan[k] === false ? 'tidak' : '']),
    ) as FormNilai['pernyataan'],
    identitas: Object.fromEntries(IDENTITAS.map((k) => [k, teks(identitas[k])])) as FormNilai['identitas'],
    pakIntegrasi: Object.fromEntries(PAK.map((k) => [k, teks(pak[k])])) as unknown as PakIntegrasiForm,
    pengangkatan: {
      ...pengangkatanKosong([...cpns, ...Array.from({ length: BARIS_KOSONG_TAMBAHAN - 1 }, barisKosongCpns)]),
      jenis: teks(pg.jenis),
      predikat: teks(pg.predikat),
      bulanDalamGolongan: teks(pg.bulanDalamGolongan),
      pangkatPuncak: pg.pangkatPuncak === true,
      angkaKredit: teks(pg.angkaKredit),
      sumber: teks(pg.sumber),
    },
    peningkatanPendidikan: {
      tanggal: teks(pd.tanggal),
      pendidikan: teks(pd.pendidikan),
      predikat: teks(pd.predikat),
      sudahPernahDiberikan: pd.sudahPernahDiberikan === true,
    },
    riwayat: pad(
      [...rw, ...Array.from({ length: BARIS_KOSONG_TAMBAHAN - 1 }, barisKosongRiwayat)],
      BARIS_RIWAYAT_MINIMAL,
      barisKosongRiwayat,
    ),
    proyeksi: {
      predikat: teks(obj(o.proyeksi).predikat),
      perTahun: pad(
        [...arr(obj(o.proyeksi).perTahun).map((r) => ({ tahun: teks(r.tahun), predikat: teks(r.predikat) })), barisKosongPerTahun()],
        BARIS_PER_TAHUN_MINIMAL,
        barisKosongPerTahun,
      ),
    },
    ...lainnyaDari(sisaDokumen(o)),
  };
}

/** A re-shown form keeps its rows but always offers blank ones to add to. */
export function denganBarisKosong(n: FormNilai): FormNilai {
  const akBlank = n.angkaKreditAwal.filter(akKosong).length;
  const pnBlank = n.penilaian.filter(penilaianKosong).length;
  const cpnsBlank = n.pengangkatan.penilaianCpns.filter(cpnsKosong).length;
  const rwBlank = n.riwayat.filter(riwayatKosong).length;
  const ptBlank = n.proyeksi.perTahun.filter(perTahunKosong).length;
  return {
    ...n,
    proyeksi: {
      ...n.proyeksi,
      perTahun: pad(
        [...n.proyeksi.perTahun, ...Array.from({ length: Math.max(0, 1 - ptBlank) }, barisKosongPerTahun)],
        BARIS_PER_TAHUN_MINIMAL,
        barisKosongPerTahun,
      ),
    },
    pengangkatan: {
      ...n.pengangkatan,
      penilaianCpns: pad(
        [...n.pengangkatan.penilaianCpns, ...Array.from({ length: Math.max(0, 1 - cpnsBlank) }, barisKosongCpns)],
        BARIS_CPNS_MINIMAL,
        barisKosongCpns,
      ),
    },
    riwayat: pad(
      [...n.riwayat, ...Array.from({ length: Math.max(0, 1 - rwBlank) }, barisKosongRiwayat)],
      BARIS_RIWAYAT_MINIMAL,
      barisKosongRiwayat,
    ),
    angkaKreditAwal: pad(
      [...n.angkaKreditAwal, ...Array.from({ length: Math.max(0, 1 - akBlank) }, barisKosongAk)],
      BARIS_AK_AWAL_MINIMAL,
      barisKosongAk,
    ),
    penilaian: pad(
      [...n.penilaian, ...Array.from({ length: Math.max(0, BARIS_KOSONG_TAMBAHAN - pnBlank) }, barisKosongPenilaian)],
      BARIS_PENILAIAN_MINIMAL,
      barisKosongPenilaian,
    ),
  };
}
