// NIP PNS: 18 digits = tanggal lahir (8) + TMT CPNS tahun-bulan (6) + jenis kelamin (1) + nomor urut (3).
// Only the structure is checked; no register is consulted.

import { digit, hariDalamBulan } from '../domain/tanggal.ts';

/** The digits n[from, to) as a number (checked to be digits before). */
function angka(n: string, from: number, to: number): number {
  return digit(n, from, to - from);
}

/** A real calendar date (Gregorian, as Date counts it). */
function tanggalSah(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= hariDalamBulan(y, m);
}

// Checked for every person of a batch: numbers from character codes and the calendar by arithmetic,
// without slices, arrays or a Date per NIP.
export function periksaNip(nip: string): string | undefined {
  const n = /\s/.test(nip) ? nip.replace(/\s+/g, '') : nip;
  if (!/^\d{18}$/.test(n)) return 'NIP harus terdiri atas 18 angka.';
  const ly = angka(n, 0, 4);
  if (ly < 1940 || !tanggalSah(ly, angka(n, 4, 6), angka(n, 6, 8))) {
    return `NIP: 8 angka pertama (${n.slice(0, 8)}) harus tanggal lahir yang sah (TTTTBBHH).`;
  }
  const cy = angka(n, 8, 12);
  const cm = angka(n, 12, 14);
  if (cm < 1 || cm > 12 || cy < ly + 17 || cy > ly + 60) {
    return `NIP: angka ke-9 sampai ke-14 (${n.slice(8, 14)}) harus tahun dan bulan TMT CPNS yang masuk akal (paling cepat usia 17 tahun).`;
  }
  const jk = n.charCodeAt(14);
  if (jk !== 49 && jk !== 50) return 'NIP: angka ke-15 adalah kode jenis kelamin dan harus 1 (pria) atau 2 (wanita).';
  if (n.endsWith('000')) return 'NIP: tiga angka terakhir (nomor urut) tidak boleh 000.';
  return undefined;
}
