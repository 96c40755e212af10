// File names offered for download: an HR officer saves many, so the name says whose file it is.
// Only ASCII letters, digits and hyphens survive, so no header or file system can be confused.

/** "Rina Pertiwi (fiktif)" → "rina-pertiwi-fiktif"; at most `maks` characters, never a partial hyphen. */
export function potonganAman(teks: string, maks = 40): string {
  const dasar = teks
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return dasar.slice(0, maks).replace(/-+$/, '');
}

/** `<awalan>-<nama>-<nip>-<tanggal>.<ext>`, leaving out what is unknown. */
export function namaBerkas(awalan: string, identitas: { nama?: unknown; nip?: unknown } | undefined, tanggal: string, ext: string): string {
  const nama = typeof identitas?.nama === 'string' ? potonganAman(identitas.nama) : '';
  const nip = typeof identitas?.nip === 'string' ? identitas.nip.replace(/\D/g, '').slice(0, 18) : '';
  return `${[awalan, nama, nip, tanggal.replace(/[^0-9-]/g, '')].filter(Boolean).join('-')}.${ext}`;
}
