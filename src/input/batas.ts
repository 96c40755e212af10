// How much a person may send, in one place, for every reader of numbers, dates and texts: the input
// schema, the claims checked by /api/v1/validasi, the batch's cells and its fast check. Angka Kredit
// are exact fractions of BigInts, so an unbounded text costs time and memory in proportion to its
// digits: a 30,000-digit "0,000…1" took seconds and a 90,000-digit one held the server. No Angka
// Kredit comes near 9 digits before the comma, and none is written with more than 6 after it. Dates
// outside 1900–2100 are typing errors: no KP calendar, pangkat or serving civil servant lies there.
import { z } from 'zod';
import { isTanggal } from '../domain/tanggal.ts';
import { bacaTeksAngka, pesanAngkaAmbigu } from '../domain/angka.ts';
import { bacaTeksKlaim } from '../domain/validasi.ts';

export const ANGKA_BULAT_MAKS = 9;
export const ANGKA_DESIMAL_MAKS = 6;
export const TAHUN_AWAL = 1900;
export const TAHUN_AKHIR = 2100;
/** Names, codes and predikat: the longest the rule book has is a few dozen characters. */
export const TEKS_MAKS = 100;

/** The largest amount within the bounds, for the JSON Schema. */
const ANGKA_MAKS = Number(`${'9'.repeat(ANGKA_BULAT_MAKS)}.${'9'.repeat(ANGKA_DESIMAL_MAKS)}`);

/**
 * What the JSON Schema states of an amount text within the bounds, surrounding spaces allowed (they are
 * trimmed): plain ("150,63", "150.63") or with thousands points ("1.245,5"). The pattern cannot say
 * that "1.245" alone is refused as ambiguous (domain/angka.ts bacaTeksAngka); the description does.
 */
const POLA_ANGKA_TERBATAS = `^\\s*(\\d{1,${ANGKA_BULAT_MAKS}}([.,]\\d{1,${ANGKA_DESIMAL_MAKS}})?|[1-9]\\d{0,2}(\\.\\d{3}){1,2}(,\\d{1,${ANGKA_DESIMAL_MAKS}})?)\\s*$`;

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

/**
 * Why a trimmed number text is refused ('bentuk': not a non-negative decimal; 'ambigu': "1.245", thousands
 * or decimal point; 'batas': too many digits, counted without thousands points); undefined when accepted.
 */
export function periksaAngka(teks: string): 'bentuk' | 'ambigu' | 'batas' | undefined {
  const b = bacaTeksAngka(teks);
  if (b.salah) return b.salah;
  return dalamBatasAngka(b.polos) ? undefined : 'batas';
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

/** A JSON number as the amount text: as JavaScript prints it ("150.63"), with a comma where a point would read as thousands. */
function teksAngkaJson(v: number): string {
  const t = String(v);
  return bacaTeksAngka(t).salah === 'ambigu' ? t.replace('.', ',') : t;
}

/**
 * An amount as text ("150,63", trimmed) or a JSON number (150.63, turned into its text). A JSON number
 * whose text is in exponent notation (1e21, 1e-7) is beyond the bounds either way.
 */
export function angkaTeks(label: string, contoh?: string) {
  const bentuk = `${label} harus angka tidak negatif${contoh ? `, mis. ${contoh}` : ''}; koma sebagai tanda desimal, titik hanya sebagai pemisah ribuan (1.245,5).`;
  const batas = pesanBatasAngka(label);
  return (
    z
      .union(
        [
          z
            .string()
            .superRefine((v, ctx) => {
              const salah = periksaAngka(v.trim());
              if (salah)
                ctx.addIssue({
                  code: 'custom',
                  message: salah === 'bentuk' ? bentuk : salah === 'ambigu' ? pesanAngkaAmbigu(label, v) : batas,
                });
            })
            .meta({
              pattern: POLA_ANGKA_TERBATAS,
              description:
                'Angka tidak negatif sebagai teks: 150,63 atau 150.63; dengan titik ribuan 1.245,5 atau 1.050,000. Satu titik diikuti tepat tiga angka (1.245) ditolak karena bermakna ganda.',
            }),
          z
            .number()
            .superRefine((v, ctx) => {
              if (v < 0) ctx.addIssue({ code: 'custom', message: bentuk });
              else if (periksaAngka(teksAngkaJson(v))) ctx.addIssue({ code: 'custom', message: batas });
            })
            .meta({ minimum: 0, maximum: ANGKA_MAKS }),
        ],
        { error: `${label} wajib diisi dengan angka.` },
      )
      // Transforms stay outside the union: inside, a branch's own message would give way to the union's.
      // A JSON number is never ambiguous: 1.245 is kept as "1,245", which reads back the same.
      .transform((v) => (typeof v === 'number' ? teksAngkaJson(v) : v.trim()))
  );
}
