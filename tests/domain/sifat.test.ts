// Properties of konversi that must hold for every input, checked with fast-check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

const bulan = (i: number) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
// Exact texts ("12.5", "25/12") read as integer ratios with plain BigInt, independent of Pecahan.
type Rasio = [bigint, bigint];
function exact(s: string): Rasio {
  const [atas, bawah = '1'] = s.split('/');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(atas!)!;
  const frac = m[3] ?? '';
  return [BigInt(m[2]! + frac) * (m[1] ? -1n : 1n), BigInt(bawah) * 10n ** BigInt(frac.length)];
}
const sama = ([a, b]: Rasio, [c, d]: Rasio) => a * d === c * b;
const gte = ([a, b]: Rasio, [c, d]: Rasio) => a * d >= c * b;
const jumlahkan = ([a, b]: Rasio, [c, d]: Rasio): Rasio => [a * d + c * b, b * d];
const predikat = fc.constantFrom('Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang');
const jenjangGolongan = fc.constantFrom(...aturan.jenjang.map((j) => [j.id, j.golongan[0]!] as const));

describe('sifat konversi', () => {
  it('memecah satu periode menjadi beberapa periode tidak mengubah jumlahnya', () => {
    fc.assert(
      fc.property(
        jenjangGolongan,
        predikat,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 24 }),
        fc.array(fc.integer({ min: 1, max: 23 }), { maxLength: 6 }),
        ([jenjang, golongan], p, start, length, cuts) => {
          const end = Math.min(start + length - 1, 23);
          const utuh = hitung(aturan, dasar({ jenjang, golongan, penilaian: [{ mulai: bulan(start), selesai: bulan(end), predikat: p }] }));
          const batas = [...new Set(cuts.map((c) => start + (c % (end - start + 1))).filter((c) => c > start))].sort((a, b) => a - b);
          const titik = [start, ...batas, end + 1];
          const penilaian = titik.slice(0, -1).map((m, i) => ({ mulai: bulan(m), selesai: bulan(titik[i + 1]! - 1), predikat: p }));
          const pecah = hitung(aturan, dasar({ jenjang, golongan, penilaian }));
          expect(sama(exact(pecah.akumulasi.kumulatif.pasti), exact(utuh.akumulasi.kumulatif.pasti))).toBe(true);
        },
      ),
    );
  });

  it('predikat yang lebih baik tidak pernah menurunkan angka kredit', () => {
    const urutan = ['Sangat Kurang', 'Kurang', 'Butuh Perbaikan', 'Baik', 'Sangat Baik'];
    fc.assert(
      fc.property(jenjangGolongan, fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 3 }), ([jenjang, golongan], n, i) => {
        const ak = (p: string) =>
          exact(
            hitung(aturan, dasar({ jenjang, golongan, penilaian: [{ mulai: '2023-01', selesai: bulan(n - 1), predikat: p }] })).akumulasi
              .kumulatif.pasti,
          );
        expect(gte(ak(urutan[i + 1]!), ak(urutan[i]!))).toBe(true);
      }),
    );
  });

  it('jumlah kumulatif sama tepat dengan jumlah setiap baris ditambah angka kredit awal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), predikat), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 100000 }), { maxLength: 3 }),
        (potongan, awal) => {
          let m = 0;
          const penilaian = potongan.map(([len, p]) => {
            const r = { mulai: bulan(m), selesai: bulan(m + len - 1), predikat: p };
            m += len;
            return r;
          });
          const angkaKreditAwal = awal.map((v) => ({ jenis: 'lainnya' as const, angkaKredit: (v / 100).toString() }));
          const hasil = hitung(aturan, dasar({ penilaian, angkaKreditAwal, tanggalPerhitungan: '2028-01-15' }));
          const jumlah = [
            ...hasil.konversi.map((k) => k.angkaKredit.pasti),
            ...hasil.angkaKreditAwal.map((a) => a.angkaKredit.pasti),
          ].reduce((s, v) => jumlahkan(s, exact(v)), [0n, 1n] as Rasio);
          expect(sama(jumlah, exact(hasil.akumulasi.kumulatif.pasti))).toBe(true);
        },
      ),
    );
  });
});

describe('pembulatan hanya untuk tampilan', () => {
  it('25/12 ditampilkan 2,083 (3 desimal) dan 2,08 (2 desimal), nilai eksaknya tetap 25/12', () => {
    const p = Pecahan.bagi(25, 12);
    expect(p.toString()).toBe('25/12');
    expect(p.bulatkan(3).toFixed(3)).toBe('2.083');
    expect(p.bulatkan(2).toFixed(2)).toBe('2.08');
  });
  it('setengah dibulatkan ke atas: 2,8125 → 2,813; 0,9375 → 0,938; 1,0625 → 1,063', () => {
    expect(Pecahan.dari('2.8125').bulatkan(3).toFixed(3)).toBe('2.813');
    expect(Pecahan.dari('0.9375').bulatkan(3).toFixed(3)).toBe('0.938');
    expect(Pecahan.dari('1.0625').bulatkan(3).toFixed(3)).toBe('1.063');
  });
  it('ribuan ditulis dengan titik dan desimal dengan koma', () => {
    const hasil = hitung(aturan, dasar({ angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '1050' }] }));
    expect(hasil.akumulasi.kumulatif.tampilan).toBe('1.050,000');
  });
});
