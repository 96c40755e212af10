// Files written by real programs (tests/fixtures/berkas-nyata/buat.py): openpyxl, and LibreOffice Calc
// headless saving that workbook as .ods, .xlsx, Windows-1252 CSV and UTF-16 "Unicode Text". One fictitious
// unit, so every file must give the same persons. Expected figures by hand from the rules (koefisien
// Pranata Humas Ahli Pertama 12,5 and Terampil 5 a year; Baik 100 %, Sangat Baik 150 %):
//   José (Ahli Pertama): 2023 Baik 12/12 × 12,5 = 12,5; 2024 Sangat Baik 12/12 × 150 % × 12,5 = 18,75; 31,25.
//   Ségolène (Terampil): 2023 Baik 12/12 × 5 = 5; Jan–Jun 2024 Baik 6/12 × 5 = 2,5; 7,5.
// The layout: a "Petunjuk" sheet first, a hidden "Ref" sheet, two title rows (one merged) and a blank row
// above the header on "Data Pegawai", headers as offices write them ("NIP", "Pangkat/Gol. Ruang", …), the
// 2024 predikat of Ségolène a formula (=Ref!A3): openpyxl writes it without a value, LibreOffice saves "Baik".
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proses, orang, type HasilUji } from './helpers.ts';

const DIR = resolve('tests/fixtures/berkas-nyata');
const berkas = (nama: string) => readFileSync(resolve(DIR, nama));
const TANGGAL = '2025-07-15';
const JOSE = '199001012015031001';
const SEGOLENE = '199505202019032003';

function harapUnit(h: HasilUji) {
  expect(h.ringkasan.pegawai).toBe(2);
  const j = orang(h, JOSE);
  expect(j.nama).toBe('José Saputra (fiktif)');
  expect(j.galat).toEqual([]);
  expect(j.kumulatif).toBe('31,250');
  // The sheet's own row numbers: header on row 4, José on rows 5–6.
  expect(j.baris).toEqual([5, 6]);
  const s = orang(h, SEGOLENE);
  expect(s.nama).toBe('Ségolène Lestari (fiktif)');
  expect(s.galat).toEqual([]);
  expect(s.kumulatif).toBe('7,500');
}

describe('berkas dari penulis nyata (openpyxl, LibreOffice Calc)', () => {
  it('ODS dari LibreOffice: dikenali dari isinya, lembar tersembunyi dilewati, judul di baris 4, rumus dibaca nilainya', async () => {
    const h = await proses(berkas('libreoffice.ods'), TANGGAL);
    expect(h.format).toBe('ods');
    expect(h.lembar).toBe('Data Pegawai');
    expect(h.keterangan).toContain('Lembar yang dibaca: "Data Pegawai".');
    harapUnit(h);
    expect(h.kolomDiabaikan).toEqual(['Keterangan']);
  });

  it('XLSX dari LibreOffice: sama', async () => {
    const h = await proses(berkas('libreoffice.xlsx'), TANGGAL);
    expect(h.format).toBe('xlsx');
    expect(h.lembar).toBe('Data Pegawai');
    harapUnit(h);
  });

  it('XLSX dari openpyxl: rumus tanpa nilai tersimpan dilaporkan pada selnya, yang lain terbaca', async () => {
    const h = await proses(berkas('openpyxl-judul-alias.xlsx'), TANGGAL);
    const j = orang(h, JOSE);
    expect(j.kumulatif).toBe('31,250');
    const s = orang(h, SEGOLENE);
    // openpyxl writes <f>Ref!A3</f><v></v>: no value. The cell is named; the period then has no predikat.
    expect(s.galat[0]).toEqual({
      baris: 8,
      kolom: 'predikat',
      pesan: expect.stringMatching(/^Sel 'Data Pegawai'!J8 berisi rumus tanpa nilai tersimpan/),
    });
    expect(s.galat.every((g) => g.baris === 8 && g.kolom === 'predikat')).toBe(true);
  });

  it('CSV Windows-1252 dari LibreOffice: dibaca sebagai Windows-1252, baris judul di baris 4', async () => {
    const h = await proses(berkas('libreoffice-1252.csv'), TANGGAL);
    expect(h.keterangan).toEqual(['Berkas dibaca sebagai Windows-1252.']);
    harapUnit(h);
  });

  it('UTF-16 dipisah tab ("Unicode Text") dari LibreOffice', async () => {
    const h = await proses(berkas('libreoffice-utf16-tab.txt'), TANGGAL);
    expect(h.keterangan).toEqual(['Berkas dibaca sebagai UTF-16 (Unicode Text).']);
    harapUnit(h);
  });

  it('XLSX LibreOffice ditulis ulang dengan awalan namespace (<x:row>, <x:c>, <x:v>): sama', async () => {
    const z = unzipSync(new Uint8Array(berkas('libreoffice.xlsx')));
    const awalan = (xml: string) =>
      xml
        .replace(/<(\/?)(?!\?)([A-Za-z][\w.-]*)(?=[\s>/])/g, (m, g: string, n: string) => (n.includes(':') ? m : `<${g}x:${n}`))
        .replace(
          / xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/,
          ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        );
    for (const k of Object.keys(z))
      if (/^xl\/(workbook|sharedStrings|styles|worksheets\/sheet\d+)\.xml$/.test(k)) z[k] = strToU8(awalan(strFromU8(z[k]!)));
    const sheet = strFromU8(z['xl/worksheets/sheet3.xml']!);
    expect(sheet).toContain('<x:row');
    expect(sheet).not.toMatch(/<row\b/);
    const h = await proses(Buffer.from(zipSync(z)), TANGGAL);
    harapUnit(h);
  });

  it('pembangkitnya ada di samping berkasnya', () => {
    expect(existsSync(resolve(DIR, 'buat.py'))).toBe(true);
  });
});
