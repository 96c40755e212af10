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
    integrasi?: { hasil: string; dalamRentang?: boolean; peringatan?: number; peringatanMemuat?: string; rumus?: string; diganti?: boolean };
    pengangkatan?: { jumlah: string; tampilan?: string; konversi?: string; akDasar?: string };
    pendidikan?: { diberikan: boolean; angka: string; alasanMemuat?: string };
    akAwal?: { jenis: string; pasti: string; dihitung?: boolean }[];
    segmen?: { jenjang: string; subtotal: string; kejadian: { jenis: string; kumulatif: string; selisih?: { jenis: string; pasti: string } }[] }[];
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

function bacaKasus(file: string): Kasus[] {
  const data = parse(readFileSync(new URL(`./cases/${file}`, import.meta.url), 'utf8')) as Kasus[] | Record<string, unknown>;
  return Array.isArray(data) ? data : (Object.values(data).find((v) => Array.isArray(v) && (v[0] as Kasus | undefined)?.nama) as Kasus[]) ?? [];
}

for (const file of ['bkn-contoh.yaml', 'kelayakan.yaml', 'integrasi.yaml', 'pengangkatan.yaml', 'riwayat.yaml']) {
  const kasus = bacaKasus(file);
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
        if (h.integrasi) {
          const g = hasil.integrasi!;
          samaEksak(g.hasil.pasti, h.integrasi.hasil);
          if (h.integrasi.dalamRentang !== undefined) expect(g.dalamRentang).toBe(h.integrasi.dalamRentang);
          if (h.integrasi.peringatan !== undefined) expect(g.peringatan).toHaveLength(h.integrasi.peringatan);
          if (h.integrasi.peringatanMemuat) expect(g.peringatan.join(' ')).toContain(h.integrasi.peringatanMemuat);
          if (h.integrasi.rumus) expect(g.rumus).toBe(h.integrasi.rumus);
          if (h.integrasi.diganti !== undefined) expect(g.nilaiDasarDiganti).toBe(h.integrasi.diganti);
        }
        if (h.pengangkatan) {
          const g = hasil.pengangkatan!;
          samaEksak(g.jumlah.pasti, h.pengangkatan.jumlah);
          if (h.pengangkatan.tampilan) expect(g.jumlah.tampilan).toBe(h.pengangkatan.tampilan);
          if (h.pengangkatan.konversi) samaEksak(g.konversi!.angka.pasti, h.pengangkatan.konversi);
          if (h.pengangkatan.akDasar) samaEksak(g.akDasar!.angka.pasti, h.pengangkatan.akDasar);
        }
        if (h.pendidikan) {
          const g = hasil.pendidikan!;
          expect(g.diberikan).toBe(h.pendidikan.diberikan);
          samaEksak(g.angka.pasti, h.pendidikan.angka);
          if (h.pendidikan.alasanMemuat) expect(g.alasan.join(' ')).toContain(h.pendidikan.alasanMemuat);
        }
        if (h.akAwal) {
          expect(hasil.angkaKreditAwal.map((a) => a.jenis)).toEqual(h.akAwal.map((a) => a.jenis));
          h.akAwal.forEach((e, i) => {
            samaEksak(hasil.angkaKreditAwal[i]!.angkaKredit.pasti, e.pasti);
            if (e.dihitung !== undefined) expect(hasil.angkaKreditAwal[i]!.dihitung).toBe(e.dihitung);
          });
        }
        if (h.segmen) {
          expect(hasil.segmen.map((x) => x.jenjang.id)).toEqual(h.segmen.map((x) => x.jenjang));
          h.segmen.forEach((e, i) => {
            const g = hasil.segmen[i]!;
            samaEksak(g.subtotal.pasti, e.subtotal);
            expect(g.kejadian.map((k) => k.jenis)).toEqual(e.kejadian.map((k) => k.jenis));
            e.kejadian.forEach((k, j) => {
              samaEksak(g.kejadian[j]!.kumulatif.pasti, k.kumulatif);
              if (k.selisih) periksaSelisih(g.kejadian[j]!.selisih, k.selisih);
            });
          });
          expect(hasil.segmen.at(-1)!.berjalan).toBe(true);
          expect(hasil.segmen.slice(0, -1).every((x) => x.reset)).toBe(true);
        }
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

describe('kasus hukum: integrasi.yaml (batas rentang setiap golongan)', () => {
  const { rentang } = parse(readFileSync(new URL('./cases/integrasi.yaml', import.meta.url), 'utf8')) as { rentang: [string, string, string, string, boolean][] };
  for (const [jenjang, golongan, ak, hasilEksak, dalam] of rentang) {
    it(`${jenjang} ${golongan}: ${ak} − nilai dasar = ${hasilEksak} (${dalam ? 'dalam' : 'di luar'} rentang)`, () => {
      const hasil = hitung(aturan, dasar({ jenjang, golongan, pakIntegrasi: { akKonvensional: ak, jenjang, golongan } }));
      samaEksak(hasil.integrasi!.hasil.pasti, hasilEksak);
      expect(hasil.integrasi!.dalamRentang).toBe(dalam);
      expect(hasil.integrasi!.peringatan.length > 0).toBe(!dalam);
    });
  }
});

describe('kasus hukum: pengangkatan.yaml (tambahan pendidikan setiap jenjang)', () => {
  const { pendidikan } = parse(readFileSync(new URL('./cases/pengangkatan.yaml', import.meta.url), 'utf8')) as { pendidikan: [string, string, string][] };
  for (const [jenjang, golongan, tambahan] of pendidikan) {
    it(`${jenjang}: tambahan pendidikan ${tambahan}, dihitung dalam kumulatif`, () => {
      const hasil = hitung(aturan, dasar({ jenjang, golongan, peningkatanPendidikan: { tanggal: '2024-08-01', predikat: 'Baik' } }));
      expect(hasil.pendidikan!.diberikan).toBe(true);
      samaEksak(hasil.pendidikan!.angka.pasti, tambahan);
      samaEksak(hasil.akumulasi.kumulatif.pasti, tambahan);
    });
  }
});
