// `angka-kredit batch` as an HR officer runs it: reports and a ZIP of PDFs written to a folder, on
// worker threads, with a summary line; a refused file gives exit code 2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aturan } from '../helpers/aturan.ts';
import { verifikasiPdf } from '../../src/pdf/verifikasi.ts';

const bin = new URL('../../bin/angka-kredit.js', import.meta.url).pathname;
const fixture = (n: string) => new URL(`../fixtures/batch/${n}`, import.meta.url).pathname;
// Each run its own office data folder (DATA_DIR): PDFs are signed with the key made there, never in the checkout.
const dataDir = mkdtempSync(join(tmpdir(), 'batch-data-'));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, 'batch', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, DATA_DIR: dataDir } });

describe('baris perintah: angka-kredit batch', () => {
  it('menulis hasil, kesalahan, dan ZIP Penetapan dengan manifest kode verifikasi; PDF di dalamnya terverifikasi', async () => {
    const out = mkdtempSync(join(tmpdir(), 'batch-'));
    const r = run(fixture('unit-koma.csv'), '--out', out, '--tanggal', '2025-07-15', '--pdf', 'penetapan', '--pekerja', '2');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/pegawai/);
    for (const f of ['hasil.csv', 'hasil.xlsx', 'kesalahan.csv', 'dokumen-penetapan.zip']) expect(existsSync(join(out, f)), f).toBe(true);
    // Andi Saputra wrote 2,09 for 2/12 × 100% × 12,5 = 25/12 (2,08 or 2,083): flagged with the right value.
    const hasil = readFileSync(join(out, 'hasil.csv'), 'utf8');
    expect(hasil).toContain('199001012015031001');
    const zip = unzipSync(new Uint8Array(readFileSync(join(out, 'dokumen-penetapan.zip'))));
    const namaManifest = Object.keys(zip).find((n) => /manifest/i.test(n))!;
    expect(namaManifest).toBeDefined();
    const manifest = strFromU8(zip[namaManifest]!);
    const pdfs = Object.keys(zip).filter((n) => n.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    const v = await verifikasiPdf(aturan, Buffer.from(zip[pdfs[0]!]!));
    expect(v.status).toBe('sesuai');
    expect(manifest).toContain(v.kode!);
  });

  it('PDF dari batch ditandatangani kunci kantor di DATA_DIR, seperti PDF dari server: verifikasi dengan DATA_DIR yang sama menyebut kunci kantor ini', () => {
    const out = mkdtempSync(join(tmpdir(), 'batch-'));
    const r = run(fixture('unit-koma.csv'), '--out', out, '--tanggal', '2025-07-15', '--pdf', 'penetapan', '--pekerja', '1');
    expect(r.status, r.stderr).toBe(0);
    const zip = unzipSync(new Uint8Array(readFileSync(join(out, 'dokumen-penetapan.zip'))));
    const pdf = join(out, 'satu.pdf');
    writeFileSync(pdf, zip[Object.keys(zip).find((n) => n.endsWith('.pdf'))!]!);
    const v = spawnSync(process.execPath, [bin, 'verifikasi', pdf], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).toContain('Penerbit: Ditandatangani dengan kunci kantor ini');
    expect(v.stdout).toContain('Angka: Sesuai');
  });

  it('berkas yang bukan lembar kerja ditolak dengan kode keluar 2 dan pesan berbahasa Indonesia', () => {
    const out = mkdtempSync(join(tmpdir(), 'batch-'));
    const r = run(bin, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });

  it('laporan ditulis dengan nama sementara lalu diberi nama setelah lengkap: kegagalan tidak meninggalkan laporan setengah jadi', () => {
    const out = mkdtempSync(join(tmpdir(), 'batch-'));
    // A folder where hasil.csv should go: the reports are written, but cannot take their names.
    mkdirSync(join(out, 'hasil.csv'));
    const r = run(fixture('unit-koma.csv'), '--out', out, '--tanggal', '2025-07-15', '--pekerja', '1');
    expect(r.status).not.toBe(0);
    expect(readdirSync(out)).toEqual(['hasil.csv']);
    const baik = mkdtempSync(join(tmpdir(), 'batch-'));
    expect(run(fixture('unit-koma.csv'), '--out', baik, '--tanggal', '2025-07-15', '--pekerja', '1').status).toBe(0);
    expect(readdirSync(baik).sort()).toEqual(['hasil.csv', 'hasil.xlsx', 'kesalahan.csv']);
  });

  it('tanpa --out: kode keluar 2 dengan cara penggunaan', () => {
    const r = run(fixture('unit-koma.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out');
  });
});
