// The result page's data, one home for the calculator's form and the batch's "one person" link: both
// render views/hasil.ejs, and both must show the same verdict cards, projected dates, calendar button,
// documents and claim check for the same result.
import type { Aturan } from '../domain/aturan.ts';
import type { Hasil } from '../domain/hasil.ts';
import { daftarKlaim } from '../domain/validasi.ts';
import type { bacaMasukan } from '../input/parse.ts';
import { ringkasanPutusan } from './ringkasan.ts';
import { pilihanDokumen } from './pilihan-dokumen.ts';
import { hasilTampil, kemajuan } from './tampilan.ts';

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
    dokumen: pilihanDokumen(hasil.integrasi !== undefined).map((d) => ({ jenis: d.jenis, label: d.singkat })),
    klaim: { baris: daftarKlaim(hasil), nilai: {}, hasil: undefined },
  };
}
