// Warnings about the input: the mistakes people actually make, said beside the result. A warning never
// changes a figure or a verdict; it names the fields concerned and a suggested fix. What counts as
// "far outside" is a decision of the application in the rule book (rules/kewajaran.yaml, Keputusan 18).
// Pure: computed from the input and the result's figures, the same with or without the explanation.
import type { Aturan } from './aturan.ts';
import type { BarisAkAwal, Hasil, Peringatan } from './hasil.ts';
import type { JenisAkAwal, Masukan } from './masukan.ts';
import { LABEL_AK_AWAL } from './masukan.ts';
import { formatBulan, formatNilai, formatRentangBulan, formatTanggal } from './format.ts';
import { Pecahan } from './pecahan.ts';
import { pecahanDari } from './rujukan.ts';
import { bulanDari, parseBulan, tanggalTerakhir, type Bulan } from './tanggal.ts';

/** Every warning for this input and result, in a fixed order: months, duplicates, implausible values, unfinished month. */
export function periksaMasukan(aturan: Aturan, masukan: Masukan, hasil: Hasil): Peringatan[] {
  return [
    ...bulanTanpaPredikat(aturan, masukan),
    ...angkaKreditGanda(hasil.angkaKreditAwal),
    ...angkaKreditTidakWajar(aturan, hasil),
    ...periodeBelumSelesai(masukan),
  ];
}

/** "A, B dan C" */
function daftarKata(x: string[]): string {
  return x.length < 2 ? (x[0] ?? '') : `${x.slice(0, -1).join(', ')} dan ${x.at(-1)}`;
}

/**
 * Months from January 2023 (konversi.yaml mulaiBerlaku) or the TMT jenjang, whichever is later, up to
 * the month before the calculation month, that no penilaian period covers. The calculation month itself
 * is not over yet, so it is not expected to have a predikat.
 */
function bulanTanpaPredikat(aturan: Aturan, masukan: Masukan): Peringatan[] {
  const mulai = Math.max(parseBulan(aturan.konversi.mulaiBerlaku.bulan)!, bulanDari(masukan.tmtJenjang));
  const akhir = bulanDari(masukan.tanggalPerhitungan) - 1;
  if (mulai > akhir) return [];
  const ada = new Uint8Array(akhir - mulai + 1);
  for (const p of masukan.penilaian) {
    const a = parseBulan(p.mulai);
    const b = parseBulan(p.selesai);
    if (a === undefined || b === undefined) continue;
    for (let m = Math.max(a, mulai); m <= Math.min(b, akhir); m++) ada[m - mulai] = 1;
  }
  const celah: [Bulan, Bulan][] = [];
  let jumlah = 0;
  for (let m = mulai; m <= akhir; m++) {
    if (ada[m - mulai]) continue;
    jumlah++;
    const terakhir = celah.at(-1);
    if (terakhir && terakhir[1] === m - 1) terakhir[1] = m;
    else celah.push([m, m]);
  }
  if (jumlah === 0) return [];
  return [
    {
      kode: 'bulan_tanpa_predikat',
      teks: `${daftarKata(celah.map(([a, b]) => formatRentangBulan(a, b)))} belum ada predikat (${jumlah} bulan): bulan itu tidak menambah angka kredit.`,
      kolom: ['penilaian'],
      saran:
        'Tambahkan periode penilaian dengan predikatnya untuk bulan itu. Bila predikatnya memang belum ditetapkan, angka kredit dan tanggal pada hasil ini belum memperhitungkan bulan itu.',
    },
  ];
}

/** Where a starting Angka Kredit row came from, in words, and its input field. */
function asalBaris(b: BarisAkAwal): { uraian: string; kolom: string } {
  switch (b.asal) {
    case 'masukan':
      // Typed rows come first, in input order (hitung.ts akAwalDanSegmen).
      return { uraian: `angka kredit awal baris ${b.nomor}`, kolom: `angkaKreditAwal.${b.nomor - 1}` };
    case 'integrasi':
      return { uraian: 'bagian PAK Integrasi', kolom: 'pakIntegrasi' };
    case 'pengangkatan':
      return { uraian: 'bagian pengangkatan', kolom: 'pengangkatan' };
    case 'pendidikan':
      return { uraian: 'bagian peningkatan pendidikan', kolom: 'peningkatanPendidikan' };
  }
}

/** Kinds given once per jenjang: a second counted row is the same Angka Kredit entered twice. */
const SEKALI: JenisAkAwal[] = ['ak_integrasi', 'ak_dasar', 'ak_pendidikan'];

const SARAN_GANDA: Partial<Record<JenisAkAwal, string>> = {
  ak_integrasi:
    'Bila bagian PAK Integrasi diisi, aplikasi menghitung AK Integrasi dari PAK itu: hapus baris angka kredit awal AK Integrasi, atau kosongkan bagian PAK Integrasi. AK Integrasi diberikan satu kali.',
  ak_dasar:
    'AK Dasar diberikan satu kali pada pengangkatan: sisakan satu baris (bila bagian pengangkatan diisi, aplikasi sudah menghitung AK Dasarnya).',
  ak_pendidikan:
    'AK peningkatan pendidikan diberikan satu kali: bila bagian peningkatan pendidikan diisi, hapus baris angka kredit awalnya.',
  ak_jf_lama: 'Angka kredit dari PAK terakhir dimasukkan satu kali: hapus baris yang berulang.',
};

/**
 * The same Angka Kredit counted twice: an AK Integrasi typed as well as computed from the PAK Integrasi
 * section, two AK Dasar (typed, or typed and from the pengangkatan), two AK pendidikan, or one AK from
 * the last PAK (JF lama) typed twice with the same value. Only rows counted in the current jenjang: a
 * row of an earlier jenjang adds nothing.
 */
function angkaKreditGanda(baris: BarisAkAwal[]): Peringatan[] {
  const dihitung = baris.filter((b) => b.dihitung);
  const kelompok: { jenis: JenisAkAwal; baris: BarisAkAwal[] }[] = [];
  for (const jenis of SEKALI) {
    const b = dihitung.filter((x) => x.jenis === jenis);
    if (b.length > 1) kelompok.push({ jenis, baris: b });
  }
  const lama = new Map<string, BarisAkAwal[]>();
  for (const b of dihitung) {
    if (b.jenis !== 'ak_jf_lama') continue;
    const l = lama.get(b.angkaKredit.pasti);
    if (l) l.push(b);
    else lama.set(b.angkaKredit.pasti, [b]);
  }
  for (const b of lama.values()) if (b.length > 1) kelompok.push({ jenis: 'ak_jf_lama', baris: b });
  return kelompok.map(({ jenis, baris: b }) => {
    const asal = b.map(asalBaris);
    const sama = jenis === 'ak_jf_lama' ? ` yang sama (${b[0]!.angkaKredit.tampilan})` : '';
    return {
      kode: 'angka_kredit_ganda',
      teks: `${LABEL_AK_AWAL[jenis]}${sama} dimasukkan ${b.length} kali (${daftarKata(asal.map((a) => a.uraian))}), dan semuanya dijumlahkan ke angka kredit kumulatif.`,
      kolom: asal.map((a) => a.kolom),
      saran: SARAN_GANDA[jenis]!,
    };
  });
}

/** Per rule book and jenjang: the plausibility bound and the threshold it is a multiple of, in words. */
const batasPerAturan = new WeakMap<Aturan, Map<string, { batas: Pecahan; namaAmbang: string } | undefined>>();

function batasWajar(aturan: Aturan, jenjang: string): { batas: Pecahan; namaAmbang: string } | undefined {
  let m = batasPerAturan.get(aturan);
  if (!m) batasPerAturan.set(aturan, (m = new Map()));
  if (m.has(jenjang)) return m.get(jenjang);
  const k = aturan.kumulatif[jenjang];
  const kj = k?.kenaikanJenjang;
  const kp = k?.kenaikanPangkat.reduce<(typeof k.kenaikanPangkat)[number] | undefined>(
    (a, b) => (!a || b.angkaKredit.greaterThan(a.angkaKredit) ? b : a),
    undefined,
  );
  const ambang = kj ? kj.angkaKredit : kp?.angkaKredit;
  const nama = aturan.jenjang.find((j) => j.id === jenjang)?.nama ?? jenjang;
  const hasil = ambang && {
    batas: Pecahan.dari(ambang).kali(Pecahan.dari(aturan.kewajaran.akAwalKaliAmbang)),
    namaAmbang: kj
      ? `batas kenaikan jenjang ${nama} (${formatNilai(ambang)})`
      : `batas kenaikan pangkat terbesar jenjang ${nama} (${formatNilai(ambang)})`,
  };
  m.set(jenjang, hasil);
  return hasil;
}

/**
 * A starting Angka Kredit counted in the jenjang above `akAwalKaliAmbang` times the jenjang's kenaikan
 * jenjang threshold (or its largest KP threshold where there is no KJ): far beyond anything one jenjang
 * accumulates before moving on.
 */
function angkaKreditTidakWajar(aturan: Aturan, hasil: Hasil): Peringatan[] {
  if (hasil.angkaKreditAwal.length === 0) return [];
  const J = hasil.pegawai.jenjang;
  const wajar = batasWajar(aturan, J.id);
  if (!wajar) return [];
  const { batas, namaAmbang } = wajar;
  const kali = aturan.kewajaran.akAwalKaliAmbang;
  return hasil.angkaKreditAwal
    .filter((b) => b.dihitung && pecahanDari(b.angkaKredit).bandingkan(batas) > 0)
    .map((b) => {
      const asal = asalBaris(b);
      const kolom =
        b.asal === 'masukan' ? `${asal.kolom}.angkaKredit` : b.asal === 'integrasi' ? 'pakIntegrasi.akKonvensional' : asal.kolom;
      return {
        kode: 'angka_kredit_tidak_wajar',
        teks: `${LABEL_AK_AWAL[b.jenis]} ${b.angkaKredit.tampilan} (${asal.uraian}) lebih dari ${kali} kali ${namaAmbang}: angka sebesar itu tidak wajar untuk jenjang ${J.nama}.`,
        kolom: [kolom],
        saran: `Periksa angkanya (koma desimal, angka yang sama dua kali). Angka kredit kumulatif konvensional dari PAK sebelum 2023 diisi pada bagian PAK Integrasi, yang mengurangkan nilai dasarnya, bukan sebagai angka kredit awal.`,
      };
    });
}

/**
 * A period that ends in the calculation month while that month is not over (the calculation date is not
 * its last day): its predikat cannot be known yet. A period ending after the calculation month is an
 * input error (konversi.ts).
 */
function periodeBelumSelesai(masukan: Masukan): Peringatan[] {
  const bulan = bulanDari(masukan.tanggalPerhitungan);
  const akhir = tanggalTerakhir(bulan);
  if (masukan.tanggalPerhitungan >= akhir) return [];
  const out: Peringatan[] = [];
  masukan.penilaian.forEach((p, i) => {
    const mulai = parseBulan(p.mulai);
    if (parseBulan(p.selesai) !== bulan || mulai === undefined) return;
    out.push({
      kode: 'periode_belum_selesai',
      teks: `Periode ${i + 1} (${formatRentangBulan(mulai, bulan)}) berakhir pada ${formatBulan(bulan)}, yang belum selesai pada tanggal perhitungan ${formatTanggal(masukan.tanggalPerhitungan)}.`,
      kolom: [`penilaian.${i}.selesai`],
      saran:
        mulai < bulan
          ? `Akhiri periode pada ${formatBulan(bulan - 1)}, atau hitung per ${formatTanggal(akhir)} atau sesudahnya bila predikat ${formatBulan(bulan)} sudah ditetapkan.`
          : `Hapus periode ini, atau hitung per ${formatTanggal(akhir)} atau sesudahnya bila predikatnya sudah ditetapkan.`,
    });
  });
  return out;
}

/** A warning as one line, for the batch reports. */
export function teksPeringatan(p: Peringatan): string {
  return `${p.teks} Saran: ${p.saran}`;
}
