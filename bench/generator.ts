// Synthetic units for benchmarks and manual checks: invented names, fictional but well-formed NIPs,
// positions consistent with the rule book, four penilaian periods per person, a few spelling variants,
// some written figures (about one in ten wrong) and, optionally, a share of rows with errors.
//   npx tsx bench/generator.ts --orang 1000 --out /tmp/unit-1000.xlsx [--galat 0.01] [--seed 7]
import { createWriteStream } from 'node:fs';
import { csvRow } from '../src/berkas/csv.ts';
import { KOLOM, type IdKolom } from '../src/batch/kolom.ts';
import { writeXlsx } from '../src/berkas/xlsx-write.ts';

const DEPAN = [
  'Andi',
  'Budi',
  'Citra',
  'Dewi',
  'Eka',
  'Fajar',
  'Gita',
  'Hadi',
  'Indah',
  'Joko',
  'Kartika',
  'Lestari',
  'Maya',
  'Nanda',
  'Oki',
  'Putri',
  'Rizky',
  'Sari',
  'Teguh',
  'Umi',
  'Vina',
  'Wahyu',
  'Yanti',
  'Zainal',
];
const BELAKANG = [
  'Saputra',
  'Wulandari',
  'Pratama',
  'Lestari',
  'Nugroho',
  'Hidayat',
  'Permata',
  'Santoso',
  'Kusuma',
  'Rahmawati',
  'Wibowo',
  'Anggraini',
  'Setiawan',
  'Maharani',
  'Purnama',
  'Siregar',
];
const UNIT = ['Bagian Hubungan Masyarakat', 'Bagian Protokol', 'Bidang Informasi Publik', 'Subbagian Umum', 'Bidang Komunikasi'];
const POSISI: { jf: string; jenjang: string; golongan: string[] }[] = [
  { jf: 'Pranata Humas', jenjang: 'Ahli Pertama', golongan: ['III/a', 'III/b'] },
  { jf: 'Pranata Humas', jenjang: 'Ahli Muda', golongan: ['III/c', 'III/d'] },
  { jf: 'Pranata Humas', jenjang: 'Terampil', golongan: ['II/b', 'II/c', 'II/d'] },
  { jf: 'Pranata Humas', jenjang: 'Mahir', golongan: ['III/a', 'III/b'] },
  { jf: 'lainnya', jenjang: 'Ahli Madya', golongan: ['IV/a', 'IV/b', 'IV/c'] },
  { jf: 'lainnya', jenjang: 'Penyelia', golongan: ['III/c', 'III/d'] },
];
const PREDIKAT = ['Baik', 'Baik', 'Baik', 'Baik', 'Sangat Baik', 'Sangat Baik', 'BAIK', 'baik', 'Butuh Perbaikan', 'cukup'];
const PERSEN: Record<string, number> = { baik: 100, 'sangat baik': 150, 'butuh perbaikan': 75, cukup: 75 };
const KOEF: Record<string, number> = { 'Ahli Pertama': 12.5, 'Ahli Muda': 25, 'Ahli Madya': 37.5, Terampil: 5, Mahir: 12.5, Penyelia: 25 };
const PERIODE: [string, string, number][] = [
  ['2023-01', '2023-12', 12],
  ['2024-01', '2024-06', 6],
  ['2024-07', '2024-12', 6],
  ['2025-01', '2025-06', 6],
];

/** Small deterministic PRNG (mulberry32), so a seed gives the same unit. */
function acak(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dua = (n: number) => String(n).padStart(2, '0');

/** Rows (header first) of a unit of n persons. */
export function* unit(n: number, opsi: { seed?: number; galat?: number } = {}): Generator<string[]> {
  const r = acak(opsi.seed ?? 7);
  const pilih = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const idx = new Map(KOLOM.map((k, i) => [k.id, i]));
  yield KOLOM.map((k) => k.judul);
  const nipDipakai = new Set<string>();
  for (let i = 0; i < n; i++) {
    let nip: string;
    do {
      const ly = 1965 + Math.floor(r() * 35);
      const lm = 1 + Math.floor(r() * 12);
      const ld = 1 + Math.floor(r() * 28);
      const cy = Math.min(2022, ly + 22 + Math.floor(r() * 12));
      nip = `${ly}${dua(lm)}${dua(ld)}${cy}${dua(1 + Math.floor(r() * 12))}${r() < 0.5 ? 1 : 2}${String(1 + Math.floor(r() * 999)).padStart(3, '0')}`;
    } while (nipDipakai.has(nip));
    nipDipakai.add(nip);
    const pos = pilih(POSISI);
    const tj = `${2018 + Math.floor(r() * 4)}-${dua(1 + Math.floor(r() * 12))}-01`;
    const tp = r() < 0.5 ? tj : `${2021 + Math.floor(r() * 2)}-${dua(1 + Math.floor(r() * 12))}-01`;
    const tmtPangkat = tp < tj ? tj : tp;
    const akAwal = r() < 0.7 ? (Math.round(r() * 6000) / 100).toFixed(2).replace('.', ',') : '';
    let kum = akAwal ? Number(akAwal.replace(',', '.')) : 0;
    const rusak = opsi.galat && r() < opsi.galat ? Math.floor(r() * 3) : -1;
    for (let p = 0; p < PERIODE.length; p++) {
      const row: string[] = KOLOM.map(() => '');
      const set = (k: IdKolom, v: string) => {
        row[idx.get(k)!] = v;
      };
      if (p === 0) {
        set('nip', nip);
        set('nama', `${pilih(DEPAN)} ${pilih(BELAKANG)} (fiktif)`);
        set('unit_kerja', pilih(UNIT));
        set('jabatan_fungsional', pos.jf);
        set('jenjang', pos.jenjang);
        set('golongan', pilih(pos.golongan));
        set('tmt_pangkat', rusak === 0 ? '31/02/2021' : tmtPangkat);
        set('tmt_jenjang', tj);
        if (akAwal) {
          set('jenis_ak_awal', 'Integrasi');
          set('ak_awal', akAwal);
        }
        set('bebas_hukuman_disiplin', r() < 0.95 ? 'Ya' : 'Tidak');
        set('formasi_tersedia', r() < 0.5 ? 'Ya' : 'Tidak');
        set('lulus_uji_kompetensi', r() < 0.5 ? 'Ya' : 'Tidak');
      } else if (r() < 0.3) set('nip', nip);
      const [mulai, selesai, bulan] = PERIODE[p]!;
      const pred = rusak === 1 && p === 2 ? 'Luar Biasa' : pilih(PREDIKAT);
      set('periode_mulai', mulai);
      set('periode_selesai', rusak === 2 && p === 1 ? '2024-13' : selesai);
      set('predikat', pred);
      const ak = (bulan / 12) * (PERSEN[pred.toLowerCase()]! / 100) * KOEF[pos.jenjang]!;
      kum += ak;
      if (r() < 0.5) {
        const benar = r() < 0.9;
        set('ak_konversi_tertulis', (Math.round(ak * 1000) / 1000 + (benar ? 0 : 0.01)).toFixed(3).replace('.', ','));
      }
      if (p === PERIODE.length - 1 && r() < 0.3) set('ak_kumulatif_tertulis', (Math.round(kum * 1000) / 1000).toFixed(3).replace('.', ','));
      yield row;
    }
  }
}

export function tulisUnit(path: string, n: number, opsi: { seed?: number; galat?: number } = {}): Promise<void> {
  const s = createWriteStream(path);
  const selesai = new Promise<void>((ok, no) => {
    s.on('finish', () => ok());
    s.on('error', no);
  });
  if (path.endsWith('.xlsx')) {
    writeXlsx(
      [{ nama: 'Isian', judul: true, baris: unit(n, opsi) }],
      (d, final) => {
        s.write(d);
        if (final) s.end();
      },
      { teksSaja: true },
    );
  } else {
    let buf = '\uFEFF';
    for (const row of unit(n, opsi)) {
      buf += csvRow(row, ';');
      if (buf.length > 1 << 20) {
        s.write(buf);
        buf = '';
      }
    }
    s.end(buf);
  }
  return selesai;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const a = process.argv.slice(2);
  const v = (k: string) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const n = Number(v('--orang') ?? 1000);
  const out = v('--out') ?? `/tmp/unit-${n}.xlsx`;
  await tulisUnit(out, n, { seed: Number(v('--seed') ?? 7), galat: Number(v('--galat') ?? 0) });
  process.stdout.write(`${out}: ${n} pegawai, ${n * PERIODE.length} baris\n`);
}
