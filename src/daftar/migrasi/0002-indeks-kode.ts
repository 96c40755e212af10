// A document is also looked up by the verification code printed on it (a paper sheet or a scanned QR
// code has no bytes to hash): an index on that column.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export function indeksKode(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('dokumen_kode_verifikasi').on('dokumen').column('kode_verifikasi').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('dokumen_kode_verifikasi').execute();
    },
  };
}
