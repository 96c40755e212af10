// The register's first schema: users, sessions, issued documents, the nomor counters, the audit chain
// and the office profile.
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Dialek } from '../jenis.ts';

export function awal(dialek: Dialek): Migration {
  const biner = dialek === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pengguna')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('nama', 'text', (c) => c.notNull().unique())
        .addColumn('peran', 'text', (c) => c.notNull())
        .addColumn('sandi', 'text', (c) => c.notNull())
        .addColumn('aktif', 'integer', (c) => c.notNull())
        .addColumn('dibuat', 'text', (c) => c.notNull())
        .addColumn('diubah', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sesi')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('pengguna_id', 'text', (c) => c.notNull().references('pengguna.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('dibuat', 'text', (c) => c.notNull())
        .addColumn('kedaluwarsa', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sesi_kedaluwarsa').on('sesi').column('kedaluwarsa').execute();
      await db.schema.createIndex('sesi_pengguna').on('sesi').column('pengguna_id').execute();

      await db.schema
        .createTable('dokumen')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('nomor', 'text', (c) => c.notNull().unique())
        .addColumn('urut', 'integer', (c) => c.notNull())
        .addColumn('tahun', 'integer', (c) => c.notNull())
        .addColumn('pola_nomor', 'text', (c) => c.notNull())
        .addColumn('jenis', 'text', (c) => c.notNull())
        .addColumn('sidik_masukan', 'text', (c) => c.notNull())
        .addColumn('masukan_kanonik', 'text', (c) => c.notNull())
        .addColumn('nip', 'text', (c) => c.notNull())
        .addColumn('nama', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('periode_mulai', 'text')
        .addColumn('periode_selesai', 'text')
        .addColumn('kode_verifikasi', 'text')
        .addColumn('hash_pdf', 'text', (c) => c.notNull())
        .addColumn('pdf', sql.raw(biner), (c) => c.notNull())
        .addColumn('tanda', 'text')
        .addColumn('diterbitkan_pada', 'text', (c) => c.notNull())
        .addColumn('diterbitkan_oleh', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('dicabut_pada', 'text')
        .addColumn('alasan_cabut', 'text')
        .addColumn('dicabut_oleh', 'text')
        .addColumn('mengganti_id', 'text', (c) => c.references('dokumen.id'))
        .addColumn('diganti_dengan_id', 'text', (c) => c.references('dokumen.id'))
        .addUniqueConstraint('dokumen_pola_tahun_urut', ['pola_nomor', 'tahun', 'urut'])
        .execute();
      // One valid document per (jenis, input): a second issue returns it. Revoked and replaced ones do not count.
      await db.schema
        .createIndex('dokumen_sidik_berlaku')
        .on('dokumen')
        .column('sidik_masukan')
        .unique()
        .where(sql.ref('status'), '=', 'berlaku')
        .execute();
      await db.schema.createIndex('dokumen_hash_pdf').on('dokumen').column('hash_pdf').execute();
      await db.schema.createIndex('dokumen_nip').on('dokumen').column('nip').execute();
      await db.schema.createIndex('dokumen_terbit').on('dokumen').columns(['diterbitkan_pada', 'id']).execute();

      await db.schema
        .createTable('penghitung_nomor')
        .addColumn('pola_nomor', 'text', (c) => c.notNull())
        .addColumn('tahun', 'integer', (c) => c.notNull())
        .addColumn('terakhir', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('penghitung_nomor_pk', ['pola_nomor', 'tahun'])
        .execute();

      await db.schema
        .createTable('audit')
        .addColumn('urutan', 'integer', (c) => c.primaryKey())
        .addColumn('waktu', 'text', (c) => c.notNull())
        .addColumn('oleh', 'text', (c) => c.notNull())
        .addColumn('aksi', 'text', (c) => c.notNull())
        .addColumn('rincian', 'text', (c) => c.notNull())
        .addColumn('hash_sebelum', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('kepala_audit')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('urutan', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await (db as Kysely<{ kepala_audit: { id: number; urutan: number; hash: string } }>)
        .insertInto('kepala_audit')
        .values({ id: 1, urutan: 0, hash: '0'.repeat(64) })
        .execute();

      await db.schema
        .createTable('kantor')
        .addColumn('kunci', 'text', (c) => c.primaryKey())
        .addColumn('nilai', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
