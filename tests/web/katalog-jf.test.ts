// The JF catalog on the web: the API list, the form's select, the rule-book page with an office's
// entries, and a server that refuses a bad KATALOG_JF at start with its line.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAturan } from '../../src/rules/loader.ts';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';

const KATALOG = [
  'jabatanFungsional:',
  '  - id: penyuluh_contoh',
  '    nama: Penyuluh Contoh',
  '    kategori: keahlian',
  '    jenjang: [ahli_pertama, ahli_muda]',
  '    sekunder: false',
  '    status: decision',
  '    sumber: { instrumen: keputusan-proyek, rujukan: Katalog kantor, uraian: "JF rekaan untuk uji: Ahli Pertama dan Ahli Muda" }',
  '',
].join('\n');

function berkas(isi: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'katalog-')), 'katalog.yaml');
  writeFileSync(f, isi);
  return f;
}

describe('katalog JF pada aplikasi web', () => {
  let app: AppBerjalan;
  let kantor: AppBerjalan;
  beforeAll(async () => {
    app = await jalankanApp();
    const f = berkas(KATALOG);
    kantor = await jalankanApp({ aturan: loadAturan(undefined, f), katalogJf: f });
  });
  afterAll(async () => {
    await app.tutup();
    await kantor.tutup();
  });

  it('when the catalog is asked of the API, then every JF comes with its id, kategori, jenjang and source', async () => {
    const res = await fetch(`${app.url}/api/v1/jabatan-fungsional`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      versiAturan: string;
      jabatanFungsional: { id: string; kategori: string; jenjang: { id: string }[]; sumber: { status: string } }[];
    };
    const ak = body.jabatanFungsional.find((j) => j.id === 'analis_kepegawaian')!;
    expect(ak.kategori).toBe('keduanya');
    expect(ak.jenjang.map((j) => j.id)).toEqual(['terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya']);
    expect(body.jabatanFungsional.every((j) => j.sumber.status.length > 0)).toBe(true);
  });

  it('when a JF is sent by id or by name to /api/v1/hitung, then a jenjang it lacks is a 400 naming the field', async () => {
    const masukan = {
      jabatanFungsional: 'Pranata SDM Aparatur',
      jenjang: 'ahli_pertama',
      golongan: 'III/a',
      tmtPangkat: '2021-04-01',
      tmtJenjang: '2021-04-01',
      angkaKreditAwal: [],
      penilaian: [{ mulai: '2023-01', selesai: '2023-12', predikat: 'Baik' }],
      tanggalPerhitungan: '2024-05-15',
    };
    const res = await fetch(`${app.url}/api/v1/hitung`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(masukan),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { masalah: unknown[] }).masalah).toContainEqual({
      field: 'jenjang',
      pesan: expect.stringContaining('Jenjang Ahli Pertama tidak ada pada Pranata Sumber Daya Manusia Aparatur'),
    });
  });

  it('when the form is opened, then the JF select lists Pranata Humas first and "lainnya" last, each with the jenjang it has', async () => {
    const html = await (await fetch(`${app.url}/`)).text();
    const pilihan = [...html.matchAll(/<option value="([a-z_]+)" data-jenjang="([a-z_ ]+)"/g)].map((m) => m[1]);
    expect(pilihan[0]).toBe('pranata_humas');
    expect(pilihan.at(-1)).toBe('lainnya');
    expect(pilihan).toContain('analis_kepegawaian');
    expect(html).toContain('<option value="pustakawan" data-jenjang="ahli_pertama ahli_muda ahli_madya ahli_utama"');
  });

  it('when an office catalog is loaded, then the rule-book page marks its entries "ditambahkan oleh instansi" and the version differs', async () => {
    const biasa = await (await fetch(`${app.url}/aturan`)).text();
    const html = await (await fetch(`${kantor.url}/aturan`)).text();
    expect(biasa).not.toContain('ditambahkan oleh instansi');
    expect(html).toMatch(/Penyuluh Contoh \(penyuluh_contoh\)[\s\S]*?ditambahkan oleh instansi/);
    const versi = async (url: string) =>
      ((await (await fetch(`${url}/api/v1/jabatan-fungsional`)).json()) as { versiAturan: string }).versiAturan;
    const v = await versi(kantor.url);
    expect(v).not.toBe(await versi(app.url));
    expect(html).toContain(`<code>${v}</code>`);
  });
});

describe('server dengan KATALOG_JF', () => {
  it('when KATALOG_JF names a file with a jenjang that does not exist, then the process stops at start with the file and its line', async () => {
    const f = berkas(KATALOG.replace('[ahli_pertama, ahli_muda]', '[ahli_pertama, ahli_mudah]'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, PORT: '0', KATALOG_JF: f },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const kode = await new Promise<number | null>((r) => child.on('exit', r));
    expect(kode).toBe(1);
    // Line 5: "    jenjang: [ahli_pertama, ahli_mudah]".
    expect(err).toContain(
      `Buku aturan tidak sah: ${f} di jabatanFungsional.0.jenjang.1 (baris 5): jenjang "ahli_mudah" tidak ada di jenjang.yaml`,
    );
  }, 30_000);
});
