// Reading the career history (riwayat.ts): each entry checked against the calculation date, the current
// position and the one-step-per-KP rule; the jenjang boundaries and the jenjang held in a past month.
// Golongan order and jenjang ranges from rules/golongan.yaml and rules/jenjang.yaml.
import { describe, expect, it } from 'vitest';
import { bacaRiwayat } from '../../src/domain/riwayat.ts';
import type { MasalahMasukan } from '../../src/domain/galat.ts';
import type { Kejadian } from '../../src/domain/masukan.ts';
import type { JabatanFungsional } from '../../src/domain/aturan.ts';
import { bulanDari } from '../../src/domain/tanggal.ts';
import { aturan } from '../helpers/aturan.ts';

const jenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)!;
const golongan = (kode: string) => aturan.golongan.find((g) => g.kode === kode)!;
const LAINNYA = aturan.jabatanFungsional.find((j) => j.id === 'lainnya')!;
const kp = (tanggal: string, g: string): Kejadian => ({ tanggal, jenis: 'kenaikan_pangkat', golongan: g });
const kjj = (tanggal: string, g: string, j: string): Kejadian => ({ tanggal, jenis: 'kenaikan_jenjang', golongan: g, jenjang: j });

// Now: Ahli Madya IV/a, TMT jenjang and pangkat 1 Januari 2024 (a KP sekaligus KJ), calculated 15 Januari 2025.
function baca(daftar: Kejadian[], jf: JabatanFungsional = LAINNYA) {
  const masalah: MasalahMasukan[] = [];
  const r = bacaRiwayat(aturan, daftar, jf, jenjang('ahli_madya'), '2024-01-01', '2025-01-15', masalah, {
    golongan: golongan('IV/a'),
    tmtPangkat: '2024-01-01',
  });
  return { r, kolom: masalah.map((m) => m.field) };
}
const KARIER = [
  kjj('2020-01-01', 'III/c', 'ahli_muda'),
  kp('2022-01-01', 'III/d'),
  kjj('2024-01-01', 'IV/a', 'ahli_madya'),
  kp('2024-01-01', 'IV/a'),
];

describe('riwayat yang sah', () => {
  it('diurutkan menurut bulan, KP sebelum KJ pada tanggal yang sama', () => {
    const { r, kolom } = baca(KARIER);
    expect(kolom).toEqual([]);
    expect(r.kejadian.map((k) => [k.nomor, k.jenis, k.golongan.kode])).toEqual([
      [1, 'kenaikan_jenjang', 'III/c'],
      [2, 'kenaikan_pangkat', 'III/d'],
      [4, 'kenaikan_pangkat', 'IV/a'],
      [3, 'kenaikan_jenjang', 'IV/a'],
    ]);
    expect(r.kejadian[0]!.jenjang?.id).toBe('ahli_muda');
    expect('jenjang' in r.kejadian[1]!).toBe(false);
  });

  it('batas jenjang: setiap KJ sebelum TMT jenjang dan TMT jenjang itu sendiri, sekali, naik', () => {
    const { r } = baca([
      kjj('2020-01-01', 'III/c', 'ahli_muda'),
      kjj('2020-01-15', 'III/c', 'ahli_muda'),
      kp('2022-01-01', 'III/d'),
      kp('2024-01-01', 'IV/a'),
    ]);
    expect(r.batas).toEqual([bulanDari('2020-01-01'), bulanDari('2024-01-01')]);
  });

  it('jenjang pada bulan lampau: sejak KJ jenjang itu; sebelum KJ pertama pendahulunya (Ahli Pertama)', () => {
    const { r } = baca(KARIER);
    const pada = (t: string) => r.jenjangPada(bulanDari(t))?.id;
    expect([pada('2019-12-01'), pada('2020-01-01'), pada('2023-12-01'), pada('2024-01-01'), pada('2030-01-01')]).toEqual([
      'ahli_pertama',
      'ahli_muda',
      'ahli_muda',
      'ahli_madya',
      'ahli_madya',
    ]);
  });

  it('tanpa riwayat: hanya bulan sejak TMT jenjang yang diketahui jenjangnya', () => {
    const { r } = baca([]);
    expect(r.batas).toEqual([bulanDari('2024-01-01')]);
    expect(r.jenjangPada(bulanDari('2023-12-01'))).toBeUndefined();
    expect(r.jenjangPada(bulanDari('2024-01-01'))?.id).toBe('ahli_madya');
  });

  it('pendahulu yang tidak ada pada JF tidak ditebak', () => {
    const tanpaAhliPertama = { ...LAINNYA, jenjang: LAINNYA.jenjang.filter((j) => j !== 'ahli_pertama') };
    const { r } = baca(KARIER, tanpaAhliPertama);
    expect(r.jenjangPada(bulanDari('2019-12-01'))).toBeUndefined();
    expect(r.jenjangPada(bulanDari('2020-02-01'))?.id).toBe('ahli_muda');
  });
});

describe('riwayat yang ditolak, per kolom', () => {
  it('tanggal: tidak sah, atau sesudah tanggal perhitungan (tepat pada tanggal itu diterima)', () => {
    expect(baca([kp('2024-13-01', 'IV/a')]).kolom).toEqual(['riwayat.0.tanggal']);
    expect(baca([kp('2025-01-16', 'IV/a')]).kolom).toEqual(['riwayat.0.tanggal']);
  });

  it('golongan: tidak dikenal, atau di atas golongan saat ini', () => {
    expect(baca([kp('2022-01-01', 'III/z')]).kolom).toEqual(['riwayat.0.golongan']);
    expect(baca([kp('2022-01-01', 'IV/b')]).kolom).toEqual(['riwayat.0.golongan']);
    expect(baca([kp('2022-01-01', 'III/d')]).kolom).toEqual([]);
  });

  it('KP sesudah TMT pangkat saat ini ditolak; tepat pada TMT pangkat diterima', () => {
    expect(baca([kp('2024-01-02', 'IV/a')]).kolom).toEqual(['riwayat.0.tanggal']);
    expect(baca([kp('2024-01-01', 'IV/a')]).kolom).toEqual([]);
  });

  it('KJ: jenjang yang tidak ada, golongan di luar jenjang tujuan, sesudah TMT jenjang, atau pada TMT jenjang ke jenjang lain', () => {
    expect(baca([kjj('2020-01-01', 'III/c', 'ahli_besar')]).kolom).toEqual(['riwayat.0.jenjang']);
    expect(baca([{ tanggal: '2020-01-01', jenis: 'kenaikan_jenjang', golongan: 'III/c' }]).kolom).toEqual(['riwayat.0.jenjang']);
    expect(baca([kjj('2020-01-01', 'III/b', 'ahli_muda')]).kolom).toEqual(['riwayat.0.golongan']);
    const humas = aturan.jabatanFungsional.find((j) => j.id === 'pranata_humas')!;
    expect(baca([kjj('2020-01-01', 'IV/a', 'ahli_utama')], humas).kolom).toEqual(['riwayat.0.jenjang']);
    expect(baca([kjj('2024-01-02', 'IV/a', 'ahli_madya')]).kolom).toEqual(['riwayat.0.tanggal']);
    expect(baca([kjj('2024-01-01', 'III/d', 'ahli_muda')]).kolom).toEqual(['riwayat.0.jenjang']);
  });

  it('satu KP menaikkan satu tingkat: melompat atau tetap ditolak; KJ boleh tetap atau naik satu', () => {
    expect(baca([kp('2020-01-01', 'III/c'), kp('2022-01-01', 'IV/a')]).kolom).toEqual(['riwayat.1.golongan']);
    expect(baca([kp('2020-01-01', 'III/d'), kp('2022-01-01', 'III/d')]).kolom).toEqual(['riwayat.1.golongan']);
    expect(baca([kp('2020-01-01', 'III/c'), kjj('2022-01-01', 'III/c', 'ahli_muda')]).kolom).toEqual([]);
    expect(baca([kp('2020-01-01', 'III/c'), kjj('2022-01-01', 'III/d', 'ahli_muda')]).kolom).toEqual([]);
    expect(baca([kp('2020-01-01', 'III/b'), kjj('2022-01-01', 'III/d', 'ahli_muda')]).kolom).toEqual(['riwayat.1.golongan']);
    expect(baca([kp('2020-01-01', 'III/d'), kjj('2022-01-01', 'III/c', 'ahli_muda')]).kolom).toEqual(['riwayat.1.golongan']);
  });
});
