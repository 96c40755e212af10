// Automatic numbering of a batch of documents from the office's pattern, e.g. "800.1.13.2/{urut}/BKD/{tahun}":
// {urut} is the running number, zero-padded to a given width, and {tahun} the year of the document.
import { InputError } from '../domain/galat.ts';

export interface Penomoran {
  /** The pattern; must hold {urut}, may hold {tahun}. */
  pola: string;
  /** The first running number. */
  mulai: number;
  /** Digits of {urut}, zero-padded (1 = no padding). */
  lebar: number;
}

export const POLA_MAKS = 100;
export const URUT_MAKS = 9_999_999;
export const LEBAR_MAKS = 7;

/** Checks a numbering request; every problem is named by its field. */
export function bacaPenomoran(pola: string, mulai: string | number | undefined, lebar: string | number | undefined): Penomoran {
  const masalah: { field: string; pesan: string }[] = [];
  const p = pola.trim();
  if (p.length > POLA_MAKS) masalah.push({ field: 'nomorPola', pesan: `Pola nomor paling banyak ${POLA_MAKS} karakter.` });
  if (!p.includes('{urut}'))
    masalah.push({ field: 'nomorPola', pesan: 'Pola nomor harus memuat {urut}, mis. 800.1.13.2/{urut}/BKD/{tahun}.' });
  const lain = p.replace(/\{urut\}|\{tahun\}/g, '').match(/\{[^}]*\}?/);
  if (lain) masalah.push({ field: 'nomorPola', pesan: `Pola nomor hanya mengenal {urut} dan {tahun}, bukan ${lain[0]}.` });
  const angka = (v: string | number | undefined, bawaan: number, field: string, label: string, min: number, max: number) => {
    const t = String(v ?? '').trim();
    if (t === '') return bawaan;
    if (!/^\d{1,9}$/.test(t) || Number(t) < min || Number(t) > max) {
      masalah.push({ field, pesan: `${label} harus bilangan bulat ${min} sampai ${max.toLocaleString('id-ID')}.` });
      return bawaan;
    }
    return Number(t);
  };
  const m = angka(mulai, 1, 'nomorMulai', 'Nomor urut pertama', 0, URUT_MAKS);
  const l = angka(lebar, 1, 'nomorLebar', 'Jumlah digit nomor urut', 1, LEBAR_MAKS);
  if (masalah.length > 0) throw new InputError(masalah);
  return { pola: p, mulai: m, lebar: l };
}

/** The k-th number (0 = the first) of a batch, for a document dated in `tahun`. */
export function nomorKe(n: Penomoran, k: number, tahun: string): string {
  const urut = String(n.mulai + k).padStart(n.lebar, '0');
  return n.pola.replaceAll('{urut}', urut).replaceAll('{tahun}', tahun);
}
