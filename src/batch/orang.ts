// From spreadsheet rows to one input document per person. Rows are grouped by NIP (a row with an empty
// NIP continues the person above, as with merged cells); person columns may be written once or repeated;
// every cell is read in the spellings people actually use, and every problem is named by row and column.
import type { Aturan } from '../domain/aturan.ts';
import { JENIS_AK_AWAL, type JenisAkAwal } from '../domain/masukan.ts';
import { cariPredikat, daftarPredikat } from '../domain/predikat.ts';
import { isTanggal } from '../domain/tanggal.ts';
import { NAMA_BULAN } from '../domain/format.ts';
import { periksaNip } from '../input/nip.ts';
import type { MasukanJson } from '../input/schema.ts';
import type { BarisMentah, GalatBaris } from './galat.ts';
import { KOLOM, type IdKolom, type TataKolom } from './kolom.ts';
import { tanggalSerial } from './xlsx.ts';

/** One person as read from the file: the input document (when every cell was readable), rows, claims and problems. */
export interface OrangMentah {
  nip: string;
  nama?: string;
  unitKerja?: string;
  /** Row numbers of this person, in file order. */
  baris: number[];
  /** Row of each penilaian period (index = position in masukan.penilaian). */
  barisPeriode: number[];
  /** Row where the person columns were first given; the row of the AK awal. */
  barisPegawai: number;
  barisAkAwal?: number;
  masukan?: MasukanJson;
  /** Figures written on the person's documents, to be checked (ids as in src/domain/validasi.ts). */
  klaim: { id: string; tertulis: string; baris: number; kolom: IdKolom }[];
  galat: GalatBaris[];
}

const norm = (s: string) => s.toLowerCase().replace(/[\s_\-./]+/g, ' ').trim();

const PERSON: IdKolom[] = KOLOM.filter((k) => k.lingkup === 'pegawai').map((k) => k.id);
const PERIODE: IdKolom[] = ['periode_mulai', 'periode_selesai', 'predikat', 'jenjang_periode', 'ak_konversi_tertulis'];

const SINONIM_AK: Record<string, JenisAkAwal> = {
  integrasi: 'ak_integrasi', 'ak integrasi': 'ak_integrasi', 'pak integrasi': 'ak_integrasi',
  dasar: 'ak_dasar', 'ak dasar': 'ak_dasar',
  'jf lama': 'ak_jf_lama', 'pak terakhir': 'ak_jf_lama', 'ak jf lama': 'ak_jf_lama', 'pak terakhir jf lama': 'ak_jf_lama',
  penyesuaian: 'ak_penyesuaian', penyetaraan: 'ak_penyesuaian', 'ak penyesuaian': 'ak_penyesuaian', inpassing: 'ak_penyesuaian',
  konversi: 'ak_konversi', 'ak konversi': 'ak_konversi',
  pendidikan: 'ak_pendidikan', 'ak pendidikan': 'ak_pendidikan', 'peningkatan pendidikan': 'ak_pendidikan',
  lainnya: 'lainnya', 'ak lainnya': 'lainnya',
};
for (const j of JENIS_AK_AWAL) SINONIM_AK[norm(j)] = j;

const BULAN_SINGKAT: Record<string, number> = { jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, nop: 11, des: 12, dec: 12 };
NAMA_BULAN.forEach((n, i) => { BULAN_SINGKAT[n.toLowerCase()] = i + 1; });

const dua = (n: number) => String(n).padStart(2, '0');

/** "2024-04-01", "1/4/2024", "01-04-2024", "1.4.2024", or an Excel serial → YYYY-MM-DD. */
export function bacaTanggal(v: string): string | undefined {
  const s = v.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(s);
  let iso: string | undefined;
  if (m) iso = `${m[1]}-${dua(Number(m[2]))}-${dua(Number(m[3]))}`;
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) iso = `${m[3]}-${dua(Number(m[2]))}-${dua(Number(m[1]))}`;
  else if (/^\d{4,5}(\.0+)?$/.test(s)) iso = tanggalSerial(Number(s));
  return iso && isTanggal(iso) ? iso : undefined;
}

/** "2024-01", "01/2024", "1-2024", "Januari 2024", "Jan-24"? (no: two-digit years are refused), a date, or a serial → YYYY-MM. */
export function bacaBulan(v: string): string | undefined {
  const s = v.trim();
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  let y: number | undefined;
  let mo: number | undefined;
  if (m) { y = Number(m[1]); mo = Number(m[2]); }
  else if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(s))) { y = Number(m[2]); mo = Number(m[1]); }
  else if ((m = /^([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(s))) { mo = BULAN_SINGKAT[m[1]!.toLowerCase()] ?? BULAN_SINGKAT[m[1]!.toLowerCase().slice(0, 3)]; y = Number(m[2]); }
  else {
    const t = bacaTanggal(s);
    if (t) return t.slice(0, 7);
  }
  if (y === undefined || mo === undefined || mo < 1 || mo > 12 || y < 1900 || y > 2200) return undefined;
  return `${y}-${dua(mo)}`;
}

/** "12,5", "12.5", "1.050,5", "150" → "12.5" (schema form); undefined when not a non-negative number. */
export function bacaAngka(v: string): string | undefined {
  const s = v.trim().replace(/\s+/g, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return s.replace(/\./g, '').replace(',', '.');
  if (/^\d+([.,]\d+)?$/.test(s)) return s.replace(',', '.');
  return undefined;
}

export function bacaYaTidak(v: string): boolean | undefined {
  const s = norm(v);
  if (['ya', 'y', 'yes', '1', 'true', 'benar', 'sudah', 'ada', 'lulus', 'tersedia', 'bebas', '✓', 'v', 'x'].includes(s)) return true;
  if (['tidak', 't', 'no', 'n', '0', 'false', 'salah', 'belum', 'tidak ada', '-', ''].includes(s)) return false;
  return undefined;
}

const ROMAWI: Record<string, string> = { '1': 'I', '2': 'II', '3': 'III', '4': 'IV', i: 'I', ii: 'II', iii: 'III', iv: 'IV' };
export function bacaGolongan(v: string): string {
  const m = /^\s*(iv|iii|ii|i|[1-4])\s*[/\-.\s]?\s*([a-e])\s*$/i.exec(v);
  return m ? `${ROMAWI[m[1]!.toLowerCase()]}/${m[2]!.toLowerCase()}` : v.trim();
}

interface Kamus {
  jf: Map<string, string>;
  jenjang: Map<string, string>;
  golongan: Set<string>;
  daftarJf: string;
  daftarJenjang: string;
}

export function kamus(aturan: Aturan): Kamus {
  const jf = new Map<string, string>();
  for (const j of aturan.jabatanFungsional) { jf.set(norm(j.id), j.id); jf.set(norm(j.nama), j.id); }
  jf.set('jf lainnya', 'lainnya');
  const jenjang = new Map<string, string>();
  for (const j of aturan.jenjang) { jenjang.set(norm(j.id), j.id); jenjang.set(norm(j.nama), j.id); }
  return {
    jf, jenjang, golongan: new Set(aturan.golongan.map((g) => g.kode)),
    daftarJf: aturan.jabatanFungsional.map((j) => j.nama).join('; '),
    daftarJenjang: aturan.jenjang.map((j) => j.nama).join(', '),
  };
}

export interface OpsiOrang {
  /** Default calculation date (YYYY-MM-DD) when the row does not give one. */
  tanggalPerhitungan: string;
}

/** Groups rows into persons as they stream by; `tambah` returns a finished person when the NIP changes. */
export class Pengelompok {
  private kini: { rows: { nomor: number; v: Map<IdKolom, string>; rumus: IdKolom[] }[] } | undefined;
  private readonly k: Kamus;

  constructor(private readonly aturan: Aturan, private readonly tata: TataKolom, private readonly opsi: OpsiOrang) {
    this.k = kamus(aturan);
  }

  /** Returns the previous person when this row starts a new one; skips blank rows. */
  tambah(row: BarisMentah): OrangMentah | undefined {
    const v = new Map<IdKolom, string>();
    row.sel.forEach((s, i) => {
      const id = this.tata.indeks[i];
      if (id && s !== undefined && s.trim() !== '') v.set(id, s.trim());
    });
    const rumus = (row.rumus ?? []).map((i) => this.tata.indeks[i]).filter((x): x is IdKolom => x !== undefined);
    if (v.size === 0 && rumus.length === 0) return undefined;
    const nip = (v.get('nip') ?? '').replace(/\s+/g, '');
    let selesai: OrangMentah | undefined;
    if (!this.kini || (nip !== '' && nip !== (this.kini.rows[0]!.v.get('nip') ?? '').replace(/\s+/g, ''))) {
      selesai = this.selesai();
      this.kini = { rows: [] };
    }
    this.kini!.rows.push({ nomor: row.nomor, v, rumus });
    return selesai;
  }

  /** The last person, at the end of the file. */
  selesai(): OrangMentah | undefined {
    const k = this.kini;
    this.kini = undefined;
    return k ? this.bangun(k.rows) : undefined;
  }

  private bangun(rows: { nomor: number; v: Map<IdKolom, string>; rumus: IdKolom[] }[]): OrangMentah {
    const galat: GalatBaris[] = [];
    const g = (baris: number, kolom: IdKolom | string, pesan: string) => galat.push({ baris, kolom, pesan });
    const pertama = rows[0]!;

    for (const r of rows) for (const kol of r.rumus) g(r.nomor, kol, 'Sel berisi rumus Excel; rumus tidak dijalankan. Salin sel lalu tempel sebagai nilai (Paste Special → Values).');

    // Person columns: the first non-empty value, and a later different value is a problem.
    const nilai = new Map<IdKolom, { v: string; baris: number }>();
    for (const r of rows) {
      for (const id of PERSON) {
        const s = r.v.get(id);
        if (s === undefined) continue;
        const ada = nilai.get(id);
        if (!ada) nilai.set(id, { v: s, baris: r.nomor });
        else if (ada.v !== s && !(id === 'nip' && ada.v.replace(/\s+/g, '') === s.replace(/\s+/g, ''))) {
          g(r.nomor, id, `Berbeda dengan baris ${ada.baris} untuk pegawai yang sama ("${s}" dan "${ada.v}"). Isi kolom pegawai sekali saja, atau ulangi dengan nilai yang sama.`);
        }
      }
    }
    const ambil = (id: IdKolom) => nilai.get(id)?.v;
    const barisDari = (id: IdKolom) => nilai.get(id)?.baris ?? pertama.nomor;
    const nip = (ambil('nip') ?? '').replace(/\s+/g, '');
    const nama = ambil('nama');
    const unitKerja = ambil('unit_kerja');

    if (!nip) g(pertama.nomor, 'nip', 'NIP wajib diisi pada baris pertama setiap pegawai.');
    else {
      const p = periksaNip(nip);
      if (p) g(barisDari('nip'), 'nip', /e\+?\d+$/i.test(nip) ? 'NIP tersimpan sebagai angka sehingga digitnya terpotong; format kolom nip sebagai Teks, lalu ketik ulang.' : p);
    }

    const wajib = (id: IdKolom, label: string): string | undefined => {
      const s = ambil(id);
      if (s === undefined) g(pertama.nomor, id, `${label} wajib diisi pada baris pertama pegawai ini.`);
      return s;
    };
    const jfTeks = wajib('jabatan_fungsional', 'Jabatan fungsional');
    const jf = jfTeks && this.k.jf.get(norm(jfTeks));
    if (jfTeks && !jf) g(barisDari('jabatan_fungsional'), 'jabatan_fungsional', `Jabatan fungsional "${jfTeks}" tidak dikenal. Pilih salah satu: ${this.k.daftarJf}.`);
    const jenjangTeks = wajib('jenjang', 'Jenjang');
    const jenjang = jenjangTeks && this.k.jenjang.get(norm(jenjangTeks));
    if (jenjangTeks && !jenjang) g(barisDari('jenjang'), 'jenjang', `Jenjang "${jenjangTeks}" tidak dikenal. Pilih salah satu: ${this.k.daftarJenjang}.`);
    const golTeks = wajib('golongan', 'Golongan ruang');
    const golongan = golTeks && bacaGolongan(golTeks);
    if (golongan && !this.k.golongan.has(golongan)) g(barisDari('golongan'), 'golongan', `Golongan ruang "${golTeks}" tidak dikenal; tulis seperti III/a.`);
    const tanggal = (id: IdKolom, label: string, perlu: boolean): string | undefined => {
      const s = perlu ? wajib(id, label) : ambil(id);
      if (s === undefined) return undefined;
      const t = bacaTanggal(s);
      if (!t) g(barisDari(id), id, `${label} "${s}" bukan tanggal yang sah; tulis TTTT-BB-HH (2024-04-01) atau HH/BB/TTTT (01/04/2024).`);
      return t;
    };
    const tmtPangkat = tanggal('tmt_pangkat', 'TMT pangkat', true);
    const tmtJenjang = tanggal('tmt_jenjang', 'TMT jenjang', true);
    const tanggalPerhitungan = tanggal('tanggal_perhitungan', 'Tanggal perhitungan', false) ?? this.opsi.tanggalPerhitungan;

    const yaTidak = (id: IdKolom, label: string): boolean => {
      const s = ambil(id);
      if (s === undefined) return false;
      const b = bacaYaTidak(s);
      if (b === undefined) g(barisDari(id), id, `${label}: "${s}" tidak dapat dibaca; tulis Ya atau Tidak.`);
      return b ?? false;
    };
    const pernyataan = {
      bebasHukumanDisiplin: yaTidak('bebas_hukuman_disiplin', 'Bebas hukuman disiplin'),
      formasiTersedia: yaTidak('formasi_tersedia', 'Formasi tersedia'),
      lulusUjiKompetensi: yaTidak('lulus_uji_kompetensi', 'Lulus uji kompetensi'),
    };

    const angkaKreditAwal: NonNullable<MasukanJson['angkaKreditAwal']> = [];
    const akTeks = ambil('ak_awal');
    const jenisTeks = ambil('jenis_ak_awal');
    let barisAkAwal: number | undefined;
    if (akTeks !== undefined) {
      barisAkAwal = barisDari('ak_awal');
      const ak = bacaAngka(akTeks);
      if (ak === undefined) g(barisAkAwal, 'ak_awal', `Angka kredit awal "${akTeks}" bukan angka tidak negatif; tulis mis. 12,5 atau 150,63.`);
      const jenis = jenisTeks === undefined ? undefined : SINONIM_AK[norm(jenisTeks)];
      if (jenisTeks === undefined) g(barisAkAwal, 'jenis_ak_awal', 'Jenis angka kredit awal wajib diisi bila ak_awal diisi (Integrasi, AK Dasar, PAK terakhir, Penyesuaian, Konversi, Pendidikan, atau Lainnya).');
      else if (!jenis) g(barisDari('jenis_ak_awal'), 'jenis_ak_awal', `Jenis angka kredit awal "${jenisTeks}" tidak dikenal; pilih Integrasi, AK Dasar, PAK terakhir, Penyesuaian, Konversi, Pendidikan, atau Lainnya.`);
      if (ak !== undefined && jenis) angkaKreditAwal.push({ jenis, angkaKredit: ak });
    } else if (jenisTeks !== undefined) {
      g(barisDari('jenis_ak_awal'), 'ak_awal', 'Jenis angka kredit awal diisi tetapi angkanya (ak_awal) kosong.');
    }

    // Period rows.
    const penilaian: NonNullable<MasukanJson['penilaian']> = [];
    const barisPeriode: number[] = [];
    const klaim: OrangMentah['klaim'] = [];
    for (const r of rows) {
      if (!PERIODE.some((id) => r.v.has(id))) continue;
      const mulaiTeks = r.v.get('periode_mulai');
      const selesaiTeks = r.v.get('periode_selesai');
      const predTeks = r.v.get('predikat');
      const mulai = mulaiTeks === undefined ? undefined : bacaBulan(mulaiTeks);
      const selesai = selesaiTeks === undefined ? undefined : bacaBulan(selesaiTeks);
      if (mulaiTeks === undefined) g(r.nomor, 'periode_mulai', 'Bulan mulai periode wajib diisi pada baris periode.');
      else if (!mulai) g(r.nomor, 'periode_mulai', `Bulan mulai "${mulaiTeks}" tidak sah; tulis TTTT-BB (2024-01), BB/TTTT (01/2024), atau Januari 2024.`);
      if (selesaiTeks === undefined) g(r.nomor, 'periode_selesai', 'Bulan selesai periode wajib diisi pada baris periode.');
      else if (!selesai) g(r.nomor, 'periode_selesai', `Bulan selesai "${selesaiTeks}" tidak sah; tulis TTTT-BB (2024-12), BB/TTTT (12/2024), atau Desember 2024.`);
      if (predTeks === undefined) g(r.nomor, 'predikat', 'Predikat kinerja wajib diisi pada baris periode.');
      else if (!cariPredikat(this.aturan, predTeks)) g(r.nomor, 'predikat', `Predikat "${predTeks}" tidak dikenal. Pilih salah satu: ${daftarPredikat(this.aturan)} (Cukup dibaca Butuh Perbaikan).`);
      const jpTeks = r.v.get('jenjang_periode');
      const jp = jpTeks === undefined ? undefined : this.k.jenjang.get(norm(jpTeks));
      if (jpTeks !== undefined && !jp) g(r.nomor, 'jenjang_periode', `Jenjang "${jpTeks}" tidak dikenal. Pilih salah satu: ${this.k.daftarJenjang}.`);
      if (!mulai || !selesai || predTeks === undefined) continue;
      penilaian.push({ mulai, selesai, predikat: predTeks, ...(jp && { jenjang: jp }) });
      barisPeriode.push(r.nomor);
      const tertulis = r.v.get('ak_konversi_tertulis');
      if (tertulis !== undefined) klaim.push({ id: `konversi.${penilaian.length}`, tertulis, baris: r.nomor, kolom: 'ak_konversi_tertulis' });
    }
    for (const [id, kolom] of [['kumulatif', 'ak_kumulatif_tertulis'], ['jumlahKonversi', 'jumlah_konversi_tertulis']] as const) {
      const t = ambil(kolom);
      if (t !== undefined) klaim.push({ id, tertulis: t, baris: barisDari(kolom), kolom });
    }

    const orang: OrangMentah = {
      nip: nip || `(tanpa NIP, baris ${pertama.nomor})`,
      ...(nama && { nama }),
      ...(unitKerja && { unitKerja }),
      baris: rows.map((r) => r.nomor),
      barisPeriode,
      barisPegawai: pertama.nomor,
      ...(barisAkAwal !== undefined && { barisAkAwal }),
      klaim,
      galat,
    };
    if (galat.length === 0 && jf && jenjang && golongan && tmtPangkat && tmtJenjang) {
      const instansi = ambil('instansi');
      orang.masukan = {
        jabatanFungsional: jf, jenjang, golongan, tmtPangkat, tmtJenjang,
        angkaKreditAwal, penilaian, pernyataan, tanggalPerhitungan,
        identitas: { nip, ...(nama && { nama }), ...(unitKerja && { unitKerja }), ...(instansi && { instansi }) },
      };
    }
    return orang;
  }
}
