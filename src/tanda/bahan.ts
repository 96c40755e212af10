// What a process needs to sign and to recognise signatures, in two forms: `BahanTanda` is plain data
// (PEM text, bytes, the trusted list) that can cross to the worker threads in workerData, and
// `Penandatangan` is the same made ready for use (key objects, the parsed certificate). Neither is ever
// logged: errors name files and variables, never their content.
import { readFileSync } from 'node:fs';
import { muatDaftarDipercaya, type KantorDipercaya } from './dipercaya.ts';
import { GalatKunci, kunciDariPem, muatKunciKantor, pemPrivat, type KunciKantor } from './kunci.ts';
import type { SertifikatKantor } from './pades.ts';
import type { Kepercayaan } from './tanda.ts';
import type { Config } from '../config.ts';

export interface BahanTanda {
  /** The office key as PKCS#8 PEM. */
  kunciPem?: string;
  dipercaya: KantorDipercaya[];
  /** SERTIFIKAT_P12's bytes and SERTIFIKAT_SANDI, for PAdES. */
  p12?: Uint8Array;
  sandi?: string;
  /** WAKTU_TANDA_TANGAN=sekarang: sign with the time of rendering instead of the calculation date. */
  waktuSekarang?: boolean;
}

export interface Penandatangan {
  kunci?: KunciKantor;
  sertifikat?: SertifikatKantor;
  waktuSekarang: boolean;
  kepercayaan: Kepercayaan;
}

export interface OpsiBahan {
  dataDir: string;
  kunciKantor?: string | undefined;
  kantorDipercaya?: string | undefined;
  sertifikatP12?: string | undefined;
  sertifikatSandi?: string | undefined;
  waktuTandaTangan?: 'tanggal-perhitungan' | 'sekarang' | undefined;
  /** The server makes the key on first start; the CLI's `verifikasi` only reads one if it is there. */
  buatKunci?: boolean;
}

/** Reads everything from the configuration at boot; a problem stops start-up with a clear message. */
/** The signing settings of the validated configuration, as the server and the batch command line read them. */
export function opsiBahanDari(config: Config): OpsiBahan {
  return {
    dataDir: config.DATA_DIR,
    kunciKantor: config.KUNCI_KANTOR,
    kantorDipercaya: config.KANTOR_DIPERCAYA,
    sertifikatP12: config.SERTIFIKAT_P12,
    sertifikatSandi: config.SERTIFIKAT_SANDI,
    waktuTandaTangan: config.WAKTU_TANDA_TANGAN,
  };
}

export async function muatBahanTanda(o: OpsiBahan): Promise<BahanTanda> {
  const kunci = muatKunciKantor({ dataDir: o.dataDir, ...(o.kunciKantor && { berkasKunci: o.kunciKantor }), buat: o.buatKunci ?? true });
  const bahan: BahanTanda = {
    dipercaya: muatDaftarDipercaya(o.kantorDipercaya),
    ...(kunci && { kunciPem: pemPrivat(kunci) }),
    waktuSekarang: o.waktuTandaTangan === 'sekarang',
  };
  if (o.sertifikatP12) {
    if (o.sertifikatSandi === undefined) throw new GalatKunci('SERTIFIKAT_P12 diatur tetapi SERTIFIKAT_SANDI tidak.');
    let p12: Buffer;
    try {
      p12 = readFileSync(o.sertifikatP12);
    } catch {
      throw new GalatKunci(`Berkas sertifikat ${o.sertifikatP12} (SERTIFIKAT_P12) tidak dapat dibaca.`);
    }
    await (await import('./pades.ts')).bacaP12(p12, o.sertifikatSandi, `Berkas sertifikat ${o.sertifikatP12} (SERTIFIKAT_P12)`); // fail at boot, not on the first document
    bahan.p12 = p12;
    bahan.sandi = o.sertifikatSandi;
  }
  return bahan;
}

/** node-forge is loaded only when a certificate is configured. */
export async function siapkanPenandatangan(b: BahanTanda | undefined): Promise<Penandatangan> {
  if (!b) return { waktuSekarang: false, kepercayaan: { dipercaya: [] } };
  const kunci = b.kunciPem ? kunciDariPem(b.kunciPem, 'Kunci kantor') : undefined;
  const sertifikat = b.p12 && b.sandi !== undefined ? await (await import('./pades.ts')).bacaP12(b.p12, b.sandi) : undefined;
  return {
    ...(kunci && { kunci }),
    ...(sertifikat && { sertifikat }),
    waktuSekarang: b.waktuSekarang ?? false,
    kepercayaan: { publikSendiri: kunci?.publik, dipercaya: b.dipercaya },
  };
}
