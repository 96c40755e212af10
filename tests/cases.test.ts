// Runs the legal cases in tests/cases/*.yaml: each names where its numbers come from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { hitung } from '../src/domain/hitung.ts';
import type { Masukan } from '../src/domain/masukan.ts';
import type { HasilKenaikanJenjang, HasilKenaikanPangkat, Selisih } from '../src/domain/hasil.ts';
import { aturan, dasar } from './helpers/aturan.ts';

// The cases' own schema, strict at every level: a misspelt key ("kumulatip") fails the file instead of
// silently checking nothing. Exact values are texts: a decimal ("12.5") or a fraction ("250/12").
const eksak = z.string().regex(/^-?\d+(\.\d+)?(\/\d+)?$/, 'angka eksak: desimal dengan titik atau pecahan a/b');
const selisihSchema = z.strictObject({ jenis: z.enum(['kelebihan', 'kekurangan']), pasti: eksak });
const statusSchema = z.enum(['dapat', 'tidak_dapat', 'belum_dapat_dipastikan']);
const langkahSchema = {
  dapat: z.boolean().optional(),
  status: statusSchema.optional(),
  /** The declarations still missing (input field names), in order. */
  belumDinyatakan: z.array(z.string()).optional(),
  tersedia: z.boolean().optional(),
  ke: z.string().optional(),
  selisih: selisihSchema.optional(),
  syaratGagal: z.array(z.string()).optional(),
};
const kpSchema = z.strictObject({
  ...langkahSchema,
  tmt: z.string().optional(),
  perkiraan: z.boolean().optional(),
  tanpaTmt: z.boolean().optional(),
  perluKenaikanJenjang: z.boolean().optional(),
  alternatifTanpaFormasi: z
    .strictObject({
      dapat: z.boolean(),
      status: statusSchema.optional(),
      tmt: z.string().optional(),
      syaratGagal: z.array(z.string()).optional(),
    })
    .optional(),
  tanpaAlternatif: z.boolean().optional(),
});
const kjSchema = z.strictObject(langkahSchema);
const masukanSchema = z
  .strictObject({
    jabatanFungsional: z.string(),
    jenjang: z.string(),
    golongan: z.string(),
    tmtPangkat: z.string(),
    tmtJenjang: z.string(),
    angkaKreditAwal: z.array(z.strictObject({ jenis: z.string(), uraian: z.string().optional(), angkaKredit: z.string() })),
    penilaian: z.array(z.strictObject({ mulai: z.string(), selesai: z.string(), predikat: z.string(), jenjang: z.string().optional() })),
    pernyataan: z
      // null: not declared ("belum dinyatakan"), overriding the base case's declaration.
      .strictObject({
        lulusUjiKompetensi: z.boolean().nullable(),
        formasiTersedia: z.boolean().nullable(),
        bebasHukumanDisiplin: z.boolean().nullable(),
        kenaikanPangkatTanpaFormasiSudahDigunakan: z.boolean().nullable(),
      })
      .partial(),
    tanggalPerhitungan: z.string(),
    pakIntegrasi: z.strictObject({
      akKonvensional: z.string(),
      jenjang: z.string(),
      golongan: z.string(),
      nilaiDasar: z.string().optional(),
      keterangan: z.string().optional(),
    }),
    // The union of the three kinds, each strict, is checked by hitung itself; here only that it is an object.
    pengangkatan: z.record(z.string(), z.unknown()),
    peningkatanPendidikan: z.strictObject({
      tanggal: z.string(),
      pendidikan: z.string().optional(),
      predikat: z.string(),
      sudahPernahDiberikan: z.boolean().optional(),
    }),
    riwayat: z.array(
      z.strictObject({
        tanggal: z.string(),
        jenis: z.enum(['kenaikan_pangkat', 'kenaikan_jenjang']),
        golongan: z.string(),
        jenjang: z.string().optional(),
      }),
    ),
    proyeksi: z.strictObject({
      predikat: z.string().optional(),
      perTahun: z.array(z.strictObject({ tahun: z.number(), predikat: z.string() })).optional(),
    }),
    tampilan: z.strictObject({ desimal: z.number() }),
  })
  .partial();
const harapanSchema = z
  .strictObject({
    konversi: z.array(
      z.strictObject({
        pasti: eksak,
        tampilan: z.string().optional(),
        rumus: z.string().optional(),
        dihitung: z.boolean().optional(),
        predikat: z.string().optional(),
      }),
    ),
    konversiDalamJenjang: eksak,
    konversiSebelumJenjang: eksak,
    kumulatif: eksak,
    kumulatifTampilan: z.string(),
    kenaikanPangkat: kpSchema,
    kenaikanJenjang: kjSchema,
    integrasi: z.strictObject({
      hasil: eksak,
      dalamRentang: z.boolean().optional(),
      peringatan: z.number().optional(),
      peringatanMemuat: z.string().optional(),
      rumus: z.string().optional(),
      diganti: z.boolean().optional(),
    }),
    pengangkatan: z.strictObject({ jumlah: eksak, tampilan: z.string().optional(), konversi: eksak.optional(), akDasar: eksak.optional() }),
    pendidikan: z.strictObject({ diberikan: z.boolean(), angka: eksak, alasanMemuat: z.string().optional() }),
    akAwal: z.array(z.strictObject({ jenis: z.string(), pasti: eksak, dihitung: z.boolean().optional() })),
    segmen: z.array(
      z.strictObject({
        jenjang: z.string(),
        subtotal: eksak,
        kejadian: z.array(z.strictObject({ jenis: z.string(), kumulatif: eksak, selisih: selisihSchema.optional() })),
      }),
    ),
  })
  .partial();
const kasusSchema = z.strictObject({ nama: z.string().min(1), sumber: z.string().min(1), masukan: masukanSchema, harapan: harapanSchema });
type Kasus = z.infer<typeof kasusSchema>;
type HarapanLangkah = z.infer<typeof kpSchema>;

// The oracle for exact values, independent of the code under test (no Pecahan): both texts become
// integer ratios with plain BigInt and are compared by cross-multiplication.
function rasio(s: string): [bigint, bigint] {
  const [atas, bawah = '1'] = s.split('/');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(atas!)!;
  const pecahan = m[3] ?? '';
  const n = BigInt(m[2]! + pecahan) * (m[1] ? -1n : 1n);
  return [n, BigInt(bawah) * 10n ** BigInt(pecahan.length)];
}
const fpb = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : fpb(b, a % b));

/** Exact values may be written as decimals or fractions ("250/12"); compare them as numbers. */
function samaEksak(actual: string, expected: string) {
  const [a, b] = rasio(actual);
  const [c, d] = rasio(expected);
  expect(a * d === c * b, `${actual} = ${expected}`).toBe(true);
  // The result's own text is canonical: a reduced fraction only when no finite decimal exists.
  if (actual.includes('/')) {
    expect(fpb(a, b), `${actual} tidak disederhanakan`).toBe(1n);
    let sisa = b;
    while (sisa % 2n === 0n) sisa /= 2n;
    while (sisa % 5n === 0n) sisa /= 5n;
    expect(sisa, `${actual} seharusnya desimal`).not.toBe(1n);
  }
}

function periksaSelisih(actual: Selisih | undefined, expected: { jenis: string; pasti: string }) {
  expect(actual?.jenis).toBe(expected.jenis);
  samaEksak(actual!.angka.pasti, expected.pasti);
}

/** Every key given is checked; a key that does not apply to the step fails the schema above. */
function periksaLangkah(actual: HasilKenaikanPangkat | HasilKenaikanJenjang, h: HarapanLangkah) {
  if (h.tersedia !== undefined) expect(actual.tersedia).toBe(h.tersedia);
  if (h.dapat !== undefined) expect(actual.dapat, actual.kalimat).toBe(h.dapat);
  if (h.status !== undefined) expect(actual.status, actual.kalimat).toBe(h.status);
  if (h.belumDinyatakan !== undefined) expect(actual.belumDinyatakan.map((x) => x.pernyataan)).toEqual(h.belumDinyatakan);
  if (h.ke !== undefined)
    expect('kode' in (actual.ke ?? {}) ? (actual.ke as { kode: string }).kode : (actual.ke as { id: string } | undefined)?.id).toBe(h.ke);
  if (h.selisih !== undefined) periksaSelisih(actual.selisih, h.selisih);
  if (h.syaratGagal !== undefined)
    expect(
      actual.syarat
        .filter((s) => !s.terpenuhi)
        .map((s) => s.id)
        .sort(),
    ).toEqual([...h.syaratGagal].sort());
  if (!('perluKenaikanJenjang' in actual)) return;
  if (h.perluKenaikanJenjang !== undefined) expect(actual.perluKenaikanJenjang).toBe(h.perluKenaikanJenjang);
  if (h.tmt !== undefined) expect(actual.tmtPalingCepat?.tanggal).toBe(h.tmt);
  if (h.perkiraan !== undefined) expect(actual.tmtPalingCepat?.perkiraan).toBe(h.perkiraan);
  if (h.tanpaTmt !== undefined) expect(actual.tmtPalingCepat === undefined).toBe(h.tanpaTmt);
  if (h.tanpaAlternatif !== undefined) expect(actual.alternatifTanpaFormasi === undefined).toBe(h.tanpaAlternatif);
  if (h.alternatifTanpaFormasi !== undefined) {
    expect(actual.alternatifTanpaFormasi?.dapat).toBe(h.alternatifTanpaFormasi.dapat);
    if (h.alternatifTanpaFormasi.status !== undefined) expect(actual.alternatifTanpaFormasi?.status).toBe(h.alternatifTanpaFormasi.status);
    if (h.alternatifTanpaFormasi.syaratGagal !== undefined)
      expect(
        actual
          .alternatifTanpaFormasi!.syarat.filter((s) => !s.terpenuhi)
          .map((s) => s.id)
          .sort(),
      ).toEqual([...h.alternatifTanpaFormasi.syaratGagal].sort());
    if (h.alternatifTanpaFormasi.tmt !== undefined)
      expect(actual.alternatifTanpaFormasi?.tmtPalingCepat?.tanggal).toBe(h.alternatifTanpaFormasi.tmt);
  }
}

function bacaYaml(file: string): unknown {
  return parse(readFileSync(new URL(`./cases/${file}`, import.meta.url), 'utf8'));
}

const daftarKasus = z.array(kasusSchema).min(1);
const berkasSchema = {
  'bkn-contoh.yaml': daftarKasus,
  'kelayakan.yaml': daftarKasus,
  'riwayat.yaml': daftarKasus,
  'integrasi.yaml': z.strictObject({
    kasus: daftarKasus,
    // [jenjang, golongan, AK konvensional, hasil eksak, dalam rentang]
    rentang: z.array(z.tuple([z.string(), z.string(), eksak, eksak, z.boolean()])).min(1),
  }),
  'pengangkatan.yaml': z.strictObject({
    kasus: daftarKasus,
    // [jenjang, golongan, tambahan pendidikan eksak]
    pendidikan: z.array(z.tuple([z.string(), z.string(), eksak])).min(1),
  }),
  'koefisien.yaml': z.strictObject({
    tabel: z
      .array(
        z.strictObject({
          jenjang: z.string(),
          golongan: z.string(),
          koefisien: eksak,
          harapan: z.array(eksak).length(5),
          tampilan: z.array(z.string()).length(5).optional(),
        }),
      )
      .min(1),
  }),
};

/** A case file read and checked against its schema; the error names the file and the key. */
function bacaBerkas<F extends keyof typeof berkasSchema>(file: F): z.infer<(typeof berkasSchema)[F]> {
  const r = berkasSchema[file].safeParse(bacaYaml(file));
  if (!r.success) throw new Error(`tests/cases/${file}: ${z.prettifyError(r.error)}`);
  return r.data as z.infer<(typeof berkasSchema)[F]>;
}

function bacaKasus(file: 'bkn-contoh.yaml' | 'kelayakan.yaml' | 'integrasi.yaml' | 'pengangkatan.yaml' | 'riwayat.yaml'): Kasus[] {
  const data = bacaBerkas(file);
  return Array.isArray(data) ? data : data.kasus;
}

describe('skema kasus hukum', () => {
  it('kunci yang salah eja ditolak, bukan diabaikan', () => {
    expect(kasusSchema.safeParse({ nama: 'x', sumber: 'y', masukan: {}, harapan: { kumulatip: '1' } }).success).toBe(false);
    expect(kasusSchema.safeParse({ nama: 'x', sumber: 'y', masukan: { golongn: 'III/a' }, harapan: {} }).success).toBe(false);
    expect(
      kasusSchema.safeParse({ nama: 'x', sumber: 'y', masukan: {}, harapan: { kenaikanJenjang: { tmt: '2025-02-01' } } }).success,
    ).toBe(false);
    expect(kasusSchema.safeParse({ nama: 'x', sumber: 'y', masukan: {}, harapan: { kumulatif: '12,5' } }).success).toBe(false);
    expect(kasusSchema.safeParse({ nama: 'x', sumber: 'y', masukan: {}, harapan: { kumulatif: '25/2' } }).success).toBe(true);
  });

  it('pembanding eksak: desimal dan pecahan yang sama nilainya sama; yang berbeda tidak', () => {
    expect(rasio('-12.50')).toEqual([-1250n, 100n]);
    expect(rasio('25/12')).toEqual([25n, 12n]);
    samaEksak('12.5', '25/2');
    samaEksak('-40', '-80/2');
    expect(() => samaEksak('25/12', '2.083')).toThrow();
    expect(() => samaEksak('50/24', '25/12')).toThrow(/disederhanakan/);
    expect(() => samaEksak('25/2', '12.5')).toThrow(/desimal/);
  });
});

for (const file of ['bkn-contoh.yaml', 'kelayakan.yaml', 'integrasi.yaml', 'pengangkatan.yaml', 'riwayat.yaml'] as const) {
  const kasus = bacaKasus(file);
  describe(`kasus hukum: ${file}`, () => {
    for (const k of kasus) {
      it(`${k.nama} [${k.sumber}]`, () => {
        const { tampilan, pernyataan, ...rest } = k.masukan;
        const base = dasar();
        const hasil = hitung(
          aturan,
          { ...base, ...rest, pernyataan: { ...base.pernyataan, ...pernyataan } } as Masukan,
          tampilan ? { desimal: tampilan.desimal } : {},
        );
        const h = k.harapan;
        h.konversi?.forEach((e, i) => {
          const row = hasil.konversi[i]!;
          samaEksak(row.angkaKredit.pasti, e.pasti);
          if (e.tampilan !== undefined) expect(row.angkaKredit.tampilan).toBe(e.tampilan);
          if (e.rumus !== undefined) expect(row.rumus).toBe(e.rumus);
          if (e.dihitung !== undefined) expect(row.dihitung).toBe(e.dihitung);
          if (e.predikat !== undefined) expect(row.predikat.id).toBe(e.predikat);
        });
        if (h.konversi !== undefined) expect(hasil.konversi).toHaveLength(h.konversi.length);
        if (h.konversiDalamJenjang !== undefined) samaEksak(hasil.akumulasi.konversiDalamJenjang.pasti, h.konversiDalamJenjang);
        if (h.konversiSebelumJenjang !== undefined) samaEksak(hasil.akumulasi.konversiSebelumJenjang.pasti, h.konversiSebelumJenjang);
        if (h.kumulatif !== undefined) samaEksak(hasil.akumulasi.kumulatif.pasti, h.kumulatif);
        if (h.kumulatifTampilan !== undefined) expect(hasil.akumulasi.kumulatif.tampilan).toBe(h.kumulatifTampilan);
        if (h.integrasi !== undefined) {
          const g = hasil.integrasi!;
          samaEksak(g.hasil.pasti, h.integrasi.hasil);
          if (h.integrasi.dalamRentang !== undefined) expect(g.dalamRentang).toBe(h.integrasi.dalamRentang);
          if (h.integrasi.peringatan !== undefined) expect(g.peringatan).toHaveLength(h.integrasi.peringatan);
          if (h.integrasi.peringatanMemuat !== undefined) expect(g.peringatan.join(' ')).toContain(h.integrasi.peringatanMemuat);
          if (h.integrasi.rumus !== undefined) expect(g.rumus).toBe(h.integrasi.rumus);
          if (h.integrasi.diganti !== undefined) expect(g.nilaiDasarDiganti).toBe(h.integrasi.diganti);
        }
        if (h.pengangkatan !== undefined) {
          const g = hasil.pengangkatan!;
          samaEksak(g.jumlah.pasti, h.pengangkatan.jumlah);
          if (h.pengangkatan.tampilan !== undefined) expect(g.jumlah.tampilan).toBe(h.pengangkatan.tampilan);
          if (h.pengangkatan.konversi !== undefined) samaEksak(g.konversi!.angka.pasti, h.pengangkatan.konversi);
          if (h.pengangkatan.akDasar !== undefined) samaEksak(g.akDasar!.angka.pasti, h.pengangkatan.akDasar);
        }
        if (h.pendidikan !== undefined) {
          const g = hasil.pendidikan!;
          expect(g.diberikan).toBe(h.pendidikan.diberikan);
          samaEksak(g.angka.pasti, h.pendidikan.angka);
          if (h.pendidikan.alasanMemuat !== undefined) expect(g.alasan.join(' ')).toContain(h.pendidikan.alasanMemuat);
        }
        if (h.akAwal !== undefined) {
          expect(hasil.angkaKreditAwal.map((a) => a.jenis)).toEqual(h.akAwal.map((a) => a.jenis));
          h.akAwal.forEach((e, i) => {
            samaEksak(hasil.angkaKreditAwal[i]!.angkaKredit.pasti, e.pasti);
            if (e.dihitung !== undefined) expect(hasil.angkaKreditAwal[i]!.dihitung).toBe(e.dihitung);
          });
        }
        if (h.segmen !== undefined) {
          expect(hasil.segmen.map((x) => x.jenjang.id)).toEqual(h.segmen.map((x) => x.jenjang));
          h.segmen.forEach((e, i) => {
            const g = hasil.segmen[i]!;
            samaEksak(g.subtotal.pasti, e.subtotal);
            expect(g.kejadian.map((k) => k.jenis)).toEqual(e.kejadian.map((k) => k.jenis));
            e.kejadian.forEach((k, j) => {
              samaEksak(g.kejadian[j]!.kumulatif.pasti, k.kumulatif);
              if (k.selisih !== undefined) periksaSelisih(g.kejadian[j]!.selisih, k.selisih);
            });
          });
          expect(hasil.segmen.at(-1)!.berjalan).toBe(true);
          expect(hasil.segmen.slice(0, -1).every((x) => x.reset)).toBe(true);
        }
        if (h.kenaikanPangkat !== undefined) periksaLangkah(hasil.kenaikanPangkat, h.kenaikanPangkat);
        if (h.kenaikanJenjang !== undefined) periksaLangkah(hasil.kenaikanJenjang, h.kenaikanJenjang);
      });
    }
  });
}

describe('kasus hukum: koefisien.yaml (setiap jenjang × setiap predikat, 12 bulan)', () => {
  const { tabel } = bacaBerkas('koefisien.yaml');
  const predikat = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'];
  for (const baris of tabel) {
    predikat.forEach((p, i) => {
      it(`${baris.jenjang}, ${p} setahun, memperoleh ${baris.harapan[i]}`, () => {
        const hasil = hitung(
          aturan,
          dasar({ jenjang: baris.jenjang, golongan: baris.golongan, penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: p }] }),
        );
        samaEksak(hasil.konversi[0]!.angkaKredit.pasti, baris.harapan[i]!);
        expect(hasil.konversi[0]!.koefisien).toBe(baris.koefisien.replace('.', ','));
        if (baris.tampilan !== undefined) expect(hasil.konversi[0]!.angkaKredit.tampilan).toBe(baris.tampilan[i]);
      });
    });
  }
});

describe('kasus hukum: integrasi.yaml (batas rentang setiap golongan)', () => {
  const { rentang } = bacaBerkas('integrasi.yaml');
  for (const [jenjang, golongan, ak, hasilEksak, dalam] of rentang) {
    it(`${jenjang} ${golongan}: ${ak} − nilai dasar = ${hasilEksak} (${dalam ? 'dalam' : 'di luar'} rentang)`, () => {
      // Typed as a person writes it, with a decimal comma: "150.001" alone is refused as ambiguous (150001 or 150,001).
      const akKonvensional = ak.replace('.', ',');
      const hasil = hitung(aturan, dasar({ jenjang, golongan, pakIntegrasi: { akKonvensional, jenjang, golongan } }));
      samaEksak(hasil.integrasi!.hasil.pasti, hasilEksak);
      expect(hasil.integrasi!.dalamRentang).toBe(dalam);
      expect(hasil.integrasi!.peringatan.length > 0).toBe(!dalam);
    });
  }
});

describe('kasus hukum: pengangkatan.yaml (tambahan pendidikan setiap jenjang)', () => {
  const { pendidikan } = bacaBerkas('pengangkatan.yaml');
  for (const [jenjang, golongan, tambahan] of pendidikan) {
    it(`${jenjang}: tambahan pendidikan ${tambahan}, dihitung dalam kumulatif`, () => {
      const hasil = hitung(aturan, dasar({ jenjang, golongan, peningkatanPendidikan: { tanggal: '2024-08-01', predikat: 'Baik' } }));
      expect(hasil.pendidikan!.diberikan).toBe(true);
      samaEksak(hasil.pendidikan!.angka.pasti, tambahan);
      samaEksak(hasil.akumulasi.kumulatif.pasti, tambahan);
    });
  }
});
