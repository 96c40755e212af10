// A self-signed trial certificate (PKCS#12) for trying PAdES before the office has its BSrE certificate.
// Its name says it is a trial in every field a PDF reader shows, so no one mistakes it for a real TTE.
import * as crypto from 'node:crypto';

export const LABEL_UJI_COBA = 'SERTIFIKAT UJI COBA - BUKAN TTE RESMI';

export async function buatSertifikatUjiCoba(o: { nama: string; sandi: string; sekarang?: Date; tahun?: number }): Promise<Buffer> {
  const forge = (await import('node-forge')).default;
  const sekarang = o.sekarang ?? new Date();
  // RSA from node:crypto (fast, native); node-forge only writes the certificate and the PKCS#12 file.
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kunci = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  ) as import('node-forge').pki.rsa.PrivateKey;
  const publik = forge.pki.setRsaPublicKey(kunci.n, kunci.e);
  const sert = forge.pki.createCertificate();
  sert.publicKey = publik;
  sert.serialNumber = `01${crypto.randomBytes(15).toString('hex')}`;
  // Valid from ten years back: documents are signed at their calculation date, which may lie in the past.
  sert.validity.notBefore = new Date(Date.UTC(sekarang.getUTCFullYear() - 10, 0, 1));
  sert.validity.notAfter = new Date(Date.UTC(sekarang.getUTCFullYear() + (o.tahun ?? 2), 11, 31));
  const nama = [
    { name: 'commonName', value: `${o.nama} (${LABEL_UJI_COBA})` },
    { name: 'organizationName', value: `${o.nama} - uji coba` },
    { shortName: 'OU', value: LABEL_UJI_COBA },
    { name: 'countryName', value: 'ID' },
  ];
  sert.setSubject(nama);
  sert.setIssuer(nama);
  sert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  sert.sign(kunci, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(kunci, [sert], o.sandi, { algorithm: '3des', friendlyName: `${o.nama} (${LABEL_UJI_COBA})` });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}
