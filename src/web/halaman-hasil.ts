// The result page's data, one home for the calculator's form and the batch's "one person" link: both
// render views/hasil.ejs, and both must show the same verdict cards, projected dates, calendar button,
// documents and claim check for the same result.
import type { Aturan } from '../domain/aturan.ts';
import type { Hasil } from '../domain/hasil.ts';
import { daftarKlaim } from '../domain/validasi.ts';
import type { bacaMasukan } from '../input/parse.ts';
import { ringkasanPutusan } from './ringkasan.ts';
import { hasilTampil, kemajuan } from './tampilan.ts';

/** The documents offered under a result; the Integrasi sheet only for a result with a PAK Integrasi. */
const DOKUMEN = [
  { jenis: 'konversi', label: 'Konversi (Lampiran II angka 10)' },
  { jenis: 'akumulasi', label: 'Akumulasi (Lampiran II angka 11)' },
  { jenis: 'penetapan', label: 'Penetapan AK (Lampiran II angka 12)' },
  { jenis: 'lembar-perhitungan', label: 'Lembar perhitungan' },
  { jenis: 'integrasi', label: 'Perhitungan AK Integrasi' },
  { jenis: 'semua', label: 'Semua dokumen' },
];

/**
 * The locals of views/hasil.ejs for one computed result. `masukanJson` is the input document as sent
 * back by the page's buttons (PDF, save, claim check); `identitas` the person's name and unit from it.
 */
export function halamanHasil(aturan: Aturan, hasil: Hasil, identitas: ReturnType<typeof bacaMasukan>['identitas'], masukanJson: string) {
  return {
    judul: 'Hasil perhitungan',
    halaman: 'hitung',
    hasil,
    identitas,
    kemajuan: kemajuan(aturan, hasil),
    tampil: hasilTampil(hasil),
    ringkas: ringkasanPutusan(hasil),
    adaKalender: (hasil.proyeksi?.langkah.length ?? 0) > 0,
    masukanJson,
    dokumen: DOKUMEN.filter((d) => d.jenis !== 'integrasi' || hasil.integrasi !== undefined),
    klaim: { baris: daftarKlaim(hasil), nilai: {}, hasil: undefined },
  };
}
