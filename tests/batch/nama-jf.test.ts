// The jabatan_fungsional cell as people write it, alone (nama-jf.ts) and in a whole unit with mixed JF.
import { describe, expect, it } from 'vitest';
import { pembacaJf } from '../../src/batch/nama-jf.ts';
import { aturan } from '../helpers/aturan.ts';
import { orang, proses } from './helpers.ts';

describe('sel jabatan_fungsional dalam ejaan yang dipakai orang', () => {
  const baca = pembacaJf(aturan);
  it.each([
    ['Pranata Humas', { jf: 'pranata_humas' }],
    ['Pranata Hubungan Masyarakat', { jf: 'pranata_humas' }],
    ['pranata_humas', { jf: 'pranata_humas' }],
    ['ANALIS KEPEGAWAIAN', { jf: 'analis_kepegawaian' }],
    ['  analis   kepegawaian ', { jf: 'analis_kepegawaian' }],
    ['Analis Kepegawaian Ahli Muda', { jf: 'analis_kepegawaian', jenjang: 'ahli_muda' }],
    ['Analis Kepegawaian - Ahli Muda', { jf: 'analis_kepegawaian', jenjang: 'ahli_muda' }],
    ['Analis Kepegawaian (Ahli Muda)', { jf: 'analis_kepegawaian', jenjang: 'ahli_muda' }],
    ['Pranata Humas Ahli Pertama', { jf: 'pranata_humas', jenjang: 'ahli_pertama' }],
    ['Prakom Penyelia', { jf: 'pranata_komputer', jenjang: 'penyelia' }],
    ['Pranata SDM Aparatur Terampil', { jf: 'pranata_sdm_aparatur', jenjang: 'terampil' }],
    ['Pengelola Pengadaan Barang dan Jasa Ahli Madya', { jf: 'pengelola_pengadaan_barang_jasa', jenjang: 'ahli_madya' }],
    ['Pengelola Pengadaan Barang/Jasa Ahli Pertama', { jf: 'pengelola_pengadaan_barang_jasa', jenjang: 'ahli_pertama' }],
    ['Perancang Peraturan Perundang-undangan Ahli Muda', { jf: 'perancang_peraturan_perundang_undangan', jenjang: 'ahli_muda' }],
    // Names before PermenPAN-RB 20/2016.
    ['ARSIPARIS PELAKSANA LANJUTAN', { jf: 'arsiparis', jenjang: 'mahir' }],
    ['Arsiparis Pelaksana', { jf: 'arsiparis', jenjang: 'terampil' }],
    ['Pustakawan Muda', { jf: 'pustakawan', jenjang: 'ahli_muda' }],
    ['Auditor Utama', { jf: 'auditor', jenjang: 'ahli_utama' }],
    ['JF lainnya', { jf: 'lainnya' }],
    ['Jabatan Fungsional lainnya (semua jenjang)', { jf: 'lainnya' }],
    ['Analis Kepegawaian Ahli Sangat Muda', undefined],
    ['Ahli Muda', undefined],
    ['Pelaksana', undefined],
    ['Dokter Gigi', undefined],
  ])('%j', (teks, harapan) => expect(baca(teks)).toEqual(harapan));
});

// NIPs are fictitious but well formed (birth date, TMT CPNS, sex, number).
const JUDUL =
  'nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,jenis_ak_awal,ak_awal,bebas_hukuman_disiplin,formasi_tersedia,lulus_uji_kompetensi,periode_mulai,periode_selesai,predikat';
const baris = (nip: string, jf: string, jenjang: string, golongan: string, ak: string) =>
  `${nip},Pegawai ${nip.slice(-3)} (fiktif),${jf},${jenjang},${golongan},2021-04-01,2021-04-01,Integrasi,${ak},Ya,Ya,Ya,2023-01,2024-12,Baik`;
const UNIT = [
  JUDUL,
  baris('198501012010011001', 'Analis Kepegawaian Ahli Muda', '', 'III/d', '150'),
  baris('198602022011012002', 'ARSIPARIS PELAKSANA LANJUTAN', '', 'III/a', '20'),
  baris('198703032012011003', 'prakom', 'Ahli Utama', 'IV/d', '160'),
  baris('198804042013012004', 'Pranata SDM Aparatur - Penyelia', '', 'III/c', '90'),
  baris('198905052014011005', 'Analis Kepegawaian', 'Ahli Utama', 'IV/d', '160'),
  baris('199006062015012006', 'Analis Kepegawaian Ahli Muda', 'Ahli Pertama', 'III/a', '10'),
  baris('199107072016011007', 'Pustakawan Muda', 'ahli muda', 'III/c', '40'),
  baris('199208082017012008', 'Analis Kepegawaian Ahli Sangat Muda', '', 'III/c', '40'),
  baris('199309092018011009', 'Pranata Humas', 'Ahli Pertama', 'III/a', '30'),
  '',
].join('\n');

describe('satu unit dengan JF campuran', () => {
  it('setiap baris dibaca ke JF dan jenjangnya; jenjang yang tidak dimiliki JF atau yang bertentangan ditolak pada kolomnya', async () => {
    const h = await proses(Buffer.from(UNIT), '2025-01-15');

    // 150 + 2 × 25 = 200: KJ ke Ahli Madya (ambang 200).
    const ak = orang(h, '198501012010011001');
    expect(ak.galat).toEqual([]);
    expect(ak).toMatchObject({
      jabatanFungsional: 'Analis Kepegawaian',
      jenjang: 'Ahli Muda',
      kumulatif: '200,000',
      kj: { tersedia: true, dapat: true, ke: 'Ahli Madya' },
    });

    // Pelaksana Lanjutan is Mahir: 20 + 2 × 12,5 = 45.
    expect(orang(h, '198602022011012002')).toMatchObject({
      galat: [],
      jabatanFungsional: 'Arsiparis',
      jenjang: 'Mahir',
      kumulatif: '45,000',
    });

    // Pranata Komputer has Ahli Utama: 160 + 2 × 50 = 260 ≥ 200 for IV/e; no jenjang after Ahli Utama.
    expect(orang(h, '198703032012011003')).toMatchObject({
      galat: [],
      jabatanFungsional: 'Pranata Komputer',
      jenjang: 'Ahli Utama',
      kumulatif: '260,000',
      kj: { tersedia: false },
    });

    // The top of keterampilan: KP within Penyelia (90 + 50 = 140 ≥ 100), no KJ.
    expect(orang(h, '198804042013012004')).toMatchObject({
      galat: [],
      jenjang: 'Penyelia',
      kumulatif: '140,000',
      kp: { dapat: true, ke: 'III/d' },
      kj: { tersedia: false },
    });

    // Analis Kepegawaian has no Ahli Utama: refused on the jenjang column.
    const tanpaUtama = orang(h, '198905052014011005');
    expect(tanpaUtama.kategori).toBe('galat');
    expect(tanpaUtama.galat).toContainEqual(
      expect.objectContaining({ kolom: 'jenjang', pesan: expect.stringContaining('Jenjang Ahli Utama tidak ada pada Analis Kepegawaian') }),
    );

    // The cell says Ahli Muda, the jenjang column Ahli Pertama.
    expect(orang(h, '199006062015012006').galat).toContainEqual(
      expect.objectContaining({
        kolom: 'jenjang',
        pesan:
          'Jenjang "Ahli Pertama" berbeda dengan jenjang yang tertulis pada kolom jabatan_fungsional ("Analis Kepegawaian Ahli Muda").',
      }),
    );

    // Both given and equal: accepted. 40 + 2 × 25 = 90.
    expect(orang(h, '199107072016011007')).toMatchObject({
      galat: [],
      jabatanFungsional: 'Pustakawan',
      jenjang: 'Ahli Muda',
      kumulatif: '90,000',
    });

    expect(orang(h, '199208082017012008').galat).toContainEqual(
      expect.objectContaining({
        kolom: 'jabatan_fungsional',
        pesan: expect.stringContaining('Jabatan fungsional "Analis Kepegawaian Ahli Sangat Muda" tidak dikenal'),
      }),
    );

    // 30 + 2 × 12,5 = 55.
    expect(orang(h, '199309092018011009')).toMatchObject({
      galat: [],
      jabatanFungsional: 'Pranata Hubungan Masyarakat',
      jenjang: 'Ahli Pertama',
      kumulatif: '55,000',
    });
  });
});
