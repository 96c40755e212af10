// Row types of the register's tables as Kysely sees them (the migrations in migrasi/ create them).
// Text ids (random UUIDs) and ISO text times on both databases: no dialect-specific serials or dates.
import type { Generated } from 'kysely';

export interface TabelPengguna {
  id: string;
  nama: string;
  peran: string;
  /** `scrypt$N$r$p$garam$hash` (src/daftar/sandi.ts). */
  sandi: string;
  aktif: number;
  dibuat: string;
  diubah: string;
}

export interface TabelSesi {
  /** SHA-256 (hex) of the cookie's id; the id itself is never stored. */
  id_hash: string;
  pengguna_id: string;
  csrf: string;
  dibuat: string;
  kedaluwarsa: string;
}

export interface TabelDokumen {
  id: string;
  nomor: string;
  urut: number;
  tahun: number;
  pola_nomor: string;
  jenis: string;
  /** SHA-256 of jenis + canonical input: re-issuing is recognised by it. */
  sidik_masukan: string;
  masukan_kanonik: string;
  nip: string;
  nama: string;
  unit: string;
  periode_mulai: string | null;
  periode_selesai: string | null;
  kode_verifikasi: string | null;
  hash_pdf: string;
  pdf: Uint8Array;
  tanda: string | null;
  diterbitkan_pada: string;
  diterbitkan_oleh: string;
  status: string;
  dicabut_pada: string | null;
  alasan_cabut: string | null;
  dicabut_oleh: string | null;
  mengganti_id: string | null;
  diganti_dengan_id: string | null;
}

export interface TabelPenghitung {
  pola_nomor: string;
  tahun: number;
  terakhir: number;
}

export interface TabelAudit {
  urutan: number;
  waktu: string;
  oleh: string;
  aksi: string;
  rincian: string;
  hash_sebelum: string;
  hash: string;
}

/** One row (id 1): the chain's head, so appending is serialised and a cut tail is detectable. */
export interface TabelKepalaAudit {
  id: number;
  urutan: number;
  hash: string;
}

export interface TabelKantor {
  kunci: string;
  nilai: string;
}

export interface Skema {
  pengguna: TabelPengguna;
  sesi: TabelSesi;
  dokumen: TabelDokumen;
  penghitung_nomor: TabelPenghitung;
  audit: TabelAudit;
  kepala_audit: TabelKepalaAudit;
  kantor: TabelKantor;
}

export type { Generated };
