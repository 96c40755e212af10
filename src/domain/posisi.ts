// The person's position, the first step of a calculation: jabatan fungsional, jenjang, golongan, the
// dates (TMT pangkat, TMT jenjang, calculation date), the display decimals and the typed starting
// Angka Kredit. Every problem is collected and reported at once, by field.
import type { Aturan, Golongan, JabatanFungsional, Jenjang } from './aturan.ts';
import { InputError, type MasalahMasukan } from './galat.ts';
import type { JenisAkAwal, Masukan, Opsi } from './masukan.ts';
import { Pecahan } from './pecahan.ts';
import { formatTanggal } from './format.ts';
import { bulanDari, isTanggal, type Bulan } from './tanggal.ts';
import { parseAngkaKredit } from './angka.ts';
import { pesanDiLuarKalender, tmtKenaikanPangkat } from './kalender.ts';
import { cariJf } from './katalog.ts';

export interface Posisi {
  jabatanFungsional: JabatanFungsional;
  jenjang: Jenjang;
  golongan: Golongan;
  desimal: number;
  bulanPerhitungan: Bulan;
  bulanTmtJenjang: Bulan;
  /** The starting Angka Kredit typed by the user, read exactly. */
  akAwal: { jenis: JenisAkAwal; uraian?: string; nilai: Pecahan }[];
}

/** Whether G is the golongan one KP above the jenjang's top golongan (e.g. III/c for Ahli Pertama). */
function satuDiAtasPuncak(aturan: Aturan, J: Jenjang, G: Golongan): boolean {
  const puncak = J.golongan.at(-1);
  return aturan.kumulatif[J.id]?.kenaikanPangkat.find((a) => a.dari === puncak)?.ke === G.kode;
}

/**
 * One golongan above the jenjang's top is a real position after the once-only KP without KJ for want of
 * formasi (Keputusan 9): accepted when that KP is declared used, or the riwayat records a KP to this
 * golongan on or after the TMT jenjang.
 */
export function setelahKpTanpaFormasi(aturan: Aturan, masukan: Masukan, J: Jenjang, G: Golongan): boolean {
  if (!satuDiAtasPuncak(aturan, J, G)) return false;
  if (masukan.pernyataan.kenaikanPangkatTanpaFormasiSudahDigunakan === true) return true;
  return (masukan.riwayat ?? []).some((r) => r.jenis === 'kenaikan_pangkat' && r.golongan === G.kode && r.tanggal >= masukan.tmtJenjang);
}

/** Reads the position, or throws InputError naming every field that is wrong. */
export function bacaPosisi(aturan: Aturan, masukan: Masukan, opsi: Opsi): Posisi {
  const masalah: MasalahMasukan[] = [];
  const desimal = opsi.desimal ?? aturan.pembulatan.desimal;
  if (!aturan.pembulatan.pilihanDesimal.includes(desimal)) {
    masalah.push({
      field: 'tampilan.desimal',
      pesan: `Jumlah desimal tampilan harus salah satu dari ${aturan.pembulatan.pilihanDesimal.join(' atau ')}.`,
    });
  }

  const jf = cariJf(aturan, masukan.jabatanFungsional);
  if (!jf)
    masalah.push({
      field: 'jabatanFungsional',
      pesan: `Jabatan fungsional "${masukan.jabatanFungsional}" tidak ada dalam katalog. Pilih salah satu: ${aturan.jabatanFungsional.map((j) => j.nama).join('; ')}.`,
    });
  const J = aturan.jenjang.find((j) => j.id === masukan.jenjang);
  if (!J) masalah.push({ field: 'jenjang', pesan: `Jenjang "${masukan.jenjang}" tidak dikenal.` });
  else if (jf && !jf.jenjang.includes(J.id)) {
    const ada = jf.jenjang.map((id) => aturan.jenjang.find((j) => j.id === id)!.nama).join(', ');
    masalah.push({ field: 'jenjang', pesan: `Jenjang ${J.nama} tidak ada pada ${jf.nama}. Jenjang yang tersedia: ${ada}.` });
  }
  const G = aturan.golongan.find((g) => g.kode === masukan.golongan);
  if (!G) masalah.push({ field: 'golongan', pesan: `Golongan ruang "${masukan.golongan}" tidak dikenal; tulis seperti III/a.` });
  else if (J && !J.golongan.includes(G.kode) && !setelahKpTanpaFormasi(aturan, masukan, J, G)) {
    masalah.push({
      field: 'golongan',
      pesan: `Golongan ruang ${G.kode} berada di luar jenjang ${J.nama} (${J.golongan.join(', ')}). ${
        satuDiAtasPuncak(aturan, J, G)
          ? `Bila ${G.kode} dicapai melalui kenaikan pangkat tanpa kenaikan jenjang karena formasi tidak tersedia, nyatakan hal itu (pernyataan "sudah pernah naik pangkat tanpa kenaikan jenjang": Ya) atau catat kenaikan pangkat itu pada riwayat.`
          : 'Golongan yang tidak sesuai jenjang memerlukan penyesuaian; masukkan angka kreditnya sebagai AK Penyesuaian.'
      }`,
    });
  }

  const tanggalOk = (field: string, label: string, v: string) => {
    if (!isTanggal(v)) {
      masalah.push({ field, pesan: `${label} "${v}" tidak sah; gunakan format TTTT-BB-HH, mis. 2024-04-01.` });
      return false;
    }
    return true;
  };
  const hitungOk = tanggalOk('tanggalPerhitungan', 'Tanggal perhitungan', masukan.tanggalPerhitungan);
  // Every KP date of the result is read from the calendars from the calculation date on; a date they
  // do not cover is refused here, by name, rather than deep inside the eligibility check.
  if (hitungOk && !tmtKenaikanPangkat(aturan, masukan.tanggalPerhitungan)) {
    masalah.push({ field: 'tanggalPerhitungan', pesan: pesanDiLuarKalender(aturan, masukan.tanggalPerhitungan) });
  }
  for (const [field, label] of [
    ['tmtPangkat', 'TMT pangkat'],
    ['tmtJenjang', 'TMT jenjang'],
  ] as const) {
    if (tanggalOk(field, label, masukan[field]) && hitungOk && masukan[field] > masukan.tanggalPerhitungan) {
      masalah.push({
        field,
        pesan: `${label} (${formatTanggal(masukan[field])}) jatuh sesudah tanggal perhitungan (${formatTanggal(masukan.tanggalPerhitungan)}).`,
      });
    }
  }

  const akAwal = masukan.angkaKreditAwal.map((a, i) => {
    const v = parseAngkaKredit(a.angkaKredit);
    if (v === undefined)
      masalah.push({
        field: `angkaKreditAwal.${i}.angkaKredit`,
        pesan: `Angka kredit awal baris ${i + 1} "${a.angkaKredit}" bukan angka yang sah; tulis angka tidak negatif, mis. 50 atau 75,63.`,
      });
    return { jenis: a.jenis, uraian: a.uraian, nilai: v ?? Pecahan.NOL };
  });

  if (masalah.length > 0 || !jf || !J || !G) throw new InputError(masalah);
  return {
    jabatanFungsional: jf,
    jenjang: J,
    golongan: G,
    desimal,
    bulanPerhitungan: bulanDari(masukan.tanggalPerhitungan),
    bulanTmtJenjang: bulanDari(masukan.tmtJenjang),
    akAwal,
  };
}
