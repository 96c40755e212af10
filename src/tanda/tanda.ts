// Signing a document's data with the office key, and saying who signed one. The signature covers a
// digest of everything the document's attached data holds (the validated input, the document fields,
// the printed figures, the rule-book and app versions, the signer's key and signing time), so the
// signed statement is short enough for the QR code: "angka-kredit-jf/tanda@1 <digest>".
import * as crypto from 'node:crypto';
import { canonicalJson } from '../pdf/kode.ts';
import type { KantorDipercaya } from './dipercaya.ts';
import { publikDari, sidikJari, type KunciKantor } from './kunci.ts';

export const FORMAT_TANDA = 'angka-kredit-jf/tanda@1';

/** What the key holder says about the signature, inside the signed data. */
// The signer's statement is part of the attachment format, so it is declared with it (src/pdf/kode.ts).
export type { Penanda } from '../pdf/kode.ts';

/** Who may be recognised: this office's own public key and the configured trusted offices. */
export interface Kepercayaan {
  publikSendiri?: string | undefined;
  dipercaya: KantorDipercaya[];
}

export type StatusTanda =
  'kantor-ini' | 'kantor-dipercaya' | 'di-luar-masa-berlaku' | 'kunci-tidak-dikenal' | 'tidak-sah' | 'tidak-ditandatangani';

export interface HasilTanda {
  status: StatusTanda;
  judul: string;
  penjelasan: string;
  sidikJari?: string;
  namaKantor?: string;
  waktu?: string;
}

/** The digest the signature covers: SHA-256 of the attached data (without the signature) as canonical JSON, base64url. */
export function ringkasanData(dataTanpaTanda: unknown): string {
  return crypto.createHash('sha256').update(canonicalJson(dataTanpaTanda)).digest('base64url');
}

const pesan = (ringkasan: string) => Buffer.from(`${FORMAT_TANDA} ${ringkasan}`, 'utf8');

export function tandatangani(kunci: KunciKantor, ringkasan: string): string {
  return crypto.sign(null, pesan(ringkasan), kunci.privat).toString('base64url');
}

function tandaBenar(ringkasan: string, kunci: string, tanda: string): boolean {
  const publik = publikDari(kunci);
  if (!publik || !/^[A-Za-z0-9_-]{86}$/.test(tanda) || !/^[A-Za-z0-9_-]{43}$/.test(ringkasan)) return false;
  try {
    return crypto.verify(null, pesan(ringkasan), publik, Buffer.from(tanda, 'base64url'));
  } catch {
    return false;
  }
}

export const TIDAK_DITANDATANGANI: HasilTanda = {
  status: 'tidak-ditandatangani',
  judul: 'Tidak ditandatangani',
  penjelasan:
    'Dokumen ini tidak membawa tanda tangan kunci kantor, sehingga tidak dapat diketahui siapa yang membuatnya. Siapa pun yang menjalankan aplikasi ini dapat membuat dokumen seperti ini.',
};

/**
 * Who signed: the signature must be valid over `ringkasan` with the key it names, and that key is then
 * looked up: this office's own key first, then the trusted list (with its validity period, by the
 * signing date the signed data states).
 */
export function periksaTanda(t: { ringkasan: string; kunci: string; tanda: string; waktu?: string }, kepercayaan: Kepercayaan): HasilTanda {
  const sidik = publikDari(t.kunci) ? sidikJari(t.kunci) : undefined;
  if (!sidik || !tandaBenar(t.ringkasan, t.kunci, t.tanda)) {
    return {
      status: 'tidak-sah',
      judul: 'Tanda tangan tidak sah',
      penjelasan:
        'Tanda tangan pada dokumen ini tidak cocok dengan datanya: data telah diubah sesudah ditandatangani, atau tanda tangannya dipalsukan. Dokumen ini tidak dapat dianggap diterbitkan oleh kantor mana pun.',
      ...(sidik && { sidikJari: sidik }),
    };
  }
  const dasar = { sidikJari: sidik, ...(t.waktu && { waktu: t.waktu }) };
  if (kepercayaan.publikSendiri && t.kunci === kepercayaan.publikSendiri) {
    return {
      status: 'kantor-ini',
      judul: 'Ditandatangani dengan kunci kantor ini',
      penjelasan: `Data dokumen ini ditandatangani dengan kunci kantor yang menjalankan server ini (sidik jari ${sidik}) dan tidak diubah sesudahnya.`,
      ...dasar,
    };
  }
  const k = kepercayaan.dipercaya.find((e) => e.kunci === t.kunci);
  if (!k) {
    return {
      status: 'kunci-tidak-dikenal',
      judul: 'Ditandatangani dengan kunci yang tidak dikenal',
      penjelasan: `Tanda tangannya cocok dengan datanya, tetapi kuncinya (sidik jari ${sidik}) bukan kunci kantor ini dan tidak ada dalam daftar kantor tepercaya. Siapa pun dapat membuat kunci sendiri: tanyakan kepada kantor yang disebut penerbit apakah sidik jari ini kunci mereka.`,
      ...dasar,
    };
  }
  const tanggal = t.waktu?.slice(0, 10);
  if (!tanggal || (k.berlakuMulai && tanggal < k.berlakuMulai) || (k.berlakuSampai && tanggal > k.berlakuSampai)) {
    const masa = `${k.berlakuMulai ?? 'awal'} sampai ${k.berlakuSampai ?? 'sekarang'}`;
    return {
      status: 'di-luar-masa-berlaku',
      judul: `Ditandatangani dengan kunci ${k.nama}, di luar masa berlakunya`,
      penjelasan: `Kunci ini (sidik jari ${sidik}) tercantum dalam daftar kantor tepercaya sebagai kunci ${k.nama} yang berlaku ${masa}, tetapi dokumen ini menyatakan ditandatangani ${tanggal ?? 'pada tanggal yang tidak disebut'}. Jangan terima dokumen ini sebagai terbitan ${k.nama} tanpa konfirmasi.`,
      namaKantor: k.nama,
      ...dasar,
    };
  }
  return {
    status: 'kantor-dipercaya',
    judul: `Ditandatangani dengan kunci ${k.nama}`,
    penjelasan: `Data dokumen ini ditandatangani dengan kunci ${k.nama} (sidik jari ${sidik}) yang tercantum dalam daftar kantor tepercaya server ini, dan tidak diubah sesudahnya.`,
    namaKantor: k.nama,
    ...dasar,
  };
}
