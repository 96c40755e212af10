// View models: what the templates need beyond the engine's result, computed here so views compute nothing.
import type { Decimal } from 'decimal.js';
import type { Aturan } from '../domain/aturan.ts';
import type { BarisAkAwal, BarisKonversi, Hasil, HasilIntegrasi, KejadianSegmen, Rujukan } from '../domain/hasil.ts';
import { JENIS_AK_AWAL, LABEL_AK_AWAL, type JenisAkAwal } from '../domain/masukan.ts';
import { formatDesimal } from '../domain/format.ts';
import { modelGrafik } from '../grafik/model.ts';
import { grafikSvg } from '../grafik/svg.ts';
import { adaIsian, type FormNilai, type FormProblems } from './form.ts';

/** What each starting AK item is, in the words of the Penetapan Angka Kredit form. */
const BANTUAN_AK_AWAL: Partial<Record<JenisAkAwal, string>> = {
  ak_dasar: 'Diberikan pada perpindahan, penyesuaian, atau promosi ke golongan di atas golongan terendah jenjang.',
  ak_jf_lama: 'Angka kredit kumulatif dalam jenjang yang tercantum pada PAK terakhir.',
  ak_integrasi: 'Hasil PAK Integrasi: AK kumulatif konvensional sampai 31 Desember 2022 dikurangi nilai dasar.',
  ak_penyesuaian: 'AK penyesuaian/penyetaraan (inpassing) dari tabel Lampiran II PerBKN 3/2023.',
  ak_konversi: 'Angka kredit konversi yang sudah ditetapkan sebelumnya dalam jenjang ini.',
  ak_pendidikan: 'Tambahan karena peningkatan pendidikan formal.',
  lainnya: 'Angka kredit lain yang sah; jelaskan pada kolom uraian.',
};

export interface PilihanForm {
  jabatanFungsional: { id: string; nama: string; jenjang: string }[];
  jenjang: { id: string; nama: string; kategori: string; golongan: string }[];
  golongan: { kode: string; pangkat: string; jenjang: string }[];
  predikat: { id: string; nama: string; persen: string }[];
  jenisAkAwal: { id: JenisAkAwal; label: string; bantuan: string }[];
  pilihanDesimal: number[];
  desimalBawaan: number;
  jfBawaan: string;
  jenisPengangkatan: { id: string; label: string }[];
  jenisRiwayat: { id: string; label: string }[];
  /** The predikat the projection assumes when none is chosen (the minimum for KP). */
  predikatProyeksiBawaan: { id: string; nama: string };
}

/** JF_UTAMA is the catalog entry the app is built around; it comes first in the list. */
const JF_UTAMA = 'pranata_humas';

export function pilihanForm(aturan: Aturan): PilihanForm {
  // Pranata Humas first, the generic entry last, the rest by name so a typed first letter finds them.
  const tempat = (j: Aturan['jabatanFungsional'][number]) => (j.id === JF_UTAMA ? 0 : j.umum ? 2 : 1);
  const jf = [...aturan.jabatanFungsional].sort((a, b) => tempat(a) - tempat(b) || a.nama.localeCompare(b.nama, 'id'));
  return {
    jabatanFungsional: jf.map((j) => ({
      id: j.id,
      nama: !j.umum && j.alias[0] ? `${j.nama} (${j.alias[0]})` : j.nama,
      jenjang: j.jenjang.join(' '),
    })),
    jenjang: aturan.jenjang.map((j) => ({
      id: j.id,
      nama: j.nama,
      kategori: j.kategori === 'keahlian' ? 'Keahlian' : 'Keterampilan',
      golongan: j.golongan.join(' '),
    })),
    golongan: aturan.golongan
      .map((g) => ({
        kode: g.kode,
        pangkat: g.pangkat,
        jenjang: aturan.jenjang
          .filter((j) => j.golongan.includes(g.kode))
          .map((j) => j.id)
          .join(' '),
      }))
      .filter((g) => g.jenjang !== ''),
    predikat: aturan.predikat.map((p) => ({ id: p.id, nama: p.nama, persen: `${formatDesimal(p.persen.nilai)}%` })),
    jenisAkAwal: JENIS_AK_AWAL.map((id) => ({ id, label: LABEL_AK_AWAL[id], bantuan: BANTUAN_AK_AWAL[id] ?? '' })),
    pilihanDesimal: aturan.pembulatan.pilihanDesimal,
    desimalBawaan: aturan.pembulatan.desimal,
    jfBawaan: jf[0]!.id,
    jenisPengangkatan: [
      { id: '', label: 'Tidak ada (tidak membawa angka kredit ke jenjang ini)' },
      { id: 'pertama', label: 'Pengangkatan pertama dari CPNS' },
      { id: 'perpindahan', label: 'Perpindahan dari jabatan administrasi atau pimpinan tinggi' },
      { id: 'promosi', label: 'Promosi' },
      { id: 'penyesuaian', label: 'Penyesuaian/inpassing' },
    ],
    jenisRiwayat: [
      { id: 'kenaikan_pangkat', label: 'Kenaikan pangkat' },
      { id: 'kenaikan_jenjang', label: 'Kenaikan jenjang' },
    ],
    predikatProyeksiBawaan: ((p) => ({ id: p.id, nama: p.nama }))(
      aturan.predikat.find((p) => p.id === aturan.syarat.kenaikanPangkat.predikat.minimal)!,
    ),
  };
}

/** Each optional group of the form is open when it holds values or a message, closed otherwise. */
export function bagianTerbuka(
  n: FormNilai,
  galat: FormProblems,
): Record<'pakIntegrasi' | 'pengangkatan' | 'peningkatanPendidikan' | 'riwayat' | 'proyeksi', boolean> {
  const ada = adaIsian(n);
  const salah = (prefix: string) => Object.keys(galat.perField).some((f) => f === prefix || f.startsWith(`${prefix}.`));
  return {
    pakIntegrasi: ada.pakIntegrasi || salah('pakIntegrasi'),
    pengangkatan: ada.pengangkatan || salah('pengangkatan'),
    peningkatanPendidikan: ada.peningkatanPendidikan || salah('peningkatanPendidikan'),
    riwayat: ada.riwayat || salah('riwayat'),
    proyeksi: ada.proyeksi || salah('proyeksi'),
  };
}

const LABEL_FIELD: Record<string, string> = {
  jabatanFungsional: 'Jabatan fungsional',
  jenjang: 'Jenjang jabatan',
  golongan: 'Golongan ruang',
  tmtPangkat: 'TMT pangkat',
  tmtJenjang: 'TMT jenjang',
  tanggalPerhitungan: 'Tanggal perhitungan',
  'tampilan.desimal': 'Desimal tampilan',
  'identitas.nama': 'Nama',
  'identitas.nip': 'NIP',
  'identitas.unitKerja': 'Unit kerja',
  'identitas.instansi': 'Instansi',
  berkas: 'Berkas masukan',
  masukan: 'Masukan',
  pakIntegrasi: 'PAK Integrasi',
  'pakIntegrasi.akKonvensional': 'AK kumulatif konvensional',
  'pakIntegrasi.jenjang': 'Jenjang pada PAK terakhir',
  'pakIntegrasi.golongan': 'Golongan ruang pada PAK terakhir',
  'pakIntegrasi.nilaiDasar': 'Nilai dasar pengganti',
  'pakIntegrasi.keterangan': 'Keterangan PAK',
  pengangkatan: 'Pengangkatan',
  'pengangkatan.jenis': 'Jenis pengangkatan',
  'pengangkatan.penilaianCpns': 'Periode masa CPNS',
  'pengangkatan.predikat': 'Predikat pada golongan terakhir',
  'pengangkatan.bulanDalamGolongan': 'Masa dalam golongan terakhir',
  'pengangkatan.pangkatPuncak': 'Pangkat tertinggi jabatan administrasi',
  'pengangkatan.angkaKredit': 'Angka kredit penyesuaian',
  'pengangkatan.sumber': 'Sumber angka kredit penyesuaian',
  peningkatanPendidikan: 'Peningkatan pendidikan',
  'peningkatanPendidikan.tanggal': 'Tanggal ijazah',
  'peningkatanPendidikan.pendidikan': 'Pendidikan',
  'peningkatanPendidikan.predikat': 'Predikat kinerja (peningkatan pendidikan)',
  'peningkatanPendidikan.sudahPernahDiberikan': 'Sudah pernah diberikan',
  riwayat: 'Riwayat kenaikan pangkat dan jenjang',
  proyeksi: 'Proyeksi',
  'proyeksi.predikat': 'Predikat yang diasumsikan untuk proyeksi',
  'proyeksi.perTahun': 'Asumsi predikat per tahun',
};
const LABEL_KOLOM: Record<string, string> = {
  mulai: 'bulan mulai',
  selesai: 'bulan selesai',
  predikat: 'predikat',
  jenjang: 'jenjang saat itu',
  jenis: 'jenis',
  uraian: 'uraian',
  angkaKredit: 'angka kredit',
};
const LABEL_KOLOM_RIWAYAT: Record<string, string> = {
  tanggal: 'tanggal TMT',
  jenis: 'jenis',
  golongan: 'golongan ruang baru',
  jenjang: 'jenjang baru',
};
const TABEL: Record<string, { judul: string; kolom: Record<string, string> }> = {
  angkaKreditAwal: { judul: 'Angka kredit awal', kolom: LABEL_KOLOM },
  penilaian: { judul: 'Periode penilaian', kolom: LABEL_KOLOM },
  riwayat: { judul: 'Riwayat kenaikan', kolom: LABEL_KOLOM_RIWAYAT },
  'pengangkatan.penilaianCpns': { judul: 'Periode masa CPNS', kolom: { ...LABEL_KOLOM, jenjang: 'jenjang' } },
  'proyeksi.perTahun': { judul: 'Asumsi predikat per tahun', kolom: { tahun: 'tahun', predikat: 'predikat' } },
};

/** A form field in words, for the error summary ("Periode penilaian baris 2, bulan mulai"). */
export function labelField(field: string): string {
  const m = /^(angkaKreditAwal|penilaian|riwayat|pengangkatan\.penilaianCpns|proyeksi\.perTahun)\.(\d+)(?:\.(\w+))?/.exec(field);
  if (m) {
    const t = TABEL[m[1]!]!;
    return `${t.judul} baris ${Number(m[2]) + 1}${m[3] ? `, ${t.kolom[m[3]] ?? m[3]}` : ''}`;
  }
  return LABEL_FIELD[field] ?? field;
}

/** The HTML id of a form field: dots are legal in ids but awkward in CSS selectors. */
export function idField(field: string): string {
  return `f-${field.replace(/\./g, '-')}`;
}

export interface Penanda {
  persen: number;
  nilai: string;
  label: string;
  jenis: 'kp' | 'kj';
  /** SVG text anchor so labels at the ends stay inside the bar. */
  anchor: 'start' | 'middle' | 'end';
}

export interface Kemajuan {
  persen: number;
  penuh: boolean;
  skala: string;
  penanda: Penanda[];
  uraian: string;
}

/**
 * Progress within the jenjang: a bar from 0 to the highest threshold of the jenjang (the KJ threshold
 * where there is one), with a mark at each KP threshold and at the KJ threshold.
 */
export function kemajuan(aturan: Aturan, hasil: Hasil): Kemajuan | undefined {
  const kum = aturan.kumulatif[hasil.pegawai.jenjang.id];
  if (!kum) return undefined;
  const golongan = aturan.golongan;
  const marks = new Map<string, { nilai: number; teks: string; label: string[]; jenis: 'kp' | 'kj' }>();
  const tambah = (d: Decimal, label: string, jenis: 'kp' | 'kj') => {
    const key = d.toString();
    const m = marks.get(key) ?? { nilai: d.toNumber(), teks: formatDesimal(d), label: [], jenis };
    m.label.push(label);
    if (jenis === 'kj') m.jenis = 'kj';
    marks.set(key, m);
  };
  for (const a of kum.kenaikanPangkat) tambah(a.angkaKredit, `KP ${golongan.find((g) => g.kode === a.ke)?.kode ?? a.ke}`, 'kp');
  if (kum.kenaikanJenjang && hasil.kenaikanJenjang.tersedia) {
    tambah(kum.kenaikanJenjang.angkaKredit, `KJ ${hasil.kenaikanJenjang.ke?.nama ?? ''}`.trim(), 'kj');
  }
  const daftar = [...marks.values()].sort((a, b) => a.nilai - b.nilai);
  const max = daftar.at(-1)?.nilai ?? 0;
  if (max <= 0) return undefined;
  const nilai = Number(hasil.akumulasi.kumulatif.desimal);
  const persen = Math.max(0, Math.min(100, (nilai / max) * 100));
  const penanda = daftar.map((m): Penanda => {
    const p = (m.nilai / max) * 100;
    return {
      persen: round(p),
      nilai: m.teks,
      label: `${m.teks} · ${m.label.join(' / ')}`,
      jenis: m.jenis,
      anchor: p > 85 ? 'end' : p < 15 ? 'start' : 'middle',
    };
  });
  return {
    persen: round(persen),
    penuh: nilai >= max,
    skala: daftar.at(-1)!.teks,
    penanda,
    uraian: `Angka kredit kumulatif ${hasil.akumulasi.kumulatif.tampilan} dari batas ${penanda.map((p) => p.label).join(', ')}.`,
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---- The result page: the newer parts of the result, arranged for the template. ----

const ASAL_AK_AWAL: Record<BarisAkAwal['asal'], string> = {
  masukan: 'diisi pengguna',
  integrasi: 'dihitung dari PAK Integrasi',
  pengangkatan: 'dihitung dari pengangkatan',
  pendidikan: 'dihitung dari peningkatan pendidikan',
};

export interface BarisAkAwalTampil extends BarisAkAwal {
  asalLabel: string;
}

export interface IntegrasiTampil extends HasilIntegrasi {
  /** "Rentang wajar untuk golongan IV/b: 150,000 sampai 300,000", when the rule book has one. */
  rentangTeks?: string;
  /** "Hasil berada di dalam rentang." / "Hasil berada di luar rentang …" */
  statusRentang?: { dalam: boolean; teks: string };
  nilaiDasarTeks: string;
}

export interface KejadianTampil extends KejadianSegmen {
  jenisLabel: string;
  /** "Kumulatif 68,750; batas 50,000; kelebihan 18,750 terbawa ke kenaikan pangkat berikutnya." */
  rincian: string;
}

export interface SegmenTampil {
  id: string;
  judul: string;
  jenjang: string;
  periode: string;
  berjalan: boolean;
  awal: BarisAkAwalTampil[];
  konversi: BarisKonversi[];
  jumlahAwal: string;
  jumlahKonversi: string;
  subtotal: string;
  kejadian: KejadianTampil[];
  reset?: string;
}

export interface LangkahProyeksiTampil {
  nomor: number;
  jenisLabel: string;
  tujuan: string;
  ambang: string;
  akTercapai: string;
  syaratWaktu: { uraian: string; tampilan: string; menunggu: boolean }[];
  memenuhiSyarat: string;
  tmt: string;
  kalimat: string;
  sumber: Rujukan[];
}

export interface ProyeksiTampil {
  asumsi: string;
  /** Inline SVG built by grafikSvg, which escapes every text it writes; absent when there is nothing to plot. */
  grafik?: string;
  /** A narrower drawing of the same chart for phones, so its labels stay legible. */
  grafikPonsel?: string;
  /** What the lines mean, shown under the chart (the same text is the SVG's description). */
  keteranganGrafik?: string;
  langkah: LangkahProyeksiTampil[];
  banding: string[];
  penutupKekurangan?: string;
  berhenti: string;
  catatan: string[];
}

export interface HasilTampil {
  akAwal: BarisAkAwalTampil[];
  /** The konversi part of the pengangkatan as one line ending in its amount. */
  pengangkatanKonversi?: string;
  adaAkTidakDihitung: boolean;
  integrasi?: IntegrasiTampil;
  segmen?: SegmenTampil[];
  proyeksi?: ProyeksiTampil;
}

function integrasiTampil(i: HasilIntegrasi): IntegrasiTampil {
  const rentangTeks = i.rentang
    ? `Rentang wajar hasil integrasi untuk golongan ${i.golongan.kode}: ${i.rentang.min.tampilan} sampai ${i.rentang.max.tampilan}.`
    : undefined;
  const statusRentang =
    i.rentang && i.dalamRentang !== undefined
      ? {
          dalam: i.dalamRentang,
          teks: i.dalamRentang
            ? 'Hasil berada di dalam rentang itu.'
            : 'Hasil berada di luar rentang itu: periksa nilai dasar dan kesesuaian jenjang dengan golongan.',
        }
      : undefined;
  return {
    ...i,
    ...(rentangTeks && { rentangTeks }),
    ...(statusRentang && { statusRentang }),
    nilaiDasarTeks: i.nilaiDasarDiganti
      ? `${i.nilaiDasar.tampilan} (diganti pengguna; nilai dasar buku aturan untuk jenjang ${i.jenjang.nama} tidak dipakai)`
      : `${i.nilaiDasar.tampilan} (nilai dasar jenjang ${i.jenjang.nama} menurut buku aturan)`,
  };
}

function kejadianTampil(k: KejadianSegmen): KejadianTampil {
  const kp = k.jenis === 'kenaikan_pangkat';
  const bagian = [`angka kredit kumulatif saat itu ${k.kumulatif.tampilan}`];
  if (k.ambang) bagian.push(`batas ${k.ambang.tampilan}`);
  if (k.selisih) {
    bagian.push(
      k.selisih.jenis === 'kelebihan'
        ? `kelebihan ${k.selisih.angka.tampilan}${kp ? ' terbawa ke kenaikan pangkat berikutnya dalam jenjang yang sama' : ' tidak terbawa ke jenjang baru'}`
        : `kekurangan ${k.selisih.angka.tampilan} terhadap batas`,
    );
  }
  const r = bagian.join('; ');
  return { ...k, jenisLabel: kp ? 'Kenaikan pangkat' : 'Kenaikan jenjang', rincian: `${r.charAt(0).toUpperCase()}${r.slice(1)}.` };
}

function proyeksiTampil(p: NonNullable<Hasil['proyeksi']>): ProyeksiTampil {
  const besar = modelGrafik(p);
  const kecil = modelGrafik(p, UKURAN_GRAFIK_PONSEL);
  return {
    asumsi: p.asumsi,
    ...(besar && { grafik: grafikSvg(besar, 'grafik-proyeksi') }),
    ...(kecil && { grafikPonsel: grafikSvg(kecil, 'grafik-proyeksi-ponsel') }),
    ...(besar && { keteranganGrafik: besar.uraian }),
    langkah: p.langkah.map((l) => ({
      nomor: l.nomor,
      jenisLabel: l.jenis === 'kenaikan_pangkat' ? 'Kenaikan pangkat' : 'Kenaikan pangkat sekaligus kenaikan jenjang',
      tujuan: `${l.ke.pangkat} (${l.ke.kode})${l.jenjangTujuan ? `, jenjang ${l.jenjangTujuan.nama}` : ''}`,
      ambang: l.ambang.tampilan,
      akTercapai: l.akTercapai.tampilan,
      syaratWaktu: l.syaratWaktu.map((w) => ({ uraian: w.uraian, tampilan: w.tampilan, menunggu: w.tanggal > l.akTercapai.tanggal })),
      memenuhiSyarat: l.memenuhiSyarat.tampilan,
      tmt: l.tmt.tampilan,
      kalimat: l.kalimat,
      sumber: l.sumber,
    })),
    banding: p.banding.map((b) => b.kalimat),
    ...(p.penutupKekurangan && { penutupKekurangan: p.penutupKekurangan.kalimat }),
    berhenti: p.berhenti,
    catatan: p.catatan,
  };
}

function konversiPengangkatan(k: NonNullable<NonNullable<Hasil['pengangkatan']>['konversi']>): string {
  if (k.rumus.includes('=')) return k.rumus;
  if (k.baris?.length === 1) return k.baris[0]!.rumus;
  return `${k.rumus} = ${k.angka.tampilan}`;
}

/** The drawing size for phones: fewer user units across, so text keeps a readable size when scaled down. */
export const UKURAN_GRAFIK_PONSEL = { lebar: 360, tinggi: 300 };

export function hasilTampil(hasil: Hasil): HasilTampil {
  const akAwal = hasil.angkaKreditAwal.map((a) => ({ ...a, asalLabel: ASAL_AK_AWAL[a.asal] }));
  const perNomor = new Map(akAwal.map((a) => [a.nomor, a]));
  const konversi = new Map(hasil.konversi.map((k) => [k.nomor, k]));
  // One segment without events says nothing the accumulation table does not.
  const adaRiwayat = hasil.segmen.length > 1 || hasil.segmen.some((s) => s.kejadian.length > 0);
  return {
    akAwal,
    adaAkTidakDihitung: akAwal.some((a) => !a.dihitung),
    ...(hasil.integrasi && { integrasi: integrasiTampil(hasil.integrasi) }),
    ...(hasil.pengangkatan?.konversi && { pengangkatanKonversi: konversiPengangkatan(hasil.pengangkatan.konversi) }),
    ...(adaRiwayat && {
      segmen: hasil.segmen.map((s, i) => ({
        id: `segmen-${i + 1}`,
        judul: `Jenjang ${s.jenjang.nama}`,
        jenjang: s.jenjang.nama,
        periode: s.periode,
        berjalan: s.berjalan,
        awal: s.barisAwal.flatMap((n) => perNomor.get(n) ?? []),
        konversi: s.barisKonversi.flatMap((n) => konversi.get(n) ?? []),
        jumlahAwal: s.awal.tampilan,
        jumlahKonversi: s.konversi.tampilan,
        subtotal: s.subtotal.tampilan,
        kejadian: s.kejadian.map(kejadianTampil),
        ...(s.reset && { reset: s.reset }),
      })),
    }),
    ...(hasil.proyeksi && { proyeksi: proyeksiTampil(hasil.proyeksi) }),
  };
}
