import { loadAturan } from '../../src/rules/loader.ts';
import type { Masukan } from '../../src/domain/masukan.ts';

export const aturan = loadAturan();

/** A complete input with every declared fact met; cases override what they are about. */
export function dasar(overrides: Partial<Masukan> = {}): Masukan {
  return {
    jabatanFungsional: 'lainnya',
    jenjang: 'ahli_pertama',
    golongan: 'III/a',
    tmtPangkat: '2021-04-01',
    tmtJenjang: '2021-04-01',
    angkaKreditAwal: [],
    penilaian: [],
    pernyataan: {
      lulusUjiKompetensi: true,
      formasiTersedia: true,
      bebasHukumanDisiplin: true,
      kenaikanPangkatTanpaFormasiSudahDigunakan: false,
    },
    tanggalPerhitungan: '2025-01-15',
    ...overrides,
  };
}
