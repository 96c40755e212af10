// PAdES: a CMS signature inside the PDF, with the office's certificate (SERTIFIKAT_P12), that any PDF
// reader checks on its own. The renderer leaves a placeholder (render.ts: a /Sig dictionary with a
// zeroed /Contents and a starred /ByteRange); here the byte range is filled in and the CMS written.
// Everything is deterministic: RSA PKCS#1 v1.5 has no randomness and the signing time is given, so the
// same input and signing time give the same bytes, as verification needs.
import * as crypto from 'node:crypto';
import type forgeTypes from 'node-forge';

type Forge = typeof forgeTypes;
let forgeDimuat: Forge | undefined;
/**
 * node-forge on first use: the worker bundle keeps packages external, and a static import would load
 * it (about 150 ms) in every worker, though only a server with a certificate ever needs it.
 */
async function muatForge(): Promise<Forge> {
  forgeDimuat ??= (await import('node-forge')).default;
  return forgeDimuat;
}
import { GalatKunci } from './kunci.ts';
import { cariPlaceholder, isiByteRange, UKURAN_TANDA_PADES } from './tempat.ts';

export interface SertifikatKantor {
  kunci: forgeTypes.pki.rsa.PrivateKey;
  /** The signer's certificate first, then the rest of the chain as the PKCS#12 file holds it. */
  rantai: forgeTypes.pki.Certificate[];
  /** The signer's common name (or organisation), printed on the visible signature field. */
  nama: string;
}

/** Reads a PKCS#12 file (the office's certificate from BSrE, or a trial one made by `sertifikat buat`). */
export async function bacaP12(p12: Uint8Array, sandi: string, asal = 'SERTIFIKAT_P12'): Promise<SertifikatKantor> {
  const forge = await muatForge();
  let berkas: forgeTypes.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
    berkas = forge.pkcs12.pkcs12FromAsn1(asn1, false, sandi);
  } catch {
    throw new GalatKunci(`${asal}: berkas PKCS#12 tidak dapat dibuka (berkas rusak, atau SERTIFIKAT_SANDI salah).`);
  }
  const tas = (jenis: string): forgeTypes.pkcs12.Bag[] => berkas.getBags({ bagType: jenis })[jenis] ?? [];
  const kunciTas = [...tas(forge.pki.oids.pkcs8ShroudedKeyBag!), ...tas(forge.pki.oids.keyBag!)];
  const sertTas = tas(forge.pki.oids.certBag!);
  const kunci = kunciTas[0]?.key as forgeTypes.pki.rsa.PrivateKey | undefined;
  if (!kunci) throw new GalatKunci(`${asal}: berkas PKCS#12 tidak memuat kunci privat RSA (kunci EC belum didukung).`);
  const sert = sertTas.flatMap((b) => (b.cert ? [b.cert] : []));
  // The signer's certificate is the one whose public key belongs to the private key.
  const i = sert.findIndex((c) => (c.publicKey as forgeTypes.pki.rsa.PublicKey).n?.equals(kunci.n));
  if (i < 0) throw new GalatKunci(`${asal}: berkas PKCS#12 tidak memuat sertifikat untuk kunci privatnya.`);
  const rantai = [sert[i]!, ...sert.filter((_, j) => j !== i)];
  const nama = String(rantai[0]!.subject.getField('CN')?.value ?? rantai[0]!.subject.getField('O')?.value ?? 'Pemegang sertifikat');
  return { kunci, rantai, nama };
}

/** Writes the CMS (detached, SHA-256, with the signing time) over the byte range into /Contents. */
export async function tandatanganiPades(pdf: Buffer, s: SertifikatKantor, waktu: Date): Promise<Buffer> {
  const forge = await muatForge();
  const siap = isiByteRange(pdf);
  const l = cariPlaceholder(pdf);
  if (!l) throw new Error('PDF tidak memuat tempat tanda tangan PAdES.');
  const ditandatangani = Buffer.concat([siap.subarray(0, l.awalIsi), siap.subarray(l.akhirIsi)]);
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(ditandatangani.toString('binary'));
  for (const c of s.rantai) p7.addCertificate(c);
  p7.addSigner({
    key: s.kunci,
    certificate: s.rantai[0]!,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: waktu as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  const der = Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  if (der.length > UKURAN_TANDA_PADES)
    throw new Error(`Tanda tangan CMS ${der.length} byte, lebih besar dari tempat yang disediakan (${UKURAN_TANDA_PADES}).`);
  siap.write(der.toString('hex').padEnd(2 * UKURAN_TANDA_PADES, '0'), l.awalIsi + 1, 'latin1');
  return siap;
}

export interface HasilPades {
  sah: boolean;
  penjelasan: string;
  nama?: string;
  sidikJariSertifikat?: string;
}

/**
 * Checks the CMS as a PDF reader would, without trusting any certificate authority: the digest of the
 * signed bytes matches, and the signer's certificate (carried in the CMS) signed the attributes. Whether
 * that certificate belongs to a real office is for the reader's trust store (BSrE), not for this app.
 */
export async function periksaCms(cms: Buffer, ditandatangani: Buffer): Promise<HasilPades> {
  const forge = await muatForge();
  const gagal = (penjelasan: string): HasilPades => ({ sah: false, penjelasan });
  if (cms.length === 0 || cms.length > UKURAN_TANDA_PADES) return gagal('Tempat tanda tangan PAdES kosong.');
  let p7: forgeTypes.pkcs7.PkcsSignedData;
  try {
    p7 = forge.pkcs7.messageFromAsn1(
      forge.asn1.fromDer(forge.util.createBuffer(cms.toString('binary')), true),
    ) as forgeTypes.pkcs7.PkcsSignedData;
  } catch {
    return gagal('Isi tanda tangan PAdES bukan CMS yang dapat dibaca.');
  }
  try {
    const penanda = (p7 as unknown as { rawCapture: { signerInfos: forgeTypes.asn1.Asn1[] } }).rawCapture.signerInfos;
    if (!Array.isArray(penanda) || penanda.length !== 1) return gagal('CMS harus memuat tepat satu penanda tangan.');
    const sert = p7.certificates[0];
    if (!sert) return gagal('CMS tidak memuat sertifikat penanda tangan.');
    const si = penanda[0]!.value as forgeTypes.asn1.Asn1[];
    // SignerInfo: version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature.
    const attrs = si.find((x) => x.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && x.type === 0);
    const sig = si[si.length - 1];
    if (!attrs || !sig || typeof sig.value !== 'string') return gagal('CMS tidak memuat atribut bertanda tangan.');
    let digestAttr: string | undefined;
    for (const a of attrs.value as forgeTypes.asn1.Asn1[]) {
      const [oid, set] = a.value as forgeTypes.asn1.Asn1[];
      if (oid && set && forge.asn1.derToOid(oid.value as string) === forge.pki.oids.messageDigest)
        digestAttr = ((set.value as forgeTypes.asn1.Asn1[])[0]?.value as string) ?? '';
    }
    const digest = crypto.createHash('sha256').update(ditandatangani).digest('binary');
    if (digestAttr !== digest)
      return gagal('Ringkasan (digest) dalam tanda tangan PAdES tidak sama dengan isi berkas: berkas telah diubah sesudah ditandatangani.');
    // The signature is over the attributes encoded as a SET (RFC 5652 §5.4), not as the [0] they are stored in.
    const himpunan = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs.value as forgeTypes.asn1.Asn1[]);
    const md = forge.md.sha256.create();
    md.update(forge.asn1.toDer(himpunan).getBytes());
    let benar = false;
    try {
      // forge throws, rather than answering false, when the signature does not decrypt to a valid block.
      benar = (sert.publicKey as forgeTypes.pki.rsa.PublicKey).verify(md.digest().getBytes(), sig.value);
    } catch {
      /* benar stays false */
    }
    const nama = String(sert.subject.getField('CN')?.value ?? sert.subject.getField('O')?.value ?? '');
    const sidik = crypto
      .createHash('sha256')
      .update(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(sert)).getBytes(), 'binary'))
      .digest('hex')
      .slice(0, 32)
      .toUpperCase()
      .match(/.{4}/g)!
      .join(' ');
    if (!benar) return { ...gagal('Tanda tangan PAdES tidak cocok dengan sertifikat yang dibawanya.'), nama, sidikJariSertifikat: sidik };
    return {
      sah: true,
      penjelasan: `Tanda tangan PAdES cocok dengan isi berkas dan dibuat dengan sertifikat atas nama "${nama}". Apakah sertifikat itu sah (diterbitkan BSrE atau otoritas lain) diperiksa oleh pembaca PDF Anda, bukan oleh halaman ini.`,
      nama,
      sidikJariSertifikat: sidik,
    };
  } catch {
    return gagal('Tanda tangan PAdES tidak dapat diperiksa.');
  }
}
