// The other name a predikat may be written with (rules/predikat.yaml `alias`: "Cukup" read as Butuh
// Perbaikan, 75%, by Keputusan 5): wherever a figure is built from a predikat written that way, the
// figure cites that decision, so the result says which choice it relied on. Values by hand from
// rules/ (Ahli Pertama koefisien 12,5).
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

const kutipan = (xs: { kutipan: string }[]) => xs.map((x) => x.kutipan);

const CUKUP = 'SE BKN 9/2024, isi surat edaran belum dibaca; cakupannya memuat penyelarasan sebutan predikat kinerja';

describe('sebutan lain predikat (Cukup dibaca Butuh Perbaikan)', () => {
  it('baris konversi: sumbernya ditambah keputusan sebutan', () => {
    const h = hitung(
      aturan,
      dasar({
        penilaian: [
          { mulai: '2024-01', selesai: '2024-06', predikat: 'cukup' },
          { mulai: '2024-07', selesai: '2024-12', predikat: 'Butuh Perbaikan' },
        ],
      }),
    );
    // 6/12 × 75% × 12,5 = 4,6875 both; only the first was written "cukup".
    expect(h.konversi.map((k) => k.angkaKredit.pasti)).toEqual(['4.6875', '4.6875']);
    expect(kutipan(h.konversi[0]!.sumber)).toEqual([
      'PerBKN 3/2023, Pasal 13 ayat (1)',
      'PermenPAN-RB 1/2023, Pasal 37 ayat (1) huruf c',
      'PerBKN 3/2023, sebagaimana disajikan bahan sosialisasi BKN (tidak terlihat dalam naskah Lampiran I)',
      CUKUP,
    ]);
    expect(h.konversi[0]!.sumber[3]!.status).toBe('decision');
    expect(h.konversi[1]!.sumber).toHaveLength(3);
    expect(kutipan(h.langkah.find((l) => l.id === 'konversi-1')!.sumber)).toContain(CUKUP);
  });

  it('pengangkatan pertama, perpindahan dan peningkatan pendidikan', () => {
    const pertama = hitung(
      aturan,
      dasar({
        pengangkatan: {
          jenis: 'pertama',
          penilaianCpns: [
            { mulai: '2020-01', selesai: '2020-06', predikat: 'Cukup' },
            { mulai: '2020-07', selesai: '2020-12', predikat: 'CUKUP' },
          ],
        },
      }),
    );
    // Two periods written "Cukup": the decision is cited once.
    expect(kutipan(pertama.pengangkatan!.sumber).filter((k) => k === CUKUP)).toHaveLength(1);
    const tanpaSebutan = hitung(
      aturan,
      dasar({ pengangkatan: { jenis: 'pertama', penilaianCpns: [{ mulai: '2020-01', selesai: '2020-12', predikat: 'Baik' }] } }),
    );
    expect(kutipan(tanpaSebutan.pengangkatan!.sumber)).not.toContain(CUKUP);
    const perpindahan = hitung(
      aturan,
      dasar({ jenjang: 'ahli_muda', golongan: 'III/d', pengangkatan: { jenis: 'perpindahan', predikat: 'Cukup', bulanDalamGolongan: 12 } }),
    );
    expect(kutipan(perpindahan.pengangkatan!.sumber)).toContain(CUKUP);
    const pendidikan = hitung(aturan, dasar({ peningkatanPendidikan: { tanggal: '2024-06-10', predikat: 'Cukup' } }));
    expect(kutipan(pendidikan.pendidikan!.sumber)).toContain(CUKUP);
    expect(pendidikan.keputusan.map((k) => k.kutipan)).toContain(CUKUP);
  });
});
