// The JF catalog as the engine asks it (katalog.ts): the next jenjang, the sentence for a JF's last
// jenjang, the notes on the catalog, and finding a JF by what people write. Expected values from
// rules/jabatan-fungsional.yaml, rules/jenjang.yaml and rules/kumulatif.yaml.
import { describe, expect, it } from 'vitest';
import { catatanKatalog, cariJf, jenjangBerikut, kalimatJenjangTertinggi, normNamaJf, punyaJenjang } from '../../src/domain/katalog.ts';
import { aturan } from '../helpers/aturan.ts';

const jf = (id: string) => aturan.jabatanFungsional.find((j) => j.id === id)!;
const jenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)!;

describe('jenjangBerikut', () => {
  it('Ahli Pertama → Ahli Muda; Mahir → Penyelia (kumulatif.yaml kenaikanJenjang.ke)', () => {
    expect(jenjangBerikut(aturan, jf('lainnya'), jenjang('ahli_pertama'))).toEqual({ ada: true, jenjang: jenjang('ahli_muda') });
    expect(jenjangBerikut(aturan, jf('lainnya'), jenjang('mahir'))).toEqual({ ada: true, jenjang: jenjang('penyelia') });
  });

  it('Ahli Utama dan Penyelia: puncak kategorinya', () => {
    expect(jenjangBerikut(aturan, jf('lainnya'), jenjang('ahli_utama'))).toEqual({ ada: false, sebab: 'puncak-kategori' });
    expect(jenjangBerikut(aturan, jf('lainnya'), jenjang('penyelia'))).toEqual({ ada: false, sebab: 'puncak-kategori' });
  });

  it('kenaikan jenjang yang menyeberang kategori (Penyelia → Ahli Pertama) tidak pernah ditawarkan', () => {
    const kumulatif = {
      ...aturan.kumulatif,
      penyelia: { ...aturan.kumulatif.penyelia!, kenaikanJenjang: { ...aturan.kumulatif.mahir!.kenaikanJenjang!, ke: 'ahli_pertama' } },
    };
    expect(jenjangBerikut({ ...aturan, kumulatif }, jf('lainnya'), jenjang('penyelia'))).toEqual({ ada: false, sebab: 'puncak-kategori' });
  });

  it('Pranata Humas Ahli Madya: Ahli Utama ada pada kategori tetapi tidak pada JF ini', () => {
    expect(jenjangBerikut(aturan, jf('pranata_humas'), jenjang('ahli_madya'))).toEqual({
      ada: false,
      sebab: 'tidak-ada-pada-jf',
      lewat: jenjang('ahli_utama'),
    });
    expect(punyaJenjang(jf('pranata_humas'), 'ahli_madya')).toBe(true);
    expect(punyaJenjang(jf('pranata_humas'), 'ahli_utama')).toBe(false);
  });
});

describe('kalimatJenjangTertinggi', () => {
  it('keterampilan menyebut perpindahan ke keahlian; keahlian tidak', () => {
    const k = kalimatJenjangTertinggi(jf('lainnya'), jenjang('penyelia'), { ada: false, sebab: 'puncak-kategori' });
    expect(k).toMatch(/^Penyelia adalah jenjang tertinggi kategori keterampilan; tidak ada kenaikan jenjang\. Pindah ke kategori keahlian/);
    const u = kalimatJenjangTertinggi(jf('lainnya'), jenjang('ahli_utama'), { ada: false, sebab: 'puncak-kategori' });
    expect(u).toBe('Ahli Utama adalah jenjang tertinggi kategori keahlian; tidak ada kenaikan jenjang.');
    const h = kalimatJenjangTertinggi(jf('pranata_humas'), jenjang('ahli_madya'), {
      ada: false,
      sebab: 'tidak-ada-pada-jf',
      lewat: jenjang('ahli_utama'),
    });
    expect(h).toBe(
      'Ahli Madya adalah jenjang tertinggi Pranata Hubungan Masyarakat; tidak ada kenaikan jenjang (jenjang Ahli Utama tidak ada pada jabatan ini).',
    );
  });
});

describe('catatanKatalog', () => {
  it('JF umum: satu catatan bahwa batas jenjang tidak diperiksa, bersumber Keputusan 4', () => {
    const c = catatanKatalog(aturan, jf('lainnya'), jenjang('ahli_pertama'), true);
    expect(c).toHaveLength(1);
    expect(c[0]!.teks).toContain('Batas jenjang jabatan ini tidak diperiksa');
    expect(c[0]!.sumber?.rujukan).toBe('Keputusan 4');
  });

  it('puncak keterampilan tanpa kenaikan jenjang: catatan alih kategori; dengan kenaikan jenjang atau pada keahlian: tidak', () => {
    expect(catatanKatalog(aturan, jf('pranata_humas'), jenjang('penyelia'), false).map((c) => c.sumber)).toEqual([
      expect.objectContaining(aturan.alihKategori.sumber),
    ]);
    expect(catatanKatalog(aturan, jf('pranata_humas'), jenjang('mahir'), true)).toEqual([]);
    expect(catatanKatalog(aturan, jf('pranata_humas'), jenjang('ahli_madya'), false)).toEqual([]);
  });

  it('JF dari katalog instansi disebut asalnya', () => {
    const c = catatanKatalog(aturan, { ...jf('pranata_humas'), asal: 'instansi' }, jenjang('mahir'), true);
    expect(c).toHaveLength(1);
    expect(c[0]!.teks).toContain('KATALOG_JF');
  });
});

describe('cariJf dan normNamaJf', () => {
  it('menurut id, nama, atau alias, dengan huruf besar, titik, garis miring dan spasi tidak berpengaruh', () => {
    expect(cariJf(aturan, 'pranata_humas')?.id).toBe('pranata_humas');
    expect(cariJf(aturan, 'PRANATA HUBUNGAN MASYARAKAT')?.id).toBe('pranata_humas');
    expect(cariJf(aturan, ' pranata.humas ')?.id).toBe('pranata_humas');
    expect(cariJf(aturan, 'Pranata-Humas')?.id).toBe('pranata_humas');
    expect(cariJf(aturan, 'pranata humas xyz')).toBeUndefined();
  });

  it('normNamaJf: NFKC, huruf kecil, pemisah menjadi satu spasi, tepi dipangkas', () => {
    expect(normNamaJf('  Analis (Kepegawaian), Ahli/Muda._x ')).toBe('analis kepegawaian ahli muda x');
    expect(normNamaJf('ＡＢＣ')).toBe('abc');
  });
});
