// The template HR officers download: an empty sheet to fill (columns formatted as text so Excel keeps
// the 18 digits of a NIP and does not turn months into dates, with dropdowns for the values taken from
// lists), an example sheet of invented people, a sheet explaining each column, and the lists themselves.
// The same example is offered as a semicolon CSV.
import type { Aturan } from '../domain/aturan.ts';
import { csvRow } from '../berkas/csv.ts';
import { ALIAS_JUDUL, KOLOM, type IdKolom } from './kolom.ts';
import { xlsxBuffer, type Sheet, type Validasi } from '../berkas/xlsx-write.ts';

const J = KOLOM.map((k) => k.judul);

type Contoh = Partial<Record<(typeof KOLOM)[number]['id'], string>>;

/** Invented people with fictional NIPs. Expected results are worked out in tests/batch. */
export const CONTOH: Contoh[] = [
  // Ahli Pertama III/a: 12,5 (Integrasi) + 12,5 (2023 Baik) + 18,75 (2024 Sangat Baik) + 6,25 (Jan–Jun 2025 Baik) = 50 → KP III/b.
  {
    nip: '199001012015031001',
    nama: 'Andi Saputra (fiktif)',
    unit_kerja: 'Bagian Hubungan Masyarakat',
    instansi: 'Pemerintah Kabupaten Contoh',
    jabatan_fungsional: 'Pranata Humas',
    jenjang: 'Ahli Pertama',
    golongan: 'III/a',
    tmt_pangkat: '2021-04-01',
    tmt_jenjang: '2021-04-01',
    jenis_ak_awal: 'Integrasi',
    ak_awal: '12,5',
    bebas_hukuman_disiplin: 'Ya',
    formasi_tersedia: 'Tidak',
    lulus_uji_kompetensi: 'Tidak',
    ak_kumulatif_tertulis: '50',
    periode_mulai: '2023-01',
    periode_selesai: '2023-12',
    predikat: 'Baik',
    ak_konversi_tertulis: '12,5',
  },
  { periode_mulai: '2024-01', periode_selesai: '2024-12', predikat: 'Sangat Baik', ak_konversi_tertulis: '18,75' },
  { periode_mulai: '2025-01', periode_selesai: '2025-06', predikat: 'Baik', ak_konversi_tertulis: '6,25' },
  // Terampil II/b, first rated in 2023; "cukup" is read as Butuh Perbaikan (75%).
  {
    nip: '199505202019032003',
    nama: 'Dewi Lestari (fiktif)',
    unit_kerja: 'Bagian Hubungan Masyarakat',
    instansi: 'Pemerintah Kabupaten Contoh',
    jabatan_fungsional: 'Pranata Humas',
    jenjang: 'Terampil',
    golongan: 'II/b',
    tmt_pangkat: '2023-01-01',
    tmt_jenjang: '2023-01-01',
    bebas_hukuman_disiplin: 'Ya',
    periode_mulai: '2023-01',
    periode_selesai: '2023-06',
    predikat: 'cukup',
  },
  { nip: '199505202019032003', periode_mulai: '2023-07', periode_selesai: '2024-12', predikat: 'Baik' },
];

function baris(c: Contoh): string[] {
  return KOLOM.map((k) => c[k.id] ?? '');
}

/** Rows of the Isian sheet that carry the dropdowns: the web's row limit (20,000) and the header. */
const BARIS_ISIAN = 20_001;
export const NAMA_LEMBAR_DAFTAR = 'Daftar';

/** Values offered for a column, in the rule book's words. */
export interface Pilihan {
  kolom: IdKolom[];
  judul: string;
  nilai: string[];
}

/**
 * The lists the template offers: every JF of the catalog (as named in the rule book), jenjang, golongan,
 * predikat, Ya/Tidak and the kinds of initial Angka Kredit. tests/batch/templat.test.ts reads each value
 * back through the batch.
 */
export function daftarPilihan(aturan: Aturan): Pilihan[] {
  return [
    { kolom: ['jabatan_fungsional'], judul: 'Daftar jabatan fungsional', nilai: aturan.jabatanFungsional.map((j) => j.nama) },
    { kolom: ['jenjang', 'jenjang_periode'], judul: 'Daftar jenjang', nilai: aturan.jenjang.map((j) => j.nama) },
    { kolom: ['golongan'], judul: 'Daftar golongan ruang', nilai: aturan.golongan.map((g) => g.kode) },
    { kolom: ['predikat'], judul: 'Daftar predikat kinerja', nilai: aturan.predikat.map((p) => p.nama) },
    {
      kolom: ['bebas_hukuman_disiplin', 'formasi_tersedia', 'lulus_uji_kompetensi'],
      judul: 'Daftar Ya/Tidak',
      nilai: ['Ya', 'Tidak'],
    },
    {
      kolom: ['jenis_ak_awal'],
      judul: 'Daftar jenis angka kredit awal',
      nilai: ['Integrasi', 'AK Dasar', 'PAK terakhir', 'Penyesuaian', 'Konversi', 'Pendidikan', 'Lainnya'],
    },
  ];
}

const PESAN_DI_LUAR =
  'Nilai ini tidak ada dalam daftar. Sebutan lain yang lazim tetap dibaca (lihat lembar Petunjuk); bila tidak dikenal, baris ini dilaporkan sebagai kesalahan.';

/**
 * The dropdowns of the Isian sheet: each list from its column on the Daftar sheet (a range, which has no
 * length limit and shows the user where the values come from).
 */
function validasi(pilihan: Pilihan[]): Validasi[] {
  const v: Validasi[] = [];
  pilihan.forEach((p, j) => {
    const huruf = String.fromCharCode(65 + j);
    for (const id of p.kolom)
      v.push({
        kolom: KOLOM.findIndex((k) => k.id === id),
        sampaiBaris: BARIS_ISIAN,
        daftar: { rentang: `${NAMA_LEMBAR_DAFTAR}!$${huruf}$2:$${huruf}$${p.nilai.length + 1}` },
        pesan: PESAN_DI_LUAR,
      });
  });
  return v;
}

/** The Daftar sheet: one column per list, its title in the first row. */
function lembarDaftar(pilihan: Pilihan[]): Sheet {
  const tinggi = Math.max(...pilihan.map((p) => p.nilai.length));
  const baris = [pilihan.map((p) => p.judul)];
  for (let i = 0; i < tinggi; i++) baris.push(pilihan.map((p) => p.nilai[i] ?? ''));
  return { nama: NAMA_LEMBAR_DAFTAR, judul: true, lebar: pilihan.map((p) => Math.max(16, ...p.nilai.map((n) => n.length + 2))), baris };
}

/** The template; with the rule book, its lists as dropdowns and a Daftar sheet. */
export function templatXlsx(aturan?: Aturan): Buffer {
  const pilihan = aturan ? daftarPilihan(aturan) : [];
  return xlsxBuffer(
    [
      {
        nama: 'Isian',
        judul: true,
        lebar: KOLOM.map((k) => Math.max(12, k.judul.length + 2)),
        baris: [J],
        ...(pilihan.length > 0 && { validasi: validasi(pilihan) }),
      },
      {
        nama: 'Contoh',
        judul: true,
        lebar: KOLOM.map((k) => Math.max(12, k.judul.length + 2, (CONTOH[0]![k.id] ?? '').length + 2)),
        baris: [J, ...CONTOH.map(baris)],
      },
      {
        nama: 'Petunjuk',
        judul: true,
        lebar: [26, 10, 12, 90, 24],
        baris: [
          ['kolom', 'wajib', 'lingkup', 'isi', 'contoh'],
          ...KOLOM.map((k) => [
            k.judul,
            k.wajib ? 'wajib' : 'pilihan',
            k.lingkup === 'pegawai' ? 'pegawai' : 'periode',
            k.uraian,
            k.contoh,
          ]),
          [],
          [
            'Cara mengisi',
            '',
            '',
            'Satu baris untuk setiap periode penilaian. Baris-baris satu pegawai harus berurutan; kolom pegawai cukup diisi pada baris pertama pegawai itu (boleh diulang dengan nilai yang sama). Baris dengan NIP kosong dianggap lanjutan pegawai di atasnya.',
            '',
          ],
          [
            'Lembar yang dibaca',
            '',
            '',
            'Lembar terlihat pertama yang memuat baris judul kolom (lembar tersembunyi dilewati); di templat ini lembar "Isian". Baris judul boleh didahului judul laporan dan baris kosong (paling banyak 15 baris berisi).',
            '',
          ],
          [
            'Rumus',
            '',
            '',
            'Sel rumus dibaca dengan nilai yang tersimpan di berkas (Excel dan LibreOffice menyimpannya); rumus tanpa nilai tersimpan dilaporkan dengan alamat selnya.',
            '',
          ],
          [
            'Berkas',
            '',
            '',
            '.xlsx, .ods, atau CSV/teks (UTF-8, UTF-16 "Unicode Text", atau Windows-1252; pemisah koma, titik koma, atau tab).',
            '',
          ],
          [
            'Tanggal',
            '',
            '',
            'TTTT-BB-HH (2022-04-01), nama bulan (1 April 2022, 01 Agu 2022, 1-Apr-2022), atau HH/BB/TTTT. Untuk tanggal berangka seperti 4/1/2022, urutan hari dan bulan ditentukan dari seluruh isi kolom (angka di atas 12, dan TMT yang jatuh pada tanggal 1); bila tetap tidak pasti, berkas ditolak dengan pesan.',
            '',
          ],
          ...(pilihan.length > 0
            ? [
                [
                  'Daftar pilihan',
                  '',
                  '',
                  `Kolom berdaftar pilihan (menu tarik-turun) mengambil nilainya dari lembar "${NAMA_LEMBAR_DAFTAR}".`,
                  '',
                ],
              ]
            : []),
          ['Data pribadi', '', '', 'Berkas hanya diproses di memori dan tidak disimpan di server.', ''],
          [],
          [
            'Judul kolom lain',
            '',
            '',
            'Judul yang juga dikenali untuk setiap kolom; huruf besar, spasi, dan tanda baca tidak dibedakan.',
            '',
          ],
          ...ALIAS_JUDUL.map((a) => [a.id, '', '', a.judul.filter((j) => j !== a.id).join('; '), '']),
        ],
      },
      ...(pilihan.length > 0 ? [lembarDaftar(pilihan)] : []),
    ],
    { teksSaja: true },
  );
}

export function templatCsv(): string {
  return `\uFEFF${csvRow(J, ';')}${CONTOH.map((c) => csvRow(baris(c), ';')).join('')}`;
}
