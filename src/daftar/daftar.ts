// The register over Kysely: the same queries for SQLite and PostgreSQL. Writes that must not interleave
// (numbering, the audit chain) run in one transaction each: on SQLite it begins IMMEDIATE (one writer at
// a time, across processes too); on PostgreSQL the counter and the audit head are locked by row
// (SELECT … FOR UPDATE / UPDATE … RETURNING), always in that order, so two transactions never deadlock.
import * as crypto from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { todayInJakarta } from '../hari-ini.ts';
import { JENIS_DOKUMEN } from '../pdf/schema.ts';
import {
  PERAN,
  RegisterError,
  STATUS_DOKUMEN,
  type BarisAudit,
  type Daftar,
  type Dialek,
  type DokumenTerbit,
  type HasilTerbit,
  type Pengguna,
  type Peran,
  type PermintaanTerbit,
  type ProfilKantor,
  type SaringanDokumen,
  type Sesi,
  type StatusDokumen,
} from './jenis.ts';
import { masalahPola, POLA_BAWAAN, susunNomor } from './nomor.ts';
import { HASH_AWAL, hashBaris, rincianKanonik } from './rantai.ts';
import { cocokSandi, hashSandi, hashTiruan, masalahSandi } from './sandi.ts';
import type { Skema, TabelDokumen, TabelPengguna } from './skema.ts';

type Db = Kysely<Skema>;
type Trx = Transaction<Skema>;

export interface OpsiDaftar {
  dialek: Dialek;
  /** Writes (and reads that must see them). */
  db: Db;
  /** Reads that may run while a write transaction waits for a PDF (SQLite: a second, read-only connection). */
  baca: Db;
  sekarang?: () => Date;
  /** Closes what bukaDaftar opened beyond the two Kysely instances. */
  tutup?: () => Promise<void>;
}

const NAMA_PENGGUNA = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const ID_SESI = /^[A-Za-z0-9_-]{43}$/;
const BULAN = /^(19|20)\d\d-(0[1-9]|1[0-2])$/;
const MAKS_MASUKAN = 1024 * 1024;
const MAKS_PDF = 50 * 1024 * 1024;
const TTL_MIN = 60_000;
const TTL_MAKS = 30 * 24 * 3_600_000;

const sha256 = (s: string | Uint8Array) => crypto.createHash('sha256').update(s).digest('hex');

function pelanggaranUnik(e: unknown): boolean {
  const kode = (e as { code?: unknown }).code;
  return kode === '23505' || kode === 'SQLITE_CONSTRAINT_UNIQUE' || kode === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function kePengguna(r: Pick<TabelPengguna, 'id' | 'nama' | 'peran' | 'aktif' | 'dibuat'>): Pengguna {
  return { id: r.id, nama: r.nama, peran: r.peran as Peran, aktif: Number(r.aktif) === 1, dibuat: r.dibuat };
}

const KOLOM_DOKUMEN = [
  'd.id',
  'd.nomor',
  'd.urut',
  'd.tahun',
  'd.pola_nomor',
  'd.jenis',
  'd.masukan_kanonik',
  'd.nip',
  'd.nama',
  'd.unit',
  'd.periode_mulai',
  'd.periode_selesai',
  'd.kode_verifikasi',
  'd.hash_pdf',
  'd.tanda',
  'd.diterbitkan_pada',
  'd.diterbitkan_oleh',
  'd.status',
  'd.dicabut_pada',
  'd.alasan_cabut',
  'd.dicabut_oleh',
  'd.mengganti_id',
  'd.diganti_dengan_id',
] as const;

type BarisDokumen = Omit<TabelDokumen, 'pdf' | 'sidik_masukan'> & { nomor_pengganti: string | null; nomor_diganti: string | null };

function keDokumen(r: BarisDokumen): DokumenTerbit {
  const d: DokumenTerbit = {
    id: r.id,
    nomor: r.nomor,
    urut: Number(r.urut),
    tahun: Number(r.tahun),
    polaNomor: r.pola_nomor,
    jenis: r.jenis as DokumenTerbit['jenis'],
    nip: r.nip,
    nama: r.nama,
    unit: r.unit,
    masukanKanonik: r.masukan_kanonik,
    hashPdf: r.hash_pdf,
    diterbitkanPada: r.diterbitkan_pada,
    diterbitkanOleh: r.diterbitkan_oleh,
    status: r.status as StatusDokumen,
  };
  if (r.periode_mulai !== null) d.periodeMulai = r.periode_mulai;
  if (r.periode_selesai !== null) d.periodeSelesai = r.periode_selesai;
  if (r.kode_verifikasi !== null) d.kodeVerifikasi = r.kode_verifikasi;
  if (r.tanda !== null) d.tanda = r.tanda;
  if (r.dicabut_pada !== null) d.dicabutPada = r.dicabut_pada;
  if (r.alasan_cabut !== null) d.alasanCabut = r.alasan_cabut;
  if (r.dicabut_oleh !== null) d.dicabutOleh = r.dicabut_oleh;
  if (r.diganti_dengan_id !== null) d.digantiDengan = { id: r.diganti_dengan_id, nomor: r.nomor_pengganti ?? '' };
  if (r.mengganti_id !== null) d.mengganti = { id: r.mengganti_id, nomor: r.nomor_diganti ?? '' };
  return d;
}

/** What re-issuing is recognised by: the jenis and the canonical input. */
const sidikMasukan = (p: PermintaanTerbit) => sha256(`${p.jenis}\n${p.masukanKanonik}`);

function periksaPermintaan(p: PermintaanTerbit): void {
  const salah = (m: string) => {
    throw new RegisterError('tidak-sah', m);
  };
  if (!(JENIS_DOKUMEN as readonly string[]).includes(p.jenis)) salah(`jenis: "${String(p.jenis)}" bukan jenis dokumen.`);
  if (typeof p.masukanKanonik !== 'string' || p.masukanKanonik.length === 0 || p.masukanKanonik.length > MAKS_MASUKAN)
    salah('masukanKanonik: harus teks JSON kanonik paling besar 1 MB.');
  if (!/^\d{18}$/.test(p.nip)) salah('nip: NIP harus 18 angka; dokumen terdaftar memerlukan NIP pegawai.');
  if (p.nama.trim().length === 0 || p.nama.length > 200) salah('nama: nama pegawai harus 1–200 karakter.');
  if (p.unit.length > 200) salah('unit: unit kerja paling banyak 200 karakter.');
  for (const [k, v] of [
    ['periodeMulai', p.periodeMulai],
    ['periodeSelesai', p.periodeSelesai],
  ] as const)
    if (v !== undefined && !BULAN.test(v)) salah(`${k}: harus bulan TTTT-BB.`);
  if (p.periodeMulai && p.periodeSelesai && p.periodeMulai > p.periodeSelesai) salah('periodeSelesai: tidak boleh sebelum periodeMulai.');
  if (p.kodeVerifikasi !== undefined && p.kodeVerifikasi.length > 100) salah('kodeVerifikasi: paling banyak 100 karakter.');
  if (!p.oleh) salah('oleh: pengguna yang menerbitkan harus disebut.');
}

export function buatDaftar(o: OpsiDaftar): Daftar {
  const { db, baca, dialek } = o;
  const sekarang = o.sekarang ?? (() => new Date());
  const waktu = () => sekarang().toISOString();
  const pg = dialek === 'postgres';

  /** Appends one audit row inside `trx`; the head row serialises appenders and remembers the last hash. */
  async function tulisAudit(trx: Trx | Db, aksi: string, oleh: string, rincian: BarisAudit['rincian'] = {}): Promise<void> {
    const teksRincian = rincianKanonik(rincian);
    // Bounded: a login form can put any name here, and the log must stay small and flat.
    if (typeof oleh !== 'string' || oleh.length === 0 || oleh.length > 100) throw new RangeError('Pelaku audit harus 1–100 karakter.');
    if (teksRincian.length > 4096) throw new RangeError('Rincian audit paling besar 4 kB.');
    const kepala = await trx
      .updateTable('kepala_audit')
      .set((eb) => ({ urutan: eb('urutan', '+', 1) }))
      .where('id', '=', 1)
      .returning(['urutan', 'hash'])
      .executeTakeFirstOrThrow();
    const isi = { urutan: Number(kepala.urutan), hashSebelum: kepala.hash, waktu: waktu(), oleh, aksi, rincian: teksRincian };
    const hash = hashBaris(isi);
    await trx
      .insertInto('audit')
      .values({ urutan: isi.urutan, waktu: isi.waktu, oleh, aksi, rincian: isi.rincian, hash_sebelum: isi.hashSebelum, hash })
      .execute();
    await trx.updateTable('kepala_audit').set({ hash }).where('id', '=', 1).execute();
  }

  const transaksi = <T>(f: (trx: Trx) => Promise<T>): Promise<T> => db.transaction().execute(f);

  function pilihDokumen(q: Db | Trx) {
    return q
      .selectFrom('dokumen as d')
      .leftJoin('dokumen as g', 'g.id', 'd.diganti_dengan_id')
      .leftJoin('dokumen as l', 'l.id', 'd.mengganti_id')
      .select([...KOLOM_DOKUMEN, 'g.nomor as nomor_pengganti', 'l.nomor as nomor_diganti']);
  }

  async function profil(q: Db | Trx): Promise<ProfilKantor> {
    const baris = await q.selectFrom('kantor').select(['kunci', 'nilai']).execute();
    const m = new Map(baris.map((b) => [b.kunci, b.nilai]));
    return { namaKantor: m.get('namaKantor') ?? '', polaNomor: m.get('polaNomor') ?? POLA_BAWAAN };
  }

  async function penggunaAda(nama: string): Promise<TabelPengguna> {
    const r = await db.selectFrom('pengguna').selectAll().where('nama', '=', nama).executeTakeFirst();
    if (!r) throw new RegisterError('tidak-ditemukan', `Pengguna "${nama}" tidak ada.`);
    return r;
  }

  async function ubahPengguna(nama: string, ubah: Partial<TabelPengguna>, aksi: string, oleh: string, rincian: BarisAudit['rincian']) {
    await penggunaAda(nama);
    return transaksi(async (trx) => {
      const r = await trx
        .updateTable('pengguna')
        .set({ ...ubah, diubah: waktu() })
        .where('nama', '=', nama)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (ubah.aktif === 0 || ubah.sandi !== undefined) await trx.deleteFrom('sesi').where('pengguna_id', '=', r.id).execute();
      await tulisAudit(trx, aksi, oleh, { nama, ...rincian });
      return kePengguna(r);
    });
  }

  function periksaPeran(peran: string): asserts peran is Peran {
    if (!(PERAN as readonly string[]).includes(peran))
      throw new RegisterError('tidak-sah', `peran: "${peran}" bukan peran; pilih ${PERAN.join(', ')}.`);
  }

  /**
   * Issues one document inside `trx`: lock the (pattern, year) counter, return the valid document with
   * the same input if there is one, else render with the next nomor and insert. `lama`: the document it replaces.
   */
  async function terbitkanDalam(trx: Trx, p: PermintaanTerbit, lama?: { id: string; alasan: string }): Promise<HasilTerbit> {
    const sidik = sidikMasukan(p);
    const saat = waktu();
    const tanggal = todayInJakarta(new Date(saat));
    const tahun = Number(tanggal.slice(0, 4));
    const { polaNomor } = await profil(trx);

    await trx
      .insertInto('penghitung_nomor')
      .values({ pola_nomor: polaNomor, tahun, terakhir: 0 })
      .onConflict((oc) => oc.columns(['pola_nomor', 'tahun']).doNothing())
      .execute();
    const penghitung = await trx
      .selectFrom('penghitung_nomor')
      .select('terakhir')
      .where('pola_nomor', '=', polaNomor)
      .where('tahun', '=', tahun)
      .$if(pg, (q) => q.forUpdate())
      .executeTakeFirstOrThrow();

    const sudah = await pilihDokumen(trx).where('d.sidik_masukan', '=', sidik).where('d.status', '=', 'berlaku').executeTakeFirst();
    if (sudah) {
      if (lama) throw new RegisterError('status', `Masukan ini sudah terdaftar sebagai dokumen nomor ${sudah.nomor} yang berlaku.`);
      const pdf = await trx.selectFrom('dokumen').select('pdf').where('id', '=', sudah.id).executeTakeFirstOrThrow();
      return { dokumen: keDokumen(sudah), pdf: new Uint8Array(pdf.pdf), baru: false };
    }

    const urut = Number(penghitung.terakhir) + 1;
    const nomor = susunNomor(polaNomor, urut, tanggal);
    const hasilPdf = await p.pdf(nomor, tanggal);
    const bytes = hasilPdf.bytes;
    if (!(bytes instanceof Uint8Array) || bytes.length === 0 || bytes.length > MAKS_PDF)
      throw new Error('PDF yang dihasilkan kosong atau terlalu besar.');
    const id = crypto.randomUUID();
    try {
      await trx
        .insertInto('dokumen')
        .values({
          id,
          nomor,
          urut,
          tahun,
          pola_nomor: polaNomor,
          jenis: p.jenis,
          sidik_masukan: sidik,
          masukan_kanonik: p.masukanKanonik,
          nip: p.nip,
          nama: p.nama.trim(),
          unit: p.unit.trim(),
          periode_mulai: p.periodeMulai ?? null,
          periode_selesai: p.periodeSelesai ?? null,
          kode_verifikasi: p.kodeVerifikasi ?? null,
          hash_pdf: sha256(bytes),
          pdf: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          tanda: hasilPdf.tanda ?? null,
          diterbitkan_pada: saat,
          diterbitkan_oleh: p.oleh,
          status: 'berlaku',
          dicabut_pada: null,
          alasan_cabut: null,
          dicabut_oleh: null,
          mengganti_id: lama?.id ?? null,
          diganti_dengan_id: null,
        })
        .execute();
    } catch (e) {
      if (pelanggaranUnik(e))
        throw new RegisterError(
          'status',
          `Nomor ${nomor} sudah dipakai dokumen lain (pola nomor lain menghasilkan nomor yang sama); ubah pola nomor.`,
        );
      throw e;
    }
    await trx
      .updateTable('penghitung_nomor')
      .set({ terakhir: urut })
      .where('pola_nomor', '=', polaNomor)
      .where('tahun', '=', tahun)
      .execute();
    if (lama) {
      await trx
        .updateTable('dokumen')
        .set({ diganti_dengan_id: id, dicabut_pada: saat, alasan_cabut: lama.alasan, dicabut_oleh: p.oleh })
        .where('id', '=', lama.id)
        .execute();
      await tulisAudit(trx, 'dokumen.ganti', p.oleh, { id: lama.id, pengganti: id, nomorPengganti: nomor });
    } else {
      await tulisAudit(trx, 'dokumen.terbit', p.oleh, { id, nomor, jenis: p.jenis });
    }
    const baris = await pilihDokumen(trx).where('d.id', '=', id).executeTakeFirstOrThrow();
    return { dokumen: keDokumen(baris), pdf: bytes, baru: true };
  }

  /** The document by id, locked for update on PostgreSQL, or RegisterError 'tidak-ditemukan'. */
  async function dokumenUntukDiubah(trx: Trx, id: string, alasan: string) {
    if (alasan.trim().length < 5 || alasan.length > 500) throw new RegisterError('tidak-sah', 'alasan: alasan harus 5–500 karakter.');
    const r = await trx
      .selectFrom('dokumen')
      .select(['id', 'nomor', 'status', 'sidik_masukan', 'jenis'])
      .where('id', '=', id)
      .$if(pg, (q) => q.forUpdate())
      .executeTakeFirst();
    if (!r) throw new RegisterError('tidak-ditemukan', 'Dokumen tidak ditemukan dalam daftar.');
    if (r.status !== 'berlaku')
      throw new RegisterError(
        'status',
        `Dokumen nomor ${r.nomor} sudah ${r.status}; hanya dokumen yang berlaku dapat dicabut atau diganti.`,
      );
    return r;
  }

  const daftar: Daftar = {
    dialek,
    pengguna: {
      async tambah({ nama, peran, sandi }, oleh) {
        if (!NAMA_PENGGUNA.test(nama))
          throw new RegisterError(
            'tidak-sah',
            'nama: nama pengguna 3–32 karakter: huruf kecil a–z, angka, titik, garis bawah, atau tanda hubung.',
          );
        periksaPeran(peran);
        const m = masalahSandi(sandi);
        if (m) throw new RegisterError('tidak-sah', `sandi: ${m}`);
        const hash = await hashSandi(sandi);
        const saat = waktu();
        const baris = { id: crypto.randomUUID(), nama, peran, sandi: hash, aktif: 1, dibuat: saat, diubah: saat };
        try {
          await transaksi(async (trx) => {
            await trx.insertInto('pengguna').values(baris).execute();
            await tulisAudit(trx, 'pengguna.tambah', oleh, { nama, peran });
          });
        } catch (e) {
          if (pelanggaranUnik(e)) throw new RegisterError('nama-dipakai', `nama: pengguna "${nama}" sudah ada.`);
          throw e;
        }
        return kePengguna(baris);
      },
      async cariNama(nama) {
        const r = await baca.selectFrom('pengguna').selectAll().where('nama', '=', nama).executeTakeFirst();
        return r ? kePengguna(r) : null;
      },
      async cariId(id) {
        const r = await baca.selectFrom('pengguna').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? kePengguna(r) : null;
      },
      async semua() {
        return (await baca.selectFrom('pengguna').selectAll().orderBy('nama').execute()).map(kePengguna);
      },
      async ubahPeran(nama, peran, oleh) {
        periksaPeran(peran);
        return ubahPengguna(nama, { peran }, 'pengguna.peran', oleh, { peran });
      },
      async gantiSandi(nama, sandi, oleh) {
        const m = masalahSandi(sandi);
        if (m) throw new RegisterError('tidak-sah', `sandi: ${m}`);
        await ubahPengguna(nama, { sandi: await hashSandi(sandi) }, 'pengguna.sandi', oleh, {});
      },
      nonaktifkan: (nama, oleh) => ubahPengguna(nama, { aktif: 0 }, 'pengguna.nonaktif', oleh, {}),
      aktifkan: (nama, oleh) => ubahPengguna(nama, { aktif: 1 }, 'pengguna.aktif', oleh, {}),
      async periksaSandi(nama, sandi) {
        const r =
          typeof nama === 'string' && nama.length <= 32 && typeof sandi === 'string' && sandi.length <= 200
            ? await baca.selectFrom('pengguna').selectAll().where('nama', '=', nama).executeTakeFirst()
            : undefined;
        const cocok = await cocokSandi(String(sandi).slice(0, 200), r?.sandi ?? (await hashTiruan()));
        return r && cocok && Number(r.aktif) === 1 ? kePengguna(r) : null;
      },
    },

    sesi: {
      async buat(penggunaId, ttlMs) {
        if (!Number.isInteger(ttlMs) || ttlMs < TTL_MIN || ttlMs > TTL_MAKS) throw new RangeError('ttlMs di luar 1 menit–30 hari.');
        const id = crypto.randomBytes(32).toString('base64url');
        const csrf = crypto.randomBytes(32).toString('base64url');
        const saat = sekarang();
        const kedaluwarsa = new Date(saat.getTime() + ttlMs).toISOString();
        await db
          .insertInto('sesi')
          .values({ id_hash: sha256(id), pengguna_id: penggunaId, csrf, dibuat: saat.toISOString(), kedaluwarsa })
          .execute();
        return { id, csrf, kedaluwarsa };
      },
      async cari(id) {
        if (typeof id !== 'string' || !ID_SESI.test(id)) return null;
        const r = await baca
          .selectFrom('sesi as s')
          .innerJoin('pengguna as p', 'p.id', 's.pengguna_id')
          .select(['s.csrf', 's.dibuat as sesi_dibuat', 's.kedaluwarsa', 'p.id', 'p.nama', 'p.peran', 'p.aktif', 'p.dibuat'])
          .where('s.id_hash', '=', sha256(id))
          .where('s.kedaluwarsa', '>', waktu())
          .where('p.aktif', '=', 1)
          .executeTakeFirst();
        if (!r) return null;
        const s: Sesi = { pengguna: kePengguna(r), csrf: r.csrf, dibuat: r.sesi_dibuat, kedaluwarsa: r.kedaluwarsa };
        return s;
      },
      async hapus(id) {
        if (typeof id !== 'string' || !ID_SESI.test(id)) return;
        await db.deleteFrom('sesi').where('id_hash', '=', sha256(id)).execute();
      },
      async hapusKedaluwarsa() {
        const r = await db.deleteFrom('sesi').where('kedaluwarsa', '<=', waktu()).executeTakeFirst();
        return Number(r.numDeletedRows);
      },
    },

    dokumen: {
      async terbitkan(p) {
        periksaPermintaan(p);
        return transaksi((trx) => terbitkanDalam(trx, p));
      },
      async cabut(id, alasan, oleh) {
        await transaksi(async (trx) => {
          const r = await dokumenUntukDiubah(trx, id, alasan);
          await trx
            .updateTable('dokumen')
            .set({ status: 'dicabut', dicabut_pada: waktu(), alasan_cabut: alasan.trim(), dicabut_oleh: oleh })
            .where('id', '=', id)
            .execute();
          await tulisAudit(trx, 'dokumen.cabut', oleh, { id, nomor: r.nomor });
        });
        return (await daftar.dokumen.cariId(id))!;
      },
      async ganti(idLama, baru) {
        periksaPermintaan(baru);
        return transaksi(async (trx) => {
          const lama = await dokumenUntukDiubah(trx, idLama, baru.alasan);
          if (lama.sidik_masukan === sidikMasukan(baru))
            throw new RegisterError(
              'status',
              'Masukan dokumen pengganti sama dengan dokumen yang diganti; ubah masukan yang salah lebih dulu.',
            );
          // Status first: the unique index on valid inputs then lets the replacement be issued.
          await trx.updateTable('dokumen').set({ status: 'diganti' }).where('id', '=', idLama).execute();
          return terbitkanDalam(trx, baru, { id: idLama, alasan: baru.alasan.trim() });
        });
      },
      async cariId(id) {
        const r = await pilihDokumen(baca).where('d.id', '=', id).executeTakeFirst();
        return r ? keDokumen(r) : null;
      },
      async cariHash(hashPdf) {
        const r = await pilihDokumen(baca).where('d.hash_pdf', '=', hashPdf.toLowerCase()).executeTakeFirst();
        return r ? keDokumen(r) : null;
      },
      async cariNomor(nomor) {
        const r = await pilihDokumen(baca).where('d.nomor', '=', nomor.trim()).executeTakeFirst();
        return r ? keDokumen(r) : null;
      },
      async cariKode(kode) {
        const k = kode.trim();
        if (k === '' || k.length > 100) return null;
        // Newest first as the search lists them: issue time, then the number (ids are random UUIDs).
        const r = await pilihDokumen(baca)
          .where('d.kode_verifikasi', '=', k)
          .orderBy('d.diterbitkan_pada', 'desc')
          .orderBy('d.urut', 'desc')
          .executeTakeFirst();
        return r ? keDokumen(r) : null;
      },
      async cari(s: SaringanDokumen) {
        const halaman = Math.max(1, Math.trunc(s.halaman ?? 1) || 1);
        const perHalaman = Math.min(500, Math.max(1, Math.trunc(s.perHalaman ?? 50) || 50));
        const seperti = (v: string) =>
          `%${v
            .trim()
            .toLowerCase()
            .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        let periode: [string, string] | undefined;
        if (s.periode !== undefined) {
          if (/^(19|20)\d\d$/.test(s.periode)) periode = [`${s.periode}-12`, `${s.periode}-01`];
          else if (BULAN.test(s.periode)) periode = [s.periode, s.periode];
          else throw new RegisterError('tidak-sah', 'periode: harus tahun TTTT atau bulan TTTT-BB.');
        }
        if (s.status !== undefined && !(STATUS_DOKUMEN as readonly string[]).includes(s.status))
          throw new RegisterError('tidak-sah', `status: pilih ${STATUS_DOKUMEN.join(', ')}.`);
        if (s.nip !== undefined && !/^\d{1,18}$/.test(s.nip))
          throw new RegisterError('tidak-sah', 'nip: NIP hanya angka, paling banyak 18.');
        const dasar = baca
          .selectFrom('dokumen as d')
          .$if(s.nip !== undefined, (q) => q.where('d.nip', '=', s.nip!))
          .$if(!!s.nama?.trim(), (q) => q.where(sql<boolean>`lower(${sql.ref('d.nama')}) like ${seperti(s.nama!)} escape '\\'`))
          .$if(!!s.unit?.trim(), (q) => q.where(sql<boolean>`lower(${sql.ref('d.unit')}) like ${seperti(s.unit!)} escape '\\'`))
          .$if(!!s.nomor?.trim(), (q) => q.where(sql<boolean>`lower(${sql.ref('d.nomor')}) like ${seperti(s.nomor!)} escape '\\'`))
          .$if(s.tahun !== undefined, (q) => q.where('d.tahun', '=', s.tahun!))
          .$if(periode !== undefined, (q) => q.where('d.periode_mulai', '<=', periode![0]).where('d.periode_selesai', '>=', periode![1]))
          .$if(s.status !== undefined, (q) => q.where('d.status', '=', s.status!))
          .$if(s.jenis !== undefined, (q) => q.where('d.jenis', '=', s.jenis!));
        const total = await dasar.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
        const ids = await dasar
          .select('d.id')
          .orderBy('d.diterbitkan_pada', 'desc')
          .orderBy('d.urut', 'desc')
          .limit(perHalaman)
          .offset((halaman - 1) * perHalaman)
          .execute();
        const baris = ids.length
          ? await pilihDokumen(baca)
              .where(
                'd.id',
                'in',
                ids.map((r) => r.id),
              )
              .execute()
          : [];
        const urutan = new Map(ids.map((r, i) => [r.id, i]));
        baris.sort((a, b) => urutan.get(a.id)! - urutan.get(b.id)!);
        return { dokumen: baris.map(keDokumen), total: Number(total.n), halaman, perHalaman };
      },
      async pdf(id) {
        const r = await baca.selectFrom('dokumen').select('pdf').where('id', '=', id).executeTakeFirst();
        return r ? new Uint8Array(r.pdf) : null;
      },
    },

    audit: {
      async catat(aksi, oleh, rincian = {}) {
        if (!/^[a-z][a-z0-9._-]{0,63}$/.test(aksi)) throw new RangeError(`Aksi audit "${aksi}" tidak sah.`);
        await transaksi((trx) => tulisAudit(trx, aksi, oleh, rincian));
      },
      async baca(opsi = {}) {
        const batas = Math.min(1000, Math.max(1, opsi.batas ?? 100));
        const r = await baca
          .selectFrom('audit')
          .selectAll()
          .$if(opsi.sebelum !== undefined, (q) => q.where('urutan', '<', opsi.sebelum!))
          .orderBy('urutan', 'desc')
          .limit(batas)
          .execute();
        return r.map((b) => ({
          urutan: Number(b.urutan),
          waktu: b.waktu,
          oleh: b.oleh,
          aksi: b.aksi,
          rincian: JSON.parse(b.rincian) as BarisAudit['rincian'],
          hashSebelum: b.hash_sebelum,
          hash: b.hash,
        }));
      },
      async periksa() {
        // One snapshot for the head and every row, so rows appended meanwhile are not mistaken for a cut
        // tail: SQLite's read connection (a deferred transaction, WAL), PostgreSQL's REPEATABLE READ.
        const snapshot = pg ? db.transaction().setIsolationLevel('repeatable read') : baca.transaction();
        return snapshot.execute(async (trx) => {
          const kepala = await trx.selectFrom('kepala_audit').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
          let sebelum = HASH_AWAL;
          let harap = 1;
          let jumlah = 0;
          const rusak = (urutan: number, alasan: string) => ({
            utuh: false,
            jumlah,
            hashTerakhir: kepala.hash,
            barisRusak: urutan,
            alasan,
          });
          // In pages, so a long log never sits in memory at once.
          for (let dari = 0; ;) {
            const halaman = await trx.selectFrom('audit').selectAll().where('urutan', '>', dari).orderBy('urutan').limit(1000).execute();
            if (halaman.length === 0) break;
            for (const b of halaman) {
              const urutan = Number(b.urutan);
              if (urutan !== harap) return rusak(harap, `baris ${harap} hilang (baris berikutnya bernomor ${urutan})`);
              if (b.hash_sebelum !== sebelum) return rusak(urutan, `baris ${urutan} tidak merujuk hash baris sebelumnya`);
              const hitung = hashBaris({
                urutan,
                hashSebelum: b.hash_sebelum,
                waktu: b.waktu,
                oleh: b.oleh,
                aksi: b.aksi,
                rincian: b.rincian,
              });
              if (hitung !== b.hash) return rusak(urutan, `isi baris ${urutan} tidak cocok dengan hash-nya (diubah)`);
              sebelum = b.hash;
              harap++;
              jumlah++;
              dari = urutan;
            }
          }
          if (Number(kepala.urutan) !== jumlah || kepala.hash !== sebelum)
            return rusak(
              jumlah + 1,
              `catatan berakhir pada baris ${jumlah}, padahal kepala rantai mencatat ${Number(kepala.urutan)} baris (baris terakhir dihapus)`,
            );
          return { utuh: true, jumlah, hashTerakhir: sebelum };
        });
      },
    },

    kantor: {
      profil: () => profil(baca),
      async simpanProfil(p, oleh) {
        const m = masalahPola(p.polaNomor);
        if (m) throw new RegisterError('tidak-sah', `polaNomor: ${m}`);
        const nama = p.namaKantor.trim();
        if (nama.length > 200) throw new RegisterError('tidak-sah', 'namaKantor: paling banyak 200 karakter.');
        await transaksi(async (trx) => {
          for (const [kunci, nilai] of [
            ['namaKantor', nama],
            ['polaNomor', p.polaNomor],
          ] as const)
            await trx
              .insertInto('kantor')
              .values({ kunci, nilai })
              .onConflict((oc) => oc.column('kunci').doUpdateSet({ nilai }))
              .execute();
          await tulisAudit(trx, 'kantor.profil', oleh, { polaNomor: p.polaNomor });
        });
        return profil(db);
      },
    },

    async tutup() {
      await o.tutup?.();
      if (baca !== db) await baca.destroy();
      await db.destroy();
    },
  };
  return daftar;
}
