// ZIP downloads: the chosen PDFs for all or selected people, with a manifest of their verification
// codes (a PDF's code is also on every page and verifiable at /verifikasi); and the SIASN JSON per person.
// PDFs are made by src/pdf/buat.ts (on worker threads when a pool is given) and streamed into the ZIP.
import { createHash } from 'node:crypto';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Aturan } from '../domain/aturan.ts';
import { buatDokumen } from '../pdf/buat.ts';
import type { JenisDokumen } from '../pdf/schema.ts';
import { nomorKe, type Penomoran } from '../pdf/penomoran.ts';
import { csvRow } from '../berkas/csv.ts';
import type { HasilOrang } from './evaluasi.ts';
import { eksporSiasn } from './siasn.ts';

const enc = new TextEncoder();

export interface ManifestRow {
  nip: string;
  nama: string;
  berkas: string;
  jenis: string;
  kodeVerifikasi: string;
  sha256: string;
  status: string;
  /** The document's NOMOR when the batch numbers its documents from a pattern. */
  nomor?: string;
}

export interface PdfZipOptions {
  aturan: Aturan;
  jenis: JenisDokumen;
  /** NIPs to include; undefined: everyone without data errors. */
  pilih?: Set<string>;
  /** Document fields common to all (kop, pejabat, tanggal penetapan), validated by src/pdf. */
  isiDokumen?: Record<string, unknown>;
  /** Numbers the documents from a pattern, in the order of the people, skipping those with data errors. */
  penomoran?: Penomoran;
  alamatVerifikasi?: string;
  /** Renders on the pool; the web passes its own (with time limits), of the same shape. */
  /** The worker pool (src/batch/worker-pool.ts fits it), named by shape: the pool's worker imports this module. */
  kolam?: {
    readonly size: number;
    run<T>(tugas: {
      jenis: 'pdf';
      masukanJson: string;
      dokumen: JenisDokumen;
      isiDokumen?: Record<string, unknown>;
      alamatVerifikasi?: string;
    }): Promise<T>;
  };
  keluar: (d: Uint8Array, final: boolean) => void;
  kemajuan?: (selesai: number, total: number) => void;
}

function tambahBerkas(zip: Zip, nama: string, data: Uint8Array, mampat: boolean): void {
  const f = mampat ? new ZipDeflate(nama, { level: 6 }) : new ZipPassThrough(nama);
  zip.add(f);
  f.push(data, true);
}

function bukaZip(keluar: (d: Uint8Array, final: boolean) => void): Zip {
  return new Zip((err, data, final) => {
    if (err) throw err;
    keluar(data, final);
  });
}

const BACA_SAYA = (jenis: string) => `Dokumen ${jenis} Angka Kredit JF, dibuat massal oleh aplikasi Angka Kredit JF.

manifest.csv / manifest.json: satu baris per pegawai dengan nama berkas, kode verifikasi, dan SHA-256 berkasnya.
Kode verifikasi tercetak pada setiap halaman PDF. Unggah PDF di halaman /verifikasi aplikasi untuk memeriksa
bahwa angka dan pernyataan pada lembar mengikuti dari masukan yang terlampir di dalam PDF itu.
Pegawai dengan kesalahan data tidak dibuatkan dokumen; alasannya tercantum pada kolom status.
Dokumen ini bukan Penetapan Angka Kredit yang sah sampai ditandatangani pejabat yang berwenang.
`;

/** Writes the ZIP of PDFs; returns the manifest. Errors in one person's PDF are recorded, not thrown. */
export async function writePdfZip(orang: HasilOrang[], o: PdfZipOptions): Promise<ManifestRow[]> {
  const zip = bukaZip(o.keluar);
  const dipilih = orang.filter((p) => !o.pilih || o.pilih.has(p.nip));
  const manifest: ManifestRow[] = dipilih.map((p) => ({
    nip: p.nip,
    nama: p.nama ?? '',
    berkas: '',
    jenis: o.jenis,
    kodeVerifikasi: '',
    sha256: '',
    status: '',
  }));
  const total = dipilih.filter((p) => p.masukanJson).length;
  // Numbers follow the order of the file, given before any document is made (the pool finishes out of order).
  const nomor = new Map<number, string>();
  if (o.penomoran) {
    let k = 0;
    const tanggal = typeof o.isiDokumen?.tanggalPenetapan === 'string' ? o.isiDokumen.tanggalPenetapan : undefined;
    dipilih.forEach((p, i) => {
      if (!p.masukanJson) return;
      const tahun = (tanggal ?? String((JSON.parse(p.masukanJson) as { tanggalPerhitungan?: unknown }).tanggalPerhitungan ?? '')).slice(
        0,
        4,
      );
      nomor.set(i, nomorKe(o.penomoran!, k++, tahun));
      manifest[i]!.nomor = nomor.get(i)!;
    });
  }
  let selesai = 0;
  const buat = async (p: HasilOrang, i: number): Promise<{ pdf: Uint8Array; kode: string; namaBerkas: string }> => {
    const n = nomor.get(i);
    const isiDokumen = n ? { ...o.isiDokumen, nomor: n } : o.isiDokumen;
    if (o.kolam) {
      const r = await o.kolam.run<{ pdf: ArrayBuffer; kode: string; namaBerkas: string }>({
        jenis: 'pdf',
        masukanJson: p.masukanJson!,
        dokumen: o.jenis,
        ...(isiDokumen && { isiDokumen }),
        ...(o.alamatVerifikasi && { alamatVerifikasi: o.alamatVerifikasi }),
      });
      return { ...r, pdf: new Uint8Array(r.pdf) };
    }
    const d = await buatDokumen(
      o.aturan,
      { ...JSON.parse(p.masukanJson!), dokumen: isiDokumen ?? {} },
      o.jenis,
      o.alamatVerifikasi ? { alamatVerifikasi: o.alamatVerifikasi } : {},
    );
    return { pdf: d.pdf, kode: d.kode, namaBerkas: d.namaBerkas };
  };
  const paralel = o.kolam ? o.kolam.size * 2 : 1;
  let berikut = 0;
  const kerja = async () => {
    while (berikut < dipilih.length) {
      const i = berikut++;
      const p = dipilih[i]!;
      const m = manifest[i]!;
      if (!p.masukanJson) {
        m.status = 'tidak dibuat: ada kesalahan data (lihat laporan kesalahan)';
        continue;
      }
      try {
        const d = await buat(p, i);
        m.berkas = `pdf/${d.namaBerkas}`;
        m.kodeVerifikasi = d.kode;
        m.sha256 = createHash('sha256').update(d.pdf).digest('hex');
        m.status = 'dibuat';
        tambahBerkas(zip, m.berkas, d.pdf, false);
      } catch (e) {
        const msg =
          e && typeof e === 'object' && 'masalah' in e
            ? (e as { masalah: { pesan: string }[] }).masalah.map((x) => x.pesan).join('; ')
            : 'gagal dibuat';
        m.status = `tidak dibuat: ${msg}`;
      }
      selesai++;
      o.kemajuan?.(selesai, total);
    }
  };
  await Promise.all(Array.from({ length: paralel }, kerja));
  const kolomNomor = o.penomoran ? ['nomor'] : [];
  const csv = `\uFEFF${csvRow(['nip', 'nama', 'berkas', 'jenis', 'kode_verifikasi', 'sha256', 'status', ...kolomNomor], ';')}${manifest.map((m) => csvRow([m.nip, m.nama, m.berkas, m.jenis, m.kodeVerifikasi, m.sha256, m.status, ...(o.penomoran ? [m.nomor ?? ''] : [])], ';')).join('')}`;
  tambahBerkas(zip, 'manifest.csv', enc.encode(csv), true);
  tambahBerkas(
    zip,
    'manifest.json',
    enc.encode(`${JSON.stringify({ format: 'angka-kredit-jf/manifest@1', versiAturan: o.aturan.versi, dokumen: manifest }, null, 2)}\n`),
    true,
  );
  tambahBerkas(zip, 'BACA-SAYA.txt', enc.encode(BACA_SAYA(o.jenis)), true);
  zip.end();
  return manifest;
}

/** The SIASN export, one JSON per person without data errors (or the selected ones). */
export function writeSiasnZip(
  aturan: Aturan,
  orang: HasilOrang[],
  pilih: Set<string> | undefined,
  keluar: (d: Uint8Array, final: boolean) => void,
): number {
  const zip = bukaZip(keluar);
  let n = 0;
  for (const p of orang) {
    if (!p.masukanJson || (pilih && !pilih.has(p.nip))) continue;
    tambahBerkas(
      zip,
      `siasn/${p.nip.replace(/[^0-9A-Za-z]/g, '_')}.json`,
      enc.encode(`${JSON.stringify(eksporSiasn(aturan, p.masukanJson), null, 2)}\n`),
      true,
    );
    n++;
  }
  tambahBerkas(
    zip,
    'BACA-SAYA.txt',
    enc.encode(
      'Satu berkas JSON per pegawai, berbentuk riwayat angka kredit SIASN. Pemetaan kolom dan asumsinya: docs/siasn.md pada repositori aplikasi. pnsId, rwJabatanId, nomorSk, dan tanggalSk harus diisi operator.\n',
    ),
    true,
  );
  zip.end();
  return n;
}
