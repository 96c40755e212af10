// The explanation of a result: its steps (langkah), notes (catatan) and the project decisions it relied
// on (keputusan). Built from the finished figures alone, so a caller that needs no explanation (the
// batch) simply does not call it, and the figures cannot depend on it.
import type { Aturan, JabatanFungsional, Jenjang, KalenderKp, Sumber } from './aturan.ts';
import type { Catatan, Hasil, Langkah, Rujukan } from './hasil.ts';
import { Pecahan } from './pecahan.ts';
import { rujuk, pecahanDari } from './rujukan.ts';
import { catatanKatalog } from './katalog.ts';
import { kalenderBerlaku, tmtPadaTanggalPerhitungan } from './kalender.ts';

export interface BahanPenjelasan {
  /** The input number of each konversi row's period, in row order (the step ids use it). */
  nomorPeriode: number[];
  /** The steps of the computed starting items (PAK Integrasi, pengangkatan, pendidikan), in that order. */
  langkahAkAwal: Langkah[];
  /** The person's JF and jenjang as the rule book has them (the result keeps only their ids and names). */
  jabatanFungsional: JabatanFungsional;
  jenjang: Jenjang;
}

/** Fills the result's langkah, catatan and keputusan (empty until then), in the order they are read. */
export function jelaskan(aturan: Aturan, hasil: Hasil, bahan: BahanPenjelasan): void {
  const r = (s: Sumber) => rujuk(aturan, s);
  hasil.langkah.push(
    ...langkahKonversi(hasil, bahan.nomorPeriode),
    ...langkahAkumulasi(aturan, hasil, bahan.langkahAkAwal),
    ...langkahKelayakan(hasil),
  );
  hasil.catatan.push(...catatan(aturan, hasil, bahan));
  hasil.keputusan = kumpulkanKeputusan(hasil, [aturan.konversi.hitunganBulan.sumber, aturan.pembulatan.sumber].map(r));
}

/** One step per period: PerBKN 3/2023 Pasal 13 ayat (1) applied to its months, predikat and koefisien. */
function langkahKonversi(hasil: Hasil, nomorPeriode: number[]): Langkah[] {
  return hasil.konversi.map((k, i) => ({
    id: `konversi-${nomorPeriode[i]}`,
    uraian: `Konversi predikat ${k.predikat.nama}, ${k.periode}, jenjang ${k.jenjang.nama}`,
    rumus: k.rumus,
    masukan: [
      { nama: 'Jumlah bulan', nilai: String(k.bulan) },
      { nama: 'Persentase predikat', nilai: k.persen },
      { nama: 'Koefisien per tahun', nilai: k.koefisien },
    ],
    hasil: k.angkaKredit.tampilan,
    angka: k.angkaKredit,
    sumber: k.sumber,
  }));
}

/** The sums within the jenjang: konversi, starting Angka Kredit, and the cumulative. */
function langkahAkumulasi(aturan: Aturan, hasil: Hasil, langkahAkAwal: Langkah[]): Langkah[] {
  const { jenjang, tmtJenjang } = hasil.pegawai;
  const { awal, konversiDalamJenjang: konversi, kumulatif } = hasil.akumulasi;
  const sumber = [rujuk(aturan, aturan.konversi.akumulasiJenjang.sumber)];
  return [
    {
      id: 'jumlah-konversi',
      uraian: `Jumlah angka kredit konversi dalam jenjang ${jenjang.nama} (sejak TMT jenjang ${tmtJenjang.tampilan})`,
      rumus: 'Σ angka kredit konversi periode sejak TMT jenjang, dijumlahkan secara eksak',
      masukan: hasil.konversi
        .filter((k) => k.dihitung)
        .map((k) => ({ nama: `Periode ${k.nomor} (${k.periode})`, nilai: k.angkaKredit.tampilan })),
      hasil: konversi.tampilan,
      angka: konversi,
      sumber,
    },
    ...langkahAkAwal,
    {
      id: 'jumlah-awal',
      uraian: `Jumlah angka kredit awal dalam jenjang ${jenjang.nama} (AK Dasar, PAK terakhir/Integrasi, pengangkatan, pendidikan, dan lainnya)`,
      rumus: 'Σ angka kredit awal',
      masukan: hasil.angkaKreditAwal
        .filter((a) => a.dihitung)
        .map((a) => ({ nama: a.uraian ? `${a.label}: ${a.uraian}` : a.label, nilai: a.angkaKredit.tampilan })),
      hasil: awal.tampilan,
      angka: awal,
      sumber,
    },
    {
      id: 'kumulatif',
      uraian: `Angka kredit kumulatif dalam jenjang ${jenjang.nama}`,
      rumus: `${awal.tampilan} + ${konversi.tampilan} = ${kumulatif.tampilan}`,
      masukan: [
        { nama: 'Angka kredit awal', nilai: awal.tampilan },
        { nama: 'Angka kredit konversi dalam jenjang', nilai: konversi.tampilan },
      ],
      hasil: kumulatif.tampilan,
      angka: kumulatif,
      sumber,
    },
  ];
}

/** The excess or shortfall against the KP and KJ thresholds, cited to the threshold's source. */
function langkahKelayakan(hasil: Hasil): Langkah[] {
  const kumulatif = hasil.akumulasi.kumulatif.tampilan;
  const langkah: Langkah[] = [];
  const selisih = (id: string, uraian: string, x: Hasil['kenaikanPangkat'] | Hasil['kenaikanJenjang']) => {
    // Set together, and only when the kenaikan is available (kelayakan.ts); both are tested for the type.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: no result has one without the other
    if (!x.ambang || !x.selisih) return;
    langkah.push({
      id,
      uraian,
      rumus: `${kumulatif} − ${x.ambang.tampilan} = ${x.selisih.jenis === 'kekurangan' ? '−' : ''}${x.selisih.angka.tampilan}`,
      masukan: [
        { nama: 'Angka kredit kumulatif', nilai: kumulatif },
        { nama: 'Angka kredit kumulatif minimal', nilai: x.ambang.tampilan },
      ],
      hasil: `${x.selisih.jenis} ${x.selisih.angka.tampilan}`,
      angka: x.selisih.angka,
      sumber: x.syarat.filter((s) => s.jenis === 'angka_kredit').map((s) => s.sumber),
    });
  };
  const { kenaikanPangkat: kp, kenaikanJenjang: kj } = hasil;
  selisih('kenaikan-pangkat', `Kelebihan/kekurangan angka kredit untuk kenaikan pangkat ke ${kp.ke?.pangkat} (${kp.ke?.kode})`, kp);
  selisih('kenaikan-jenjang', `Kelebihan/kekurangan angka kredit untuk kenaikan jenjang ke ${kj.ke?.nama}`, kj);
  return langkah;
}

/** What the figures alone do not say: resets, declared conditions, the KP calendar, rounding, warnings. */
function catatan(aturan: Aturan, hasil: Hasil, bahan: BahanPenjelasan): Catatan[] {
  const r = (s: Sumber) => rujuk(aturan, s);
  const akumulasiSumber = r(aturan.konversi.akumulasiJenjang.sumber);
  const J = hasil.pegawai.jenjang;
  const catatan: Catatan[] = [
    {
      teks: 'Kelebihan angka kredit setelah kenaikan pangkat diperhitungkan untuk kenaikan pangkat berikutnya sepanjang dalam jenjang yang sama.',
      sumber: akumulasiSumber,
    },
    {
      teks: 'Kenaikan jenjang jabatan mengakibatkan angka kredit kumulatif kembali 0 di jenjang yang baru; kelebihan di atas batas kenaikan jenjang tidak terbawa.',
      sumber: akumulasiSumber,
    },
    {
      teks: 'Syarat yang bertanda "dinyatakan" (hukuman disiplin, formasi, uji kompetensi) berasal dari pernyataan pengguna dan tidak diperiksa aplikasi. Pernyataan yang belum diisi tidak dibaca sebagai "tidak": bila hanya itu yang kurang, putusannya belum dapat dipastikan.',
    },
    {
      teks: 'TMT kenaikan pangkat paling cepat dihitung dari tanggal periode kenaikan pangkat; batas waktu pengusulan tidak dimodelkan.',
      sumber: r(kalenderPada(aturan, hasil.tanggalPerhitungan.tanggal).sumber),
    },
    { teks: hasil.pembulatan.catatan, sumber: hasil.pembulatan.sumber },
  ];
  const sebelum = hasil.akumulasi.konversiSebelumJenjang;
  if (pecahanDari(sebelum).bandingkan(Pecahan.NOL) > 0) {
    catatan.unshift({
      teks: `Angka kredit konversi sebelum TMT jenjang ${J.nama} (${sebelum.tampilan}) dicantumkan tetapi tidak dihitung dalam angka kredit kumulatif jenjang ini.`,
      sumber: akumulasiSumber,
    });
  }
  const integrasi = hasil.integrasi;
  for (const w of integrasi?.peringatan ?? [])
    catatan.unshift({ teks: `Peringatan PAK Integrasi: ${w}`, sumber: r(aturan.pengangkatan.integrasi.rumus.sumber) });
  if (integrasi && integrasi.jenjang.id !== J.id) {
    catatan.unshift({
      teks: `AK Integrasi (${integrasi.hasil.tampilan}) milik jenjang ${integrasi.jenjang.nama}; setelah kenaikan jenjang ke ${J.nama} angka kredit kembali 0, sehingga tidak dihitung.`,
      sumber: akumulasiSumber,
    });
  }
  for (const c of hasil.pengangkatan?.catatan ?? []) catatan.unshift({ teks: c });
  catatan.unshift(...catatanKatalog(aturan, bahan.jabatanFungsional, bahan.jenjang, hasil.kenaikanJenjang.tersedia));
  const pp = aturan.syarat.kenaikanJenjang.pengembanganProfesi;
  const ke = hasil.kenaikanJenjang.ke;
  if (ke && pp.jenjangTujuan.includes(ke.id)) {
    catatan.push({
      teks: `Kenaikan jenjang ke ${ke.nama} dapat mensyaratkan pengembangan profesi; hal ini tidak diperiksa aplikasi.`,
      sumber: r(pp.sumber),
    });
  }
  return catatan;
}

/**
 * The KP calendar in force on the calculation date (dated law: a calculation for 2024 cites PerBKN
 * 4/2023, not the latest calendar); in a gap between calendars, the one that gives the next KP date.
 */
function kalenderPada(aturan: Aturan, tanggal: string): KalenderKp {
  return kalenderBerlaku(aturan, tanggal) ?? tmtPadaTanggalPerhitungan(aturan, tanggal).kalender;
}

/**
 * Every decision-status source the result cites, once each, so the result says which choices it
 * relied on. Citations live in known places of the result; those are read directly (a generic walk
 * over the whole result cost more than the rest of the engine on batch runs). The sources of the konversi
 * rows, PAK Integrasi (with the range it is checked against), pengangkatan (with the AK Dasar's) and
 * pendidikan are those of their steps; the rounding's is among those always cited.
 */
function kumpulkanKeputusan(hasil: Hasil, selalu: Rujukan[]): Rujukan[] {
  const semua = new Set<Rujukan>();
  const tambah = (r: Rujukan | undefined) => {
    if (r && r.status === 'decision') semua.add(r);
  };
  for (const r of selalu) tambah(r);
  const syarat = (xs: { sumber: Rujukan }[]) => {
    for (const x of xs) tambah(x.sumber);
  };
  for (const l of hasil.langkah) for (const r of l.sumber) tambah(r);
  for (const c of hasil.catatan) tambah(c.sumber);
  const kp = hasil.kenaikanPangkat;
  syarat(kp.syarat);
  tambah(kp.tmtPalingCepat?.sumber);
  if (kp.alternatifTanpaFormasi) {
    syarat(kp.alternatifTanpaFormasi.syarat);
    tambah(kp.alternatifTanpaFormasi.sumber);
  }
  syarat(hasil.kenaikanJenjang.syarat);
  return [...semua];
}
