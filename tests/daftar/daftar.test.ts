// The register of issued documents against each database: numbering (concurrent issuing, no gaps, no
// duplicates, rollback when the PDF fails), re-issue, revoke and replace, search, users and passwords,
// sessions, the audit chain, migrations. Names and NIPs are fictional.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RegisterError, type Daftar, type PermintaanTerbit } from '../../src/daftar/jenis.ts';
import { mulaiPostgres, syaratPostgres } from '../helpers/postgres.ts';
import { basisUji, type Terbuka } from './basis.ts';

const server = await mulaiPostgres();
afterAll(() => ('berhenti' in server ? server.berhenti() : undefined));
syaratPostgres('daftar dokumen', server);

const NIP_SRI = '198503122010012003';
const NIP_BUDI = '197911052005011002';

/** 1 December 2026, 10:00 WIB. */
const AWAL = new Date('2026-12-01T03:00:00Z');

function permintaan(i: number, lain: Partial<PermintaanTerbit> = {}): PermintaanTerbit {
  return {
    masukanKanonik: JSON.stringify({ jenjang: 'ahli_pertama', urutan: i }),
    jenis: 'penetapan',
    nip: NIP_SRI,
    nama: 'Sri Wahyuni Contoh',
    unit: 'Bagian Kepegawaian',
    periodeMulai: '2026-01',
    periodeSelesai: '2026-06',
    pdf: async (nomor) => ({ bytes: Buffer.from(`%PDF-1.7 uji ${nomor}`), tanda: 'tanda-uji' }),
    oleh: 'operator1',
    ...lain,
  };
}

describe.each(basisUji(server))('daftar pada $nama', ({ nama, buka }) => {
  let t: Terbuka;
  let d: Daftar;
  let jam: Date;
  beforeEach(async () => {
    jam = AWAL;
    t = await buka({ sekarang: () => jam });
    d = t.daftar;
  });
  afterEach(() => t.bersihkan());

  describe('penomoran', () => {
    it('50 penerbitan serentak memperoleh nomor urut 1 sampai 50, tanpa ganda dan tanpa lompatan', async () => {
      const hasil = await Promise.all(Array.from({ length: 50 }, (_, i) => d.dokumen.terbitkan(permintaan(i))));
      const urut = hasil.map((h) => h.dokumen.urut).sort((a, b) => a - b);
      expect(urut).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      expect(new Set(hasil.map((h) => h.dokumen.nomor)).size).toBe(50);
      for (const h of hasil) expect(h.dokumen.nomor).toBe(`${h.dokumen.urut}/PAK/2026`);
      expect((await d.dokumen.cari({ perHalaman: 500 })).total).toBe(50);
    });

    it('PDF yang gagal dibuat membatalkan penerbitan: nomornya dipakai penerbitan berikutnya, tidak ada yang tertulis', async () => {
      await d.dokumen.terbitkan(permintaan(1));
      await expect(
        d.dokumen.terbitkan(
          permintaan(2, {
            pdf: async () => {
              throw new Error('render gagal');
            },
          }),
        ),
      ).rejects.toThrow('render gagal');
      const h = await d.dokumen.terbitkan(permintaan(3));
      expect(h.dokumen.nomor).toBe('2/PAK/2026');
      expect((await d.dokumen.cari({})).total).toBe(2);
      const aksi = (await d.audit.baca()).map((b) => b.aksi);
      expect(aksi.filter((a) => a === 'dokumen.terbit')).toHaveLength(2);
    });

    it('penerbitan serentak dengan sebagian PDF gagal tetap bernomor 1..n tanpa lompatan', async () => {
      const hasil = await Promise.allSettled(
        Array.from({ length: 24 }, (_, i) =>
          d.dokumen.terbitkan(
            permintaan(i, {
              pdf: async (nomor) => {
                if (i % 3 === 0) throw new Error('gagal');
                return { bytes: Buffer.from(`PDF ${nomor}`) };
              },
            }),
          ),
        ),
      );
      const berhasil = hasil.flatMap((h) => (h.status === 'fulfilled' ? [h.value.dokumen.urut] : []));
      // i = 0, 3, …, 21 fail: 8 of 24, so 16 documents numbered 1..16.
      expect(berhasil.sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    });

    it.runIf(nama === 'postgres')('dua instans pada basis data yang sama menerbitkan 40 dokumen serentak: nomor 1..40', async () => {
      const kedua = await t.bukaLagi({ sekarang: () => jam });
      const hasil = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? kedua : d).dokumen.terbitkan(permintaan(i))));
      expect(hasil.map((h) => h.dokumen.urut).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(await d.audit.periksa()).toMatchObject({ utuh: true, jumlah: 40 });
    });

    it('pencarian tidak menunggu penerbitan yang PDF-nya sedang dibuat, dan belum melihat dokumen itu', async () => {
      let lepas!: () => void;
      const tahan = new Promise<void>((r) => (lepas = r));
      let mulai!: () => void;
      const dimulai = new Promise<void>((r) => (mulai = r));
      const terbit = d.dokumen.terbitkan(
        permintaan(1, {
          pdf: async (n) => {
            mulai();
            await tahan;
            return { bytes: Buffer.from(n) };
          },
        }),
      );
      await dimulai;
      expect((await d.dokumen.cari({})).total).toBe(0);
      expect(await d.dokumen.cariNomor('1/PAK/2026')).toBeNull();
      lepas();
      expect((await terbit).dokumen.urut).toBe(1);
      expect((await d.dokumen.cari({})).total).toBe(1);
    });

    it('pola kantor 800.1.13.2/{urut:3}/PAK/{bulanRomawi}/{tahun} pada 1 Desember 2026 menghasilkan 800.1.13.2/001/PAK/XII/2026', async () => {
      await d.kantor.simpanProfil(
        { namaKantor: 'BKPSDM Kabupaten Contoh', polaNomor: '800.1.13.2/{urut:3}/PAK/{bulanRomawi}/{tahun}' },
        'admin1',
      );
      const h = await d.dokumen.terbitkan(permintaan(1));
      expect(h.dokumen.nomor).toBe('800.1.13.2/001/PAK/XII/2026');
      expect(await d.kantor.profil()).toEqual({
        namaKantor: 'BKPSDM Kabupaten Contoh',
        polaNomor: '800.1.13.2/{urut:3}/PAK/{bulanRomawi}/{tahun}',
      });
    });

    it('tahun berganti menurut WIB: 31 Desember 2026 pukul 17.30 UTC sudah 1 Januari 2027, urutan mulai lagi dari 1', async () => {
      await d.dokumen.terbitkan(permintaan(1));
      await d.dokumen.terbitkan(permintaan(2));
      jam = new Date('2026-12-31T17:30:00Z');
      const h = await d.dokumen.terbitkan(permintaan(3));
      expect(h.dokumen.nomor).toBe('1/PAK/2027');
      expect(h.dokumen.tahun).toBe(2027);
    });

    it('PDF dibuat dengan nomor dan tanggal terbit (WIB) dari daftar', async () => {
      let diminta: [string, string] | undefined;
      jam = new Date('2026-12-01T20:00:00Z'); // 2 December, 03:00 WIB
      await d.dokumen.terbitkan(permintaan(1, { pdf: async (n, tgl) => ((diminta = [n, tgl]), { bytes: Buffer.from('x') }) }));
      expect(diminta).toEqual(['1/PAK/2026', '2026-12-02']);
    });

    it('pola tanpa {urut} atau tanpa {tahun} ditolak dengan pesan yang menyebut polaNomor', async () => {
      await expect(d.kantor.simpanProfil({ namaKantor: 'X', polaNomor: 'PAK/{tahun}' }, 'admin1')).rejects.toThrow(/polaNomor: .*\{urut\}/);
      await expect(d.kantor.simpanProfil({ namaKantor: 'X', polaNomor: '{urut}/PAK' }, 'admin1')).rejects.toThrow(/polaNomor: .*\{tahun\}/);
      await expect(d.kantor.simpanProfil({ namaKantor: 'X', polaNomor: '{urut}/{tahunan}/{tahun}' }, 'admin1')).rejects.toThrow(
        RegisterError,
      );
    });
  });

  describe('penerbitan ulang', () => {
    it('masukan dan jenis yang sama mengembalikan dokumen yang sudah ada tanpa membuat PDF lagi', async () => {
      const a = await d.dokumen.terbitkan(permintaan(1));
      let dipanggil = 0;
      const b = await d.dokumen.terbitkan(permintaan(1, { pdf: async () => (dipanggil++, { bytes: Buffer.from('lain') }) }));
      expect(b.baru).toBe(false);
      expect(dipanggil).toBe(0);
      expect(b.dokumen.id).toBe(a.dokumen.id);
      expect(b.dokumen.nomor).toBe('1/PAK/2026');
      expect(Buffer.from(b.pdf).equals(Buffer.from(a.pdf))).toBe(true);
      const c = await d.dokumen.terbitkan(permintaan(1, { jenis: 'konversi' }));
      expect([c.baru, c.dokumen.nomor]).toEqual([true, '2/PAK/2026']);
    });

    it('lima penerbitan serentak dengan masukan yang sama menghasilkan satu dokumen', async () => {
      const hasil = await Promise.all(Array.from({ length: 5 }, () => d.dokumen.terbitkan(permintaan(7))));
      expect(new Set(hasil.map((h) => h.dokumen.id)).size).toBe(1);
      expect(hasil.filter((h) => h.baru)).toHaveLength(1);
      expect((await d.dokumen.cari({})).total).toBe(1);
    });

    it('isian yang tidak sah ditolak sebelum nomor dipakai', async () => {
      await expect(d.dokumen.terbitkan(permintaan(1, { nip: '1985' }))).rejects.toThrow(/^nip: /);
      await expect(d.dokumen.terbitkan(permintaan(1, { periodeMulai: '2026-13' }))).rejects.toThrow(/^periodeMulai: /);
      await expect(d.dokumen.terbitkan(permintaan(1, { jenis: 'surat' as never }))).rejects.toThrow(/^jenis: /);
      expect((await d.dokumen.terbitkan(permintaan(1))).dokumen.urut).toBe(1);
    });
  });

  describe('pencarian menurut kode verifikasi tercetak', () => {
    it('kode yang sama dari dua dokumen: yang terbaru; kode lain atau kosong: tidak ada', async () => {
      const lama = (await d.dokumen.terbitkan(permintaan(1, { kodeVerifikasi: 'ABCD-EFGH-JKMN' }))).dokumen;
      await d.dokumen.cabut(lama.id, 'Salah masa penilaian', 'operator2');
      // The same input issued again after the revocation prints the same code on a new document.
      const baru = (await d.dokumen.terbitkan(permintaan(1, { kodeVerifikasi: 'ABCD-EFGH-JKMN' }))).dokumen;
      expect(baru.id).not.toBe(lama.id);
      expect((await d.dokumen.cariKode('ABCD-EFGH-JKMN'))?.id).toBe(baru.id);
      expect((await d.dokumen.cariKode('  ABCD-EFGH-JKMN '))?.status).toBe('berlaku');
      expect(await d.dokumen.cariKode('ABCD-EFGH-JKMP')).toBeNull();
      expect(await d.dokumen.cariKode('')).toBeNull();
      expect(await d.dokumen.cariKode('A'.repeat(101))).toBeNull();
    });
  });

  describe('pencabutan dan penggantian', () => {
    it('dokumen yang dicabut tercatat dengan waktu, alasan, dan pencabutnya; pencabutan kedua ditolak', async () => {
      const { dokumen } = await d.dokumen.terbitkan(permintaan(1));
      jam = new Date('2026-12-05T02:00:00Z');
      const c = await d.dokumen.cabut(dokumen.id, 'Salah masa penilaian', 'operator2');
      expect(c).toMatchObject({
        status: 'dicabut',
        alasanCabut: 'Salah masa penilaian',
        dicabutOleh: 'operator2',
        dicabutPada: '2026-12-05T02:00:00.000Z',
      });
      expect((await d.dokumen.cariHash(dokumen.hashPdf))?.status).toBe('dicabut');
      await expect(d.dokumen.cabut(dokumen.id, 'Sekali lagi', 'operator2')).rejects.toMatchObject({ kode: 'status' });
      await expect(d.dokumen.cabut('00000000-0000-4000-8000-000000000000', 'Tidak ada', 'operator2')).rejects.toMatchObject({
        kode: 'tidak-ditemukan',
      });
      await expect(d.dokumen.cabut(dokumen.id, 'x', 'operator2')).rejects.toThrow(/^alasan: /);
    });

    it('dokumen pengganti merujuk dokumen lama, yang berstatus diganti dengan nomor penggantinya', async () => {
      const lama = (await d.dokumen.terbitkan(permintaan(1))).dokumen;
      const baru = await d.dokumen.ganti(lama.id, { ...permintaan(2), alasan: 'Predikat periode Mei salah' });
      expect(baru.dokumen).toMatchObject({ nomor: '2/PAK/2026', status: 'berlaku', mengganti: { id: lama.id, nomor: '1/PAK/2026' } });
      const l = await d.dokumen.cariId(lama.id);
      expect(l).toMatchObject({
        status: 'diganti',
        digantiDengan: { id: baru.dokumen.id, nomor: '2/PAK/2026' },
        alasanCabut: 'Predikat periode Mei salah',
      });
      await expect(d.dokumen.ganti(lama.id, { ...permintaan(3), alasan: 'Sekali lagi' })).rejects.toMatchObject({ kode: 'status' });
      const aksi = (await d.audit.baca()).map((b) => b.aksi);
      expect(aksi[0]).toBe('dokumen.ganti');
    });

    it('pengganti dengan masukan yang sama dengan dokumen lama ditolak, dan dokumen lama tetap berlaku', async () => {
      const lama = (await d.dokumen.terbitkan(permintaan(1))).dokumen;
      await expect(d.dokumen.ganti(lama.id, { ...permintaan(1), alasan: 'Tanpa perubahan' })).rejects.toMatchObject({ kode: 'status' });
      expect((await d.dokumen.cariId(lama.id))?.status).toBe('berlaku');
      expect((await d.dokumen.terbitkan(permintaan(2))).dokumen.urut).toBe(2);
    });

    it('masukan dokumen yang dicabut dapat diterbitkan lagi dengan nomor baru', async () => {
      const a = (await d.dokumen.terbitkan(permintaan(1))).dokumen;
      await d.dokumen.cabut(a.id, 'Diterbitkan terlalu dini', 'operator1');
      const b = await d.dokumen.terbitkan(permintaan(1));
      expect([b.baru, b.dokumen.nomor]).toEqual([true, '2/PAK/2026']);
    });
  });

  describe('pencarian', () => {
    beforeEach(async () => {
      await d.dokumen.terbitkan(permintaan(1));
      await d.dokumen.terbitkan(
        permintaan(2, {
          nip: NIP_BUDI,
          nama: 'Budi Santoso Rekaan',
          unit: 'Dinas Pendidikan',
          periodeMulai: '2025-07',
          periodeSelesai: '2025-12',
        }),
      );
      jam = new Date('2027-01-10T03:00:00Z');
      const c = await d.dokumen.terbitkan(permintaan(3, { jenis: 'konversi', unit: 'Dinas 100%_Contoh' }));
      await d.dokumen.cabut(c.dokumen.id, 'Contoh pencabutan', 'operator1');
    });
    const nomor = async (s: Parameters<Daftar['dokumen']['cari']>[0]) => (await d.dokumen.cari(s)).dokumen.map((x) => x.nomor);

    it('menyaring menurut NIP, nama, unit, nomor, tahun, periode, status, dan jenis', async () => {
      expect(await nomor({ nip: NIP_BUDI })).toEqual(['2/PAK/2026']);
      expect(await nomor({ nama: 'SRI wahyuni' })).toEqual(['1/PAK/2027', '1/PAK/2026']);
      expect(await nomor({ unit: 'pendidikan' })).toEqual(['2/PAK/2026']);
      expect(await nomor({ nomor: '/2027' })).toEqual(['1/PAK/2027']);
      expect(await nomor({ tahun: 2026 })).toEqual(['2/PAK/2026', '1/PAK/2026']);
      expect(await nomor({ periode: '2025' })).toEqual(['2/PAK/2026']);
      expect(await nomor({ periode: '2026-06' })).toEqual(['1/PAK/2027', '1/PAK/2026']);
      expect(await nomor({ periode: '2026-07' })).toEqual([]);
      expect(await nomor({ status: 'dicabut' })).toEqual(['1/PAK/2027']);
      expect(await nomor({ jenis: 'konversi' })).toEqual(['1/PAK/2027']);
      expect(await nomor({ nama: 'sri', tahun: 2026, status: 'berlaku' })).toEqual(['1/PAK/2026']);
    });

    it('% dan _ dalam teks pencarian dicari apa adanya', async () => {
      expect(await nomor({ unit: '100%_' })).toEqual(['1/PAK/2027']);
      expect(await nomor({ unit: '%' })).toEqual(['1/PAK/2027']);
      expect(await nomor({ nama: '_' })).toEqual([]);
    });

    it('halaman: terbaru lebih dulu, total menghitung semua yang cocok', async () => {
      const h1 = await d.dokumen.cari({ perHalaman: 2, halaman: 1 });
      const h2 = await d.dokumen.cari({ perHalaman: 2, halaman: 2 });
      expect([h1.total, h2.total]).toEqual([3, 3]);
      expect(h1.dokumen.map((x) => x.nomor)).toEqual(['1/PAK/2027', '2/PAK/2026']);
      expect(h2.dokumen.map((x) => x.nomor)).toEqual(['1/PAK/2026']);
    });

    it('dokumen ditemukan menurut nomor dan hash PDF-nya; PDF-nya tersimpan apa adanya', async () => {
      const x = await d.dokumen.cariNomor('2/PAK/2026');
      expect(x?.nama).toBe('Budi Santoso Rekaan');
      const bytes = Buffer.from('%PDF-1.7 uji 2/PAK/2026');
      expect(x?.hashPdf).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect((await d.dokumen.cariHash(x!.hashPdf))?.id).toBe(x!.id);
      expect(Buffer.from((await d.dokumen.pdf(x!.id))!).equals(bytes)).toBe(true);
      expect(await d.dokumen.cariNomor('9/PAK/2026')).toBeNull();
    });

    it('saringan yang tidak sah ditolak dengan nama isiannya', async () => {
      await expect(d.dokumen.cari({ periode: '2026-1' })).rejects.toThrow(/^periode: /);
      await expect(d.dokumen.cari({ nip: '1985x' })).rejects.toThrow(/^nip: /);
    });
  });

  describe('pengguna dan sandi', () => {
    it('sandi diperiksa: benar memberi penggunanya; salah, nama tak dikenal, atau akun nonaktif memberi null', async () => {
      await d.pengguna.tambah({ nama: 'admin1', peran: 'admin', sandi: 'kuda-laut-berlari-9' }, 'baris-perintah');
      expect((await d.pengguna.periksaSandi('admin1', 'kuda-laut-berlari-9'))?.peran).toBe('admin');
      expect(await d.pengguna.periksaSandi('admin1', 'kuda-laut-berlari-8')).toBeNull();
      expect(await d.pengguna.periksaSandi('tidakada', 'kuda-laut-berlari-9')).toBeNull();
      await d.pengguna.nonaktifkan('admin1', 'admin2');
      expect(await d.pengguna.periksaSandi('admin1', 'kuda-laut-berlari-9')).toBeNull();
    });

    it('hash sandi memakai scrypt dengan garam per pengguna; sandinya sendiri tidak tersimpan', async () => {
      await d.pengguna.tambah({ nama: 'op.satu', peran: 'operator', sandi: 'sandi-yang-sama-1' }, 'admin1');
      await d.pengguna.tambah({ nama: 'op.dua', peran: 'operator', sandi: 'sandi-yang-sama-1' }, 'admin1');
      const baris = await t.mentah('SELECT sandi FROM pengguna ORDER BY nama');
      const [a, b] = baris.map((r) => String(r.sandi));
      expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      expect(a).not.toBe(b);
      expect(a).not.toContain('sandi-yang-sama');
    });

    it('nama ganda, nama tidak sah, peran tak dikenal, dan sandi pendek ditolak', async () => {
      await d.pengguna.tambah({ nama: 'auditor1', peran: 'auditor', sandi: 'sandi-auditor-1' }, 'admin1');
      await expect(d.pengguna.tambah({ nama: 'auditor1', peran: 'auditor', sandi: 'sandi-auditor-2' }, 'admin1')).rejects.toMatchObject({
        kode: 'nama-dipakai',
      });
      await expect(d.pengguna.tambah({ nama: 'Auditor 2', peran: 'auditor', sandi: 'sandi-auditor-2' }, 'admin1')).rejects.toThrow(
        /^nama: /,
      );
      await expect(d.pengguna.tambah({ nama: 'auditor2', peran: 'root' as never, sandi: 'sandi-auditor-2' }, 'admin1')).rejects.toThrow(
        /^peran: /,
      );
      await expect(d.pengguna.tambah({ nama: 'auditor2', peran: 'auditor', sandi: 'pendek' }, 'admin1')).rejects.toThrow(/^sandi: /);
    });

    it('peran diubah dan semua perubahan pengguna tercatat di audit', async () => {
      await d.pengguna.tambah({ nama: 'siti', peran: 'auditor', sandi: 'sandi-siti-123' }, 'admin1');
      expect((await d.pengguna.ubahPeran('siti', 'operator', 'admin1')).peran).toBe('operator');
      await d.pengguna.gantiSandi('siti', 'sandi-siti-baru', 'admin1');
      expect(await d.pengguna.periksaSandi('siti', 'sandi-siti-123')).toBeNull();
      expect((await d.pengguna.periksaSandi('siti', 'sandi-siti-baru'))?.nama).toBe('siti');
      expect((await d.audit.baca()).map((b) => [b.aksi, b.oleh, b.rincian.nama])).toEqual([
        ['pengguna.sandi', 'admin1', 'siti'],
        ['pengguna.peran', 'admin1', 'siti'],
        ['pengguna.tambah', 'admin1', 'siti'],
      ]);
      expect((await d.pengguna.semua()).map((p) => p.nama)).toEqual(['siti']);
    });
  });

  describe('sesi', () => {
    let penggunaId: string;
    beforeEach(async () => {
      penggunaId = (await d.pengguna.tambah({ nama: 'operator1', peran: 'operator', sandi: 'sandi-operator-1' }, 'admin1')).id;
    });

    it('sesi ditemukan dengan id-nya sampai kedaluwarsa, lalu tidak lagi', async () => {
      const s = await d.sesi.buat(penggunaId, 60 * 60_000);
      expect(s.kedaluwarsa).toBe('2026-12-01T04:00:00.000Z');
      expect(await d.sesi.cari(s.id)).toMatchObject({ csrf: s.csrf, pengguna: { nama: 'operator1', peran: 'operator' } });
      jam = new Date('2026-12-01T03:59:59.999Z');
      expect(await d.sesi.cari(s.id)).not.toBeNull();
      jam = new Date('2026-12-01T04:00:00Z');
      expect(await d.sesi.cari(s.id)).toBeNull();
      expect(await d.sesi.hapusKedaluwarsa()).toBe(1);
    });

    it('hanya SHA-256 dari id sesi yang tersimpan; id palsu tidak ditemukan', async () => {
      const s = await d.sesi.buat(penggunaId, 60_000);
      const baris = await t.mentah('SELECT id_hash FROM sesi');
      expect(baris.map((r) => r.id_hash)).toEqual([createHash('sha256').update(s.id).digest('hex')]);
      expect(await d.sesi.cari(createHash('sha256').update(s.id).digest('base64url'))).toBeNull();
      expect(await d.sesi.cari('a'.repeat(43))).toBeNull();
      expect(await d.sesi.cari("' OR 1=1 --")).toBeNull();
    });

    it('keluar, nonaktif, dan ganti sandi mengakhiri sesi', async () => {
      const a = await d.sesi.buat(penggunaId, 60_000);
      await d.sesi.hapus(a.id);
      expect(await d.sesi.cari(a.id)).toBeNull();
      const b = await d.sesi.buat(penggunaId, 60_000);
      await d.pengguna.gantiSandi('operator1', 'sandi-operator-2', 'admin1');
      expect(await d.sesi.cari(b.id)).toBeNull();
      const c = await d.sesi.buat(penggunaId, 60_000);
      await d.pengguna.nonaktifkan('operator1', 'admin1');
      expect(await d.sesi.cari(c.id)).toBeNull();
    });
  });

  describe('rantai audit', () => {
    beforeEach(async () => {
      await d.pengguna.tambah({ nama: 'admin1', peran: 'admin', sandi: 'sandi-admin-123' }, 'baris-perintah');
      const { dokumen } = await d.dokumen.terbitkan(permintaan(1));
      await d.dokumen.cabut(dokumen.id, 'Contoh pencabutan', 'operator1');
      await d.audit.catat('masuk', 'operator1', { berhasil: true });
    });

    it('rantai yang tidak disentuh utuh, dengan empat baris', async () => {
      expect(await d.audit.periksa()).toMatchObject({ utuh: true, jumlah: 4 });
      const baris = await d.audit.baca();
      expect(baris.map((b) => b.urutan)).toEqual([4, 3, 2, 1]);
      expect(baris[0]!.hashSebelum).toBe(baris[1]!.hash);
      expect(baris[3]!.hashSebelum).toBe('0'.repeat(64));
    });

    it('pemeriksaan yang berjalan bersamaan dengan penambahan baris tetap menyatakan rantai utuh', async () => {
      const hasil = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 3 === 0 ? d.audit.periksa() : d.audit.catat('masuk', 'operator1', { i }).then(() => undefined),
        ),
      );
      for (const h of hasil) if (h) expect(h.utuh).toBe(true);
      expect(await d.audit.periksa()).toMatchObject({ utuh: true, jumlah: 24 });
    });

    it('baris yang isinya diubah terdeteksi pada baris itu', async () => {
      await t.mentah("UPDATE audit SET oleh = 'orang-lain' WHERE urutan = 2");
      expect(await d.audit.periksa()).toMatchObject({ utuh: false, barisRusak: 2 });
    });

    it('baris yang diubah beserta hash-nya terdeteksi pada baris berikutnya', async () => {
      const [b2] = await t.mentah('SELECT * FROM audit WHERE urutan = 2');
      const { hashBaris } = await import('../../src/daftar/rantai.ts');
      const hash = hashBaris({
        urutan: 2,
        hashSebelum: String(b2!.hash_sebelum),
        waktu: String(b2!.waktu),
        oleh: 'orang-lain',
        aksi: String(b2!.aksi),
        rincian: String(b2!.rincian),
      });
      await t.mentah("UPDATE audit SET oleh = 'orang-lain', hash = ? WHERE urutan = 2", [hash]);
      expect(await d.audit.periksa()).toMatchObject({ utuh: false, barisRusak: 3 });
    });

    it('baris tengah yang dihapus terdeteksi', async () => {
      await t.mentah('DELETE FROM audit WHERE urutan = 2');
      expect(await d.audit.periksa()).toMatchObject({ utuh: false, barisRusak: 2 });
    });

    it('baris terakhir yang dihapus terdeteksi oleh kepala rantai', async () => {
      await t.mentah('DELETE FROM audit WHERE urutan = 4');
      const p = await d.audit.periksa();
      expect(p).toMatchObject({ utuh: false, barisRusak: 4 });
      expect(p.alasan).toContain('dihapus');
    });

    it('catatan audit tidak memuat NIP atau nama pegawai', async () => {
      const semua = JSON.stringify(await d.audit.baca());
      expect(semua).not.toContain(NIP_SRI);
      expect(semua).not.toContain('Sri Wahyuni');
    });
  });

  describe('migrasi', () => {
    it('membuka basis data yang sama lagi tidak mengulang migrasi dan datanya tetap', async () => {
      await d.dokumen.terbitkan(permintaan(1));
      const lagi = await t.bukaLagi({ sekarang: () => jam });
      expect((await lagi.dokumen.cariNomor('1/PAK/2026'))?.nip).toBe(NIP_SRI);
      expect((await lagi.dokumen.terbitkan(permintaan(2))).dokumen.nomor).toBe('2/PAK/2026');
      const m = await t.mentah('SELECT name FROM kysely_migration');
      expect(m.map((r) => r.name)).toEqual(['0001-awal', '0002-indeks-kode']);
      expect(await lagi.audit.periksa()).toMatchObject({ utuh: true, jumlah: 2 });
    });
  });
});
