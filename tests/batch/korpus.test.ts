// The corpus of issue 13 (tests/fixtures/korpus, written by buat.py and buat.mjs with openpyxl, XlsxWriter,
// LibreOffice, ExcelJS and by hand): one invented 20-person unit saved in the ways offices save it. Each
// file gives exactly the clean file's results — the same verdicts, figures and verification codes — or
// the refusal the issue names, listed here file by file.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HasilOrang } from '../../src/batch/evaluasi.ts';
import { proses, type HasilUji } from './helpers.ts';

const DIR = resolve('tests/fixtures/korpus');
const berkas = (nama: string) => readFileSync(resolve(DIR, nama));
const TANGGAL = '2025-07-15';

/** Files that must give the clean file's results: the same persons, verdicts, figures and verification codes. */
const SAMA = [
  '02-utf8-bom-titik-koma.csv',
  '03-crlf.csv',
  '04-windows-1252.csv',
  '05-utf16le-tab.txt',
  '06-utf16be-tab.txt',
  '07-tanggal-amerika.csv',
  '08-tanggal-indonesia.csv',
  '09-nama-bulan.csv',
  '10-bulan-singkat.csv',
  '11-bulan-inggris.csv',
  '12-nip-apostrof.csv',
  '13-nip-rumus-teks.csv',
  '14-nip-spasi.csv',
  '15-predikat-ejaan.csv',
  '16-nama-spasi.csv',
  '17-kolom-pegawai-diulang.csv',
  '18-jf-dan-jenjang-satu-sel.csv',
  '19-judul-di-atas.csv',
  '20-judul-kantor.csv',
  '23-openpyxl.xlsx',
  '24-openpyxl-periode-tanggal.xlsx',
  '25-openpyxl-tanggal-teks.xlsx',
  '27-openpyxl-judul-gabung.xlsx',
  '28-openpyxl-petunjuk-dulu.xlsx',
  '29-openpyxl-ref-tersembunyi.xlsx',
  '30-xlsxwriter.xlsx',
  '31-xlsxwriter-inline.xlsx',
  '32-xlsxwriter-tabel.xlsx',
  '34-xlsxwriter-dropdown.xlsx',
  '35-libreoffice.ods',
  '36-libreoffice.xlsx',
  '37-libreoffice-periode-tanggal.ods',
  '38-libreoffice.csv',
  '39-libreoffice-rumus.xlsx',
  '40-libreoffice-rumus.ods',
  '42-libreoffice-dari-csv.xlsx',
  '43-spreadsheetml-awalan-x.xlsx',
  '44-nip-angka-digit-utuh.xlsx',
  '45-exceljs.xlsx',
  '47-exceljs-rumus.xlsx',
  '48-exceljs-teks-kaya.xlsx',
  '49-openpyxl-tanggal-amerika.xlsx',
];

/** Every NIP stored as a number whose last digits were lost: each person an error on the NIP, saying so. */
const NIP_ANGKA = ['22-nip-angka.csv', '26-openpyxl-nip-angka.xlsx', '33-xlsxwriter-nip-angka.xlsx', '46-exceljs-nip-angka.xlsx'];

/** Refused as a whole, with the message the issue asks for. */
const DITOLAK: Record<string, [number, RegExp]> = {
  // TMTs not on the 1st, every number at most 12, no other date column: the order cannot be known.
  '21-tanggal-ragu.csv': [
    400,
    /^Kolom "tmt_pangkat": urutan hari dan bulan tidak dapat dipastikan; "03\/04\/2021" dapat berarti 3 April 2021 atau 4 Maret 2021/,
  ],
  '41-libreoffice.xls': [415, /^Format \.xls \(Excel 97–2003\) tidak didukung/],
};

/** What must be equal: everything a person's result says, except the file's row numbers. */
const inti = (o: HasilOrang) => {
  const { baris: _b, masukanJson: _m, galat, klaim, ...sisa } = o;
  return {
    ...sisa,
    galat: galat.map((g) => `${g.kolom}: ${g.pesan}`),
    klaim: { diperiksa: klaim.diperiksa, salah: klaim.salah.map((k) => `${k.kolom}: ${k.tertulis}`) },
  };
};
const ringkas = (h: HasilUji) => ({ ...h.ringkasan, baris: undefined });

const bersih = await proses(berkas('01-bersih.csv'), TANGGAL);

describe('korpus: satu unit 20 pegawai rekaan dalam berbagai bentuk berkas', () => {
  it('berkas bersih: 20 pegawai tanpa kesalahan, setiap pegawai dengan kode verifikasi', () => {
    expect(bersih.orang).toHaveLength(20);
    expect(bersih.ringkasan.galat).toBe(0);
    for (const o of bersih.orang) expect(o.kode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // A few verdicts worked out by hand (Ahli Pertama koefisien 12,5; III/b at 50):
    // Andi: 12,5 + 2023 Baik 12,5 + 2024 Sangat Baik 18,75 + Jan–Jun 2025 Baik 6,25 = 50 → DAPAT KP.
    expect(bersih.orang[0]).toMatchObject({ nip: '199001012015031001', kumulatif: '50,000', kategori: 'dapat_kp' });
    // Rina (Pranata Komputer Ahli Pertama): 25 + 18,75 + 18,75 = 62,5 → DAPAT KP.
    expect(bersih.orang[6]).toMatchObject({ nama: 'Rina Marlina', kumulatif: '62,500', kategori: 'dapat_kp' });
    // René (é in the name) keeps it.
    expect(bersih.orang[2]!.nama).toBe('René Sitompul');
  });

  it('setiap berkas korpus tercantum dalam tepat satu daftar, paling sedikit 40 varian', () => {
    const semua = readdirSync(DIR).filter((f) => /^\d\d-/.test(f));
    const tercantum = ['01-bersih.csv', ...SAMA, ...NIP_ANGKA, ...Object.keys(DITOLAK)];
    expect([...tercantum].sort()).toEqual([...semua].sort());
    expect(new Set(tercantum).size).toBe(tercantum.length);
    expect(semua.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SAMA)('%s: hasil dan kode verifikasi sama dengan berkas bersih', async (nama) => {
    const h = await proses(berkas(nama), TANGGAL);
    expect(h.orang.map(inti)).toEqual(bersih.orang.map(inti));
    expect(ringkas(h)).toEqual(ringkas(bersih));
  });

  it.each(NIP_ANGKA)('%s: setiap pegawai ditandai "NIP tersimpan sebagai angka"', async (nama) => {
    const h = await proses(berkas(nama), TANGGAL);
    expect(h.orang).toHaveLength(20);
    for (const o of h.orang) {
      expect(o.kategori).toBe('galat');
      expect(o.galat).toEqual([{ baris: o.baris[0], kolom: 'nip', pesan: expect.stringMatching(/^NIP tersimpan sebagai angka/) }]);
    }
  });

  it.each(Object.entries(DITOLAK))('%s: ditolak dengan pesannya', async (nama, [status, pesan]) => {
    await expect(proses(berkas(nama), TANGGAL)).rejects.toMatchObject({ status, message: expect.stringMatching(pesan) });
  });
});
