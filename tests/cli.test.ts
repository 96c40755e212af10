// The command line, as a person runs it: `angka-kredit hitung berkas.json`.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputJsonSchema } from '../src/cli.ts';

const bin = new URL('../bin/angka-kredit.js', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

describe('baris perintah angka-kredit', () => {
  it('hitung: contoh Ahli Pertama menghasilkan JSON dengan nilai eksak dan tampilan', () => {
    const r = run('hitung', new URL('../examples/ahli-pertama.json', import.meta.url).pathname);
    expect(r.status).toBe(0);
    const hasil = JSON.parse(r.stdout);
    // 12,5 (PAK Integrasi) + 18,75 (2023 Sangat Baik) + 12,5 (2024 Baik) = 43,75; ambang III/b 50.
    expect(hasil.akumulasi.kumulatif).toEqual({ pasti: '43.75', desimal: '43.750000000000', tampilan: '43,750' });
    expect(hasil.kenaikanPangkat.selisih).toMatchObject({ jenis: 'kekurangan', angka: { tampilan: '6,250' } });
    expect(hasil.versiAturan).toMatch(/^[0-9a-f]{16}$/);
  });

  it('hitung --desimal 2 menampilkan dua desimal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ak-'));
    const f = join(dir, 'in.json');
    const data = JSON.parse(readFileSync(new URL('../examples/ahli-pertama.json', import.meta.url), 'utf8'));
    data.penilaian = [{ mulai: '2024-01', selesai: '2024-02', predikat: 'Baik' }];
    data.angkaKreditAwal = [];
    writeFileSync(f, JSON.stringify(data));
    const hasil = JSON.parse(run('hitung', f, '--desimal', '2').stdout);
    expect(hasil.konversi[0].rumus).toBe('2/12 × 100% × 12,5 = 2,08');
    expect(hasil.konversi[0].angkaKredit.pasti).toBe('25/12');
  });

  it('masukan salah: kode keluar 2 dan pesan berbahasa Indonesia per kolom', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ak-'));
    const f = join(dir, 'salah.json');
    writeFileSync(
      f,
      JSON.stringify({
        jabatanFungsional: 'pranata_humas',
        jenjang: 'ahli_pertama',
        golongan: 'III/a',
        tmtPangkat: '2022-04-01',
        tmtJenjang: '2022-04-01',
        tanggalPerhitungan: '2025-01-15',
        penilaian: [{ mulai: '2024-01', selesai: '2024-12', predikat: 'Luar Biasa' }],
      }),
    );
    const r = run('hitung', f);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('penilaian.0.predikat: Periode 1: predikat "Luar Biasa" tidak dikenal');
    expect(r.stdout).toBe('');
  });

  it('berkas yang bukan JSON ditolak dengan kode keluar 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ak-'));
    const f = join(dir, 'rusak.json');
    writeFileSync(f, '{ bukan json');
    const r = run('hitung', f);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bukan JSON yang sah');
  });

  it('check-rules memeriksa buku aturan', () => {
    const r = run('check-rules');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Buku aturan sah');
  });

  it('schema/masukan.schema.json sama dengan skema yang dibangkitkan dari zod (jalankan npm run schema bila berubah)', () => {
    const committed = JSON.parse(readFileSync(new URL('../schema/masukan.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(inputJsonSchema())));
  });

  it('berkas masukan lebih dari 1 MB (berkas atau stdin) ditolak dengan kode keluar 2 tanpa dibaca seluruhnya', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ak-'));
    const f = join(dir, 'besar.json');
    writeFileSync(f, ' '.repeat(2 * 1024 * 1024));
    const r = run('hitung', f);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('lebih besar dari 1 MB');
    const s = spawnSync(process.execPath, [bin, 'hitung', '-'], { input: ' '.repeat(2 * 1024 * 1024), encoding: 'utf8' });
    expect(s.status).toBe(2);
    expect(s.stderr).toContain('lebih besar dari 1 MB');
    expect(s.stderr).not.toMatch(/\n\s+at /);
  });
});
