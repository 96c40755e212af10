// The JF catalog: every entry cited, the jenjang each JF has limiting input and kenaikan jenjang
// (legal cases in tests/cases/katalog-jf.yaml, worked by hand), and an office's extension (KATALOG_JF).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hitung } from '../../src/domain/hitung.ts';
import { InputError } from '../../src/domain/galat.ts';
import { Pecahan } from '../../src/domain/pecahan.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import type { HasilKenaikanJenjang, HasilKenaikanPangkat } from '../../src/domain/hasil.ts';
import { DEFAULT_RULES_DIR, loadAturan, RuleError } from '../../src/rules/loader.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

interface HarapanLangkah {
  tersedia?: boolean;
  dapat?: boolean;
  ke?: string;
  tmt?: string;
  perluKenaikanJenjang?: boolean;
  selisih?: { jenis: string; pasti: string };
  syaratGagal?: string[];
  kalimatMemuat?: string;
  kalimatTidakMemuat?: string;
}
interface Kasus {
  nama: string;
  sumber: string;
  masukan: Partial<Masukan>;
  harapan: {
    kumulatif?: string;
    kenaikanJenjang?: HarapanLangkah;
    kenaikanPangkat?: HarapanLangkah;
    catatanMemuat?: string[];
    /** The rujukan ("Keputusan 16") of the catalog note the result must cite. */
    catatanSumber?: string;
    /** A jenjang no projected step may reach. */
    proyeksiTanpaJenjang?: string;
    galat?: { field: string; pesanMemuat: string };
  };
}

const sama = (actual: string, expected: string) =>
  expect(Pecahan.dari(actual).eq(Pecahan.dari(expected)), `${actual} = ${expected}`).toBe(true);

function periksa(actual: HasilKenaikanJenjang | HasilKenaikanPangkat, h: HarapanLangkah) {
  if (h.tersedia !== undefined) expect(actual.tersedia, actual.kalimat).toBe(h.tersedia);
  if (h.dapat !== undefined) expect(actual.dapat, actual.kalimat).toBe(h.dapat);
  if (h.ke) expect(actual.ke && ('kode' in actual.ke ? actual.ke.kode : actual.ke.id)).toBe(h.ke);
  if (h.selisih) {
    expect(actual.selisih?.jenis).toBe(h.selisih.jenis);
    sama(actual.selisih!.angka.pasti, h.selisih.pasti);
  }
  if (h.syaratGagal)
    expect(
      actual.syarat
        .filter((s) => !s.terpenuhi)
        .map((s) => s.id)
        .sort(),
    ).toEqual([...h.syaratGagal].sort());
  if (h.kalimatMemuat) expect(actual.kalimat).toContain(h.kalimatMemuat);
  if (h.kalimatTidakMemuat) expect(actual.kalimat).not.toContain(h.kalimatTidakMemuat);
  if ('perluKenaikanJenjang' in actual) {
    if (h.perluKenaikanJenjang !== undefined) expect(actual.perluKenaikanJenjang).toBe(h.perluKenaikanJenjang);
    if (h.tmt) expect(actual.tmtPalingCepat?.tanggal).toBe(h.tmt);
  }
}

describe('kasus hukum: katalog-jf.yaml', () => {
  const kasus = parse(readFileSync(new URL('../cases/katalog-jf.yaml', import.meta.url), 'utf8')) as Kasus[];
  it('memuat setiap jenis JF yang diminta', () => {
    const jf = new Set(kasus.map((k) => k.masukan.jabatanFungsional));
    for (const id of ['analis_kepegawaian', 'auditor', 'asisten_penata_kadastral', 'pranata_sdm_aparatur', 'arsiparis', 'lainnya'])
      expect(jf).toContain(id);
  });
  for (const k of kasus) {
    it(`${k.nama} [${k.sumber}]`, () => {
      const masukan = dasar(k.masukan);
      const h = k.harapan;
      if (h.galat) {
        let galat: unknown;
        try {
          hitung(aturan, masukan);
        } catch (e) {
          galat = e;
        }
        expect(galat).toBeInstanceOf(InputError);
        expect((galat as InputError).masalah).toContainEqual({
          field: h.galat.field,
          pesan: expect.stringContaining(h.galat.pesanMemuat),
        });
        return;
      }
      const hasil = hitung(aturan, masukan);
      if (h.kumulatif) sama(hasil.akumulasi.kumulatif.pasti, h.kumulatif);
      if (h.kenaikanJenjang) periksa(hasil.kenaikanJenjang, h.kenaikanJenjang);
      if (h.kenaikanPangkat) periksa(hasil.kenaikanPangkat, h.kenaikanPangkat);
      for (const teks of h.catatanMemuat ?? []) expect(hasil.catatan.map((c) => c.teks).join('\n')).toContain(teks);
      if (h.catatanSumber) expect(hasil.catatan.some((c) => c.sumber?.rujukan === h.catatanSumber)).toBe(true);
      if (h.proyeksiTanpaJenjang) {
        expect(hasil.proyeksi).toBeDefined();
        expect(hasil.proyeksi!.langkah.map((l) => l.jenjangTujuan?.id)).not.toContain(h.proyeksiTanpaJenjang);
      }
    });
  }
});

describe('katalog jabatan fungsional di buku aturan', () => {
  it('setiap entri memuat status dan sumber (instrumen yang ada, rujukan, uraian), kategori, dan jenjang', () => {
    const instrumen = new Set(aturan.instrumen.map((i) => i.id));
    expect(aturan.jabatanFungsional.length).toBeGreaterThanOrEqual(21);
    for (const jf of aturan.jabatanFungsional) {
      expect(['text', 'bkn', 'derived', 'decision'], jf.id).toContain(jf.sumber.status);
      expect(instrumen.has(jf.sumber.instrumen), jf.id).toBe(true);
      expect(jf.sumber.rujukan.length, jf.id).toBeGreaterThan(0);
      expect(jf.sumber.uraian.length, jf.id).toBeGreaterThan(20);
      expect(jf.jenjang.length, jf.id).toBeGreaterThan(0);
      expect(typeof jf.sekunder, jf.id).toBe('boolean');
    }
  });

  it('entri bersumber sekunder mengatakannya dalam uraian sumbernya', () => {
    for (const jf of aturan.jabatanFungsional.filter((j) => j.sekunder)) {
      expect(jf.sumber.uraian, jf.id).toMatch(/sekunder|dikutip|ringkasan|salinan/i);
    }
  });

  it('dua puluh JF dari daftar ATR/BPN (regulation.md §8b) ada, dengan jenjang sesuai daftar itu kecuali yang diperbaiki peraturan JF-nya', () => {
    const jenjang = (id: string) => aturan.jabatanFungsional.find((j) => j.id === id)?.jenjang;
    const T = ['terampil', 'mahir', 'penyelia'];
    const A3 = ['ahli_pertama', 'ahli_muda', 'ahli_madya'];
    const A4 = [...A3, 'ahli_utama'];
    expect(jenjang('analis_kepegawaian')).toEqual([...T, ...A3]);
    expect(jenjang('auditor')).toEqual([...T, ...A4]);
    expect(jenjang('surveyor_pemetaan')).toEqual([...T, ...A4]);
    expect(jenjang('asisten_penata_kadastral')).toEqual(['pemula', ...T]);
    for (const id of ['pranata_sdm_aparatur', 'pranata_keuangan_apbn', 'penata_laksana_barang']) expect(jenjang(id), id).toEqual(T);
    for (const id of ['penata_ruang', 'penata_pertanahan', 'asesor_sdm_aparatur', 'analis_anggaran', 'perencana', 'widyaiswara'])
      expect(jenjang(id), id).toEqual(A4);
    for (const id of [
      'penata_kadastral',
      'analis_pengelolaan_keuangan_apbn',
      'perancang_peraturan_perundang_undangan',
      'pengelola_pengadaan_barang_jasa',
    ])
      expect(jenjang(id), id).toEqual(A3);
    // The JF's own regulation, as quoted, wins over the ministry list (and says so in its source).
    expect(jenjang('arsiparis')).toEqual([...T, ...A4]);
    expect(jenjang('pranata_komputer')).toEqual([...T, ...A4]);
    expect(jenjang('pustakawan')).toEqual(A4);
  });

  it('"lainnya" tetap membuka kedelapan jenjang dan bertanda umum', () => {
    const l = aturan.jabatanFungsional.find((j) => j.id === 'lainnya')!;
    expect(l.umum).toBe(true);
    expect(l.jenjang).toHaveLength(8);
    expect(aturan.jabatanFungsional.filter((j) => j.umum)).toHaveLength(1);
  });
});

function salinanAturan(ubah?: (s: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aturan-'));
  cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
  if (ubah) writeFileSync(join(dir, 'jabatan-fungsional.yaml'), ubah(readFileSync(join(dir, 'jabatan-fungsional.yaml'), 'utf8')));
  return dir;
}

function ditolak(f: () => unknown): RuleError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleError);
    return e as RuleError;
  }
  throw new Error('pemuat seharusnya menolak');
}

describe('pemuat menolak katalog yang keliru', () => {
  it('kategori yang tidak sesuai dengan jenjangnya', () => {
    const e = ditolak(() =>
      loadAturan(
        salinanAturan((s) => s.replace('    nama: Penata Ruang\n    kategori: keahlian', '    nama: Penata Ruang\n    kategori: keduanya')),
      ),
    );
    expect(e.message).toMatch(
      /jabatan-fungsional\.yaml di jabatanFungsional\.\d+\.kategori: kategori "keduanya" tidak sesuai dengan jenjangnya \(keahlian\)/,
    );
  });

  it('jenjang yang melompat (Ahli Pertama lalu Ahli Madya) akan menawarkan kenaikan jenjang yang tidak ada', () => {
    const e = ditolak(() =>
      loadAturan(
        salinanAturan((s) =>
          s.replace(
            '    nama: Penata Kadastral\n    kategori: keahlian\n    jenjang: [ahli_pertama, ahli_muda, ahli_madya]',
            '    nama: Penata Kadastral\n    kategori: keahlian\n    jenjang: [ahli_pertama, ahli_madya]',
          ),
        ),
      ),
    );
    expect(e.message).toContain('jenjang kategori keahlian harus berurutan tanpa lompatan');
  });

  it('alias yang sama untuk dua JF', () => {
    const e = ditolak(() => loadAturan(salinanAturan((s) => s.replace('alias: [Prakom]', 'alias: [Prakom, Pranata Humas]'))));
    expect(e.message).toContain('nama atau alias "Pranata Humas" sudah dipakai oleh "pranata_humas"');
  });
});

describe('katalog instansi (KATALOG_JF)', () => {
  function berkas(isi: string): string {
    const f = join(mkdtempSync(join(tmpdir(), 'katalog-')), 'katalog-kantor.yaml');
    writeFileSync(f, isi);
    return f;
  }
  const sah = [
    '# Katalog tambahan Pemerintah Kabupaten Contoh',
    'instrumen:',
    '  - id: permenpanrb-contoh',
    '    singkatan: PermenPAN-RB Contoh',
    '    judul: Peraturan Menteri PANRB tentang Jabatan Fungsional Contoh (rekaan untuk uji)',
    '    peran: jenjang JF Contoh',
    'jabatanFungsional:',
    '  - id: penyuluh_contoh',
    '    nama: Penyuluh Contoh',
    '    alias: [Pencon]',
    '    kategori: keahlian',
    '    jenjang: [ahli_pertama, ahli_muda]',
    '    sekunder: false',
    '    status: text',
    '    sumber: { instrumen: permenpanrb-contoh, rujukan: Pasal 6, uraian: "Keahlian: Ahli Pertama dan Ahli Muda (rekaan untuk uji)" }',
    '  - id: analis_kepegawaian',
    '    nama: Analis Kepegawaian',
    '    kategori: keduanya',
    '    jenjang: [terampil, mahir, penyelia, ahli_pertama, ahli_muda, ahli_madya, ahli_utama]',
    '    sekunder: false',
    '    status: text',
    '    sumber: { instrumen: permenpanrb-contoh, rujukan: Pasal 7, uraian: "Koreksi kantor: Ahli Utama ada (rekaan untuk uji)" }',
    '',
  ].join('\n');

  it('berkas yang sah digabung: JF baru masuk sebelum "lainnya", JF yang sudah ada dikoreksi, dan versi aturan berubah', () => {
    const a = loadAturan(undefined, berkas(sah));
    const baru = a.jabatanFungsional.find((j) => j.id === 'penyuluh_contoh')!;
    expect(baru).toMatchObject({ asal: 'instansi', kategori: 'keahlian', jenjang: ['ahli_pertama', 'ahli_muda'] });
    expect(a.jabatanFungsional.at(-1)!.id).toBe('lainnya');
    expect(a.jabatanFungsional.find((j) => j.id === 'analis_kepegawaian')).toMatchObject({
      asal: 'instansi',
      jenjang: expect.arrayContaining(['ahli_utama']),
    });
    expect(a.jabatanFungsional).toHaveLength(aturan.jabatanFungsional.length + 1);
    expect(a.instrumen.map((i) => i.id)).toContain('permenpanrb-contoh');
    expect(a.versi).not.toBe(aturan.versi);
    // Another office file, another version: a document says which catalog it used.
    expect(loadAturan(undefined, berkas(sah.replace('Pasal 7', 'Pasal 8'))).versi).not.toBe(a.versi);
  });

  it('JF instansi dipakai mesin: Ahli Muda adalah jenjang tertingginya, dan hasil menyebut asalnya', () => {
    const a = loadAturan(undefined, berkas(sah));
    const hasil = hitung(
      a,
      dasar({
        jabatanFungsional: 'Pencon',
        jenjang: 'ahli_muda',
        golongan: 'III/d',
        penilaian: [{ mulai: '2023-01', selesai: '2024-12', predikat: 'Baik' }],
      }),
    );
    expect(hasil.pegawai.jabatanFungsional).toEqual({ id: 'penyuluh_contoh', nama: 'Penyuluh Contoh' });
    expect(hasil.kenaikanJenjang.tersedia).toBe(false);
    expect(hasil.kenaikanJenjang.kalimat).toContain('jenjang Ahli Madya tidak ada pada jabatan ini');
    expect(hasil.catatan.map((c) => c.teks).join('\n')).toContain('ditambahkan oleh instansi (KATALOG_JF)');
  });

  it('jenjang yang tidak dikenal ditolak dengan nama berkas dan barisnya', () => {
    const f = berkas(sah.replace('    jenjang: [ahli_pertama, ahli_muda]', '    jenjang: [ahli_pertama, ahli_mud]'));
    const e = ditolak(() => loadAturan(undefined, f));
    // Line 12 of the file: "    jenjang: [ahli_pertama, ahli_mud]".
    expect(e.message).toBe(`${f} di jabatanFungsional.0.jenjang.1 (baris 12): jenjang "ahli_mud" tidak ada di jenjang.yaml`);
  });

  it('isian yang tidak dikenal dan instrumen yang tidak ada ditolak dengan barisnya', () => {
    const e1 = ditolak(() =>
      loadAturan(
        undefined,
        berkas(
          sah.replace(
            '    sekunder: false\n    status: text\n    sumber: { instrumen: permenpanrb-contoh, rujukan: Pasal 6',
            '    sekunder: tidak\n    status: text\n    sumber: { instrumen: permenpanrb-contoh, rujukan: Pasal 6',
          ),
        ),
      ),
    );
    expect(e1.message).toMatch(/di jabatanFungsional\.0\.sekunder \(baris 13\): /);
    const e2 = ditolak(() =>
      loadAturan(
        undefined,
        berkas(sah.replace('instrumen: permenpanrb-contoh, rujukan: Pasal 7', 'instrumen: permenpanrb-lain, rujukan: Pasal 7')),
      ),
    );
    expect(e2.message).toMatch(/di jabatanFungsional\.1\.sumber\.instrumen \(baris 22\): instrumen "permenpanrb-lain" tidak ada/);
  });

  it('YAML rusak ditolak dengan barisnya; berkas yang tidak ada disebut namanya', () => {
    const e = ditolak(() => loadAturan(undefined, berkas(sah.replace('    alias: [Pencon]', '    alias: [Pencon'))));
    expect(e.message).toMatch(/YAML tidak sah: .*line \d+/);
    expect(() => loadAturan(undefined, '/tidak/ada/katalog.yaml')).toThrow(
      /^\/tidak\/ada\/katalog\.yaml: berkas katalog instansi \(KATALOG_JF\) tidak ditemukan$/,
    );
  });

  it('alias instansi yang sudah dipakai JF lain ditolak', () => {
    const e = ditolak(() => loadAturan(undefined, berkas(sah.replace('alias: [Pencon]', 'alias: [Prakom]'))));
    expect(e.message).toMatch(/jabatanFungsional\.0 \(baris 8\): nama atau alias "Prakom" sudah dipakai oleh "pranata_komputer"/);
  });
});
