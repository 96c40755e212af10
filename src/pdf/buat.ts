// From an input document ({…masukan, dokumen: {…}}) to a PDF: validate both, compute, build the
// sheet model, render, and attach the data a verifier needs. The one entry the web and tests use.
import type { Aturan } from '../domain/aturan.ts';
import type { Hasil } from '../domain/hasil.ts';
import { InputError, type MasalahMasukan } from '../domain/galat.ts';
import { hitung } from '../domain/hitung.ts';
import { bacaMasukan } from '../input/parse.ts';
import { angkaTercetak, buatModel, putusan, type SumberModel } from './model.ts';
import type { Penandatangan } from '../tanda/bahan.ts';
import { sidikJari } from '../tanda/kunci.ts';
import { ringkasanData, tandatangani, type Penanda } from '../tanda/tanda.ts';
import { isiByteRange } from '../tanda/tempat.ts';
import { renderPdf } from './render.ts';
import { dokumenSchema, JENIS_LEMBAR, type Dokumen, type JenisDokumen, type JenisLembar } from './schema.ts';
import {
  FORMAT_LAMPIRAN,
  kodeVerifikasi,
  MAKS_ALAMAT_VERIFIKASI,
  MAKS_LAMPIRAN_BYTE,
  NAMA_LAMPIRAN,
  VERSI_APLIKASI,
  type Lampiran,
} from './kode.ts';

export interface OpsiBuat {
  /** Absolute address of the /verifikasi page, printed in the QR code. */
  alamatVerifikasi?: string;
  /** The app version written into the attachment; verification rebuilds with the sheet's own. */
  versiAplikasi?: string;
  /** The office key (and certificate) that sign the document; without it the document is unsigned. */
  penandatangan?: Penandatangan;
  /**
   * Verification's rebuild: the signer's statement and signature as the sheet carries them (nobody but
   * the signer can make them), and the PAdES placeholder left empty.
   */
  ulang?: { penanda?: Penanda; tanda?: string };
}

export interface DokumenPdf {
  pdf: Buffer;
  kode: string;
  namaBerkas: string;
}

/**
 * Adds who signs (office key, signing time, PAdES signer) to the attached data and signs the digest of
 * it all with the office key; or, for a rebuild, puts back the sheet's own statement and signature.
 */
function tandatanganiLampiran(
  dasar: Lampiran,
  tanggalPerhitungan: string,
  opsi: OpsiBuat,
): { lampiran: Lampiran; tanda?: NonNullable<SumberModel['tanda']> } {
  let penanda = opsi.ulang?.penanda;
  let tanda = opsi.ulang?.tanda;
  const p = opsi.penandatangan;
  if (!opsi.ulang && p?.kunci) {
    // The calculation date unless configured: the same input then gives the same file.
    const waktu = p.waktuSekarang ? new Date(Math.floor(Date.now() / 1000) * 1000) : new Date(`${tanggalPerhitungan}T00:00:00Z`);
    penanda = { kunci: p.kunci.publik, waktu: waktu.toISOString(), ...(p.sertifikat && { pades: { nama: p.sertifikat.nama } }) };
  }
  const lampiran: Lampiran = { ...dasar, ...(penanda && { penanda }) };
  const ringkasan = ringkasanData(lampiran);
  if (!opsi.ulang && p?.kunci && penanda) tanda = tandatangani(p.kunci, ringkasan);
  if (!penanda || tanda === undefined) return { lampiran: { ...lampiran, ...(tanda !== undefined && { tanda }) } };
  return { lampiran: { ...lampiran, tanda }, tanda: { ringkasan, kunci: penanda.kunci, tanda, sidikJari: sidikJari(penanda.kunci) } };
}

/** Splits {…input, dokumen} and validates both; every problem is named by its field. */
export function bacaPermintaan(data: unknown): { dokumen: Dokumen; masukanData: unknown } {
  const masalah: MasalahMasukan[] = [];
  let masukanData: unknown = data;
  let dokumenData: unknown = {};
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const { dokumen, ...rest } = data as Record<string, unknown>;
    masukanData = rest;
    dokumenData = dokumen ?? {};
  }
  const d = dokumenSchema.safeParse(dokumenData);
  if (!d.success) masalah.push(...d.error.issues.map((i) => ({ field: ['dokumen', ...i.path].join('.'), pesan: i.message })));
  try {
    bacaMasukan(masukanData);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    masalah.unshift(...e.masalah);
  }
  if (masalah.length > 0 || !d.success) throw new InputError(masalah);
  return { dokumen: d.data, masukanData };
}

/**
 * An official Penetapan states DAPAT or TIDAK DAPAT; while the verdict waits for declarations it would
 * guess, so none is made: the refusal names each missing declaration by its input field (issue 12).
 */
export function tolakPenetapanBelumPasti(hasil: Hasil): void {
  const p = putusan(hasil);
  if (p.status !== 'belum_dapat_dipastikan') return;
  throw new InputError(
    p.belumDinyatakan.map((x) => ({
      field: `pernyataan.${x.pernyataan}`,
      pesan: `Penetapan Angka Kredit tidak dibuat karena putusannya belum dapat dipastikan: "${x.uraian}" belum dinyatakan. Nyatakan Ya atau Tidak, lalu buat dokumennya lagi.`,
    })),
  );
}

/** The sheets a document holds: "semua" is every sheet the result has (the Integrasi sheet only with a PAK Integrasi). */
export function lembarUntuk(jenis: JenisDokumen, hasil: Hasil): JenisLembar[] {
  if (jenis === 'semua') return JENIS_LEMBAR.filter((j) => j !== 'integrasi' || hasil.integrasi !== undefined);
  return [jenis];
}

export async function buatDokumen(aturan: Aturan, data: unknown, jenis: JenisDokumen, opsi: OpsiBuat = {}): Promise<DokumenPdf> {
  const { dokumen, masukanData } = bacaPermintaan(data);
  const { masukan, opsi: opsiHitung, identitas, mentah } = bacaMasukan(masukanData);
  const hasil = hitung(aturan, masukan, opsiHitung);
  if (jenis === 'integrasi' && !hasil.integrasi) {
    throw new InputError([
      {
        field: 'pakIntegrasi',
        pesan:
          'Lembar Perhitungan Penyesuaian Angka Kredit Integrasi memerlukan data PAK Integrasi (AK kumulatif konvensional, jenjang, dan golongan pada PAK terakhir).',
      },
    ]);
  }
  if (opsi.alamatVerifikasi !== undefined && opsi.alamatVerifikasi.length > MAKS_ALAMAT_VERIFIKASI) {
    throw new InputError([
      { field: '(alamat)', pesan: `Alamat halaman verifikasi untuk kode QR paling panjang ${MAKS_ALAMAT_VERIFIKASI} karakter.` },
    ]);
  }
  const kode = kodeVerifikasi(mentah, aturan.versi);
  const lembar = lembarUntuk(jenis, hasil);
  if (lembar.includes('penetapan')) tolakPenetapanBelumPasti(hasil);
  const logo = dokumen.logo ? Buffer.from(dokumen.logo.slice(dokumen.logo.indexOf(',') + 1), 'base64') : undefined;
  // Everything the renderer uses is in here, so that verification can make this very file again.
  const dasar: Lampiran = {
    format: FORMAT_LAMPIRAN,
    versiAplikasi: opsi.versiAplikasi ?? VERSI_APLIKASI,
    jenis,
    kode,
    versiAturan: aturan.versi,
    ...(opsi.alamatVerifikasi && { alamatVerifikasi: opsi.alamatVerifikasi }),
    masukan: mentah,
    dokumen,
    angka: angkaTercetak(hasil, lembar),
  };
  const { lampiran, tanda } = tandatanganiLampiran(dasar, masukan.tanggalPerhitungan, opsi);
  const model = buatModel(
    { hasil, identitas, dokumen, kode, ...(opsi.alamatVerifikasi && { alamatVerifikasi: opsi.alamatVerifikasi }), ...(tanda && { tanda }) },
    lembar,
  );
  const isi = Buffer.from(`${JSON.stringify(lampiran, null, 2)}\n`, 'utf8');
  // A sheet the verifier would refuse to read is not made at all.
  if (isi.length > MAKS_LAMPIRAN_BYTE) {
    throw new InputError([
      {
        field: '(berkas)',
        pesan: `Masukan dan data dokumen terlalu besar untuk dilampirkan pada PDF (paling besar ${MAKS_LAMPIRAN_BYTE / 1024 / 1024} MB).`,
      },
    ]);
  }
  const pades = lampiran.penanda?.pades ? { nama: lampiran.penanda.pades.nama, waktu: new Date(lampiran.penanda.waktu) } : undefined;
  let pdf = await renderPdf(model, {
    ...(logo && { logo }),
    lampiran: { nama: NAMA_LAMPIRAN, isi, deskripsi: 'Masukan dan angka perhitungan Angka Kredit JF (untuk verifikasi)' },
    ...(pades && { pades }),
  });
  if (pades) {
    const sertifikat = opsi.ulang ? undefined : opsi.penandatangan?.sertifikat;
    // node-forge is loaded only by a server with a certificate; a rebuild leaves the signature empty.
    pdf = sertifikat ? await (await import('../tanda/pades.ts')).tandatanganiPades(pdf, sertifikat, pades.waktu) : isiByteRange(pdf);
  }
  const siapa =
    (identitas.nip ?? identitas.nama ?? 'pegawai')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'pegawai';
  return { pdf, kode, namaBerkas: `${jenis === 'semua' ? 'dokumen-angka-kredit' : jenis}-${siapa}-${masukan.tanggalPerhitungan}.pdf` };
}
