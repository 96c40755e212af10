// Every date the schema admits has a defined answer: a result, or a InputError naming the field,
// never another error (a plain Error was a 500). The calculation date is swept over the edges of the
// schema's years and of each KP calendar in rules/kalender-kp.yaml, through the projection too.
// Expected TMTs are read from that file by hand: 1 April/1 Oktober until 2023, the even months of
// PerBKN 4/2023 from 1 Januari 2024, the 1st of every month from 1 Oktober 2025.
import { describe, expect, it } from 'vitest';
import type { Aturan } from '../../src/domain/aturan.ts';
import { InputError } from '../../src/domain/galat.ts';
import type { Hasil } from '../../src/domain/hasil.ts';
import { hitung } from '../../src/domain/hitung.ts';
import { bulanDari, bulanKeTeks } from '../../src/domain/tanggal.ts';
import { bacaMasukan } from '../../src/input/parse.ts';
import type { MasukanJson } from '../../src/input/schema.ts';
import { aturan } from '../helpers/aturan.ts';

/** The day before or after an ISO date, by plain calendar arithmetic. */
function geser(tanggal: string, hari: number): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + hari);
  return d.toISOString().slice(0, 10);
}

/** A result or the input error; any other error fails the test where it is thrown. */
function coba(a: Aturan, doc: MasukanJson): Hasil | InputError {
  try {
    const { masukan, opsi } = bacaMasukan(doc);
    return hitung(a, masukan, opsi);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
}

/** Three people on a date: KP due now (III/a), KP only without KJ (III/b, no formasi), and a newcomer projected far ahead. */
function orang(tanggal: string): MasukanJson[] {
  const sebelum = bulanKeTeks(bulanDari(tanggal) - 1);
  // Konversi starts with January 2023 (rules/konversi.yaml); earlier months carry no period.
  const penilaian = sebelum >= '2023-01' ? [{ mulai: sebelum, selesai: sebelum, predikat: 'Baik' }] : [];
  // "Belum pernah" declared: an undeclared one would leave the KP without formasi uncertain (issue 12).
  const pernyataan = {
    bebasHukumanDisiplin: true,
    lulusUjiKompetensi: true,
    formasiTersedia: false,
    kenaikanPangkatTanpaFormasiSudahDigunakan: false,
  };
  const dasar = {
    jabatanFungsional: 'lainnya',
    jenjang: 'ahli_pertama',
    tmtPangkat: '1900-01-01',
    tmtJenjang: '1900-01-01',
    penilaian,
    pernyataan,
    tanggalPerhitungan: tanggal,
  };
  return [
    { ...dasar, golongan: 'III/a', angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '150' }] },
    { ...dasar, golongan: 'III/b', angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '150' }] },
    {
      ...dasar,
      golongan: 'III/a',
      tmtPangkat: tanggal,
      tmtJenjang: tanggal,
      penilaian: [],
      angkaKreditAwal: [],
      proyeksi: { predikat: 'Baik', perTahun: [{ tahun: 2100, predikat: 'Sangat Baik' }] },
    },
  ];
}

const pertama = aturan.kalenderKp[0]!.berlakuMulai;

const TEPI = [
  ...new Set([
    '1900-01-01',
    '1994-12-31',
    '2100-12-31',
    ...aturan.kalenderKp.flatMap((k) => [
      geser(k.berlakuMulai, -1),
      k.berlakuMulai,
      ...(k.berlakuSampai ? [k.berlakuSampai, geser(k.berlakuSampai, 1)] : []),
    ]),
  ]),
].sort();

/** Each TMT of a result lies on the 1st of a month the calendar in force on it allows. */
function tmtDiKalender(a: Aturan, h: Hasil): void {
  const semua = [
    h.kenaikanPangkat.tmtPalingCepat?.tanggal,
    h.kenaikanPangkat.alternatifTanpaFormasi?.tmtPalingCepat?.tanggal,
    ...(h.proyeksi?.langkah.map((l) => l.tmt.tanggal) ?? []),
  ];
  for (const t of semua) {
    if (t === undefined) continue;
    const k = a.kalenderKp.find((x) => x.berlakuMulai <= t && (!x.berlakuSampai || t <= x.berlakuSampai));
    expect(k, t).toBeDefined();
    expect(t.endsWith('-01') && k!.bulan.includes(Number(t.slice(5, 7))), t).toBe(true);
  }
}

describe('tanggal perhitungan di tepi tahun skema dan setiap kalender kenaikan pangkat', () => {
  it('tepi yang disapu memuat 1900, 1994, 2100, dan awal/akhir setiap kalender', () => {
    expect(TEPI).toEqual([
      '1900-01-01',
      '1994-12-31',
      '1999-12-31',
      '2000-01-01',
      '2023-12-31',
      '2024-01-01',
      '2025-09-30',
      '2025-10-01',
      '2100-12-31',
    ]);
  });

  it.each(TEPI)('%s: hasil, atau kesalahan masukan pada tanggalPerhitungan bila sebelum kalender pertama', (tanggal) => {
    for (const doc of orang(tanggal)) {
      const r = coba(aturan, doc);
      if (tanggal < pertama) {
        expect(r).toBeInstanceOf(InputError);
        expect((r as InputError).masalah).toEqual([
          {
            field: 'tanggalPerhitungan',
            pesan: expect.stringContaining(
              'berada di luar kalender kenaikan pangkat dalam buku aturan, yang mencakup 1 Januari 2000 dan sesudahnya',
            ),
          },
        ]);
      } else {
        expect(r, r instanceof InputError ? r.message : '').not.toBeInstanceOf(InputError);
        const h = r as Hasil;
        expect(h.proyeksi!.langkah.length).toBeGreaterThan(0);
        expect(h.proyeksi!.berhenti).not.toBe('');
        tmtDiKalender(aturan, h);
      }
    }
  });

  it.each([
    ['2023-12-31', '2024-02-01'],
    ['2024-01-01', '2024-02-01'],
    ['2025-09-30', '2025-10-01'],
    ['2025-10-01', '2025-10-01'],
    ['2100-12-31', '2101-01-01'],
  ])('%s: KP dapat, TMT paling cepat %s; tanpa formasi juga', (tanggal, tmt) => {
    const [kp, tanpaFormasi] = orang(tanggal).map((d) => coba(aturan, d) as Hasil);
    expect(kp!.kenaikanPangkat.dapat).toBe(true);
    expect(kp!.kenaikanPangkat.tmtPalingCepat!.tanggal).toBe(tmt);
    expect(tanpaFormasi!.kenaikanPangkat.alternatifTanpaFormasi!.dapat).toBe(true);
    expect(tanpaFormasi!.kenaikanPangkat.alternatifTanpaFormasi!.tmtPalingCepat!.tanggal).toBe(tmt);
  });

  it('9999-12-31 dan tahun 1899 ditolak skema dengan nama isiannya', () => {
    for (const t of ['9999-12-31', '2101-01-01', '1899-12-31']) {
      const r = coba(aturan, { ...orang('2025-01-15')[0]!, tanggalPerhitungan: t });
      expect(r).toBeInstanceOf(InputError);
      expect((r as InputError).masalah).toEqual([
        { field: 'tanggalPerhitungan', pesan: 'Tanggal perhitungan harus jatuh pada tahun 1900 sampai 2100.' },
      ]);
    }
  });
});

describe('buku aturan yang kalender terakhirnya berakhir (31 Desember 2030)', () => {
  const kalender = aturan.kalenderKp.map((k, i, semua) => (i === semua.length - 1 ? { ...k, berlakuSampai: '2030-12-31' } : k));
  const tertutup: Aturan = { ...aturan, kalenderKp: kalender };

  it('tanggal perhitungan sesudahnya, atau tanpa tanggal KP sesudahnya: kesalahan masukan yang menyebut cakupan kalender', () => {
    const luar = coba(tertutup, orang('2031-01-01')[0]!) as InputError;
    expect(luar.masalah).toEqual([
      {
        field: 'tanggalPerhitungan',
        pesan:
          'Tanggal perhitungan 1 Januari 2031 berada di luar kalender kenaikan pangkat dalam buku aturan, yang mencakup 1 Januari 2000 sampai 31 Desember 2030.',
      },
    ]);
    const ujung = coba(tertutup, orang('2030-12-15')[0]!) as InputError;
    expect(ujung.masalah).toEqual([
      {
        field: 'tanggalPerhitungan',
        pesan:
          'Buku aturan tidak memuat tanggal kenaikan pangkat sesudah 15 Desember 2030; kalender kenaikan pangkatnya mencakup 1 Januari 2000 sampai 31 Desember 2030.',
      },
    ]);
    const tepat = coba(tertutup, orang('2030-12-01')[0]!) as Hasil;
    expect(tepat.kenaikanPangkat.tmtPalingCepat!.tanggal).toBe('2030-12-01');
  });

  it('proyeksi berhenti dengan keterangan di ujung kalender, tidak melempar galat', () => {
    const h = coba(tertutup, orang('2025-10-01')[2]!) as Hasil;
    // From 0 with Baik (12,5/12 a month): 50 for III/b after 48 months, 1 Oktober 2029; 100 for III/c
    // (with KJ) after 96 months, 1 Oktober 2033, past the last calendar.
    expect(h.proyeksi!.langkah.map((l) => l.tmt.tanggal)).toEqual(['2029-10-01']);
    expect(h.proyeksi!.berhenti).toBe(
      'Buku aturan tidak memuat tanggal kenaikan pangkat sesudah 1 Oktober 2033; proyeksi berhenti di sini.',
    );
    tmtDiKalender(tertutup, h);
  });

  it('TMT perkiraan yang jatuh sesudah kalender terakhir tidak ditebak', () => {
    // Masa 24 bulan dalam pangkat sejak 1 Januari 2029 terpenuhi 1 Januari 2031.
    const doc: MasukanJson = {
      ...orang('2030-06-15')[0]!,
      tmtPangkat: '2029-01-01',
      tmtJenjang: '2029-01-01',
      angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '60' }],
    };
    const terbuka = coba(aturan, doc) as Hasil;
    expect(terbuka.kenaikanPangkat.dapat).toBe(false);
    expect(terbuka.kenaikanPangkat.tmtPalingCepat).toMatchObject({ tanggal: '2031-01-01', perkiraan: true });
    const h = coba(tertutup, doc) as Hasil;
    expect(h.kenaikanPangkat.dapat).toBe(false);
    expect(h.kenaikanPangkat.tmtPalingCepat).toBeUndefined();
    expect(h.kenaikanPangkat.kalimat).toContain('terpenuhi pada 1 Januari 2031');
  });
});
