// Kenaikan pangkat (KP) and kenaikan jenjang (KJ): each condition with what is required, what was
// found, whether it holds, and its source; then the verdict and the earliest TMT on the KP calendar.
import type { Aturan, Golongan, Jenjang, JabatanFungsional, SyaratPredikat, Sumber } from './aturan.ts';
import type {
  HasilKenaikanJenjang,
  HasilKenaikanPangkat,
  AlternatifTanpaFormasi,
  PernyataanKurang,
  StatusPutusan,
  Selisih,
  Syarat,
  SyaratDinyatakan,
  Tmt,
  RefGolongan,
} from './hasil.ts';
import type { Pernyataan } from './masukan.ts';
import type { PeriodeTerbaca } from './konversi.ts';
import { Pecahan } from './pecahan.ts';
import { angka, pecahanDari, rujuk } from './rujukan.ts';
import { formatAngkaKredit, formatDurasi, formatRentangBulan, formatTanggal } from './format.ts';
import { bulanDari, bulanKeTeks, selisihBulan, tambahBulan, type Bulan } from './tanggal.ts';
import { tmtKenaikanPangkat, tmtPadaTanggalPerhitungan } from './kalender.ts';
import { jenjangBerikut, kalimatJenjangTertinggi } from './katalog.ts';

export interface KonteksKelayakan {
  aturan: Aturan;
  desimal: number;
  jabatanFungsional: JabatanFungsional;
  jenjang: Jenjang;
  golongan: Golongan;
  tmtPangkat: string;
  tmtJenjang: string;
  tanggalPerhitungan: string;
  bulanPerhitungan: Bulan;
  kumulatif: Pecahan;
  periode: PeriodeTerbaca[];
  pernyataan: Pernyataan;
}

const refGolongan = (g: Golongan): RefGolongan => ({ kode: g.kode, pangkat: g.pangkat });
const namaGolongan = (g: Golongan) => `${g.pangkat} (${g.kode})`;

export function selisih(kumulatif: Pecahan, ambang: Pecahan, desimal: number): Selisih {
  const d = kumulatif.kurang(ambang);
  return d.isNegatif() ? { jenis: 'kekurangan', angka: angka(d.abs(), desimal) } : { jenis: 'kelebihan', angka: angka(d, desimal) };
}

function syaratAngkaKredit(k: KonteksKelayakan, id: string, untuk: string, ambang: Pecahan, sumber: Sumber): Syarat {
  return {
    id,
    jenis: 'angka_kredit',
    uraian: `Angka kredit kumulatif dalam jenjang ${k.jenjang.nama} untuk ${untuk}`,
    diperlukan: `paling sedikit ${formatAngkaKredit(ambang, k.desimal)}`,
    nyata: formatAngkaKredit(k.kumulatif, k.desimal),
    nilai: { diperlukan: angka(ambang, k.desimal), nyata: angka(k.kumulatif, k.desimal) },
    terpenuhi: k.kumulatif.gte(ambang),
    cara: 'diperiksa',
    sumber: rujuk(k.aturan, sumber),
  };
}

function syaratMasa(
  k: KonteksKelayakan,
  id: string,
  uraian: string,
  tmt: string,
  bulanMinimal: number,
  tanggalUkur: string,
  sumber: Sumber,
): Syarat {
  const tanggalTerpenuhi = tambahBulan(tmt, bulanMinimal);
  const bulan = selisihBulan(tmt, tanggalUkur);
  return {
    id,
    jenis: 'masa',
    uraian,
    diperlukan: `paling singkat ${formatDurasi(bulanMinimal)} sejak ${formatTanggal(tmt)} (terpenuhi pada ${formatTanggal(tanggalTerpenuhi)})`,
    nyata: `${formatDurasi(bulan)} pada ${formatTanggal(tanggalUkur)}`,
    nilai: { bulanMinimal, sejak: tmt, diukurPada: tanggalUkur, bulan },
    terpenuhi: tanggalTerpenuhi <= tanggalUkur,
    cara: 'diperiksa',
    tanggalTerpenuhi,
    sumber: rujuk(k.aturan, sumber),
  };
}

/**
 * Every period overlapping the window of `jendelaBulan` months before `sebelum` (the KP date's month for
 * a KP, the calculation month for a KJ: where each one's masa is measured, Keputusan 6 and 7) must reach
 * the minimal predikat. Months of the window from the calculation month on cannot be assessed yet on
 * the calculation date: they are named and do not fail the condition.
 */
function syaratPredikat(k: KonteksKelayakan, id: string, s: SyaratPredikat, sebelum: { bulan: Bulan; uraian: string }): Syarat {
  const minimal = k.aturan.predikat.find((p) => p.id === s.minimal)!;
  const awal = sebelum.bulan - s.jendelaBulan;
  const akhir = sebelum.bulan - 1;
  const jendela = formatRentangBulan(awal, akhir);
  const beririsan = k.periode.filter((p) => p.selesai >= awal && p.mulai <= akhir);
  const kurang = beririsan.filter((p) => p.predikat.persen.nilai.lessThan(minimal.persen.nilai));
  const dinilai = beririsan.reduce((n, p) => n + Math.min(p.selesai, akhir) - Math.max(p.mulai, awal) + 1, 0);
  // Months of the window not yet over on the calculation date and not covered by a period entered.
  const belumDinilai: Bulan[] = [];
  for (let m = Math.max(awal, k.bulanPerhitungan); m <= akhir; m++) {
    // Stryker disable next-line ConditionalExpression: m is at or after the calculation month and no period may end after it (konversi.ts), so `p.mulai <= m` always holds here
    if (!beririsan.some((p) => p.mulai <= m && m <= p.selesai)) belumDinilai.push(m);
  }
  const catatanBelum =
    belumDinilai.length > 0
      ? `; ${formatRentangBulan(belumDinilai[0]!, belumDinilai.at(-1)!)} belum dapat dinilai pada tanggal perhitungan (tidak menggagalkan syarat)`
      : '';
  let nyata: string;
  if (beririsan.length === 0) nyata = `tidak ada predikat kinerja pada ${jendela}${catatanBelum}`;
  else if (kurang.length > 0)
    nyata = kurang.map((p) => `${p.predikat.nama} pada ${formatRentangBulan(p.mulai, p.selesai)} (periode ${p.nomor})`).join('; ');
  else nyata = `${minimal.nama} atau lebih pada semua periode (${dinilai} dari ${s.jendelaBulan} bulan dinilai)${catatanBelum}`;
  return {
    id,
    jenis: 'predikat',
    uraian: `Predikat kinerja paling rendah ${minimal.nama} dalam ${formatDurasi(s.jendelaBulan)} terakhir`,
    diperlukan: `setiap periode pada ${jendela} (${formatDurasi(s.jendelaBulan)} sebelum ${sebelum.uraian}) paling rendah ${minimal.nama}`,
    nyata,
    nilai: {
      minimal: { id: minimal.id, nama: minimal.nama },
      jendela: { mulai: bulanKeTeks(awal), selesai: bulanKeTeks(akhir) },
      bulanDinilai: dinilai,
      bulanBelumDinilai: belumDinilai.length,
      periodeKurang: kurang.map((p) => p.nomor),
    },
    terpenuhi: beririsan.length > 0 && kurang.length === 0,
    cara: 'diperiksa',
    sumber: rujuk(k.aturan, s.sumber),
  };
}

/** A declared fact: `pernyataan` names the field of the input's declarations it comes from. */
function syaratDinyatakan(
  k: KonteksKelayakan,
  id: string,
  uraian: string,
  diperlukan: string,
  pernyataan: 'lulusUjiKompetensi' | 'formasiTersedia' | 'bebasHukumanDisiplin',
  sumber: Sumber,
): SyaratDinyatakan {
  const dinyatakan = k.pernyataan[pernyataan] ?? null;
  return {
    id,
    jenis: 'dinyatakan',
    uraian,
    diperlukan,
    nyata:
      dinyatakan === null
        ? 'belum dinyatakan (isi Ya atau Tidak)'
        : dinyatakan
          ? 'dinyatakan terpenuhi (tidak diperiksa aplikasi)'
          : 'dinyatakan belum terpenuhi',
    nilai: { pernyataan, dinyatakan },
    terpenuhi: dinyatakan === true,
    ...(dinyatakan === null && { belumDinyatakan: true }),
    cara: 'dinyatakan',
    sumber: rujuk(k.aturan, sumber),
  };
}

/**
 * The verdict of a list of conditions: dapat when all are met; belum dapat dipastikan when every unmet
 * one only waits for a declaration (project decision, Keputusan 10); otherwise tidak dapat.
 */
export function statusDari(syarat: Syarat[]): StatusPutusan {
  const belum = syarat.filter((s) => !s.terpenuhi);
  if (belum.length === 0) return 'dapat';
  return belum.every((s) => s.belumDinyatakan) ? 'belum_dapat_dipastikan' : 'tidak_dapat';
}

/** The declarations a list of conditions still waits for (a KP sekaligus KJ: the KJ's too). */
function pernyataanKurang(syarat: Syarat[], kj?: { belumDinyatakan: PernyataanKurang[] }): PernyataanKurang[] {
  return syarat.flatMap((s): PernyataanKurang[] => {
    if (!s.belumDinyatakan) return [];
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: a kenaikan_jenjang condition exists only in a KP's list, which is always given its kj (an array)
    if (s.jenis === 'kenaikan_jenjang') return kj?.belumDinyatakan ?? [];
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: only dinyatakan and kenaikan_jenjang conditions carry belumDinyatakan
    return s.jenis === 'dinyatakan' ? [{ pernyataan: s.nilai.pernyataan, uraian: kecil(s.uraian) }] : [];
  });
}

/** "BELUM DAPAT DIPASTIKAN: …", naming what to declare. */
function kalimatBelumPasti(tujuan: string, kurang: PernyataanKurang[], tmtBila?: Tmt): string {
  const daftar = kurang.map((x) => x.uraian).join('; ');
  return `BELUM DAPAT DIPASTIKAN: angka kredit dan masa sudah memenuhi untuk ${tujuan}; belum dinyatakan: ${daftar}. Nyatakan Ya atau Tidak untuk setiap pernyataan itu${tmtBila ? `; bila semuanya Ya, paling cepat ${tmtBila.tampilan}` : ''}.`;
}

/** A short reason for each unmet condition, for the verdict sentence. */
function alasan(syarat: Syarat[], desimal: number): string[] {
  return syarat
    .filter((s) => !s.terpenuhi)
    .map((s) => {
      if (s.jenis === 'angka_kredit')
        return `kurang ${formatAngkaKredit(pecahanDari(s.nilai.diperlukan).kurang(pecahanDari(s.nilai.nyata)), desimal)} angka kredit`;
      if (s.tanggalTerpenuhi)
        return `${kecil(s.uraian)} belum terpenuhi (baru ${s.nyata}; terpenuhi pada ${formatTanggal(s.tanggalTerpenuhi)})`;
      if (s.belumDinyatakan && s.jenis === 'dinyatakan') return `${kecil(s.uraian)} belum dinyatakan`;
      if (s.cara === 'dinyatakan') return `${kecil(s.uraian)} dinyatakan belum terpenuhi`;
      return `${kecil(s.uraian)} belum terpenuhi: ${s.nyata}`;
    });
}

type TanggalKp = NonNullable<ReturnType<typeof tmtKenaikanPangkat>>;

function tmt(k: KonteksKelayakan, t: TanggalKp, perkiraan: boolean): Tmt {
  return { tanggal: t.tanggal, tampilan: formatTanggal(t.tanggal), perkiraan, sumber: rujuk(k.aturan, t.kalender.sumber) };
}

export function kenaikanJenjang(k: KonteksKelayakan): HasilKenaikanJenjang {
  const { aturan, jenjang: J, jabatanFungsional: jf } = k;
  const dari = { id: J.id, nama: J.nama };
  const berikut = jenjangBerikut(aturan, jf, J);
  if (!berikut.ada) {
    return {
      tersedia: false,
      dari,
      syarat: [],
      dapat: false,
      status: 'tidak_dapat',
      belumDinyatakan: [],
      alasan: [],
      kalimat: kalimatJenjangTertinggi(jf, J, berikut),
    };
  }
  const target = berikut.jenjang;
  const rule = aturan.kumulatif[J.id]!.kenaikanJenjang!;
  const ambang = Pecahan.dari(rule.angkaKredit);
  const s = aturan.syarat.kenaikanJenjang;
  const syarat: Syarat[] = [
    syaratAngkaKredit(k, 'kj-angka-kredit', `kenaikan jenjang ke ${target.nama}`, ambang, rule.sumber),
    syaratMasa(
      k,
      'kj-masa-jenjang',
      `Masa dalam jenjang ${J.nama}`,
      k.tmtJenjang,
      s.masaJenjangBulan.nilai,
      k.tanggalPerhitungan,
      s.masaJenjangBulan.sumber,
    ),
    syaratPredikat(k, 'kj-predikat', s.predikat, { bulan: k.bulanPerhitungan, uraian: 'bulan perhitungan' }),
    syaratDinyatakan(
      k,
      'kj-formasi',
      `Tersedia kebutuhan (formasi) jenjang ${target.nama}`,
      'formasi tersedia',
      'formasiTersedia',
      s.formasi.sumber,
    ),
    syaratDinyatakan(k, 'kj-uji-kompetensi', 'Lulus uji kompetensi', 'lulus uji kompetensi', 'lulusUjiKompetensi', s.ujiKompetensi.sumber),
  ];
  const status = statusDari(syarat);
  const dapat = status === 'dapat';
  const why = alasan(syarat, k.desimal);
  const belumDinyatakan = pernyataanKurang(syarat);
  return {
    tersedia: true,
    dari,
    ke: { id: target.id, nama: target.nama },
    ambang: angka(ambang, k.desimal),
    selisih: selisih(k.kumulatif, ambang, k.desimal),
    syarat,
    dapat,
    status,
    belumDinyatakan,
    alasan: why,
    kalimat:
      status === 'dapat'
        ? `DAPAT dipertimbangkan untuk kenaikan jenjang jabatan ke ${target.nama}. Angka kredit kumulatif menjadi 0 di jenjang ${target.nama}.`
        : status === 'belum_dapat_dipastikan'
          ? kalimatBelumPasti(`kenaikan jenjang jabatan ke ${target.nama}`, belumDinyatakan)
          : `TIDAK DAPAT dipertimbangkan untuk kenaikan jenjang jabatan ke ${target.nama}: ${why.join('; ')}.`,
  };
}

export function kenaikanPangkat(k: KonteksKelayakan, kj: HasilKenaikanJenjang): HasilKenaikanPangkat {
  const { aturan, jenjang: J, golongan: G, jabatanFungsional: jf } = k;
  const dari = refGolongan(G);
  const tidakAda = (kalimat: string, ke?: Golongan, perluKenaikanJenjang = false): HasilKenaikanPangkat => ({
    tersedia: false,
    dari,
    ...(ke && { ke: refGolongan(ke) }),
    perluKenaikanJenjang,
    syarat: [],
    dapat: false,
    status: 'tidak_dapat',
    belumDinyatakan: [],
    alasan: [],
    kalimat,
  });
  // One golongan above the jenjang's top, reached by the once-only KP without KJ (Keputusan 9): the
  // next step is the KJ; a second KP without KJ is never offered.
  if (!J.golongan.includes(G.kode)) {
    const s = aturan.syarat.kenaikanPangkat.tanpaFormasi;
    return tidakAda(
      `${namaGolongan(G)} dicapai melalui kenaikan pangkat tanpa kenaikan jenjang (formasi tidak tersedia; paling banyak ${s.kali} kali). Kenaikan pangkat berikutnya memerlukan kenaikan jenjang lebih dulu. Kenaikan jenjang: ${kj.kalimat}`,
    );
  }
  const rule = aturan.kumulatif[J.id]!.kenaikanPangkat.find((a) => a.dari === G.kode);
  if (!rule) {
    return tidakAda(`${namaGolongan(G)} adalah pangkat tertinggi jenjang ${J.nama}; tidak ada kenaikan pangkat dalam jenjang ini.`);
  }
  const ke = aturan.golongan.find((g) => g.kode === rule.ke)!;
  const perluKenaikanJenjang = !J.golongan.includes(ke.kode);
  if (perluKenaikanJenjang && !kj.tersedia) {
    return tidakAda(
      `${namaGolongan(G)} adalah pangkat tertinggi yang dapat dicapai pada jenjang ${J.nama} ${jf.nama}: ${namaGolongan(ke)} memerlukan kenaikan jenjang, dan ${kecil(kj.kalimat)}`,
      ke,
      perluKenaikanJenjang,
    );
  }
  const ambang = Pecahan.dari(rule.angkaKredit);
  const s = aturan.syarat.kenaikanPangkat;
  // The law measures time in pangkat, and the predikat window, up to the KP date: the first calendar
  // date on or after the calculation date (Keputusan 6 and 7).
  const kp = tmtPadaTanggalPerhitungan(aturan, k.tanggalPerhitungan);
  const tanggalKp = kp.tanggal;
  const dasar: Syarat[] = [
    syaratAngkaKredit(k, 'kp-angka-kredit', `kenaikan pangkat ke ${namaGolongan(ke)}`, ambang, rule.sumber),
    syaratMasa(
      k,
      'kp-masa-pangkat',
      `Masa dalam pangkat ${namaGolongan(G)}`,
      k.tmtPangkat,
      s.masaPangkatBulan.nilai,
      tanggalKp,
      s.masaPangkatBulan.sumber,
    ),
    syaratPredikat(k, 'kp-predikat', s.predikat, {
      bulan: bulanDari(tanggalKp),
      uraian: `TMT kenaikan pangkat ${formatTanggal(tanggalKp)}`,
    }),
    syaratDinyatakan(
      k,
      'kp-hukuman-disiplin',
      'Tidak sedang menjalani hukuman disiplin',
      'bebas hukuman disiplin',
      'bebasHukumanDisiplin',
      s.hukumanDisiplin.sumber,
    ),
  ];
  const syarat = [...dasar];
  if (perluKenaikanJenjang) {
    syarat.push({
      id: 'kp-kenaikan-jenjang',
      jenis: 'kenaikan_jenjang',
      uraian: `Kenaikan jenjang ke ${kj.ke!.nama} lebih dulu (kenaikan pangkat sekaligus kenaikan jenjang)`,
      diperlukan: `${namaGolongan(ke)} berada pada jenjang ${kj.ke!.nama}: kenaikan jenjang harus dapat dipertimbangkan`,
      nyata:
        kj.status === 'dapat'
          ? 'kenaikan jenjang dapat dipertimbangkan'
          : kj.status === 'belum_dapat_dipastikan'
            ? `kenaikan jenjang belum dapat dipastikan: ${kj.alasan.join('; ')}`
            : `kenaikan jenjang belum dapat: ${kj.alasan.join('; ')}`,
      nilai: { ke: kj.ke!, dapat: kj.dapat, status: kj.status },
      terpenuhi: kj.dapat,
      ...(kj.status === 'belum_dapat_dipastikan' && { belumDinyatakan: true }),
      cara: 'diperiksa',
      sumber: rujuk(aturan, aturan.kumulatif[J.id]!.kenaikanJenjang!.sumber),
    });
  }
  const status = statusDari(syarat);
  const dapat = status === 'dapat';
  const why = alasan(syarat, k.desimal);
  const belumDinyatakan = pernyataanKurang(syarat, kj);
  // When only time conditions stand in the way (for KP sekaligus KJ, the KJ's too), the TMT they allow;
  // a missing declaration is not in the way of the estimate, a declared false is.
  const menghalangi = syaratBelumTerpenuhi(syarat, kj).filter((x) => !x.belumDinyatakan);
  // Stryker disable next-line MethodExpression: every → some is equivalent: sort() puts undefined last, so .at(-1) is undefined whenever one condition has no date
  const waktu = menghalangi.every((x) => x.tanggalTerpenuhi)
    ? menghalangi
        .map((x) => x.tanggalTerpenuhi!)
        .sort()
        .at(-1)
    : undefined;
  // An estimate past the rule book's calendars is left out rather than guessed.
  const kpNanti = waktu === undefined ? undefined : tmtKenaikanPangkat(aturan, waktu);
  const tmtPalingCepat =
    status === 'dapat'
      ? tmt(k, kp, false)
      : status === 'belum_dapat_dipastikan'
        ? tmt(k, kp, true)
        : kpNanti
          ? tmt(k, kpNanti, true)
          : undefined;
  const tujuan = `kenaikan pangkat ke ${namaGolongan(ke)}${perluKenaikanJenjang ? ` sekaligus kenaikan jenjang ke ${kj.ke!.nama}` : ''}`;
  const kalimat =
    status === 'dapat'
      ? `DAPAT dipertimbangkan untuk ${tujuan} mulai ${tmtPalingCepat!.tampilan}.`
      : status === 'belum_dapat_dipastikan'
        ? kalimatBelumPasti(tujuan, belumDinyatakan, tmtPalingCepat)
        : `TIDAK DAPAT dipertimbangkan untuk ${tujuan}: ${why.join('; ')}.${tmtPalingCepat ? ` Paling cepat ${tmtPalingCepat.tampilan}, bila syarat lain tetap terpenuhi.` : ''}`;

  const hasil: HasilKenaikanPangkat = {
    tersedia: true,
    dari,
    ke: refGolongan(ke),
    ambang: angka(ambang, k.desimal),
    selisih: selisih(k.kumulatif, ambang, k.desimal),
    perluKenaikanJenjang,
    syarat,
    dapat,
    status,
    belumDinyatakan,
    kalimat,
    alasan: why,
    ...(tmtPalingCepat && { tmtPalingCepat }),
  };
  // Offered unless formasi is declared available: declared unavailable, or not declared yet (then the
  // alternative itself waits for that declaration).
  if (perluKenaikanJenjang && k.pernyataan.formasiTersedia !== true) {
    hasil.alternatifTanpaFormasi = tanpaFormasi(k, dasar, ke, kj, kp);
  }
  return hasil;
}

/** No formasi for the KJ: a KP one step up while staying in the jenjang, once (Keputusan 9). */
function tanpaFormasi(k: KonteksKelayakan, dasar: Syarat[], ke: Golongan, kj: HasilKenaikanJenjang, kp: TanggalKp): AlternatifTanpaFormasi {
  const s = k.aturan.syarat.kenaikanPangkat.tanpaFormasi;
  const sudah = k.pernyataan.kenaikanPangkatTanpaFormasiSudahDigunakan ?? null;
  const formasi = k.pernyataan.formasiTersedia ?? null;
  const syarat: Syarat[] = [
    ...dasar,
    {
      id: 'kp-tanpa-formasi-formasi',
      jenis: 'dinyatakan',
      uraian: `Kebutuhan (formasi) jenjang ${kj.ke!.nama} tidak tersedia`,
      diperlukan: 'formasi tidak tersedia',
      nyata: formasi === null ? 'belum dinyatakan (isi Ya atau Tidak)' : 'dinyatakan tidak tersedia',
      nilai: { pernyataan: 'formasiTersedia', dinyatakan: formasi },
      terpenuhi: formasi === false,
      ...(formasi === null && { belumDinyatakan: true }),
      cara: 'dinyatakan',
      sumber: rujuk(k.aturan, k.aturan.syarat.kenaikanJenjang.formasi.sumber),
    },
    {
      id: 'kp-tanpa-formasi-sekali',
      jenis: 'dinyatakan',
      uraian: 'Kenaikan pangkat tanpa kenaikan jenjang belum pernah diberikan',
      diperlukan: `paling banyak ${s.kali} kali`,
      nyata:
        sudah === null
          ? 'belum dinyatakan (isi Ya atau Tidak)'
          : sudah
            ? 'dinyatakan sudah pernah diberikan'
            : 'dinyatakan belum pernah diberikan',
      nilai: { pernyataan: 'kenaikanPangkatTanpaFormasiSudahDigunakan', dinyatakan: sudah },
      terpenuhi: sudah === false,
      ...(sudah === null && { belumDinyatakan: true }),
      cara: 'dinyatakan',
      sumber: rujuk(k.aturan, s.sumber),
    },
  ];
  const status = statusDari(syarat);
  const dapat = status === 'dapat';
  const why = alasan(syarat, k.desimal);
  const belumDinyatakan = pernyataanKurang(syarat);
  const t = status === 'tidak_dapat' ? undefined : tmt(k, kp, !dapat);
  const pokok = `kenaikan pangkat ke ${namaGolongan(ke)} dengan tetap dalam jenjang ${k.jenjang.nama} (formasi ${kj.ke!.nama} tidak tersedia; paling banyak ${s.kali} kali)`;
  return {
    ke: refGolongan(ke),
    syarat,
    dapat,
    status,
    belumDinyatakan,
    sumber: rujuk(k.aturan, s.sumber),
    ...(t && { tmtPalingCepat: t }),
    kalimat:
      status === 'dapat'
        ? `DAPAT dipertimbangkan untuk ${pokok} mulai ${t!.tampilan}.`
        : status === 'belum_dapat_dipastikan'
          ? kalimatBelumPasti(pokok, belumDinyatakan, t)
          : `TIDAK DAPAT dipertimbangkan untuk ${pokok}: ${why.join('; ')}.`,
  };
}

/**
 * The unmet conditions of a KP, with a KP sekaligus KJ's "kenaikan jenjang first" replaced by the
 * KJ's own unmet conditions: what actually stands in the way.
 */
export function syaratBelumTerpenuhi(syaratKp: Syarat[], kj: { syarat: Syarat[] }): Syarat[] {
  return syaratKp
    .filter((x) => !x.terpenuhi)
    .flatMap((x) => (x.jenis === 'kenaikan_jenjang' ? kj.syarat.filter((y) => !y.terpenuhi) : [x]));
}

/** Lower-cases only the first letter, keeping names such as "Ahli Muda" intact inside a sentence. */
function kecil(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
