// The register of issued documents as the web and the command line see it: one narrow interface,
// implemented once over Kysely for SQLite (default, one file in DATA_DIR) and PostgreSQL (DATABASE_URL).
// Times are ISO 8601 UTC strings (`2026-12-01T02:00:00.000Z`); months are `TTTT-BB`.
import type { JenisDokumen } from '../pdf/schema.ts';

/** The register's two databases: one query layer, two SQL dialects. */
export type Dialek = 'sqlite' | 'postgres';

export const PERAN = ['admin', 'operator', 'auditor'] as const;
/** admin: users, office profile, keys; operator: issues, revokes, replaces; auditor: read-only. */
export type Peran = (typeof PERAN)[number];

export interface Pengguna {
  id: string;
  /** Login name: 3–32 characters a–z, 0–9, `.`, `_`, `-` (lower case; compared as given). */
  nama: string;
  peran: Peran;
  aktif: boolean;
  dibuat: string;
}

export interface SesiBaru {
  /** The session id for the cookie (43 base64url characters); only its SHA-256 is stored. */
  id: string;
  /** The CSRF token for this session's forms (43 base64url characters). */
  csrf: string;
  kedaluwarsa: string;
}

export interface Sesi {
  pengguna: Pengguna;
  csrf: string;
  dibuat: string;
  kedaluwarsa: string;
}

export const STATUS_DOKUMEN = ['berlaku', 'dicabut', 'diganti'] as const;
export type StatusDokumen = (typeof STATUS_DOKUMEN)[number];

/** A registered document, without its PDF bytes (`dokumen.pdf(id)` reads them). */
export interface DokumenTerbit {
  id: string;
  nomor: string;
  /** Sequence number within (polaNomor, tahun): 1, 2, 3, … with no gaps. */
  urut: number;
  tahun: number;
  polaNomor: string;
  jenis: JenisDokumen;
  nip: string;
  nama: string;
  unit: string;
  /** The assessment period the document covers, `TTTT-BB`; undefined when the caller gave none. */
  periodeMulai?: string;
  periodeSelesai?: string;
  /** Canonical JSON of the validated input (what re-issuing is compared on, with jenis). */
  masukanKanonik: string;
  /** SHA-256 (hex) of the PDF's bytes: what /verifikasi looks a file up by. */
  hashPdf: string;
  /** The office-key signature the PDF carries (src/tanda), as the caller gave it; undefined when unsigned. */
  tanda?: string;
  kodeVerifikasi?: string;
  diterbitkanPada: string;
  diterbitkanOleh: string;
  status: StatusDokumen;
  /** When status is 'dicabut': when, why, by whom. */
  dicabutPada?: string;
  alasanCabut?: string;
  dicabutOleh?: string;
  /** When status is 'diganti': the replacement's id and nomor (and the time, reason and user). */
  digantiDengan?: { id: string; nomor: string };
  /** On a replacement: the document it replaces. */
  mengganti?: { id: string; nomor: string };
}

/** What the caller renders once the register has assigned the nomor (inside the issuing transaction). */
export interface PdfTerbit {
  bytes: Uint8Array;
  /** The office-key signature carried by the PDF, stored as given (e.g. the QR's `t`). */
  tanda?: string;
}

export interface PermintaanTerbit {
  /** Canonical JSON of the validated input (src/pdf/kode.ts `canonicalJson`). */
  masukanKanonik: string;
  jenis: JenisDokumen;
  nip: string;
  nama: string;
  unit: string;
  periodeMulai?: string;
  periodeSelesai?: string;
  kodeVerifikasi?: string;
  /**
   * Renders the PDF with the nomor and issue date (`TTTT-BB-HH`, WIB) the register assigned. A throw
   * rolls the whole issue back: no nomor is used up, nothing is written.
   */
  pdf: (nomor: string, tanggal: string) => Promise<PdfTerbit>;
  /** The acting user's name (recorded on the document and in the audit log). */
  oleh: string;
}

export interface HasilTerbit {
  dokumen: DokumenTerbit;
  pdf: Uint8Array;
  /** false when the same input and jenis already had a valid document: that one is returned, unchanged. */
  baru: boolean;
}

export interface SaringanDokumen {
  /** Exact NIP (18 digits). */
  nip?: string;
  /** Part of the name, unit or nomor, case-insensitive. */
  nama?: string;
  unit?: string;
  nomor?: string;
  /** Year of issue. */
  tahun?: number;
  /** Documents whose assessment period covers this month (`TTTT-BB`) or touches this year (`TTTT`). */
  periode?: string;
  status?: StatusDokumen;
  jenis?: JenisDokumen;
  /** 1-based page; perHalaman 1–500 (default 50). Newest first. */
  halaman?: number;
  perHalaman?: number;
}

export interface HalamanDokumen {
  dokumen: DokumenTerbit[];
  total: number;
  halaman: number;
  perHalaman: number;
}

export interface BarisAudit {
  urutan: number;
  waktu: string;
  oleh: string;
  aksi: string;
  /** Flat details: ids, nomor, user names, counts. Never a civil servant's personal data. */
  rincian: Record<string, string | number | boolean | null>;
  hashSebelum: string;
  hash: string;
}

export interface PemeriksaanAudit {
  utuh: boolean;
  jumlah: number;
  /** The last row's hash: write it down elsewhere to detect a truncated tail later. */
  hashTerakhir: string;
  /** The first row whose link or hash does not hold (urutan), and why. */
  barisRusak?: number;
  alasan?: string;
}

export interface ProfilKantor {
  /** The office's name as it appears on documents and the register's pages. */
  namaKantor: string;
  /**
   * Pattern of the nomor: `{urut}` (required; `{urut:4}` pads to 4 digits), `{tahun}`, `{bulan}` (01–12),
   * `{bulanRomawi}` (I–XII). The sequence runs per (pattern, year): a new pattern starts at 1.
   */
  polaNomor: string;
}

export interface Daftar {
  readonly dialek: Dialek;
  pengguna: {
    /** Throws RegisterError 'nama-dipakai' or 'tidak-sah'. */
    tambah(p: { nama: string; peran: Peran; sandi: string }, oleh: string): Promise<Pengguna>;
    cariNama(nama: string): Promise<Pengguna | null>;
    cariId(id: string): Promise<Pengguna | null>;
    semua(): Promise<Pengguna[]>;
    ubahPeran(nama: string, peran: Peran, oleh: string): Promise<Pengguna>;
    gantiSandi(nama: string, sandi: string, oleh: string): Promise<void>;
    /** Deactivates the account and ends its sessions. */
    nonaktifkan(nama: string, oleh: string): Promise<Pengguna>;
    aktifkan(nama: string, oleh: string): Promise<Pengguna>;
    /** The active user whose password this is, else null (same work for unknown names). Not audited: the web logs logins. */
    periksaSandi(nama: string, sandi: string): Promise<Pengguna | null>;
  };
  sesi: {
    buat(penggunaId: string, ttlMs: number): Promise<SesiBaru>;
    /** null when unknown, expired, or its user is inactive. */
    cari(id: string): Promise<Sesi | null>;
    hapus(id: string): Promise<void>;
    hapusKedaluwarsa(): Promise<number>;
  };
  dokumen: {
    terbitkan(p: PermintaanTerbit): Promise<HasilTerbit>;
    /** Throws RegisterError 'tidak-ditemukan' or 'status' (only a valid document can be revoked). */
    cabut(id: string, alasan: string, oleh: string): Promise<DokumenTerbit>;
    /** Issues `baru` (next nomor) pointing back to `idLama`, whose status becomes 'diganti'. */
    ganti(idLama: string, baru: PermintaanTerbit & { alasan: string }): Promise<HasilTerbit>;
    cariId(id: string): Promise<DokumenTerbit | null>;
    cariHash(hashPdf: string): Promise<DokumenTerbit | null>;
    cariNomor(nomor: string): Promise<DokumenTerbit | null>;
    /** The newest document issued with this verification code, as printed (XXXX-XXXX-XXXX: a paper sheet, a scanned QR code); null when none. */
    cariKode(kode: string): Promise<DokumenTerbit | null>;
    cari(s: SaringanDokumen): Promise<HalamanDokumen>;
    pdf(id: string): Promise<Uint8Array | null>;
  };
  audit: {
    catat(aksi: string, oleh: string, rincian?: BarisAudit['rincian']): Promise<void>;
    /** Newest first. */
    baca(o?: { batas?: number; sebelum?: number }): Promise<BarisAudit[]>;
    periksa(): Promise<PemeriksaanAudit>;
  };
  kantor: {
    profil(): Promise<ProfilKantor>;
    simpanProfil(p: ProfilKantor, oleh: string): Promise<ProfilKantor>;
  };
  tutup(): Promise<void>;
}

export type KodeGalatDaftar = 'tidak-sah' | 'nama-dipakai' | 'tidak-ditemukan' | 'status';

/** A refusal the user can act on; the message is Indonesian and names the field. */
export class RegisterError extends Error {
  override name = 'RegisterError';
  constructor(
    readonly kode: KodeGalatDaftar,
    message: string,
  ) {
    super(message);
  }
}
