// One person never stops a unit. A person whose calculation date the rule book's calendar does not cover
// is an input problem of that person (a data-error row naming the column); a failure that is not an
// input problem at all (simulated here: the engine throws for one NIP) marks that person alone, with a
// message that says the fault is the application's, and is logged without the person's NIP or name.
import { mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PESAN_GAGAL_HITUNG } from '../../src/batch/evaluasi.ts';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';
import { fixture, orang, proses } from './helpers.ts';

/** Budi Pratama's row asks for 1 Juni 1994; the KP calendar starts on 1 Januari 2000. */
const BERKAS = 'tanggal-di-luar-kalender.csv';
const BUDI = '199102022016042002';
const GAGAL = '199203032017051003';

vi.mock('../../src/domain/hitung.ts', async (asli) => {
  const m = await asli<typeof import('../../src/domain/hitung.ts')>();
  return {
    ...m,
    hitung: (...a: Parameters<typeof m.hitung>) => {
      // Citra is the only person of unit-koma.csv with 34,5 AK Integrasi. The message repeats her NIP
      // and name, as a careless error text might: the log must not.
      if (a[1].angkaKreditAwal.some((x) => /^34[.,]5$/.test(String(x.angkaKredit))))
        throw new TypeError(`uji: gagal untuk ${GAGAL} Citra Permata (fiktif)`);
      return m.hitung(...a);
    },
  };
});

describe('satu pegawai yang gagal dihitung tidak menghentikan unit', () => {
  it('tanggal perhitungan sebelum kalender KP: pegawai itu kesalahan data pada kolomnya, empat lainnya dihitung', async () => {
    const h = await proses(fixture(BERKAS));
    expect(h.ringkasan.pegawai).toBe(5);
    const budi = orang(h, BUDI);
    expect(budi.kategori).toBe('galat');
    expect(budi.galat.some((g) => g.baris === 4 && g.kolom === 'tanggal_perhitungan' && /di luar kalender/.test(g.pesan))).toBe(true);
    // Andi: 18,75 + 25/12 = 20,833 (Sangat Baik 150% × 12,5, then Baik 2/12 × 12,5), computed as before.
    expect(orang(h, '199001012015031001').kumulatif).toBe('20,833');
  });

  it('kesalahan tak terduga pada satu pegawai: baris kesalahan untuk dia saja, dicatat tanpa NIP dan nama', async () => {
    const tulis = vi.spyOn(console, 'error').mockImplementation(() => {});
    let h;
    let log: string;
    try {
      h = await proses(fixture('unit-koma.csv'));
      log = tulis.mock.calls.map((c) => String(c[0])).join('\n');
    } finally {
      tulis.mockRestore();
    }
    expect(h.ringkasan).toMatchObject({ pegawai: 5, galat: 1, dapatKj: 1 });
    const c = orang(h, GAGAL);
    expect(c.kategori).toBe('galat');
    expect(c.galat).toEqual([{ baris: 5, kolom: '(aplikasi)', pesan: PESAN_GAGAL_HITUNG }]);
    // Dewi: 90 + 12,5 + 4/12 × 12,5 = 106,667, DAPAT KJ as in proses.test.ts.
    expect(orang(h, '199304042018062004').kumulatif).toBe('106,667');
    expect(log).toMatch(/baris 5/);
    expect(log).toMatch(/TypeError: uji: gagal untuk/);
    expect(log).not.toContain(GAGAL);
    expect(log).not.toContain('Citra');
  });
});

describe('baris perintah dan web: pegawai dengan tanggal di luar kalender ditandai, yang lain dilaporkan', () => {
  let app: AppBerjalan;
  beforeAll(async () => {
    app = await jalankanApp();
  });
  afterAll(() => app.tutup());

  it('angka-kredit batch: kode keluar 0, hasil.csv memuat kelima pegawai, kesalahan.csv baris Budi', () => {
    const out = mkdtempSync(join(tmpdir(), 'batch-galat-'));
    const bin = new URL('../../bin/angka-kredit.js', import.meta.url).pathname;
    const r = spawnSync(
      process.execPath,
      [bin, 'batch', join('tests/fixtures/batch', BERKAS), '--out', out, '--tanggal', '2024-05-15', '--pekerja', '1'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const hasil = readFileSync(join(out, 'hasil.csv'), 'utf8').trim().split('\r\n');
    expect(hasil).toHaveLength(1 + 5);
    expect(hasil.find((l) => l.startsWith(BUDI))).toMatch(/Ada kesalahan data/);
    expect(hasil.find((l) => l.startsWith('199304042018062004'))).toContain('106,667');
    expect(readFileSync(join(out, 'kesalahan.csv'), 'utf8')).toMatch(
      new RegExp(`${BUDI};Budi Pratama \\(fiktif\\);4;tanggal_perhitungan;`),
    );
  });

  it('web: 200, ringkasan menghitung satu kesalahan data dan DAPAT KJ tetap ada', async () => {
    const fd = new FormData();
    fd.set('berkas', new Blob([new Uint8Array(fixture(BERKAS))]), 'unit.csv');
    fd.set('tanggalPerhitungan', '2024-05-15');
    const res = await fetch(`${app.url}/batch`, { method: 'POST', body: fd });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/data-ringkasan="galat">1</);
    expect(html).toMatch(/data-ringkasan="dapatKj">1</);
    expect(html).toContain('di luar kalender kenaikan pangkat');
  });
});
