// Bad input: typed, Indonesian, naming the field.
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { InputError } from '../../src/domain/galat.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

function masalah(m: Masukan) {
  try {
    hitung(aturan, m);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).masalah;
  }
  throw new Error('hitung seharusnya menolak masukan ini');
}

describe('masukan yang salah ditolak dengan pesan yang menyebut kolomnya', () => {
  it('predikat yang tidak dikenal', () => {
    const [m] = masalah(dasar({ penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Istimewa' }] }));
    expect(m!.field).toBe('penilaian.0.predikat');
    expect(m!.pesan).toContain('"Istimewa" tidak dikenal');
    expect(m!.pesan).toContain('Butuh Perbaikan');
  });

  it('golongan di luar rentang jenjang', () => {
    const [m] = masalah(dasar({ jenjang: 'ahli_pertama', golongan: 'III/c' }));
    expect(m).toMatchObject({ field: 'golongan' });
    expect(m!.pesan).toContain('III/c berada di luar jenjang Ahli Pertama');
  });

  it('jenjang yang tidak dimiliki jabatan fungsional (Pranata Humas tanpa Pemula)', () => {
    const [m] = masalah(dasar({ jabatanFungsional: 'pranata_humas', jenjang: 'pemula', golongan: 'II/a' }));
    expect(m).toMatchObject({ field: 'jenjang' });
    expect(m!.pesan).toContain('Jenjang Pemula tidak ada pada Pranata Hubungan Masyarakat');
  });

  it('periode yang tumpang tindih menyebut kedua periode', () => {
    const ms = masalah(
      dasar({
        penilaian: [
          { mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' },
          { mulai: '2024-06', selesai: '2024-08', predikat: 'Baik' },
        ],
      }),
    );
    expect(ms).toHaveLength(1);
    expect(ms[0]!.field).toBe('penilaian.1.mulai');
    expect(ms[0]!.pesan).toContain('Periode 2 (Juni–Agustus 2024) tumpang tindih dengan periode 1 (Januari–Desember 2024)');
  });

  it('bulan mulai sesudah bulan selesai', () => {
    const [m] = masalah(dasar({ penilaian: [{ mulai: '2024-06', selesai: '2024-01', predikat: 'Baik' }] }));
    expect(m!.field).toBe('penilaian.0.selesai');
    expect(m!.pesan).toContain('Juni 2024');
  });

  it('bulan sebelum Januari 2023 diarahkan ke PAK Integrasi', () => {
    const [m] = masalah(dasar({ penilaian: [{ mulai: '2022-07', selesai: '2022-12', predikat: 'Baik' }] }));
    expect(m!.field).toBe('penilaian.0.mulai');
    expect(m!.pesan).toContain('PAK Integrasi');
  });

  it('tanggal dan bulan yang tidak sah', () => {
    const ms = masalah(dasar({ tmtPangkat: '2023-02-30', penilaian: [{ mulai: '2024-13', selesai: '2024-1', predikat: 'Baik' }] }));
    expect(ms.map((m) => m.field)).toEqual(['tmtPangkat']);
    const ms2 = masalah(dasar({ penilaian: [{ mulai: '2024-13', selesai: '2024-1', predikat: 'Baik' }] }));
    expect(ms2.map((m) => m.field).sort()).toEqual(['penilaian.0.mulai', 'penilaian.0.selesai']);
  });

  it('angka kredit negatif atau bukan angka', () => {
    const ms = masalah(
      dasar({
        angkaKreditAwal: [
          { jenis: 'ak_dasar', angkaKredit: '-5' },
          { jenis: 'lainnya', angkaKredit: 'lima' },
        ],
      }),
    );
    expect(ms.map((m) => m.field)).toEqual(['angkaKreditAwal.0.angkaKredit', 'angkaKreditAwal.1.angkaKredit']);
    expect(ms[0]!.pesan).toContain('tidak negatif');
  });

  it('periode yang melintasi TMT jenjang harus dipisah', () => {
    const [m] = masalah(
      dasar({ tmtJenjang: '2024-07-01', penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik', jenjang: 'ahli_pertama' }] }),
    );
    expect(m!.pesan).toContain('melintasi TMT jenjang (Juli 2024)');
    expect(m!.pesan).toContain('sampai Juni 2024');
  });

  it('periode sebelum TMT jenjang harus menyebut jenjangnya', () => {
    const [m] = masalah(dasar({ tmtJenjang: '2024-07-01', penilaian: [{ mulai: '2024-01', selesai: '2024-06', predikat: 'Baik' }] }));
    expect(m!.field).toBe('penilaian.0.jenjang');
  });

  it('periode yang melewati tanggal perhitungan', () => {
    const [m] = masalah(
      dasar({ tanggalPerhitungan: '2024-06-10', penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }] }),
    );
    expect(m!.field).toBe('penilaian.0.selesai');
  });

  it('semua masalah dilaporkan sekaligus', () => {
    const ms = masalah(dasar({ jenjang: 'tidak_ada', golongan: 'V/z', tmtJenjang: 'kemarin' }));
    expect(ms.map((m) => m.field).sort()).toEqual(['golongan', 'jenjang', 'tmtJenjang']);
  });
});
