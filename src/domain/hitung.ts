// The engine's one entry: from a person's input and the rule book to an explained result, in the
// steps a reader would name: the position, the periods, konversi, the starting Angka Kredit and the
// jenjang segments, kelayakan (KP and KJ), the projection, and last the explanation.
// Pure: no clock, no files; the calculation date is part of the input.
import type { Aturan } from './aturan.ts';
import type {
  BarisAkAwal,
  BarisKonversi,
  Hasil,
  HasilKenaikanJenjang,
  HasilKenaikanPangkat,
  HasilProyeksi,
  SegmenJenjang,
  TitikSeri,
  Tonggak,
} from './hasil.ts';
import { InputError, type MasalahMasukan } from './galat.ts';
import { LABEL_AK_AWAL, type JenisAkAwal, type Masukan, type Opsi } from './masukan.ts';
import { bacaPenilaian, hitungKonversi, tahunPeriode, type PeriodeTerbaca } from './konversi.ts';
import { kenaikanJenjang, kenaikanPangkat } from './kelayakan.ts';
import { Pecahan } from './pecahan.ts';
import { angka, pecahanDari, rujuk } from './rujukan.ts';
import { formatAngkaKredit, formatNilai, formatRentangBulan, formatTanggal } from './format.ts';
import { bulanDari, bulanKeTeks, isTanggal } from './tanggal.ts';
import { hitungIntegrasi } from './integrasi.ts';
import { hitungPengangkatan } from './pengangkatan.ts';
import { hitungPendidikan } from './pendidikan.ts';
import { bacaRiwayat, type Riwayat } from './riwayat.ts';
import { susunSegmen, type ItemBermasa } from './segmen.ts';
import { bandingkan, penutupKekurangan, proyeksikan, type Asumsi } from './proyeksi.ts';
import { cariPredikat, daftarPredikat } from './predikat.ts';
import { bacaPosisi, type Posisi } from './posisi.ts';
import { jelaskan } from './penjelasan.ts';
import { periksaMasukan } from './peringatan.ts';
import { jumlahKonversi, kernelAturan } from './kernel.ts';

/** Reads and checks the input (every problem at once, by field), computes, and explains unless `opsi.tanpaPenjelasan`. */
export function hitung(aturan: Aturan, masukan: Masukan, opsi: Opsi = {}): Hasil {
  const posisi = bacaPosisi(aturan, masukan, opsi);
  const masalah: MasalahMasukan[] = [];
  const riwayat = bacaRiwayat(
    aturan,
    masukan.riwayat ?? [],
    posisi.jabatanFungsional,
    posisi.jenjang,
    masukan.tmtJenjang,
    masukan.tanggalPerhitungan,
    masalah,
    { golongan: posisi.golongan, tmtPangkat: masukan.tmtPangkat },
  );
  const turunan = hitungAkAwalTurunan(aturan, masukan, posisi, riwayat, masalah);
  const periode = bacaPenilaian(
    aturan,
    masukan.penilaian,
    {
      jabatanFungsional: posisi.jabatanFungsional,
      jenjang: posisi.jenjang,
      bulanTmtJenjang: posisi.bulanTmtJenjang,
      bulanPerhitungan: posisi.bulanPerhitungan,
      batas: riwayat.batas,
      jenjangPada: riwayat.jenjangPada,
    },
    masalah,
  );
  const asumsi = opsi.tanpaProyeksi ? undefined : bacaAsumsi(aturan, masukan, masalah);
  if (masalah.length > 0) throw new InputError(masalah);

  const konversi = konversiPeriode(aturan, masukan, posisi, periode);
  const awal = akAwalDanSegmen(aturan, masukan, posisi, turunan, konversi.periodeNilai, riwayat);
  const kumulatif = awal.jumlah.tambah(konversi.dalamJenjang);
  const { kp, kj } = kelayakan(aturan, masukan, posisi, periode, kumulatif);
  const hasil = susunHasil(aturan, masukan, posisi, turunan, {
    konversi: konversi.baris,
    akAwal: awal.baris,
    segmen: awal.segmen,
    kp,
    kj,
    akumulasi: {
      awal: awal.jumlah,
      konversiDalamJenjang: konversi.dalamJenjang,
      konversiSebelumJenjang: konversi.sebelumJenjang,
      kumulatif,
    },
  });
  hasil.peringatan = periksaMasukan(aturan, masukan, hasil);
  if (asumsi) hasil.proyeksi = proyeksi(aturan, masukan, posisi, hasil, konversi.periodeNilai, awal.nilai, kumulatif, asumsi);
  if (!opsi.tanpaPenjelasan) {
    jelaskan(aturan, hasil, {
      nomorPeriode: periode.map((p) => p.nomor),
      langkahAkAwal: [turunan.integrasi, turunan.pengangkatan, turunan.pendidikan].flatMap((x) => (x ? [x.langkah] : [])),
      jabatanFungsional: posisi.jabatanFungsional,
      jenjang: posisi.jenjang,
    });
  }
  return hasil;
}

type AkAwalTurunan = {
  integrasi: ReturnType<typeof hitungIntegrasi>;
  pengangkatan: ReturnType<typeof hitungPengangkatan>;
  pendidikan: ReturnType<typeof hitungPendidikan>;
};

/** Starting Angka Kredit computed from the input: PAK Integrasi, pengangkatan, peningkatan pendidikan. */
function hitungAkAwalTurunan(aturan: Aturan, masukan: Masukan, posisi: Posisi, riwayat: Riwayat, masalah: MasalahMasukan[]): AkAwalTurunan {
  const { jabatanFungsional: jf, jenjang: J, golongan: G, desimal } = posisi;
  const integrasi = masukan.pakIntegrasi && hitungIntegrasi(aturan, masukan.pakIntegrasi, jf, desimal, masalah);
  const pengangkatan =
    masukan.pengangkatan && hitungPengangkatan(aturan, masukan.pengangkatan, J, G, posisi.bulanPerhitungan, desimal, masalah);
  // The education bonus belongs to the jenjang held on the diploma's date.
  const pp = masukan.peningkatanPendidikan;
  const jenjangPendidikan = pp && isTanggal(pp.tanggal) ? (riwayat.jenjangPada(bulanDari(pp.tanggal)) ?? J) : J;
  const pendidikan = pp && hitungPendidikan(aturan, pp, jenjangPendidikan, masukan.tanggalPerhitungan, desimal, masalah);
  return { integrasi, pengangkatan, pendidikan };
}

/** A konversi period with its exact Angka Kredit and its row number, for the segments and the chart. */
type PeriodeBernilai = PeriodeTerbaca & { angkaKredit: Pecahan; urut: number };

/** Konversi, period by period (PerBKN 3/2023 Pasal 13 ayat (1)), and its sums within and before the jenjang. */
function konversiPeriode(
  aturan: Aturan,
  masukan: Masukan,
  posisi: Posisi,
  periode: PeriodeTerbaca[],
): { baris: BarisKonversi[]; periodeNilai: PeriodeBernilai[]; dalamJenjang: Pecahan; sebelumJenjang: Pecahan } {
  const { jenjang: J, desimal } = posisi;
  let dalamJenjang = Pecahan.NOL;
  let sebelumJenjang = Pecahan.NOL;
  const hasilKonversi = periode.map((p) => hitungKonversi(aturan, p));
  // Built field by field: spreading each period object cost about 5% of a batch person's time.
  const periodeNilai = periode.map((p, i) => ({
    nomor: p.nomor,
    mulai: p.mulai,
    selesai: p.selesai,
    predikat: p.predikat,
    jenjang: p.jenjang,
    dalamJenjang: p.dalamJenjang,
    angkaKredit: hasilKonversi[i]!.angkaKredit,
    urut: i + 1,
  }));
  // Sums within and before the jenjang: integers over the kernel's denominator when every period has one.
  const ker = kernelAturan(aturan);
  // Stryker disable next-line ConditionalExpression: the kernel's integer sums are a fast path; without them the loop below adds the same fractions (tests/domain/kernel.test.ts compares both paths)
  const jumlah = ker && jumlahKonversi(ker, hasilKonversi, periode);
  if (jumlah) [dalamJenjang, sebelumJenjang] = jumlah;
  const baris = periode.map((p, i): BarisKonversi => {
    const k = hasilKonversi[i]!;
    if (!jumlah) {
      if (p.dalamJenjang) dalamJenjang = dalamJenjang.tambah(k.angkaKredit);
      else sebelumJenjang = sebelumJenjang.tambah(k.angkaKredit);
    }
    return {
      nomor: i + 1,
      mulai: masukan.penilaian[p.nomor - 1]!.mulai,
      selesai: masukan.penilaian[p.nomor - 1]!.selesai,
      periode: formatRentangBulan(p.mulai, p.selesai),
      tahun: tahunPeriode(p),
      bulan: k.bulan,
      predikat: { id: p.predikat.id, nama: p.predikat.nama },
      persen: `${formatNilai(p.predikat.persen.nilai)}%`,
      jenjang: { id: p.jenjang.id, nama: p.jenjang.nama },
      koefisien: formatNilai(p.jenjang.koefisien.nilai),
      angkaKredit: angka(k.angkaKredit, desimal),
      rumus: `${k.rumus} = ${formatAngkaKredit(k.angkaKredit, desimal)}`,
      dihitung: p.dalamJenjang,
      ...(!p.dalamJenjang && {
        keterangan: `Sebelum TMT jenjang ${J.nama} (${formatTanggal(masukan.tmtJenjang)}): tidak dihitung, angka kredit kembali 0 saat kenaikan jenjang.`,
      }),
      sumber: [
        rujuk(aturan, aturan.konversi.rumus.sumber),
        rujuk(aturan, p.predikat.persen.sumber),
        rujuk(aturan, p.jenjang.koefisien.sumber),
        // The decision to read an other name ("Cukup") as this predikat, when the row used one.
        ...(p.sumberSebutan ? [rujuk(aturan, p.sumberSebutan)] : []),
      ],
    };
  });
  return { baris, periodeNilai, dalamJenjang, sebelumJenjang };
}

/**
 * Starting Angka Kredit (typed by the user for the current jenjang, PAK Integrasi, pengangkatan,
 * pendidikan), placed in the jenjang segments: what belongs to an earlier jenjang is listed, not counted.
 */
function akAwalDanSegmen(
  aturan: Aturan,
  masukan: Masukan,
  posisi: Posisi,
  turunan: AkAwalTurunan,
  periodeNilai: PeriodeBernilai[],
  riwayat: Riwayat,
): { baris: BarisAkAwal[]; nilai: Pecahan[]; segmen: SegmenJenjang[]; jumlah: Pecahan } {
  const { jenjang: J, desimal } = posisi;
  const { integrasi, pengangkatan, pendidikan } = turunan;
  type Item = { jenis: JenisAkAwal; uraian?: string; nilai: Pecahan; asal: BarisAkAwal['asal']; letak: ItemBermasa['letak'] };
  const items: Item[] = [
    ...posisi.akAwal.map((a): Item => ({
      jenis: a.jenis,
      // Stryker disable next-line ConditionalExpression: '' and undefined both leave the row without uraian (the `a.uraian &&` in the row)
      uraian: a.uraian || undefined,
      nilai: a.nilai,
      asal: 'masukan',
      letak: 'berjalan',
    })),
    ...(integrasi
      ? [
          {
            jenis: 'ak_integrasi' as const,
            uraian: `PAK Integrasi ${integrasi.jenjang.nama} ${integrasi.hasil.golongan.kode}: ${integrasi.hasil.rumus}`,
            nilai: integrasi.nilai,
            asal: 'integrasi' as const,
            letak: integrasi.jenjang.id === J.id ? ('berjalan' as const) : ('sebelum' as const),
          },
        ]
      : []),
    ...(pengangkatan ? pengangkatan.item.map((x): Item => ({ ...x, asal: 'pengangkatan', letak: 'awal' })) : []),
    ...(pendidikan
      ? [
          {
            jenis: 'ak_pendidikan' as const,
            uraian: `Peningkatan pendidikan (${pendidikan.hasil.tanggal.tampilan})${pendidikan.hasil.diberikan ? '' : ': tidak diberikan'}`,
            nilai: pendidikan.nilai,
            asal: 'pendidikan' as const,
            letak: bulanDari(pendidikan.hasil.tanggal.tanggal),
          },
        ]
      : []),
  ];
  const { segmen, itemDihitung } = susunSegmen(
    aturan,
    J,
    posisi.bulanTmtJenjang,
    periodeNilai,
    items.map((x, i) => ({ nomor: i + 1, nilai: x.nilai, letak: x.letak })),
    riwayat,
    desimal,
  );
  const baris = items.map((a, i): BarisAkAwal => {
    const dihitung = itemDihitung.has(i + 1);
    return {
      nomor: i + 1,
      jenis: a.jenis,
      label: LABEL_AK_AWAL[a.jenis],
      ...(a.uraian && { uraian: a.uraian }),
      angkaKredit: angka(a.nilai, desimal),
      asal: a.asal,
      dihitung,
      ...(!dihitung && {
        keterangan: `Milik jenjang sebelum TMT jenjang ${J.nama} (${formatTanggal(masukan.tmtJenjang)}): tidak dihitung, angka kredit kembali 0 saat kenaikan jenjang.`,
      }),
    };
  });
  const jumlah = items.filter((_, i) => itemDihitung.has(i + 1)).reduce((s, a) => s.tambah(a.nilai), Pecahan.NOL);
  return { baris, nilai: items.map((x) => x.nilai), segmen, jumlah };
}

/** Kenaikan jenjang first: a KP into the next jenjang's golongan depends on it. */
function kelayakan(
  aturan: Aturan,
  masukan: Masukan,
  posisi: Posisi,
  periode: PeriodeTerbaca[],
  kumulatif: Pecahan,
): { kp: HasilKenaikanPangkat; kj: HasilKenaikanJenjang } {
  const konteks = {
    aturan,
    desimal: posisi.desimal,
    jabatanFungsional: posisi.jabatanFungsional,
    jenjang: posisi.jenjang,
    golongan: posisi.golongan,
    tmtPangkat: masukan.tmtPangkat,
    tmtJenjang: masukan.tmtJenjang,
    tanggalPerhitungan: masukan.tanggalPerhitungan,
    bulanPerhitungan: posisi.bulanPerhitungan,
    kumulatif,
    periode,
    pernyataan: masukan.pernyataan,
  };
  const kj = kenaikanJenjang(konteks);
  return { kp: kenaikanPangkat(konteks, kj), kj };
}

/** The accumulation's exact sums (Pecahan), before they become the result's Angka. */
interface JumlahEksak {
  awal: Pecahan;
  konversiDalamJenjang: Pecahan;
  konversiSebelumJenjang: Pecahan;
  kumulatif: Pecahan;
}

/** The result's figures, with an empty explanation (filled by `jelaskan` when asked for). */
function susunHasil(
  aturan: Aturan,
  masukan: Masukan,
  posisi: Posisi,
  turunan: AkAwalTurunan,
  x: {
    konversi: BarisKonversi[];
    akAwal: BarisAkAwal[];
    segmen: SegmenJenjang[];
    kp: HasilKenaikanPangkat;
    kj: HasilKenaikanJenjang;
    akumulasi: JumlahEksak;
  },
): Hasil {
  const { jabatanFungsional: jf, jenjang: J, golongan: G, desimal } = posisi;
  const { integrasi, pengangkatan, pendidikan } = turunan;
  const tanggal = (t: string) => ({ tanggal: t, tampilan: formatTanggal(t) });
  return {
    versiAturan: aturan.versi,
    tanggalPerhitungan: tanggal(masukan.tanggalPerhitungan),
    pembulatan: {
      desimal,
      mode: aturan.pembulatan.mode,
      catatan: aturan.pembulatan.catatan.replace('{desimal}', String(desimal)),
      sumber: rujuk(aturan, aturan.pembulatan.sumber),
    },
    pegawai: {
      jabatanFungsional: { id: jf.id, nama: jf.nama },
      jenjang: { id: J.id, nama: J.nama, kategori: J.kategori },
      golongan: { kode: G.kode, pangkat: G.pangkat },
      tmtPangkat: tanggal(masukan.tmtPangkat),
      tmtJenjang: tanggal(masukan.tmtJenjang),
    },
    konversi: x.konversi,
    angkaKreditAwal: x.akAwal,
    akumulasi: {
      awal: angka(x.akumulasi.awal, desimal),
      konversiDalamJenjang: angka(x.akumulasi.konversiDalamJenjang, desimal),
      konversiSebelumJenjang: angka(x.akumulasi.konversiSebelumJenjang, desimal),
      kumulatif: angka(x.akumulasi.kumulatif, desimal),
    },
    ...(integrasi && { integrasi: integrasi.hasil }),
    ...(pengangkatan && { pengangkatan: pengangkatan.hasil }),
    ...(pendidikan && { pendidikan: pendidikan.hasil }),
    segmen: x.segmen,
    kenaikanPangkat: x.kp,
    kenaikanJenjang: x.kj,
    langkah: [],
    catatan: [],
    keputusan: [],
    // Stryker disable next-line ArrayDeclaration: replaced by periksaMasukan right after susunHasil, which does not read it
    peringatan: [],
  };
}

/** "Kapan saya bisa naik?": the projection under the assumed predikat, compared with Sangat Baik. */
function proyeksi(
  aturan: Aturan,
  masukan: Masukan,
  posisi: Posisi,
  hasil: Hasil,
  periodeNilai: PeriodeBernilai[],
  nilaiAwal: Pecahan[],
  kumulatif: Pecahan,
  asumsi: { fungsi: Asumsi; keterangan: string },
): HasilProyeksi {
  const { jabatanFungsional: jf, jenjang: J, golongan: G, desimal } = posisi;
  const { seri, tonggak } = seriTercatat(hasil, periodeNilai, nilaiAwal);
  const konteks = {
    aturan,
    desimal,
    jabatanFungsional: jf,
    jenjang: J,
    golongan: G,
    tmtPangkat: masukan.tmtPangkat,
    tmtJenjang: masukan.tmtJenjang,
    tanggalPerhitungan: masukan.tanggalPerhitungan,
    kumulatif,
    periode: periodeNilai,
    seriTercatat: seri,
    tonggakTercatat: tonggak,
  };
  const hasilProyeksi = proyeksikan(konteks, asumsi.fungsi, asumsi.keterangan);
  const sangatBaik = aturan.predikat.reduce((a, b) => (b.persen.nilai.greaterThan(a.persen.nilai) ? b : a));
  if (asumsi.keterangan !== sangatBaik.nama) {
    hasilProyeksi.banding = bandingkan(
      hasilProyeksi,
      proyeksikan(konteks, () => sangatBaik, sangatBaik.nama),
      asumsi.keterangan,
    );
  }
  const kp = hasil.kenaikanPangkat;
  // Stryker disable next-line OptionalChaining: an available KP always carries its selisih (kelayakan.ts); the chain only guards the type
  if (kp.tersedia && kp.selisih?.jenis === 'kekurangan' && kp.ambang) {
    const kurang = pecahanDari(kp.ambang).kurang(kumulatif);
    const tutup = penutupKekurangan(aturan, J, asumsi.fungsi(posisi.bulanPerhitungan), kurang, desimal);
    if (tutup) hasilProyeksi.penutupKekurangan = tutup;
  }
  return hasilProyeksi;
}

/** The assumed predikat for future months: one for all, with per-year exceptions. */
function bacaAsumsi(aturan: Aturan, masukan: Masukan, masalah: MasalahMasukan[]): { fungsi: Asumsi; keterangan: string } | undefined {
  const p = masukan.proyeksi ?? {};
  const dasar = p.predikat
    ? cariPredikat(aturan, p.predikat)?.predikat
    : aturan.predikat.find((x) => x.id === aturan.syarat.kenaikanPangkat.predikat.minimal);
  if (!dasar) {
    masalah.push({
      field: 'proyeksi.predikat',
      pesan: `Predikat asumsi "${p.predikat}" tidak dikenal. Pilih salah satu: ${daftarPredikat(aturan)}.`,
    });
    return undefined;
  }
  const perTahun = new Map<number, typeof dasar>();
  (p.perTahun ?? []).forEach((x, i) => {
    const found = cariPredikat(aturan, x.predikat);
    if (!found)
      masalah.push({ field: `proyeksi.perTahun.${i}.predikat`, pesan: `Predikat asumsi tahun ${x.tahun} "${x.predikat}" tidak dikenal.` });
    else perTahun.set(x.tahun, found.predikat);
  });
  const kecuali = [...perTahun].sort(([a], [b]) => a - b).map(([t, q]) => `${t}: ${q.nama}`);
  return {
    // Without per-year exceptions every month has the same predikat (the projection asks for each month).
    fungsi: perTahun.size > 0 ? (b) => perTahun.get(Math.floor(b / 12)) ?? dasar : () => dasar,
    keterangan: kecuali.length ? `${dasar.nama}, kecuali ${kecuali.join('; ')}` : dasar.nama,
  };
}

/** The recorded history as monthly points within each jenjang segment, for the chart. */
function seriTercatat(
  hasil: Hasil,
  periode: { angkaKredit: Pecahan; mulai: number; selesai: number; urut: number }[],
  nilaiAwal: Pecahan[],
): { seri: TitikSeri[]; tonggak: Tonggak[] } {
  const seri: TitikSeri[] = [];
  const tonggak: Tonggak[] = [];
  hasil.segmen.forEach((seg, i) => {
    let kum = seg.barisAwal.reduce((s, n) => s.tambah(nilaiAwal[n - 1]!), Pecahan.NOL);
    for (const n of seg.barisKonversi) {
      const p = periode.find((x) => x.urut === n)!;
      const perBulan = p.angkaKredit.kali(Pecahan.bagi(1, p.selesai - p.mulai + 1));
      for (let m = p.mulai; m <= p.selesai; m++) {
        kum = kum.tambah(perBulan);
        seri.push({ bulan: bulanKeTeks(m), kumulatif: kum.teksBulat(3), jenjang: seg.jenjang.id, proyeksi: false });
      }
    }
    const next = hasil.segmen[i + 1];
    if (next?.mulai) tonggak.push({ bulan: next.mulai, label: `KJ ${next.jenjang.nama}`, jenis: 'tercatat_kenaikan_jenjang' });
  });
  return { seri, tonggak };
}
