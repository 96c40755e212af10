// The input documents the batch builds itself (orang.ts) have one known shape, and their cells were
// already read and checked there. For those, the zod schema (src/input/schema.ts) is replaced by this
// direct check, which accepts a document only when every rule of the schema for the fields present
// holds, and then builds exactly the object zod would return (same keys, same order, same defaults).
// Any other document, and any that fails a check, goes to bacaMasukan, which gives the messages.
// tests/batch/masukan-cepat.test.ts compares both on generated units and on documents varied around
// every limit. Profiled, zod was about 9% of a batch person's time.
import { JENIS_AK_AWAL } from '../domain/masukan.ts';
import { bacaMasukan } from '../input/parse.ts';
import { periksaNip } from '../input/nip.ts';
import { bulanSah, periksaAngka, tanggalSah, TEKS_MAKS } from '../input/batas.ts';
import { KUNCI_MASUKAN_POKOK, type MasukanJson } from '../input/schema.ts';

type Terbaca = ReturnType<typeof bacaMasukan>;

const KUNCI_MASUKAN = new Set<string>([...KUNCI_MASUKAN_POKOK, 'identitas']);
/** The declarations a batch row can carry, in the schema's order. */
const URUTAN_PERNYATAAN = ['lulusUjiKompetensi', 'formasiTersedia', 'bebasHukumanDisiplin'] as const;
const KUNCI_PERNYATAAN = new Set<string>(URUTAN_PERNYATAAN);
const KUNCI_AK = new Set(['jenis', 'angkaKredit']);
const KUNCI_PERIODE = new Set(['mulai', 'selesai', 'predikat', 'jenjang']);
const KUNCI_IDENTITAS = new Set(['nama', 'nip', 'unitKerja', 'instansi']);
const JENIS = new Set<string>(JENIS_AK_AWAL);

const teks = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : undefined);
/** A required text within the schema's bound (src/input/batas.ts wajib). */
const wajib = (v: unknown): string | undefined => {
  const s = teks(v);
  return s && s.length <= TEKS_MAKS ? s : undefined;
};
const tanggal = (v: unknown): string | undefined => {
  const s = wajib(v);
  return s && tanggalSah(s) ? s : undefined;
};
const bulan = (v: unknown): string | undefined => {
  const s = wajib(v);
  return s && bulanSah(s) ? s : undefined;
};
/** An optional text of at most `max` characters: [ok, value]. */
const opsional = (v: unknown, max: number): [boolean, string | undefined] => {
  if (v === undefined) return [true, undefined];
  const s = teks(v);
  return s !== undefined && s.length <= max ? [true, s] : [false, undefined];
};
const hanyaKunci = (o: object, boleh: Set<string>) => {
  for (const k in o) if (!boleh.has(k)) return false;
  return true;
};

export function fastMasukan(d: MasukanJson): Terbaca['mentah'] | undefined {
  if (typeof d !== 'object' || d === null || !hanyaKunci(d, KUNCI_MASUKAN)) return undefined;
  const jabatanFungsional = wajib(d.jabatanFungsional);
  const jenjang = wajib(d.jenjang);
  const golongan = wajib(d.golongan);
  const tmtPangkat = tanggal(d.tmtPangkat);
  const tmtJenjang = tanggal(d.tmtJenjang);
  const tanggalPerhitungan = tanggal(d.tanggalPerhitungan);
  if (!jabatanFungsional || !jenjang || !golongan || !tmtPangkat || !tmtJenjang || !tanggalPerhitungan) return undefined;

  const akAwal = d.angkaKreditAwal ?? [];
  if (!Array.isArray(akAwal) || akAwal.length > 50) return undefined;
  const angkaKreditAwal: Terbaca['mentah']['angkaKreditAwal'] = [];
  for (const a of akAwal) {
    if (
      typeof a !== 'object' ||
      a === null ||
      !hanyaKunci(a, KUNCI_AK) ||
      !JENIS.has(a.jenis as string) ||
      typeof a.angkaKredit !== 'string'
    )
      return undefined;
    const angkaKredit = a.angkaKredit.trim();
    if (periksaAngka(angkaKredit)) return undefined;
    angkaKreditAwal.push({ jenis: a.jenis as (typeof JENIS_AK_AWAL)[number], angkaKredit });
  }

  const daftar = d.penilaian ?? [];
  if (!Array.isArray(daftar) || daftar.length > 600) return undefined;
  const penilaian: Terbaca['mentah']['penilaian'] = [];
  for (const p of daftar) {
    if (typeof p !== 'object' || p === null || !hanyaKunci(p, KUNCI_PERIODE)) return undefined;
    const mulai = bulan(p.mulai);
    const selesai = bulan(p.selesai);
    const predikat = wajib(p.predikat);
    if (!mulai || !selesai || !predikat) return undefined;
    // zod leaves an absent optional key out of its output: so here.
    if (p.jenjang === undefined) {
      penilaian.push({ mulai, selesai, predikat } as (typeof penilaian)[number]);
      continue;
    }
    const j = teks(p.jenjang);
    if (j === undefined || j.length > TEKS_MAKS) return undefined;
    penilaian.push({ mulai, selesai, predikat, jenjang: j || undefined });
  }

  // A declaration is true, false or null; an absent (or blank-cell, undefined) one is left out, as zod does.
  const n = d.pernyataan ?? {};
  if (typeof n !== 'object' || n === null || !hanyaKunci(n, KUNCI_PERNYATAAN)) return undefined;
  const pernyataan: Terbaca['mentah']['pernyataan'] = {};
  for (const k of URUTAN_PERNYATAAN) {
    const v = n[k];
    if (v === undefined) continue;
    if (typeof v !== 'boolean' && v !== null) return undefined;
    pernyataan[k] = v;
  }

  const hasil: Terbaca['mentah'] = {
    jabatanFungsional,
    jenjang,
    golongan,
    tmtPangkat,
    tmtJenjang,
    angkaKreditAwal,
    penilaian,
    pernyataan,
    tanggalPerhitungan,
    riwayat: [],
  };
  const i = d.identitas;
  if (i !== undefined) {
    if (typeof i !== 'object' || i === null || !hanyaKunci(i, KUNCI_IDENTITAS)) return undefined;
    const [okNama, nama] = opsional(i.nama, 150);
    const [okUnit, unitKerja] = opsional(i.unitKerja, 200);
    const [okInstansi, instansi] = opsional(i.instansi, 200);
    if (!okNama || !okUnit || !okInstansi) return undefined;
    let nip: string | undefined;
    if (i.nip !== undefined) {
      const s = teks(i.nip);
      if (s === undefined || s.length > TEKS_MAKS) return undefined;
      nip = s ? s.replace(/\s+/g, '') : undefined;
      if (nip !== undefined && periksaNip(nip)) return undefined;
    }
    const identitas: NonNullable<Terbaca['mentah']['identitas']> = {};
    if (i.nama !== undefined) identitas.nama = nama;
    if (i.nip !== undefined) identitas.nip = nip;
    if (i.unitKerja !== undefined) identitas.unitKerja = unitKerja;
    if (i.instansi !== undefined) identitas.instansi = instansi;
    hasil.identitas = identitas;
  }
  return hasil;
}

/** bacaMasukan for the batch's own documents: the same result, without zod when the document is plainly valid. */
export function readBatchMasukan(d: MasukanJson): Terbaca {
  const mentah = fastMasukan(d);
  if (!mentah) return bacaMasukan(d);
  // As bacaMasukan splits zod's output (tampilan and identitas are not the engine's input).
  const { tampilan, identitas, ...masukan } = mentah;
  return {
    masukan: masukan as Terbaca['masukan'],
    opsi: tampilan?.desimal ? { desimal: tampilan.desimal } : {},
    identitas: identitas ?? {},
    mentah,
  };
}
