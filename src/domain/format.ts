// Indonesian display: numbers with a decimal comma and thousands dots, dates with month names.
import type { Decimal } from 'decimal.js';
import { Pecahan } from './pecahan.ts';
import { tahunBulan, type Bulan } from './tanggal.ts';

export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** "1050.000" → "1.050,000"; "2.0833" → "2,0833": a plain decimal text in Indonesian notation. */
export function formatTeksDesimal(fixed: string): string {
  const negative = fixed.charCodeAt(0) === 45; // '-'
  const body = negative ? fixed.slice(1) : fixed;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  let grouped = intPart;
  if (intPart.length > 3) {
    grouped = '';
    for (let i = intPart.length; i > 0; i -= 3) grouped = (i > 3 ? '.' : '') + intPart.slice(Math.max(0, i - 3), i) + grouped;
  }
  return `${negative ? '-' : ''}${grouped}${dot < 0 ? '' : `,${body.slice(dot + 1)}`}`;
}

/** The one display rule for Angka Kredit: rounded half-up to `desimal` places, Indonesian format. */
export function formatAngkaKredit(p: Pecahan, desimal: number): string {
  return formatTeksDesimal(p.teksBulat(desimal));
}

// Legal values are the same Decimal objects for the life of a rule book: format each once.
const nilaiTerformat = new WeakMap<Decimal, string>();

/** Legal inputs (a koefisien of 12,5; a persen of 75) are shown exactly as written, without padding. */
export function formatNilai(d: Decimal): string {
  let t = nilaiTerformat.get(d);
  if (t === undefined) {
    t = formatTeksDesimal(Pecahan.dari(d).toString());
    nilaiTerformat.set(d, t);
  }
  return t;
}

const tanggalTerformat = new Map<string, string>();

/** "2024-06-01" → "1 Juni 2024". Results repeat the same few dates, so each is formatted once. */
export function formatTanggal(iso: string): string {
  let t = tanggalTerformat.get(iso);
  if (t === undefined) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    t = `${d} ${NAMA_BULAN[m - 1]} ${y}`;
    if (tanggalTerformat.size < 100_000) tanggalTerformat.set(iso, t);
  }
  return t;
}

export function formatBulan(b: Bulan): string {
  const { tahun, bulan } = tahunBulan(b);
  return `${NAMA_BULAN[bulan - 1]} ${tahun}`;
}

export function formatRentangBulan(mulai: Bulan, selesai: Bulan): string {
  if (mulai === selesai) return formatBulan(mulai);
  const a = tahunBulan(mulai);
  const b = tahunBulan(selesai);
  if (a.tahun === b.tahun) return `${NAMA_BULAN[a.bulan - 1]}–${NAMA_BULAN[b.bulan - 1]} ${a.tahun}`;
  return `${formatBulan(mulai)} – ${formatBulan(selesai)}`;
}

export function formatDurasi(bulan: number): string {
  if (bulan <= 0) return '0 bulan';
  const t = Math.floor(bulan / 12);
  const b = bulan % 12;
  // The two parts joined by a space when both are there, without an array per call (every person, several times).
  const tahun = t ? `${t} tahun` : '';
  const sisa = b ? `${b} bulan` : '';
  return tahun && sisa ? `${tahun} ${sisa}` : tahun || sisa;
}

/** A Decimal in Indonesian notation: exact as written, or rounded half-up to `places` decimals. */
export function formatDesimal(d: Decimal, places?: number): string {
  const p = Pecahan.dari(d);
  return formatTeksDesimal(places === undefined ? p.toString() : p.teksBulat(places));
}
