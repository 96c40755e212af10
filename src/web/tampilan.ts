// View models: what the templates need beyond the engine's result, computed here so views compute nothing.
import type { Decimal } from 'decimal.js';
import type { Aturan } from '../domain/aturan.ts';
import type { Hasil } from '../domain/hasil.ts';
import { JENIS_AK_AWAL, LABEL_AK_AWAL, type JenisAkAwal } from '../domain/masukan.ts';
import { formatDesimal } from '../domain/format.ts';

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
}

/** JF_UTAMA is the catalog entry the app is built around; it comes first in the list. */
const JF_UTAMA = 'pranata_humas';

export function pilihanForm(aturan: Aturan): PilihanForm {
  const jf = [...aturan.jabatanFungsional].sort((a, b) => Number(b.id === JF_UTAMA) - Number(a.id === JF_UTAMA));
  return {
    jabatanFungsional: jf.map((j) => ({ id: j.id, nama: j.nama, jenjang: j.jenjang.join(' ') })),
    jenjang: aturan.jenjang.map((j) => ({ id: j.id, nama: j.nama, kategori: j.kategori === 'keahlian' ? 'Keahlian' : 'Keterampilan', golongan: j.golongan.join(' ') })),
    golongan: aturan.golongan.map((g) => ({
      kode: g.kode, pangkat: g.pangkat,
      jenjang: aturan.jenjang.filter((j) => j.golongan.includes(g.kode)).map((j) => j.id).join(' '),
    })).filter((g) => g.jenjang !== ''),
    predikat: aturan.predikat.map((p) => ({ id: p.id, nama: p.nama, persen: `${formatDesimal(p.persen.nilai)}%` })),
    jenisAkAwal: JENIS_AK_AWAL.map((id) => ({ id, label: LABEL_AK_AWAL[id], bantuan: BANTUAN_AK_AWAL[id] ?? '' })),
    pilihanDesimal: aturan.pembulatan.pilihanDesimal,
    desimalBawaan: aturan.pembulatan.desimal,
    jfBawaan: jf[0]!.id,
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
};
const LABEL_KOLOM: Record<string, string> = {
  mulai: 'bulan mulai', selesai: 'bulan selesai', predikat: 'predikat', jenjang: 'jenjang saat itu',
  jenis: 'jenis', uraian: 'uraian', angkaKredit: 'angka kredit',
};

/** A form field in words, for the error summary ("Periode penilaian baris 2, bulan mulai"). */
export function labelField(field: string): string {
  const m = /^(angkaKreditAwal|penilaian)\.(\d+)(?:\.(\w+))?/.exec(field);
  if (m) {
    const tabel = m[1] === 'penilaian' ? 'Periode penilaian' : 'Angka kredit awal';
    return `${tabel} baris ${Number(m[2]) + 1}${m[3] ? `, ${LABEL_KOLOM[m[3]] ?? m[3]}` : ''}`;
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
    return { persen: round(p), nilai: m.teks, label: `${m.teks} · ${m.label.join(' / ')}`, jenis: m.jenis, anchor: p > 85 ? 'end' : p < 15 ? 'start' : 'middle' };
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
