// The whole rule book: every value cited, every table complete, calendars ordered, and the loader strict.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_RULES_DIR, loadAturan, RuleError } from '../../src/rules/loader.ts';
import { aturan } from '../helpers/aturan.ts';

const STATUS = ['text', 'bkn', 'derived', 'decision'];

/** Every object in a rule file that holds a value also holds its status and a full citation. */
function nilaiTanpaSumber(node: unknown, path: string, out: string[]) {
  if (Array.isArray(node)) node.forEach((n, i) => nilaiTanpaSumber(n, `${path}.${i}`, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const memuatNilai = ['nilai', 'angkaKredit', 'persen', 'bulan', 'minimal', 'kali', 'desimal'].some(
      (k) => k in o && typeof o[k] !== 'object',
    );
    if (memuatNilai || 'sumber' in o) {
      const s = o.sumber as Record<string, unknown> | undefined;
      if (!STATUS.includes(o.status as string) || !s?.instrumen || !s.rujukan || !s.uraian) out.push(path);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'sumber') nilaiTanpaSumber(v, `${path}.${k}`, out);
  }
}

describe('buku aturan', () => {
  it('setiap nilai memuat status dan sumber (instrumen, rujukan, uraian)', () => {
    const tanpa: string[] = [];
    for (const f of readdirSync(DEFAULT_RULES_DIR).filter((f) => f.endsWith('.yaml') && f !== 'instruments.yaml')) {
      nilaiTanpaSumber(parse(readFileSync(join(DEFAULT_RULES_DIR, f), 'utf8')), f, tanpa);
    }
    expect(tanpa).toEqual([]);
  });

  it('setiap jenjang memiliki koefisien dan rantai kenaikan pangkat yang bersambung', () => {
    for (const j of aturan.jenjang) {
      const kp = aturan.kumulatif[j.id]!.kenaikanPangkat;
      expect(kp[0]!.dari).toBe(j.golongan[0]);
      for (const a of kp) {
        const dari = aturan.golongan.find((g) => g.kode === a.dari)!;
        expect(aturan.golongan[dari.urutan + 1]!.kode, `${j.id} ${a.dari}`).toBe(a.ke);
      }
      // Cumulative thresholds rise within a jenjang.
      for (let i = 1; i < kp.length; i++) expect(kp[i]!.angkaKredit.greaterThan(kp[i - 1]!.angkaKredit)).toBe(true);
    }
  });

  it('setiap langkah kenaikan pangkat sama dengan 4 tahun predikat Baik (pemeriksaan silang)', () => {
    for (const j of aturan.jenjang) {
      let sebelum = aturan.kumulatif[j.id]!.kenaikanPangkat[0]!.angkaKredit.minus(aturan.kumulatif[j.id]!.kenaikanPangkat[0]!.angkaKredit);
      for (const a of aturan.kumulatif[j.id]!.kenaikanPangkat) {
        expect(a.angkaKredit.minus(sebelum).toString(), `${j.id} ke ${a.ke}`).toBe(j.koefisien.nilai.times(4).toString());
        sebelum = a.angkaKredit;
      }
    }
  });

  it('ambang KJ sama dengan ambang KP ke golongan pertama jenjang berikutnya', () => {
    for (const j of aturan.jenjang) {
      const kj = aturan.kumulatif[j.id]!.kenaikanJenjang;
      if (!kj) continue;
      const target = aturan.jenjang.find((t) => t.id === kj.ke)!;
      expect(target.kategori).toBe(j.kategori);
      const kp = aturan.kumulatif[j.id]!.kenaikanPangkat.find((a) => a.ke === target.golongan[0])!;
      expect(kp.angkaKredit.eq(kj.angkaKredit)).toBe(true);
    }
  });

  it('AK Dasar sama dengan angka kredit kumulatif golongannya', () => {
    for (const d of aturan.akDasar) {
      const a = aturan.kumulatif[d.jenjang]!.kenaikanPangkat.find((k) => k.ke === d.golongan)!;
      expect(a.angkaKredit.eq(d.angkaKredit), `${d.jenjang} ${d.golongan}`).toBe(true);
    }
  });

  it('kalender KP berurutan, tidak tumpang tindih, dan yang terakhir masih berlaku', () => {
    const k = aturan.kalenderKp;
    for (let i = 1; i < k.length; i++) expect(k[i - 1]!.berlakuSampai! < k[i]!.berlakuMulai).toBe(true);
    expect(k.at(-1)!.berlakuSampai).toBeUndefined();
  });

  it('Pranata Humas memiliki enam jenjang; "lainnya" kedelapan jenjang', () => {
    const ph = aturan.jabatanFungsional.find((j) => j.id === 'pranata_humas')!;
    expect(ph.jenjang).toEqual(['terampil', 'mahir', 'penyelia', 'ahli_pertama', 'ahli_muda', 'ahli_madya']);
    expect(aturan.jabatanFungsional.find((j) => j.id === 'lainnya')!.jenjang).toHaveLength(8);
  });

  it('persentase predikat sesuai PermenPAN-RB 1/2023 Pasal 37 ayat (1)', () => {
    expect(aturan.predikat.map((p) => [p.nama, p.persen.nilai.toString()])).toEqual([
      ['Sangat Baik', '150'],
      ['Baik', '100'],
      ['Butuh Perbaikan', '75'],
      ['Kurang', '50'],
      ['Sangat Kurang', '25'],
    ]);
  });
});

describe('pemuat buku aturan menolak kesalahan dengan nama berkas dan letaknya', () => {
  function rusak(file: string, ubah: (s: string) => string): RuleError {
    const dir = mkdtempSync(join(tmpdir(), 'aturan-'));
    cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
    writeFileSync(join(dir, file), ubah(readFileSync(join(dir, file), 'utf8')));
    try {
      loadAturan(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(RuleError);
      return e as RuleError;
    }
    throw new Error('pemuat seharusnya menolak');
  }

  it('koefisien yang bukan angka', () => {
    const e = rusak('jenjang.yaml', (s) => s.replace('nilai: "12.5"', 'nilai: "dua belas"'));
    expect(e.file).toBe('jenjang.yaml');
    expect(e.path).toBe('jenjang.2.koefisien.nilai');
  });

  it('status yang tidak dikenal', () => {
    const e = rusak('predikat.yaml', (s) => s.replace('status: text', 'status: kira-kira'));
    // The folder as the administrator gave it (ATURAN_DIR), not the repository's own.
    expect(e.message).toMatch(/\/aturan-[^/]+\/predikat\.yaml di predikat\.0\.persen\.status/);
  });

  it('folder yang tidak ada: pesannya menyebut folder itu', () => {
    expect(() => loadAturan('/tidak/ada/aturan-kantor')).toThrow(/^\/tidak\/ada\/aturan-kantor: folder buku aturan tidak ditemukan$/);
  });

  it('instrumen yang tidak ada', () => {
    const e = rusak('kalender-kp.yaml', (s) => s.replace('instrumen: perbkn-4-2025', 'instrumen: perbkn-99-2099'));
    expect(e.message).toContain('perbkn-99-2099');
    expect(e.path).toBe('kalender.2.sumber.instrumen');
  });

  it('kunci ganda dalam YAML', () => {
    const e = rusak('pembulatan.yaml', (s) => `${s}\ndesimal: 2\n`);
    expect(e.message).toContain('YAML tidak sah');
  });

  it('kalender yang tumpang tindih', () => {
    const e = rusak('kalender-kp.yaml', (s) => s.replace('berlakuMulai: "2025-10-01"', 'berlakuMulai: "2025-09-01"'));
    expect(e.path).toBe('kalender.2');
  });

  it('versi aturan berubah bila isi aturan berubah', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aturan-'));
    cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
    expect(loadAturan(dir).versi).toBe(aturan.versi);
    writeFileSync(join(dir, 'golongan.yaml'), `${readFileSync(join(dir, 'golongan.yaml'), 'utf8')}# catatan\n`);
    expect(loadAturan(dir).versi).not.toBe(aturan.versi);
  });
});
