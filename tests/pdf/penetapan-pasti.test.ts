// Issue 12 on the Penetapan: the form states DAPAT or TIDAK DAPAT only when the verdict is certain.
// Ahli Pertama III/b, AK Integrasi 87,5 + 2024 Baik 12,5 = 100 = ambang III/c and ambang KJ ke Ahli Muda
// (kumulatif.yaml); tanggal perhitungan 15 Januari 2025, KP date 1 Februari 2025 (PerBKN 4/2023).
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/galat.ts';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { putusan } from '../../src/pdf/model.ts';
import { aturan, masukanContoh, teks as teksPdf } from './helpers.ts';

const posisi = {
  golongan: 'III/b',
  tmtPangkat: '2021-04-01',
  tmtJenjang: '2021-04-01',
  angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '87.5' }],
  penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
};
const semua = { bebasHukumanDisiplin: true, lulusUjiKompetensi: true };

async function galat(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('seharusnya ditolak');
}

describe('pernyataan Penetapan menurut keadaan putusan', () => {
  const hasil = (pernyataan: Masukan['pernyataan']) =>
    hitung(aturan, { ...(masukanContoh(posisi) as unknown as Masukan), pernyataan }, { tanpaProyeksi: true });

  it('formasi Ya: DAPAT (KP sekaligus KJ); formasi Tidak dan KP tanpa formasi belum pernah: DAPAT (tetap dalam jenjang)', () => {
    expect(putusan(hasil({ ...semua, formasiTersedia: true }))).toMatchObject({
      status: 'dapat',
      dapat: true,
      kenaikan: 'pangkat-jenjang',
    });
    expect(putusan(hasil({ ...semua, formasiTersedia: false, kenaikanPangkatTanpaFormasiSudahDigunakan: false }))).toMatchObject({
      status: 'dapat',
      dapat: true,
      kenaikan: 'pangkat',
      golongan: 'Penata (III/c)',
    });
  });

  it('formasi Tidak dan KP tanpa formasi sudah pernah: TIDAK DAPAT, pasti', () => {
    expect(putusan(hasil({ ...semua, formasiTersedia: false, kenaikanPangkatTanpaFormasiSudahDigunakan: true }))).toMatchObject({
      status: 'tidak_dapat',
      dapat: false,
    });
  });

  it('formasi Tidak, "sudah pernah" belum dinyatakan: TIDAK DAPAT untuk KP sekaligus KJ, tetapi alternatifnya belum pasti: tidak pasti', () => {
    expect(putusan(hasil({ ...semua, formasiTersedia: false }))).toMatchObject({
      status: 'belum_dapat_dipastikan',
      belumDinyatakan: [{ pernyataan: 'kenaikanPangkatTanpaFormasiSudahDigunakan' }],
    });
  });

  it('formasi dan "sudah pernah" belum dinyatakan: belum pasti, menyebut keduanya sekali', () => {
    // KP sekaligus KJ waits for formasi; the alternative for formasi (tidak tersedia) and "sudah pernah".
    expect(putusan(hasil({ ...semua })).belumDinyatakan.map((x) => x.pernyataan)).toEqual([
      'formasiTersedia',
      'kenaikanPangkatTanpaFormasiSudahDigunakan',
    ]);
  });

  it('buatDokumen menolak Penetapan yang belum pasti, menyebut isian pernyataannya; Akumulasi tetap dibuat', async () => {
    const e = await galat(buatDokumen(aturan, masukanContoh({ ...posisi, pernyataan: { ...semua, formasiTersedia: false } }), 'penetapan'));
    expect(e.masalah.map((m) => m.field)).toEqual(['pernyataan.kenaikanPangkatTanpaFormasiSudahDigunakan']);
    const akumulasi = await buatDokumen(
      aturan,
      masukanContoh({ ...posisi, pernyataan: { ...semua, formasiTersedia: false } }),
      'akumulasi',
    );
    expect(akumulasi.pdf.length).toBeGreaterThan(0);
  });

  it('Penetapan TIDAK DAPAT yang pasti (hukuman disiplin Tidak) tetap dibuat dan memuat pernyataannya', async () => {
    const d = await buatDokumen(
      aturan,
      masukanContoh({ ...posisi, pernyataan: { ...semua, bebasHukumanDisiplin: false, formasiTersedia: true } }),
      'penetapan',
    );
    const teks = await teksPdf(d.pdf);
    expect(teks).toContain('DIPERTIMBANGKAN UNTUK KENAIKAN');
  });
});
