// Issue 12, section 3: the projection never fills past unassessed months, the riwayat is checked against
// the position, and a golongan reached by the once-only KP without formasi is a real position.
// Expected values worked out by hand from rules/ (jenjang, kumulatif, syarat, kalender-kp).
import { describe, expect, it } from 'vitest';
import { InputError, type MasalahMasukan } from '../../src/domain/galat.ts';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

function masalah(m: Masukan): MasalahMasukan[] {
  try {
    hitung(aturan, m);
  } catch (e) {
    if (e instanceof InputError) return e.masalah;
    throw e;
  }
  throw new Error('hitung seharusnya menolak masukan ini');
}

describe('proyeksi dimulai pada bulan perhitungan', () => {
  // Ahli Pertama III/a, TMT jenjang 1 April 2021, tanpa periode, dihitung 15 Januari 2025. Januari 2023 –
  // Desember 2024 (24 bulan) belum memiliki predikat: tidak diisi asumsi. Dari Januari 2025, 50 / (12,5/12) = 48
  // bulan Baik: Januari 2025 – Desember 2028, tercapai 1 Januari 2029; kalender PerBKN 4/2025: TMT 1 Januari 2029.
  const h = hitung(aturan, dasar());
  const p = h.proyeksi!;

  it('langkah pertama: tercapai 1 Januari 2029, bukan tanggal yang dihitung dari bulan lampau yang diasumsikan', () => {
    expect(p.mulai).toBe('2025-01');
    expect(p.langkah[0]).toMatchObject({ ke: { kode: 'III/b' }, akTercapai: { tanggal: '2029-01-01' }, tmt: { tanggal: '2029-01-01' } });
  });

  it('setiap langkah menyebut berapa bulan lampau yang tidak dihitung', () => {
    for (const l of p.langkah)
      expect(l.kalimat).toContain(
        'Tanpa 24 bulan yang belum memiliki predikat tercatat (Januari 2023 – Desember 2024): bulan-bulan itu tidak dihitung, sehingga tanggal ini dapat lebih cepat bila predikatnya ditetapkan.',
      );
    expect(p.catatan).toContain(
      'Januari 2023 – Desember 2024 (24 bulan) belum memiliki predikat tercatat: proyeksi tidak mengisinya dengan asumsi dan tidak menghitungnya; proyeksi dimulai pada bulan perhitungan.',
    );
    expect(p.seri.filter((t) => t.proyeksi)[0]!.bulan).toBe('2025-01');
  });

  it('periode tercatat sampai bulan sebelum bulan perhitungan: tidak ada bulan yang ditinggalkan', () => {
    const penuh = hitung(aturan, dasar({ penilaian: [{ mulai: '2023-01', selesai: '2024-12', predikat: 'Baik' }] })).proyeksi!;
    expect(penuh.mulai).toBe('2025-01');
    expect(penuh.langkah[0]!.kalimat).not.toContain('belum memiliki predikat tercatat');
  });
});

describe('riwayat diperiksa terhadap posisi saat ini', () => {
  it('kenaikan pangkat ke golongan di atas golongan saat ini', () => {
    expect(masalah(dasar({ riwayat: [{ tanggal: '2021-04-01', jenis: 'kenaikan_pangkat', golongan: 'III/b' }] }))).toEqual([
      { field: 'riwayat.0.golongan', pesan: 'Riwayat 1: kenaikan pangkat ke golongan III/b, di atas golongan saat ini (III/a).' },
    ]);
  });

  it('kenaikan pangkat sesudah TMT pangkat saat ini', () => {
    expect(masalah(dasar({ riwayat: [{ tanggal: '2022-04-01', jenis: 'kenaikan_pangkat', golongan: 'III/a' }] }))).toEqual([
      { field: 'riwayat.0.tanggal', pesan: 'Riwayat 1: kenaikan pangkat pada 1 April 2022 sesudah TMT pangkat saat ini (1 April 2021).' },
    ]);
  });

  it('kenaikan jenjang sesudah TMT jenjang saat ini', () => {
    const ms = masalah(
      dasar({ riwayat: [{ tanggal: '2022-01-01', jenis: 'kenaikan_jenjang', jenjang: 'ahli_pertama', golongan: 'III/a' }] }),
    );
    expect(ms).toEqual([
      {
        field: 'riwayat.0.tanggal',
        pesan: 'Riwayat 1: kenaikan jenjang pada 1 Januari 2022 sesudah TMT jenjang saat ini (1 April 2021).',
      },
    ]);
  });

  it('tanggal riwayat sesudah tanggal perhitungan', () => {
    expect(masalah(dasar({ riwayat: [{ tanggal: '2025-02-01', jenis: 'kenaikan_pangkat', golongan: 'III/a' }] }))).toEqual([
      {
        field: 'riwayat.0.tanggal',
        pesan:
          'Riwayat 1: tanggal 1 Februari 2025 jatuh sesudah tanggal perhitungan (15 Januari 2025); riwayat hanya memuat kenaikan yang sudah terjadi.',
      },
    ]);
  });

  it('urutan yang melompati golongan: III/b lalu III/d', () => {
    const ms = masalah(
      dasar({
        jenjang: 'ahli_muda',
        golongan: 'III/d',
        tmtPangkat: '2020-04-01',
        tmtJenjang: '2020-04-01',
        riwayat: [
          { tanggal: '2016-04-01', jenis: 'kenaikan_pangkat', golongan: 'III/b' },
          { tanggal: '2020-04-01', jenis: 'kenaikan_jenjang', jenjang: 'ahli_muda', golongan: 'III/d' },
        ],
      }),
    );
    expect(ms).toEqual([
      {
        field: 'riwayat.1.golongan',
        pesan:
          'Riwayat 2: kenaikan jenjang ke golongan III/d sesudah riwayat 1 (golongan III/b) melompati golongan III/c; satu kenaikan pangkat menaikkan golongan satu tingkat.',
      },
    ]);
  });

  it('KP sekaligus KJ ditulis dua baris pada tanggal yang sama, urutan apa pun: diterima', () => {
    const h = hitung(
      aturan,
      dasar({
        jenjang: 'ahli_muda',
        golongan: 'III/c',
        tmtPangkat: '2024-04-01',
        tmtJenjang: '2024-04-01',
        riwayat: [
          { tanggal: '2024-04-01', jenis: 'kenaikan_jenjang', jenjang: 'ahli_muda', golongan: 'III/c' },
          { tanggal: '2024-04-01', jenis: 'kenaikan_pangkat', golongan: 'III/c' },
          { tanggal: '2022-04-01', jenis: 'kenaikan_pangkat', golongan: 'III/b' },
        ],
      }),
    );
    expect(h.pegawai.golongan.kode).toBe('III/c');
  });
});

describe('golongan sesudah KP tanpa formasi (Keputusan 9)', () => {
  const iiic = (over: Partial<Masukan> = {}) =>
    dasar({
      golongan: 'III/c',
      tmtPangkat: '2024-02-01',
      angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '100' }],
      penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      ...over,
    });

  it('tanpa pernyataan dan tanpa riwayat: golongan di luar jenjang, dengan cara menyatakannya', () => {
    expect(masalah(iiic({ pernyataan: { bebasHukumanDisiplin: true } }))).toEqual([
      {
        field: 'golongan',
        pesan:
          'Golongan ruang III/c berada di luar jenjang Ahli Pertama (III/a, III/b). Bila III/c dicapai melalui kenaikan pangkat tanpa kenaikan jenjang karena formasi tidak tersedia, nyatakan hal itu (pernyataan "sudah pernah naik pangkat tanpa kenaikan jenjang": Ya) atau catat kenaikan pangkat itu pada riwayat.',
      },
    ]);
  });

  it('dua tingkat di atas (III/d) tetap ditolak walau dinyatakan', () => {
    expect(
      masalah(iiic({ golongan: 'III/d', pernyataan: { kenaikanPangkatTanpaFormasiSudahDigunakan: true } })).map((m) => m.field),
    ).toEqual(['golongan']);
  });

  it('dinyatakan: tidak ada KP kedua; kalimatnya menyebut kenaikan jenjang; proyeksi berhenti dengan alasan yang sama', () => {
    const h = hitung(
      aturan,
      iiic({
        pernyataan: {
          bebasHukumanDisiplin: true,
          formasiTersedia: true,
          lulusUjiKompetensi: true,
          kenaikanPangkatTanpaFormasiSudahDigunakan: true,
        },
      }),
    );
    expect(h.kenaikanPangkat).toMatchObject({ tersedia: false, status: 'tidak_dapat' });
    expect(h.kenaikanPangkat.alternatifTanpaFormasi).toBeUndefined();
    expect(h.kenaikanPangkat.kalimat).toBe(
      'Penata (III/c) dicapai melalui kenaikan pangkat tanpa kenaikan jenjang (formasi tidak tersedia; paling banyak 1 kali). Kenaikan pangkat berikutnya memerlukan kenaikan jenjang lebih dulu. Kenaikan jenjang: DAPAT dipertimbangkan untuk kenaikan jenjang jabatan ke Ahli Muda. Angka kredit kumulatif menjadi 0 di jenjang Ahli Muda.',
    );
    expect(h.kenaikanJenjang).toMatchObject({ status: 'dapat', ke: { id: 'ahli_muda' } });
    expect(h.proyeksi!.langkah).toEqual([]);
    expect(h.proyeksi!.berhenti).toBe(
      'Penata (III/c) dicapai melalui kenaikan pangkat tanpa kenaikan jenjang; langkah berikutnya adalah kenaikan jenjang ke Ahli Muda (lihat Kenaikan jenjang), yang tidak diproyeksikan di sini.',
    );
  });
});
