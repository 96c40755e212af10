// Policy values of the application live in rules/ like the law's: the batch's "near" window
// (rules/dekat.yaml) and the other predikat names accepted (rules/predikat.yaml alias).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { daftarPredikatDanSebutan } from '../../src/domain/predikat.ts';
import { hitungDekat } from '../../src/batch/evaluasi.ts';
import { DEFAULT_RULES_DIR, loadAturan, RuleError } from '../../src/rules/loader.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

describe('batas "dekat" dari rules/dekat.yaml', () => {
  // Ahli Pertama III/a: AK awal 34,5 + 2024 Baik 12/12 × 12,5 = 47; kurang 3 untuk III/b (50).
  // 2/12 × 12,5 = 2,083 < 3; 3/12 × 12,5 = 3,125 ≥ 3 → 3 bulan Baik. Masa pangkat sejak 1 April 2021 sudah 24 bulan.
  const hasil = hitung(
    aturan,
    dasar({
      angkaKreditAwal: [{ jenis: 'ak_jf_lama', angkaKredit: '34,5' }],
      penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
      tanggalPerhitungan: '2025-01-15',
    }),
    { tanpaProyeksi: true, tanpaPenjelasan: true },
  );

  it('buku aturan: 6 bulan, keputusan proyek', () => {
    expect(aturan.dekat.bulan).toBe(6);
    expect(aturan.dekat.sumber.status).toBe('decision');
  });

  it('3 bulan Baik: dekat dengan batas 6 bulan, tidak dekat dengan batas 2 bulan', () => {
    expect(hitungDekat(aturan, hasil)?.bulan).toBe(3);
    expect(hitungDekat({ ...aturan, dekat: { ...aturan.dekat, bulan: 3 } }, hasil)?.bulan).toBe(3);
    expect(hitungDekat({ ...aturan, dekat: { ...aturan.dekat, bulan: 2 } }, hasil)).toBeUndefined();
  });

  it('batas yang bukan bilangan bulat positif ditolak dengan nama berkasnya', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aturan-'));
    cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'dekat.yaml'), readFileSync(join(dir, 'dekat.yaml'), 'utf8').replace('bulan: 6', 'bulan: 0'));
    expect(() => loadAturan(dir)).toThrow(RuleError);
    expect(() => loadAturan(dir)).toThrow(/dekat\.yaml di bulan/);
  });
});

describe('sebutan predikat lain dari rules/predikat.yaml', () => {
  it('daftar pilihan menyebut Cukup dibaca Butuh Perbaikan, dari alias buku aturan', () => {
    expect(daftarPredikatDanSebutan(aturan)).toBe(
      'Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang (Cukup dibaca Butuh Perbaikan)',
    );
  });

  it('tanpa alias di buku aturan, tanpa keterangan sebutan', () => {
    const tanpaAlias = { ...aturan, predikat: aturan.predikat.map((p) => ({ ...p, alias: [] })) };
    expect(daftarPredikatDanSebutan(tanpaAlias)).toBe('Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang');
  });
});

describe('catatan TMT kenaikan pangkat mengutip kalender yang berlaku pada tanggal perhitungan', () => {
  const kutipan = (tanggalPerhitungan: string) =>
    hitung(aturan, dasar({ tmtPangkat: '2021-04-01', tmtJenjang: '2021-04-01', tanggalPerhitungan }), { tanpaProyeksi: true }).catatan.find(
      (c) => c.teks.startsWith('TMT kenaikan pangkat paling cepat'),
    )!.sumber!.singkatan;

  it('15 Juni 2023: PP 99/2000 (1 April dan 1 Oktober, sampai 31 Desember 2023)', () => expect(kutipan('2023-06-15')).toBe('PP 99/2000'));
  it('15 Juni 2024: PerBKN 4/2023 (1 Januari 2024 sampai 30 September 2025)', () => expect(kutipan('2024-06-15')).toBe('PerBKN 4/2023'));
  it('15 Januari 2026: PerBKN 4/2025 (sejak 1 Oktober 2025)', () => expect(kutipan('2026-01-15')).toBe('PerBKN 4/2025'));
});
