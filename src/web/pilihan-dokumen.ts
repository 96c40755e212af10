// The documents a user can ask for, one list for every page that offers them: the document form and
// the batch's page give the sheet's full title (`label`), the buttons under a result the short one.
import { JUDUL_LEMBAR } from '../pdf/model.ts';
import type { JenisDokumen } from '../pdf/schema.ts';

export interface PilihanDokumen {
  jenis: JenisDokumen;
  label: string;
  singkat: string;
}

export const PILIHAN_DOKUMEN: readonly PilihanDokumen[] = [
  { jenis: 'konversi', label: `${JUDUL_LEMBAR.konversi} (Lampiran II angka 10)`, singkat: 'Konversi (Lampiran II angka 10)' },
  { jenis: 'akumulasi', label: `${JUDUL_LEMBAR.akumulasi} (Lampiran II angka 11)`, singkat: 'Akumulasi (Lampiran II angka 11)' },
  { jenis: 'penetapan', label: `${JUDUL_LEMBAR.penetapan} (Lampiran II angka 12)`, singkat: 'Penetapan AK (Lampiran II angka 12)' },
  { jenis: 'lembar-perhitungan', label: JUDUL_LEMBAR['lembar-perhitungan'], singkat: 'Lembar perhitungan' },
  { jenis: 'integrasi', label: JUDUL_LEMBAR.integrasi, singkat: 'Perhitungan AK Integrasi' },
  { jenis: 'semua', label: 'Semua dokumen (satu PDF)', singkat: 'Semua dokumen' },
];

/** The Integrasi sheet only for an input with a PAK Integrasi: without one it would be empty. */
export function pilihanDokumen(adaIntegrasi: boolean): PilihanDokumen[] {
  return PILIHAN_DOKUMEN.filter((d) => d.jenis !== 'integrasi' || adaIntegrasi);
}
