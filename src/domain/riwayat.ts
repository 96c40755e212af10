// A career across jenjang. KJ events (and the current TMT jenjang) split the history into
// segments; each segment accumulates at its own koefisien from 0, and KP events inside a segment
// carry the excess forward.
import type { Aturan, Golongan, Jenjang, JabatanFungsional } from './aturan.ts';
import type { MasalahMasukan } from './galat.ts';
import type { Kejadian } from './masukan.ts';
import { formatTanggal } from './format.ts';
import { bulanDari, isTanggal, type Bulan } from './tanggal.ts';

export interface KejadianTerbaca {
  nomor: number;
  tanggal: string;
  bulan: Bulan;
  jenis: Kejadian['jenis'];
  golongan: Golongan;
  jenjang?: Jenjang;
}

export interface Riwayat {
  kejadian: KejadianTerbaca[];
  /** Months where a jenjang starts (each KJ, and the current TMT jenjang), ascending. */
  batas: Bulan[];
  /** The jenjang held in a month before the current TMT jenjang, when the history tells it. */
  jenjangPada(b: Bulan): Jenjang | undefined;
}

/** The jenjang whose KJ leads to `target` (its predecessor in the same kategori). */
function pendahulu(aturan: Aturan, target: Jenjang): Jenjang | undefined {
  const id = Object.entries(aturan.kumulatif).find(([, k]) => k.kenaikanJenjang?.ke === target.id)?.[0];
  return aturan.jenjang.find((j) => j.id === id);
}

export function bacaRiwayat(
  aturan: Aturan,
  daftar: Kejadian[],
  jf: JabatanFungsional,
  J: Jenjang,
  tmtJenjang: string,
  tanggalPerhitungan: string,
  masalah: MasalahMasukan[],
  sekarang?: { golongan: Golongan; tmtPangkat: string },
): Riwayat {
  const kejadian: KejadianTerbaca[] = [];
  const urutan = (g: Golongan) => aturan.golongan.indexOf(g);
  daftar.forEach((k, i) => {
    const f = `riwayat.${i}`;
    const label = `Riwayat ${i + 1}`;
    if (!isTanggal(k.tanggal)) {
      masalah.push({ field: `${f}.tanggal`, pesan: `${label}: tanggal "${k.tanggal}" tidak sah; gunakan format TTTT-BB-HH.` });
      return;
    }
    if (k.tanggal > tanggalPerhitungan) {
      masalah.push({
        field: `${f}.tanggal`,
        pesan: `${label}: tanggal ${formatTanggal(k.tanggal)} jatuh sesudah tanggal perhitungan (${formatTanggal(tanggalPerhitungan)}); riwayat hanya memuat kenaikan yang sudah terjadi.`,
      });
      return;
    }
    const G = aturan.golongan.find((g) => g.kode === k.golongan);
    if (!G) {
      masalah.push({ field: `${f}.golongan`, pesan: `${label}: golongan ruang "${k.golongan}" tidak dikenal.` });
      return;
    }
    // The riwayat leads to the current position: nothing in it lies above the current golongan, and
    // no KP in it comes after the current TMT pangkat.
    if (sekarang && urutan(G) > urutan(sekarang.golongan)) {
      masalah.push({
        field: `${f}.golongan`,
        pesan: `${label}: ${k.jenis === 'kenaikan_pangkat' ? 'kenaikan pangkat' : 'kenaikan jenjang'} ke golongan ${G.kode}, di atas golongan saat ini (${sekarang.golongan.kode}).`,
      });
      return;
    }
    if (sekarang && k.jenis === 'kenaikan_pangkat' && k.tanggal > sekarang.tmtPangkat) {
      masalah.push({
        field: `${f}.tanggal`,
        pesan: `${label}: kenaikan pangkat pada ${formatTanggal(k.tanggal)} sesudah TMT pangkat saat ini (${formatTanggal(sekarang.tmtPangkat)}).`,
      });
      return;
    }
    let jenjang: Jenjang | undefined;
    if (k.jenis === 'kenaikan_jenjang') {
      jenjang = aturan.jenjang.find((j) => j.id === k.jenjang);
      if (!jenjang || !jf.jenjang.includes(jenjang.id)) {
        masalah.push({ field: `${f}.jenjang`, pesan: `${label}: jenjang tujuan "${k.jenjang ?? ''}" tidak ada pada ${jf.nama}.` });
        return;
      }
      if (!jenjang.golongan.includes(G.kode)) {
        masalah.push({
          field: `${f}.golongan`,
          pesan: `${label}: golongan ${G.kode} berada di luar jenjang ${jenjang.nama} (${jenjang.golongan.join(', ')}).`,
        });
        return;
      }
      if (k.tanggal > tmtJenjang) {
        masalah.push({
          field: `${f}.tanggal`,
          pesan: `${label}: kenaikan jenjang pada ${formatTanggal(k.tanggal)} sesudah TMT jenjang saat ini (${formatTanggal(tmtJenjang)}).`,
        });
        return;
      }
      if (k.tanggal === tmtJenjang && jenjang.id !== J.id) {
        masalah.push({ field: `${f}.jenjang`, pesan: `${label}: kenaikan jenjang pada TMT jenjang saat ini harus ke ${J.nama}.` });
        return;
      }
    }
    kejadian.push({
      nomor: i + 1,
      tanggal: k.tanggal,
      bulan: bulanDari(k.tanggal),
      jenis: k.jenis,
      golongan: G,
      ...(jenjang && { jenjang }),
    });
  });
  // A KP sekaligus KJ may be written as two entries on one date: the KP first.
  kejadian.sort((a, b) => a.bulan - b.bulan || (a.jenis === b.jenis ? 0 : a.jenis === 'kenaikan_pangkat' ? -1 : 1));
  // One KP raises the golongan by one step: consecutive entries may not skip one or go down.
  for (let i = 1; i < kejadian.length; i++) {
    const a = kejadian[i - 1]!;
    const b = kejadian[i]!;
    const naik = urutan(b.golongan) - urutan(a.golongan);
    const langkah = b.jenis === 'kenaikan_pangkat' ? naik === 1 : naik === 0 || naik === 1;
    if (!langkah) {
      masalah.push({
        field: `riwayat.${b.nomor - 1}.golongan`,
        pesan: `Riwayat ${b.nomor}: ${b.jenis === 'kenaikan_pangkat' ? 'kenaikan pangkat' : 'kenaikan jenjang'} ke golongan ${b.golongan.kode} sesudah riwayat ${a.nomor} (golongan ${a.golongan.kode}) ${naik > 1 ? `melompati golongan ${aturan.golongan[urutan(a.golongan) + 1]!.kode}` : 'tidak menaikkan golongan'}; satu kenaikan pangkat menaikkan golongan satu tingkat.`,
      });
    }
  }

  const tmt = bulanDari(tmtJenjang);
  const kj = kejadian.filter((k) => k.jenis === 'kenaikan_jenjang' && k.bulan < tmt);
  const batas = [...new Set([...kj.map((k) => k.bulan), tmt])].sort((a, b) => a - b);
  const pertama = kj[0]?.jenjang ?? J;
  const sebelumPertama = daftar.length > 0 ? pendahulu(aturan, pertama) : undefined;
  return {
    kejadian,
    batas,
    jenjangPada(b: Bulan) {
      if (b >= tmt) return J;
      if (daftar.length === 0) return undefined;
      const k = [...kj].reverse().find((x) => x.bulan <= b);
      return k ? k.jenjang : sebelumPertama && jf.jenjang.includes(sebelumPertama.id) ? sebelumPertama : undefined;
    },
  };
}
