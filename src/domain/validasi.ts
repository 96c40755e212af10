// Checking figures someone else computed (validasi): an HR officer types the Angka Kredit written on a
// Konversi or Akumulasi document and learns, figure by figure, whether it is right.
//
// Rule (rules/pembulatan.yaml `validasi`, a project decision): a claim is right when it equals the exact
// value rounded half-up to the number of decimals the claim itself uses. 25/12 → "2,08" and "2,083" are
// right, "2,09" is wrong. A claim with fewer decimals than the smallest display choice of the rounding
// policy (0 or 1 decimals: "12,5") is a claim of an exact value and must equal it exactly. A claim with
// more decimals than the policy offers ("2,0833") is held to the same rule at its own precision: rounding
// is never looser than what the claim shows.
import type { Aturan } from './aturan.ts';
import type { Angka, Hasil, Rujukan } from './hasil.ts';
import { formatDesimal } from './format.ts';
import { Pecahan } from './pecahan.ts';
import { Decimal } from 'decimal.js';
import { rujuk } from './rujukan.ts';

/** A figure as written on a document: "2,083", "2.083", "1.050,000" or "12,5". */
export interface Klaim {
  /** What the figure is for, e.g. "konversi.1" or "kumulatif". */
  id: string;
  tertulis: string;
}

export interface HasilKlaim {
  id: string;
  /** What the figure is, in words ("Periode 1 (Januari–Februari 2024)"). */
  uraian: string;
  tertulis: string;
  /** undefined when the claim is not a number; then benar is false and pesan says why. */
  desimalKlaim?: number;
  benar: boolean;
  /** The right value written with the claim's decimals (or exact, for a claim that must be exact). */
  seharusnya: string;
  /** How the claim was compared. */
  cara: 'pembulatan' | 'eksak';
  nilai: Angka;
  rumus: string;
  pesan: string;
}

export interface HasilValidasi {
  klaim: HasilKlaim[];
  semuaBenar: boolean;
  jumlahBenar: number;
  jumlahSalah: number;
  aturan: string;
  sumber: Rujukan;
}

/**
 * Reads a written figure. With a comma, the comma is the decimal mark and dots group thousands
 * ("1.050,000"); without one, a single dot or nothing: "2.083" is read as 2,083, as people type on
 * English keyboards. Anything else is not a number.
 */
export function bacaKlaim(tertulis: string): { nilai: Pecahan; desimal: number } | undefined {
  const t = tertulis.trim().replace(/\s+/g, '');
  let normal: string;
  if (/^\d{1,3}(\.\d{3})*,\d+$|^\d+,\d+$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+,?$/.test(t) && t.split('.').length > 2) normal = t.replace(/\./g, '').replace(',', '');
  else if (/^\d+(\.\d+)?$/.test(t)) normal = t;
  else return undefined;
  const desimal = normal.includes('.') ? normal.split('.')[1]!.length : 0;
  return { nilai: Pecahan.dari(normal), desimal };
}

/** Checks one written figure against the exact value; `pilihanDesimal` is the rounding policy's display choices. */
export function periksaKlaim(pasti: Pecahan, tertulis: string, pilihanDesimal: number[]): Omit<HasilKlaim, 'id' | 'uraian' | 'nilai' | 'rumus'> {
  const terbaca = bacaKlaim(tertulis);
  const minimal = Math.min(...pilihanDesimal);
  const eksakTeks = pasti.isDesimalHingga() ? formatDesimal(new Decimal(pasti.toString())) : undefined;
  if (!terbaca) {
    return {
      tertulis, benar: false, cara: 'pembulatan',
      seharusnya: formatDesimal(pasti.bulatkan(Math.max(...pilihanDesimal)), Math.max(...pilihanDesimal)),
      pesan: `"${tertulis}" bukan angka; tulis seperti 2,083 atau 12,5.`,
    };
  }
  const { nilai, desimal } = terbaca;
  if (desimal < minimal) {
    const benar = nilai.eq(pasti);
    const seharusnya = eksakTeks ?? formatDesimal(pasti.bulatkan(minimal), minimal);
    return {
      tertulis, desimalKlaim: desimal, benar, cara: 'eksak', seharusnya,
      pesan: benar
        ? `Benar: sama persis dengan nilai eksak.`
        : eksakTeks
          ? `Salah: angka dengan ${desimal} desimal harus sama persis dengan nilai eksak ${eksakTeks}.`
          : `Salah: angka dengan ${desimal} desimal harus eksak, padahal nilai ini tidak berhingga desimalnya; tulis paling sedikit ${minimal} desimal, mis. ${seharusnya}.`,
    };
  }
  const dibulatkan = pasti.bulatkan(desimal);
  const seharusnya = formatDesimal(dibulatkan, desimal);
  const benar = nilai.eq(Pecahan.dari(dibulatkan));
  return {
    tertulis, desimalKlaim: desimal, benar, cara: 'pembulatan', seharusnya,
    pesan: benar
      ? `Benar: nilai eksak dibulatkan setengah ke atas ke ${desimal} desimal adalah ${seharusnya}.`
      : `Salah: nilai eksak dibulatkan setengah ke atas ke ${desimal} desimal adalah ${seharusnya}.`,
  };
}

/** The figures a document may state, by id: each period's konversi, their sum, and the cumulative total. */
function nilaiDariHasil(hasil: Hasil): Map<string, { uraian: string; angka: Angka; rumus: string }> {
  const m = new Map<string, { uraian: string; angka: Angka; rumus: string }>();
  for (const k of hasil.konversi) {
    m.set(`konversi.${k.nomor}`, { uraian: `Periode ${k.nomor} (${k.periode}, ${k.predikat.nama})`, angka: k.angkaKredit, rumus: k.rumus });
  }
  const jumlah = hasil.langkah.find((l) => l.id === 'jumlah-konversi');
  m.set('jumlahKonversi', {
    uraian: 'Jumlah angka kredit konversi dalam jenjang',
    angka: hasil.akumulasi.konversiDalamJenjang,
    rumus: jumlah && jumlah.masukan.length > 0 ? `${jumlah.masukan.map((x) => x.nilai).join(' + ')} (dijumlahkan eksak) = ${jumlah.hasil}` : '0',
  });
  const kumulatif = hasil.langkah.find((l) => l.id === 'kumulatif');
  m.set('kumulatif', { uraian: 'Angka kredit kumulatif (AK awal + konversi dalam jenjang)', angka: hasil.akumulasi.kumulatif, rumus: kumulatif?.rumus ?? '' });
  return m;
}

/** Reads an exact value back from its Angka (a finite decimal or a reduced fraction). */
export function pecahanDari(a: Angka): Pecahan {
  const [n, d] = a.pasti.split('/');
  return d === undefined ? Pecahan.dari(n!) : Pecahan.bagi(n!, d);
}

/** The checking rule in words, from the rounding policy's display choices. */
export function uraianAturanValidasi(pilihanDesimal: number[]): string {
  const minimal = Math.min(...pilihanDesimal);
  return `Angka yang tertulis benar bila sama dengan nilai eksak yang dibulatkan setengah ke atas ke jumlah desimal angka itu sendiri (${pilihanDesimal.join(' atau ')} desimal; angka dengan lebih banyak desimal diperiksa dengan cara yang sama pada ketelitiannya). Angka dengan kurang dari ${minimal} desimal harus sama persis dengan nilai eksak.`;
}

export function validasi(aturan: Aturan, hasil: Hasil, klaim: Klaim[]): HasilValidasi {
  const nilai = nilaiDariHasil(hasil);
  const { pilihanDesimal } = aturan.pembulatan;
  const hasilKlaim = klaim.filter((k) => k.tertulis.trim() !== '').map((k): HasilKlaim => {
    const n = nilai.get(k.id);
    if (!n) throw new RangeError(`klaim tidak dikenal: ${k.id}`);
    return { id: k.id, uraian: n.uraian, nilai: n.angka, rumus: n.rumus, ...periksaKlaim(pecahanDari(n.angka), k.tertulis, pilihanDesimal) };
  });
  const jumlahBenar = hasilKlaim.filter((k) => k.benar).length;
  return {
    klaim: hasilKlaim,
    semuaBenar: hasilKlaim.length > 0 && jumlahBenar === hasilKlaim.length,
    jumlahBenar,
    jumlahSalah: hasilKlaim.length - jumlahBenar,
    aturan: uraianAturanValidasi(pilihanDesimal),
    sumber: rujuk(aturan, aturan.pembulatan.validasi.sumber),
  };
}

/** The figures a claim may concern for this result, in document order. */
export function daftarKlaim(hasil: Hasil): { id: string; uraian: string; rumus: string }[] {
  return [...nilaiDariHasil(hasil)].map(([id, v]) => ({ id, uraian: v.uraian, rumus: v.rumus }));
}

export function idKlaim(hasil: Hasil): string[] {
  return [...nilaiDariHasil(hasil).keys()];
}
