// Splits the computed history into jenjang segments: each segment's subtotal, the KP events inside
// it (with the excess carried forward) and the point where the counter restarts at 0.
import type { Aturan, Jenjang } from './aturan.ts';
import type { KejadianSegmen, SegmenJenjang } from './hasil.ts';
import type { PeriodeTerbaca } from './konversi.ts';
import type { Riwayat } from './riwayat.ts';
import { Pecahan } from './pecahan.ts';
import { angka } from './rujukan.ts';
import { selisih } from './kelayakan.ts';
import { formatBulan, formatTanggal } from './format.ts';
import { bulanKeTeks, type Bulan } from './tanggal.ts';

export interface ItemBermasa {
  nomor: number;
  nilai: Pecahan;
  /**
   * Where the item belongs: a month; 'awal', the earliest segment (the current one if there is no
   * other); 'sebelum', the earliest segment only if it is an earlier jenjang; 'berjalan', the current one.
   */
  letak: Bulan | 'awal' | 'sebelum' | 'berjalan';
}

interface Rentang {
  /** Always known: a recorded KJ month, else the first period's month (so no segment lacks a start). */
  mulai: Bulan;
  /** Set for the ranges before the current TMT jenjang; the current one is open. */
  selesai?: Bulan;
  jenjang: Jenjang;
}

export function susunSegmen(
  aturan: Aturan,
  J: Jenjang,
  bulanTmtJenjang: Bulan,
  periode: (PeriodeTerbaca & { angkaKredit: Pecahan; urut: number })[],
  item: ItemBermasa[],
  riwayat: Riwayat,
  desimal: number,
): { segmen: SegmenJenjang[]; itemDihitung: Set<number> } {
  // Ranges before the current TMT jenjang: by recorded KJ boundaries, then by the periods' jenjang.
  const sebelum = periode.filter((p) => !p.dalamJenjang);
  const rentang: Rentang[] = [];
  for (const p of sebelum) {
    const batas = riwayat.batas.filter((b) => b <= p.mulai).at(-1);
    const last = rentang.at(-1);
    // The same range goes on while the jenjang stays and no KJ is recorded after its start. A period
    // before the TMT jenjang starts before it, so its boundary (at most its start) does too.
    if (!(last && last.jenjang.id === p.jenjang.id && (batas === undefined || last.mulai >= batas)))
      rentang.push({ mulai: batas ?? p.mulai, jenjang: p.jenjang });
  }
  // Each range ends the month before the next one starts.
  rentang.forEach((r, i) => {
    r.selesai = (rentang[i + 1]?.mulai ?? bulanTmtJenjang) - 1;
  });
  const semua: Rentang[] = [...rentang, { mulai: bulanTmtJenjang, jenjang: J }];

  const itemDihitung = new Set<number>();
  const segmen = semua.map((r, i): SegmenJenjang => {
    const berjalan = i === semua.length - 1;
    const dalam = periode.filter((p) => (berjalan ? p.dalamJenjang : !p.dalamJenjang && p.mulai >= r.mulai && p.selesai <= r.selesai!));
    const milik = item.filter((x) =>
      x.letak === 'berjalan'
        ? berjalan
        : x.letak === 'awal'
          ? i === 0
          : x.letak === 'sebelum'
            ? i === 0 && !berjalan
            : berjalan
              ? x.letak >= bulanTmtJenjang
              : x.letak >= r.mulai && x.letak <= r.selesai!,
    );
    if (berjalan) milik.forEach((x) => itemDihitung.add(x.nomor));
    const awal = milik.reduce((s, x) => s.tambah(x.nilai), Pecahan.NOL);
    const konversi = dalam.reduce((s, p) => s.tambah(p.angkaKredit), Pecahan.NOL);
    const subtotal = awal.tambah(konversi);

    // KP events inside the segment: the cumulative up to that month against the threshold.
    const kejadian: KejadianSegmen[] = riwayat.kejadian
      .filter((k) => k.jenis === 'kenaikan_pangkat' && k.bulan >= r.mulai && (berjalan || k.bulan <= r.selesai!))
      .map((k) => {
        const awalSampai = milik
          .filter((x) => typeof x.letak !== 'number' || x.letak < k.bulan)
          .reduce((s, x) => s.tambah(x.nilai), Pecahan.NOL);
        const sampai = dalam.filter((p) => p.selesai < k.bulan).reduce((s, p) => s.tambah(p.angkaKredit), awalSampai);
        const rule = aturan.kumulatif[r.jenjang.id]!.kenaikanPangkat.find((a) => a.ke === k.golongan.kode);
        const ambang = rule && Pecahan.dari(rule.angkaKredit);
        return {
          tanggal: k.tanggal,
          tampilan: formatTanggal(k.tanggal),
          jenis: 'kenaikan_pangkat' as const,
          uraian: `Kenaikan pangkat ke ${k.golongan.pangkat} (${k.golongan.kode}); angka kredit tidak kembali 0, kelebihannya terbawa`,
          kumulatif: angka(sampai, desimal),
          ...(ambang && { ambang: angka(ambang, desimal), selisih: selisih(sampai, ambang, desimal), terpenuhi: sampai.gte(ambang) }),
        };
      });
    let reset: string | undefined;
    if (!berjalan) {
      const kj = aturan.kumulatif[r.jenjang.id]!.kenaikanJenjang;
      const next = semua[i + 1]!;
      const ambang = kj && Pecahan.dari(kj.angkaKredit);
      kejadian.push({
        tanggal: `${bulanKeTeks(next.mulai)}-01`,
        tampilan: formatTanggal(`${bulanKeTeks(next.mulai)}-01`),
        jenis: 'kenaikan_jenjang',
        uraian: `Kenaikan jenjang ke ${next.jenjang.nama}; angka kredit kumulatif kembali 0`,
        kumulatif: angka(subtotal, desimal),
        ...(ambang && { ambang: angka(ambang, desimal), selisih: selisih(subtotal, ambang, desimal), terpenuhi: subtotal.gte(ambang) }),
      });
      reset = `Angka kredit kembali 0 mulai ${formatBulan(next.mulai)} (kenaikan jenjang ke ${next.jenjang.nama}); subtotal ${angka(subtotal, desimal).tampilan} tidak terbawa.`;
    }
    const periodeTeks = berjalan ? `sejak ${formatBulan(r.mulai)}` : `${formatBulan(r.mulai)} – ${formatBulan(r.selesai!)}`;
    return {
      jenjang: { id: r.jenjang.id, nama: r.jenjang.nama },
      mulai: bulanKeTeks(r.mulai),
      ...(!berjalan && { selesai: bulanKeTeks(r.selesai!) }),
      periode: periodeTeks,
      berjalan,
      barisKonversi: dalam.map((p) => p.urut),
      barisAwal: milik.map((x) => x.nomor),
      awal: angka(awal, desimal),
      konversi: angka(konversi, desimal),
      subtotal: angka(subtotal, desimal),
      kejadian: kejadian.sort((a, b) => (a.tanggal < b.tanggal ? -1 : 1)),
      ...(reset && { reset }),
    };
  });
  return { segmen, itemDihitung };
}
