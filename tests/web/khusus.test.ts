// HTTP tests for the newer parts of the form and the result page: PAK Integrasi, pengangkatan,
// peningkatan pendidikan, the history per jenjang, and the projection. Expected figures are worked out
// from the rules (nilai dasar, AK Dasar, koefisien, persen, the KP calendar), as in tests/cases/*.yaml.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { modelGrafik } from '../../src/grafik/model.ts';
import { grafikSvg } from '../../src/grafik/svg.ts';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

let url: string;
let app: AppBerjalan;
beforeAll(async () => {
  app = await jalankanApp();
  ({ url } = app);
});
afterAll(() => app.tutup());

const post = (path: string, body: URLSearchParams | FormData) => fetch(url + path, { method: 'POST', body });

/** A form as the browser sends it: a position, nothing else, plus the fields of the case. */
function form(isian: Record<string, string>): URLSearchParams {
  return new URLSearchParams({
    jabatanFungsional: 'pranata_humas',
    jenjang: 'ahli_pertama',
    golongan: 'III/a',
    tmtPangkat: '2022-04-01',
    tmtJenjang: '2022-04-01',
    tanggalPerhitungan: '2024-05-15',
    'tampilan.desimal': '3',
    'pernyataan.bebasHukumanDisiplin': 'ya',
    ...isian,
  });
}

const ungkap = (s: string) =>
  s.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The text of one element by id, tags removed and whitespace collapsed. */
function bagian(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `#${id} ada`).toBeGreaterThan(-1);
  const end = html.indexOf('</section>', start);
  return ungkap(html.slice(start, end).replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}
const masukanDari = (html: string) => JSON.parse(ungkap(/name="masukan" value="([^"]+)"/.exec(html)![1]!)) as Record<string, unknown>;

describe('PAK Integrasi pada formulir dan hasil', () => {
  // Contoh BKN: Ahli Madya IV/b, 550,63 − nilai dasar 400 = 150,63; rentang IV/b 150–300.
  const madya = { jenjang: 'ahli_madya', golongan: 'IV/b', 'pakIntegrasi.jenjang': 'ahli_madya', 'pakIntegrasi.golongan': 'IV/b' };

  it('when the conventional AK 550,63 is entered for Ahli Madya IV/b, then the result shows 550,630 − 400,000 = 150,630 inside 150–300', async () => {
    const res = await post('/hitung', form({ ...madya, 'pakIntegrasi.akKonvensional': '550,63' }));
    expect(res.status).toBe(200);
    const html = await res.text();
    const t = bagian(html, 'bagian-integrasi');
    expect(t).toContain('550,630 − 400,000 = 150,630');
    expect(t).toContain('IV/b: 150,000 sampai 300,000');
    expect(t).toContain('dalam rentang');
    expect(t).not.toContain('Peringatan');
    // The AK Integrasi is the only starting item, computed from the PAK: cumulative 150,630.
    expect(html).toMatch(/id="ak-kumulatif">150,630</);
    expect(bagian(html, 'judul-akumulasi')).toContain('dihitung dari PAK Integrasi');
    expect(t).toContain('penilaian sampai dengan 31 Desember 2022');
    // The Integrasi sheet is offered as a PDF only when there is a PAK Integrasi.
    expect(html).toContain('action="/dokumen/integrasi"');
    expect(await (await post('/hitung', form({ jenjang: 'ahli_madya', golongan: 'IV/b' }))).text()).not.toContain(
      'action="/dokumen/integrasi"',
    );
  });

  it('when the result falls outside the range for the golongan (420 − 400 = 20), then a warning box says so and the figure is not clamped', async () => {
    const html = await (await post('/hitung', form({ ...madya, 'pakIntegrasi.akKonvensional': '420' }))).text();
    expect(html).toMatch(
      /<div class="peringatan" role="note"><strong>Peringatan:<\/strong> Hasil integrasi 20,000 di luar rentang yang wajar untuk golongan IV\/b/,
    );
    expect(bagian(html, 'bagian-integrasi')).toContain('di luar rentang');
    expect(html).toMatch(/id="ak-kumulatif">20,000</);
  });

  it('when the user replaces the nilai dasar (550,63 − 300), then the result says the nilai dasar was replaced', async () => {
    const t = bagian(
      await (await post('/hitung', form({ ...madya, 'pakIntegrasi.akKonvensional': '550,63', 'pakIntegrasi.nilaiDasar': '300' }))).text(),
      'bagian-integrasi',
    );
    expect(t).toContain('550,630 − 300,000 = 250,630');
    expect(t).toContain('diganti pengguna');
  });

  it('when the integrasi group lacks its golongan, then 400 puts the message beside that field and keeps the group open', async () => {
    const res = await post('/hitung', form({ ...madya, 'pakIntegrasi.golongan': '', 'pakIntegrasi.akKonvensional': '550,63' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="f-pakIntegrasi-golongan-galat">Golongan ruang pada PAK terakhir wajib diisi\./);
    expect(html).toMatch(/<details class="bagian" id="bagian-pakIntegrasi" open>/);
    expect(html).toMatch(/<details class="bagian" id="bagian-pengangkatan">/);
  });
});

describe('riwayat per jenjang', () => {
  // tests/cases/riwayat.yaml: Ahli Pertama III/a → KP III/b (1 April 2024) → KJ Ahli Muda III/c (1 Juli 2025).
  // Segmen Ahli Pertama: integrasi 150 − 100 = 50, pendidikan 25% × 50 = 12,5, konversi 18,75 + 18,75 + 9,375 = 46,875 → 109,375.
  const riwayat = {
    jenjang: 'ahli_muda',
    golongan: 'III/c',
    tmtPangkat: '2025-07-01',
    tmtJenjang: '2025-07-01',
    tanggalPerhitungan: '2025-11-20',
    'pakIntegrasi.akKonvensional': '150',
    'pakIntegrasi.jenjang': 'ahli_pertama',
    'pakIntegrasi.golongan': 'III/a',
    'peningkatanPendidikan.tanggal': '2024-08-01',
    'peningkatanPendidikan.predikat': 'baik',
    // Row 1 left blank, as a person without JavaScript might: it is skipped.
    'riwayat.0.tanggal': '2024-04-01',
    'riwayat.0.jenis': 'kenaikan_pangkat',
    'riwayat.0.golongan': 'III/b',
    'riwayat.0.jenjang': '',
    'riwayat.1.tanggal': '',
    'riwayat.1.jenis': '',
    'riwayat.1.golongan': '',
    'riwayat.1.jenjang': '',
    'riwayat.2.tanggal': '2025-07-01',
    'riwayat.2.jenis': 'kenaikan_jenjang',
    'riwayat.2.golongan': 'III/c',
    'riwayat.2.jenjang': 'ahli_muda',
    'penilaian.0.mulai': '2023-01',
    'penilaian.0.selesai': '2023-12',
    'penilaian.0.predikat': 'sangat_baik',
    'penilaian.1.mulai': '2024-01',
    'penilaian.1.selesai': '2024-12',
    'penilaian.1.predikat': 'sangat_baik',
    'penilaian.2.mulai': '2025-01',
    'penilaian.2.selesai': '2025-06',
    'penilaian.2.predikat': 'sangat_baik',
    'penilaian.3.mulai': '2025-07',
    'penilaian.3.selesai': '2025-10',
    'penilaian.3.predikat': 'baik',
  };

  it('when a career across two jenjang is entered, then both segments show with their rows, the subtotal 109,375 and the reset to 0', async () => {
    const res = await post('/hitung', form(riwayat));
    expect(res.status).toBe(200);
    const html = await res.text();
    const t = bagian(html, 'riwayat-jenjang');
    expect(t).toContain('Jenjang Ahli Pertama · Januari 2023 – Juni 2025');
    expect(t).toContain('Jenjang Ahli Muda · sejak Juli 2025 · jenjang saat ini');
    const pertama = t.slice(t.indexOf('Jenjang Ahli Pertama'), t.indexOf('Jenjang Ahli Muda'));
    expect(pertama).toContain('Subtotal jenjang Ahli Pertama (AK awal 62,500 + konversi 46,875) 109,375');
    expect(pertama).toContain('Konversi no. 3');
    expect(pertama).not.toContain('Konversi no. 4');
    // KP: 50 + 18,75 = 68,75 ≥ 50, kelebihan 18,75 carried; KJ: the counter restarts at 0.
    expect(pertama).toContain(
      'Angka kredit kumulatif saat itu 68,750; batas 50,000; kelebihan 18,750 terbawa ke kenaikan pangkat berikutnya',
    );
    expect(t).toContain('Angka kredit kembali 0 mulai Juli 2025 (kenaikan jenjang ke Ahli Muda); subtotal 109,375 tidak terbawa.');
    const muda = t.slice(t.indexOf('Jenjang Ahli Muda'));
    expect(muda).toContain('4/12 × 100% × 25 = 8,333');
    expect(muda).toContain('8,333');
    // Starting items of the earlier jenjang: listed with where they came from, marked as not counted.
    const akumulasi = bagian(html, 'judul-akumulasi');
    expect(akumulasi).toContain('dihitung dari PAK Integrasi tidak dihitung');
    expect(akumulasi).toContain('dihitung dari peningkatan pendidikan tidak dihitung');
    expect(html).toMatch(/id="ak-kumulatif">8,333</);
  });

  it('when a history row misses its golongan, then the message sits beside that row (form row 3) and the group is open', async () => {
    const res = await post('/hitung', form({ ...riwayat, 'riwayat.2.golongan': '' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="f-riwayat-2-golongan-galat">Golongan ruang wajib diisi\./);
    expect(html).toContain('Riwayat kenaikan baris 3, golongan ruang baru');
    expect(html).toMatch(/<details class="bagian" id="bagian-riwayat" open>/);
  });
});

describe('pengangkatan dan peningkatan pendidikan', () => {
  it('when a perpindahan from III/d (pangkat puncak, 5 years) into Ahli Muda is entered, then 100% × 25 × 3 = 75 plus AK Dasar 100 = 175, and fields of other kinds are ignored', async () => {
    const html = await (
      await post(
        '/hitung',
        form({
          jenjang: 'ahli_muda',
          golongan: 'III/d',
          tmtPangkat: '2024-01-01',
          tmtJenjang: '2024-01-01',
          'pengangkatan.jenis': 'perpindahan',
          'pengangkatan.predikat': 'baik',
          'pengangkatan.bulanDalamGolongan': '60',
          'pengangkatan.pangkatPuncak': 'ya',
          // Left over in the penyesuaian fields (visible without JavaScript): not part of a perpindahan.
          'pengangkatan.angkaKredit': '999',
          'pengangkatan.penilaianCpns.0.mulai': '2020-01',
        }),
      )
    ).text();
    const t = bagian(html, 'bagian-pengangkatan');
    expect(t).toContain('100% × 25 × 3 = 75,000');
    expect(t).toContain('AK Dasar 100,000');
    expect(t).toContain('Jumlah 175,000');
    expect(t).toContain('hanya 3 tahun terakhir yang dihitung');
    expect(html).toMatch(/id="ak-kumulatif">175,000</);
    expect(masukanDari(html).pengangkatan).toEqual({ jenis: 'perpindahan', predikat: 'baik', bulanDalamGolongan: 60, pangkatPuncak: true });
  });

  it('when an appointment from CPNS is entered, then each CPNS period shows its konversi (10/12 × 100% × 12,5 = 10,417)', async () => {
    const t = bagian(
      await (
        await post(
          '/hitung',
          form({
            tmtPangkat: '2024-03-01',
            tmtJenjang: '2024-03-01',
            'pengangkatan.jenis': 'pertama',
            'pengangkatan.penilaianCpns.0.mulai': '2023-03',
            'pengangkatan.penilaianCpns.0.selesai': '2023-12',
            'pengangkatan.penilaianCpns.0.predikat': 'baik',
          }),
        )
      ).text(),
      'bagian-pengangkatan',
    );
    expect(t).toContain('Maret–Desember 2023');
    expect(t).toContain('10/12 × 100% × 12,5 = 10,417');
  });

  it('when the education bonus was already given, then the result refuses it and says why', async () => {
    const html = await (
      await post(
        '/hitung',
        form({
          'peningkatanPendidikan.tanggal': '2024-03-01',
          'peningkatanPendidikan.predikat': 'baik',
          'peningkatanPendidikan.sudahPernahDiberikan': 'ya',
        }),
      )
    ).text();
    const t = bagian(html, 'bagian-pendidikan');
    expect(t).toContain('Tidak diberikan');
    expect(t).toContain('sudah pernah diberikan (paling banyak 1 kali)');
    expect(t).toContain('25% × 50,000 = 12,500');
  });

  it('when the education bonus is given (Ahli Pertama, Baik), then 25% × 50 = 12,5 is added', async () => {
    const html = await (
      await post('/hitung', form({ 'peningkatanPendidikan.tanggal': '2024-03-01', 'peningkatanPendidikan.predikat': 'baik' }))
    ).text();
    expect(bagian(html, 'bagian-pendidikan')).toContain('Diberikan Tambahan angka kredit 12,500');
    expect(html).toMatch(/id="ak-kumulatif">12,500</);
  });
});

describe('Kapan saya bisa naik?', () => {
  // Ahli Pertama III/a from 0 since 1 January 2023, computed on 15 January 2023. At Baik: 12,5/12 a month, 50 after
  // 48 months → 1 January 2027 (a KP date since 1 October 2025). At Sangat Baik: 18,75/12, 50 after 32 months →
  // 1 September 2025, not a PerBKN 4/2023 date → 1 October 2025.
  const nol = { tmtPangkat: '2023-01-01', tmtJenjang: '2023-01-01', tanggalPerhitungan: '2023-01-15' };
  const langkahPertama = (html: string) => /class="tmt-proyeksi">([^<]+)</.exec(html.slice(html.indexOf('id="tabel-proyeksi"')))![1];

  it('when nothing is said about the projection, then it runs at Baik: the chart, the steps and the first TMT 1 Januari 2027', async () => {
    const html = await (await post('/hitung', form(nol))).text();
    const t = bagian(html, 'proyeksi');
    expect(t).toContain('asumsi predikat kinerja Baik');
    expect(html).toMatch(
      /<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img" aria-labelledby="grafik-proyeksi-judul grafik-proyeksi-uraian"/,
    );
    expect(langkahPertama(html)).toBe('1 Januari 2027');
    expect(t).toContain('Penata Muda Tingkat I (III/b)');
    expect(t).toContain(
      'Penata Muda Tingkat I (III/b): 1 Oktober 2025 dengan Sangat Baik, 15 bulan lebih cepat daripada 1 Januari 2027 dengan Baik.',
    );
    expect(t).toContain('Syarat yang dinyatakan (uji kompetensi, formasi, bebas hukuman disiplin) dianggap terpenuhi dalam proyeksi.');
    expect(t).toContain('Proyeksi berhenti:');
  });

  it('when Sangat Baik is assumed, then the first TMT is 1 Oktober 2025', async () => {
    const html = await (await post('/hitung', form({ ...nol, 'proyeksi.predikat': 'sangat_baik' }))).text();
    expect(bagian(html, 'proyeksi')).toContain('asumsi predikat kinerja Sangat Baik');
    expect(langkahPertama(html)).toBe('1 Oktober 2025');
  });

  it('when a small shortfall remains, then the advice names the months that close it (kurang 1,5 → 2 bulan Baik)', async () => {
    const html = await (
      await post('/hitung', form({ 'angkaKreditAwal.0.jenis': 'ak_integrasi', 'angkaKreditAwal.0.angkaKredit': '48,5' }))
    ).text();
    expect(bagian(html, 'proyeksi')).toContain('2/12 × 100% × 12,5 = 2,083');
  });

  it("when a name carries markup, then the page with the chart holds no script but the app's own", async () => {
    const html = await (await post('/hitung', form({ ...nol, 'identitas.nama': '<script>alert(1)</script>' }))).text();
    expect(html).toContain('id="grafik-proyeksi-judul"');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script src="/static/app.js" defer></script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  // The element id is a constant of this app, not text from a person or a file.
  it('the chart is inserted unescaped only because grafikSvg escapes every text it writes', () => {
    const g = modelGrafik(
      hitung(aturan, dasar({ tanggalPerhitungan: '2023-01-15', tmtPangkat: '2023-01-01', tmtJenjang: '2023-01-01' })).proyeksi!,
    )!;
    const jahat = '<script>alert("x")</script>';
    const svg = grafikSvg({
      ...g,
      judul: jahat,
      uraian: jahat,
      ambang: g.ambang.map((a) => ({ ...a, label: jahat })),
      tonggak: g.tonggak.map((t) => ({ ...t, label: jahat })),
      sumbuX: g.sumbuX.map((t) => ({ ...t, label: jahat })),
      sumbuY: g.sumbuY.map((t) => ({ ...t, label: jahat })),
    });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('&lt;script&gt;');
  });
});

/**
 * What a browser would send for the calculator form in `html`: every named input, checked box and
 * selected option of the /hitung form, leaving out <template> rows.
 */
function isianForm(html: string): URLSearchParams {
  const f = html
    .slice(html.indexOf('action="/hitung"'), html.indexOf('</form>', html.indexOf('action="/hitung"')))
    .replace(/<template[\s\S]*?<\/template>/g, '');
  const attr = (tag: string, name: string) => {
    const m = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s>])`).exec(tag);
    return m ? ungkap(m[1] ?? '') : undefined;
  };
  const out = new URLSearchParams();
  for (const [tag] of f.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    if (!name) continue;
    // As a browser: an unchecked checkbox or radio button is not sent.
    if ((attr(tag, 'type') === 'checkbox' || attr(tag, 'type') === 'radio') && attr(tag, 'checked') === undefined) continue;
    out.append(name, attr(tag, 'value') ?? '');
  }
  for (const [, tag, isi] of f.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
    const opsi = [...isi!.matchAll(/<option\b[^>]*>/g)].map((m) => m[0]);
    const pilih = opsi.find((o) => attr(o, 'selected') !== undefined) ?? opsi[0];
    out.append(attr(tag!, 'name')!, pilih ? (attr(pilih, 'value') ?? '') : '');
  }
  return out;
}

describe('simpan dan buka kembali isian baru', () => {
  const umum = {
    jabatanFungsional: 'pranata_humas',
    angkaKreditAwal: [],
    pernyataan: {
      lulusUjiKompetensi: true,
      formasiTersedia: false,
      bebasHukumanDisiplin: true,
      kenaikanPangkatTanpaFormasiSudahDigunakan: false,
    },
    tampilan: { desimal: 3 },
    identitas: { nama: 'Rina Fiktif', nip: '199001012015032001' },
  };
  const dokumen: [string, Record<string, unknown>][] = [
    [
      'integrasi, pendidikan, riwayat, dan proyeksi dengan pengecualian per tahun',
      {
        ...umum,
        jenjang: 'ahli_muda',
        golongan: 'III/c',
        tmtPangkat: '2025-07-01',
        tmtJenjang: '2025-07-01',
        tanggalPerhitungan: '2025-11-20',
        pakIntegrasi: {
          akKonvensional: '150',
          jenjang: 'ahli_pertama',
          golongan: 'III/a',
          nilaiDasar: '95',
          keterangan: 'PAK No. 800/12/2023 (fiktif)',
        },
        peningkatanPendidikan: { tanggal: '2024-08-01', pendidikan: 'S-2 Ilmu Komunikasi', predikat: 'baik', sudahPernahDiberikan: false },
        riwayat: [
          { tanggal: '2024-04-01', jenis: 'kenaikan_pangkat', golongan: 'III/b' },
          { tanggal: '2025-07-01', jenis: 'kenaikan_jenjang', golongan: 'III/c', jenjang: 'ahli_muda' },
        ],
        penilaian: [
          { mulai: '2023-01', selesai: '2023-12', predikat: 'sangat_baik' },
          { mulai: '2024-01', selesai: '2025-06', predikat: 'baik' },
          { mulai: '2025-07', selesai: '2025-10', predikat: 'baik' },
        ],
        proyeksi: { predikat: 'sangat_baik', perTahun: [{ tahun: 2026, predikat: 'baik' }] },
      },
    ],
    [
      'pengangkatan pertama dari CPNS',
      {
        ...umum,
        jenjang: 'ahli_pertama',
        golongan: 'III/a',
        tmtPangkat: '2024-11-01',
        tmtJenjang: '2024-11-01',
        tanggalPerhitungan: '2025-01-15',
        penilaian: [],
        pengangkatan: {
          jenis: 'pertama',
          penilaianCpns: [
            { mulai: '2024-01', selesai: '2024-06', predikat: 'baik' },
            { mulai: '2024-07', selesai: '2024-10', predikat: 'sangat_baik' },
          ],
        },
      },
    ],
    [
      'perpindahan dengan pangkat puncak',
      {
        ...umum,
        jenjang: 'ahli_muda',
        golongan: 'III/d',
        tmtPangkat: '2024-01-01',
        tmtJenjang: '2024-01-01',
        tanggalPerhitungan: '2024-05-15',
        penilaian: [],
        pengangkatan: { jenis: 'perpindahan', predikat: 'baik', bulanDalamGolongan: 60, pangkatPuncak: true },
        peningkatanPendidikan: { tanggal: '2024-03-01', predikat: 'baik', sudahPernahDiberikan: true },
      },
    ],
    [
      'penyesuaian/inpassing',
      {
        ...umum,
        jenjang: 'ahli_muda',
        golongan: 'III/c',
        tmtPangkat: '2024-01-01',
        tmtJenjang: '2024-01-01',
        tanggalPerhitungan: '2024-05-15',
        penilaian: [],
        pengangkatan: { jenis: 'penyesuaian', angkaKredit: '37,5', sumber: 'PerBKN 3/2023 Lampiran II angka 3 (contoh fiktif)' },
      },
    ],
  ];

  it.each(dokumen)(
    'when a file with %s is opened, shown, recomputed and saved again, then the saved JSON equals the file',
    async (_nama, asli) => {
      const fd = new FormData();
      fd.append('berkas', new Blob([JSON.stringify(asli)], { type: 'application/json' }), 'masukan.json');
      const buka = await post('/buka', fd);
      expect(buka.status).toBe(200);
      const formHtml = await buka.text();
      const hasil = await post('/hitung', isianForm(formHtml));
      const hasilHtml = await hasil.text();
      expect(hasil.status, hasilHtml.slice(hasilHtml.indexOf('ringkasan-galat'), hasilHtml.indexOf('ringkasan-galat') + 800)).toBe(200);
      const simpan = await post('/masukan.json', new URLSearchParams({ masukan: JSON.stringify(masukanDari(hasilHtml)) }));
      expect(JSON.parse(await simpan.text())).toEqual(asli);
    },
  );

  // Issue #14 gave the per-year exceptions their own rows; before, they travelled in the hidden field.
  it('when a file has per-year projection exceptions, then they fill their own rows and nothing travels hidden', async () => {
    const fd = new FormData();
    fd.append('berkas', new Blob([JSON.stringify(dokumen[0]![1])], { type: 'application/json' }), 'masukan.json');
    const html = await (await post('/buka', fd)).text();
    expect(html).not.toContain('name="lainnya"');
    expect(html).toContain('name="proyeksi.perTahun.0.tahun" value="2026"');
    expect(html).toMatch(
      /name="proyeksi\.perTahun\.0\.predikat"[^>]*>\s*<option value="">— pilih —<\/option>[\s\S]*?<option value="baik" selected>/,
    );
    expect(html).toMatch(/id="bagian-proyeksi" open>/);
    // The groups with values open; the others stay closed.
    expect(html).toMatch(/id="bagian-pakIntegrasi" open>/);
    expect(html).toMatch(/id="bagian-riwayat" open>/);
    expect(html).toMatch(/id="bagian-pengangkatan">/);
    expect(html).toContain('name="pakIntegrasi.nilaiDasar" value="95"');
  });

  it('when a file without the newer groups is opened, then no hidden field is needed', async () => {
    const fd = new FormData();
    fd.append('berkas', new Blob([JSON.stringify(dokumen[2]![1])], { type: 'application/json' }), 'masukan.json');
    const html = await (await post('/buka', fd)).text();
    expect(html).not.toContain('name="lainnya"');
    expect(html).toMatch(/name="pengangkatan\.pangkatPuncak" value="ya" checked/);
    expect(html).toMatch(/name="peningkatanPendidikan\.sudahPernahDiberikan" value="ya" checked/);
  });
});
