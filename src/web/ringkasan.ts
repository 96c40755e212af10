// The projected dates that belong beside each verdict ("Kapan saya bisa naik?" in the verdict cards):
// for a KP or KJ the person cannot yet have, the projection step that reaches it and, where the
// projection compared it, the date with Sangat Baik. The engine computed every date; this only pairs them.
import { formatTanggal } from '../domain/format.ts';
import type { Hasil } from '../domain/hasil.ts';
import type { LangkahProyeksi } from '../domain/proyeksi.ts';

export interface PerkiraanPutusan {
  /** "1 Agustus 2025" */
  tmt: string;
  /** The predikat assumed for the months not yet rated ("Baik"). */
  asumsi: string;
  /** "Penata Muda Tingkat I (III/b)" or "Penata (III/c), jenjang Ahli Muda". */
  tujuan: string;
  /** The same step with Sangat Baik every month, when that is earlier. */
  sangatBaik?: { tmt: string; selisihBulan: number };
}

export interface RingkasanPutusan {
  kp?: PerkiraanPutusan;
  kj?: PerkiraanPutusan;
}

function perkiraan(p: NonNullable<Hasil['proyeksi']>, l: LangkahProyeksi): PerkiraanPutusan {
  const ke = `${l.ke.pangkat} (${l.ke.kode})`;
  const b = p.banding.find((x) => x.tmtDasar === l.tmt.tanggal && x.ke.startsWith(ke));
  return {
    tmt: l.tmt.tampilan,
    asumsi: p.asumsi,
    tujuan: l.jenjangTujuan ? `${ke}, jenjang ${l.jenjangTujuan.nama}` : ke,
    ...(b && b.selisihBulan > 0 && { sangatBaik: { tmt: formatTanggal(b.tmtSangatBaik), selisihBulan: b.selisihBulan } }),
  };
}

/** Projected dates for the KP and the KJ the result says are not yet possible. */
export function ringkasanPutusan(hasil: Hasil): RingkasanPutusan {
  const p = hasil.proyeksi;
  if (!p) return {};
  const kp = hasil.kenaikanPangkat;
  const kj = hasil.kenaikanJenjang;
  // A verdict waiting only for declarations is not a matter of time: its page names what to declare.
  const langkahKp = kp.tersedia && kp.status === 'tidak_dapat' ? p.langkah.find((l) => l.ke.kode === kp.ke?.kode) : undefined;
  const langkahKj = kj.tersedia && kj.status === 'tidak_dapat' ? p.langkah.find((l) => l.jenjangTujuan?.id === kj.ke?.id) : undefined;
  return {
    ...(langkahKp && { kp: perkiraan(p, langkahKp) }),
    ...(langkahKj && { kj: perkiraan(p, langkahKj) }),
  };
}
