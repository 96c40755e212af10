// What a PNG logo costs PDFKit. A PNG with an alpha channel, an indexed transparency or interlacing is
// decoded to pixels (and the whole IDAT inflated) before it is embedded; any other PNG and every JPEG
// are embedded as they are. 200 kB of PNG can declare 7000 × 7000 pixels (930 MB and seconds to
// render), or hold an IDAT that inflates a thousandfold. Verification renders the logo again from the
// attached data, so these bounds also bound the verifier's memory.
import { inflateSync } from 'node:zlib';

/** Far more than a 58-point kop logo needs (2000 px is 870 dpi at that size); 16 MB of RGBA at most. */
export const LOGO_MAKS_SISI = 2000;

const SALURAN: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Why a PNG is refused as a logo, or undefined when it is fine. Assumes the PNG signature was checked. */
export function periksaLogoPng(bytes: Buffer): string | undefined {
  let ihdr: Buffer | undefined;
  let adaTrns = false;
  const idat: Buffer[] = [];
  let selesai = false;
  for (let i = 8; i + 12 <= bytes.length;) {
    const panjang = bytes.readUInt32BE(i);
    const jenis = bytes.toString('latin1', i + 4, i + 8);
    if (i + 12 + panjang > bytes.length) break;
    const data = bytes.subarray(i + 8, i + 8 + panjang);
    if (jenis === 'IHDR') ihdr = data;
    else if (jenis === 'tRNS') adaTrns = true;
    else if (jenis === 'IDAT') idat.push(data);
    else if (jenis === 'IEND') {
      selesai = true;
      break;
    }
    i += 12 + panjang;
  }
  if (!ihdr || ihdr.length !== 13 || idat.length === 0 || !selesai) return 'Berkas logo PNG rusak atau terpotong.';
  const lebar = ihdr.readUInt32BE(0);
  const tinggi = ihdr.readUInt32BE(4);
  const bit = ihdr[8]!;
  const warna = ihdr[9]!;
  const interlace = ihdr[12]!;
  if (lebar === 0 || tinggi === 0 || lebar > LOGO_MAKS_SISI || tinggi > LOGO_MAKS_SISI) {
    return `Logo paling besar ${LOGO_MAKS_SISI} × ${LOGO_MAKS_SISI} piksel (berkas ini ${lebar} × ${tinggi}).`;
  }
  const saluran = SALURAN[warna];
  if (saluran === undefined || ![1, 2, 4, 8, 16].includes(bit)) return 'Berkas logo PNG rusak atau terpotong.';
  const didekode = warna === 4 || warna === 6 || interlace === 1 || (warna === 3 && adaTrns);
  if (!didekode) return undefined;
  // One filter byte per row (interlacing adds at most a few rows' worth per pass): anything beyond is not pixels.
  const batas = tinggi * (2 + Math.ceil((lebar * saluran * bit) / 8)) + 4 * tinggi + 64;
  try {
    inflateSync(Buffer.concat(idat), { maxOutputLength: batas });
  } catch (e) {
    return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? 'Data gambar logo PNG lebih besar dari yang dinyatakan ukurannya; simpan ulang logo dengan program pengolah gambar.'
      : 'Berkas logo PNG rusak atau terpotong.';
  }
  return undefined;
}
