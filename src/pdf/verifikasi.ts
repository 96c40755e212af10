// Verification of a sheet: do the figures printed on it follow from the inputs it carries?
// A PDF made here carries its validated input, document fields and printed figures as an attached
// file (kode.ts). Verification reads that file back, checks it against its code, checks that the
// pages print the same code, recomputes with the rules in force, and compares both the figures and
// the full page text with a fresh rendering. Anything it cannot establish is "tidak dapat
// diverifikasi", never "sesuai".
import { z } from 'zod';
import { getDocumentProxy } from 'unpdf';
import type { Aturan } from '../domain/aturan.ts';
import { KesalahanMasukan } from '../domain/galat.ts';
import { hitung } from '../domain/hitung.ts';
import { bacaMasukan } from '../input/parse.ts';
import { FORMAT_LAMPIRAN, kodeVerifikasi, NAMA_LAMPIRAN, rapikanKode } from './kode.ts';
import { angkaTercetak, JUDUL_LEMBAR } from './model.ts';
import { JENIS_DOKUMEN, type JenisDokumen } from './schema.ts';
import { buatDokumen, lembarUntuk } from './buat.ts';

export const MAKNA_VERIFIKASI = {
  membuktikan: 'Verifikasi membuktikan bahwa angka kredit, selisih, dan pernyataan DAPAT/TIDAK DAPAT pada lembar ini mengikuti dari masukan yang tercetak dan terlampir, menurut buku aturan yang berlaku di aplikasi ini, dan bahwa data terlampir tidak diubah sesudah lembar dibuat.',
  tidakMembuktikan: 'Verifikasi tidak membuktikan bahwa masukan itu benar (predikat kinerja, tanggal, pangkat, data pegawai), tidak menggantikan tanda tangan pejabat, dan tidak membuktikan siapa yang membuat lembar ini: kode verifikasi adalah ringkasan (checksum) yang dapat dihitung siapa pun, bukan tanda tangan elektronik.',
};

export type StatusVerifikasi = 'sesuai' | 'berbeda' | 'tidak-dapat-diverifikasi';

export interface Perbedaan { butir: string; tercetak: string; hitungUlang: string }

export interface HasilVerifikasi {
  status: StatusVerifikasi;
  judul: string;
  alasan: string[];
  /** Figures that differ between the sheet and a recomputation. */
  perbedaan: Perbedaan[];
  /** Printed lines that differ from a fresh rendering of the same input. */
  perbedaanHalaman: { hanyaPadaLembar: string[]; seharusnya: string[] };
  kode?: string;
  jenis?: string;
  versiAturan?: { lembar: string; berlaku: string };
  pegawai?: { nama?: string; nip?: string };
  /** The recomputed figures (the code + JSON path shows them to compare with the paper). */
  angka?: Record<string, string>;
}

const lampiranSchema = z.object({
  format: z.literal(FORMAT_LAMPIRAN),
  jenis: z.enum(JENIS_DOKUMEN),
  kode: z.string(),
  versiAturan: z.string(),
  masukan: z.unknown(),
  dokumen: z.record(z.string(), z.unknown()),
  logoSha256: z.string().optional(),
  angka: z.record(z.string(), z.string()),
});

const kosong: Pick<HasilVerifikasi, 'perbedaan' | 'perbedaanHalaman'> = { perbedaan: [], perbedaanHalaman: { hanyaPadaLembar: [], seharusnya: [] } };

function tidakDapat(alasan: string, extra: Partial<HasilVerifikasi> = {}): HasilVerifikasi {
  return { status: 'tidak-dapat-diverifikasi', judul: 'Tidak dapat diverifikasi', alasan: [alasan], ...kosong, ...extra };
}

interface PdfTerbaca { lampiran?: string; halaman: string[][] }

/** The attached file (by our name) and each page's text lines. Throws when the bytes are not a readable PDF. */
export async function bacaPdf(bytes: Uint8Array): Promise<PdfTerbaca> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true, verbosity: 0 });
  try {
    let lampiran: string | undefined;
    const daftar = (await pdf.getAttachments()) as Map<string, unknown> | Record<string, unknown> | null;
    const nama = daftar instanceof Map ? [...daftar.keys()] : Object.keys(daftar ?? {});
    if (nama.includes(NAMA_LAMPIRAN)) {
      const isi = (await (pdf as unknown as { getAttachmentContent(id: string): Promise<Uint8Array | null> }).getAttachmentContent(NAMA_LAMPIRAN));
      if (isi) lampiran = new TextDecoder('utf-8', { fatal: true }).decode(isi);
    }
    const halaman: string[][] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const tc = await page.getTextContent();
      const lines: string[] = [];
      let cur = '';
      for (const item of tc.items) {
        if (!('str' in item)) continue;
        cur += item.str;
        if (item.hasEOL) { lines.push(cur); cur = ''; }
      }
      lines.push(cur);
      halaman.push(lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean));
    }
    return { ...(lampiran !== undefined && { lampiran }), halaman };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

function bandingkanAngka(tercetak: Record<string, string>, baru: Record<string, string>): Perbedaan[] {
  const kunci = [...new Set([...Object.keys(tercetak), ...Object.keys(baru)])];
  return kunci.filter((k) => tercetak[k] !== baru[k])
    .map((k) => ({ butir: k, tercetak: tercetak[k] ?? '(tidak ada)', hitungUlang: baru[k] ?? '(tidak ada)' }));
}

/** Lines present on one side and not the other, counting repeats. */
function selisihBaris(a: string[], b: string[]): { hanyaPadaLembar: string[]; seharusnya: string[] } {
  const hitungBaris = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const ma = hitungBaris(a);
  const mb = hitungBaris(b);
  const lebih = (m1: Map<string, number>, m2: Map<string, number>, urut: string[]) => {
    const sisa = new Map(m2);
    return urut.filter((x) => {
      const n = sisa.get(x) ?? 0;
      if (n > 0) { sisa.set(x, n - 1); return false; }
      return m1.has(x);
    });
  };
  return { hanyaPadaLembar: lebih(ma, mb, a), seharusnya: lebih(mb, ma, b) };
}

/** Verifies an uploaded PDF. Never throws for bad input; a bug in our own code still throws. */
export async function verifikasiPdf(aturan: Aturan, bytes: Uint8Array): Promise<HasilVerifikasi> {
  let terbaca: PdfTerbaca;
  try {
    terbaca = await bacaPdf(bytes);
  } catch {
    return tidakDapat('Berkas ini bukan PDF yang dapat dibaca, atau PDF-nya rusak/terpotong.');
  }
  if (terbaca.lampiran === undefined) {
    return tidakDapat(`PDF ini tidak memuat data perhitungan (lampiran "${NAMA_LAMPIRAN}"): PDF ini tidak dibuat oleh aplikasi ini, atau lampirannya telah dihapus.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(terbaca.lampiran);
  } catch {
    return tidakDapat('Data terlampir pada PDF ini rusak (bukan JSON yang utuh): lampiran telah diubah atau terpotong.');
  }
  const l = lampiranSchema.safeParse(json);
  if (!l.success) return tidakDapat('Data terlampir pada PDF ini tidak berbentuk data lembar dari aplikasi ini.');
  const lampiran = l.data;

  let baca: ReturnType<typeof bacaMasukan>;
  try {
    baca = bacaMasukan(lampiran.masukan);
  } catch (e) {
    if (e instanceof KesalahanMasukan) return tidakDapat('Masukan yang terlampir tidak sah; data terlampir telah diubah.');
    throw e;
  }
  const identitas = { pegawai: { ...(baca.identitas.nama && { nama: baca.identitas.nama }), ...(baca.identitas.nip && { nip: baca.identitas.nip }) } };
  if (kodeVerifikasi(baca.mentah, lampiran.versiAturan) !== lampiran.kode) {
    return tidakDapat('Kode verifikasi tidak sesuai dengan masukan yang terlampir: data terlampir telah diubah sesudah lembar dibuat, atau tidak berasal dari aplikasi ini.', identitas);
  }
  const dasar = { kode: lampiran.kode, jenis: lampiran.jenis, versiAturan: { lembar: lampiran.versiAturan, berlaku: aturan.versi }, ...identitas };

  const halamanTanpaKode = terbaca.halaman.findIndex((h) => !h.some((b) => b.includes(`Kode verifikasi ${lampiran.kode}`)));
  if (terbaca.halaman.length === 0 || halamanTanpaKode >= 0) {
    return tidakDapat(`Halaman ${halamanTanpaKode + 1} tidak mencetak kode verifikasi ${lampiran.kode} yang terlampir: lampiran PDF ini telah ditukar atau halamannya diganti.`, dasar);
  }

  // Recompute with the rules in force.
  let angkaBaru: Record<string, string>;
  try {
    const hasilBaru = hitung(aturan, baca.masukan, baca.opsi);
    angkaBaru = angkaTercetak(hasilBaru, lembarUntuk(lampiran.jenis, hasilBaru));
  } catch (e) {
    if (!(e instanceof KesalahanMasukan)) throw e;
    return {
      status: 'berbeda', judul: 'Tidak dapat dihitung ulang dengan aturan yang berlaku', ...dasar, ...kosong,
      alasan: [`Menurut buku aturan yang berlaku (versi ${aturan.versi}), masukan lembar ini tidak sah lagi: ${e.masalah.map((m) => m.pesan).join(' ')}`],
    };
  }
  const perbedaan = bandingkanAngka(lampiran.angka, angkaBaru);
  const versiSama = lampiran.versiAturan === aturan.versi;
  const alasan: string[] = [];
  if (!versiSama) {
    alasan.push(`Lembar ini dibuat dengan buku aturan versi ${lampiran.versiAturan}; yang berlaku sekarang versi ${aturan.versi}. Angka dihitung ulang dengan aturan yang berlaku sekarang.`);
  }

  // The page text must be what this input produces; when the rules changed, the figures printed must still be the attached ones.
  let perbedaanHalaman = kosong.perbedaanHalaman;
  const teksLembar = terbaca.halaman.flat();
  if (versiSama) {
    let segar: Awaited<ReturnType<typeof buatDokumen>>;
    try {
      segar = await buatDokumen(aturan, { ...(lampiran.masukan as object), dokumen: lampiran.dokumen }, lampiran.jenis as JenisDokumen, { tempatLogo: lampiran.logoSha256 !== undefined });
    } catch (e) {
      if (e instanceof KesalahanMasukan) return tidakDapat('Data dokumen yang terlampir tidak sah; data terlampir telah diubah.', dasar);
      throw e;
    }
    const teksSegar = (await bacaPdf(segar.pdf)).halaman.flat();
    perbedaanHalaman = selisihBaris(teksLembar, teksSegar);
  } else {
    const teks = teksLembar.join('\n');
    const hilang = Object.values(lampiran.angka).filter((v) => /^\d[\d.]*,\d+$/.test(v) && !teks.includes(v));
    if (hilang.length > 0) perbedaanHalaman = { hanyaPadaLembar: [], seharusnya: hilang };
  }

  const bedaHalaman = perbedaanHalaman.hanyaPadaLembar.length + perbedaanHalaman.seharusnya.length > 0;
  const hasilAkhir = { perbedaan, perbedaanHalaman, ...dasar, angka: angkaBaru };
  if (bedaHalaman && (perbedaan.length === 0 || !versiSama)) {
    alasan.push('Isi halaman tidak sama dengan lembar yang dihasilkan dari masukan terlampir: halaman telah diubah sesudah dibuat.');
    return { status: 'tidak-dapat-diverifikasi', judul: 'Tidak dapat diverifikasi: isi halaman telah diubah', alasan, ...hasilAkhir };
  }
  if (!bedaHalaman && perbedaan.length > 0 && versiSama) {
    // The pages are exactly what the input gives, but the attached figures are not: the attachment was edited.
    alasan.push('Angka dalam data terlampir tidak sama dengan angka yang dihasilkan masukannya dengan aturan yang sama: data terlampir telah diubah.');
    return { status: 'tidak-dapat-diverifikasi', judul: 'Tidak dapat diverifikasi: data terlampir telah diubah', alasan, ...hasilAkhir };
  }
  if (perbedaan.length > 0) {
    alasan.push(`${perbedaan.length} angka atau pernyataan pada lembar berbeda dari hasil perhitungan ulang${versiSama ? ' (cara hitung aplikasi berubah sesudah lembar dibuat, atau lembar telah diubah)' : ''}.`);
    return { status: 'berbeda', judul: 'Angka pada lembar tidak sesuai dengan perhitungan ulang', alasan, ...hasilAkhir };
  }
  alasan.push(`Semua ${Object.keys(angkaBaru).length} angka dan pernyataan pada lembar sama dengan hasil perhitungan ulang dari masukan terlampir${versiSama ? ', dan isi halamannya sama dengan lembar yang dihasilkan dari masukan itu' : ''}.`);
  return { status: 'sesuai', judul: `Sesuai: angka pada ${judulJenis(lampiran.jenis)} mengikuti dari masukannya`, alasan, ...hasilAkhir };
}

function judulJenis(jenis: string): string {
  return jenis === 'semua' ? 'dokumen ini' : `lembar ${JUDUL_LEMBAR[jenis as keyof typeof JUDUL_LEMBAR]}`;
}

/**
 * Paper only: the code printed on the sheet and the input JSON (the input file, or the JSON
 * attached to the PDF). Proves the JSON is that sheet's input; the recomputed figures are shown
 * for the reader to compare with the paper.
 */
export function verifikasiKode(aturan: Aturan, kodeDiketik: string, teksJson: string): HasilVerifikasi {
  const kode = rapikanKode(kodeDiketik);
  if (!kode) return tidakDapat('Kode verifikasi harus 12 huruf/angka, mis. 8EF4-WG7G-BWRX.');
  let json: unknown;
  try {
    json = JSON.parse(teksJson);
  } catch {
    return tidakDapat('Berkas masukan bukan JSON yang sah.');
  }
  const lampiran = lampiranSchema.safeParse(json);
  const masukanData = lampiran.success ? lampiran.data.masukan : json;
  let baca: ReturnType<typeof bacaMasukan>;
  try {
    const { dokumen: _d, ...tanpaDokumen } = (masukanData ?? {}) as Record<string, unknown>;
    baca = bacaMasukan(tanpaDokumen);
  } catch (e) {
    if (e instanceof KesalahanMasukan) return tidakDapat(`Berkas masukan tidak sah: ${e.masalah.map((m) => `${m.field}: ${m.pesan}`).join('; ')}`);
    throw e;
  }
  const pegawai = { ...(baca.identitas.nama && { nama: baca.identitas.nama }), ...(baca.identitas.nip && { nip: baca.identitas.nip }) };
  const versiLembar = kodeVerifikasi(baca.mentah, aturan.versi) === kode ? aturan.versi
    : lampiran.success && kodeVerifikasi(baca.mentah, lampiran.data.versiAturan) === kode ? lampiran.data.versiAturan : undefined;
  if (!versiLembar) {
    return tidakDapat('Kode verifikasi tidak sesuai dengan berkas masukan ini: berkas itu bukan masukan lembar berkode ini, atau telah diubah. Jika lembar dibuat dengan versi aturan sebelumnya, unggah PDF-nya.', { kode, pegawai });
  }
  let angka: Record<string, string>;
  try {
    const hasilBaru = hitung(aturan, baca.masukan, baca.opsi);
    angka = angkaTercetak(hasilBaru, lampiran.success ? lembarUntuk(lampiran.data.jenis, hasilBaru) : lembarUntuk('semua', hasilBaru));
  } catch (e) {
    if (!(e instanceof KesalahanMasukan)) throw e;
    return { status: 'berbeda', judul: 'Tidak dapat dihitung ulang dengan aturan yang berlaku', alasan: [e.masalah.map((m) => m.pesan).join(' ')], ...kosong, kode, pegawai };
  }
  const alasan = ['Berkas masukan ini adalah masukan lembar berkode tersebut. Bandingkan angka hasil perhitungan ulang di bawah dengan angka yang tercetak pada kertas.'];
  const perbedaan = lampiran.success ? bandingkanAngka(lampiran.data.angka, angka) : [];
  if (versiLembar !== aturan.versi) alasan.unshift(`Lembar dibuat dengan buku aturan versi ${versiLembar}; yang berlaku sekarang versi ${aturan.versi}.`);
  if (perbedaan.length > 0) {
    return { status: 'berbeda', judul: 'Angka lembar berbeda dari perhitungan ulang', alasan, perbedaan, perbedaanHalaman: kosong.perbedaanHalaman, kode, pegawai, angka, versiAturan: { lembar: versiLembar, berlaku: aturan.versi } };
  }
  return { status: 'sesuai', judul: 'Sesuai: kode dan masukan cocok', alasan, ...kosong, kode, pegawai, angka, versiAturan: { lembar: versiLembar, berlaku: aturan.versi } };
}
