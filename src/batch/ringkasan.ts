// The unit at a glance: how many can be promoted, are near, are short, have errors or wrong figures.
import type { HasilOrang } from './evaluasi.ts';

export interface Ringkasan {
  pegawai: number;
  baris: number;
  dapatKp: number;
  dapatKj: number;
  /** Every checked condition met, only declarations missing: BELUM DAPAT DIPASTIKAN (issue 12). */
  belumPasti: number;
  /** Not yet DAPAT KP, but within the rule book's near window (aturan.dekat) at predikat Baik. */
  dekat: number;
  /** Neither DAPAT nor near (short of AK, time, predikat or a declared condition). */
  belum: number;
  /** At the top of their career path: no further KP or KJ. */
  puncak: number;
  galat: number;
  /** Persons with at least one figure checked, and with at least one wrong. */
  klaimDiperiksa: number;
  klaimSalah: number;
}

export function ringkasKosong(baris = 0): Ringkasan {
  return {
    pegawai: 0,
    baris,
    dapatKp: 0,
    dapatKj: 0,
    belumPasti: 0,
    dekat: 0,
    belum: 0,
    puncak: 0,
    galat: 0,
    klaimDiperiksa: 0,
    klaimSalah: 0,
  };
}

/** Adds one person to a running summary. */
export function hitungOrang(r: Ringkasan, o: HasilOrang): void {
  r.pegawai++;
  if (o.kategori === 'galat') {
    r.galat++;
    return;
  }
  if (o.kp?.dapat) r.dapatKp++;
  if (o.kj?.dapat) r.dapatKj++;
  if (o.kategori === 'belum_pasti') r.belumPasti++;
  if (o.kategori === 'dekat') r.dekat++;
  if (o.kategori === 'belum') r.belum++;
  if (o.kategori === 'puncak') r.puncak++;
  if (o.klaim.diperiksa > 0) r.klaimDiperiksa++;
  if (o.klaim.salah.length > 0) r.klaimSalah++;
}

/** Summaries of consecutive parts of a unit, added up. */
export function tambahRingkasan(r: Ringkasan, x: Ringkasan): void {
  for (const k of Object.keys(r) as (keyof Ringkasan)[]) r[k] += x[k];
}

export function ringkas(orang: HasilOrang[], baris: number): Ringkasan {
  const r = ringkasKosong(baris);
  for (const o of orang) hitungOrang(r, o);
  return r;
}

/** One line for the terminal and logs. */
export function kalimatRingkasan(r: Ringkasan): string {
  return `${r.pegawai} pegawai (${r.baris} baris): ${r.dapatKp} DAPAT KP, ${r.dapatKj} DAPAT KJ, ${r.belumPasti} belum dapat dipastikan, ${r.dekat} dekat, ${r.belum} belum, ${r.galat} dengan kesalahan data, ${r.klaimSalah} dengan angka tertulis yang salah.`;
}
