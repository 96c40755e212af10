// The batch's direct check of its own input documents (src/batch/masukan-cepat.ts) must accept only
// what the zod schema accepts, and then give exactly zod's object: the same keys in the same order (the
// verification code hashes it), the same defaults, the same engine input.
import { describe, expect, it } from 'vitest';
import { readBatchMasukan, fastMasukan } from '../../src/batch/masukan-cepat.ts';
import { bacaMasukan } from '../../src/input/parse.ts';
import { masukanSchema, type MasukanJson } from '../../src/input/schema.ts';
import { kodeVerifikasi } from '../../src/pdf/kode.ts';
import { orangRekaan } from '../../bench/orang-rekaan.ts';
import { aturan } from '../helpers/aturan.ts';

/** Same result as bacaMasukan, or (fast path declined) bacaMasukan itself; never accepts what zod refuses. */
function banding(doc: MasukanJson): 'cepat' | 'zod' | 'ditolak' {
  const z = masukanSchema.safeParse(doc);
  const c = fastMasukan(doc);
  if (c === undefined) return z.success ? 'zod' : 'ditolak';
  expect(z.success, JSON.stringify(doc)).toBe(true);
  expect(JSON.stringify(c)).toBe(JSON.stringify(z.data));
  expect(c).toEqual(z.data);
  expect(readBatchMasukan(doc)).toEqual(bacaMasukan(doc));
  expect(kodeVerifikasi(c, aturan.versi)).toBe(kodeVerifikasi(z.data, aturan.versi));
  return 'cepat';
}

const dasar = (): MasukanJson => ({
  jabatanFungsional: 'pranata_humas',
  jenjang: 'ahli_pertama',
  golongan: 'III/a',
  tmtPangkat: '2021-04-01',
  tmtJenjang: '2021-04-01',
  angkaKreditAwal: [{ jenis: 'ak_dasar', angkaKredit: '12.5' }],
  penilaian: [
    { mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' },
    { mulai: '2025-01', selesai: '2025-06', predikat: 'sangat baik', jenjang: 'ahli_pertama' },
  ],
  pernyataan: { bebasHukumanDisiplin: true, formasiTersedia: false, lulusUjiKompetensi: true },
  tanggalPerhitungan: '2025-07-15',
  identitas: { nip: '199001012015031001', nama: 'Andi Saputra (fiktif)', unitKerja: 'Biro Humas' },
});

describe('pemeriksaan langsung dokumen batch = skema zod', () => {
  it('pegawai rekaan (dengan kesalahan): hasil sama persis, dan jalur langsung memang dipakai', () => {
    const { orang } = orangRekaan(aturan, 1500);
    const hitung = { cepat: 0, zod: 0, ditolak: 0 };
    for (const o of orang) if (o.masukan) hitung[banding(o.masukan)]++;
    expect(hitung.cepat).toBeGreaterThan(1300);
  });

  it('di sekitar setiap batas skema: diterima hanya bila zod menerima, dengan objek yang sama', () => {
    const ubah: [string, (d: MasukanJson) => void, 'cepat' | 'zod' | 'ditolak'][] = [
      ['dasar', () => {}, 'cepat'],
      [
        'nama 150 karakter',
        (d) => {
          d.identitas!.nama = 'A'.repeat(150);
        },
        'cepat',
      ],
      [
        'nama 151 karakter',
        (d) => {
          d.identitas!.nama = 'A'.repeat(151);
        },
        'ditolak',
      ],
      [
        'nama 150 karakter berspasi di tepi',
        (d) => {
          d.identitas!.nama = `  ${'A'.repeat(150)} `;
        },
        'cepat',
      ],
      [
        'unit kerja 201 karakter',
        (d) => {
          d.identitas!.unitKerja = 'U'.repeat(201);
        },
        'ditolak',
      ],
      [
        'instansi 200 karakter',
        (d) => {
          d.identitas!.instansi = 'I'.repeat(200);
        },
        'cepat',
      ],
      [
        'NIP berspasi',
        (d) => {
          d.identitas!.nip = ' 19900101 201503 1 001 ';
        },
        'cepat',
      ],
      [
        'NIP kosong',
        (d) => {
          d.identitas!.nip = '  ';
        },
        'cepat',
      ],
      [
        'NIP salah',
        (d) => {
          d.identitas!.nip = '199013012015031001';
        },
        'ditolak',
      ],
      [
        'tanpa identitas',
        (d) => {
          delete d.identitas;
        },
        'cepat',
      ],
      [
        'identitas dengan kunci asing',
        (d) => {
          (d.identitas as Record<string, unknown>).jabatan = 'x';
        },
        'zod',
      ],
      [
        'kunci asing di akar',
        (d) => {
          (d as Record<string, unknown>).catatan = 'x';
        },
        'zod',
      ],
      [
        'tanggal berspasi',
        (d) => {
          d.tmtPangkat = ' 2021-04-01 ';
        },
        'cepat',
      ],
      [
        'tanggal tidak ada di kalender',
        (d) => {
          d.tmtJenjang = '2021-02-29';
        },
        'ditolak',
      ],
      [
        'tanggal kosong',
        (d) => {
          d.tanggalPerhitungan = '';
        },
        'ditolak',
      ],
      [
        'bulan satu digit',
        (d) => {
          d.penilaian![0]!.mulai = '2024-1';
        },
        'ditolak',
      ],
      [
        'bulan 13',
        (d) => {
          d.penilaian![0]!.selesai = '2024-13';
        },
        'ditolak',
      ],
      [
        'bulan berspasi',
        (d) => {
          d.penilaian![0]!.selesai = ' 2024-12 ';
        },
        'cepat',
      ],
      [
        'predikat hanya spasi',
        (d) => {
          d.penilaian![1]!.predikat = '   ';
        },
        'ditolak',
      ],
      [
        'jenjang periode kosong',
        (d) => {
          d.penilaian![1]!.jenjang = '';
        },
        'cepat',
      ],
      [
        'jenjang periode berspasi',
        (d) => {
          d.penilaian![1]!.jenjang = ' ahli_muda ';
        },
        'cepat',
      ],
      [
        'AK awal dengan koma',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = '12,5';
        },
        'cepat',
      ],
      [
        'AK awal berspasi',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = ' 12.5 ';
        },
        'cepat',
      ],
      [
        'AK awal dua titik',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = '1.2.5';
        },
        'ditolak',
      ],
      [
        'AK awal sebagai angka JSON',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = 12.5;
        },
        'zod',
      ],
      [
        'AK awal dengan uraian',
        (d) => {
          d.angkaKreditAwal![0]!.uraian = 'PAK 2022';
        },
        'zod',
      ],
      [
        'jenis AK tidak dikenal',
        (d) => {
          d.angkaKreditAwal![0]!.jenis = 'bonus' as never;
        },
        'ditolak',
      ],
      [
        '600 periode',
        (d) => {
          d.penilaian = Array.from({ length: 600 }, () => ({ mulai: '2024-01', selesai: '2024-01', predikat: 'Baik' }));
        },
        'cepat',
      ],
      [
        '601 periode',
        (d) => {
          d.penilaian = Array.from({ length: 601 }, () => ({ mulai: '2024-01', selesai: '2024-01', predikat: 'Baik' }));
        },
        'ditolak',
      ],
      [
        '50 baris AK awal',
        (d) => {
          d.angkaKreditAwal = Array.from({ length: 50 }, () => ({ jenis: 'lainnya' as const, angkaKredit: '1' }));
        },
        'cepat',
      ],
      [
        '51 baris AK awal',
        (d) => {
          d.angkaKreditAwal = Array.from({ length: 51 }, () => ({ jenis: 'lainnya' as const, angkaKredit: '1' }));
        },
        'ditolak',
      ],
      [
        'pernyataan bukan boolean',
        (d) => {
          (d.pernyataan as Record<string, unknown>).formasiTersedia = 'ya';
        },
        'ditolak',
      ],
      [
        'pernyataan sebagian',
        (d) => {
          d.pernyataan = { bebasHukumanDisiplin: true };
        },
        'cepat',
      ],
      [
        // No declarations at all is valid (every one "belum dinyatakan"): the direct check takes it too.
        'tanpa pernyataan',
        (d) => {
          delete d.pernyataan;
        },
        'cepat',
      ],
      [
        'pernyataan null (belum dinyatakan)',
        (d) => {
          d.pernyataan = { bebasHukumanDisiplin: null, formasiTersedia: false };
        },
        'cepat',
      ],
      [
        'golongan tidak ada',
        (d) => {
          delete (d as Record<string, unknown>).golongan;
        },
        'ditolak',
      ],
      // The bounds of src/input/batas.ts: 9 digits before the comma and 6 after, years 1900–2100, texts of 100.
      [
        'AK awal 9 + 6 angka',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = '123456789,123456';
        },
        'cepat',
      ],
      [
        'AK awal 10 angka di depan koma',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = '1234567890';
        },
        'ditolak',
      ],
      [
        'AK awal 7 angka di belakang koma',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = '1.1234567';
        },
        'ditolak',
      ],
      [
        'AK awal nol di depan dihitung',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = '0000000012';
        },
        'ditolak',
      ],
      [
        'AK awal 30.000 nol',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = `0,${'0'.repeat(30_000)}1`;
        },
        'ditolak',
      ],
      [
        'AK awal 9 angka berspasi di tepi',
        (d) => {
          d.angkaKreditAwal![0]!.angkaKredit = ' 123456789 ';
        },
        'cepat',
      ],
      [
        'TMT pangkat tahun 1900',
        (d) => {
          d.tmtPangkat = '1900-01-01';
        },
        'cepat',
      ],
      [
        'TMT pangkat tahun 1899',
        (d) => {
          d.tmtPangkat = '1899-12-31';
        },
        'ditolak',
      ],
      [
        'tanggal perhitungan tahun 2100',
        (d) => {
          d.tanggalPerhitungan = '2100-12-31';
        },
        'cepat',
      ],
      [
        'tanggal perhitungan tahun 2101',
        (d) => {
          d.tanggalPerhitungan = '2101-01-01';
        },
        'ditolak',
      ],
      [
        'tanggal perhitungan 9999-12-31',
        (d) => {
          d.tanggalPerhitungan = '9999-12-31';
        },
        'ditolak',
      ],
      [
        'bulan tahun 1900',
        (d) => {
          d.penilaian![0]!.mulai = '1900-01';
        },
        'cepat',
      ],
      [
        'bulan tahun 1899',
        (d) => {
          d.penilaian![0]!.mulai = '1899-12';
        },
        'ditolak',
      ],
      [
        'bulan tahun 2101',
        (d) => {
          d.penilaian![0]!.selesai = '2101-01';
        },
        'ditolak',
      ],
      [
        'jenjang 100 karakter',
        (d) => {
          d.jenjang = 'j'.repeat(100);
        },
        'cepat',
      ],
      [
        'jenjang 101 karakter',
        (d) => {
          d.jenjang = 'j'.repeat(101);
        },
        'ditolak',
      ],
      [
        'golongan 100 karakter berspasi di tepi',
        (d) => {
          d.golongan = ` ${'g'.repeat(100)} `;
        },
        'cepat',
      ],
      [
        'jabatan fungsional 101 karakter',
        (d) => {
          d.jabatanFungsional = 'f'.repeat(101);
        },
        'ditolak',
      ],
      [
        'predikat 101 karakter',
        (d) => {
          d.penilaian![0]!.predikat = 'p'.repeat(101);
        },
        'ditolak',
      ],
      [
        'jenjang periode 101 karakter',
        (d) => {
          d.penilaian![1]!.jenjang = 'j'.repeat(101);
        },
        'ditolak',
      ],
      [
        'NIP 100 karakter berspasi di dalam',
        (d) => {
          d.identitas!.nip = `1990${' '.repeat(82)}01012015031001`;
        },
        'cepat',
      ],
      [
        'NIP 101 karakter berspasi di dalam',
        (d) => {
          d.identitas!.nip = `1990${' '.repeat(83)}01012015031001`;
        },
        'ditolak',
      ],
    ];
    for (const [nama, f, harap] of ubah) {
      const d = dasar();
      f(d);
      expect(banding(d), nama).toBe(harap);
    }
  });
});
