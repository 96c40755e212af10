// Bounded input everywhere (src/input/batas.ts): every number text at most 9 digits before the comma and
// 6 after, every date in 1900–2100, every name at most 100 characters. Each field is tried at its limit
// (accepted) and one past it (400 naming the field), against the real app; the hostile inputs that
// took seconds or held the server are answered with 400 at once; a batch cell past a limit is a row
// error naming its column.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orang, proses } from '../batch/helpers.ts';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';

const contoh = JSON.parse(readFileSync(new URL('../../examples/ahli-pertama.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const BATAS = 'paling banyak 9 angka di depan koma dan 6 angka di belakang koma.';
const TAHUN = 'harus jatuh pada tahun 1900 sampai 2100.';

let app: AppBerjalan;
beforeAll(async () => {
  app = await jalankanApp();
});
afterAll(() => app.tutup());

const kirim = (alamat: string, badan: unknown) =>
  fetch(app.url + alamat, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(badan) });

/** The example input with one part replaced (a deep copy: cases never share objects). */
function dengan(ubah: (d: Record<string, any>) => void): Record<string, unknown> {
  const d = structuredClone(contoh) as Record<string, any>;
  ubah(d);
  return d;
}

async function diterima(badan: unknown, alamat = '/api/v1/hitung') {
  const res = await kirim(alamat, badan);
  const isi = await res.json();
  expect(res.status, JSON.stringify(isi.masalah)).toBe(200);
  return isi;
}

async function ditolak(badan: unknown, field: string, pesan: string, alamat = '/api/v1/hitung') {
  const res = await kirim(alamat, badan);
  expect(res.status).toBe(400);
  const isi = await res.json();
  expect(isi.masalah).toContainEqual({ field, pesan });
}

describe('angka: 9 angka di depan koma dan 6 di belakang diterima, satu lagi ditolak dengan nama isiannya', () => {
  const pak = { akKonvensional: '100', jenjang: 'ahli_pertama', golongan: 'III/a' };
  const kasus: [string, string, string, (d: Record<string, any>, v: unknown) => void][] = [
    [
      'angkaKreditAwal.0.angkaKredit',
      'Angka kredit',
      '',
      (d, v) => {
        d.angkaKreditAwal[0].angkaKredit = v;
      },
    ],
    [
      'pakIntegrasi.akKonvensional',
      'AK kumulatif konvensional',
      '',
      (d, v) => {
        d.angkaKreditAwal = [];
        d.pakIntegrasi = { ...pak, akKonvensional: v };
      },
    ],
    [
      'pakIntegrasi.nilaiDasar',
      'Nilai dasar',
      '',
      (d, v) => {
        d.angkaKreditAwal = [];
        d.pakIntegrasi = { ...pak, nilaiDasar: v };
      },
    ],
    [
      'pengangkatan.angkaKredit',
      'Angka kredit penyesuaian',
      '',
      (d, v) => {
        d.pengangkatan = { jenis: 'penyesuaian', angkaKredit: v, sumber: 'PAK penyesuaian (fiktif)' };
      },
    ],
  ];

  it.each(kasus)('%s', async (field, label, _, isi) => {
    for (const v of ['123456789,123456', ' 123456789.123456 ', '0,000001', 123456789.123456, 0.000001])
      await diterima(dengan((d) => isi(d, v)));
    const pesan = `${label} ${BATAS}`;
    for (const v of ['1234567890', '1,1234567', '0000000001', '1234567890,1234567', 1234567890, 0.1234567, 1e21, 1e308, 1e-7]) {
      await ditolak(
        dengan((d) => isi(d, v)),
        field,
        pesan,
      );
    }
    // The shape is still its own message: a negative number or a word is not a bound problem.
    await ditolak(
      dengan((d) => isi(d, '-1')),
      field,
      expect.stringContaining(`${label} harus angka tidak negatif`) as unknown as string,
    );
    await ditolak(
      dengan((d) => isi(d, -1)),
      field,
      expect.stringContaining(`${label} harus angka tidak negatif`) as unknown as string,
    );
  });

  it('angka yang diperiksa /api/v1/validasi: dibaca seperti validasi membacanya ("123.456.789,123456" = 9 + 6)', async () => {
    const v = (klaim: unknown) => ({ masukan: contoh, klaim });
    const isi = await diterima(v({ kumulatif: '123.456.789,123456', konversi: ['18,750000', '12,5'] }), '/api/v1/validasi');
    expect(isi.validasi.klaim.map((k: { benar: boolean }) => k.benar)).toEqual([true, true, false]);
    const pesan = `Angka yang diperiksa ${BATAS}`;
    await ditolak(v({ kumulatif: '1.234.567.890' }), 'klaim.kumulatif', pesan, '/api/v1/validasi');
    await ditolak(v({ jumlahKonversi: '31,2500000' }), 'klaim.jumlahKonversi', pesan, '/api/v1/validasi');
    await ditolak(v({ konversi: [null, '12,5000001'] }), 'klaim.konversi.1', pesan, '/api/v1/validasi');
    await ditolak(v({ kumulatif: 1e21 }), 'klaim.kumulatif', pesan, '/api/v1/validasi');
    await ditolak(v({ kumulatif: 1234567890 }), 'klaim.kumulatif', pesan, '/api/v1/validasi');
    // Not a number at all: judged, not refused.
    const kata = await diterima(v({ kumulatif: 'empat puluh' }), '/api/v1/validasi');
    expect(kata.validasi.klaim[0]).toMatchObject({ benar: false, pesan: expect.stringContaining('bukan angka') });
  });
});

describe('masukan yang dulu menghabiskan waktu: 400 dengan pesan batasnya', () => {
  // Refused by the digit limits, with the field's message; how quickly is measured in bench/, not here.
  const cepat = (badan: unknown, field: string, pesan: string, alamat?: string) => ditolak(badan, field, pesan, alamat);

  it('"0," + 30.000 nol + "1" dan "1" + 90.000 nol sebagai angka kredit awal', async () => {
    const pesan = `Angka kredit ${BATAS}`;
    await cepat(
      dengan((d) => {
        d.angkaKreditAwal[0].angkaKredit = `0,${'0'.repeat(30_000)}1`;
      }),
      'angkaKreditAwal.0.angkaKredit',
      pesan,
    );
    await cepat(
      dengan((d) => {
        d.angkaKreditAwal[0].angkaKredit = `1${'0'.repeat(90_000)}`;
      }),
      'angkaKreditAwal.0.angkaKredit',
      pesan,
    );
    await cepat(
      dengan((d) => {
        d.angkaKreditAwal[0].angkaKredit = `0,${'0'.repeat(90_000)}1`;
      }),
      'angkaKreditAwal.0.angkaKredit',
      pesan,
    );
  });

  it('90.000 angka pada AK konvensional, nilai dasar, dan dokumen PDF', async () => {
    const besar = `1${'0'.repeat(90_000)}`;
    await cepat(
      dengan((d) => {
        d.pakIntegrasi = { akKonvensional: besar, jenjang: 'ahli_pertama', golongan: 'III/a' };
      }),
      'pakIntegrasi.akKonvensional',
      `AK kumulatif konvensional ${BATAS}`,
    );
    await cepat(
      dengan((d) => {
        d.pakIntegrasi = { akKonvensional: '100', jenjang: 'ahli_pertama', golongan: 'III/a', nilaiDasar: besar };
      }),
      'pakIntegrasi.nilaiDasar',
      `Nilai dasar ${BATAS}`,
    );
    await cepat(
      dengan((d) => {
        d.angkaKreditAwal[0].angkaKredit = besar;
      }),
      'angkaKreditAwal.0.angkaKredit',
      `Angka kredit ${BATAS}`,
      '/api/v1/dokumen/penetapan',
    );
  });

  it('formulir web: angka kredit 30.000 nol → 400, pesannya di samping isiannya', async () => {
    const badan = new URLSearchParams({
      jabatanFungsional: 'pranata_humas',
      jenjang: 'ahli_pertama',
      golongan: 'III/a',
      tmtPangkat: '2022-04-01',
      tmtJenjang: '2022-04-01',
      tanggalPerhitungan: '2025-01-15',
      'angkaKreditAwal.0.jenis': 'ak_integrasi',
      'angkaKreditAwal.0.angkaKredit': `0,${'0'.repeat(30_000)}1`,
    });
    const res = await fetch(app.url + '/hitung', { method: 'POST', body: badan });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`id="f-angkaKreditAwal-0-angkaKredit-galat">Angka kredit ${BATAS}`);
  });

  it('halaman /validasi: angka tertulis di luar batas → 400 dengan pesan', async () => {
    const badan = new URLSearchParams({ masukan: JSON.stringify(contoh), 'klaim.kumulatif': '1234567890' });
    const res = await fetch(app.url + '/validasi', { method: 'POST', body: badan });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(`Angka tertulis ${BATAS}`);
    const sah = await fetch(app.url + '/validasi', {
      method: 'POST',
      body: new URLSearchParams({ masukan: JSON.stringify(contoh), 'klaim.kumulatif': '43,750' }),
    });
    expect(sah.status).toBe(200);
  });
});

describe('tanggal dan bulan: tahun 1900 sampai 2100', () => {
  it('9999-12-31 sebagai tanggal perhitungan: 400, bukan 500', async () => {
    await ditolak(
      dengan((d) => {
        d.tanggalPerhitungan = '9999-12-31';
      }),
      'tanggalPerhitungan',
      `Tanggal perhitungan ${TAHUN}`,
    );
  });

  it('sebelum kalender kenaikan pangkat pertama (1 Januari 2000): 400 yang menyebut cakupan buku aturan', async () => {
    await ditolak(
      dengan((d) => {
        d.tanggalPerhitungan = '1999-12-31';
        d.tmtPangkat = '1990-01-01';
        d.tmtJenjang = '1990-01-01';
        d.penilaian = [];
      }),
      'tanggalPerhitungan',
      'Tanggal perhitungan 31 Desember 1999 berada di luar kalender kenaikan pangkat dalam buku aturan, yang mencakup 1 Januari 2000 dan sesudahnya.',
    );
  });

  const kasus: [string, string, (d: Record<string, any>, v: string) => void, string, string][] = [
    [
      'tmtPangkat',
      'TMT pangkat',
      (d, v) => {
        d.tmtPangkat = v;
      },
      '1900-01-01',
      '1899-12-31',
    ],
    [
      'tanggalPerhitungan',
      'Tanggal perhitungan',
      (d, v) => {
        d.tanggalPerhitungan = v;
      },
      '2100-12-31',
      '2101-01-01',
    ],
    [
      'penilaian.0.mulai',
      'Bulan mulai',
      (d, v) => {
        d.penilaian[0].mulai = v;
      },
      '2023-01',
      '1899-12',
    ],
    [
      'penilaian.1.selesai',
      'Bulan selesai',
      (d, v) => {
        d.penilaian[1].selesai = v;
      },
      '2024-12',
      '2101-01',
    ],
    [
      'riwayat.0.tanggal',
      'Tanggal (TMT)',
      (d, v) => {
        d.riwayat = [{ tanggal: v, jenis: 'kenaikan_pangkat', golongan: 'III/a' }];
      },
      '',
      '1899-12-31',
    ],
    [
      'peningkatanPendidikan.tanggal',
      'Tanggal ijazah',
      (d, v) => {
        d.peningkatanPendidikan = { tanggal: v, predikat: 'Baik' };
      },
      '',
      '2101-01-01',
    ],
    [
      'pengangkatan.penilaianCpns.0.selesai',
      'Bulan selesai',
      (d, v) => {
        d.pengangkatan = { jenis: 'pertama', penilaianCpns: [{ mulai: '2020-01', selesai: v, predikat: 'Baik' }] };
      },
      '',
      '2101-01',
    ],
  ];
  it.each(kasus)('%s', async (field, label, isi, tepi, lewat) => {
    if (tepi) await diterima(dengan((d) => isi(d, tepi)));
    await ditolak(
      dengan((d) => isi(d, lewat)),
      field,
      `${label} ${TAHUN}`,
    );
  });

  it('tanggal pada data dokumen PDF', async () => {
    await ditolak(
      { ...contoh, dokumen: { tanggalPenetapan: '2101-01-01' } },
      'dokumen.tanggalPenetapan',
      `Tanggal penetapan ${TAHUN}`,
      '/api/v1/dokumen/penetapan',
    );
  });
});

describe('teks: nama, kode, dan predikat paling banyak 100 karakter', () => {
  const kasus: [string, string, (d: Record<string, any>, v: string) => void][] = [
    [
      'jabatanFungsional',
      'Jabatan fungsional',
      (d, v) => {
        d.jabatanFungsional = v;
      },
    ],
    [
      'jenjang',
      'Jenjang',
      (d, v) => {
        d.jenjang = v;
      },
    ],
    [
      'golongan',
      'Golongan ruang',
      (d, v) => {
        d.golongan = v;
      },
    ],
    [
      'penilaian.0.predikat',
      'Predikat',
      (d, v) => {
        d.penilaian[0].predikat = v;
      },
    ],
    [
      'penilaian.0.jenjang',
      'Jenjang',
      (d, v) => {
        d.penilaian[0].jenjang = v;
      },
    ],
    [
      'proyeksi.predikat',
      'Predikat asumsi',
      (d, v) => {
        d.proyeksi = { predikat: v };
      },
    ],
    [
      'proyeksi.perTahun.0.predikat',
      'Predikat',
      (d, v) => {
        d.proyeksi = { perTahun: [{ tahun: 2030, predikat: v }] };
      },
    ],
    [
      'riwayat.0.jenjang',
      'Jenjang',
      (d, v) => {
        d.riwayat = [{ tanggal: '2022-04-01', jenis: 'kenaikan_jenjang', golongan: 'III/a', jenjang: v }];
      },
    ],
    [
      'pakIntegrasi.jenjang',
      'Jenjang pada PAK terakhir',
      (d, v) => {
        d.pakIntegrasi = { akKonvensional: '100', jenjang: v, golongan: 'III/a' };
      },
    ],
    [
      'identitas.nip',
      'NIP',
      (d, v) => {
        d.identitas.nip = v;
      },
    ],
  ];
  it.each(kasus)('%s: 101 karakter ditolak', async (field, label, isi) => {
    await ditolak(
      dengan((d) => isi(d, 'x'.repeat(101))),
      field,
      `${label} paling banyak 100 karakter.`,
    );
  });

  it('100 karakter melewati skema (lalu mesin menilai isinya)', async () => {
    const res = await kirim(
      '/api/v1/hitung',
      dengan((d) => {
        d.jenjang = 'x'.repeat(100);
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).masalah).toEqual([{ field: 'jenjang', pesan: `Jenjang "${'x'.repeat(100)}" tidak dikenal.` }]);
  });
});

describe('batch: sel di luar batas menjadi kesalahan baris yang menyebut kolomnya', () => {
  const JUDUL =
    'nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,jenis_ak_awal,ak_awal,bebas_hukuman_disiplin,periode_mulai,periode_selesai,predikat,ak_konversi_tertulis,ak_kumulatif_tertulis,jumlah_konversi_tertulis';
  const baris = (nip: string, isi: Partial<Record<string, string>>) => {
    const sel: Record<string, string> = {
      nip,
      nama: 'Pegawai Rekaan (fiktif)',
      jabatan_fungsional: 'Pranata Humas',
      jenjang: 'Ahli Pertama',
      golongan: 'III/a',
      tmt_pangkat: '2021-04-01',
      tmt_jenjang: '2021-04-01',
      jenis_ak_awal: 'Integrasi',
      ak_awal: '12,5',
      bebas_hukuman_disiplin: 'Ya',
      periode_mulai: '2024-01',
      periode_selesai: '2024-02',
      predikat: 'Baik',
      ak_konversi_tertulis: '',
      ak_kumulatif_tertulis: '',
      jumlah_konversi_tertulis: '',
      ...isi,
    };
    return JUDUL.split(',')
      .map((k) => `"${sel[k]}"`)
      .join(',');
  };
  const NIP = [
    '199001012015031001',
    '199102022016042002',
    '199203032017051003',
    '199304042018062004',
    '199405052019071005',
    '199506062020081006',
    '199607072021091007',
    '199708082022101008',
    '199809092023011009',
  ];
  const kasus: [string, Partial<Record<string, string>>, string, string][] = [
    // The CSV reader refuses a whole file with a cell past 10.000 characters; below that, 9.000 digits
    // still cost about half a second of exact arithmetic per person before the bound.
    ['ak_awal 9.000 nol', { ak_awal: `0,${'0'.repeat(9_000)}1` }, 'ak_awal', `Angka kredit awal ${BATAS}`],
    ['ak_awal 10 angka bertitik ribuan', { ak_awal: '1.234.567.890' }, 'ak_awal', `Angka kredit awal ${BATAS}`],
    [
      'ak_konversi_tertulis 9.000 angka',
      { ak_konversi_tertulis: `1${'0'.repeat(9_000)}` },
      'ak_konversi_tertulis',
      `Angka kredit konversi tertulis ${BATAS}`,
    ],
    [
      'ak_kumulatif_tertulis 7 desimal',
      { ak_kumulatif_tertulis: '14,5833333' },
      'ak_kumulatif_tertulis',
      `Angka kredit kumulatif tertulis ${BATAS}`,
    ],
    [
      'jumlah_konversi_tertulis 10 angka',
      { jumlah_konversi_tertulis: '1234567890' },
      'jumlah_konversi_tertulis',
      `Jumlah konversi tertulis ${BATAS}`,
    ],
    ['tmt_pangkat tahun 1899', { tmt_pangkat: '31/12/1899' }, 'tmt_pangkat', `TMT pangkat "31/12/1899" ${TAHUN}`],
    ['periode_selesai tahun 2101', { periode_selesai: '2101-01' }, 'periode_selesai', `Bulan selesai "2101-01" ${TAHUN}`],
  ];
  const isiBerkas = [
    JUDUL,
    ...kasus.map(([, isi], i) => baris(NIP[i]!, isi)),
    baris(NIP[kasus.length]!, { ak_awal: '123456789,123456', ak_kumulatif_tertulis: '123.456.789,123456' }),
  ].join('\n');

  it('setiap sel salah dilaporkan pada baris dan kolomnya; pegawai di tepi batas dihitung', async () => {
    const h = await proses(Buffer.from(`${isiBerkas}\n`));
    kasus.forEach(([nama, , kolom, pesan], i) => {
      expect(orang(h, NIP[i]!).galat, nama).toEqual([{ baris: i + 2, kolom, pesan }]);
    });
    const tepi = orang(h, NIP[kasus.length]!);
    expect(tepi.galat).toEqual([]);
    // 123456789,123456 + 2/12 × 100% × 12,5 (= 2,083333…) = 123456791,206789333…; the written kumulatif is checked and wrong.
    expect(tepi.kumulatif).toBe('123.456.791,207');
    expect(tepi.klaim.diperiksa).toBe(1);
    expect(tepi.klaim.salah[0]).toMatchObject({ kolom: 'ak_kumulatif_tertulis', seharusnya: '123.456.791,206789' });
  });

  it('tanggal perhitungan sebelum kalender pertama untuk seluruh unit: kesalahan per pegawai pada kolom tanggal_perhitungan', async () => {
    const h = await proses(
      Buffer.from(
        `${JUDUL}\n${baris(NIP[0]!, { tmt_pangkat: '1990-01-01', tmt_jenjang: '1990-01-01', periode_mulai: '', periode_selesai: '', predikat: '' })}\n`,
      ),
      '1999-06-30',
    );
    expect(orang(h, NIP[0]!).galat).toEqual([
      { baris: 2, kolom: 'tanggal_perhitungan', pesan: expect.stringContaining('berada di luar kalender kenaikan pangkat') },
    ]);
  });
});
