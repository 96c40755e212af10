// Edges of the KP calendar (src/domain/kalender.ts) that kalender.test.ts leaves open: the five-year
// search window, the first calendar's own first day, and a rule book without calendars. Expected texts
// by hand from rules/kalender-kp.yaml (PP 99/2000 from 1 January 2000; the monthly calendar is the last
// and has no end).
import { describe, expect, it } from 'vitest';
import type { Aturan } from '../../src/domain/aturan.ts';
import { pesanDiLuarKalender, tmtKenaikanPangkat } from '../../src/domain/kalender.ts';
import { aturan } from '../helpers/aturan.ts';

describe('tmtKenaikanPangkat: mencari paling jauh 60 bulan', () => {
  // A calendar without KP months for 2000–2004, then one with January only from 2005.
  const [pp99] = aturan.kalenderKp;
  const rekaan: Aturan = {
    ...aturan,
    kalenderKp: [
      { ...pp99!, berlakuMulai: '2000-01-01', berlakuSampai: '2004-12-31', bulan: [] },
      { ...pp99!, berlakuMulai: '2005-01-01', berlakuSampai: undefined, bulan: [1] },
    ],
  };
  it('dari 2 Januari 2000: Februari 2000 + 59 bulan = Januari 2005, masih dalam 60 bulan', () => {
    expect(tmtKenaikanPangkat(rekaan, '2000-01-02')?.tanggal).toBe('2005-01-01');
  });
  it('dari 1 Januari 2000: Januari 2000 + 60 bulan = Januari 2005, bulan ke-61: tidak dicari', () => {
    expect(tmtKenaikanPangkat(rekaan, '2000-01-01')).toBeUndefined();
  });
});

describe('pesanDiLuarKalender', () => {
  it('hari pertama kalender pertama termasuk kalender', () => {
    expect(pesanDiLuarKalender(aturan, '2000-01-01')).toBe(
      'Buku aturan tidak memuat tanggal kenaikan pangkat sesudah 1 Januari 2000; kalender kenaikan pangkatnya mencakup 1 Januari 2000 dan sesudahnya.',
    );
  });
  it('buku aturan tanpa kalender', () => {
    expect(pesanDiLuarKalender({ ...aturan, kalenderKp: [] }, '2024-01-01')).toBe(
      'Tanggal perhitungan 1 Januari 2024 berada di luar kalender kenaikan pangkat dalam buku aturan, yang mencakup tidak ada tanggal.',
    );
  });
});
