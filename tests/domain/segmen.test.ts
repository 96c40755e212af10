// Edges of the jenjang segments (segmen.ts), called directly: where a range starts (a recorded KJ, else its
// first period), where it ends (the month before the next one), which periods, starting items and KP events
// fall in which segment when they sit exactly on a boundary, the cumulative at a KP, and the order of the
// events. Worked out by hand from rules/: koefisien Ahli Pertama 12,5, Ahli Muda 25, Ahli Madya 37,5, Ahli
// Utama 50 (jenjang.yaml); konversi bulan/12 × persen × koefisien (konversi.yaml); thresholds in
// kumulatif.yaml: KJ Ahli Pertama 100, Ahli Muda 200, Ahli Madya 450; KP Ahli Muda → III/d 100, Ahli
// Madya → IV/b 150, → IV/c 300. Every period below is Baik (100%); its AK is worked out beside it.
import { describe, expect, it } from 'vitest';
import { susunSegmen, type ItemBermasa } from '../../src/domain/segmen.ts';
import type { PeriodeTerbaca } from '../../src/domain/konversi.ts';
import type { KejadianTerbaca, Riwayat } from '../../src/domain/riwayat.ts';
import type { SegmenJenjang } from '../../src/domain/hasil.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import { parseBulan } from '../../src/domain/tanggal.ts';
import { aturan } from '../helpers/aturan.ts';

const jenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)!;
const golongan = (kode: string) => aturan.golongan.find((g) => g.kode === kode)!;
const BAIK = aturan.predikat.find((p) => p.id === 'baik')!;
const bulan = (t: string) => parseBulan(t)!;
type Periode = PeriodeTerbaca & { angkaKredit: Pecahan; urut: number };

/** Periods in time order, numbered 1, 2, … as konversi numbers its rows; `ak` worked out by hand. */
function periode(tmt: string, daftar: [mulai: string, selesai: string, jenjang: string, ak: string][]): Periode[] {
  return daftar.map(([mulai, selesai, j, ak], i) => ({
    nomor: i + 1,
    urut: i + 1,
    mulai: bulan(mulai),
    selesai: bulan(selesai),
    predikat: BAIK,
    jenjang: jenjang(j),
    dalamJenjang: bulan(mulai) >= bulan(tmt),
    angkaKredit: ak.includes('/') ? Pecahan.bagi(ak.split('/')[0]!, ak.split('/')[1]!) : Pecahan.dari(ak),
  }));
}
const kp = (nomor: number, tanggal: string, g: string): KejadianTerbaca => ({
  nomor,
  tanggal,
  bulan: bulan(tanggal.slice(0, 7)),
  jenis: 'kenaikan_pangkat',
  golongan: golongan(g),
});
const kj = (nomor: number, tanggal: string, g: string, j: string): KejadianTerbaca => ({
  ...kp(nomor, tanggal, g),
  jenis: 'kenaikan_jenjang',
  jenjang: jenjang(j),
});
/** A history as riwayat.ts reads it: its events, and the KJ months before the TMT jenjang plus that TMT. */
function riwayat(kejadian: KejadianTerbaca[], batas: string[]): Riwayat {
  return { kejadian, batas: batas.map(bulan), jenjangPada: () => undefined };
}
const susun = (J: string, tmt: string, p: Periode[], item: ItemBermasa[], r: Riwayat) =>
  susunSegmen(aturan, jenjang(J), bulan(tmt), p, item, r, 3);

/** The visible shape of a segment: where it lies, what it holds, its sums. */
const bentuk = (s: SegmenJenjang) => ({
  jenjang: s.jenjang.id,
  mulai: s.mulai,
  selesai: s.selesai,
  baris: s.barisKonversi,
  awal: s.barisAwal,
  subtotal: s.subtotal.pasti,
});
/** An event's date, kind, cumulative and its threshold comparison. */
const peristiwa = (s: SegmenJenjang) =>
  s.kejadian.map((k) => [
    k.tanggal,
    k.jenis,
    k.kumulatif.pasti,
    k.ambang?.pasti,
    k.selisih && `${k.selisih.jenis} ${k.selisih.angka.pasti}`,
  ]);

describe('karier empat jenjang: Ahli Pertama → Ahli Muda (KJ Oktober 2023) → Ahli Madya (KJ Oktober 2024) → Ahli Utama (TMT Maret 2025)', () => {
  const TMT = '2025-03';
  const P = periode(TMT, [
    ['2023-01', '2023-06', 'ahli_pertama', '6.25'], // 1: 6/12 × 100% × 12,5 = 6,25
    ['2023-11', '2024-01', 'ahli_muda', '6.25'], // 2: 3/12 × 25 = 6,25 (starts after the KJ month)
    ['2024-07', '2024-09', 'ahli_muda', '6.25'], // 3: 3/12 × 25 = 6,25
    ['2024-10', '2024-11', 'ahli_madya', '6.25'], // 4: 2/12 × 37,5 = 6,25 (starts on the KJ month)
    ['2025-03', '2025-05', 'ahli_utama', '12.5'], // 5: 3/12 × 50 = 12,5 (from the TMT jenjang)
  ]);
  const ITEM: ItemBermasa[] = [
    { nomor: 1, nilai: Pecahan.dari('10'), letak: 'awal' }, // pengangkatan: the earliest segment
    { nomor: 2, nilai: Pecahan.dari('20'), letak: 'sebelum' }, // PAK Integrasi of an earlier jenjang
    { nomor: 3, nilai: Pecahan.dari('5'), letak: 'berjalan' }, // typed for the current jenjang
    { nomor: 4, nilai: Pecahan.dari('4'), letak: bulan('2025-03') }, // dated on the TMT jenjang's month
    { nomor: 5, nilai: Pecahan.dari('2'), letak: bulan('2023-10') }, // dated on the KJ Ahli Muda month
    { nomor: 6, nilai: Pecahan.dari('3'), letak: bulan('2025-02') }, // dated on Ahli Madya's last month
  ];
  // The history lists the two KPs of Ahli Madya out of date order: the segment lists them by date.
  const R = riwayat(
    [
      kj(1, '2023-10-01', 'III/c', 'ahli_muda'),
      kp(2, '2023-10-01', 'III/c'), // KP sekaligus KJ: the first month of the Ahli Muda segment
      kp(3, '2024-09-01', 'III/d'), // the last month of the Ahli Muda segment; period 3 ends that month
      kj(4, '2024-10-01', 'IV/a', 'ahli_madya'),
      kp(6, '2025-02-01', 'IV/c'), // the last month of the Ahli Madya segment
      kp(5, '2024-12-01', 'IV/b'),
      kj(7, '2025-03-01', 'IV/d', 'ahli_utama'),
    ],
    ['2023-10', '2024-10', TMT],
  );
  // Computed inside each `it`: a result built at describe level would make every mutant it covers static.
  const karier = () => susun('ahli_utama', TMT, P, ITEM, R);

  it('batas segmen: KJ tercatat, atau bulan periode pertama bila belum ada KJ; selesai sebulan sebelum segmen berikutnya', () => {
    const { segmen, itemDihitung } = karier();
    expect(segmen.map(bentuk)).toEqual([
      // Starts with period 1 (no KJ before it), ends the month before KJ Ahli Muda (Oktober 2023), although
      // its last period ends in Juni. Items 1 and 2 belong to the earliest segment.
      // Subtotal 10 + 20 + 6,25 = 36,25.
      { jenjang: 'ahli_pertama', mulai: '2023-01', selesai: '2023-09', baris: [1], awal: [1, 2], subtotal: '36.25' },
      // Starts on its KJ month (period 2 starts a month later), ends before KJ Ahli Madya. Item 5 lies on
      // its first month. Subtotal 2 + 6,25 + 6,25 = 14,5.
      { jenjang: 'ahli_muda', mulai: '2023-10', selesai: '2024-09', baris: [2, 3], awal: [5], subtotal: '14.5' },
      // Period 4 starts on the KJ month itself. Item 6 lies on its last month. Subtotal 3 + 6,25 = 9,25.
      { jenjang: 'ahli_madya', mulai: '2024-10', selesai: '2025-02', baris: [4], awal: [6], subtotal: '9.25' },
      // The current jenjang: items 3 and 4 (dated on the TMT month). Subtotal 5 + 4 + 12,5 = 21,5.
      { jenjang: 'ahli_utama', mulai: '2025-03', selesai: undefined, baris: [5], awal: [3, 4], subtotal: '21.5' },
    ]);
    // Earlier segments have an end; the current one none.
    expect(segmen.map((s) => [s.berjalan, 'selesai' in s, 'reset' in s])).toEqual([
      [false, true, true],
      [false, true, true],
      [false, true, true],
      [true, false, false],
    ]);
    // Only the current segment's items count.
    expect([...itemDihitung].sort()).toEqual([3, 4]);
  });

  it('kenaikan pangkat pada bulan pertama dan terakhir segmen; kumulatif sebelum bulan KP', () => {
    const { segmen } = karier();
    // Ahli Pertama: no KP; KJ on 1 Oktober 2023 with its subtotal 36,25 against 100: short 63,75.
    expect(peristiwa(segmen[0]!)).toEqual([['2023-10-01', 'kenaikan_jenjang', '36.25', '100', 'kekurangan 63.75']]);
    expect(segmen[0]!.kejadian[0]!.tampilan).toBe('1 Oktober 2023');
    expect(peristiwa(segmen[1]!)).toEqual([
      // KP III/c in the segment's first month: nothing before that month (item 5 is dated in it), and
      // Ahli Muda has no KP threshold to III/c (kumulatif.yaml: III/d, IV/a).
      ['2023-10-01', 'kenaikan_pangkat', '0', undefined, undefined],
      // KP III/d in the segment's last month: item 5 (2) + period 2 (6,25) = 8,25; period 3 ends in
      // September itself and is not yet earned. Against 100: short 91,75.
      ['2024-09-01', 'kenaikan_pangkat', '8.25', '100', 'kekurangan 91.75'],
      // KJ Ahli Madya: subtotal 14,5 against 200: short 185,5.
      ['2024-10-01', 'kenaikan_jenjang', '14.5', '200', 'kekurangan 185.5'],
    ]);
    expect(segmen[1]!.kejadian.map((k) => k.tampilan)).toEqual(['1 Oktober 2023', '1 September 2024', '1 Oktober 2024']);
  });

  it('kejadian diurutkan menurut tanggal; ambang menurut golongan tujuan', () => {
    const { segmen } = karier();
    expect(peristiwa(segmen[2]!)).toEqual([
      // KP IV/b: period 4 (6,25) ends in November; item 6 is dated later. Against 150: short 143,75.
      ['2024-12-01', 'kenaikan_pangkat', '6.25', '150', 'kekurangan 143.75'],
      // KP IV/c in the last month: item 6 is dated in that month, so still 6,25. Against 300: short 293,75.
      ['2025-02-01', 'kenaikan_pangkat', '6.25', '300', 'kekurangan 293.75'],
      // KJ Ahli Utama: subtotal 9,25 against 450: short 440,75.
      ['2025-03-01', 'kenaikan_jenjang', '9.25', '450', 'kekurangan 440.75'],
    ]);
    // The current segment: no KP recorded after its start.
    expect(segmen[3]!.kejadian).toEqual([]);
  });
});

describe('segmen tanpa KJ tercatat: jenjang periode menentukan', () => {
  it('jenjang yang berganti membuka segmen baru; jenjang yang sama berlanjut', () => {
    // No riwayat: the only boundary is the TMT jenjang (Januari 2024).
    const P = periode('2024-01', [
      ['2023-01', '2023-06', 'ahli_pertama', '6.25'], // 6/12 × 12,5 = 6,25
      ['2023-07', '2023-08', 'ahli_muda', '25/6'], // 2/12 × 25 = 25/6
      ['2023-09', '2023-12', 'ahli_muda', '25/3'], // 4/12 × 25 = 25/3
      ['2024-01', '2024-06', 'ahli_madya', '18.75'], // 6/12 × 37,5 = 18,75
    ]);
    const { segmen } = susun('ahli_madya', '2024-01', P, [], riwayat([], ['2024-01']));
    expect(segmen.map(bentuk)).toEqual([
      { jenjang: 'ahli_pertama', mulai: '2023-01', selesai: '2023-06', baris: [1], awal: [], subtotal: '6.25' },
      // Starts with its first period (Juli 2023); 25/6 + 25/3 = 25/6 + 50/6 = 75/6 = 12,5.
      { jenjang: 'ahli_muda', mulai: '2023-07', selesai: '2023-12', baris: [2, 3], awal: [], subtotal: '12.5' },
      { jenjang: 'ahli_madya', mulai: '2024-01', selesai: undefined, baris: [4], awal: [], subtotal: '18.75' },
    ]);
    // The KJ events are dated on the next segment's first day.
    expect(segmen.slice(0, 2).map((s) => s.kejadian.map((k) => k.tanggal))).toEqual([['2023-07-01'], ['2024-01-01']]);
  });

  it('setiap KJ tercatat memulai segmen baru, juga ke jenjang yang sama', () => {
    // KJ to Ahli Muda recorded in Juli 2023 and again in Januari 2024; TMT Ahli Madya Januari 2025.
    const P = periode('2025-01', [
      ['2023-07', '2023-12', 'ahli_muda', '12.5'], // 6/12 × 25 = 12,5
      ['2024-01', '2024-06', 'ahli_muda', '12.5'], // 6/12 × 25 = 12,5
    ]);
    const R = riwayat(
      [kj(1, '2023-07-01', 'III/c', 'ahli_muda'), kj(2, '2024-01-01', 'III/c', 'ahli_muda')],
      ['2023-07', '2024-01', '2025-01'],
    );
    const { segmen } = susun('ahli_madya', '2025-01', P, [], R);
    // The counter restarts at 0 at the second KJ: two Ahli Muda segments of 12,5 each.
    expect(segmen.map(bentuk)).toEqual([
      { jenjang: 'ahli_muda', mulai: '2023-07', selesai: '2023-12', baris: [1], awal: [], subtotal: '12.5' },
      { jenjang: 'ahli_muda', mulai: '2024-01', selesai: '2024-12', baris: [2], awal: [], subtotal: '12.5' },
      { jenjang: 'ahli_madya', mulai: '2025-01', selesai: undefined, baris: [], awal: [], subtotal: '0' },
    ]);
  });
});

describe('hanya segmen berjalan', () => {
  it("'awal' dihitung, 'sebelum' tidak ada tempatnya; yang bertanggal sebelum TMT jenjang tidak dihitung", () => {
    // TMT Ahli Pertama Januari 2024, no earlier period: the current segment is also the earliest.
    const P = periode('2024-01', [['2024-01', '2024-12', 'ahli_pertama', '12.5']]); // 12/12 × 12,5
    const ITEM: ItemBermasa[] = [
      { nomor: 1, nilai: Pecahan.dari('10'), letak: 'awal' },
      { nomor: 2, nilai: Pecahan.dari('20'), letak: 'sebelum' },
      { nomor: 3, nilai: Pecahan.dari('3'), letak: bulan('2023-12') }, // the month before the TMT
      { nomor: 4, nilai: Pecahan.dari('4'), letak: bulan('2024-06') },
    ];
    const { segmen, itemDihitung } = susun('ahli_pertama', '2024-01', P, ITEM, riwayat([], ['2024-01']));
    // 10 + 4 + 12,5 = 26,5.
    expect(segmen.map(bentuk)).toEqual([
      { jenjang: 'ahli_pertama', mulai: '2024-01', selesai: undefined, baris: [1], awal: [1, 4], subtotal: '26.5' },
    ]);
    expect([...itemDihitung].sort()).toEqual([1, 4]);
  });

  it('dua kenaikan pangkat pada tanggal yang sama tetap dalam urutan riwayat', () => {
    // Ahli Madya since Januari 2024; two KPs written on 1 Juli 2024 (IV/b, then IV/c). Period 6/12 × 37,5 =
    // 18,75 ends in Juni: at both KPs the cumulative is 18,75, against 150 and 300.
    const P = periode('2024-01', [['2024-01', '2024-06', 'ahli_madya', '18.75']]);
    const R = riwayat([kp(1, '2024-07-01', 'IV/b'), kp(2, '2024-07-01', 'IV/c')], ['2024-01']);
    const { segmen } = susun('ahli_madya', '2024-01', P, [], R);
    expect(peristiwa(segmen[0]!)).toEqual([
      ['2024-07-01', 'kenaikan_pangkat', '18.75', '150', 'kekurangan 131.25'],
      ['2024-07-01', 'kenaikan_pangkat', '18.75', '300', 'kekurangan 281.25'],
    ]);
  });
});
