// The template HR officers download: an empty sheet to fill (columns formatted as text so Excel keeps
// the 18 digits of a NIP and does not turn months into dates), an example sheet of invented people, and
// a sheet explaining each column. The same example is offered as a semicolon CSV.
import { barisCsv } from '../berkas/csv.ts';
import { ALIAS_JUDUL, KOLOM } from './kolom.ts';
import { xlsxBuffer } from '../berkas/xlsx-tulis.ts';

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

export function templatXlsx(): Buffer {
  return xlsxBuffer(
    [
      { nama: 'Isian', judul: true, lebar: KOLOM.map((k) => Math.max(12, k.judul.length + 2)), baris: [J] },
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
    ],
    { teksSaja: true },
  );
}

export function templatCsv(): string {
  return `\uFEFF${barisCsv(J, ';')}${CONTOH.map((c) => barisCsv(baris(c), ';')).join('')}`;
}
