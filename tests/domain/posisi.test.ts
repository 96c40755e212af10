// Reading the position (posisi.ts): which golongan a jenjang accepts, the once-only KP without KJ
// (Keputusan 9), the dates against the calculation date and the display decimals. Expected fields and
// values from rules/ (jenjang.yaml, kumulatif.yaml, pembulatan.yaml); each input is read inside its `it`.
import { describe, expect, it } from 'vitest';
import { bacaPosisi, setelahKpTanpaFormasi } from '../../src/domain/posisi.ts';
import { InputError } from '../../src/domain/galat.ts';
import type { Masukan, Opsi } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

/** The fields named by the InputError, or [] when the position is read. */
function kolomSalah(over: Partial<Masukan>, opsi: Opsi = {}): string[] {
  try {
    bacaPosisi(aturan, dasar(over), opsi);
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.masalah.map((m) => m.field);
  }
}
const jenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)!;
const golongan = (kode: string) => aturan.golongan.find((g) => g.kode === kode)!;
const BELUM_PERNAH = { ...dasar().pernyataan, kenaikanPangkatTanpaFormasiSudahDigunakan: false };

describe('posisi: golongan di atas jenjang (Keputusan 9)', () => {
  it('Ahli Pertama III/c diterima bila KP tanpa formasi dinyatakan sudah digunakan', () => {
    const over = { golongan: 'III/c', pernyataan: { ...BELUM_PERNAH, kenaikanPangkatTanpaFormasiSudahDigunakan: true } };
    expect(kolomSalah(over)).toEqual([]);
    expect(setelahKpTanpaFormasi(aturan, dasar(over), jenjang('ahli_pertama'), golongan('III/c'))).toBe(true);
  });

  it('Ahli Pertama III/c tanpa pernyataan dan tanpa riwayat ditolak pada kolom golongan', () => {
    expect(kolomSalah({ golongan: 'III/c', pernyataan: BELUM_PERNAH })).toEqual(['golongan']);
  });

  it('riwayat KP ke III/c tepat pada TMT jenjang (1 April 2021) diterima; sehari sebelumnya tidak', () => {
    const riwayat = (tanggal: string): Partial<Masukan> => ({
      golongan: 'III/c',
      pernyataan: BELUM_PERNAH,
      riwayat: [{ tanggal, jenis: 'kenaikan_pangkat', golongan: 'III/c' }],
    });
    const J = jenjang('ahli_pertama');
    const G = golongan('III/c');
    expect(setelahKpTanpaFormasi(aturan, dasar(riwayat('2021-04-01')), J, G)).toBe(true);
    expect(setelahKpTanpaFormasi(aturan, dasar(riwayat('2021-03-31')), J, G)).toBe(false);
  });

  it('riwayat yang bukan KP ke golongan itu tidak dihitung', () => {
    const J = jenjang('ahli_pertama');
    const G = golongan('III/c');
    const dengan = (r: NonNullable<Masukan['riwayat']>[number]) =>
      setelahKpTanpaFormasi(aturan, dasar({ pernyataan: BELUM_PERNAH, riwayat: [r] }), J, G);
    expect(dengan({ tanggal: '2024-02-01', jenis: 'kenaikan_jenjang', golongan: 'III/c', jenjang: 'ahli_pertama' })).toBe(false);
    expect(dengan({ tanggal: '2024-02-01', jenis: 'kenaikan_pangkat', golongan: 'III/b' })).toBe(false);
    expect(setelahKpTanpaFormasi(aturan, dasar({ pernyataan: BELUM_PERNAH }), J, G)).toBe(false);
  });

  it('dua tingkat di atas puncak (Ahli Pertama III/d) tidak pernah diterima, walau dinyatakan', () => {
    const over = { golongan: 'III/d', pernyataan: { ...BELUM_PERNAH, kenaikanPangkatTanpaFormasiSudahDigunakan: true } };
    expect(setelahKpTanpaFormasi(aturan, dasar(over), jenjang('ahli_pertama'), golongan('III/d'))).toBe(false);
    expect(kolomSalah(over)).toEqual(['golongan']);
  });

  it('golongan di bawah jenjang (Ahli Muda III/b) ditolak', () => {
    expect(kolomSalah({ jenjang: 'ahli_muda', golongan: 'III/b' })).toEqual(['golongan']);
  });
});

describe('posisi: tanggal dan tampilan', () => {
  it('TMT pangkat dan TMT jenjang tepat pada tanggal perhitungan diterima; sehari sesudahnya ditolak', () => {
    expect(kolomSalah({ tmtPangkat: '2025-01-15', tmtJenjang: '2025-01-15' })).toEqual([]);
    expect(kolomSalah({ tmtPangkat: '2025-01-16', tmtJenjang: '2025-01-16' })).toEqual(['tmtPangkat', 'tmtJenjang']);
  });

  it('tanggal yang tidak sah disebut per kolom, semuanya sekaligus', () => {
    expect(kolomSalah({ tmtPangkat: '2025-02-30', tmtJenjang: 'kemarin', tanggalPerhitungan: '2025-13-01' })).toEqual([
      'tanggalPerhitungan',
      'tmtPangkat',
      'tmtJenjang',
    ]);
  });

  it('desimal tampilan 2 dan 3 diterima (pembulatan.yaml pilihanDesimal), 4 ditolak; bawaan 3', () => {
    expect(bacaPosisi(aturan, dasar(), {}).desimal).toBe(3);
    expect(bacaPosisi(aturan, dasar(), { desimal: 2 }).desimal).toBe(2);
    expect(kolomSalah({}, { desimal: 4 })).toEqual(['tampilan.desimal']);
  });

  it('bulan perhitungan dan bulan TMT jenjang: satu bulan berselisih satu', () => {
    const p = bacaPosisi(aturan, dasar({ tmtJenjang: '2024-12-31', tanggalPerhitungan: '2025-01-01' }), {});
    expect(p.bulanPerhitungan - p.bulanTmtJenjang).toBe(1);
  });

  it('angka kredit awal dibaca eksak; yang tidak sah disebut dengan nomor barisnya', () => {
    const p = bacaPosisi(aturan, dasar({ angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '75,63' }] }), {});
    expect(p.akAwal[0]!.nilai.toString()).toBe('75.63');
    expect(
      kolomSalah({
        angkaKreditAwal: [
          { jenis: 'ak_dasar', angkaKredit: '1' },
          { jenis: 'ak_integrasi', angkaKredit: '-1' },
        ],
      }),
    ).toEqual(['angkaKreditAwal.1.angkaKredit']);
  });

  it('jabatan, jenjang dan golongan yang tidak dikenal disebut semuanya', () => {
    expect(kolomSalah({ jabatanFungsional: 'x', jenjang: 'y', golongan: 'V/a' })).toEqual(['jabatanFungsional', 'jenjang', 'golongan']);
    // A jenjang the JF does not have: Pranata Humas has no Ahli Utama (jabatan-fungsional.yaml).
    expect(kolomSalah({ jabatanFungsional: 'pranata_humas', jenjang: 'ahli_utama', golongan: 'IV/d' })).toEqual(['jenjang']);
  });
});

describe('posisi: tepi lain', () => {
  it('Ahli Madya (IV/a–IV/c, tiga golongan) IV/d sesudah KP tanpa formasi diterima: puncaknya IV/c, bukan IV/b', () => {
    const over = {
      jenjang: 'ahli_madya',
      golongan: 'IV/d',
      pernyataan: { ...BELUM_PERNAH, kenaikanPangkatTanpaFormasiSudahDigunakan: true },
    };
    expect(kolomSalah(over)).toEqual([]);
  });

  it('Penyelia (tanpa KP dari puncaknya III/d): IV/a tidak pernah diterima, walau dinyatakan', () => {
    const over = {
      jenjang: 'penyelia',
      golongan: 'IV/a',
      pernyataan: { ...BELUM_PERNAH, kenaikanPangkatTanpaFormasiSudahDigunakan: true },
    };
    expect(kolomSalah(over)).toEqual(['golongan']);
  });

  it('tanggal perhitungan sebelum kalender KP pertama (1 Januari 2000, kalender-kp.yaml) ditolak pada kolomnya', () => {
    expect(kolomSalah({ tanggalPerhitungan: '1999-12-31', tmtPangkat: '1999-01-01', tmtJenjang: '1999-01-01' })).toEqual([
      'tanggalPerhitungan',
    ]);
  });
});
