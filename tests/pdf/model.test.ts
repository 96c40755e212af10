// The sheet model (pure) and the renderer's font fallback: what the drawing cannot show to a text
// extractor (struck alternatives) is checked here, on the model.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { bacaMasukan } from '../../src/input/parse.ts';
import { barisPenetapan, buatModel, putusan, type Blok } from '../../src/pdf/model.ts';
import { renderPdf } from '../../src/pdf/render.ts';
import { dokumenSchema } from '../../src/pdf/schema.ts';
import { verifikasiPdf } from '../../src/pdf/verifikasi.ts';
import { aturan, masukanContoh, pdf } from './helpers.ts';

function sumber(over: Record<string, unknown> = {}) {
  const { dokumen, ...m } = masukanContoh(over);
  const { masukan, opsi, identitas } = bacaMasukan(m);
  return { hasil: hitung(aturan, masukan, opsi), identitas, dokumen: dokumenSchema.parse(dokumen), kode: 'TEST-TEST-TEST' };
}

function pernyataan(s: ReturnType<typeof sumber>) {
  const b = buatModel(s, ['penetapan']).lembar[0]!.blok.find((x): x is Extract<Blok, { jenis: 'pernyataan' }> => x.jenis === 'pernyataan')!;
  return Object.fromEntries(b.bagian.filter((x) => x.coret !== undefined).map((x) => [x.teks, x.coret]));
}

describe('Penetapan: the statement with the wrong alternative struck out', () => {
  it('kekurangan 16,667 for III/b: DAPAT struck, TIDAK DAPAT kept; a KP only, so JENJANG JABATAN struck', () => {
    const s = sumber();
    expect(putusan(s.hasil)).toMatchObject({
      dapat: false,
      kenaikan: 'pangkat',
      golongan: 'Penata Muda Tingkat I (III/b)',
      jenjang: 'Ahli Pertama',
    });
    expect(pernyataan(s)).toEqual({ DAPAT: true, 'TIDAK DAPAT': false, PANGKAT: false, 'JENJANG JABATAN': true });
  });

  it('Ahli Pertama with 50 cumulative (AK Integrasi 50), 2 years in pangkat, Baik: DAPAT to III/b, TIDAK DAPAT struck', () => {
    const s = sumber({
      angkaKreditAwal: [{ jenis: 'ak_integrasi', angkaKredit: '50' }],
      penilaian: [{ mulai: '2023-01', selesai: '2024-12', predikat: 'Baik' }],
    });
    expect(s.hasil.kenaikanPangkat.dapat).toBe(true);
    expect(pernyataan(s)).toMatchObject({ DAPAT: false, 'TIDAK DAPAT': true });
  });
});

describe('Penetapan table II: each starting item in its row, Lama and Baru', () => {
  it('AK Dasar, AK Integrasi and a penyesuaian land in rows 1, 2 and 3; konversi is Baru; totals are exact sums', () => {
    const s = sumber({
      golongan: 'III/b',
      angkaKreditAwal: [
        { jenis: 'ak_dasar', angkaKredit: '50' },
        { jenis: 'ak_integrasi', angkaKredit: '0,63' },
        { jenis: 'ak_penyesuaian', uraian: 'Tabel Lampiran II angka 5', angkaKredit: '1' },
      ],
    });
    const rows = barisPenetapan(s.hasil).map((r) => r.sel);
    expect(rows[0]).toEqual(['1', 'AK Dasar yang diberikan', '50,000', '0,000', '50,000', 'AK Dasar yang diberikan']);
    expect(rows[1]!.slice(1, 5)).toEqual(['AK JF Lama', '0,630', '0,000', '0,630']);
    expect(rows[2]!.slice(1, 6)).toEqual([
      'AK Penyesuaian/Penyetaraan',
      '1,000',
      '0,000',
      '1,000',
      'AK Penyesuaian/Penyetaraan: Tabel Lampiran II angka 5',
    ]);
    // 18,75 + 25/12 = 20,8333…; 51,63 + 20,8333… = 72,4633…
    expect(rows[3]!.slice(1, 5)).toEqual(['AK Konversi', '0,000', '20,833', '20,833']);
    expect(rows.at(-1)).toEqual(['Jumlah Angka Kredit Kumulatif', null, '51,630', '20,833', '72,463', '']);
  });
});

describe('fonts', () => {
  it('without the typeface files the PDF is not made, and the error names the missing file (a broken installation, not bad input)', async () => {
    const s = sumber();
    await expect(renderPdf(buatModel(s, ['lembar-perhitungan']), { folderFon: '/tidak/ada' })).rejects.toThrow(
      'Fon PDF tidak ditemukan: /tidak/ada/DejaVuSansCondensed.ttf',
    );
  });
});

describe('verifikasi under changed rules', () => {
  it('when the rules in force give other figures (koefisien changed), then not verifiable: a changed rule and a changed sheet look alike; each difference listed', async () => {
    const { pdf: bytes } = await pdf('konversi');
    const lain = {
      ...aturan,
      versi: 'koefisien-15',
      jenjang: aturan.jenjang.map((j) => (j.id === 'ahli_pertama' ? { ...j, koefisien: { ...j.koefisien, nilai: new Decimal(15) } } : j)),
    };
    const v = await verifikasiPdf(lain, bytes);
    expect(v.status).toBe('tidak-dapat-diverifikasi');
    expect(v.alasan.join(' ')).toContain('yang berlaku sekarang versi koefisien-15');
    expect(v.alasan.join(' ')).toContain('Tidak dapat dibedakan apakah aturannya yang berubah atau lembarnya');
    // 150% × 15 = 22,5; 2/12 × 100% × 15 = 2,5
    expect(v.perbedaan).toEqual(
      expect.arrayContaining([
        { butir: 'Konversi periode 1 (Januari–Desember 2023, Sangat Baik)', tercetak: '18,750', hitungUlang: '22,500' },
        { butir: 'Konversi periode 2 (Januari–Februari 2024, Baik)', tercetak: '2,083', hitungUlang: '2,500' },
      ]),
    );
  });
});
