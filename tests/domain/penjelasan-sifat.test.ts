// The explanation is built after the figures, from them alone: a result computed without it (the
// batch's lean mode) must hold exactly the same figures, konversi rows, conditions and projection as
// the full result, for any career. Random careers: jenjang and golongan, periods with gaps and every
// predikat (the alias Cukup too), typed starting AK, dates, declarations and display decimals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan, Opsi } from '../../src/domain/masukan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

const bulan = (i: number) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const tanggal = (i: number, hari: number) => `${bulan(i)}-${String(hari).padStart(2, '0')}`;

const karier = fc.record({
  jenjangGolongan: fc.constantFrom(...aturan.jenjang.flatMap((j) => j.golongan.map((g) => [j.id, g] as const))),
  // [months, predikat, gap before]; konversi starts January 2023 (month 48 here).
  potongan: fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 14 }),
      fc.constantFrom('Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang', 'Cukup'),
      fc.integer({ min: 0, max: 3 }),
    ),
    { maxLength: 8 },
  ),
  awal: fc.array(
    fc.tuple(fc.constantFrom('ak_dasar', 'ak_jf_lama', 'ak_penyesuaian', 'ak_konversi', 'lainnya'), fc.integer({ min: 0, max: 30000 })),
    { maxLength: 3 },
  ),
  tmtPangkat: fc.integer({ min: 0, max: 90 }),
  tmtJenjang: fc.integer({ min: 0, max: 60 }),
  sesudah: fc.integer({ min: 0, max: 30 }),
  hari: fc.integer({ min: 1, max: 28 }),
  pernyataan: fc.record({
    bebasHukumanDisiplin: fc.boolean(),
    formasiTersedia: fc.boolean(),
    lulusUjiKompetensi: fc.boolean(),
    kenaikanPangkatTanpaFormasiSudahDigunakan: fc.boolean(),
  }),
  desimal: fc.constantFrom(undefined, 2, 3),
  proyeksi: fc.boolean(),
});

type Karier = typeof karier extends fc.Arbitrary<infer T> ? T : never;

function masukanDari(c: Karier): { masukan: Masukan; opsi: Opsi } {
  let m = 48;
  const penilaian = c.potongan.map(([n, predikat, jeda]) => {
    m += jeda;
    const p = { mulai: bulan(m), selesai: bulan(m + n - 1), predikat };
    m += n;
    return p;
  });
  const masukan = dasar({
    jenjang: c.jenjangGolongan[0],
    golongan: c.jenjangGolongan[1],
    penilaian,
    angkaKreditAwal: c.awal.map(([jenis, v]) => ({ jenis, angkaKredit: (v / 100).toString() })),
    tmtPangkat: tanggal(c.tmtPangkat, c.hari),
    tmtJenjang: tanggal(c.tmtJenjang, c.hari),
    tanggalPerhitungan: tanggal(Math.max(m, c.tmtPangkat, c.tmtJenjang) + c.sesudah, c.hari),
    pernyataan: c.pernyataan,
  });
  return { masukan, opsi: { ...(c.desimal !== undefined && { desimal: c.desimal }), tanpaProyeksi: !c.proyeksi } };
}

describe('hasil tanpa penjelasan', () => {
  it('sama dengan hasil lengkap tanpa langkah, catatan dan keputusan, pada karier acak', () => {
    let dihitung = 0;
    fc.assert(
      fc.property(karier, (c) => {
        const { masukan, opsi } = masukanDari(c);
        let penuh: ReturnType<typeof hitung> | undefined;
        let galat: unknown;
        try {
          penuh = hitung(aturan, masukan, opsi);
        } catch (e) {
          galat = e;
        }
        if (!penuh) {
          expect(() => hitung(aturan, masukan, { ...opsi, tanpaPenjelasan: true })).toThrow((galat as Error).message);
          return;
        }
        dihitung++;
        const ringkas = hitung(aturan, masukan, { ...opsi, tanpaPenjelasan: true });
        // Byte for byte, as the batch writes it.
        expect(JSON.stringify(ringkas)).toBe(JSON.stringify({ ...penuh, langkah: [], catatan: [], keputusan: [] }));
        // The full result does explain: every konversi row has its step, and the result cites the
        // months-counting decision it always relies on.
        expect(penuh.langkah.filter((l) => l.id.startsWith('konversi-'))).toHaveLength(penuh.konversi.length);
        expect(penuh.langkah.map((l) => l.id)).toContain('kumulatif');
        expect(penuh.catatan.length).toBeGreaterThan(0);
        expect(penuh.keputusan.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
    // Most generated careers are valid input: the comparison above is not vacuous.
    expect(dihitung).toBeGreaterThan(100);
  });
});
