// Instances with their own data folders, made in temp dirs: keys and certificates never enter the repository.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { muatBahanTanda, siapkanPenandatangan, type BahanTanda, type Penandatangan } from '../../src/tanda/bahan.ts';
import { buatSertifikatUjiCoba } from '../../src/tanda/sertifikat.ts';

export const SANDI = 'sandi-uji';

export function folderSementara(awalan = 'ak-tanda-'): string {
  return mkdtempSync(join(tmpdir(), awalan));
}

export interface Instansi {
  dataDir: string;
  bahan: BahanTanda;
  penandatangan: Penandatangan;
}

/** One instance of the app: its own DATA_DIR (key made on first start), optionally a trusted list and a trial certificate. */
export async function instansi(o: { dataDir?: string; dipercaya?: string; pades?: { nama: string } } = {}): Promise<Instansi> {
  const dataDir = o.dataDir ?? join(folderSementara(), 'data');
  let p12: string | undefined;
  if (o.pades) {
    p12 = join(folderSementara('ak-p12-'), 'kantor.p12');
    writeFileSync(p12, await buatSertifikatUjiCoba({ nama: o.pades.nama, sandi: SANDI }));
  }
  const bahan = await muatBahanTanda({ dataDir, kantorDipercaya: o.dipercaya, ...(p12 && { sertifikatP12: p12, sertifikatSandi: SANDI }) });
  return { dataDir, bahan, penandatangan: await siapkanPenandatangan(bahan) };
}

/** A trusted-list file with the given entries. */
export function daftarDipercaya(entri: { nama: string; kunci: string; berlakuMulai?: string; berlakuSampai?: string }[]): string {
  const berkas = join(folderSementara('ak-daftar-'), 'kantor-dipercaya.yaml');
  writeFileSync(
    berkas,
    `kantor:\n${entri.map((e) => `  - nama: ${JSON.stringify(e.nama)}\n    kunci: ${e.kunci}\n${e.berlakuMulai ? `    berlakuMulai: "${e.berlakuMulai}"\n` : ''}${e.berlakuSampai ? `    berlakuSampai: "${e.berlakuSampai}"\n` : ''}`).join('')}`,
  );
  return berkas;
}
