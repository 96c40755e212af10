// The batch computes without the explanation (Opsi.tanpaPenjelasan). Its reports show only figures and
// verdicts, so the lean result must hold exactly the figures, konversi rows and conditions of the full
// result, over every legal case and a generated unit (the batch's own kind of input).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan, Opsi } from '../../src/domain/masukan.ts';
import { bacaMasukan } from '../../src/input/parse.ts';
import { aturan, dasar } from '../helpers/aturan.ts';
import { orangRekaan } from '../../bench/orang-rekaan.ts';

function masukanKasus(): { nama: string; masukan: Masukan; opsi: Opsi }[] {
  const dir = new URL('../cases/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((file) => {
      const data = parse(readFileSync(new URL(file, dir), 'utf8')) as unknown;
      const daftar = (Array.isArray(data) ? data : Object.values(data as object).find((v) => Array.isArray(v) && v[0]?.masukan)) ?? [];
      return (daftar as { nama: string; masukan?: Partial<Masukan> & { tampilan?: { desimal: number } } }[])
        .filter((k) => k.masukan)
        .map((k) => {
          const { tampilan, pernyataan, ...rest } = k.masukan!;
          const base = dasar();
          return {
            nama: `${file}: ${k.nama}`,
            masukan: { ...base, ...rest, pernyataan: { ...base.pernyataan, ...pernyataan } },
            opsi: tampilan ? { desimal: tampilan.desimal } : {},
          };
        });
    });
}

function banding(masukan: Masukan, opsi: Opsi) {
  let penuh: ReturnType<typeof hitung> | undefined;
  let galat: unknown;
  try {
    penuh = hitung(aturan, masukan, { ...opsi, tanpaProyeksi: true });
  } catch (e) {
    galat = e;
  }
  if (!penuh) {
    expect(() => hitung(aturan, masukan, { ...opsi, tanpaProyeksi: true, tanpaPenjelasan: true })).toThrow((galat as Error).message);
    return false;
  }
  const ringkas = hitung(aturan, masukan, { ...opsi, tanpaProyeksi: true, tanpaPenjelasan: true });
  expect(ringkas.langkah).toEqual([]);
  expect(ringkas.catatan).toEqual([]);
  expect(ringkas.keputusan).toEqual([]);
  expect(ringkas).toEqual({ ...penuh, langkah: [], catatan: [], keputusan: [] });
  // The full result does explain: the comparison above is not between two empty explanations.
  expect(penuh.langkah.length).toBeGreaterThan(0);
  return true;
}

describe('hitung tanpa penjelasan (batch)', () => {
  it('sama dengan hasil lengkap pada setiap kasus hukum, kecuali langkah, catatan dan keputusan', () => {
    const kasus = masukanKasus();
    expect(kasus.length).toBeGreaterThan(30);
    let dihitung = 0;
    for (const k of kasus) if (banding(k.masukan, k.opsi)) dihitung++;
    expect(dihitung).toBeGreaterThan(25);
  });

  it('sama dengan hasil lengkap pada 1.500 pegawai rekaan', () => {
    const { orang } = orangRekaan(aturan, 1500);
    let dihitung = 0;
    for (const o of orang) {
      if (!o.masukan) continue;
      const r = bacaMasukan(o.masukan);
      if (banding(r.masukan, r.opsi)) dihitung++;
    }
    expect(dihitung).toBeGreaterThan(1300);
  });
});
