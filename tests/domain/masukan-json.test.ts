// The input JSON's shape and formats, checked at the edge with Indonesian messages.
import { describe, expect, it } from 'vitest';
import { bacaMasukan } from '../../src/input/parse.ts';
import { InputError } from '../../src/domain/galat.ts';
import { periksaNip } from '../../src/input/nip.ts';

const sah = {
  jabatanFungsional: 'pranata_humas',
  jenjang: 'ahli_pertama',
  golongan: 'III/a',
  tmtPangkat: '2022-04-01',
  tmtJenjang: '2022-04-01',
  tanggalPerhitungan: '2025-01-15',
  angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: 150.63 }],
  penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
};

function galat(data: unknown) {
  try {
    bacaMasukan(data);
  } catch (e) {
    return (e as InputError).masalah;
  }
  throw new Error('seharusnya ditolak');
}

describe('dokumen masukan JSON', () => {
  it('angka JSON diterima dan disimpan sebagai teks desimal apa adanya', () => {
    const { masukan } = bacaMasukan(sah);
    expect(masukan.angkaKreditAwal[0]!.angkaKredit).toBe('150.63');
    // Declarations not given stay not given ("belum dinyatakan", issue 12), no longer false.
    expect(masukan.pernyataan).toEqual({});
  });

  it('format tanggal dan bulan yang salah disebut per kolom', () => {
    const ms = galat({ ...sah, tmtPangkat: '01-04-2022', penilaian: [{ mulai: '2024/01', selesai: '2024-12', predikat: '' }] });
    expect(ms.map((m) => m.field).sort()).toEqual(['penilaian.0.mulai', 'penilaian.0.predikat', 'tmtPangkat']);
    expect(ms.find((m) => m.field === 'tmtPangkat')!.pesan).toContain('TTTT-BB-HH');
  });

  it('angka kredit negatif ditolak', () => {
    const ms = galat({ ...sah, angkaKreditAwal: [{ jenis: 'ak_dasar', angkaKredit: -3 }] });
    expect(ms[0]).toMatchObject({ field: 'angkaKreditAwal.0.angkaKredit' });
    expect(ms[0]!.pesan).toContain('tidak negatif');
  });

  it('jenis angka kredit awal yang tidak dikenal ditolak', () => {
    const ms = galat({ ...sah, angkaKreditAwal: [{ jenis: 'bonus', angkaKredit: '3' }] });
    expect(ms[0]!.field).toBe('angkaKreditAwal.0.jenis');
  });
});

describe('struktur NIP', () => {
  it('NIP fiktif yang tersusun benar diterima', () => {
    expect(periksaNip('199001012015032001')).toBeUndefined();
    expect(periksaNip('1990 0101 2015 03 2 001')).toBeUndefined();
  });
  it.each([
    ['12345', '18 angka'],
    ['199013012015032001', 'tanggal lahir'],
    ['199001012003032001', 'TMT CPNS'],
    ['199001012015132001', 'TMT CPNS'],
    ['199001012015033001', 'jenis kelamin'],
    ['199001012015032000', 'nomor urut'],
  ])('NIP %s ditolak (%s)', (nip, kata) => {
    expect(periksaNip(nip)).toContain(kata);
  });
});
