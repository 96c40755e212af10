// How much a person may send, in one place, for every reader of numbers, dates and texts: the input
// schema, the claims checked by /api/v1/validasi, the batch's cells and its fast check. Angka Kredit
// are exact fractions of BigInts, so an unbounded text costs time and memory in proportion to its
// digits: a 30,000-digit "0,000…1" took seconds and a 90,000-digit one held the server. No Angka
// Kredit comes near 9 digits before the comma, and none is written with more than 6 after it. Dates
// outside 1900–2100 are typing errors: no KP calendar, pangkat or serving civil servant lies there.
import { z } from 'zod';
import { isTanggal } from '../domain/tanggal.ts';
import { bacaTeksKlaim } from '../domain/validasi.ts';

export const ANGKA_BULAT_MAKS = 9;
export const ANGKA_DESIMAL_MAKS = 6;
export const TAHUN_AWAL = 1900;
export const TAHUN_AKHIR = 2100;
/** Names, codes and predikat: the longest the rule book has is a few dozen characters. */
export const TEKS_MAKS = 100;

/** The largest amount within the bounds, for the JSON Schema. */
const ANGKA_MAKS = Number(`${'9'.repeat(ANGKA_BULAT_MAKS)}.${'9'.repeat(ANGKA_DESIMAL_MAKS)}`);

/** A non-negative decimal as people type it ("150,63" or "150.63"), of any length. */
export const POLA_ANGKA = /^\d+([.,]\d+)?$/;
/** The same within the bounds, surrounding spaces allowed (they are trimmed): what the JSON Schema states. */
const POLA_ANGKA_TERBATAS = `^\\s*\\d{1,${ANGKA_BULAT_MAKS}}([.,]\\d{1,${ANGKA_DESIMAL_MAKS}})?\\s*$`;

export const pesanBatasAngka = (label: string) =>
  `${label} paling banyak ${ANGKA_BULAT_MAKS} angka di depan koma dan ${ANGKA_DESIMAL_MAKS} angka di belakang koma.`;
export const pesanBatasTahun = (label: string) => `${label} harus jatuh pada tahun ${TAHUN_AWAL} sampai ${TAHUN_AKHIR}.`;
export const pesanBatasTeks = (label: string, max = TEKS_MAKS) => `${label} paling banyak ${max} karakter.`;

/**
 * Whether a plain decimal ("1050.5", "1050,5", "1050") has at most 9 digits before its decimal mark
 * and 6 after. Leading zeros count: "0000000001" is a typing error, not a small number.
 */
export function dalamBatasAngka(polos: string): boolean {
  let tanda = polos.indexOf('.');
  if (tanda < 0) tanda = polos.indexOf(',');
  if (tanda < 0) return polos.length <= ANGKA_BULAT_MAKS;
  return tanda <= ANGKA_BULAT_MAKS && polos.length - tanda - 1 <= ANGKA_DESIMAL_MAKS;
}

/** Why a trimmed number text is refused ('bentuk': not a non-negative decimal; 'batas': too many digits); undefined when accepted. */
export function periksaAngka(teks: string): 'bentuk' | 'batas' | undefined {
  if (!POLA_ANGKA.test(teks)) return 'bentuk';
  return dalamBatasAngka(teks) ? undefined : 'batas';
}

/**
 * Whether a figure written on a document is within the bounds as validasi reads it ("1.050,000" has 4
 * digits before the comma). What is not a number at all passes: the check says so beside the figure.
 */
export function klaimDalamBatas(tertulis: string): boolean {
  // Seven characters hold neither 10 digits before a mark nor 7 after one: most figures stop here,
  // which matters when a batch checks every row's figure.
  if (tertulis.length <= ANGKA_DESIMAL_MAKS + 1) return true;
  const t = bacaTeksKlaim(tertulis);
  return t === undefined || dalamBatasAngka(t.angka);
}

/** Whether the year of a YYYY-MM or YYYY-MM-DD text lies within 1900–2100 (the shape is checked elsewhere). */
export function tahunDalamBatas(teks: string): boolean {
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = teks.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return false;
    y = y * 10 + c;
  }
  return y >= TAHUN_AWAL && y <= TAHUN_AKHIR;
}

const BULAN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A month YYYY-MM within the years allowed. */
export const bulanSah = (teks: string) => BULAN.test(teks) && tahunDalamBatas(teks);
/** A date YYYY-MM-DD that exists, within the years allowed. */
export const tanggalSah = (teks: string) => isTanggal(teks) && tahunDalamBatas(teks);

// zod builders. Each check reports one message: the shape when the shape is wrong, else the bound.

/** A required text: trimmed, not empty, at most `max` characters. */
export const wajib = (label: string, max = TEKS_MAKS) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .max(max, pesanBatasTeks(label, max));

/** Empty or over-long: wajib has said so, and one message per field is enough. */
const sudahDitolak = (v: string) => v === '' || v.length > TEKS_MAKS;

export const tanggal = (label: string) =>
  wajib(label)
    .superRefine((v, ctx) => {
      if (sudahDitolak(v)) return;
      if (!isTanggal(v))
        ctx.addIssue({ code: 'custom', message: `${label} harus tanggal yang sah dengan format TTTT-BB-HH, mis. 2024-04-01.` });
      else if (!tahunDalamBatas(v)) ctx.addIssue({ code: 'custom', message: pesanBatasTahun(label) });
    })
    .meta({ description: `Tanggal TTTT-BB-HH, tahun ${TAHUN_AWAL}–${TAHUN_AKHIR}.` });

export const bulan = (label: string) =>
  wajib(label)
    .superRefine((v, ctx) => {
      if (sudahDitolak(v)) return;
      if (!BULAN.test(v)) ctx.addIssue({ code: 'custom', message: `${label} harus bulan yang sah dengan format TTTT-BB, mis. 2024-01.` });
      else if (!tahunDalamBatas(v)) ctx.addIssue({ code: 'custom', message: pesanBatasTahun(label) });
    })
    .meta({ pattern: BULAN.source, description: `Bulan TTTT-BB, tahun ${TAHUN_AWAL}–${TAHUN_AKHIR}.` });

/**
 * An amount as text ("150,63", trimmed) or a JSON number (150.63, turned into its text). A JSON number
 * whose text is in exponent notation (1e21, 1e-7) is beyond the bounds either way.
 */
export function angkaTeks(label: string, contoh?: string) {
  const bentuk = `${label} harus angka tidak negatif${contoh ? `, mis. ${contoh}` : ''}.`;
  const batas = pesanBatasAngka(label);
  return (
    z
      .union(
        [
          z
            .string()
            .superRefine((v, ctx) => {
              const salah = periksaAngka(v.trim());
              if (salah) ctx.addIssue({ code: 'custom', message: salah === 'bentuk' ? bentuk : batas });
            })
            .meta({ pattern: POLA_ANGKA_TERBATAS }),
          z
            .number()
            .superRefine((v, ctx) => {
              if (v < 0) ctx.addIssue({ code: 'custom', message: bentuk });
              else if (periksaAngka(String(v))) ctx.addIssue({ code: 'custom', message: batas });
            })
            .meta({ minimum: 0, maximum: ANGKA_MAKS }),
        ],
        { error: `${label} wajib diisi dengan angka.` },
      )
      // Transforms stay outside the union: inside, a branch's own message would give way to the union's.
      .transform((v) => (typeof v === 'number' ? String(v) : v.trim()))
  );
}
