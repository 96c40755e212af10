// A unit's file, person by person: expected figures are worked out from the rules (koefisien Ahli Pertama
// 12,5, Terampil 5; Baik 100%, Sangat Baik 150%, Cukup = Butuh Perbaikan 75%), not copied from output.
import { describe, expect, it } from 'vitest';
import { fixture, orang, proses } from './helpers.ts';
import { FileError } from '../../src/berkas/errors.ts';

describe('berkas CSV dengan pemisah koma, dihitung per 15 Mei 2024', async () => {
  const h = await proses(fixture('unit-koma.csv'));

  it('membaca 5 pegawai dari 7 baris; baris tanpa NIP melanjutkan pegawai di atasnya', () => {
    expect(h.format).toBe('csv');
    expect(h.ringkasan.pegawai).toBe(5);
    expect(h.jumlahBaris).toBe(7);
    expect(orang(h, '199304042018062004').baris).toEqual([6, 7]);
  });

  it('Ahli Pertama, Baik Januari–Februari 2024 = 2/12 × 100% × 12,5 = 2,083: klaim "2,09" salah, seharusnya 2,08', () => {
    const o = orang(h, '199001012015031001');
    expect(o.klaim.diperiksa).toBe(2);
    expect(o.klaim.salah).toHaveLength(1);
    expect(o.klaim.salah[0]).toMatchObject({ baris: 2, kolom: 'ak_konversi_tertulis', tertulis: '2,09', seharusnya: '2,08' });
    // 18,75 (2023, "SANGAT  BAIK": 150% × 12,5) + 2,083 = 20,833
    expect(o.kumulatif).toBe('20,833');
  });

  it('klaim "2,083" untuk periode dan "2,08" untuk kumulatif benar; "ahli pertama", "III a", "baik" dibaca', () => {
    const o = orang(h, '199102022016042002');
    expect(o.galat).toEqual([]);
    expect(o.klaim).toEqual({ diperiksa: 2, salah: [] });
    expect(o.golongan).toBe('III/a');
  });

  it('dekat: 34,5 + 12,5 = 47, kurang 3 untuk III/b (50); 3/12 × 12,5 = 3,125 ≥ 3 → 3 bulan Baik', () => {
    const o = orang(h, '199203032017051003');
    expect(o.kumulatif).toBe('47,000');
    expect(o.kp).toMatchObject({ dapat: false, ke: 'III/b', selisih: 'kekurangan 3,000' });
    expect(o.kategori).toBe('dekat');
    expect(o.dekat).toMatchObject({ bulan: 3, tanggal: '2024-08-15' });
  });

  it('DAPAT KJ: 90 + 12,5 + 4/12 × 12,5 = 106,667 ≥ 100 dengan formasi dan uji kompetensi; KP III/c sekaligus KJ', () => {
    const o = orang(h, '199304042018062004');
    expect(o.kumulatif).toBe('106,667');
    expect(o.kategori).toBe('dapat_kj');
    expect(o.kj).toMatchObject({ dapat: true, ke: 'Ahli Muda' });
    expect(o.kp).toMatchObject({ dapat: true, ke: 'III/c', tmt: '2024-06-01' });
  });

  it('"Cukup" dibaca Butuh Perbaikan: Terampil 12/12 × 75% × 5 = 3,75, klaim "3,75" benar', () => {
    const o = orang(h, '199405052019071005');
    expect(o.kumulatif).toBe('3,750');
    expect(o.klaim).toEqual({ diperiksa: 1, salah: [] });
  });

  it('ringkasan menghitung setiap kategori', () => {
    expect(h.ringkasan).toMatchObject({ pegawai: 5, dapatKp: 1, dapatKj: 1, dekat: 1, galat: 0, klaimDiperiksa: 3, klaimSalah: 1 });
  });
});

describe('berkas CSV dengan pemisah titik koma dan tanggal gaya Indonesia', () => {
  it('memberi angka yang sama dengan berkas berpemisah koma (kolom pegawai diulang dengan nilai sama)', async () => {
    const h = await proses(fixture('unit-titik-koma.csv'));
    const o = orang(h, '199001012015031001');
    expect(o.galat).toEqual([]);
    expect(o.kumulatif).toBe('20,833');
    expect(o.klaim.salah[0]).toMatchObject({ baris: 2, tertulis: '2,09', seharusnya: '2,08' });
  });
});

describe('setiap jenis kesalahan dilaporkan dengan baris dan kolom, tanpa menghentikan pegawai lain', async () => {
  const h = await proses(fixture('galat.csv'));
  const galatPada = (baris: number) => h.orang.flatMap((o) => o.galat).filter((g) => g.baris === baris);
  const kasus: [string, number, string, RegExp][] = [
    ['NIP kosong', 2, 'nip', /NIP wajib diisi/],
    ['NIP berakhir 000 (tersimpan sebagai angka)', 3, 'nip', /NIP tersimpan sebagai angka/],
    ['jabatan fungsional tidak dikenal', 4, 'jabatan_fungsional', /"Pranata Medis" tidak dikenal/],
    ['jenjang tidak dikenal', 5, 'jenjang', /"Ahli Kepala" tidak dikenal/],
    ['golongan tidak dikenal', 6, 'golongan', /"V\/z" tidak dikenal/],
    ['tanggal tidak sah', 7, 'tmt_pangkat', /"31\/02\/2021" bukan tanggal yang sah/],
    ['bulan tidak sah', 8, 'periode_mulai', /"2023-13" tidak sah/],
    ['predikat tidak dikenal', 9, 'predikat', /"Luar Biasa" tidak dikenal/],
    ['predikat kosong', 10, 'predikat', /wajib diisi/],
    ['AK awal bukan angka tidak negatif', 11, 'ak_awal', /"-5" bukan angka/],
    ['jenis AK awal kosong', 12, 'jenis_ak_awal', /wajib diisi bila ak_awal/],
    ['Ya/Tidak tidak terbaca', 13, 'bebas_hukuman_disiplin', /"Mungkin" tidak dapat dibaca/],
    ['kolom pegawai berbeda antarbaris', 15, 'jenjang', /Berbeda dengan baris 14/],
    ['periode tumpang tindih (mesin)', 17, 'periode_mulai', /tumpang tindih|beririsan/i],
    ['golongan di luar jenjang (mesin)', 18, 'golongan', /di luar jenjang/],
    ['periode sebelum 2023 (mesin)', 19, 'periode_mulai', /AK Integrasi/],
    ['NIP tidak berurutan', 20, 'nip', /harus berurutan/],
  ];
  it.each(kasus)('%s: baris %i, kolom %s', (_nama, baris, kolom, pesan) => {
    const g = galatPada(baris);
    expect(
      g.some((x) => x.kolom === kolom && pesan.test(x.pesan)),
      JSON.stringify(g),
    ).toBe(true);
  });

  it('pegawai yang datanya benar tetap dihitung', () => {
    const o = orang(h, '199105052016031001');
    expect(o.galat).toEqual([]);
    expect(o.kumulatif).toBe('12,500');
  });

  it('ringkasan: 19 kelompok baris (NIP yang terpisah terhitung dua kali), 18 dengan kesalahan', () => {
    expect(h.ringkasan.pegawai).toBe(19);
    expect(h.ringkasan.galat).toBe(18);
  });
});

describe('pengodean dan pemisah: Windows-1252, UTF-16 "Unicode Text", tab', () => {
  // José (fiktif), Pranata Humas Ahli Pertama, Baik 2023: 12/12 × 100% × 12,5 = 12,5.
  const harap = (h: Awaited<ReturnType<typeof proses>>) => {
    const o = orang(h, '199001012015031001');
    expect(o.nama).toBe('José (fiktif)');
    expect(o.galat).toEqual([]);
    expect(o.kumulatif).toBe('12,500');
  };

  it('CSV Windows-1252 (Excel "CSV (Comma delimited)"): dibaca, ringkasan menyebutnya', async () => {
    const h = await proses(fixture('windows-1252.csv'));
    harap(h);
    expect(h.pengodean).toBe('Windows-1252');
    expect(h.keterangan).toContain('Berkas dibaca sebagai Windows-1252.');
  });

  it('UTF-16 LE dan BE dengan BOM, dipisah tab (Excel "Unicode Text")', async () => {
    const teks = fixture('windows-1252.csv').toString('latin1').replace(/,/g, '\t');
    const le = Buffer.from(`\uFEFF${teks}`, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const buf of [le, be]) {
      const h = await proses(buf);
      harap(h);
      expect(h.keterangan).toContain('Berkas dibaca sebagai UTF-16 (Unicode Text).');
    }
  });

  it('UTF-8 tanpa BOM dan dengan BOM: tanpa keterangan pengodean', async () => {
    const teks = fixture('windows-1252.csv').toString('latin1');
    for (const buf of [Buffer.from(teks, 'utf8'), Buffer.from(`\uFEFF${teks}`, 'utf8')]) {
      const h = await proses(buf);
      harap(h);
      expect(h.pengodean).toBeUndefined();
      expect(h.keterangan).toEqual([]);
    }
  });
});

describe('berkas yang ditolak utuh', () => {
  const tolak = async (buf: Buffer, status: number, pesan: RegExp, maksBaris = 1000) => {
    const e = await proses(buf, '2024-05-15', maksBaris).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).status).toBe(status);
    expect((e as FileError).message).toMatch(pesan);
  };
  it('bertanda UTF-8 (BOM) tetapi memuat byte yang bukan UTF-8: 400', () =>
    tolak(
      Buffer.concat([Buffer.from('\uFEFFnip,nama\n1,Jos'), Buffer.from([0xe9, 0x0a])]),
      400,
      /bertanda UTF-8 tetapi memuat byte yang bukan UTF-8/,
    ));
  it('baris judul tanpa kolom wajib: 400 dengan nama kolomnya', () =>
    tolak(fixture('tanpa-judul-wajib.csv'), 400, /nip, jabatan_fungsional, jenjang/));
  it('PDF: 415', () => tolak(Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 415, /PDF bukan lembar kerja/));
  it('Excel 97–2003 (.xls): 415', () => tolak(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 415, /\.xls/));
  it('data biner: 415', () => tolak(Buffer.from([1, 2, 3, 0, 0, 0, 7, 8]), 415, /biner/));
  it('berkas kosong: 400', () => tolak(Buffer.alloc(0), 400, /kosong/));
  it('lebih banyak baris daripada batas: 413 menyebut batasnya', () => tolak(fixture('unit-koma.csv'), 413, /lebih dari 3 baris/, 3));
  it('kutip tidak ditutup: 400 dengan nomor baris', () =>
    tolak(
      Buffer.from('nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang\n1,"tidak ditutup\n'),
      400,
      /Baris 2: tanda kutip/,
    ));
});
