// Runs the legal cases in tests/cases/*.yaml: each names where its numbers come from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hitung } from '../src/domain/hitung.ts';
import { Pecahan } from '../src/domain/pecahan.ts';
import type { Masukan } from '../src/domain/masukan.ts';
import type { HasilKenaikanJenjang, HasilKenaikanPangkat, Selisih } from '../src/domain/hasil.ts';
import { aturan, dasar } from './helpers/aturan.ts';

interface HarapanLangkah {
  dapat?: boolean; tersedia?: boolean; ke?: string; tmt?: string; perkiraan?: boolean; tanpaTmt?: boolean;
  perluKenaikanJenjang?: boolean; selisih?: { jenis: string; pasti: string }; syaratGagal?: string[];
  alternatifTanpaFormasi?: { dapat: boolean; tmt?: string }; tanpaAlternatif?: boolean;
}
interface Kasus {
  nama: string;
  sumber: string;
  masukan: Partial<Masukan> & { tampilan?: { desimal: number }; pernyataan?: Partial<Masukan['pernyataan']> };
  harapan: {
    konversi?: { pasti: string; tampilan?: string; rumus?: string; dihitung?: boolean; predikat?: string }[];
    konversiDalamJenjang?: string; konversiSebelumJenjang?: string; kumulatif?: string; kumulatifTampilan?: string;
    kenaikanPangkat?: HarapanLangkah; kenaikanJenjang?: HarapanLangkah;
  };
}

/** Exact values may be written as decimals or fractions ("250/12"); compare them as numbers. */
function samaEksak(actual: string, expected: string) {
  const baca = (s: string) => (s.includes('/') ? Pecahan.bagi(s.split('/')[0]!, s.split('/')[1]!) : Pecahan.dari(s));
  expect(baca(actual).eq(baca(expected)), `${actual} = ${expected}`).toBe(true);
}

function periksaSelisih(actual: Selisih | undefined, expected: { jenis: string; pasti: string }) {
  expect(actual?.jenis).toBe(expected.jenis);
  samaEksak(actual!.angka.pasti, expected.pasti);
}

function periksaLangkah(actual: HasilKenaikanPangkat | HasilKenaikanJenjang, h: HarapanLangkah) {
  if (h.tersedia !== undefined) expect(actual.tersedia).toBe(h.tersedia);
  if (h.dapat !== undefined) expect(actual.dapat, actual.kalimat).toBe(h.dapat);
  if (h.ke) expect('kode' in (actual.ke ?? {}) ? (actual.ke as { kode: string }).kode : (actual.ke as { id: string }).id).toBe(h.ke);
  if (h.selisih) periksaSelisih(actual.selisih, h.selisih);
  if (h.syaratGagal) expect(actual.syarat.filter((s) => !s.terpenuhi).map((s) => s.id).sort()).toEqual([...h.syaratGagal].sort());
  if ('perluKenaikanJenjang' in actual) {
    if (h.perluKenaikanJenjang !== undefined) expect(actual.perluKenaikanJenjang).toBe(h.perluKenaikanJenjang);
    if (h.tmt) expect(actual.tmtPalingCepat?.tanggal).toBe(h.tmt);
    if (h.perkiraan !== undefined) expect(actual.tmtPalingCepat?.perkiraan).toBe(h.perkiraan);
    if (h.tanpaTmt) expect(actual.tmtPalingCepat).toBeUndefined();
    if (h.tanpaAlternatif) expect(actual.alternatifTanpaFormasi).toBeUndefined();
    if (h.alternatifTanpaFormasi) {
      expect(actual.alternatifTanpaFormasi?.dapat).toBe(h.alternatifTanpaFormasi.dapat);
      if (h.alternatifTanpaFormasi.tmt) expect(actual.alternatifTanpaFormasi?.tmtPalingCepat?.tanggal).toBe(h.alternatifTanpaFormasi.tmt);
    }
  }
}

for (const file of ['bkn-contoh.yaml', 'kelayakan.yaml']) {
  const kasus = parse(readFileSync(new URL(`./cases/${file}`, import.meta.url), 'utf8')) as Kasus[];
  describe(`kasus hukum: ${file}`, () => {
    for (const k of kasus) {
      it(`${k.nama} [${k.sumber}]`, () => {
        const { tampilan, pernyataan, ...rest } = k.masukan;
        const base = dasar();
        const hasil = hitung(aturan, { ...base, ...rest, pernyataan: { ...base.pernyataan, ...pernyataan } }, tampilan ? { desimal: tampilan.desimal } : {});
        const h = k.harapan;
        h.konversi?.forEach((e, i) => {
          const row = hasil.konversi[i]!;
          samaEksak(row.angkaKredit.pasti, e.pasti);
          if (e.tampilan) expect(row.angkaKredit.tampilan).toBe(e.tampilan);
          if (e.rumus) expect(row.rumus).toBe(e.rumus);
          if (e.dihitung !== undefined) expect(row.dihitung).toBe(e.dihitung);
          if (e.predikat) expect(row.predikat.id).toBe(e.predikat);
        });
        if (h.konversi) expect(hasil.konversi).toHaveLength(h.konversi.length);
        if (h.konversiDalamJenjang) samaEksak(hasil.akumulasi.konversiDalamJenjang.pasti, h.konversiDalamJenjang);
        if (h.konversiSebelumJenjang) samaEksak(hasil.akumulasi.konversiSebelumJenjang.pasti, h.konversiSebelumJenjang);
        if (h.kumulatif) samaEksak(hasil.akumulasi.kumulatif.pasti, h.kumulatif);
        if (h.kumulatifTampilan) expect(hasil.akumulasi.kumulatif.tampilan).toBe(h.kumulatifTampilan);
        if (h.kenaikanPangkat) periksaLangkah(hasil.kenaikanPangkat, h.kenaikanPangkat);
        if (h.kenaikanJenjang) periksaLangkah(hasil.kenaikanJenjang, h.kenaikanJenjang);
      });
    }
  });
}

describe('kasus hukum: koefisien.yaml (setiap jenjang × setiap predikat, 12 bulan)', () => {
  const { tabel } = parse(readFileSync(new URL('./cases/koefisien.yaml', import.meta.url), 'utf8')) as {
    tabel: { jenjang: string; golongan: string; koefisien: string; harapan: string[]; tampilan?: string[] }[];
  };
  const predikat = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'];
  for (const baris of tabel) {
    predikat.forEach((p, i) => {
      it(`${baris.jenjang}, ${p} setahun, memperoleh ${baris.harapan[i]}`, () => {
        const hasil = hitung(aturan, dasar({ jenjang: baris.jenjang, golongan: baris.golongan, penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: p }] }));
        samaEksak(hasil.konversi[0]!.angkaKredit.pasti, baris.harapan[i]!);
        expect(hasil.konversi[0]!.koefisien).toBe(baris.koefisien.replace('.', ','));
        if (baris.tampilan) expect(hasil.konversi[0]!.angkaKredit.tampilan).toBe(baris.tampilan[i]);
      });
    });
  }
});
