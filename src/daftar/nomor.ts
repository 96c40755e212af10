// The office's nomor pattern: `{urut}` (or `{urut:4}`, padded), `{tahun}`, `{bulan}`, `{bulanRomawi}`,
// e.g. `800.1.13.2/{urut:3}/PAK/{bulanRomawi}/{tahun}` → `800.1.13.2/007/PAK/XII/2026`.
export const POLA_BAWAAN = '{urut}/PAK/{tahun}';
const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const PENANDA = /\{(urut(?::([1-9]))?|tahun|bulan|bulanRomawi)\}/g;

/** The Indonesian message for a pattern that cannot number documents, else undefined. */
export function masalahPola(pola: string): string | undefined {
  if (pola.trim() !== pola || pola.length === 0 || pola.length > 100)
    return 'Pola nomor harus 1–100 karakter tanpa spasi di awal atau akhir.';
  if ([...pola].some((c) => c < ' ' || c === '\u007f')) return 'Pola nomor tidak boleh memuat karakter kendali.';
  const penanda = [...pola.matchAll(PENANDA)];
  if (penanda.filter((m) => m[1]!.startsWith('urut')).length !== 1)
    return 'Pola nomor harus memuat tepat satu {urut} (atau {urut:3} dan seterusnya).';
  if (!penanda.some((m) => m[1] === 'tahun'))
    return 'Pola nomor harus memuat {tahun}: urutan dimulai dari 1 setiap tahun, jadi tanpa tahun nomor akan berulang.';
  const sisa = pola.replace(PENANDA, '');
  if (/[{}]/.test(sisa)) return 'Pola nomor hanya mengenal {urut}, {urut:N}, {tahun}, {bulan}, dan {bulanRomawi}.';
  return undefined;
}

/** The nomor for sequence `urut` issued on `tanggal` (TTTT-BB-HH). */
export function susunNomor(pola: string, urut: number, tanggal: string): string {
  const tahun = tanggal.slice(0, 4);
  const bulan = Number(tanggal.slice(5, 7));
  return pola.replace(PENANDA, (_m, nama: string, lebar: string | undefined) => {
    if (nama.startsWith('urut')) return String(urut).padStart(lebar ? Number(lebar) : 1, '0');
    if (nama === 'tahun') return tahun;
    if (nama === 'bulan') return String(bulan).padStart(2, '0');
    return ROMAWI[bulan - 1]!;
  });
}
