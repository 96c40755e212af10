// The rule book as tables for the "Dasar hukum" page: every value with its source and status, and the
// project's decisions gathered in one list.
import type { Aturan, Sumber, Status } from '../domain/aturan.ts';
import type { Rujukan } from '../domain/hasil.ts';
import { formatDesimal, formatTanggal } from '../domain/format.ts';
import { rujuk } from '../domain/rujukan.ts';

export const LABEL_STATUS: Record<Status, { label: string; uraian: string }> = {
  text: { label: 'teks peraturan', uraian: 'terbaca dalam batang tubuh atau lampiran peraturan' },
  bkn: { label: 'bahan BKN', uraian: 'dari bahan sosialisasi resmi BKN atau situs pemerintah yang mengutip peraturan' },
  derived: { label: 'turunan', uraian: 'diturunkan secara aritmetis dari nilai berstatus teks peraturan atau bahan BKN' },
  decision: { label: 'keputusan implementasi', uraian: 'sumber diam atau berbeda; ini pilihan proyek dan selalu ditampilkan' },
};

export interface BagianAturan {
  id: string;
  judul: string;
  kolom: string[];
  baris: { sel: string[]; sumber: Rujukan }[];
}

const bulanNama = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

export function ruleBookPage(aturan: Aturan): { bagian: BagianAturan[]; keputusan: Rujukan[]; instrumen: Aturan['instrumen'] } {
  const r = (s: Sumber) => rujuk(aturan, s);
  const namaJenjang = (id: string) => aturan.jenjang.find((j) => j.id === id)?.nama ?? id;
  const namaPredikat = (id: string) => aturan.predikat.find((p) => p.id === id)?.nama ?? id;
  const pangkat = (kode: string) => `${aturan.golongan.find((g) => g.kode === kode)?.pangkat ?? ''} (${kode})`;
  const s = aturan.syarat;

  const bagian: BagianAturan[] = [
    {
      id: 'jenjang',
      judul: 'Jenjang jabatan dan koefisien angka kredit per tahun',
      kolom: ['Jenjang', 'Kategori', 'Golongan ruang', 'Koefisien per tahun'],
      baris: aturan.jenjang.map((j) => ({
        sel: [j.nama, j.kategori, j.golongan.join(', '), formatDesimal(j.koefisien.nilai)],
        sumber: r(j.koefisien.sumber),
      })),
    },
    {
      id: 'predikat',
      judul: 'Predikat kinerja dan persentase koefisien',
      kolom: ['Predikat', 'Persentase', 'Sebutan lain yang diterima'],
      baris: aturan.predikat.map((p) => ({
        sel: [p.nama, `${formatDesimal(p.persen.nilai)}%`, p.alias.map((a) => a.sebutan).join(', ') || '—'],
        sumber: r(p.persen.sumber),
      })),
    },
    {
      id: 'konversi',
      judul: 'Konversi predikat kinerja ke angka kredit',
      kolom: ['Ketentuan', 'Nilai'],
      baris: [
        { sel: ['Rumus konversi', aturan.konversi.rumus.uraian], sumber: r(aturan.konversi.rumus.sumber) },
        { sel: ['Contoh periodik', 'Ahli Pertama, Januari–Februari, Baik'], sumber: r(aturan.konversi.contohPeriodik.sumber) },
        { sel: ['Mulai berlaku untuk kinerja', aturan.konversi.mulaiBerlaku.bulan], sumber: r(aturan.konversi.mulaiBerlaku.sumber) },
        { sel: ['Satuan periode', 'bulan kalender utuh'], sumber: r(aturan.konversi.hitunganBulan.sumber) },
        {
          sel: ['Akumulasi dalam jenjang', 'kelebihan terbawa dalam jenjang; kembali 0 setelah kenaikan jenjang'],
          sumber: r(aturan.konversi.akumulasiJenjang.sumber),
        },
      ],
    },
    {
      id: 'kumulatif',
      judul: 'Angka kredit kumulatif minimal untuk kenaikan pangkat dan jenjang',
      kolom: ['Jenjang', 'Kenaikan', 'Angka kredit kumulatif'],
      baris: aturan.jenjang.flatMap((j) => {
        const k = aturan.kumulatif[j.id]!;
        return [
          ...k.kenaikanPangkat.map((a) => ({
            sel: [j.nama, `Pangkat ${pangkat(a.dari)} ke ${pangkat(a.ke)}`, formatDesimal(a.angkaKredit)],
            sumber: r(a.sumber),
          })),
          ...(k.kenaikanJenjang
            ? [
                {
                  sel: [j.nama, `Jenjang ke ${namaJenjang(k.kenaikanJenjang.ke)}`, formatDesimal(k.kenaikanJenjang.angkaKredit)],
                  sumber: r(k.kenaikanJenjang.sumber),
                },
              ]
            : []),
        ];
      }),
    },
    {
      id: 'ak-dasar',
      judul: 'Angka Kredit Dasar',
      kolom: ['Jenjang', 'Golongan ruang', 'AK Dasar'],
      baris: aturan.akDasar.map((a) => ({
        sel: [namaJenjang(a.jenjang), pangkat(a.golongan), formatDesimal(a.angkaKredit)],
        sumber: r(a.sumber),
      })),
    },
    {
      id: 'syarat',
      judul: 'Syarat kenaikan pangkat dan kenaikan jenjang',
      kolom: ['Kenaikan', 'Syarat', 'Nilai'],
      baris: [
        {
          sel: ['Pangkat', 'Masa dalam pangkat terakhir', `${s.kenaikanPangkat.masaPangkatBulan.nilai} bulan`],
          sumber: r(s.kenaikanPangkat.masaPangkatBulan.sumber),
        },
        {
          sel: [
            'Pangkat',
            'Predikat kinerja minimal',
            `${namaPredikat(s.kenaikanPangkat.predikat.minimal)} dalam ${s.kenaikanPangkat.predikat.jendelaBulan} bulan terakhir`,
          ],
          sumber: r(s.kenaikanPangkat.predikat.sumber),
        },
        {
          sel: ['Pangkat', 'Hukuman disiplin', 'tidak sedang menjalani (dinyatakan)'],
          sumber: r(s.kenaikanPangkat.hukumanDisiplin.sumber),
        },
        {
          sel: [
            'Pangkat',
            'Kenaikan pangkat tanpa kenaikan jenjang (formasi tidak tersedia)',
            `paling banyak ${s.kenaikanPangkat.tanpaFormasi.kali} kali`,
          ],
          sumber: r(s.kenaikanPangkat.tanpaFormasi.sumber),
        },
        {
          sel: ['Jenjang', 'Masa dalam jenjang terakhir', `${s.kenaikanJenjang.masaJenjangBulan.nilai} bulan`],
          sumber: r(s.kenaikanJenjang.masaJenjangBulan.sumber),
        },
        {
          sel: [
            'Jenjang',
            'Predikat kinerja minimal',
            `${namaPredikat(s.kenaikanJenjang.predikat.minimal)} dalam ${s.kenaikanJenjang.predikat.jendelaBulan} bulan terakhir`,
          ],
          sumber: r(s.kenaikanJenjang.predikat.sumber),
        },
        { sel: ['Jenjang', 'Kebutuhan (formasi)', 'tersedia (dinyatakan)'], sumber: r(s.kenaikanJenjang.formasi.sumber) },
        { sel: ['Jenjang', 'Uji kompetensi', 'lulus (dinyatakan)'], sumber: r(s.kenaikanJenjang.ujiKompetensi.sumber) },
        {
          sel: [
            'Jenjang',
            'Jenjang tertinggi kategori keterampilan',
            'tidak ada kenaikan jenjang ke kategori keahlian (perpindahan jabatan, bukan kenaikan jenjang)',
          ],
          sumber: r(aturan.alihKategori.sumber),
        },
        {
          sel: [
            'Jenjang',
            'Pengembangan profesi (catatan)',
            s.kenaikanJenjang.pengembanganProfesi.jenjangTujuan.map(namaJenjang).join(', '),
          ],
          sumber: r(s.kenaikanJenjang.pengembanganProfesi.sumber),
        },
      ],
    },
    {
      id: 'kalender',
      judul: 'Periode (TMT) kenaikan pangkat',
      kolom: ['Berlaku', 'Tanggal 1 bulan'],
      baris: aturan.kalenderKp.map((k) => ({
        sel: [
          `${formatTanggal(k.berlakuMulai)}${k.berlakuSampai ? ` – ${formatTanggal(k.berlakuSampai)}` : ' dan seterusnya'}`,
          k.bulan.map((b) => bulanNama[b - 1]).join(', '),
        ],
        sumber: r(k.sumber),
      })),
    },
    {
      id: 'pembulatan',
      judul: 'Pembulatan dan pemeriksaan angka',
      kolom: ['Ketentuan', 'Nilai'],
      baris: [
        {
          sel: [
            'Tampilan',
            `${aturan.pembulatan.desimal} desimal (pilihan: ${aturan.pembulatan.pilihanDesimal.join(' atau ')}), setengah ke atas`,
          ],
          sumber: r(aturan.pembulatan.sumber),
        },
        {
          sel: ['Pemeriksaan angka (validasi)', 'sama dengan nilai eksak yang dibulatkan ke jumlah desimal angka yang diperiksa'],
          sumber: r(aturan.pembulatan.validasi.sumber),
        },
      ],
    },
    {
      id: 'dekat',
      judul: 'Laporan batch: batas "dekat"',
      kolom: ['Ketentuan', 'Nilai'],
      baris: [
        {
          sel: ['Kenaikan pangkat dapat dipenuhi dengan predikat Baik dalam', `${aturan.dekat.bulan} bulan`],
          sumber: r(aturan.dekat.sumber),
        },
      ],
    },
    {
      id: 'kewajaran',
      judul: 'Peringatan atas masukan: batas kewajaran',
      kolom: ['Ketentuan', 'Nilai'],
      baris: [
        {
          sel: ['Satu angka kredit awal diperingatkan bila lebih dari', `${aturan.kewajaran.akAwalKaliAmbang} kali batas kenaikan jenjang`],
          sumber: r(aturan.kewajaran.sumber),
        },
      ],
    },
    {
      id: 'jabatan',
      judul: 'Katalog jabatan fungsional',
      kolom: ['Jabatan fungsional (id)', 'Sebutan lain', 'Kategori', 'Jenjang yang tersedia', 'Instansi pembina', 'Asal'],
      baris: aturan.jabatanFungsional.map((j) => ({
        sel: [
          `${j.nama} (${j.id})`,
          j.alias.join(', ') || '—',
          j.kategori,
          j.umum ? `${j.jenjang.map(namaJenjang).join(', ')} (tidak diperiksa)` : j.jenjang.map(namaJenjang).join(', '),
          j.instansiPembina ?? 'belum dicatat',
          `${j.asal === 'instansi' ? 'ditambahkan oleh instansi' : 'buku aturan'}${j.sekunder ? '; sumber sekunder' : ''}`,
        ],
        sumber: r(j.sumber),
      })),
    },
  ];

  const seen = new Set<string>();
  const keputusan = bagian
    .flatMap((b) => b.baris.map((x) => x.sumber))
    .filter((x) => x.status === 'decision' && !seen.has(x.kutipan + x.uraian) && seen.add(x.kutipan + x.uraian))
    .sort((a, b) => urutanKeputusan(a) - urutanKeputusan(b));
  return { bagian, keputusan, instrumen: aturan.instrumen };
}

/** "Keputusan 3" sorts as 3; other decisions after the numbered ones. */
function urutanKeputusan(r: Rujukan): number {
  const m = /Keputusan (\d+)/.exec(r.rujukan);
  return m ? Number(m[1]) : 1000;
}
