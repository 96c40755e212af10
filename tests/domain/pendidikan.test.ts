// Peningkatan pendidikan (pendidikan.ts): 25% of the jenjang's first KP threshold, once, with predikat at
// least Baik (rules/pengangkatan.yaml pendidikan, Keputusan 14); the date checked against the
// calculation date. Worked out by hand from rules/kumulatif.yaml.
import { describe, expect, it } from 'vitest';
import { hitungPendidikan } from '../../src/domain/pendidikan.ts';
import type { MasalahMasukan } from '../../src/domain/galat.ts';
import type { PeningkatanPendidikan } from '../../src/domain/masukan.ts';
import { aturan } from '../helpers/aturan.ts';

const jenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)!;
function hitung(p: PeningkatanPendidikan, J = 'ahli_pertama', tanggalPerhitungan = '2025-01-15', desimal = 3) {
  const masalah: MasalahMasukan[] = [];
  const r = hitungPendidikan(aturan, p, jenjang(J), tanggalPerhitungan, desimal, masalah);
  return { r, kolom: masalah.map((m) => m.field) };
}

describe('peningkatan pendidikan', () => {
  it('Ahli Pertama, Baik: 25% × 50 = 12,5', () => {
    const { r, kolom } = hitung({ tanggal: '2024-06-01', predikat: 'Baik', pendidikan: 'S2' });
    expect(kolom).toEqual([]);
    expect(r!.nilai.toString()).toBe('12.5');
    expect(r!.hasil).toMatchObject({
      diberikan: true,
      dasar: { pasti: '50' },
      persen: '25%',
      angka: { pasti: '12.5', tampilan: '12,500' },
      rumus: '25% × 50,000 = 12,500',
      alasan: [],
      tanggal: { tanggal: '2024-06-01' },
    });
    expect(r!.langkah).toMatchObject({ id: 'pendidikan', hasil: '12,500', angka: { pasti: '12.5' }, rumus: '25% × 50,000 = 12,500' });
    expect(r!.langkah.masukan.map((m) => m.nilai)).toEqual(['50,000', '25%', 'Baik']);
  });

  it('Ahli Muda: 25% × 100 = 25; Terampil: 25% × 20 = 5; dua desimal: 5,00', () => {
    expect(hitung({ tanggal: '2024-06-01', predikat: 'Sangat Baik' }, 'ahli_muda').r!.hasil.angka.pasti).toBe('25');
    const t = hitung({ tanggal: '2024-06-01', predikat: 'Baik' }, 'terampil', '2025-01-15', 2).r!;
    expect(t.hasil.angka).toMatchObject({ pasti: '5', tampilan: '5,00' });
    expect(t.hasil.rumus).toBe('25% × 20,00 = 5,00');
  });

  it('predikat di bawah Baik (Butuh Perbaikan): tidak diberikan, 0, dengan alasannya', () => {
    const { r } = hitung({ tanggal: '2024-06-01', predikat: 'Butuh Perbaikan' });
    expect(r!.nilai.toString()).toBe('0');
    expect(r!.hasil.diberikan).toBe(false);
    expect(r!.hasil.angka.pasti).toBe('0');
    expect(r!.hasil.alasan).toEqual(['predikat kinerja Butuh Perbaikan, sedangkan syaratnya paling rendah Baik']);
    expect(r!.langkah.hasil).toBe('0,000');
  });

  it('sudah pernah diberikan: tidak diberikan; bersama predikat rendah kedua alasannya disebut', () => {
    const { r } = hitung({ tanggal: '2024-06-01', predikat: 'Kurang', sudahPernahDiberikan: true });
    expect(r!.hasil.diberikan).toBe(false);
    expect(r!.hasil.alasan).toHaveLength(2);
    expect(r!.hasil.alasan[0]).toContain('sudah pernah diberikan');
    expect(hitung({ tanggal: '2024-06-01', predikat: 'Baik', sudahPernahDiberikan: false }).r!.hasil.diberikan).toBe(true);
  });

  it('tanggal ijazah tepat pada tanggal perhitungan diterima; sehari sesudahnya atau tidak sah ditolak', () => {
    const tepat = hitung({ tanggal: '2025-01-15', predikat: 'Baik' });
    expect(tepat.kolom).toEqual([]);
    expect(tepat.r?.hasil.diberikan).toBe(true);
    expect(tepat.r?.hasil.sumber).toHaveLength(3);
    expect(tepat.r?.langkah.masukan.map((m) => m.nama)).toEqual([
      'Langkah kenaikan pangkat Ahli Pertama',
      'Persentase',
      'Predikat kinerja',
    ]);
    const sesudah = hitung({ tanggal: '2025-01-16', predikat: 'Baik' });
    expect(sesudah.kolom).toEqual(['peningkatanPendidikan.tanggal']);
    expect(sesudah.r).toBeUndefined();
    expect(hitung({ tanggal: '2025-02-30', predikat: 'Baik' }).kolom).toEqual(['peningkatanPendidikan.tanggal']);
  });

  it('predikat yang tidak dikenal ditolak; bersama tanggal yang salah keduanya disebut', () => {
    const p = hitung({ tanggal: '2024-06-01', predikat: 'Hebat' });
    expect(p.kolom).toEqual(['peningkatanPendidikan.predikat']);
    expect(p.r).toBeUndefined();
    expect(hitung({ tanggal: 'x', predikat: 'Hebat' }).kolom).toEqual(['peningkatanPendidikan.tanggal', 'peningkatanPendidikan.predikat']);
  });
});
