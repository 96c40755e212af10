// The KP calendar (src/domain/kalender.ts), called directly. Expected dates by hand from
// rules/kalender-kp.yaml: 1 April and 1 October until 31 December 2023; 1 February, April, June,
// August, October and December from 1 January 2024 to 30 September 2025; the 1st of every month from
// 1 October 2025. A TMT falls on the 1st of an allowed month, on or after the date asked.
import { describe, expect, it } from 'vitest';
import type { Aturan } from '../../src/domain/aturan.ts';
import { InputError } from '../../src/domain/galat.ts';
import {
  cakupanKalender,
  kalenderBerlaku,
  pesanDiLuarKalender,
  tmtKenaikanPangkat,
  tmtPadaTanggalPerhitungan,
} from '../../src/domain/kalender.ts';
import { aturan } from '../helpers/aturan.ts';

const [PP99, PERBKN4_2023, PERBKN4_2025] = aturan.kalenderKp;
/** A rule book with only the first calendar, which ends on 31 December 2023. */
const hanyaLama: Aturan = { ...aturan, kalenderKp: [PP99!] };

describe('kalenderBerlaku: the calendar in force on a date, both ends included', () => {
  it.each([
    ['1999-12-31', undefined],
    ['2000-01-01', PP99],
    ['2023-12-31', PP99],
    ['2024-01-01', PERBKN4_2023],
    ['2025-09-30', PERBKN4_2023],
    ['2025-10-01', PERBKN4_2025],
    ['2099-06-15', PERBKN4_2025],
  ])('%s', (tanggal, kalender) => {
    expect(kalenderBerlaku(aturan, tanggal)).toBe(kalender);
  });

  it('sesudah kalender terakhir yang berakhir: tidak ada', () => {
    expect(kalenderBerlaku(hanyaLama, '2024-01-01')).toBeUndefined();
  });
});

describe('tmtKenaikanPangkat: the first KP date on or after a date', () => {
  it.each([
    ['2000-01-01', '2000-04-01', PP99],
    ['2023-04-01', '2023-04-01', PP99],
    ['2023-04-02', '2023-10-01', PP99],
    // November–December 2023 are not KP months; January 2024 is judged by PerBKN 4/2023, which has no January.
    ['2023-10-02', '2024-02-01', PERBKN4_2023],
    ['2024-11-15', '2024-12-01', PERBKN4_2023],
    ['2024-12-02', '2025-02-01', PERBKN4_2023],
    ['2025-08-01', '2025-08-01', PERBKN4_2023],
    // September 2025 is not a KP month of PerBKN 4/2023; 1 October 2025 is judged by the monthly calendar.
    ['2025-08-02', '2025-10-01', PERBKN4_2025],
    ['2025-10-02', '2025-11-01', PERBKN4_2025],
    ['2026-12-31', '2027-01-01', PERBKN4_2025],
  ])('%s → %s', (tanggal, tmt, kalender) => {
    expect(tmtKenaikanPangkat(aturan, tanggal)).toEqual({ tanggal: tmt, kalender });
  });

  it('sebelum kalender pertama: tidak diketahui, tidak ditebak', () => {
    expect(tmtKenaikanPangkat(aturan, '1999-12-31')).toBeUndefined();
  });

  it('sesudah kalender terakhir berakhir: tidak diketahui', () => {
    expect(tmtKenaikanPangkat(hanyaLama, '2023-10-02')).toBeUndefined();
    expect(tmtKenaikanPangkat(hanyaLama, '2023-10-01')).toEqual({ tanggal: '2023-10-01', kalender: PP99 });
  });

  it('buku aturan tanpa kalender: tidak ada tanggal', () => {
    expect(tmtKenaikanPangkat({ ...aturan, kalenderKp: [] }, '2024-01-01')).toBeUndefined();
  });
});

describe('cakupanKalender', () => {
  it('kalender terakhir masih berlaku', () => {
    expect(cakupanKalender(aturan)).toBe('1 Januari 2000 dan sesudahnya');
  });
  it('kalender terakhir sudah berakhir', () => {
    expect(cakupanKalender(hanyaLama)).toBe('1 Januari 2000 sampai 31 Desember 2023');
  });
  it('tanpa kalender', () => {
    expect(cakupanKalender({ ...aturan, kalenderKp: [] })).toBe('tidak ada tanggal');
  });
});

describe('pesanDiLuarKalender', () => {
  it('sebelum kalender pertama', () => {
    expect(pesanDiLuarKalender(aturan, '1999-12-31')).toBe(
      'Tanggal perhitungan 31 Desember 1999 berada di luar kalender kenaikan pangkat dalam buku aturan, yang mencakup 1 Januari 2000 dan sesudahnya.',
    );
  });
  it('sesudah kalender terakhir berakhir', () => {
    expect(pesanDiLuarKalender(hanyaLama, '2024-01-01')).toBe(
      'Tanggal perhitungan 1 Januari 2024 berada di luar kalender kenaikan pangkat dalam buku aturan, yang mencakup 1 Januari 2000 sampai 31 Desember 2023.',
    );
  });
  it('di dalam kalender, tetapi tidak ada tanggal KP sesudahnya', () => {
    expect(pesanDiLuarKalender(hanyaLama, '2023-12-31')).toBe(
      'Buku aturan tidak memuat tanggal kenaikan pangkat sesudah 31 Desember 2023; kalender kenaikan pangkatnya mencakup 1 Januari 2000 sampai 31 Desember 2023.',
    );
  });
});

describe('tmtPadaTanggalPerhitungan', () => {
  it('ada tanggal KP', () => {
    expect(tmtPadaTanggalPerhitungan(aturan, '2025-01-15')).toEqual({ tanggal: '2025-02-01', kalender: PERBKN4_2023 });
  });
  it('tidak ada: kesalahan masukan pada tanggalPerhitungan, dengan pesannya', () => {
    let galat: unknown;
    try {
      tmtPadaTanggalPerhitungan(aturan, '1995-03-01');
    } catch (e) {
      galat = e;
    }
    expect(galat).toBeInstanceOf(InputError);
    expect((galat as InputError).masalah).toEqual([{ field: 'tanggalPerhitungan', pesan: pesanDiLuarKalender(aturan, '1995-03-01') }]);
  });
});
