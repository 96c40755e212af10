// How the official forms sit on paper, read from the PDFs themselves: page counts (A4 and F4, 2 and 8
// periods, unsigned and signed), the fonts embedded (pdffonts from poppler, and the file's own font
// objects), the type sizes pdf.js reads, the closing block kept on one page, page numbers per document
// inside "Semua", fill-in lines where data is missing, the Lembar Perhitungan's letters, and the
// batch's numbering from a pattern.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { bacaPenomoran, nomorKe } from '../../src/pdf/penomoran.ts';
import { InputError } from '../../src/domain/galat.ts';
import { writePdfZip } from '../../src/batch/zip.ts';
import type { HasilOrang } from '../../src/batch/evaluasi.ts';
import { instansi, type Instansi } from '../tanda/helpers.ts';
import { aturan, bacaPdf, masukanContoh, pdf } from './helpers.ts';

const ADA_PDFFONTS = spawnSync('pdffonts', ['-v']).error === undefined;
const CI = process.env.CI === 'true';
if (!ADA_PDFFONTS && !CI) console.warn('Uji pdffonts dilewati: pasang poppler-utils untuk menjalankannya.');

/** Eight quarterly periods, 2023–2024 (Sangat Baik in the first of every three). */
const DELAPAN = Array.from({ length: 8 }, (_, i) => {
  const y = 2023 + Math.floor(i / 4);
  const b = (i % 4) * 3 + 1;
  const m = (n: number) => `${y}-${String(n).padStart(2, '0')}`;
  return { mulai: m(b), selesai: m(b + 2), predikat: i % 3 === 0 ? 'Sangat Baik' : 'Baik' };
});

function dengan(kertas: 'A4' | 'F4', periode: 'dua' | 'delapan', lain: Record<string, unknown> = {}): Record<string, unknown> {
  const d = masukanContoh();
  return {
    ...d,
    ...(periode === 'delapan' && { penilaian: DELAPAN }),
    dokumen: { ...(d.dokumen as object), kertas },
    ...lain,
  };
}

/** An Integrasi sheet's input: the PAK Integrasi replaces the starting item the example gives by hand. */
const INTEGRASI = { angkaKreditAwal: [], pakIntegrasi: { akKonvensional: '112,5', jenjang: 'ahli_pertama', golongan: 'III/a' } };

async function halaman(bytes: Uint8Array): Promise<number> {
  const d = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    return d.numPages;
  } finally {
    await d.loadingTask.destroy();
  }
}

/** Every text item with its font size (the height of its text matrix), page by page. */
async function ukuranTeks(bytes: Uint8Array): Promise<{ teks: string; ukuran: number; halaman: number }[]> {
  const d = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const out: { teks: string; ukuran: number; halaman: number }[] = [];
    for (let i = 1; i <= d.numPages; i++) {
      for (const it of (await (await d.getPage(i)).getTextContent()).items) {
        if (!('str' in it) || it.str.trim() === '') continue;
        out.push({
          teks: it.str,
          ukuran: Math.round(Math.hypot(it.transform[2] as number, it.transform[3] as number) * 100) / 100,
          halaman: i,
        });
      }
    }
    return out;
  } finally {
    await d.loadingTask.destroy();
  }
}

describe('satu halaman bila muat', () => {
  let kantor: Instansi;
  beforeAll(async () => {
    kantor = await instansi();
  });

  for (const kertas of ['A4', 'F4'] as const) {
    for (const periode of ['dua', 'delapan'] as const) {
      it(`${kertas}, ${periode} periode: Konversi, Akumulasi, Penetapan, and the Integrasi sheet are one page each, unsigned and signed`, async () => {
        for (const jenis of ['konversi', 'akumulasi', 'penetapan', 'integrasi'] as const) {
          const data = dengan(kertas, periode, jenis === 'integrasi' ? INTEGRASI : {});
          const polos = await buatDokumen(aturan, data, jenis);
          // Signed: the QR code carries digest, key and signature, and is drawn larger.
          const bertanda = await buatDokumen(aturan, data, jenis, {
            penandatangan: kantor.penandatangan,
            alamatVerifikasi: 'https://angka-kredit.contoh.go.id/verifikasi',
          });
          expect(await halaman(polos.pdf), `${jenis} tanpa tanda tangan`).toBe(1);
          expect(await halaman(bertanda.pdf), `${jenis} bertanda tangan`).toBe(1);
        }
      }, 120_000);
    }
  }

  it('with no document data at all (no kop, dotted lines everywhere), a Penetapan is still one page on A4', async () => {
    for (const periode of ['dua', 'delapan'] as const) {
      const d = dengan('A4', periode);
      expect(await halaman((await pdf('penetapan', { ...d, dokumen: {} })).pdf), periode).toBe(1);
    }
  }, 60_000);

  it('"Semua" is the sheets one after another: the four forms one page each, so no near-empty page between them', async () => {
    const data = dengan('A4', 'dua', INTEGRASI);
    const semua = await pdf('semua', data);
    const lembar = await pdf('lembar-perhitungan', data);
    expect(await halaman(semua.pdf)).toBe(4 + (await halaman(lembar.pdf)));
  }, 60_000);
});

describe('page numbers per document inside "Semua"', () => {
  it('each sheet counts its own pages: "Halaman 1 dari 1" on each form, "Halaman n dari N" through the Lembar Perhitungan', async () => {
    const { halaman: hal } = await bacaPdf((await pdf('semua', dengan('A4', 'dua'))).pdf);
    const kaki = hal.map((baris) => baris.find((b) => / · Halaman \d+ dari \d+$/.test(b))!.replace(/^.* · (Halaman \d+ dari \d+)$/, '$1'));
    const n = hal.length - 3;
    expect(kaki).toEqual([
      'Halaman 1 dari 1',
      'Halaman 1 dari 1',
      'Halaman 1 dari 1',
      ...Array.from({ length: n }, (_, i) => `Halaman ${i + 1} dari ${n}`),
    ]);
  }, 60_000);
});

describe('type', () => {
  it('nothing below 8 pt; table figures at 9 pt; body text (the personal details) at 10 pt', async () => {
    const t = await ukuranTeks((await pdf('semua', dengan('A4', 'delapan', INTEGRASI))).pdf);
    expect(Math.min(...t.map((x) => x.ukuran))).toBeGreaterThanOrEqual(8);
    // 3/12 × 150% × 12,5 = 4,6875 → 4,688: a konversi figure in the tables (Sangat Baik for a quarter).
    expect(t.filter((x) => x.teks === '4,688').map((x) => x.ukuran)).toContain(9);
    expect(t.filter((x) => x.teks.startsWith('Nomor Seri Karpeg')).every((x) => x.ukuran === 10)).toBe(true);
  }, 60_000);

  it.runIf(ADA_PDFFONTS)(
    'pdffonts lists one family, embedded as subsets: DejaVu Sans Condensed and its bold',
    async () => {
      const folder = mkdtempSync(join(tmpdir(), 'ak-fon-'));
      const berkas = join(folder, 'semua.pdf');
      writeFileSync(berkas, (await pdf('semua', dengan('A4', 'dua', INTEGRASI))).pdf);
      const keluaran = spawnSync('pdffonts', [berkas], { encoding: 'utf8' }).stdout;
      const baris = keluaran.split('\n').slice(2).filter(Boolean);
      const nama = new Set(baris.map((b) => b.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')));
      expect([...nama].sort()).toEqual(['DejaVuSansCondensed', 'DejaVuSansCondensed-Bold']);
      // Columns: name type encoding emb sub uni …: every font embedded, as a subset.
      for (const b of baris) expect(b).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    },
    60_000,
  );

  it.runIf(CI)('pdffonts is installed on CI', () => {
    expect(ADA_PDFFONTS, 'pdffonts tidak ada: pasang poppler-utils').toBe(true);
  });
});

describe('as the Lampiran prints them', () => {
  it('the signature, "ASLI … untuk:" and the Tembusan list stay on the page of the signature (F4, long Tembusan)', async () => {
    const d = dengan('F4', 'delapan');
    const data = {
      ...d,
      dokumen: {
        ...(d.dokumen as object),
        tembusan: ['Pimpinan Instansi Pengusul', 'Pejabat Penilai Kinerja', 'Kepala Badan Kepegawaian Negara', 'Pegawai yang bersangkutan'],
      },
    };
    const { halaman: hal } = await bacaPdf((await pdf('penetapan', data)).pdf);
    expect(hal).toHaveLength(1);
    const t = hal[0]!.join(' ');
    for (const s of [
      'Budi Santoso Contoh',
      'ASLI Penetapan Angka Kredit untuk:',
      'Tembusan disampaikan kepada:',
      '4. Pegawai yang bersangkutan.',
    ])
      expect(t).toContain(s);
  }, 60_000);

  it('Tembusan on every form; the Integrasi sheet has a NOMOR', async () => {
    const data = dengan('A4', 'dua', INTEGRASI);
    for (const jenis of ['konversi', 'akumulasi', 'penetapan', 'integrasi'] as const) {
      const t = (await bacaPdf((await pdf(jenis, data)).pdf)).halaman.flat().join(' ');
      expect(t, jenis).toContain('Tembusan disampaikan kepada: 1. Pimpinan Instansi Pengusul; 2. Pejabat Penilai Kinerja.');
    }
    const integrasi = (await bacaPdf((await pdf('integrasi', data)).pdf)).halaman[0]!;
    expect(integrasi).toContain('NOMOR: 800/17/BKD/2025');
  }, 60_000);

  it('missing personal details and pejabat print as dotted lines to fill in, never "-"', async () => {
    const d = masukanContoh();
    const { halaman: hal } = await bacaPdf((await pdf('konversi', { ...d, dokumen: {} })).pdf);
    const baris = hal[0]!;
    for (const label of ['Nomor Seri Karpeg', 'Jenis Kelamin', 'Pendidikan', 'Masa Kerja Golongan']) {
      const b = baris.find((x) => x.includes(label))!;
      expect(b, label).toMatch(/: \.{20,}$/);
    }
    expect(baris.find((x) => x.includes('Tempat/Tanggal Lahir'))).toMatch(/: \.{20,}, \.{20,}$/);
    expect(baris.some((x) => /^\.{20,}$/.test(x))).toBe(true); // the pejabat's name
    expect(baris.join(' ')).toMatch(/NOMOR: \.{20,}/);
  }, 60_000);

  it('without a kop, the top of the page is left free for the letterhead of the paper', async () => {
    const d = masukanContoh();
    const dengan = await bacaPdf((await pdf('penetapan')).pdf);
    const tanpa = await bacaPdf((await pdf('penetapan', { ...d, dokumen: { ...(d.dokumen as object), kop: [] } })).pdf);
    expect(dengan.halaman[0]![0]).toBe('PEMERINTAH KABUPATEN CONTOH');
    expect(tanpa.halaman[0]![0]).toBe('PENETAPAN ANGKA KREDIT');
    const { letakTeks } = await import('../keamanan/berkas-pdf.ts');
    const yDengan = (await letakTeks((await pdf('penetapan')).pdf, 'PENETAPAN ANGKA KREDIT')).y;
    const yTanpa = (
      await letakTeks((await pdf('penetapan', { ...d, dokumen: { ...(d.dokumen as object), kop: [] } })).pdf, 'PENETAPAN ANGKA KREDIT')
    ).y;
    // PDF y grows upwards: the title stays at least as low as under a two-line kop.
    expect(yTanpa).toBeLessThanOrEqual(yDengan + 1);
  }, 60_000);

  it('the Lembar Perhitungan letters its sections A, B, C … without a gap, also with the history and the projection', async () => {
    const { masukanKarier } = await import('./helpers.ts');
    const t = (await bacaPdf((await pdf('lembar-perhitungan', masukanKarier('A4'))).pdf)).halaman.flat();
    const judul = t.filter((b) => /^[A-Z]\. [A-Z ()]+$/.test(b)).map((b) => b[0]);
    expect(judul).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G'].slice(0, judul.length));
    expect(judul.length).toBeGreaterThanOrEqual(6);
    expect(t.join(' ')).not.toMatch(/\bC[12]\. /);
  }, 60_000);
});

describe('penomoran dari pola', () => {
  it('{urut} zero-padded to the width from the starting number; {tahun} the year', () => {
    const n = bacaPenomoran('800.1.13.2/{urut}/BKD/{tahun}', '7', '3');
    expect(nomorKe(n, 0, '2025')).toBe('800.1.13.2/007/BKD/2025');
    expect(nomorKe(n, 993, '2025')).toBe('800.1.13.2/1000/BKD/2025');
    expect(nomorKe(bacaPenomoran('PAK-{urut}', '', ''), 0, '2025')).toBe('PAK-1');
  });

  it('a pattern without {urut}, an unknown field, or a bad number is refused, naming the field', () => {
    const galat = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as InputError).masalah.map((m) => m.field);
      }
      return [];
    };
    expect(galat(() => bacaPenomoran('800/BKD/{tahun}', '1', '3'))).toEqual(['nomorPola']);
    expect(galat(() => bacaPenomoran('800/{urut}/{bulan}', '1', '3'))).toEqual(['nomorPola']);
    expect(galat(() => bacaPenomoran('800/{urut}', '-1', '3'))).toEqual(['nomorMulai']);
    expect(galat(() => bacaPenomoran('800/{urut}', '1', '9'))).toEqual(['nomorLebar']);
  });

  it('a batch of Penetapan gets consecutive numbers in file order, skipping people with data errors; each PDF prints its own, the manifest lists them', async () => {
    const m = masukanContoh();
    const { dokumen: _d, ...masukan } = m;
    const orang = (['199001012015032001', 'X', '199202022016031002'] as const).map(
      (nip) =>
        ({
          nip,
          nama: `Pegawai ${nip}`,
          ...(nip !== 'X' && { masukanJson: JSON.stringify({ ...masukan, identitas: { ...(masukan.identitas as object), nip } }) }),
        }) as unknown as HasilOrang,
    );
    const bagian: Uint8Array[] = [];
    const manifest = await writePdfZip(orang, {
      aturan,
      jenis: 'penetapan',
      isiDokumen: { tanggalPenetapan: '2026-01-05' },
      penomoran: bacaPenomoran('800.1.13.2/{urut}/BKD/{tahun}', '41', '4'),
      keluar: (d) => bagian.push(d),
    });
    expect(manifest.map((x) => x.nomor)).toEqual(['800.1.13.2/0041/BKD/2026', undefined, '800.1.13.2/0042/BKD/2026']);
    const zip = unzipSync(new Uint8Array(Buffer.concat(bagian)));
    expect(strFromU8(zip['manifest.csv']!)).toContain('800.1.13.2/0042/BKD/2026');
    const nomorCetak = await Promise.all(
      Object.keys(zip)
        .filter((n) => n.endsWith('.pdf'))
        .sort()
        .map(async (n) => (await bacaPdf(zip[n]!)).halaman[0]!.find((b) => b.startsWith('NOMOR:'))),
    );
    expect(nomorCetak).toEqual(['NOMOR: 800.1.13.2/0041/BKD/2026', 'NOMOR: 800.1.13.2/0042/BKD/2026']);
  }, 60_000);
});
