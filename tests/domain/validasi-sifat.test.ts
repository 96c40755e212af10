// validasi is tuned for the batch (texts straight from Pecahan, only the claimed figures built), so its
// output is checked against a plain version written here: every message, id, value and key order. The
// reference does its own arithmetic with BigInt ratios and strings (reading, rounding half-up, the
// Indonesian format), so a slip in Pecahan, bulatkan, teksBulat or formatDesimal shows up as a difference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Angka, Hasil } from '../../src/domain/hasil.ts';
import { hitung } from '../../src/domain/hitung.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import {
  bacaKlaim,
  pecahanDari,
  periksaKlaim,
  uraianAturanValidasi,
  validasi,
  type HasilKlaim,
  type Klaim,
} from '../../src/domain/validasi.ts';
import { rujuk } from '../../src/domain/rujukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

/** An exact value as a reduced integer ratio, denominator positive. */
type Rasio = [bigint, bigint];
const mutlak = (x: bigint) => (x < 0n ? -x : x);
const fpb = (a: bigint, b: bigint): bigint => (b === 0n ? mutlak(a) : fpb(b, a % b));
function rasio(n: bigint, d: bigint): Rasio {
  if (d < 0n) [n, d] = [-n, -d];
  const g = fpb(n, d) || 1n;
  return [n / g, d / g];
}
const tambah = ([a, b]: Rasio, [c, d]: Rasio): Rasio => rasio(a * d + c * b, b * d);
const sama = ([a, b]: Rasio, [c, d]: Rasio) => a * d === c * b;

/** "12.5" → 25/2, "-7/3" → -7/3: the decimal or fraction texts of `pasti` and of normalised claims. */
function baca(t: string): Rasio {
  const [atas, bawah = '1'] = t.split('/');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(atas!)!;
  const frac = m[3] ?? '';
  return rasio(BigInt(m[2]! + frac) * (m[1] ? -1n : 1n), BigInt(bawah) * 10n ** BigInt(frac.length));
}

/** Half-up, ties away from zero, by quotient and remainder: "2.083" for 25/12 at 3 decimals. */
function bulat([n, d]: Rasio, desimal: number): string {
  const skala = 10n ** BigInt(desimal);
  let q = (mutlak(n) * skala) / d;
  const sisa = mutlak(n) * skala - q * d;
  if (2n * sisa >= d) q += 1n;
  const angka = q.toString().padStart(desimal + 1, '0');
  const tanda = n < 0n && q !== 0n ? '-' : '';
  return desimal === 0 ? `${tanda}${angka}` : `${tanda}${angka.slice(0, -desimal)}.${angka.slice(-desimal)}`;
}

/** The exact decimal text when the value has one ("2.5", "12"), else undefined. */
function eksak(r: Rasio): string | undefined {
  for (let k = 0; k <= 64; k++) if ((r[0] * 10n ** BigInt(k)) % r[1] === 0n) return bulat(r, k);
  return undefined;
}

/** Indonesian grouping of a plain decimal text: "-1050.5" → "-1.050,5". */
function kelompok(t: string): string {
  const tanda = t.startsWith('-') ? '-' : '';
  const [bulatan, pecahan] = t.slice(tanda.length).split('.');
  return `${tanda}${bulatan!.replace(/\B(?=(\d{3})+$)/g, '.')}${pecahan === undefined ? '' : `,${pecahan}`}`;
}

// The reference: the rule of README decision 3, written plainly.
function bacaRujukan(tertulis: string): { nilai: Rasio; desimal: number } | undefined {
  const t = tertulis.trim().replace(/\s+/g, '');
  let normal: string;
  if (/^\d{1,3}(\.\d{3})*,\d+$|^\d+,\d+$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+,?$/.test(t) && t.split('.').length > 2) normal = t.replace(/\./g, '').replace(',', '');
  else if (/^\d+(\.\d+)?$/.test(t)) normal = t;
  else return undefined;
  const desimal = normal.includes('.') ? normal.split('.')[1]!.length : 0;
  return { nilai: baca(normal), desimal };
}

function periksaRujukan(pasti: Rasio, tertulis: string, pilihanDesimal: number[]): Omit<HasilKlaim, 'id' | 'uraian' | 'nilai' | 'rumus'> {
  const terbaca = bacaRujukan(tertulis);
  const minimal = Math.min(...pilihanDesimal);
  const maksimal = Math.max(...pilihanDesimal);
  const teksEksak = eksak(pasti);
  const eksakTeks = teksEksak === undefined ? undefined : kelompok(teksEksak);
  if (!terbaca) {
    return {
      tertulis,
      benar: false,
      cara: 'pembulatan',
      seharusnya: kelompok(bulat(pasti, maksimal)),
      pesan: `"${tertulis}" bukan angka; tulis seperti 2,083 atau 12,5.`,
    };
  }
  const { nilai, desimal } = terbaca;
  if (desimal < minimal) {
    const benar = sama(nilai, pasti);
    const seharusnya = eksakTeks ?? kelompok(bulat(pasti, minimal));
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
  const dibulatkan = bulat(pasti, desimal);
  const seharusnya = kelompok(dibulatkan);
  const benar = sama(nilai, baca(dibulatkan));
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

const pecahanRujukan = (a: Angka): Rasio => baca(a.pasti);

function validasiRujukan(hasil: Hasil, klaim: Klaim[]) {
  const nilai = new Map<string, { uraian: string; angka: Angka; rumus: string }>();
  for (const k of hasil.konversi) {
    nilai.set(`konversi.${k.nomor}`, {
      uraian: `Periode ${k.nomor} (${k.periode}, ${k.predikat.nama})`,
      angka: k.angkaKredit,
      rumus: k.rumus,
    });
  }
  const jumlah = hasil.langkah.find((l) => l.id === 'jumlah-konversi');
  nilai.set('jumlahKonversi', {
    uraian: 'Jumlah angka kredit konversi dalam jenjang',
    angka: hasil.akumulasi.konversiDalamJenjang,
    rumus:
      jumlah && jumlah.masukan.length > 0 ? `${jumlah.masukan.map((x) => x.nilai).join(' + ')} (dijumlahkan eksak) = ${jumlah.hasil}` : '0',
  });
  const kumulatif = hasil.langkah.find((l) => l.id === 'kumulatif');
  nilai.set('kumulatif', {
    uraian: 'Angka kredit kumulatif (AK awal + konversi dalam jenjang)',
    angka: hasil.akumulasi.kumulatif,
    rumus: kumulatif?.rumus ?? '',
  });
  const { pilihanDesimal } = aturan.pembulatan;
  const hasilKlaim = klaim
    .filter((k) => k.tertulis.trim() !== '')
    .map((k): HasilKlaim => {
      const n = nilai.get(k.id);
      if (!n) throw new RangeError(`klaim tidak dikenal: ${k.id}`);
      return {
        id: k.id,
        uraian: n.uraian,
        nilai: n.angka,
        rumus: n.rumus,
        ...periksaRujukan(pecahanRujukan(n.angka), k.tertulis, pilihanDesimal),
      };
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

const pecahan = fc
  .oneof(
    fc.tuple(
      fc.bigInt({ min: -(10n ** 7n), max: 10n ** 7n }),
      fc.constantFrom(1, 2, 3, 4, 5, 6, 8, 12, 16, 24, 25, 40, 100, 120, 1000, 1200, 7, 9, 11),
    ),
    fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 1, max: 100_000 })),
  )
  .map(([n, d]): Rasio => rasio(n, BigInt(d)));

/** What people write for a value: right, a unit off, other decimals, grouped, with spaces or zeros in front, or not a number. */
function tertulis(p: Rasio) {
  const dekat = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -1, max: 1 })).map(([desimal, geser]) => {
    const t = bulat(tambah(p, rasio(BigInt(geser), 10n ** BigInt(desimal))), desimal);
    return t.startsWith('-') ? t.slice(1) : t;
  });
  return fc.oneof(
    dekat.map((t) => t.replace('.', ',')),
    dekat,
    dekat.map(kelompok),
    dekat.map((t) => ` 0${t.replace('.', ',')} `),
    dekat.map((t) => `00${t}`),
    dekat.map((t) => `${t.replace('.', ', ')}`),
    dekat.map((t) => `-${t}`),
    fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9', '.', ',', ' ', '-', 'a', '\u00a0') }),
  );
}

describe('validasi gives what the plain version gave', () => {
  it('periksaKlaim and bacaKlaim: any value, any written figure, any rounding policy', () => {
    const kasus = pecahan.chain((p) =>
      fc.tuple(fc.constant(p), tertulis(p), fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 })),
    );
    fc.assert(
      fc.property(kasus, ([p, t, pilihan]) => {
        const pecahan = Pecahan.bagi(p[0].toString(), p[1].toString());
        expect(JSON.stringify(periksaKlaim(pecahan, t, pilihan))).toBe(JSON.stringify(periksaRujukan(p, t, pilihan)));
        const b = bacaKlaim(t);
        const r = bacaRujukan(t);
        expect(b === undefined).toBe(r === undefined);
        if (b && r) expect([b.desimal, b.nilai.pembilang, b.nilai.penyebut]).toEqual([r.desimal, ...r.nilai]);
      }),
      { numRuns: process.env.MUTASI ? 200 : 3000 },
    );
  });

  it('validasi over a computed result: every claim id, unknown ids, blank lines', () => {
    const predikat = fc.constantFrom('Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang');
    const periode = fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), predikat), { minLength: 0, maxLength: 5 });
    fc.assert(
      fc.property(
        periode,
        fc.constantFrom('0', '10', '12,5', '1050,125'),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: -1, max: 1 }), fc.boolean()), {
          maxLength: 8,
        }),
        (ps, awal, ks) => {
          let m = 0;
          const bulan = (i: number) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
          const penilaian = ps.map(([n, p]) => ({ mulai: bulan(m), selesai: bulan((m += n) - 1), predikat: p }));
          const hasil = hitung(
            aturan,
            dasar({ angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: awal }], penilaian, tanggalPerhitungan: '2025-12-15' }),
          );
          const ids = [...hasil.konversi.map((k) => `konversi.${k.nomor}`), 'jumlahKonversi', 'kumulatif', 'konversi.99', 'lain'];
          const klaim = ks.map(([i, desimal, geser, kosong]): Klaim => {
            const id = ids[i % ids.length]!;
            const a = hasil.konversi.find((k) => `konversi.${k.nomor}` === id)?.angkaKredit ?? hasil.akumulasi.kumulatif;
            const t = bulat(tambah(pecahanRujukan(a), rasio(BigInt(geser), 10n ** BigInt(desimal))), desimal).replace('.', ',');
            return { id, tertulis: kosong ? ' ' : t };
          });
          let harapan: unknown;
          try {
            harapan = validasiRujukan(hasil, klaim);
          } catch (e) {
            harapan = String(e);
          }
          let nyata: unknown;
          try {
            nyata = validasi(aturan, hasil, klaim);
          } catch (e) {
            nyata = String(e);
          }
          expect(JSON.stringify(nyata)).toBe(JSON.stringify(harapan));
        },
      ),
      { numRuns: process.env.MUTASI ? 20 : 300 },
    );
  });

  it('pecahanDari reads the same value on every call (values are cached)', () => {
    for (const pasti of ['25/12', '12.5', '-7/3', '0', '1050.125', '25/12']) {
      const p = pecahanDari({ pasti, desimal: '', tampilan: '' });
      expect([p.pembilang, p.penyebut]).toEqual(pecahanRujukan({ pasti, desimal: '', tampilan: '' }));
    }
  });
});
