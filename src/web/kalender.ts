// The projected TMT dates as an iCalendar file (RFC 5545): one all-day event per projected step, so a
// person can put "Perkiraan TMT kenaikan pangkat" in the calendar they already use. Text only from the
// engine's own result; every line ends in CRLF and is folded at 75 octets, as the RFC requires.
import { createHash } from 'node:crypto';
import type { HasilProyeksi } from '../domain/proyeksi.ts';

export interface AcaraKalender {
  /** YYYY-MM-DD */
  tanggal: string;
  ringkasan: string;
  uraian: string;
}

/** One event per projection step, with the Sangat Baik alternative in its description. */
export function acaraProyeksi(p: HasilProyeksi, nama?: string): AcaraKalender[] {
  const siapa = nama ? ` (${nama})` : '';
  return p.langkah.map((l) => {
    const ke = `${l.ke.pangkat} (${l.ke.kode})`;
    const b = p.banding.find((x) => x.tmtDasar === l.tmt.tanggal && x.ke.startsWith(ke));
    const judul = l.jenjangTujuan
      ? `Perkiraan TMT kenaikan pangkat ke ${ke} dan jenjang ${l.jenjangTujuan.nama}${siapa}`
      : `Perkiraan TMT kenaikan pangkat ke ${ke}${siapa}`;
    const uraian = [
      l.kalimat,
      `Asumsi predikat ${p.asumsi} untuk setiap bulan mulai bulan perhitungan; bulan lampau tanpa predikat tercatat tidak dihitung.`,
      'Syarat yang dinyatakan (uji kompetensi, formasi, bebas hukuman disiplin) dianggap terpenuhi dalam perkiraan ini.',
      ...(b && b.selisihBulan > 0 ? [b.kalimat] : []),
      'Perkiraan ini bukan penetapan; angka kredit baru sah setelah predikat kinerja ditetapkan dan dikonversi.',
    ].join('\n');
    return { tanggal: l.tmt.tanggal, ringkasan: judul, uraian };
  });
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
function teks(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
function lipat(baris: string): string {
  const bagian: string[] = [];
  let sekarang = '';
  let panjang = 0;
  for (const ch of baris) {
    const n = Buffer.byteLength(ch, 'utf8');
    const batas = bagian.length === 0 ? 75 : 74; // continuation lines start with one space
    if (panjang + n > batas) {
      bagian.push(sekarang);
      sekarang = '';
      panjang = 0;
    }
    sekarang += ch;
    panjang += n;
  }
  bagian.push(sekarang);
  return bagian.join('\r\n ');
}

const tanpaStrip = (tanggal: string) => tanggal.replace(/-/g, '');

function hariBerikut(tanggal: string): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The calendar file. `dibuat` (YYYY-MM-DD, the day the file is made) is the DTSTAMP; each UID is a hash
 * of the event and `kunci` (the input), so downloading again updates the same events instead of adding copies.
 */
export function kalenderIcs(acara: AcaraKalender[], dibuat: string, kunci: string): string {
  const baris = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Angka Kredit JF//Perkiraan TMT//ID', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const a of acara) {
    const uid = createHash('sha256').update(`${kunci}\n${a.tanggal}\n${a.ringkasan}`).digest('hex').slice(0, 32);
    baris.push(
      'BEGIN:VEVENT',
      `UID:${uid}@angka-kredit-jf`,
      `DTSTAMP:${tanpaStrip(dibuat)}T000000Z`,
      `DTSTART;VALUE=DATE:${tanpaStrip(a.tanggal)}`,
      `DTEND;VALUE=DATE:${tanpaStrip(hariBerikut(a.tanggal))}`,
      `SUMMARY:${teks(a.ringkasan)}`,
      `DESCRIPTION:${teks(a.uraian)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  baris.push('END:VCALENDAR');
  return `${baris.map(lipat).join('\r\n')}\r\n`;
}
