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
import type { Angka, BarisKonversi, Hasil, Rujukan } from './hasil.ts';
import { formatAngkaKredit, formatTeksDesimal } from './format.ts';
import { Pecahan } from './pecahan.ts';
import { pecahanDari, rujuk } from './rujukan.ts';

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
  const t = bacaTeksKlaim(tertulis);
  return t && { nilai: Pecahan.dari(t.angka), desimal: t.desimal };
}

/**
 * As bacaKlaim, as plain decimal text ("1050.000"): a claim with enough decimals is compared as text,
 * and the edges bound its digits on this reading before any claim reaches the exact arithmetic.
 */
export function bacaTeksKlaim(tertulis: string): { angka: string; desimal: number } | undefined {
  const t = tertulis.trim().replace(/\s+/g, '');
  let angka: string;
  if (/^\d{1,3}(\.\d{3})*,\d+$|^\d+,\d+$/.test(t)) angka = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+,?$/.test(t) && t.split('.').length > 2) angka = t.replace(/\./g, '').replace(',', '');
  else if (/^\d+(\.\d+)?$/.test(t)) angka = t;
  else return undefined;
  const titik = angka.indexOf('.');
  return { angka, desimal: titik < 0 ? 0 : angka.length - titik - 1 };
}

/** Checks one written figure against the exact value; `pilihanDesimal` is the rounding policy's display choices. */
export function periksaKlaim(
  pasti: Pecahan,
  tertulis: string,
  pilihanDesimal: number[],
): Omit<HasilKlaim, 'id' | 'uraian' | 'nilai' | 'rumus'> {
  // Texts come from Pecahan.teksBulat/toString directly: a Decimal round trip gave the same text at
  // several times the cost, for every claim of every person in a batch.
  const terbaca = bacaTeksKlaim(tertulis);
  if (!terbaca) {
    const maksimal = Math.max(...pilihanDesimal);
    return {
      tertulis,
      benar: false,
      cara: 'pembulatan',
      seharusnya: formatAngkaKredit(pasti, maksimal),
      pesan: `"${tertulis}" bukan angka; tulis seperti 2,083 atau 12,5.`,
    };
  }
  const { angka, desimal } = terbaca;
  const minimal = Math.min(...pilihanDesimal);
  if (desimal < minimal) {
    const benar = Pecahan.dari(angka).eq(pasti);
    const eksakTeks = pasti.isDesimalHingga() ? formatTeksDesimal(pasti.toString()) : undefined;
    const seharusnya = eksakTeks ?? formatAngkaKredit(pasti, minimal);
    return {
      tertulis,
      desimalKlaim: desimal,
      benar,
      cara: 'eksak',
      seharusnya,
      pesan: benar
        ? `Benar: sama persis dengan nilai eksak.`
        : eksakTeks
          ? `Salah: angka dengan ${desimal} desimal harus sama persis dengan nilai eksak ${eksakTeks}.`
          : `Salah: angka dengan ${desimal} desimal harus eksak, padahal nilai ini tidak berhingga desimalnya; tulis paling sedikit ${minimal} desimal, mis. ${seharusnya}.`,
    };
  }
  const dibulatkan = pasti.teksBulat(desimal);
  const seharusnya = formatTeksDesimal(dibulatkan);
  // Both texts have `desimal` decimals, so the same text is the same value; only leading zeros ("02,083")
  // can make equal values differ as text, and then the values are compared.
  const benar = angka === dibulatkan || (angka.charCodeAt(0) === 48 && Pecahan.dari(angka).eq(Pecahan.dari(dibulatkan)));
  return {
    tertulis,
    desimalKlaim: desimal,
    benar,
    cara: 'pembulatan',
    seharusnya,
    pesan: benar
      ? `Benar: nilai eksak dibulatkan setengah ke atas ke ${desimal} desimal adalah ${seharusnya}.`
      : `Salah: nilai eksak dibulatkan setengah ke atas ke ${desimal} desimal adalah ${seharusnya}.`,
  };
}

interface NilaiKlaim {
  uraian: string;
  angka: Angka;
  rumus: string;
}

const nilaiKonversi = (k: BarisKonversi): NilaiKlaim => ({
  uraian: `Periode ${k.nomor} (${k.periode}, ${k.predikat.nama})`,
  angka: k.angkaKredit,
  rumus: k.rumus,
});

function nilaiJumlahKonversi(hasil: Hasil): NilaiKlaim {
  const jumlah = hasil.langkah.find((l) => l.id === 'jumlah-konversi');
  return {
    uraian: 'Jumlah angka kredit konversi dalam jenjang',
    angka: hasil.akumulasi.konversiDalamJenjang,
    rumus:
      jumlah && jumlah.masukan.length > 0 ? `${jumlah.masukan.map((x) => x.nilai).join(' + ')} (dijumlahkan eksak) = ${jumlah.hasil}` : '0',
  };
}

function nilaiKumulatif(hasil: Hasil): NilaiKlaim {
  const kumulatif = hasil.langkah.find((l) => l.id === 'kumulatif');
  return {
    uraian: 'Angka kredit kumulatif (AK awal + konversi dalam jenjang)',
    angka: hasil.akumulasi.kumulatif,
    rumus: kumulatif?.rumus ?? '',
  };
}

/** The figures a document may state, by id: each period's konversi, their sum, and the cumulative total. */
function nilaiDariHasil(hasil: Hasil): Map<string, NilaiKlaim> {
  const m = new Map<string, NilaiKlaim>();
  for (const k of hasil.konversi) m.set(`konversi.${k.nomor}`, nilaiKonversi(k));
  m.set('jumlahKonversi', nilaiJumlahKonversi(hasil));
  m.set('kumulatif', nilaiKumulatif(hasil));
  return m;
}

/** nilaiDariHasil(hasil).get(id), building only that figure: a batch checks a few figures of every person. */
function nilaiUntuk(hasil: Hasil, id: string): NilaiKlaim | undefined {
  if (id === 'jumlahKonversi') return nilaiJumlahKonversi(hasil);
  if (id === 'kumulatif') return nilaiKumulatif(hasil);
  if (!id.startsWith('konversi.')) return undefined;
  const nomor = id.slice('konversi.'.length);
  // From the end: in the map a later row with the same number replaces an earlier one.
  for (let i = hasil.konversi.length - 1; i >= 0; i--) {
    const k = hasil.konversi[i]!;
    if (String(k.nomor) === nomor) return nilaiKonversi(k);
  }
  return undefined;
}

/** Reads an exact value back from its Angka; kept here for the batch and the tests that import it. */
export { pecahanDari } from './rujukan.ts';

/** The checking rule in words, from the rounding policy's display choices. */
export function uraianAturanValidasi(pilihanDesimal: number[]): string {
  const minimal = Math.min(...pilihanDesimal);
  return `Angka yang tertulis benar bila sama dengan nilai eksak yang dibulatkan setengah ke atas ke jumlah desimal angka itu sendiri (${pilihanDesimal.join(' atau ')} desimal; angka dengan lebih banyak desimal diperiksa dengan cara yang sama pada ketelitiannya). Angka dengan kurang dari ${minimal} desimal harus sama persis dengan nilai eksak.`;
}

export function validasi(aturan: Aturan, hasil: Hasil, klaim: Klaim[]): HasilValidasi {
  const { pilihanDesimal } = aturan.pembulatan;
  const hasilKlaim: HasilKlaim[] = [];
  let jumlahBenar = 0;
  for (const k of klaim) {
    if (k.tertulis.trim() === '') continue;
    const n = nilaiUntuk(hasil, k.id);
    if (!n) throw new RangeError(`klaim tidak dikenal: ${k.id}`);
    const h: HasilKlaim = {
      id: k.id,
      uraian: n.uraian,
      nilai: n.angka,
      rumus: n.rumus,
      ...periksaKlaim(pecahanDari(n.angka), k.tertulis, pilihanDesimal),
    };
    if (h.benar) jumlahBenar++;
    hasilKlaim.push(h);
  }
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
