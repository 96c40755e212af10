// PAK Integrasi (src/domain/integrasi.ts), called directly. Expected values by hand from
// rules/pengangkatan.yaml: AK Integrasi = AK konvensional − nilai dasar (Ahli Pertama 100, Ahli Muda 200,
// Ahli Madya 400; the BKN example 550,63 − 400 = 150,63), with the expected range per golongan for the
// keahlian jenjang (III/a 0–50, IV/b 150–300, …) giving a warning, never a clamp.
import { describe, expect, it } from 'vitest';
import type { MasalahMasukan } from '../../src/domain/galat.ts';
import { hitungIntegrasi } from '../../src/domain/integrasi.ts';
import type { PakIntegrasi } from '../../src/domain/masukan.ts';
import { aturan } from '../helpers/aturan.ts';

const JF = { jenjang: ['mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya'], nama: 'Jabatan Contoh' };
const ig = aturan.pengangkatan.integrasi;
const sumberNd = (j: string) => ig.nilaiDasar.find((n) => n.jenjang === j)!.sumber.uraian;
const sumberRentang = (g: string) => ig.rentang.find((r) => r.golongan === g)!.sumber.uraian;

function jalankan(pak: PakIntegrasi) {
  const masalah: MasalahMasukan[] = [];
  return { r: hitungIntegrasi(aturan, pak, JF, 3, masalah), masalah };
}

describe('hitungIntegrasi', () => {
  it('contoh BKN: Ahli Madya IV/b, 550,63 − 400 = 150,63, di dalam rentang 150–300', () => {
    const { r, masalah } = jalankan({ jenjang: 'ahli_madya', golongan: 'IV/b', akKonvensional: '550.63', keterangan: 'PAK 2022' });
    expect(masalah).toEqual([]);
    const h = r!.hasil;
    expect(r!.nilai.toString()).toBe('150.63');
    expect(r!.jenjang.id).toBe('ahli_madya');
    expect(h.masaPenilaian).toBe('sampai dengan 31 Desember 2022');
    expect(h.jenjang).toEqual({ id: 'ahli_madya', nama: 'Ahli Madya' });
    expect(h.golongan.kode).toBe('IV/b');
    expect(h.akKonvensional.pasti).toBe('550.63');
    expect(h.nilaiDasar.pasti).toBe('400');
    expect(h.nilaiDasarDiganti).toBe(false);
    expect(h.hasil.pasti).toBe('150.63');
    expect(h.rumus).toBe('550,630 − 400,000 = 150,630');
    expect(h.rentang!.min.pasti).toBe('150');
    expect(h.rentang!.max.pasti).toBe('300');
    expect(h.rentang!.sumber.uraian).toBe(sumberRentang('IV/b'));
    expect(h.dalamRentang).toBe(true);
    expect(h.peringatan).toEqual([]);
    expect(h.keterangan).toBe('PAK 2022');
    expect(h.sumber.map((s) => s.uraian)).toEqual([ig.rumus.sumber.uraian, sumberNd('ahli_madya'), sumberRentang('IV/b')]);
    const l = r!.langkah;
    expect(l.id).toBe('integrasi');
    expect(l.uraian).toBe('Penyesuaian angka kredit integrasi (Ahli Madya, IV/b)');
    expect(l.rumus).toBe('AK konvensional − nilai dasar = 550,630 − 400,000 = 150,630');
    expect(l.masukan).toEqual([
      { nama: 'AK kumulatif konvensional (PAK terakhir)', nilai: '550,630' },
      { nama: 'Nilai dasar Ahli Madya', nilai: '400,000' },
    ]);
    expect(l.hasil).toBe('150,630');
    expect(l.angka!.pasti).toBe('150.63');
  });

  it.each([
    ['550', true],
    ['700', true],
    ['549,999', false],
    ['700,001', false],
  ])('batas rentang termasuk: AK konvensional %s pada IV/b → dalam rentang %s', (ak, dalam) => {
    const { r } = jalankan({ jenjang: 'ahli_madya', golongan: 'IV/b', akKonvensional: ak });
    expect(r!.hasil.dalamRentang).toBe(dalam);
    expect(r!.hasil.peringatan).toHaveLength(dalam ? 0 : 1);
    if (!dalam) expect(r!.hasil.peringatan[0]).toContain('di luar rentang yang wajar untuk golongan IV/b (150,000–300,000)');
  });

  it('hasil negatif: dua peringatan (negatif, di luar rentang), angka tidak dipotong', () => {
    const { r } = jalankan({ jenjang: 'ahli_pertama', golongan: 'III/a', akKonvensional: '80' });
    expect(r!.hasil.hasil.pasti).toBe('-20');
    expect(r!.hasil.peringatan).toHaveLength(2);
    expect(r!.hasil.peringatan[0]).toBe(
      'Hasil integrasi negatif (-20,000). Periksa nilai dasar (100,000) dan kesesuaian jenjang Ahli Pertama dengan golongan III/a; angka tidak dipotong menjadi 0.',
    );
    expect(r!.hasil.peringatan[1]).toContain('Hasil integrasi -20,000 di luar rentang yang wajar untuk golongan III/a (0,000–50,000)');
  });

  it('hasil nol bukan negatif', () => {
    const { r } = jalankan({ jenjang: 'ahli_pertama', golongan: 'III/a', akKonvensional: '100' });
    expect(r!.hasil.hasil.pasti).toBe('0');
    expect(r!.hasil.peringatan).toEqual([]);
    expect(r!.hasil.dalamRentang).toBe(true);
  });

  it('jenjang keterampilan: tanpa rentang', () => {
    const { r } = jalankan({ jenjang: 'mahir', golongan: 'III/b', akKonvensional: '180' });
    expect(r!.hasil.hasil.pasti).toBe('80');
    expect(r!.hasil.rentang).toBeUndefined();
    expect('dalamRentang' in r!.hasil).toBe(false);
    expect(r!.hasil.sumber.map((s) => s.uraian)).toEqual([ig.rumus.sumber.uraian, sumberNd('mahir')]);
  });

  it('golongan di luar jenjang: peringatan dan sumber keputusan, nilai dasar jenjang tetap dipakai', () => {
    const { r } = jalankan({ jenjang: 'ahli_muda', golongan: 'IV/a', akKonvensional: '300' });
    expect(r!.hasil.hasil.pasti).toBe('100');
    expect(r!.hasil.peringatan).toEqual([
      'Golongan IV/a tidak berada dalam rentang jenjang Ahli Muda (III/c, III/d); nilai dasar jenjang dipakai.',
    ]);
    expect(r!.hasil.sumber.map((s) => s.uraian)).toEqual([
      ig.rumus.sumber.uraian,
      sumberNd('ahli_muda'),
      sumberRentang('IV/a'),
      ig.jenjangTidakSesuai.sumber.uraian,
    ]);
  });

  it('nilai dasar diganti pengguna: dinyatakan pada hasil, langkah dan sumber', () => {
    const { r, masalah } = jalankan({ jenjang: 'ahli_muda', golongan: 'IV/a', akKonvensional: '450', nilaiDasar: '400' });
    expect(masalah).toEqual([]);
    const h = r!.hasil;
    expect(h.nilaiDasar.pasti).toBe('400');
    expect(h.nilaiDasarDiganti).toBe(true);
    expect(h.hasil.pasti).toBe('50');
    expect(h.peringatan).toEqual([
      'Golongan IV/a tidak berada dalam rentang jenjang Ahli Muda (III/c, III/d); nilai dasar jenjang dipakai — diganti pengguna.',
    ]);
    expect(h.sumber.map((s) => s.uraian)).toEqual([
      ig.rumus.sumber.uraian,
      ig.jenjangTidakSesuai.sumber.uraian,
      sumberRentang('IV/a'),
      ig.jenjangTidakSesuai.sumber.uraian,
    ]);
    expect(r!.langkah.uraian).toBe('Penyesuaian angka kredit integrasi (Ahli Muda, IV/a); nilai dasar diganti pengguna');
    expect(r!.langkah.masukan[1]).toEqual({ nama: 'Nilai dasar Ahli Muda (diganti pengguna)', nilai: '400,000' });
  });

  it('nilai dasar kosong berarti nilai dasar buku aturan', () => {
    const { r } = jalankan({ jenjang: 'ahli_muda', golongan: 'III/d', akKonvensional: '350', nilaiDasar: '' });
    expect(r!.hasil.nilaiDasarDiganti).toBe(false);
    expect(r!.hasil.hasil.pasti).toBe('150');
    expect('keterangan' in r!.hasil).toBe(false);
  });

  it('setiap kolom yang salah disebut sekaligus, tanpa hasil', () => {
    const { r, masalah } = jalankan({ jenjang: 'ahli_utama', golongan: 'V/a', akKonvensional: 'banyak', nilaiDasar: 'x' });
    expect(r).toBeUndefined();
    expect(masalah.map((m) => m.field)).toEqual([
      'pakIntegrasi.jenjang',
      'pakIntegrasi.golongan',
      'pakIntegrasi.akKonvensional',
      'pakIntegrasi.nilaiDasar',
    ]);
    expect(masalah[0]!.pesan).toBe('Jenjang PAK Integrasi "ahli_utama" tidak ada pada Jabatan Contoh.');
  });

  it.each([
    [{ jenjang: 'tidak_ada', golongan: 'III/a', akKonvensional: '10' }, 'pakIntegrasi.jenjang'],
    [{ jenjang: 'ahli_pertama', golongan: 'III/z', akKonvensional: '10' }, 'pakIntegrasi.golongan'],
    [{ jenjang: 'ahli_pertama', golongan: 'III/a', akKonvensional: '-10' }, 'pakIntegrasi.akKonvensional'],
    [{ jenjang: 'ahli_pertama', golongan: 'III/a', akKonvensional: '110', nilaiDasar: '-1' }, 'pakIntegrasi.nilaiDasar'],
  ])('satu kolom salah (%j) → satu masalah, tanpa hasil', (pak, field) => {
    const { r, masalah } = jalankan(pak);
    expect(r).toBeUndefined();
    expect(masalah.map((m) => m.field)).toEqual([field]);
  });
});
