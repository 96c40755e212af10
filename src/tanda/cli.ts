// Command line of signed documents:
//   angka-kredit verifikasi berkas.pdf [--json]          figures and signer, as /verifikasi says them
//   angka-kredit sertifikat buat --out kantor.p12 --nama "…" --sandi …   a self-signed TRIAL certificate
// `verifikasi` reads the office key and trusted list from the same variables as the server (DATA_DIR,
// KUNCI_KANTOR, KANTOR_DIPERCAYA) but never makes a key.
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { parseConfig } from '../config.ts';
import { loadAturan } from '../rules/loader.ts';
import { muatBahanTanda, siapkanPenandatangan } from './bahan.ts';
import { LABEL_UJI_COBA, buatSertifikatUjiCoba } from './sertifikat.ts';

export const USAGE_TANDA = `angka-kredit verifikasi <berkas.pdf> [--json]
  angka-kredit sertifikat buat --out <kantor.p12> --nama "<nama kantor>" --sandi <sandi>`;

const tulis = (s: string) => process.stdout.write(s);
const galat = (s: string) => process.stderr.write(s);

/** Exit code 0: the figures follow and the signer is this office or a trusted one; 1: anything else; 2: usage. */
export async function jalankanVerifikasiCli(args: string[]): Promise<number> {
  const berkas = args.find((a) => !a.startsWith('--'));
  if (!berkas) {
    galat(`Penggunaan:\n  ${USAGE_TANDA}\n`);
    return 2;
  }
  const { verifikasiPdf, MAKS_PDF_BYTE } = await import('../pdf/verifikasi.ts');
  let bytes: Buffer;
  try {
    if (statSync(berkas).size > MAKS_PDF_BYTE) {
      galat(`Berkas "${berkas}" lebih besar dari ${MAKS_PDF_BYTE / 1024 / 1024} MB; lembar dari aplikasi ini jauh lebih kecil.\n`);
      return 1;
    }
    bytes = bacaPenuh(berkas, MAKS_PDF_BYTE);
  } catch {
    galat(`Berkas "${berkas}" tidak dapat dibaca.\n`);
    return 2;
  }
  const config = parseConfig();
  const bahan = await muatBahanTanda({
    dataDir: config.DATA_DIR,
    kunciKantor: config.KUNCI_KANTOR,
    kantorDipercaya: config.KANTOR_DIPERCAYA,
    buatKunci: false,
  });
  const { kepercayaan } = await siapkanPenandatangan(bahan);
  const h = await verifikasiPdf(loadAturan(config.ATURAN_DIR), bytes, kepercayaan);
  if (args.includes('--json')) tulis(`${JSON.stringify(h, null, 2)}\n`);
  else {
    tulis(`Angka: ${h.judul}\n${h.alasan.map((a) => `  - ${a}\n`).join('')}`);
    if (h.tandaTangan) tulis(`Penerbit: ${h.tandaTangan.judul}\n  ${h.tandaTangan.penjelasan}\n`);
    else tulis('Penerbit: tidak dapat diperiksa (data terlampir tidak terbaca).\n');
    if (h.pades) tulis(`PAdES: ${h.pades.sah ? 'cocok dengan isi berkas' : 'tidak sah'}\n  ${h.pades.penjelasan}\n`);
  }
  const diterbitkan = h.tandaTangan?.status === 'kantor-ini' || h.tandaTangan?.status === 'kantor-dipercaya';
  return h.status === 'sesuai' && diterbitkan ? 0 : 1;
}

function bacaPenuh(berkas: string, maks: number): Buffer {
  const fd = openSync(berkas, 'r');
  try {
    const buf = Buffer.alloc(maks + 1);
    let n = 0;
    for (let k = 1; k > 0 && n <= maks; n += k) k = readSync(fd, buf, n, buf.length - n, null);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

export async function jalankanSertifikatCli(args: string[]): Promise<number> {
  const nilai = (nama: string) => {
    const i = args.indexOf(nama);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = nilai('--out');
  const nama = nilai('--nama')?.trim();
  const sandi = nilai('--sandi');
  if (args[0] !== 'buat' || !out || !nama || sandi === undefined) {
    galat(`Penggunaan:\n  ${USAGE_TANDA}\n`);
    return 2;
  }
  if (nama.length > 100) {
    galat('--nama paling banyak 100 karakter.\n');
    return 2;
  }
  const p12 = await buatSertifikatUjiCoba({ nama, sandi });
  try {
    writeFileSync(out, p12, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    galat(
      (e as { code?: string }).code === 'EEXIST'
        ? `Berkas "${out}" sudah ada; sertifikat lama tidak ditimpa.\n`
        : `Berkas "${out}" tidak dapat ditulis.\n`,
    );
    return 1;
  }
  tulis(
    `Sertifikat uji coba dibuat: ${out}\n  Nama: ${nama} (${LABEL_UJI_COBA})\n` +
      '  Sertifikat ini ditandatangani sendiri dan BUKAN tanda tangan elektronik resmi: pembaca PDF akan menyebut penerbitnya tidak dikenal.\n' +
      '  Untuk dokumen resmi, pakai sertifikat dari BSrE. Pasang: SERTIFIKAT_P12=<berkas> SERTIFIKAT_SANDI=<sandi>.\n',
  );
  return 0;
}
