// Issue 12 over HTTP: each declaration is true, false or not given, in the API, the page and the Penetapan.
// Worked out by hand: Ahli Pertama III/a since 1 April 2022, AK Integrasi 12,5 + 2023 Sangat Baik
// 150% × 12,5 = 18,75 + Jan–Dec 2024 Baik 12,5 = 43,75; with AK Integrasi 25 instead: 56,25 ≥ 50 (III/b).
// Masa 24 bulan since 1 April 2022 met on 1 April 2024; calculated 15 January 2025, the KP date is
// 1 February 2025 (PerBKN 4/2023), window February 2023 – January 2025 all Baik or better (Keputusan 6).
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jalankanApp } from '../helpers/app.ts';

let url: string;
let server: Server;
beforeAll(async () => ({ url, server } = await jalankanApp()));
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const masukan = (pernyataan?: Record<string, boolean | null>) => ({
  jabatanFungsional: 'pranata_humas',
  jenjang: 'ahli_pertama',
  golongan: 'III/a',
  tmtPangkat: '2022-04-01',
  tmtJenjang: '2022-04-01',
  angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '25' }],
  penilaian: [
    { mulai: '2023-01', selesai: '2023-12', predikat: 'Sangat Baik' },
    { mulai: '2024-01', selesai: '2024-12', predikat: 'Baik' },
  ],
  ...(pernyataan && { pernyataan }),
  tanggalPerhitungan: '2025-01-15',
  identitas: { nama: 'Sari Contoh (fiktif)', nip: '199001012015032001' },
});
const postJson = (path: string, body: unknown) =>
  fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('API: tiga keadaan pernyataan', () => {
  it('when no declaration is given, then the KP is belum_dapat_dipastikan, dapat false, naming bebasHukumanDisiplin', async () => {
    const res = await postJson('/api/v1/hitung', masukan());
    expect(res.status).toBe(200);
    const kp = (await res.json()).kenaikanPangkat;
    expect(kp).toMatchObject({
      status: 'belum_dapat_dipastikan',
      dapat: false,
      tmtPalingCepat: { tanggal: '2025-02-01', perkiraan: true },
    });
    expect(kp.belumDinyatakan).toEqual([{ pernyataan: 'bebasHukumanDisiplin', uraian: 'tidak sedang menjalani hukuman disiplin' }]);
    expect(kp.kalimat).toBe(
      'BELUM DAPAT DIPASTIKAN: angka kredit dan masa sudah memenuhi untuk kenaikan pangkat ke Penata Muda Tingkat I (III/b); belum dinyatakan: tidak sedang menjalani hukuman disiplin. Nyatakan Ya atau Tidak untuk setiap pernyataan itu; bila semuanya Ya, paling cepat 1 Februari 2025.',
    );
    const s = kp.syarat.find((x: { id: string }) => x.id === 'kp-hukuman-disiplin');
    expect(s).toMatchObject({ terpenuhi: false, belumDinyatakan: true, nilai: { dinyatakan: null } });
  });

  it('when the declaration is null, then the same as absent', async () => {
    const kp = (await (await postJson('/api/v1/hitung', masukan({ bebasHukumanDisiplin: null }))).json()).kenaikanPangkat;
    expect(kp.status).toBe('belum_dapat_dipastikan');
  });

  it('when it is declared false, then TIDAK DAPAT; when true, then DAPAT mulai 1 Februari 2025', async () => {
    const tidak = (await (await postJson('/api/v1/hitung', masukan({ bebasHukumanDisiplin: false }))).json()).kenaikanPangkat;
    expect(tidak).toMatchObject({ status: 'tidak_dapat', dapat: false, belumDinyatakan: [] });
    expect(tidak.kalimat).toMatch(/^TIDAK DAPAT .*tidak sedang menjalani hukuman disiplin dinyatakan belum terpenuhi/);
    const ya = (await (await postJson('/api/v1/hitung', masukan({ bebasHukumanDisiplin: true }))).json()).kenaikanPangkat;
    expect(ya).toMatchObject({ status: 'dapat', dapat: true, tmtPalingCepat: { tanggal: '2025-02-01', perkiraan: false } });
  });

  it('when a declaration is not a boolean or null, then 400 naming the field', async () => {
    const res = await postJson('/api/v1/hitung', masukan({ bebasHukumanDisiplin: 'ya' as unknown as boolean }));
    expect(res.status).toBe(400);
    expect((await res.json()).masalah).toEqual([
      { field: 'pernyataan.bebasHukumanDisiplin', pesan: 'Bebas hukuman disiplin: isi true, false, atau null (belum dinyatakan).' },
    ]);
  });
});

describe('Penetapan hanya untuk putusan yang pasti', () => {
  it('when the verdict waits for a declaration, then the Penetapan and "semua" are refused with 400 naming it; the Konversi is made', async () => {
    for (const jenis of ['penetapan', 'semua']) {
      const res = await postJson(`/api/v1/dokumen/${jenis}`, masukan());
      expect(res.status, jenis).toBe(400);
      expect((await res.json()).masalah).toEqual([
        {
          field: 'pernyataan.bebasHukumanDisiplin',
          pesan:
            'Penetapan Angka Kredit tidak dibuat karena putusannya belum dapat dipastikan: "tidak sedang menjalani hukuman disiplin" belum dinyatakan. Nyatakan Ya atau Tidak, lalu buat dokumennya lagi.',
        },
      ]);
    }
    const konversi = await postJson('/api/v1/dokumen/konversi', masukan());
    expect(konversi.status).toBe(200);
    expect(konversi.headers.get('content-type')).toBe('application/pdf');
  });

  it('when declared false or true, then the Penetapan is made (TIDAK DAPAT or DAPAT is certain)', async () => {
    for (const v of [false, true]) {
      const res = await postJson('/api/v1/dokumen/penetapan', masukan({ bebasHukumanDisiplin: v }));
      expect(res.status, String(v)).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
    }
  });

  it('when the form asks for it, then the document page comes back with the message', async () => {
    const res = await fetch(url + '/dokumen/penetapan', {
      method: 'POST',
      body: new URLSearchParams({ masukan: JSON.stringify(masukan()) }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Penetapan Angka Kredit tidak dibuat karena putusannya belum dapat dipastikan');
  });
});

describe('halaman: Ya / Tidak / Belum tahu', () => {
  it('when the form is opened, then each declaration is a fieldset of three radio buttons, Belum tahu checked', async () => {
    const html = await (await fetch(url + '/')).text();
    for (const k of ['bebasHukumanDisiplin', 'formasiTersedia', 'lulusUjiKompetensi', 'kenaikanPangkatTanpaFormasiSudahDigunakan']) {
      expect(html).toMatch(new RegExp(`<fieldset class="pilihan-pernyataan" id="f-pernyataan-${k}">\\s*<legend>`));
      expect(html).toContain(`type="radio" id="f-pernyataan-${k}-ya" name="pernyataan.${k}" value="ya">`);
      expect(html).toContain(`type="radio" id="f-pernyataan-${k}-tidak" name="pernyataan.${k}" value="tidak">`);
      expect(html).toContain(`type="radio" id="f-pernyataan-${k}-belum" name="pernyataan.${k}" value="" checked>`);
    }
  });

  it('when a file with a declared false is opened, then Tidak is checked', async () => {
    const fd = new FormData();
    fd.append('berkas', new Blob([JSON.stringify(masukan({ bebasHukumanDisiplin: false }))], { type: 'application/json' }), 'm.json');
    const html = await (await fetch(url + '/buka', { method: 'POST', body: fd })).text();
    expect(html).toContain('name="pernyataan.bebasHukumanDisiplin" value="tidak" checked>');
    expect(html).toContain('name="pernyataan.formasiTersedia" value="" checked>');
  });
});
