// The fixed-denominator kernel (src/domain/kernel.ts, src/domain/bilangan.ts) against the fraction
// engine, exactly, on random careers: the rule book in rules/ and synthetic rule books whose awkward
// decimals make the common denominator too large, where the kernel must step aside (and the engine's
// results stay the fractions' results). Texts are checked against an oracle in plain BigInt.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Aturan, Jenjang, Predikat } from '../../src/domain/aturan.ts';
import { teksBulatBilangan, teksPastiBilangan } from '../../src/domain/bilangan.ts';
import { hitung } from '../../src/domain/hitung.ts';
import {
  angkaBilangan,
  bulanPenutup,
  hitungKarier,
  kernelAturan,
  konversiBulat,
  pecahanKernel,
  tanpaKernel,
  type KernelAturan,
} from '../../src/domain/kernel.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { penutupKekurangan } from '../../src/domain/proyeksi.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

const MAKS = BigInt(Number.MAX_SAFE_INTEGER);

// ---- oracle: half-up rounding and exact text of n/d with BigInt, written from the definitions ----
function bulatOracle(n: bigint, d: bigint, places: number): string {
  const neg = n < 0n;
  const m = neg ? -n : n;
  const s = 10n ** BigInt(places);
  // round(m·s/d) half up = floor((2·m·s + d) / 2d)
  const q = (2n * m * s + d) / (2n * d);
  const digits = q.toString().padStart(places + 1, '0');
  const body = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return neg && q !== 0n ? `-${body}` : body;
}
function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
function pastiOracle(n: bigint, d: bigint): string {
  const g = gcd(n, d) || 1n;
  const [a, b] = [n / g, d / g];
  let x = b;
  let k = 0;
  while (x % 2n === 0n) {
    x /= 2n;
    k++;
  }
  let j = 0;
  while (x % 5n === 0n) {
    x /= 5n;
    j++;
  }
  return x === 1n ? bulatOracle(a, b, Math.max(k, j)) : `${a}/${b}`;
}
const indonesia = (t: string) => {
  const [i, f] = t.replace('-', '').split('.');
  const g = i!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${t.startsWith('-') ? '-' : ''}${g}${f === undefined ? '' : `,${f}`}`;
};

/** The fraction engine's konversi, written out: bulan/B × persen/100 × koefisien (Pasal 13 ayat (1)). */
function konversiPecahan(a: Aturan, p: Predikat, j: Jenjang, bulan: number): Pecahan {
  return Pecahan.rasio(bulan, a.konversi.rumus.bulanPerTahun * 100)
    .kali(Pecahan.dari(p.persen.nilai))
    .kali(Pecahan.dari(j.koefisien.nilai));
}
const sama = (n: number, D: number, p: Pecahan) => BigInt(n) * p.penyebut === p.pembilang * BigInt(D);

describe('bilangan: teks dari bilangan bulat aman', () => {
  it('pembulatan setengah ke atas dan teks pasti sama dengan BigInt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: Math.floor(Number.MAX_SAFE_INTEGER / 10) })),
        fc.integer({ min: 0, max: 12 }),
        (n, d, places) => {
          expect(teksBulatBilangan(n, d, places)).toBe(bulatOracle(BigInt(n), BigInt(d), places));
          expect(teksPastiBilangan(n, d)).toBe(pastiOracle(BigInt(n), BigInt(d)));
          const p = Pecahan.rasio(n, d);
          expect(p.teksBulat(places)).toBe(bulatOracle(BigInt(n), BigInt(d), places));
          expect(p.toString()).toBe(pastiOracle(BigInt(n), BigInt(d)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('tepat setengah dibulatkan menjauhi nol, juga bila membawa ke bilangan bulat', () => {
    expect(teksBulatBilangan(2083333, 1_000_000, 3)).toBe('2.083');
    expect(teksBulatBilangan(25, 12, 3)).toBe('2.083');
    expect(teksBulatBilangan(9995, 1000, 2)).toBe('10.00');
    expect(teksBulatBilangan(-9995, 1000, 2)).toBe('-10.00');
    expect(teksBulatBilangan(-4, 1000, 2)).toBe('0.00');
    expect(teksBulatBilangan(-5, 1000, 2)).toBe('-0.01');
    expect(teksPastiBilangan(-50, 4)).toBe('-12.5');
    expect(teksPastiBilangan(100, 12)).toBe('25/3');
    expect(teksPastiBilangan(0, 4800)).toBe('0');
  });

  it('penyebut di atas 2^53 / 10 diserahkan ke BigInt', () => {
    expect(teksBulatBilangan(1, Number.MAX_SAFE_INTEGER, 3)).toBeUndefined();
    const besar = Pecahan.bagi('1', '90071992547409931');
    expect(besar.teksBulat(20)).toBe(bulatOracle(1n, 90071992547409931n, 20));
  });
});

// ---- random careers ----
const ID_PREDIKAT = aturan.predikat.map((p) => p.id);
const ID_JENJANG = aturan.jenjang.map((j) => j.id);
/** A typed starting AK: up to 9 digits before the comma and 6 after (src/input/batas.ts), mostly short. */
const akDiketik = fc
  .oneof(
    { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 3 })) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 6 })) },
  )
  .chain(([utuh, d]) =>
    fc.integer({ min: 0, max: 10 ** d - 1 }).map((f) => (d === 0 ? `${utuh}` : `${utuh}.${String(f).padStart(d, '0')}`)),
  );
const karier = fc.record({
  awal: fc.array(akDiketik, { maxLength: 4 }),
  periode: fc.array(
    fc.record({
      predikat: fc.integer({ min: 0, max: ID_PREDIKAT.length - 1 }),
      jenjang: fc.integer({ min: 0, max: ID_JENJANG.length - 1 }),
      bulan: fc.integer({ min: 1, max: 36 }),
      dalamJenjang: fc.boolean(),
    }),
    { maxLength: 12 },
  ),
});

/** The kernel's numbers for one career against the same numbers as fractions, all exact. */
function bandingkanKarier(a: Aturan, k: KernelAturan, c: Karier0): void {
  const periode = c.periode.map((p) => ({ ...p, predikat: a.predikat[p.predikat]!, jenjang: a.jenjang[p.jenjang]! }));
  const awal = c.awal.map((t) => Pecahan.dari(t));
  const ambang = Object.values(a.kumulatif).flatMap((x) => [
    ...x.kenaikanPangkat.map((y) => Pecahan.dari(y.angkaKredit)),
    ...(x.kenaikanJenjang ? [Pecahan.dari(x.kenaikanJenjang.angkaKredit)] : []),
  ]);
  const r = hitungKarier(k, { awal, periode, ambang });

  const konversi = periode.map((p) => konversiPecahan(a, p.predikat, p.jenjang, p.bulan));
  const jumlah = (l: Pecahan[]) => l.reduce((s, x) => s.tambah(x), Pecahan.NOL);
  const awalP = jumlah(awal);
  const dalam = jumlah(konversi.filter((_, i) => periode[i]!.dalamJenjang));
  const sebelum = jumlah(konversi.filter((_, i) => !periode[i]!.dalamJenjang));
  const kumulatif = awalP.tambah(dalam);
  if (!r) {
    // Stepping aside is allowed only when the integers would not be safe.
    let D = BigInt(k.penyebut);
    for (const x of [...awal, ...ambang]) D = (D / gcd(D, x.penyebut)) * x.penyebut;
    const abs = (x: Pecahan) => (x.pembilang < 0n ? -x.pembilang : x.pembilang) * (D / x.penyebut);
    const total = [...awal, ...ambang, ...konversi].reduce((s, x) => s + abs(x), 0n);
    expect(D > MAKS || total > MAKS).toBe(true);
    return;
  }
  const D = r.penyebut;
  r.konversi.forEach((n, i) => expect(sama(n, D, konversi[i]!)).toBe(true));
  expect(sama(r.awal, D, awalP)).toBe(true);
  expect(sama(r.dalamJenjang, D, dalam)).toBe(true);
  expect(sama(r.sebelumJenjang, D, sebelum)).toBe(true);
  expect(sama(r.kumulatif, D, kumulatif)).toBe(true);
  r.selisih.forEach((s, i) => {
    const d = kumulatif.kurang(ambang[i]!);
    expect(sama(s, D, d)).toBe(true);
    // A threshold met exactly is met: the same verdict both ways.
    expect(s >= 0).toBe(kumulatif.gte(ambang[i]!));
  });
  for (const desimal of [2, 3]) {
    const x = angkaBilangan(r.kumulatif, D, desimal);
    if (!x) continue;
    const [n, d] = [kumulatif.pembilang, kumulatif.penyebut];
    expect(x).toEqual({ pasti: pastiOracle(n, d), desimal: bulatOracle(n, d, 12), tampilan: indonesia(bulatOracle(n, d, desimal)) });
  }
}
interface Karier0 {
  awal: string[];
  periode: { predikat: number; jenjang: number; bulan: number; dalamJenjang: boolean }[];
}

/** The rule book with other persen and koefisien values (thresholds unchanged). */
function bukuRekaan(persen: string[], koefisien: string[]): Aturan {
  return {
    ...aturan,
    predikat: aturan.predikat.map((p, i) => ({ ...p, persen: { ...p.persen, nilai: new Decimal(persen[i % persen.length]!) } })),
    jenjang: aturan.jenjang.map((j, i) => ({ ...j, koefisien: { ...j.koefisien, nilai: new Decimal(koefisien[i % koefisien.length]!) } })),
  };
}
/** A positive decimal with up to `d` decimals: 9 digits after the comma make 10^9-sized denominators. */
const desimalCanggung = (d: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: d }), fc.integer({ min: 1, max: 999_999_999 }))
    .map(([u, dd, f]) => `${u}.${String(f % 10 ** dd).padStart(dd, '0')}1`);

describe('kernel berpenyebut tetap', () => {
  const k = kernelAturan(aturan)!;

  it('buku aturan di rules/: penyebut 4800 (persen bilangan bulat, koefisien kelipatan 1/4, B = 12)', () => {
    expect(k).toBeDefined();
    expect(k.penyebut).toBe(4800);
    // Ahli Pertama Baik: 1/12 × 100% × 12,5 = 25/24 = 5000/4800.
    expect(
      konversiBulat(
        k,
        aturan.predikat.find((p) => p.id === 'baik')!,
        aturan.jenjang.find((j) => j.id === 'ahli_pertama')!,
        1,
      ),
    ).toBe(5000);
    expect(k.konversiMaks).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });

  it('sama persis dengan mesin pecahan pada karier acak', () => {
    fc.assert(
      fc.property(karier, (c) => bandingkanKarier(aturan, k, c)),
      { numRuns: 300 },
    );
  });

  it('angka kredit awal 9 angka dengan 6 desimal: jumlahnya melewati 2^53, kernel menyerahkan ke pecahan', () => {
    const r = hitungKarier(k, {
      awal: ['999999999.999999', '999999999.999999', '999999999.999999', '999999999.999999'].map((t) => Pecahan.dari(t)),
      periode: [],
      ambang: [],
    });
    // D = lcm(4800, 10^6) = 3,000,000; 4 × 10^9 × 3·10^6 = 1,2·10^16 > 2^53.
    expect(r).toBeUndefined();
    const satu = hitungKarier(k, { awal: [Pecahan.dari('999999999.999999')], periode: [], ambang: [] })!;
    expect(satu.penyebut).toBe(3_000_000);
    expect(satu.awal).toBe(2_999_999_999_999_997);
  });

  it('buku aturan rekaan dengan desimal canggung: kernel bila muat, pecahan bila tidak, angkanya sama', () => {
    let diserahkan = 0;
    let dipakai = 0;
    fc.assert(
      fc.property(
        fc.array(desimalCanggung(9), { minLength: 1, maxLength: 5 }),
        fc.array(desimalCanggung(6), { minLength: 1, maxLength: 8 }),
        karier,
        (persen, koefisien, c) => {
          const a = bukuRekaan(persen, koefisien);
          const kr = kernelAturan(a);
          if (!kr) {
            diserahkan++;
            // Then hitung computes with fractions: its konversi rows are the fractions' values.
            const p = a.predikat[c.periode[0]?.predikat ?? 0]!;
            const J = a.jenjang.find((j) => j.id === 'ahli_pertama')!;
            const h = hitung(a, dasar({ penilaian: [{ mulai: '2024-01', selesai: '2024-05', predikat: p.nama }] }), {
              tanpaProyeksi: true,
            });
            expect(h.konversi[0]!.angkaKredit.pasti).toBe(konversiPecahan(a, p, J, 5).toString());
            return;
          }
          dipakai++;
          bandingkanKarier(a, kr, c);
        },
      ),
      { numRuns: 150 },
    );
    // Both branches were exercised.
    expect(diserahkan).toBeGreaterThan(0);
    expect(dipakai).toBeGreaterThan(0);
  });

  it('buku aturan rekaan yang muat: hitung memakai kernel dan hasilnya sama dengan pecahan', () => {
    const a = bukuRekaan(['150', '100', '75', '50', '25'], ['3.7', '5.55', '12.5', '25', '12.25', '25.125', '37.5', '50']);
    const kr = kernelAturan(a)!;
    // Koefisien denominators 10 (3,7), 20 (5,55 = 111/20), 4 (12,25), 8 (25,125 = 201/8): K = 40; persen whole: 1200 × 40.
    expect(kr.penyebut).toBe(48_000);
    const h = hitung(a, dasar({ penilaian: [{ mulai: '2024-01', selesai: '2024-07', predikat: 'Butuh Perbaikan' }] }), {
      tanpaProyeksi: true,
    });
    const J = a.jenjang.find((j) => j.id === 'ahli_pertama')!;
    const p = a.predikat.find((x) => x.id === 'butuh_perbaikan') ?? a.predikat[2]!;
    expect(h.konversi[0]!.angkaKredit.pasti).toBe(konversiPecahan(a, p, J, 7).toString());
    expect(h.akumulasi.kumulatif.pasti).toBe(konversiPecahan(a, p, J, 7).toString());
  });

  it('bulan penutup kekurangan sama dengan penutupKekurangan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ID_PREDIKAT.length - 1 }),
        fc.integer({ min: 0, max: ID_JENJANG.length - 1 }),
        fc.integer({ min: -1000, max: 200_000 }),
        fc.integer({ min: 1, max: 5000 }),
        (pi, ji, n, d) => {
          const p = aturan.predikat[pi]!;
          const J = aturan.jenjang[ji]!;
          const kurang = Pecahan.rasio(n, d);
          const t = penutupKekurangan(aturan, J, p, kurang, 3);
          expect(bulanPenutup(k, p, J, kurang, 12)).toBe(t ? t.bulan : null);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('nilai kernel sebagai Pecahan sama dengan pecahan tereduksi', () => {
    expect(pecahanKernel(k, 5000).toString()).toBe('25/24');
    expect(pecahanKernel(k, 60_000).eq(Pecahan.dari('12.5'))).toBe(true);
  });
});

describe('hitung dengan dan tanpa kernel', () => {
  const pecahanSaja: Aturan = { ...aturan };
  tanpaKernel(pecahanSaja);
  const bulan = (i: number) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  const jenjangGolongan = fc.constantFrom(...aturan.jenjang.map((j) => [j.id, j.golongan[0]!] as const));
  const predikatNama = fc.constantFrom('Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang');

  it('hasil JSON lengkap (penjelasan, proyeksi) sama persis, karakter demi karakter', () => {
    expect(kernelAturan(pecahanSaja)).toBeUndefined();
    let dihitung = 0;
    fc.assert(
      fc.property(
        jenjangGolongan,
        fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), predikatNama), { minLength: 1, maxLength: 5 }),
        fc.array(akDiketik, { maxLength: 2 }),
        fc.constantFrom(2, 3),
        ([jenjang, golongan], panjang, awal, desimal) => {
          let m = 0;
          const penilaian = panjang.map(([n, predikat]) => {
            const p = { mulai: bulan(m), selesai: bulan(m + n - 1), predikat };
            m += n;
            return p;
          });
          const masukan = dasar({
            jenjang,
            golongan,
            tmtJenjang: '2023-01-01',
            penilaian,
            angkaKreditAwal: awal.map((angkaKredit) => ({ jenis: 'lainnya' as const, angkaKredit })),
            tanggalPerhitungan: '2026-06-15',
          });
          const a = (() => {
            try {
              return JSON.stringify(hitung(aturan, masukan, { desimal }));
            } catch (e) {
              return `galat ${(e as Error).message}`;
            }
          })();
          const b = (() => {
            try {
              return JSON.stringify(hitung(pecahanSaja, masukan, { desimal }));
            } catch (e) {
              return `galat ${(e as Error).message}`;
            }
          })();
          expect(a).toBe(b);
          if (!a.startsWith('galat')) dihitung++;
        },
      ),
      { numRuns: 60 },
    );
    // Most inputs are valid careers, not refusals compared with refusals.
    expect(dihitung).toBeGreaterThan(30);
  });
});
