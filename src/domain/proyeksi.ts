// "Kapan saya bisa naik?": projects the accumulation forward month by month under an assumed
// predikat, step by step (each KP inside the jenjang, each KP sekaligus KJ) until the top pangkat
// the JF allows, and puts each step's earliest TMT on the KP calendar in force at that date.
// Declared conditions (uji kompetensi, formasi, hukuman disiplin) are assumed met.
import type { Aturan, Golongan, Jenjang, Predikat } from './aturan.ts';
import type { GarisAmbang, HasilProyeksi, LangkahProyeksi, SyaratWaktu, TitikSeri, Tmt, Tonggak } from './hasil.ts';
import type { PeriodeTerbaca } from './konversi.ts';
import { Pecahan } from './pecahan.ts';
import { angka, rujuk } from './rujukan.ts';
import { formatAngkaKredit, formatBulan, formatDurasi, formatNilai, formatRentangBulan, formatTanggal } from './format.ts';
import { bulanDari, bulanKeTeks, selisihBulan, tambahBulan, tanggalPertama, type Bulan } from './tanggal.ts';
import { tmtKenaikanPangkat } from './kalender.ts';
import { kernelAturan, kumulatifBulat, type KumulatifBerjalan } from './kernel.ts';
import type { KonteksKelayakan } from './kelayakan.ts';

// The projection's result types live with the other result types (hasil.ts); re-exported for callers.
export type { GarisAmbang, HasilProyeksi, LangkahProyeksi, SyaratWaktu, TitikSeri, Tonggak } from './hasil.ts';

/** The person's position as the eligibility check sees it, plus the recorded history for the chart. */
export interface KonteksProyeksi extends Omit<KonteksKelayakan, 'bulanPerhitungan' | 'periode' | 'pernyataan'> {
  periode: (PeriodeTerbaca & { angkaKredit: Pecahan })[];
  /** Per recorded month of the current history, the cumulative within its jenjang (for the chart). */
  seriTercatat: TitikSeri[];
  tonggakTercatat: Tonggak[];
}

export type Asumsi = (bulan: Bulan) => Predikat;

const BATAS_BULAN = 12 * 45;

interface Keadaan {
  J: Jenjang;
  G: Golongan;
  kum: KumulatifBerjalan;
  tmtPangkat: string;
  tmtJenjang: string;
  bulan: Bulan;
}

/**
 * The projection's cumulative: integers over one denominator when the rule book's kernel and the
 * starting value allow it (kernel.ts), else fractions. The same texts and dates either way
 * (tests/domain/kernel.test.ts compares whole results with and without the kernel).
 */
function kumulatifBerjalan(aturan: Aturan, awal: Pecahan, nilaiBulan: (p: Predikat, J: Jenjang) => Pecahan): KumulatifBerjalan {
  const ker = kernelAturan(aturan);
  const bulat = ker && kumulatifBulat(ker, awal, BATAS_BULAN);
  if (bulat) return bulat;
  let kum = awal;
  return {
    tambahBulan: (p, J) => {
      kum = kum.tambah(nilaiBulan(p, J));
    },
    capai: (ambang) => kum.gte(ambang),
    nol: () => {
      kum = Pecahan.NOL;
    },
    teksBulat: (places) => kum.teksBulat(places),
  };
}

/** The months whose predikat is below the minimum: recorded, and assumed from `dari` on. */
function bulanBuruk(periode: PeriodeTerbaca[], minimal: Predikat): Bulan[] {
  return periode.filter((p) => p.predikat.persen.nilai.lessThan(minimal.persen.nilai)).map((p) => p.selesai);
}

/**
 * The first date whose window of `jendela` preceding months contains no month below the minimum, the
 * assumed months read from `dari` up to (not including) the month asked for. The projection asks for
 * ever later months, so each month is read once; an earlier month asked for is read again from `dari`.
 */
function jendelaPredikat(
  buruk: Bulan[],
  jendela: number,
  asumsi: Asumsi,
  diBawah: (p: Predikat) => boolean,
  dari: Bulan,
): (sampai: Bulan) => string | undefined {
  const tercatat = buruk.length ? Math.max(...buruk) : -Infinity;
  let terakhir = tercatat;
  let dibaca = dari;
  return (sampai) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: unreachable from proyeksikan, whose window ends only move forward; kept so that another caller still gets the window it asks for
    if (sampai < dibaca) {
      terakhir = tercatat;
      dibaca = dari;
    }
    for (; dibaca < sampai; dibaca++) if (diBawah(asumsi(dibaca))) terakhir = dibaca;
    return terakhir === -Infinity ? undefined : tanggalPertama(terakhir + jendela + 1);
  };
}

export function proyeksikan(k: KonteksProyeksi, asumsi: Asumsi, keterangan: string): HasilProyeksi {
  const { aturan, desimal } = k;
  const perTahun = aturan.konversi.rumus.bulanPerTahun;
  const sKp = aturan.syarat.kenaikanPangkat;
  const sKj = aturan.syarat.kenaikanJenjang;
  const minKp = aturan.predikat.find((p) => p.id === sKp.predikat.minimal)!;
  const minKj = aturan.predikat.find((p) => p.id === sKj.predikat.minimal)!;
  const f = (p: Pecahan) => formatAngkaKredit(p, desimal);
  // Whether a predikat is below a minimum, compared once per predikat (the windows scan every month).
  const diBawahnya = (minimal: Predikat) => {
    const tahu = new Map<Predikat, boolean>();
    return (p: Predikat) => {
      let b = tahu.get(p);
      if (b === undefined) tahu.set(p, (b = p.persen.nilai.lessThan(minimal.persen.nilai)));
      return b;
    };
  };
  const diBawahKp = diBawahnya(minKp);
  const diBawahKj = diBawahnya(minKj);
  // One month's konversi depends only on the jenjang and the assumed predikat: each pair is computed
  // once (a projection adds up to 540 months, most of them alike).
  const nilai = new Map<Jenjang, Map<Predikat, Pecahan>>();
  const nilaiBulan = (p: Predikat, J: Jenjang) => {
    let perJenjang = nilai.get(J);
    if (!perJenjang) nilai.set(J, (perJenjang = new Map()));
    let v = perJenjang.get(p);
    if (!v) {
      v = Pecahan.rasio(1, perTahun * 100)
        .kali(Pecahan.dari(p.persen.nilai))
        .kali(Pecahan.dari(J.koefisien.nilai));
      perJenjang.set(p, v);
    }
    return v;
  };

  const bulanHitung = bulanDari(k.tanggalPerhitungan);
  const akhirTercatat = k.periode.length ? Math.max(...k.periode.map((p) => p.selesai)) : undefined;
  // Past months without a recorded predikat are never filled with the assumption (a date computed
  // from them would read as fact): the projection starts at the calculation month, or after the last
  // recorded month when periods reach further, and each step says which past months were left out.
  const awalKosong = Math.max(
    akhirTercatat !== undefined ? akhirTercatat + 1 : bulanDari(k.tmtJenjang),
    bulanDari(k.tmtJenjang),
    bulanDari(`${aturan.konversi.mulaiBerlaku.bulan}-01`),
  );
  const mulai = Math.max(awalKosong, bulanHitung);
  const kosong = mulai - awalKosong;
  const tanpaPredikat =
    kosong > 0
      ? ` Tanpa ${kosong} bulan yang belum memiliki predikat tercatat (${formatRentangBulan(awalKosong, mulai - 1)}): bulan-bulan itu tidak dihitung, sehingga tanggal ini dapat lebih cepat bila predikatnya ditetapkan.`
      : '';
  const catatan = [
    `Proyeksi mengasumsikan predikat ${keterangan} untuk setiap bulan mulai ${formatBulan(mulai)}.`,
    'Syarat yang dinyatakan (uji kompetensi, formasi, bebas hukuman disiplin) dianggap terpenuhi dalam proyeksi.',
    'Proyeksi bukan penetapan: angka kredit baru sah setelah predikat kinerja ditetapkan dan dikonversi.',
  ];
  if (kosong > 0)
    catatan.push(
      `${formatRentangBulan(awalKosong, mulai - 1)} (${kosong} bulan) belum memiliki predikat tercatat: proyeksi tidak mengisinya dengan asumsi dan tidak menghitungnya; proyeksi dimulai pada bulan perhitungan.`,
    );

  const s: Keadaan = {
    J: k.jenjang,
    G: k.golongan,
    // At most BATAS_BULAN months are added: both loops that add stop at mulai + BATAS_BULAN.
    kum: kumulatifBerjalan(aturan, k.kumulatif, nilaiBulan),
    tmtPangkat: k.tmtPangkat,
    tmtJenjang: k.tmtJenjang,
    bulan: mulai,
  };
  const seri: TitikSeri[] = [...k.seriTercatat];
  const ambang: GarisAmbang[] = [];
  const tonggak: Tonggak[] = [...k.tonggakTercatat];
  const langkah: LangkahProyeksi[] = [];
  const tambah = () => {
    s.kum.tambahBulan(asumsi(s.bulan), s.J);
    seri.push({ bulan: bulanKeTeks(s.bulan), kumulatif: s.kum.teksBulat(3), jenjang: s.J.id, proyeksi: true });
    s.bulan += 1;
  };
  let berhenti = '';
  let acuan = k.tanggalPerhitungan;
  const jendelaKpSampai = jendelaPredikat(bulanBuruk(k.periode, minKp), sKp.predikat.jendelaBulan, asumsi, diBawahKp, mulai);
  const jendelaKjSampai = jendelaPredikat(bulanBuruk(k.periode, minKj), sKj.predikat.jendelaBulan, asumsi, diBawahKj, mulai);

  while (langkah.length < 20) {
    if (!s.J.golongan.includes(s.G.kode)) {
      const kjRule = aturan.kumulatif[s.J.id]!.kenaikanJenjang;
      const target = aturan.jenjang.find((j) => j.id === kjRule?.ke);
      berhenti = `${s.G.pangkat} (${s.G.kode}) dicapai melalui kenaikan pangkat tanpa kenaikan jenjang; langkah berikutnya adalah kenaikan jenjang${target ? ` ke ${target.nama}` : ''} (lihat Kenaikan jenjang), yang tidak diproyeksikan di sini.`;
      break;
    }
    const rule = aturan.kumulatif[s.J.id]!.kenaikanPangkat.find((a) => a.dari === s.G.kode);
    if (!rule) {
      berhenti = `${s.G.pangkat} (${s.G.kode}) adalah pangkat tertinggi jenjang ${s.J.nama}.`;
      break;
    }
    const ke = aturan.golongan.find((g) => g.kode === rule.ke)!;
    const perluKj = !s.J.golongan.includes(ke.kode);
    const kjRule = aturan.kumulatif[s.J.id]!.kenaikanJenjang;
    const target = perluKj ? aturan.jenjang.find((j) => j.id === kjRule?.ke) : undefined;
    if (perluKj && (!target || !k.jabatanFungsional.jenjang.includes(target.id))) {
      berhenti = `${s.G.pangkat} (${s.G.kode}) adalah pangkat tertinggi yang dapat dicapai pada ${k.jabatanFungsional.nama}: ${ke.kode} memerlukan jenjang ${target?.nama ?? 'berikutnya'}, yang tidak ada pada jabatan ini.`;
      break;
    }
    if (diBawahKp(asumsi(s.bulan))) {
      berhenti = `Dengan predikat ${asumsi(s.bulan).nama}, syarat predikat paling rendah ${minKp.nama} tidak akan terpenuhi.`;
      break;
    }
    const ambangAk = Pecahan.dari(rule.angkaKredit);
    const mulaiLangkah = s.bulan;
    // Already met: from the later of the calculation date and the previous TMT.
    let akTanggal = acuan;
    if (!s.kum.capai(ambangAk)) {
      while (!s.kum.capai(ambangAk) && s.bulan - mulai < BATAS_BULAN) tambah();
      if (!s.kum.capai(ambangAk)) {
        berhenti = 'Ambang angka kredit tidak tercapai dalam 45 tahun dengan asumsi ini.';
        break;
      }
      akTanggal = [tanggalPertama(s.bulan), acuan].sort().at(-1)!;
    }
    // The predikat windows end at the KP date, not at the month the AK threshold is reached: the
    // assumed months up to the TMT are scanned, and when a month below the minimum moves the date, the
    // months up to the new TMT are scanned again, until the date holds (or passes the 45-year bound).
    const masaKp = tambahBulan(s.tmtPangkat, sKp.masaPangkatBulan.nilai);
    const masaKj = perluKj ? tambahBulan(s.tmtJenjang, sKj.masaJenjangBulan.nilai) : undefined;
    let sampaiJendela = s.bulan;
    let jendelaKp: string | undefined;
    let jendelaKj: string | undefined;
    let memenuhi: string;
    let t: ReturnType<typeof tmtKenaikanPangkat>;
    for (;;) {
      jendelaKp = jendelaKpSampai(sampaiJendela);
      jendelaKj = perluKj ? jendelaKjSampai(sampaiJendela) : undefined;
      memenuhi = [akTanggal, masaKp, jendelaKp, masaKj, jendelaKj]
        .filter((x): x is string => x !== undefined)
        .sort()
        .at(-1)!;
      t = tmtKenaikanPangkat(aturan, memenuhi);
      if (!t) break;
      const bulanTmt = bulanDari(t.tanggal);
      if (bulanTmt <= sampaiJendela || bulanTmt - mulai > BATAS_BULAN) break;
      sampaiJendela = bulanTmt;
    }
    const syaratWaktu: SyaratWaktu[] = [];
    const waktu = (uraian: string, tanggal: string | undefined) => {
      if (tanggal) syaratWaktu.push({ uraian, tanggal, tampilan: formatTanggal(tanggal) });
    };
    waktu(`masa ${formatDurasi(sKp.masaPangkatBulan.nilai)} dalam pangkat ${s.G.kode} (sejak ${formatTanggal(s.tmtPangkat)})`, masaKp);
    waktu(`predikat paling rendah ${minKp.nama} dalam ${formatDurasi(sKp.predikat.jendelaBulan)} terakhir`, jendelaKp);
    if (perluKj) {
      waktu(`masa ${formatDurasi(sKj.masaJenjangBulan.nilai)} dalam jenjang ${s.J.nama} (sejak ${formatTanggal(s.tmtJenjang)})`, masaKj);
      waktu(`predikat paling rendah ${minKj.nama} dalam ${formatDurasi(sKj.predikat.jendelaBulan)} terakhir (kenaikan jenjang)`, jendelaKj);
    }
    if (!t) {
      berhenti = `Buku aturan tidak memuat tanggal kenaikan pangkat sesudah ${formatTanggal(memenuhi)}; proyeksi berhenti di sini.`;
      break;
    }
    if (bulanDari(t.tanggal) - mulai > BATAS_BULAN) {
      berhenti = `Dengan asumsi ini, syarat predikat paling rendah ${minKp.nama} tidak terpenuhi dalam 45 tahun.`;
      break;
    }
    const tmt: Tmt = { tanggal: t.tanggal, tampilan: formatTanggal(t.tanggal), perkiraan: true, sumber: rujuk(aturan, t.kalender.sumber) };
    const tujuan = `kenaikan pangkat ke ${ke.pangkat} (${ke.kode})${perluKj ? ` sekaligus kenaikan jenjang ke ${target!.nama}` : ''}`;
    const penahan = syaratWaktu.filter((w) => w.tanggal > akTanggal).sort((a, b) => (a.tanggal < b.tanggal ? 1 : -1))[0];
    langkah.push({
      nomor: langkah.length + 1,
      jenis: perluKj ? 'kenaikan_pangkat_dan_jenjang' : 'kenaikan_pangkat',
      dari: { kode: s.G.kode, pangkat: s.G.pangkat },
      ke: { kode: ke.kode, pangkat: ke.pangkat },
      jenjang: { id: s.J.id, nama: s.J.nama },
      ...(target && { jenjangTujuan: { id: target.id, nama: target.nama } }),
      ambang: angka(ambangAk, desimal),
      akTercapai: { tanggal: akTanggal, tampilan: formatTanggal(akTanggal) },
      syaratWaktu,
      memenuhiSyarat: { tanggal: memenuhi, tampilan: formatTanggal(memenuhi) },
      tmt,
      kalimat: `Perkiraan ${tujuan}: angka kredit ${f(ambangAk)} tercapai ${formatTanggal(akTanggal)}${penahan ? `, menunggu ${penahan.uraian} sampai ${penahan.tampilan}` : ''}; TMT paling cepat ${tmt.tampilan}.${tanpaPredikat}`,
      sumber: [
        rujuk(aturan, rule.sumber),
        rujuk(aturan, sKp.masaPangkatBulan.sumber),
        rujuk(aturan, t.kalender.sumber),
        ...(perluKj ? [rujuk(aturan, sKj.masaJenjangBulan.sumber)] : []),
      ],
    });
    ambang.push({
      mulai: bulanKeTeks(mulaiLangkah),
      selesai: bulanKeTeks(bulanDari(t.tanggal)),
      ambang: ambangAk.teksBulat(3),
      label: `${perluKj ? 'KP+KJ' : 'KP'} ${ke.kode}: ${f(ambangAk)}`,
    });
    tonggak.push({
      bulan: bulanKeTeks(bulanDari(t.tanggal)),
      label: perluKj ? `KJ ${target!.nama} / ${ke.kode}` : `KP ${ke.kode}`,
      jenis: perluKj ? 'kenaikan_jenjang' : 'kenaikan_pangkat',
    });

    // Months until the TMT are still rated; at a KJ the new jenjang starts from 0 at the TMT.
    const bulanTmt = bulanDari(t.tanggal);
    while (s.bulan < bulanTmt) tambah();
    if (perluKj) {
      s.J = target!;
      s.kum.nol();
      s.tmtJenjang = t.tanggal;
      seri.push({ bulan: bulanKeTeks(bulanTmt - 1), kumulatif: '0.000', jenjang: s.J.id, proyeksi: true });
    }
    s.G = ke;
    s.tmtPangkat = t.tanggal;
    acuan = t.tanggal;
  }

  return { asumsi: keterangan, mulai: bulanKeTeks(mulai), langkah, berhenti, banding: [], seri, ambang, tonggak, catatan };
}

/** Smallest number of months at the assumed predikat whose konversi closes a shortfall (BKN's periodic advice). */
export function penutupKekurangan(
  aturan: Aturan,
  J: Jenjang,
  predikat: Predikat,
  kekurangan: Pecahan,
  desimal: number,
): HasilProyeksi['penutupKekurangan'] {
  const perTahun = aturan.konversi.rumus.bulanPerTahun;
  for (let n = 1; n <= perTahun; n++) {
    const v = Pecahan.rasio(n, perTahun * 100)
      .kali(Pecahan.dari(predikat.persen.nilai))
      .kali(Pecahan.dari(J.koefisien.nilai));
    if (v.gte(kekurangan)) {
      const rumus = `${n}/${perTahun} × ${formatNilai(predikat.persen.nilai)}% × ${formatNilai(J.koefisien.nilai)} = ${formatAngkaKredit(v, desimal)}`;
      return {
        bulan: n,
        angkaKredit: angka(v, desimal),
        rumus,
        kalimat: `Kekurangan ${formatAngkaKredit(kekurangan, desimal)} dapat ditutup dengan konversi periodik ${n} bulan predikat ${predikat.nama}: ${rumus}.`,
      };
    }
  }
  return undefined;
}

/** Months between two TMTs, for "8 bulan lebih cepat". */
export function bandingkan(dasar: HasilProyeksi, cepat: HasilProyeksi, namaDasar: string): HasilProyeksi['banding'] {
  return dasar.langkah.flatMap((a, i) => {
    const b = cepat.langkah[i];
    if (!b || b.ke.kode !== a.ke.kode) return [];
    const n = selisihBulan(b.tmt.tanggal, a.tmt.tanggal);
    const ke = `${a.ke.pangkat} (${a.ke.kode})${a.jenjangTujuan ? ` / ${a.jenjangTujuan.nama}` : ''}`;
    return [
      {
        ke,
        tmtDasar: a.tmt.tanggal,
        tmtSangatBaik: b.tmt.tanggal,
        selisihBulan: n,
        kalimat:
          n > 0
            ? `${ke}: ${b.tmt.tampilan} dengan Sangat Baik, ${n} bulan lebih cepat daripada ${a.tmt.tampilan} dengan ${namaDasar}.`
            : `${ke}: ${a.tmt.tampilan}, sama dengan ${namaDasar} maupun Sangat Baik.`,
      },
    ];
  });
}
