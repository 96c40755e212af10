// Input warnings (peringatan[]) through the web: in the API's JSON and its OpenAPI description, and on
// the result page above the verdict; and the thousands separator refused with a 400 naming the field.
// Person: Pranata Humas Ahli Pertama III/a, TMT 1 April 2022, calculated on 15 January 2025, periods only
// in 2024, so January–December 2023 has no predikat (12 months).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';

let app: AppBerjalan;
beforeAll(async () => {
  app = await jalankanApp();
});
afterAll(() => app.tutup());

const postJson = (path: string, body: unknown) =>
  fetch(app.url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const masukan = {
  jabatanFungsional: 'pranata_humas',
  jenjang: 'ahli_pertama',
  golongan: 'III/a',
  tmtPangkat: '2022-04-01',
  tmtJenjang: '2022-04-01',
  angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '10' }],
  penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' }],
  pernyataan: { lulusUjiKompetensi: false, formasiTersedia: false, bebasHukumanDisiplin: true },
  tanggalPerhitungan: '2025-01-15',
};

const TEKS_2023 = 'Januari–Desember 2023 belum ada predikat (12 bulan): bulan itu tidak menambah angka kredit.';

function form(extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    jabatanFungsional: 'pranata_humas',
    jenjang: 'ahli_pertama',
    golongan: 'III/a',
    tmtPangkat: '2022-04-01',
    tmtJenjang: '2022-04-01',
    tanggalPerhitungan: '2025-01-15',
    'tampilan.desimal': '3',
    'angkaKreditAwal.0.jenis': 'ak_integrasi',
    'angkaKreditAwal.0.uraian': '',
    'angkaKreditAwal.0.angkaKredit': '10',
    'penilaian.0.mulai': '2024-01',
    'penilaian.0.selesai': '2024-12',
    'penilaian.0.predikat': 'baik',
    'penilaian.0.jenjang': '',
    ...extra,
  });
}

describe('API /api/v1/hitung: peringatan', () => {
  it('when 2023 has no predikat, then peringatan names the months, the field and a fix; the figures are those of the input', async () => {
    const res = await postJson('/api/v1/hitung', masukan);
    expect(res.status).toBe(200);
    const h = await res.json();
    expect(h.peringatan).toEqual([
      {
        kode: 'bulan_tanpa_predikat',
        teks: TEKS_2023,
        kolom: ['penilaian'],
        saran:
          'Tambahkan periode penilaian dengan predikatnya untuk bulan itu. Bila predikatnya memang belum ditetapkan, angka kredit dan tanggal pada hasil ini belum memperhitungkan bulan itu.',
      },
    ]);
    // 10 + 12/12 × 100% × 12,5 = 22,5: the missing months add nothing, and nothing is filled in.
    expect(h.akumulasi.kumulatif.pasti).toBe('22.5');
  });

  it('when the input is complete, then peringatan is an empty list', async () => {
    const h = await (
      await postJson('/api/v1/hitung', { ...masukan, penilaian: [{ mulai: '2023-01', selesai: '2024-12', predikat: 'Baik' }] })
    ).json();
    expect(h.peringatan).toEqual([]);
  });

  it('when the AK Integrasi is typed and the PAK Integrasi section is filled too, then both field paths are named', async () => {
    const h = await (
      await postJson('/api/v1/hitung', {
        ...masukan,
        penilaian: [{ mulai: '2023-01', selesai: '2024-12', predikat: 'Baik' }],
        pakIntegrasi: { akKonvensional: '110', jenjang: 'ahli_pertama', golongan: 'III/a' },
      })
    ).json();
    expect(h.peringatan.map((w: { kode: string; kolom: string[] }) => [w.kode, w.kolom])).toEqual([
      ['angka_kredit_ganda', ['angkaKreditAwal.0', 'pakIntegrasi']],
    ]);
  });

  it('when an amount is "1.245", then 400 naming the field and how to write it; "1.245,5" is accepted', async () => {
    const res = await postJson('/api/v1/hitung', { ...masukan, angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '1.245' }] });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.masalah).toEqual([
      {
        field: 'angkaKreditAwal.0.angkaKredit',
        pesan:
          'Angka kredit "1.245" bermakna ganda: 1245 (titik sebagai pemisah ribuan) atau 1,245 (titik sebagai tanda desimal). Tulis 1245 atau 1.245,0 untuk yang pertama, 1,245 untuk yang kedua.',
      },
    ]);
    const ok = await postJson('/api/v1/hitung', { ...masukan, angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '1,245' }] });
    expect(ok.status).toBe(200);
    const dipisah = await (
      await postJson('/api/v1/hitung', { ...masukan, angkaKreditAwal: [{ jenis: 'lainnya', angkaKredit: '1.245,5' }] })
    ).json();
    // 1245,5 + 12,5 = 1258
    expect(dipisah.akumulasi.kumulatif.pasti).toBe('1258');
  });

  it('the OpenAPI description has peringatan on Hasil, with its kode list', async () => {
    const doc = await (await fetch(`${app.url}/api/openapi.json`)).json();
    expect(doc.components.schemas.Hasil.properties.peringatan.items).toEqual({ $ref: '#/components/schemas/Peringatan' });
    expect(doc.components.schemas.Peringatan.properties.kode.enum).toEqual([
      'bulan_tanpa_predikat',
      'angka_kredit_ganda',
      'angka_kredit_tidak_wajar',
      'periode_belum_selesai',
    ]);
  });
});

describe('halaman hasil: peringatan di atas putusan', () => {
  it('when there are warnings, then a status region with a heading lists them before the verdict', async () => {
    const res = await fetch(`${app.url}/hitung`, { method: 'POST', body: form() });
    expect(res.status).toBe(200);
    const html = await res.text();
    const bagian =
      /<section class="peringatan peringatan-masukan" id="peringatan-masukan" role="status" aria-labelledby="judul-peringatan">([\s\S]*?)<\/section>/.exec(
        html,
      );
    expect(bagian).not.toBeNull();
    expect(bagian![1]).toContain('<h2 id="judul-peringatan">Periksa masukan: 1 peringatan</h2>');
    expect(bagian![1]).toContain(TEKS_2023);
    expect(bagian![1]).toContain('<strong>Saran:</strong> Tambahkan periode penilaian');
    expect(bagian![1]).toContain('data-kode="bulan_tanpa_predikat"');
    expect(html.indexOf('id="peringatan-masukan"')).toBeLessThan(html.indexOf('id="putusan-kp"'));
  });

  it('when there is none, then there is no warnings region', async () => {
    const html = await (
      await fetch(`${app.url}/hitung`, {
        method: 'POST',
        body: form({
          'penilaian.1.mulai': '2023-01',
          'penilaian.1.selesai': '2023-12',
          'penilaian.1.predikat': 'baik',
          'penilaian.1.jenjang': '',
        }),
      })
    ).text();
    expect(html).toContain('id="putusan-kp"');
    expect(html).not.toContain('id="peringatan-masukan"');
  });

  it('when the form has "1.245", then the form comes back with the message beside the field', async () => {
    const res = await fetch(`${app.url}/hitung`, { method: 'POST', body: form({ 'angkaKreditAwal.0.angkaKredit': '1.245' }) });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Angka kredit &#34;1.245&#34; bermakna ganda');
  });
});
