// Versioned migrations as code, run at start by Kysely's Migrator (bukaDaftar). A migration is never
// edited once released: a change is a new file, named by its order.
import type { Migration, MigrationProvider } from 'kysely/migration';
import type { Dialek } from '../jenis.ts';
import { awal } from './0001-awal.ts';
import { indeksKode } from './0002-indeks-kode.ts';

export function penyediaMigrasi(dialek: Dialek): MigrationProvider {
  return {
    getMigrations: async (): Promise<Record<string, Migration>> => ({
      '0001-awal': awal(dialek),
      '0002-indeks-kode': indeksKode(),
    }),
  };
}
