// The engine's one entry: from a person's input and the rule book to an explained result.
// Pure: no clock, no files; the calculation date is part of the input.
import type { Aturan, Sumber } from './aturan.ts';
import type { BarisAkAwal, BarisKonversi, Catatan, Hasil, Langkah, Rujukan } from './hasil.ts';
import { KesalahanMasukan, type MasalahMasukan } from './galat.ts';
import { LABEL_AK_AWAL, type Masukan, type Opsi } from './masukan.ts';
import { bacaPenilaian, hitungKonversi, tahunPeriode } from './konversi.ts';
import { kenaikanJenjang, kenaikanPangkat } from './kelayakan.ts';
import { Pecahan } from './pecahan.ts';
import { angka, rujuk } from './rujukan.ts';
import { formatAngkaKredit, formatNilai, formatRentangBulan, formatTanggal } from './format.ts';
import { bulanDari, isTanggal } from './tanggal.ts';
import { parseAngkaKredit } from './angka.ts';
import { hitungIntegrasi } from './integrasi.ts';
import { hitungPengangkatan } from './pengangkatan.ts';
import { hitungPendidikan } from './pendidikan.ts';
import { bacaRiwayat } from './riwayat.ts';
import { susunSegmen, type ItemBermasa } from './segmen.ts';
import type { JenisAkAwal } from './masukan.ts';
import { bandingkan, penutupKekurangan, proyeksikan, type Asumsi, type TitikSeri, type Tonggak } from './proyeksi.ts';
import { cariPredikat, daftarPredikat } from './predikat.ts';
import { bulanKeTeks } from './tanggal.ts';
import { pesanDiLuarKalender, tmtKenaikanPangkat } from './kalender.ts';

export function hitung(aturan: Aturan, masukan: Masukan, opsi: Opsi = {}): Hasil {
  const masalah: MasalahMasukan[] = [];
  const desimal = opsi.desimal ?? aturan.pembulatan.desimal;
  if (!aturan.pembulatan.pilihanDesimal.includes(desimal)) {
    masalah.push({ field: 'tampilan.desimal', pesan: `Jumlah desimal tampilan harus salah satu dari ${aturan.pembulatan.pilihanDesimal.join(' atau ')}.` });
  }

  // Position: JF, jenjang, golongan, dates.
  const jf = aturan.jabatanFungsional.find((j) => j.id === masukan.jabatanFungsional);
  if (!jf) masalah.push({ field: 'jabatanFungsional', pesan: `Jabatan fungsional "${masukan.jabatanFungsional}" tidak ada dalam katalog. Pilih salah satu: ${aturan.jabatanFungsional.map((j) => j.nama).join('; ')}.` });
  const J = aturan.jenjang.find((j) => j.id === masukan.jenjang);
  if (!J) masalah.push({ field: 'jenjang', pesan: `Jenjang "${masukan.jenjang}" tidak dikenal.` });
  else if (jf && !jf.jenjang.includes(J.id)) {
    const ada = jf.jenjang.map((id) => aturan.jenjang.find((j) => j.id === id)!.nama).join(', ');
    masalah.push({ field: 'jenjang', pesan: `Jenjang ${J.nama} tidak ada pada ${jf.nama}. Jenjang yang tersedia: ${ada}.` });
  }
  const G = aturan.golongan.find((g) => g.kode === masukan.golongan);
  if (!G) masalah.push({ field: 'golongan', pesan: `Golongan ruang "${masukan.golongan}" tidak dikenal; tulis seperti III/a.` });
  else if (J && !J.golongan.includes(G.kode)) {
    masalah.push({ field: 'golongan', pesan: `Golongan ruang ${G.kode} berada di luar jenjang ${J.nama} (${J.golongan.join(', ')}). Golongan yang tidak sesuai jenjang memerlukan penyesuaian; masukkan angka kreditnya sebagai AK Penyesuaian.` });
  }
  const tanggalOk = (field: string, label: string, v: string) => {
    if (!isTanggal(v)) { masalah.push({ field, pesan: `${label} "${v}" tidak sah; gunakan format TTTT-BB-HH, mis. 2024-04-01.` }); return false; }
    return true;
  };
  const hitungOk = tanggalOk('tanggalPerhitungan', 'Tanggal perhitungan', masukan.tanggalPerhitungan);
  // Every KP date of the result is read from the calendars from the calculation date on; a date they
  // do not cover is refused here, by name, rather than deep inside the eligibility check.
  if (hitungOk && !tmtKenaikanPangkat(aturan, masukan.tanggalPerhitungan)) {
    masalah.push({ field: 'tanggalPerhitungan', pesan: pesanDiLuarKalender(aturan, masukan.tanggalPerhitungan) });
  }
  for (const [field, label] of [['tmtPangkat', 'TMT pangkat'], ['tmtJenjang', 'TMT jenjang']] as const) {
    if (tanggalOk(field, label, masukan[field]) && hitungOk && masukan[field] > masukan.tanggalPerhitungan) {
      masalah.push({ field, pesan: `${label} (${formatTanggal(masukan[field])}) jatuh sesudah tanggal perhitungan (${formatTanggal(masukan.tanggalPerhitungan)}).` });
    }
  }

  // Starting Angka Kredit.
  const awal = masukan.angkaKreditAwal.map((a, i) => {
    const v = parseAngkaKredit(a.angkaKredit);
    if (v === undefined) masalah.push({ field: `angkaKreditAwal.${i}.angkaKredit`, pesan: `Angka kredit awal baris ${i + 1} "${a.angkaKredit}" bukan angka yang sah; tulis angka tidak negatif, mis. 50 atau 75,63.` });
    return { jenis: a.jenis, uraian: a.uraian, nilai: v ?? Pecahan.NOL };
  });

  if (masalah.length > 0 || !jf || !J || !G) throw new KesalahanMasukan(masalah);

  const bulanPerhitungan = bulanDari(masukan.tanggalPerhitungan);
  const bulanTmtJenjang = bulanDari(masukan.tmtJenjang);
  const riwayat = bacaRiwayat(aturan, masukan.riwayat ?? [], jf, J, masukan.tmtJenjang, masukan.tanggalPerhitungan, masalah);
  const integrasi = masukan.pakIntegrasi && hitungIntegrasi(aturan, masukan.pakIntegrasi, jf, desimal, masalah);
  const pengangkatan = masukan.pengangkatan && hitungPengangkatan(aturan, masukan.pengangkatan, J, G, bulanPerhitungan, desimal, masalah);
  // The education bonus belongs to the jenjang held on the diploma's date.
  const jenjangPendidikan = masukan.peningkatanPendidikan && isTanggal(masukan.peningkatanPendidikan.tanggal)
    ? riwayat.jenjangPada(bulanDari(masukan.peningkatanPendidikan.tanggal)) ?? J : J;
  const pendidikan = masukan.peningkatanPendidikan && hitungPendidikan(aturan, masukan.peningkatanPendidikan, jenjangPendidikan, masukan.tanggalPerhitungan, desimal, masalah);
  const periode = bacaPenilaian(aturan, masukan.penilaian, {
    jabatanFungsional: jf, jenjang: J, bulanTmtJenjang, bulanPerhitungan, batas: riwayat.batas, jenjangPada: riwayat.jenjangPada,
  }, masalah);
  const asumsi = opsi.tanpaProyeksi ? undefined : bacaAsumsi(aturan, masukan, masalah);
  if (masalah.length > 0) throw new KesalahanMasukan(masalah);

  const r = (s: Sumber) => rujuk(aturan, s);
  const jelaskan = !opsi.tanpaPenjelasan;
  const langkah: Langkah[] = [];

  // Konversi, period by period.
  let konversiDalam = Pecahan.NOL;
  let konversiSebelum = Pecahan.NOL;
  const hasilKonversi = periode.map((p) => hitungKonversi(aturan, p));
  // Built field by field: spreading each period object cost about 5% of a batch person's time.
  const periodeNilai = periode.map((p, i) => ({
    nomor: p.nomor, mulai: p.mulai, selesai: p.selesai, predikat: p.predikat, jenjang: p.jenjang, dalamJenjang: p.dalamJenjang,
    angkaKredit: hasilKonversi[i]!.angkaKredit, urut: i + 1,
  }));
  const konversi: BarisKonversi[] = periode.map((p, i) => {
    const k = hasilKonversi[i]!;
    if (p.dalamJenjang) konversiDalam = konversiDalam.tambah(k.angkaKredit);
    else konversiSebelum = konversiSebelum.tambah(k.angkaKredit);
    const sumber = [r(aturan.konversi.rumus.sumber), r(p.predikat.persen.sumber), r(p.jenjang.koefisien.sumber)];
    const periodeTeks = formatRentangBulan(p.mulai, p.selesai);
    const tampil = formatAngkaKredit(k.angkaKredit, desimal);
    if (jelaskan) langkah.push({
      id: `konversi-${p.nomor}`,
      uraian: `Konversi predikat ${p.predikat.nama}, ${periodeTeks}, jenjang ${p.jenjang.nama}`,
      rumus: `${k.rumus} = ${tampil}`,
      masukan: [
        { nama: 'Jumlah bulan', nilai: String(k.bulan) },
        { nama: 'Persentase predikat', nilai: `${formatNilai(p.predikat.persen.nilai)}%` },
        { nama: 'Koefisien per tahun', nilai: formatNilai(p.jenjang.koefisien.nilai) },
      ],
      hasil: tampil,
      angka: angka(k.angkaKredit, desimal),
      sumber,
    });
    return {
      nomor: i + 1,
      mulai: masukan.penilaian[p.nomor - 1]!.mulai,
      selesai: masukan.penilaian[p.nomor - 1]!.selesai,
      periode: periodeTeks,
      tahun: tahunPeriode(p),
      bulan: k.bulan,
      predikat: { id: p.predikat.id, nama: p.predikat.nama },
      persen: `${formatNilai(p.predikat.persen.nilai)}%`,
      jenjang: { id: p.jenjang.id, nama: p.jenjang.nama },
      koefisien: formatNilai(p.jenjang.koefisien.nilai),
      angkaKredit: angka(k.angkaKredit, desimal),
      rumus: `${k.rumus} = ${tampil}`,
      dihitung: p.dalamJenjang,
      ...(!p.dalamJenjang && { keterangan: `Sebelum TMT jenjang ${J.nama} (${formatTanggal(masukan.tmtJenjang)}): tidak dihitung, angka kredit kembali 0 saat kenaikan jenjang.` }),
      sumber,
    };
  });

  // Starting Angka Kredit: typed by the user (current jenjang), PAK Integrasi, pengangkatan, pendidikan.
  type Item = { jenis: JenisAkAwal; uraian?: string | undefined; nilai: Pecahan; asal: BarisAkAwal['asal']; letak: ItemBermasa['letak'] };
  const items: Item[] = [
    ...awal.map((a): Item => ({ jenis: a.jenis, uraian: a.uraian || undefined, nilai: a.nilai, asal: 'masukan', letak: 'berjalan' })),
    ...(integrasi ? [{
      jenis: 'ak_integrasi' as const, uraian: `PAK Integrasi ${integrasi.jenjang.nama} ${integrasi.hasil.golongan.kode}: ${integrasi.hasil.rumus}`,
      nilai: integrasi.nilai, asal: 'integrasi' as const, letak: integrasi.jenjang.id === J.id ? 'berjalan' as const : 'sebelum' as const,
    }] : []),
    ...(pengangkatan ? pengangkatan.item.map((x): Item => ({ ...x, asal: 'pengangkatan', letak: 'awal' })) : []),
    ...(pendidikan ? [{
      jenis: 'ak_pendidikan' as const, uraian: `Peningkatan pendidikan (${pendidikan.hasil.tanggal.tampilan})${pendidikan.hasil.diberikan ? '' : ': tidak diberikan'}`,
      nilai: pendidikan.nilai, asal: 'pendidikan' as const, letak: bulanDari(pendidikan.hasil.tanggal.tanggal),
    }] : []),
  ];
  const { segmen, itemDihitung } = susunSegmen(aturan, J, bulanTmtJenjang, periodeNilai, items.map((x, i) => ({ nomor: i + 1, nilai: x.nilai, letak: x.letak })), riwayat, desimal);
  const akAwal: BarisAkAwal[] = items.map((a, i) => {
    const dihitung = itemDihitung.has(i + 1);
    return {
      nomor: i + 1, jenis: a.jenis, label: LABEL_AK_AWAL[a.jenis],
      ...(a.uraian && { uraian: a.uraian }),
      angkaKredit: angka(a.nilai, desimal), asal: a.asal, dihitung,
      ...(!dihitung && { keterangan: `Milik jenjang sebelum TMT jenjang ${J.nama} (${formatTanggal(masukan.tmtJenjang)}): tidak dihitung, angka kredit kembali 0 saat kenaikan jenjang.` }),
    };
  });
  const jumlahAwal = items.filter((_, i) => itemDihitung.has(i + 1)).reduce((s, a) => s.tambah(a.nilai), Pecahan.NOL);
  const kumulatif = jumlahAwal.tambah(konversiDalam);
  const f = (p: Pecahan) => formatAngkaKredit(p, desimal);
  const akumulasiSumber = r(aturan.konversi.akumulasiJenjang.sumber);

  if (jelaskan) {
    langkah.push({
      id: 'jumlah-konversi',
      uraian: `Jumlah angka kredit konversi dalam jenjang ${J.nama} (sejak TMT jenjang ${formatTanggal(masukan.tmtJenjang)})`,
      rumus: 'Σ angka kredit konversi periode sejak TMT jenjang, dijumlahkan secara eksak',
      masukan: konversi.filter((k) => k.dihitung).map((k) => ({ nama: `Periode ${k.nomor} (${k.periode})`, nilai: k.angkaKredit.tampilan })),
      hasil: f(konversiDalam), angka: angka(konversiDalam, desimal), sumber: [akumulasiSumber],
    });
    for (const x of [integrasi, pengangkatan, pendidikan]) if (x) langkah.push(x.langkah);
    langkah.push({
      id: 'jumlah-awal',
      uraian: `Jumlah angka kredit awal dalam jenjang ${J.nama} (AK Dasar, PAK terakhir/Integrasi, pengangkatan, pendidikan, dan lainnya)`,
      rumus: 'Σ angka kredit awal',
      masukan: akAwal.filter((a) => a.dihitung).map((a) => ({ nama: a.uraian ? `${a.label}: ${a.uraian}` : a.label, nilai: a.angkaKredit.tampilan })),
      hasil: f(jumlahAwal), angka: angka(jumlahAwal, desimal), sumber: [akumulasiSumber],
    });
    langkah.push({
      id: 'kumulatif',
      uraian: `Angka kredit kumulatif dalam jenjang ${J.nama}`,
      rumus: `${f(jumlahAwal)} + ${f(konversiDalam)} = ${f(kumulatif)}`,
      masukan: [{ nama: 'Angka kredit awal', nilai: f(jumlahAwal) }, { nama: 'Angka kredit konversi dalam jenjang', nilai: f(konversiDalam) }],
      hasil: f(kumulatif), angka: angka(kumulatif, desimal), sumber: [akumulasiSumber],
    });
  }

  const konteks = {
    aturan, desimal, jabatanFungsional: jf, jenjang: J, golongan: G,
    tmtPangkat: masukan.tmtPangkat, tmtJenjang: masukan.tmtJenjang,
    tanggalPerhitungan: masukan.tanggalPerhitungan, bulanPerhitungan,
    kumulatif, periode, pernyataan: masukan.pernyataan,
  };
  const kj = kenaikanJenjang(konteks);
  const kp = kenaikanPangkat(konteks, kj);

  if (jelaskan && kp.tersedia && kp.ambang && kp.selisih) {
    langkah.push({
      id: 'kenaikan-pangkat',
      uraian: `Kelebihan/kekurangan angka kredit untuk kenaikan pangkat ke ${kp.ke!.pangkat} (${kp.ke!.kode})`,
      rumus: `${f(kumulatif)} − ${kp.ambang.tampilan} = ${kp.selisih.jenis === 'kekurangan' ? '−' : ''}${kp.selisih.angka.tampilan}`,
      masukan: [{ nama: 'Angka kredit kumulatif', nilai: f(kumulatif) }, { nama: 'Angka kredit kumulatif minimal', nilai: kp.ambang.tampilan }],
      hasil: `${kp.selisih.jenis} ${kp.selisih.angka.tampilan}`,
      angka: kp.selisih.angka,
      sumber: [kp.syarat[0]!.sumber],
    });
  }
  if (jelaskan && kj.tersedia && kj.ambang && kj.selisih) {
    langkah.push({
      id: 'kenaikan-jenjang',
      uraian: `Kelebihan/kekurangan angka kredit untuk kenaikan jenjang ke ${kj.ke!.nama}`,
      rumus: `${f(kumulatif)} − ${kj.ambang.tampilan} = ${kj.selisih.jenis === 'kekurangan' ? '−' : ''}${kj.selisih.angka.tampilan}`,
      masukan: [{ nama: 'Angka kredit kumulatif', nilai: f(kumulatif) }, { nama: 'Angka kredit kumulatif minimal', nilai: kj.ambang.tampilan }],
      hasil: `${kj.selisih.jenis} ${kj.selisih.angka.tampilan}`,
      angka: kj.selisih.angka,
      sumber: [kj.syarat[0]!.sumber],
    });
  }

  const catatan: Catatan[] = [];
  if (jelaskan) {
    catatan.push(
      { teks: 'Kelebihan angka kredit setelah kenaikan pangkat diperhitungkan untuk kenaikan pangkat berikutnya sepanjang dalam jenjang yang sama.', sumber: akumulasiSumber },
      { teks: 'Kenaikan jenjang jabatan mengakibatkan angka kredit kumulatif kembali 0 di jenjang yang baru; kelebihan di atas batas kenaikan jenjang tidak terbawa.', sumber: akumulasiSumber },
      { teks: 'Syarat yang bertanda "dinyatakan" (hukuman disiplin, formasi, uji kompetensi) berasal dari pernyataan pengguna dan tidak diperiksa aplikasi.' },
      { teks: 'TMT kenaikan pangkat paling cepat dihitung dari tanggal periode kenaikan pangkat; batas waktu pengusulan tidak dimodelkan.', sumber: r(aturan.kalenderKp.at(-1)!.sumber) },
      { teks: aturan.pembulatan.catatan.replace('{desimal}', String(desimal)), sumber: r(aturan.pembulatan.sumber) },
    );
    if (konversiSebelum.bandingkan(Pecahan.NOL) > 0) {
      catatan.unshift({ teks: `Angka kredit konversi sebelum TMT jenjang ${J.nama} (${f(konversiSebelum)}) dicantumkan tetapi tidak dihitung dalam angka kredit kumulatif jenjang ini.`, sumber: akumulasiSumber });
    }
    for (const w of integrasi?.hasil.peringatan ?? []) catatan.unshift({ teks: `Peringatan PAK Integrasi: ${w}`, sumber: r(aturan.pengangkatan.integrasi.rumus.sumber) });
    if (integrasi && integrasi.jenjang.id !== J.id) {
      catatan.unshift({ teks: `AK Integrasi (${integrasi.hasil.hasil.tampilan}) milik jenjang ${integrasi.jenjang.nama}; setelah kenaikan jenjang ke ${J.nama} angka kredit kembali 0, sehingga tidak dihitung.`, sumber: akumulasiSumber });
    }
    for (const c of pengangkatan?.hasil.catatan ?? []) catatan.unshift({ teks: c });
    const pp = aturan.syarat.kenaikanJenjang.pengembanganProfesi;
    if (kj.ke && pp.jenjangTujuan.includes(kj.ke.id)) {
      catatan.push({ teks: `Kenaikan jenjang ke ${kj.ke.nama} dapat mensyaratkan pengembangan profesi; hal ini tidak diperiksa aplikasi.`, sumber: r(pp.sumber) });
    }
  }

  const hasil: Hasil = {
    versiAturan: aturan.versi,
    tanggalPerhitungan: { tanggal: masukan.tanggalPerhitungan, tampilan: formatTanggal(masukan.tanggalPerhitungan) },
    pembulatan: { desimal, mode: aturan.pembulatan.mode, catatan: aturan.pembulatan.catatan.replace('{desimal}', String(desimal)), sumber: r(aturan.pembulatan.sumber) },
    pegawai: {
      jabatanFungsional: { id: jf.id, nama: jf.nama },
      jenjang: { id: J.id, nama: J.nama, kategori: J.kategori },
      golongan: { kode: G.kode, pangkat: G.pangkat },
      tmtPangkat: { tanggal: masukan.tmtPangkat, tampilan: formatTanggal(masukan.tmtPangkat) },
      tmtJenjang: { tanggal: masukan.tmtJenjang, tampilan: formatTanggal(masukan.tmtJenjang) },
    },
    konversi,
    angkaKreditAwal: akAwal,
    akumulasi: {
      awal: angka(jumlahAwal, desimal),
      konversiDalamJenjang: angka(konversiDalam, desimal),
      konversiSebelumJenjang: angka(konversiSebelum, desimal),
      kumulatif: angka(kumulatif, desimal),
    },
    ...(integrasi && { integrasi: integrasi.hasil }),
    ...(pengangkatan && { pengangkatan: pengangkatan.hasil }),
    ...(pendidikan && { pendidikan: pendidikan.hasil }),
    segmen,
    kenaikanPangkat: kp,
    kenaikanJenjang: kj,
    langkah,
    catatan,
    keputusan: [],
  };
  if (asumsi) {
    const { seri, tonggak } = seriTercatat(hasil, periodeNilai, items.map((x) => x.nilai));
    const konteksProyeksi = {
      aturan, desimal, jabatanFungsional: jf, jenjang: J, golongan: G,
      tmtPangkat: masukan.tmtPangkat, tmtJenjang: masukan.tmtJenjang, tanggalPerhitungan: masukan.tanggalPerhitungan,
      kumulatif, periode: periodeNilai, seriTercatat: seri, tonggakTercatat: tonggak,
    };
    const proyeksi = proyeksikan(konteksProyeksi, asumsi.fungsi, asumsi.keterangan);
    const sangatBaik = aturan.predikat.reduce((a, b) => (b.persen.nilai.greaterThan(a.persen.nilai) ? b : a));
    if (asumsi.keterangan !== sangatBaik.nama) {
      proyeksi.banding = bandingkan(proyeksi, proyeksikan(konteksProyeksi, () => sangatBaik, sangatBaik.nama), asumsi.keterangan);
    }
    if (kp.tersedia && kp.selisih?.jenis === 'kekurangan' && kp.ambang) {
      const kurang = Pecahan.dari(kp.ambang.pasti).kurang(kumulatif);
      const tutup = penutupKekurangan(aturan, J, asumsi.fungsi(bulanPerhitungan), kurang, desimal);
      if (tutup) proyeksi.penutupKekurangan = tutup;
    }
    hasil.proyeksi = proyeksi;
  }
  if (jelaskan) hasil.keputusan = kumpulkanKeputusan(hasil, [aturan.konversi.hitunganBulan.sumber, aturan.pembulatan.sumber].map(r));
  return hasil;
}

/**
 * Every decision-status source the result cites, once each, so the result says which choices it
 * relied on. Citations live in known places of the result; those are read directly (a generic walk
 * over the whole result cost more than the rest of the engine on batch runs).
 */
function kumpulkanKeputusan(hasil: Hasil, selalu: Rujukan[]): Rujukan[] {
  const semua = new Set<Rujukan>(selalu);
  const tambah = (r: Rujukan | undefined) => { if (r && r.status === 'decision') semua.add(r); };
  const syarat = (xs: { sumber: Rujukan }[]) => { for (const x of xs) tambah(x.sumber); };
  for (const l of hasil.langkah) for (const r of l.sumber) tambah(r);
  for (const k of hasil.konversi) for (const r of k.sumber) tambah(r);
  for (const c of hasil.catatan) tambah(c.sumber);
  const kp = hasil.kenaikanPangkat;
  syarat(kp.syarat);
  tambah(kp.tmtPalingCepat?.sumber);
  if (kp.alternatifTanpaFormasi) { syarat(kp.alternatifTanpaFormasi.syarat); tambah(kp.alternatifTanpaFormasi.sumber); }
  syarat(hasil.kenaikanJenjang.syarat);
  tambah(hasil.pembulatan.sumber);
  for (const x of [hasil.integrasi, hasil.pengangkatan, hasil.pendidikan]) for (const r of x?.sumber ?? []) tambah(r);
  if (hasil.integrasi?.rentang) tambah(hasil.integrasi.rentang.sumber);
  if (hasil.pengangkatan?.akDasar) tambah(hasil.pengangkatan.akDasar.sumber);
  return [...semua].filter((s) => s.status === 'decision');
}

/** The assumed predikat for future months: one for all, with per-year exceptions. */
function bacaAsumsi(aturan: Aturan, masukan: Masukan, masalah: MasalahMasukan[]): { fungsi: Asumsi; keterangan: string } | undefined {
  const p = masukan.proyeksi ?? {};
  const dasar = p.predikat ? cariPredikat(aturan, p.predikat)?.predikat : aturan.predikat.find((x) => x.id === aturan.syarat.kenaikanPangkat.predikat.minimal);
  if (!dasar) { masalah.push({ field: 'proyeksi.predikat', pesan: `Predikat asumsi "${p.predikat}" tidak dikenal. Pilih salah satu: ${daftarPredikat(aturan)}.` }); return undefined; }
  const perTahun = new Map<number, typeof dasar>();
  (p.perTahun ?? []).forEach((x, i) => {
    const found = cariPredikat(aturan, x.predikat);
    if (!found) masalah.push({ field: `proyeksi.perTahun.${i}.predikat`, pesan: `Predikat asumsi tahun ${x.tahun} "${x.predikat}" tidak dikenal.` });
    else perTahun.set(x.tahun, found.predikat);
  });
  const kecuali = [...perTahun].sort(([a], [b]) => a - b).map(([t, q]) => `${t}: ${q.nama}`);
  return {
    fungsi: (b) => perTahun.get(Math.floor(b / 12)) ?? dasar,
    keterangan: kecuali.length ? `${dasar.nama}, kecuali ${kecuali.join('; ')}` : dasar.nama,
  };
}

/** The recorded history as monthly points within each jenjang segment, for the chart. */
function seriTercatat(hasil: Hasil, periode: { angkaKredit: Pecahan; mulai: number; selesai: number; urut: number }[], nilaiAwal: Pecahan[]): { seri: TitikSeri[]; tonggak: Tonggak[] } {
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
