// The calculator form and the input JSON, both ways. Form fields are named by the same dotted paths
// the validator reports ("penilaian.2.mulai"), so every message lands beside its field. Blank table
// rows (the form works without JavaScript, with a fixed number of rows) are dropped before validation
// and each remaining row remembers its place in the form.
import type { MasukanJson } from '../input/schema.ts';
import type { MasalahMasukan } from '../domain/galat.ts';

export interface BarisAkAwalForm { jenis: string; uraian: string; angkaKredit: string }
export interface BarisPenilaianForm { mulai: string; selesai: string; predikat: string; jenjang: string }

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
  pernyataan: { lulusUjiKompetensi: boolean; formasiTersedia: boolean; bebasHukumanDisiplin: boolean; kenaikanPangkatTanpaFormasiSudahDigunakan: boolean };
  identitas: { nama: string; nip: string; unitKerja: string; instansi: string };
  /**
   * Parts of the input document the form has no fields for (e.g. pakIntegrasi, riwayat), as JSON,
   * carried in a hidden field so that reopening and saving a file never loses them.
   */
  lainnya: string;
  lainnyaKunci: string[];
}

/** Top-level keys of the input document that the form edits; any other key travels in `lainnya`. */
const KUNCI_FORM = new Set(['jabatanFungsional', 'jenjang', 'golongan', 'tmtPangkat', 'tmtJenjang', 'angkaKreditAwal', 'penilaian', 'pernyataan', 'tanggalPerhitungan', 'tampilan', 'identitas']);

function bacaLainnya(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v).filter(([k]) => !KUNCI_FORM.has(k)));
  } catch {
    return {};
  }
}

/** Rows shown without JavaScript: enough for two years of quarterly or three of yearly periods, plus spare. */
export const BARIS_PENILAIAN_MINIMAL = 6;
export const BARIS_AK_AWAL_MINIMAL = 3;
export const BARIS_KOSONG_TAMBAHAN = 2;
/** More rows than this in one form post is not a person typing. */
const BARIS_MAKSIMAL = 600;

const PERNYATAAN = ['lulusUjiKompetensi', 'formasiTersedia', 'bebasHukumanDisiplin', 'kenaikanPangkatTanpaFormasiSudahDigunakan'] as const;
const IDENTITAS = ['nama', 'nip', 'unitKerja', 'instansi'] as const;

type Body = Record<string, unknown>;

function teks(v: unknown): string {
  if (Array.isArray(v)) return teks(v[0]);
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function barisKosongAk(): BarisAkAwalForm {
  return { jenis: '', uraian: '', angkaKredit: '' };
}
function barisKosongPenilaian(): BarisPenilaianForm {
  return { mulai: '', selesai: '', predikat: '', jenjang: '' };
}

/** Indices of `prefix.N.*` fields present in a flat form body, ascending. */
function indeksBaris(body: Body, prefix: string): number[] {
  const found = new Set<number>();
  const re = new RegExp(`^${prefix}\\.(\\d{1,4})\\.`);
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
    jabatanFungsional, jenjang: '', golongan: '', tmtPangkat: '', tmtJenjang: '', tanggalPerhitungan, desimal: '',
    angkaKreditAwal: pad([], BARIS_AK_AWAL_MINIMAL, barisKosongAk),
    penilaian: pad([], BARIS_PENILAIAN_MINIMAL, barisKosongPenilaian),
    pernyataan: { lulusUjiKompetensi: false, formasiTersedia: false, bebasHukumanDisiplin: false, kenaikanPangkatTanpaFormasiSudahDigunakan: false },
    identitas: { nama: '', nip: '', unitKerja: '', instansi: '' },
    lainnya: '', lainnyaKunci: [],
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
    pernyataan: Object.fromEntries(PERNYATAAN.map((k) => [k, teks(body[`pernyataan.${k}`]) !== ''])) as FormNilai['pernyataan'],
    identitas: Object.fromEntries(IDENTITAS.map((k) => [k, teks(body[`identitas.${k}`])])) as FormNilai['identitas'],
    ...lainnyaDari(bacaLainnya(teks(body.lainnya))),
  };
}

function lainnyaDari(extra: Record<string, unknown>): Pick<FormNilai, 'lainnya' | 'lainnyaKunci'> {
  const kunci = Object.keys(extra);
  return { lainnya: kunci.length > 0 ? JSON.stringify(extra) : '', lainnyaKunci: kunci };
}

const akKosong = (r: BarisAkAwalForm) => r.angkaKredit.trim() === '' && r.uraian.trim() === '';
const penilaianKosong = (r: BarisPenilaianForm) => r.mulai.trim() === '' && r.selesai.trim() === '' && r.predikat.trim() === '';

export interface MasukanDariForm {
  json: MasukanJson;
  /** For each input row, its row in the form: maps validator paths back to form fields. */
  baris: { angkaKreditAwal: number[]; penilaian: number[] };
}

/** Form values as the input document the command line and the API accept; blank rows dropped. */
export function masukanDariNilai(n: FormNilai): MasukanDariForm {
  const baris = { angkaKreditAwal: [] as number[], penilaian: [] as number[] };
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
  const json: MasukanJson = {
    ...(n.lainnya ? bacaLainnya(n.lainnya) : {}),
    jabatanFungsional: n.jabatanFungsional,
    jenjang: n.jenjang,
    golongan: n.golongan,
    tmtPangkat: n.tmtPangkat,
    tmtJenjang: n.tmtJenjang,
    angkaKreditAwal,
    penilaian,
    pernyataan: { ...n.pernyataan },
    tanggalPerhitungan: n.tanggalPerhitungan,
    ...(n.desimal !== '' && { tampilan: { desimal: Number(n.desimal) as 2 | 3 } }),
    ...(Object.keys(identitas).length > 0 && { identitas }),
  };
  return { json, baris };
}

/** A validator path ("penilaian.1.mulai", counted over non-blank rows) as the form field it concerns. */
export function fieldForm(field: string, baris: MasukanDariForm['baris'] | undefined): string {
  const m = /^(angkaKreditAwal|penilaian)\.(\d+)(\..*)?$/.exec(field);
  if (!m || !baris) return field;
  const row = baris[m[1] as 'angkaKreditAwal' | 'penilaian'][Number(m[2])];
  return row === undefined ? field : `${m[1]}.${row}${m[3] ?? ''}`;
}

export interface GalatForm {
  /** Messages by form field name. */
  perField: Record<string, string[]>;
  /** Every message, in order, with the field it belongs to (for the summary at the top). */
  semua: { field: string; pesan: string; label: string }[];
}

export function galatForm(masalah: MasalahMasukan[], baris: MasukanDariForm['baris'] | undefined, label: (field: string) => string): GalatForm {
  const perField: Record<string, string[]> = {};
  const semua = masalah.map((m) => {
    const field = fieldForm(m.field, baris);
    (perField[field] ??= []).push(m.pesan);
    const l = label(field);
    // Messages that already name their field ("NIP: …") need no second label.
    return { field, pesan: m.pesan, label: m.pesan.startsWith(`${l}:`) || m.pesan.startsWith(`${l} `) ? '' : l };
  });
  return { perField, semua };
}

/**
 * Any input document (a saved file, the hidden field of a result page) as form values, tolerant of
 * missing or mistyped parts: the form shows what it can and validation reports the rest.
 */
export function nilaiDariJson(data: unknown, tanggalDefault: string, jfDefault: string): FormNilai {
  const o = (data && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : {});
  const arr = (v: unknown) => (Array.isArray(v) ? v.slice(0, BARIS_MAKSIMAL).map(obj) : []);
  const ak = arr(o.angkaKreditAwal).map((r) => ({ jenis: teks(r.jenis), uraian: teks(r.uraian), angkaKredit: teks(r.angkaKredit) }));
  const pn = arr(o.penilaian).map((r) => ({ mulai: teks(r.mulai), selesai: teks(r.selesai), predikat: teks(r.predikat), jenjang: teks(r.jenjang) }));
  const pernyataan = obj(o.pernyataan);
  const identitas = obj(o.identitas);
  return {
    jabatanFungsional: teks(o.jabatanFungsional) || jfDefault,
    jenjang: teks(o.jenjang),
    golongan: teks(o.golongan),
    tmtPangkat: teks(o.tmtPangkat),
    tmtJenjang: teks(o.tmtJenjang),
    tanggalPerhitungan: teks(o.tanggalPerhitungan) || tanggalDefault,
    desimal: teks(obj(o.tampilan).desimal),
    angkaKreditAwal: pad([...ak, ...Array.from({ length: BARIS_KOSONG_TAMBAHAN - 1 }, barisKosongAk)], BARIS_AK_AWAL_MINIMAL, barisKosongAk),
    penilaian: pad([...pn, ...Array.from({ length: BARIS_KOSONG_TAMBAHAN }, barisKosongPenilaian)], BARIS_PENILAIAN_MINIMAL, barisKosongPenilaian),
    pernyataan: Object.fromEntries(PERNYATAAN.map((k) => [k, pernyataan[k] === true])) as FormNilai['pernyataan'],
    identitas: Object.fromEntries(IDENTITAS.map((k) => [k, teks(identitas[k])])) as FormNilai['identitas'],
    ...lainnyaDari(Object.fromEntries(Object.entries(o).filter(([k]) => !KUNCI_FORM.has(k)))),
  };
}

/** A re-shown form keeps its rows but always offers blank ones to add to. */
export function denganBarisKosong(n: FormNilai): FormNilai {
  const akBlank = n.angkaKreditAwal.filter(akKosong).length;
  const pnBlank = n.penilaian.filter(penilaianKosong).length;
  return {
    ...n,
    angkaKreditAwal: pad([...n.angkaKreditAwal, ...Array.from({ length: Math.max(0, 1 - akBlank) }, barisKosongAk)], BARIS_AK_AWAL_MINIMAL, barisKosongAk),
    penilaian: pad([...n.penilaian, ...Array.from({ length: Math.max(0, BARIS_KOSONG_TAMBAHAN - pnBlank) }, barisKosongPenilaian)], BARIS_PENILAIAN_MINIMAL, barisKosongPenilaian),
  };
}
