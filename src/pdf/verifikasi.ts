// Verification of a sheet: is this file exactly what the app makes from the data it carries?
// A PDF made here carries, as an attached file (kode.ts), everything its renderer used: the validated
// input, the document fields with the logo, the QR address, the rules and app versions, the code and
// the printed figures. Rendering is deterministic, so verification reads that file back with a small
// strict reader (pdf-attachment.ts), makes the sheet again (with the rules in force, printing the
// sheet's own rules version and code) and compares the bytes. Anything drawn, added or changed after
// the sheet was made (an annotation, an image, vector glyphs, an edited attachment) makes the bytes
// differ; then the sheet is "tidak dapat diverifikasi", never "sesuai". Page text is never read.
// A pure function of (aturan, bytes): no global state, memory bounded by the limits below.
import { z } from 'zod';
import type { Aturan } from '../domain/aturan.ts';
import { InputError } from '../domain/galat.ts';
import { hitung } from '../domain/hitung.ts';
import { bacaMasukan } from '../input/parse.ts';
import { readPdfAttachment, pdfFacts, type PdfFacts, type AttachmentProblem } from './pdf-attachment.ts';
import {
  FORMAT_LAMPIRAN,
  FORMAT_LAMPIRAN_LAMA,
  kodeVerifikasi,
  MAKS_ALAMAT_VERIFIKASI,
  MAKS_LAMPIRAN_BYTE,
  NAMA_LAMPIRAN,
  rapikanKode,
  VERSI_APLIKASI,
} from './kode.ts';
import { angkaTercetak, JUDUL_LEMBAR } from './model.ts';
import { dokumenSchema, JENIS_DOKUMEN, type JenisDokumen } from './schema.ts';
import { buatDokumen, lembarUntuk } from './buat.ts';
import { periksaTanda, ringkasanData, TIDAK_DITANDATANGANI, type HasilTanda, type Kepercayaan } from '../tanda/tanda.ts';
import { bacaPades } from '../tanda/tempat.ts';
import type { HasilPades } from '../tanda/pades.ts';

export const MAKNA_VERIFIKASI = {
  membuktikan:
    'Verifikasi membuktikan bahwa berkas PDF ini persis, byte demi byte, berkas yang dihasilkan aplikasi ini dari masukan dan data dokumen yang terlampir padanya, sehingga angka kredit, selisih, dan pernyataan DAPAT/TIDAK DAPAT yang tampak pada halamannya mengikuti dari masukan itu menurut buku aturan yang berlaku. Apa pun yang ditambahkan, digambar, atau diubah sesudah lembar dibuat membuat berkas tidak dapat diverifikasi.',
  tidakMembuktikan:
    'Verifikasi angka tidak membuktikan bahwa masukan itu benar (predikat kinerja, tanggal, pangkat, data pegawai), tidak menggantikan tanda tangan pejabat, dan tidak membuktikan siapa yang membuat lembar ini: kode verifikasi adalah ringkasan (checksum) yang dapat dihitung siapa pun. Lembar cetak (kertas) hanya dapat diperiksa dengan kode dan berkas masukannya.',
  tandaTangan:
    'Siapa penerbitnya diperiksa terpisah, dari tanda tangan kunci kantor pada data terlampir: "kunci kantor ini" berarti data itu ditandatangani oleh server ini; nama kantor berarti kuncinya tercantum dalam daftar kantor tepercaya server ini; "kunci yang tidak dikenal" berarti tanda tangannya utuh tetapi siapa pemilik kuncinya tidak diketahui (siapa pun dapat membuat kunci); "tidak ditandatangani" berarti penerbitnya tidak dapat diketahui. Tanda tangan tidak membuktikan bahwa masukannya benar.',
};

/** Larger than any sheet the app makes (the web accepts 5 MB); the verifier refuses more before reading anything. */
export const MAKS_PDF_BYTE = 10 * 1024 * 1024;
/** The JSON text verifikasiKode accepts: an input file, or the attached data (which may hold a logo). */
export const MAKS_TEKS_JSON = MAKS_LAMPIRAN_BYTE;

export type StatusVerifikasi = 'sesuai' | 'berbeda' | 'tidak-dapat-diverifikasi';

export interface Perbedaan {
  butir: string;
  tercetak: string;
  hitungUlang: string;
}

export interface HasilVerifikasi {
  status: StatusVerifikasi;
  judul: string;
  alasan: string[];
  /** Figures that differ between the sheet's attached data and a recomputation with the rules in force. */
  perbedaan: Perbedaan[];
  /** No longer filled: verification compares whole files, not page text. Kept for the views. */
  perbedaanHalaman: { hanyaPadaLembar: string[]; seharusnya: string[] };
  kode?: string;
  jenis?: string;
  versiAturan?: { lembar: string; berlaku: string };
  pegawai?: { nama?: string; nip?: string };
  /** The figures recomputed with the rules in force (for information when the sheet does not verify). */
  angka?: Record<string, string>;
  /** Where the sheet's QR code points. */
  alamatVerifikasi?: string;
  /** Who signed the attached data (office key): reported apart from whether the figures follow. */
  tandaTangan?: HasilTanda;
  /** The PAdES signature in the file, when there is one. */
  pades?: HasilPades;
}

const lampiranSchema = z.strictObject({
  format: z.literal(FORMAT_LAMPIRAN),
  versiAplikasi: z.string().min(1).max(50),
  jenis: z.enum(JENIS_DOKUMEN),
  kode: z.string().max(20),
  versiAturan: z.string().min(1).max(100),
  alamatVerifikasi: z.string().min(1).max(MAKS_ALAMAT_VERIFIKASI).optional(),
  masukan: z.record(z.string(), z.unknown()),
  dokumen: z.record(z.string(), z.unknown()),
  angka: z.record(z.string(), z.string()),
  penanda: z
    .strictObject({
      kunci: z.string().max(100),
      // Exactly what Date#toISOString writes, so the rebuild prints the same time.
      waktu: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
        .refine((w) => !Number.isNaN(Date.parse(w))),
      pades: z.strictObject({ nama: z.string().min(1).max(300) }).optional(),
    })
    .optional(),
  tanda: z.string().max(200).optional(),
});
type LampiranTerbaca = z.output<typeof lampiranSchema>;

/** The earlier format, read only to explain why its sheets cannot be proven and to show the figures. */
const lampiranLamaSchema = z.object({
  format: z.literal(FORMAT_LAMPIRAN_LAMA),
  jenis: z.enum(JENIS_DOKUMEN),
  kode: z.string().max(20),
  versiAturan: z.string().max(100),
  masukan: z.record(z.string(), z.unknown()),
  angka: z.record(z.string(), z.string()),
});

const kosong: Pick<HasilVerifikasi, 'perbedaan' | 'perbedaanHalaman'> = {
  perbedaan: [],
  perbedaanHalaman: { hanyaPadaLembar: [], seharusnya: [] },
};

function tidakDapat(alasan: string | string[], extra: Partial<HasilVerifikasi> = {}): HasilVerifikasi {
  return {
    status: 'tidak-dapat-diverifikasi',
    judul: 'Tidak dapat diverifikasi',
    alasan: typeof alasan === 'string' ? [alasan] : alasan,
    ...kosong,
    ...extra,
  };
}

const ALASAN_LAMPIRAN: Record<AttachmentProblem, string> = {
  'tidak-ada': `PDF ini tidak memuat data perhitungan (lampiran "${NAMA_LAMPIRAN}"): PDF ini tidak dibuat oleh aplikasi ini, atau lampirannya telah dihapus.`,
  'lebih-dari-satu':
    'PDF ini memuat lebih dari satu berkas lampiran, padahal aplikasi ini melampirkan tepat satu: lampiran telah ditambah atau diganti sesudah lembar dibuat.',
  bentuk:
    'Lampiran PDF ini tidak tersimpan dalam bentuk yang ditulis aplikasi ini: PDF ini tidak dibuat oleh aplikasi ini, atau telah disimpan ulang oleh program lain.',
  'terlalu-besar': `Data terlampir lebih besar dari ${MAKS_LAMPIRAN_BYTE / 1024 / 1024} MB setelah diurai, padahal aplikasi ini tidak pernah melampirkan sebanyak itu; berkas ini tidak dibaca lebih lanjut.`,
  rusak: 'Data terlampir pada PDF ini rusak atau terpotong: lampiran telah diubah, atau berkasnya tidak utuh.',
};

function bandingkanAngka(tercetak: Record<string, string>, baru: Record<string, string>): Perbedaan[] {
  const kunci = [...new Set([...Object.keys(tercetak), ...Object.keys(baru)])];
  return kunci
    .filter((k) => tercetak[k] !== baru[k])
    .map((k) => ({ butir: k, tercetak: tercetak[k] ?? '(tidak ada)', hitungUlang: baru[k] ?? '(tidak ada)' }));
}

const objek = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Paths present in `asli` that the schema reading it into `baku` dropped: fields the app never writes. */
function kolomTambahan(asli: unknown, baku: unknown, jalur: string, hasil: string[] = []): string[] {
  if (hasil.length >= 10) return hasil;
  if (Array.isArray(asli) && Array.isArray(baku)) {
    for (let i = 0; i < asli.length && hasil.length < 10; i++) kolomTambahan(asli[i], baku[i], `${jalur}.${i}`, hasil);
  } else if (objek(asli) && objek(baku)) {
    for (const k of Object.keys(asli)) {
      if (hasil.length >= 10) break;
      if (!Object.hasOwn(baku, k)) hasil.push(`${jalur}.${k}`);
      else kolomTambahan(asli[k], baku[k], `${jalur}.${k}`, hasil);
    }
  }
  return hasil;
}

function pegawaiDari(identitas: { nama?: string | undefined; nip?: string | undefined }): {
  pegawai: NonNullable<HasilVerifikasi['pegawai']>;
} {
  return { pegawai: { ...(identitas.nama && { nama: identitas.nama }), ...(identitas.nip && { nip: identitas.nip }) } };
}

/** The attached JSON from the file's bytes, or the reason it cannot be had. */
function jsonLampiran(bytes: Uint8Array): { json: unknown } | { alasan: string } {
  const bacaan = readPdfAttachment(bytes, MAKS_LAMPIRAN_BYTE);
  if ('galat' in bacaan) return { alasan: ALASAN_LAMPIRAN[bacaan.galat] };
  let teks: string;
  try {
    teks = new TextDecoder('utf-8', { fatal: true }).decode(bacaan.isi);
  } catch {
    return { alasan: 'Data terlampir pada PDF ini bukan teks UTF-8: lampiran telah diubah.' };
  }
  try {
    return { json: JSON.parse(teks) as unknown };
  } catch {
    return { alasan: 'Data terlampir pada PDF ini rusak (bukan JSON yang utuh): lampiran telah diubah atau terpotong.' };
  }
}

/** Who signed a sheet's attached data: the signature over the digest of everything but itself. */
export function tandaLampiran(
  l: { penanda?: { kunci: string; waktu: string } | undefined; tanda?: string | undefined },
  kepercayaan: Kepercayaan,
): HasilTanda {
  if (!l.penanda && l.tanda === undefined) return TIDAK_DITANDATANGANI;
  const { tanda, ...tanpaTanda } = l;
  if (!l.penanda || tanda === undefined) {
    return {
      status: 'tidak-sah',
      judul: 'Tanda tangan tidak sah',
      penjelasan: 'Data terlampir memuat keterangan penanda tangan tanpa tanda tangan, atau sebaliknya: data telah diubah.',
    };
  }
  return periksaTanda({ ringkasan: ringkasanData(tanpaTanda), kunci: l.penanda.kunci, tanda, waktu: l.penanda.waktu }, kepercayaan);
}

const TANPA_KEPERCAYAAN: Kepercayaan = { dipercaya: [] };

/** Verifies an uploaded PDF. Never throws for bad input; a bug in our own code still throws. */
export async function verifikasiPdf(
  aturan: Aturan,
  bytes: Uint8Array,
  kepercayaan: Kepercayaan = TANPA_KEPERCAYAAN,
): Promise<HasilVerifikasi> {
  if (bytes.length > MAKS_PDF_BYTE) {
    return tidakDapat(
      `Berkas ini lebih besar dari ${MAKS_PDF_BYTE / 1024 / 1024} MB, padahal lembar dari aplikasi ini jauh lebih kecil: berkas ini tidak dibuat oleh aplikasi ini.`,
    );
  }
  const fakta = pdfFacts(bytes);
  if (!fakta.pdf) return tidakDapat('Berkas ini bukan PDF.');
  const bacaan = jsonLampiran(bytes);
  if ('alasan' in bacaan) return tidakDapat([bacaan.alasan, ...rincianStruktur(fakta)]);
  const json = bacaan.json;
  if (objek(json) && json.format === FORMAT_LAMPIRAN_LAMA) return verifikasiLama(aturan, json);

  const l = lampiranSchema.safeParse(json);
  if (!l.success) {
    const tambahan = l.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []));
    if (tambahan.length > 0) {
      return tidakDapat(
        `Data terlampir memuat kolom yang tidak pernah ditulis aplikasi ini (${tambahan.slice(0, 10).join(', ')}): data terlampir telah diubah.`,
      );
    }
    return tidakDapat('Data terlampir pada PDF ini tidak berbentuk data lembar dari aplikasi ini.');
  }
  const tandaTangan = tandaLampiran(l.data, kepercayaan);
  const hasil = await verifikasiLampiran(aturan, bytes, fakta, l.data);
  if (hasil.status !== 'sesuai' && (tandaTangan.status === 'kantor-ini' || tandaTangan.status === 'kantor-dipercaya')) {
    // The signature covers the attached data, not the pages: a signed attachment in an edited file proves nothing about what is shown.
    return {
      ...hasil,
      tandaTangan: {
        ...tandaTangan,
        penjelasan: `${tandaTangan.penjelasan} Tanda tangan ini hanya menjamin data terlampir; karena berkas PDF-nya tidak sama dengan lembar yang dibuat dari data itu, isi halamannya tidak dijamin.`,
      },
    };
  }
  return { ...hasil, tandaTangan };
}

async function verifikasiLampiran(aturan: Aturan, bytes: Uint8Array, fakta: PdfFacts, lampiran: LampiranTerbaca): Promise<HasilVerifikasi> {
  let baca: ReturnType<typeof bacaMasukan>;
  try {
    baca = bacaMasukan(lampiran.masukan);
  } catch (e) {
    if (e instanceof InputError) return tidakDapat('Masukan yang terlampir tidak sah; data terlampir telah diubah.');
    throw e;
  }
  const identitas = pegawaiDari(baca.identitas);
  const d = dokumenSchema.safeParse(lampiran.dokumen);
  if (!d.success)
    return tidakDapat(
      `Data dokumen yang terlampir tidak sah (${d.error.issues.map((i) => i.message).join(' ')}); data terlampir telah diubah.`,
      identitas,
    );
  // The input schema drops fields it does not know, so they would be silently ignored; the app never writes any.
  const tambahan = [...kolomTambahan(lampiran.masukan, baca.mentah, 'masukan'), ...kolomTambahan(lampiran.dokumen, d.data, 'dokumen')];
  if (tambahan.length > 0) {
    return tidakDapat(
      `Data terlampir memuat kolom yang tidak pernah ditulis aplikasi ini (${tambahan.slice(0, 10).join(', ')}): data terlampir telah diubah.`,
      identitas,
    );
  }
  if (kodeVerifikasi(baca.mentah, lampiran.versiAturan) !== lampiran.kode) {
    return tidakDapat(
      'Kode verifikasi tidak sesuai dengan masukan yang terlampir: data terlampir telah diubah sesudah lembar dibuat, atau tidak berasal dari aplikasi ini.',
      identitas,
    );
  }
  const versiSama = lampiran.versiAturan === aturan.versi;
  const dasar = {
    kode: lampiran.kode,
    jenis: lampiran.jenis,
    versiAturan: { lembar: lampiran.versiAturan, berlaku: aturan.versi },
    ...identitas,
    ...(lampiran.alamatVerifikasi && { alamatVerifikasi: lampiran.alamatVerifikasi }),
  };
  const catatanVersi = versiSama
    ? []
    : [`Lembar ini dibuat dengan buku aturan versi ${lampiran.versiAturan}; yang berlaku sekarang versi ${aturan.versi}.`];

  let angkaBaru: Record<string, string>;
  try {
    const hasilBaru = hitung(aturan, baca.masukan, baca.opsi);
    angkaBaru = angkaTercetak(hasilBaru, lembarUntuk(lampiran.jenis, hasilBaru));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return tidakDapat(
      [
        ...catatanVersi,
        `Menurut buku aturan yang berlaku (versi ${aturan.versi}), masukan lembar ini tidak sah lagi, sehingga lembarnya tidak dapat dibuat ulang: ${e.masalah.map((m) => m.pesan).join(' ')}`,
      ],
      dasar,
    );
  }
  const perbedaan = bandingkanAngka(lampiran.angka, angkaBaru);

  // The sheet made again: figures under the rules in force, the sheet's own rules version, code, QR address and app version.
  let ulang: Buffer;
  try {
    ulang = (
      await buatDokumen({ ...aturan, versi: lampiran.versiAturan }, { ...lampiran.masukan, dokumen: lampiran.dokumen }, lampiran.jenis, {
        ...(lampiran.alamatVerifikasi && { alamatVerifikasi: lampiran.alamatVerifikasi }),
        versiAplikasi: lampiran.versiAplikasi,
        // The signer's own statement and signature: only the signer can make them, so they are taken as carried.
        ulang: { ...(lampiran.penanda && { penanda: lampiran.penanda }), ...(lampiran.tanda !== undefined && { tanda: lampiran.tanda }) },
      })
    ).pdf;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return tidakDapat(
      [...catatanVersi, `Lembar tidak dapat dibuat ulang dari data terlampirnya: ${e.masalah.map((m) => m.pesan).join(' ')}`],
      { ...dasar, perbedaan, angka: angkaBaru },
    );
  }

  // With PAdES the rebuild leaves the CMS empty (only the certificate holder can make it): the upload is
  // compared with its CMS zeroed, and the CMS is checked on its own.
  let dibandingkan = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pades: HasilPades | undefined;
  if (lampiran.penanda?.pades) {
    const p = bacaPades(dibandingkan);
    if (!p.ada)
      pades = {
        sah: false,
        penjelasan:
          'Data terlampir menyatakan lembar ini ditandatangani dengan sertifikat (PAdES), tetapi berkasnya tidak memuat tanda tangan itu: tanda tangannya telah dihapus.',
      };
    else if ('galat' in p) pades = { sah: false, penjelasan: p.galat };
    else {
      const { periksaCms } = await import('../tanda/pades.ts');
      pades = await periksaCms(p.cms, Buffer.concat([dibandingkan.subarray(0, p.awalIsi), dibandingkan.subarray(p.akhirIsi)]));
      dibandingkan = p.tanpaIsi;
    }
  }
  if (Buffer.compare(dibandingkan, ulang) === 0) {
    const alasan = [
      ...(versiSama
        ? []
        : [`${catatanVersi[0]} Angkanya dihitung ulang dengan aturan yang berlaku sekarang dan hasilnya sama dengan yang tercetak.`]),
      'Berkas ini sama byte demi byte dengan lembar yang dihasilkan aplikasi ini dari data terlampirnya: tidak ada yang ditambahkan, digambar, atau diubah sesudah lembar dibuat.',
      `Semua ${Object.keys(angkaBaru).length} angka dan pernyataan pada lembar sama dengan hasil perhitungan ulang dari masukan terlampir menurut buku aturan yang berlaku.`,
      ...(lampiran.alamatVerifikasi ? [`Kode QR pada lembar mengarah ke ${lampiran.alamatVerifikasi}?kode=${lampiran.kode}.`] : []),
    ];
    return {
      status: 'sesuai',
      judul: `Sesuai: angka pada ${judulJenis(lampiran.jenis)} mengikuti dari masukannya, dan berkasnya tidak diubah sesudah dibuat`,
      alasan,
      ...kosong,
      ...dasar,
      angka: angkaBaru,
      ...(pades && { pades }),
    };
  }

  const faktaUlang = pdfFacts(ulang);
  const alasan = [
    'Berkas ini tidak sama byte demi byte dengan lembar yang dihasilkan aplikasi ini dari data terlampirnya, sehingga apa yang tampak pada halamannya tidak dapat dijamin.',
    ...rincianStruktur(fakta, lampiran.kode, faktaUlang, bytes, ulang),
  ];
  if (lampiran.versiAplikasi !== VERSI_APLIKASI) {
    alasan.push(
      `Lembar ini dibuat oleh aplikasi versi ${lampiran.versiAplikasi}; server ini menjalankan versi ${VERSI_APLIKASI}, dan tata letak lembar mungkin berubah di antaranya.`,
    );
  }
  if (!versiSama) {
    alasan.push(
      `${catatanVersi[0]} Tidak dapat dibedakan apakah aturannya yang berubah atau lembarnya yang diubah; angka menurut aturan yang berlaku ditampilkan sebagai informasi.`,
    );
  }
  if (perbedaan.length > 0) {
    alasan.push(
      `${perbedaan.length} angka atau pernyataan dalam data terlampir berbeda dari hasil perhitungan ulang dari masukannya${versiSama ? ' dengan aturan yang sama: data terlampir telah diubah' : ''}.`,
    );
  }
  const tandaUbahan =
    fakta.akhirBerkas > 1 ||
    fakta.anotasi > faktaUlang.anotasi ||
    fakta.gambar > faktaUlang.gambar ||
    fakta.kodeInfo.some((k) => k !== lampiran.kode) ||
    perbedaan.length > 0;
  if (!tandaUbahan && versiSama) {
    // Nothing points to an edit: a file made by another build (PDFKit, Node's zlib, fonts) also differs.
    alasan.push(
      'Jika berkas ini diunduh langsung dari aplikasi dan tidak disunting, perbedaannya dapat berasal dari versi aplikasi, pustaka PDF, atau fon yang berbeda pada server pembuatnya; buat ulang lembar dari masukannya.',
    );
  }
  return {
    status: 'tidak-dapat-diverifikasi',
    judul: 'Tidak dapat diverifikasi: berkas bukan lembar yang dihasilkan dari data terlampirnya',
    alasan,
    ...kosong,
    perbedaan,
    ...dasar,
    angka: angkaBaru,
    ...(pades && { pades }),
  };
}

/** What the file's structure says about how it was changed, compared with the sheet made again when there is one. */
function rincianStruktur(fakta: PdfFacts, kode?: string, asli?: PdfFacts, bytes?: Uint8Array, ulang?: Buffer): string[] {
  const r: string[] = [];
  const kodeLain = fakta.kodeInfo.filter((k) => k !== kode);
  if (kode && kodeLain.length > 0) {
    r.push(
      `Keterangan berkas PDF ini menyebut kode verifikasi ${kodeLain.join(', ')}, sedangkan data terlampirnya berkode ${kode}: lampiran telah ditukar dengan data lembar lain.`,
    );
  }
  if (fakta.akhirBerkas > 1) {
    r.push(
      `Berkas memuat ${fakta.akhirBerkas} penanda akhir (%%EOF), padahal aplikasi ini menulis satu: PDF ini diubah dengan pembaruan bertahap (incremental update), cara program penyunting menambahkan isi di belakang berkas asli.`,
    );
  }
  if (fakta.anotasi > (asli?.anotasi ?? 0)) {
    r.push(
      'PDF ini memuat anotasi (/Annot), yang tidak pernah dibuat aplikasi ini: anotasi dapat menampilkan teks atau gambar di atas halaman.',
    );
  }
  if (asli && fakta.gambar > asli.gambar) {
    r.push(`PDF ini memuat ${fakta.gambar - asli.gambar} gambar yang tidak dibuat aplikasi ini.`);
  }
  if (!asli || !bytes || !ulang) return r;
  if (!fakta.dejaVu && asli.dejaVu) {
    r.push(
      'Lembar ini tidak memakai fon DejaVu Sans Condensed yang disematkan aplikasi ini pada setiap lembar: lembar dibuat oleh versi aplikasi sebelumnya (fon Helvetica) atau oleh program lain; buat ulang lembar dari masukannya.',
    );
  }
  if (fakta.objek !== asli.objek)
    r.push(`PDF ini memuat ${fakta.objek} objek; lembar yang dihasilkan dari data terlampirnya memuat ${asli.objek}.`);
  if (fakta.ukuran !== asli.ukuran) {
    r.push(
      `Ukuran berkas ${fakta.ukuran.toLocaleString('id-ID')} byte; lembar yang dihasilkan dari data terlampirnya ${asli.ukuran.toLocaleString('id-ID')} byte.`,
    );
  } else {
    let i = 0;
    while (i < ulang.length && bytes[i] === ulang[i]) i++;
    r.push(
      `Ukuran berkas sama dengan lembar yang dihasilkan dari data terlampirnya, tetapi isinya berbeda mulai byte ke-${i.toLocaleString('id-ID')}.`,
    );
  }
  return r;
}

/** A sheet from the earlier format: its input can still be checked against its code and recomputed, its pages cannot be proven. */
function verifikasiLama(aturan: Aturan, json: Record<string, unknown>): HasilVerifikasi {
  const alasan = `Lembar ini dibuat oleh versi aplikasi sebelumnya (data terlampir berformat ${FORMAT_LAMPIRAN_LAMA}), yang tidak menyimpan semua yang diperlukan untuk membuat ulang berkasnya byte demi byte; karena itu isi halamannya tidak dapat dibuktikan. Buat ulang lembar dari masukannya untuk memperoleh lembar yang dapat diverifikasi.`;
  const l = lampiranLamaSchema.safeParse(json);
  if (!l.success) return tidakDapat(alasan);
  let baca: ReturnType<typeof bacaMasukan>;
  try {
    baca = bacaMasukan(l.data.masukan);
  } catch (e) {
    if (e instanceof InputError) return tidakDapat(alasan);
    throw e;
  }
  const dasar = {
    kode: l.data.kode,
    jenis: l.data.jenis,
    versiAturan: { lembar: l.data.versiAturan, berlaku: aturan.versi },
    ...pegawaiDari(baca.identitas),
  };
  if (kodeVerifikasi(baca.mentah, l.data.versiAturan) !== l.data.kode) {
    return tidakDapat(
      [alasan, 'Lagi pula, kode verifikasinya tidak sesuai dengan masukan yang terlampir: data terlampir telah diubah.'],
      dasar,
    );
  }
  try {
    const hasilBaru = hitung(aturan, baca.masukan, baca.opsi);
    const angka = angkaTercetak(hasilBaru, lembarUntuk(l.data.jenis, hasilBaru));
    return tidakDapat(
      [alasan, 'Angka menurut aturan yang berlaku dari masukan terlampir ditampilkan sebagai informasi; bandingkan dengan yang tercetak.'],
      { ...dasar, perbedaan: bandingkanAngka(l.data.angka, angka), angka },
    );
  } catch (e) {
    if (e instanceof InputError) return tidakDapat(alasan, dasar);
    throw e;
  }
}

function judulJenis(jenis: string): string {
  return jenis === 'semua' ? 'dokumen ini' : `lembar ${JUDUL_LEMBAR[jenis as keyof typeof JUDUL_LEMBAR]}`;
}

/**
 * Paper only: the code printed on the sheet and the input JSON (the input file, or the JSON
 * attached to the PDF). Proves the JSON is that sheet's input; the recomputed figures are shown
 * for the reader to compare with the paper.
 */
export function verifikasiKode(
  aturan: Aturan,
  kodeDiketik: string,
  teksJson: string,
  kepercayaan: Kepercayaan = TANPA_KEPERCAYAAN,
): HasilVerifikasi {
  const kode = rapikanKode(kodeDiketik);
  if (!kode) return tidakDapat('Kode verifikasi harus 12 huruf/angka, mis. 8EF4-WG7G-BWRX.');
  if (teksJson.length > MAKS_TEKS_JSON)
    return tidakDapat(`Berkas masukan lebih besar dari ${MAKS_TEKS_JSON / 1024 / 1024} MB; masukan dari aplikasi ini jauh lebih kecil.`);
  let json: unknown;
  try {
    json = JSON.parse(teksJson);
  } catch {
    return tidakDapat('Berkas masukan bukan JSON yang sah.');
  }
  // The attached data of a sheet (either format) carries the input and the sheet's rules version; any other JSON is the input itself.
  let lampiran: { masukan: unknown; versiAturan: string; jenis: JenisDokumen; angka: Record<string, string> } | undefined;
  let tandaTangan: HasilTanda | undefined;
  if (objek(json) && typeof json.format === 'string' && json.format.startsWith('angka-kredit-jf/lembar@')) {
    const l = json.format === FORMAT_LAMPIRAN_LAMA ? lampiranLamaSchema.safeParse(json) : lampiranSchema.safeParse(json);
    if (!l.success) return tidakDapat('Data terlampir ini tidak berbentuk data lembar dari aplikasi ini, atau telah diubah.');
    lampiran = l.data;
    // The attached data of a signed sheet carries its signature: who signed can be told from it alone.
    if (l.data.format === FORMAT_LAMPIRAN) tandaTangan = tandaLampiran(l.data, kepercayaan);
  }
  const masukanData = lampiran ? lampiran.masukan : json;
  let baca: ReturnType<typeof bacaMasukan>;
  try {
    const { dokumen: _d, ...tanpaDokumen } = (objek(masukanData) ? masukanData : {}) as Record<string, unknown>;
    baca = bacaMasukan(objek(masukanData) ? tanpaDokumen : masukanData);
  } catch (e) {
    if (e instanceof InputError)
      return tidakDapat(`Berkas masukan tidak sah: ${e.masalah.map((m) => `${m.field}: ${m.pesan}`).join('; ')}`);
    throw e;
  }
  const { pegawai } = pegawaiDari(baca.identitas);
  const versiLembar =
    kodeVerifikasi(baca.mentah, aturan.versi) === kode
      ? aturan.versi
      : lampiran && kodeVerifikasi(baca.mentah, lampiran.versiAturan) === kode
        ? lampiran.versiAturan
        : undefined;
  if (!versiLembar) {
    return tidakDapat(
      'Kode verifikasi tidak sesuai dengan berkas masukan ini: berkas itu bukan masukan lembar berkode ini, atau telah diubah. Jika lembar dibuat dengan versi aturan sebelumnya, unggah PDF-nya.',
      { kode, pegawai },
    );
  }
  let angka: Record<string, string>;
  try {
    const hasilBaru = hitung(aturan, baca.masukan, baca.opsi);
    angka = angkaTercetak(hasilBaru, lembarUntuk(lampiran?.jenis ?? 'semua', hasilBaru));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return {
      status: 'berbeda',
      judul: 'Tidak dapat dihitung ulang dengan aturan yang berlaku',
      alasan: [e.masalah.map((m) => m.pesan).join(' ')],
      ...kosong,
      kode,
      pegawai,
    };
  }
  const alasan = [
    'Berkas masukan ini adalah masukan lembar berkode tersebut. Bandingkan angka hasil perhitungan ulang di bawah dengan angka yang tercetak pada kertas.',
  ];
  const perbedaan = lampiran ? bandingkanAngka(lampiran.angka, angka) : [];
  if (versiLembar !== aturan.versi)
    alasan.unshift(`Lembar dibuat dengan buku aturan versi ${versiLembar}; yang berlaku sekarang versi ${aturan.versi}.`);
  if (perbedaan.length > 0) {
    return {
      status: 'berbeda',
      judul: 'Angka lembar berbeda dari perhitungan ulang',
      alasan,
      perbedaan,
      perbedaanHalaman: kosong.perbedaanHalaman,
      kode,
      pegawai,
      angka,
      versiAturan: { lembar: versiLembar, berlaku: aturan.versi },
      ...(tandaTangan && { tandaTangan }),
    };
  }
  return {
    status: 'sesuai',
    judul: 'Sesuai: kode dan masukan cocok',
    alasan,
    ...kosong,
    kode,
    pegawai,
    angka,
    versiAturan: { lembar: versiLembar, berlaku: aturan.versi },
    ...(tandaTangan && { tandaTangan }),
  };
}
