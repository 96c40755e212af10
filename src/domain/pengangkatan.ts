// Angka kredit at appointment into the current jenjang: pengangkatan pertama (konversi of the CPNS
// months), perpindahan and promosi (konversi in the last golongan plus AK Dasar), penyesuaian
// (an amount from the regulation's tables, typed with its source).
import type { Decimal } from 'decimal.js';
import type { Aturan, Golongan, Jenjang, Sumber } from './aturan.ts';
import type { MasalahMasukan } from './galat.ts';
import type { HasilPengangkatan, Langkah } from './hasil.ts';
import type { JenisAkAwal, Pengangkatan } from './masukan.ts';
import { Pecahan } from './pecahan.ts';
import { parseAngkaKredit } from './angka.ts';
import { cariPredikat, daftarPredikat } from './predikat.ts';
import { angka, rujuk } from './rujukan.ts';
import { formatAngkaKredit, formatNilai, formatRentangBulan, formatDurasi } from './format.ts';
import { parseBulan, type Bulan } from './tanggal.ts';

export interface ItemPengangkatan {
  jenis: JenisAkAwal;
  uraian: string;
  nilai: Pecahan;
}

function konversi(aturan: Aturan, bulan: number, persen: Decimal, J: Jenjang): { nilai: Pecahan; rumus: string } {
  const perTahun = aturan.konversi.rumus.bulanPerTahun;
  const nilai = Pecahan.rasio(bulan, perTahun * 100)
    .kali(Pecahan.dari(persen))
    .kali(Pecahan.dari(J.koefisien.nilai));
  const dasar = `${formatNilai(persen)}% × ${formatNilai(J.koefisien.nilai)}`;
  if (bulan === perTahun) return { nilai, rumus: dasar };
  if (bulan % perTahun === 0) return { nilai, rumus: `${dasar} × ${bulan / perTahun}` };
  return { nilai, rumus: `${bulan}/${perTahun} × ${dasar}` };
}

export function hitungPengangkatan(
  aturan: Aturan,
  p: Pengangkatan,
  J: Jenjang,
  G: Golongan,
  bulanPerhitungan: Bulan,
  desimal: number,
  masalah: MasalahMasukan[],
): { hasil: HasilPengangkatan; item: ItemPengangkatan[]; langkah: Langkah } | undefined {
  const r = aturan.pengangkatan;
  const f = (x: Pecahan) => formatAngkaKredit(x, desimal);
  const akDasarGolongan = () => {
    const d = aturan.akDasar.find((a) => a.jenjang === J.id && a.golongan === G.kode);
    return d ? { nilai: Pecahan.dari(d.angkaKredit), sumber: rujuk(aturan, d.sumber) } : undefined;
  };

  if (p.jenis === 'pertama') {
    const baris: { periode: string; rumus: string; angka: ReturnType<typeof angka> }[] = [];
    let jumlah = Pecahan.NOL;
    let ok = true;
    const sumberSebutan = new Set<Sumber>();
    p.penilaianCpns.forEach((x, i) => {
      const field = `pengangkatan.penilaianCpns.${i}`;
      const a = parseBulan(x.mulai);
      const b = parseBulan(x.selesai);
      const pr = cariPredikat(aturan, x.predikat);
      if (a === undefined || b === undefined || a > b || b > bulanPerhitungan) {
        masalah.push({
          field: `${field}.selesai`,
          pesan: `Periode CPNS ${i + 1}: bulan mulai dan selesai harus TTTT-BB, berurutan, dan tidak melewati tanggal perhitungan.`,
        });
        ok = false;
        return;
      }
      if (!pr) {
        masalah.push({
          field: `${field}.predikat`,
          pesan: `Periode CPNS ${i + 1}: predikat "${x.predikat}" tidak dikenal. Pilih salah satu: ${daftarPredikat(aturan)}.`,
        });
        ok = false;
        return;
      }
      if (pr.alias) sumberSebutan.add(pr.alias.sumber);
      const k = konversi(aturan, b - a + 1, pr.predikat.persen.nilai, J);
      jumlah = jumlah.tambah(k.nilai);
      baris.push({ periode: formatRentangBulan(a, b), rumus: `${k.rumus} = ${f(k.nilai)}`, angka: angka(k.nilai, desimal) });
    });
    if (p.penilaianCpns.length === 0) {
      masalah.push({ field: 'pengangkatan.penilaianCpns', pesan: 'Isi paling sedikit satu periode predikat kinerja masa CPNS.' });
      ok = false;
    }
    if (!ok) return undefined;
    const sumber = [
      rujuk(aturan, r.pengangkatanPertama.sumber),
      rujuk(aturan, J.koefisien.sumber),
      ...[...sumberSebutan].map((s) => rujuk(aturan, s)),
    ];
    return {
      hasil: {
        jenis: 'pertama',
        uraian: `Pengangkatan pertama dari CPNS ke jenjang ${J.nama}: konversi predikat masa CPNS dengan koefisien ${formatNilai(J.koefisien.nilai)}, tanpa AK Dasar`,
        konversi: { angka: angka(jumlah, desimal), rumus: baris.map((b) => b.angka.tampilan).join(' + '), baris },
        jumlah: angka(jumlah, desimal),
        catatan: [],
        sumber,
      },
      item: [{ jenis: 'ak_konversi', uraian: 'Konversi predikat masa CPNS (pengangkatan pertama)', nilai: jumlah }],
      langkah: {
        id: 'pengangkatan',
        uraian: `Angka kredit pengangkatan pertama (${J.nama})`,
        rumus: baris.map((b) => b.rumus).join('; '),
        masukan: baris.map((b) => ({ nama: b.periode, nilai: b.angka.tampilan })),
        hasil: f(jumlah),
        angka: angka(jumlah, desimal),
        sumber,
      },
    };
  }

  if (p.jenis === 'penyesuaian') {
    const v = parseAngkaKredit(p.angkaKredit);
    if (!v) {
      masalah.push({
        field: 'pengangkatan.angkaKredit',
        pesan: `Angka kredit penyesuaian "${p.angkaKredit}" bukan angka yang sah; tulis angka tidak negatif.`,
      });
      return undefined;
    }
    if (!p.sumber?.trim()) {
      masalah.push({
        field: 'pengangkatan.sumber',
        pesan: 'Sebutkan sumber angka kredit penyesuaian (mis. PerBKN 3/2023 Lampiran II angka 3, baris …).',
      });
      return undefined;
    }
    const sumber = [rujuk(aturan, r.penyesuaian.sumber)];
    return {
      hasil: {
        jenis: 'penyesuaian',
        uraian: `Penyesuaian/inpassing ke jenjang ${J.nama}: angka kredit dari tabel peraturan, dimasukkan pengguna`,
        penyesuaian: { angka: angka(v, desimal), sumberPengguna: p.sumber.trim() },
        jumlah: angka(v, desimal),
        catatan: [],
        sumber,
      },
      item: [{ jenis: 'ak_penyesuaian', uraian: `Penyesuaian/Penyetaraan (sumber: ${p.sumber.trim()})`, nilai: v }],
      langkah: {
        id: 'pengangkatan',
        uraian: 'Angka kredit penyesuaian/penyetaraan (dimasukkan pengguna)',
        rumus: `${f(v)} (${p.sumber.trim()})`,
        masukan: [{ nama: 'Sumber menurut pengguna', nilai: p.sumber.trim() }],
        hasil: f(v),
        angka: angka(v, desimal),
        sumber,
      },
    };
  }

  const pr = cariPredikat(aturan, p.predikat);
  if (!pr) {
    masalah.push({
      field: 'pengangkatan.predikat',
      pesan: `Predikat "${p.predikat}" tidak dikenal. Pilih salah satu: ${daftarPredikat(aturan)}.`,
    });
    return undefined;
  }
  if (!Number.isInteger(p.bulanDalamGolongan) || p.bulanDalamGolongan < 1 || p.bulanDalamGolongan > 600) {
    masalah.push({
      field: 'pengangkatan.bulanDalamGolongan',
      pesan: 'Masa dalam golongan terakhir harus bilangan bulat bulan antara 1 dan 600.',
    });
    return undefined;
  }
  const batas = r.perpindahan.batasBulanPangkatPuncak.nilai;
  const dipotong = p.jenis === 'perpindahan' && p.pangkatPuncak === true && p.bulanDalamGolongan > batas;
  const bulan = dipotong ? batas : p.bulanDalamGolongan;
  const k = konversi(aturan, bulan, pr.predikat.persen.nilai, J);
  const dasar = akDasarGolongan();
  const jumlah = k.nilai.tambah(dasar?.nilai ?? Pecahan.NOL);
  const catatan = [
    dipotong
      ? `Pangkat ${G.kode} adalah pangkat tertinggi jabatan administrasi dan dijalani ${formatDurasi(p.bulanDalamGolongan)}: hanya ${formatDurasi(batas)} terakhir yang dihitung.`
      : '',
    dasar ? '' : `Golongan ${G.kode} adalah golongan terendah jenjang ${J.nama}: AK Dasar 0.`,
  ].filter(Boolean);
  const sumber = [
    rujuk(aturan, p.jenis === 'perpindahan' ? r.perpindahan.rumus.sumber : r.promosi.sumber),
    rujuk(aturan, J.koefisien.sumber),
    rujuk(aturan, pr.predikat.persen.sumber),
  ];
  if (pr.alias) sumber.push(rujuk(aturan, pr.alias.sumber));
  if (dipotong) sumber.push(rujuk(aturan, r.perpindahan.batasBulanPangkatPuncak.sumber));
  if (dasar) sumber.push(dasar.sumber);
  const nama = p.jenis === 'perpindahan' ? 'Perpindahan dari jabatan administrasi/pimpinan tinggi' : 'Promosi';
  const rumusTotal = `${k.rumus} = ${f(k.nilai)}; ${f(k.nilai)} + AK Dasar ${f(dasar?.nilai ?? Pecahan.NOL)} = ${f(jumlah)}`;
  return {
    hasil: {
      jenis: p.jenis,
      uraian: `${nama} ke jenjang ${J.nama} golongan ${G.kode}: konversi predikat ${pr.predikat.nama} pada golongan terakhir selama ${formatDurasi(bulan)}, ditambah AK Dasar golongan`,
      konversi: { angka: angka(k.nilai, desimal), rumus: `${k.rumus} = ${f(k.nilai)}` },
      ...(dasar && { akDasar: { angka: angka(dasar.nilai, desimal), sumber: dasar.sumber } }),
      jumlah: angka(jumlah, desimal),
      catatan,
      sumber,
    },
    item: [
      ...(dasar ? [{ jenis: 'ak_dasar' as const, uraian: `AK Dasar golongan ${G.kode} (${nama.toLowerCase()})`, nilai: dasar.nilai }] : []),
      { jenis: 'ak_konversi', uraian: `Konversi predikat pada golongan terakhir (${nama.toLowerCase()})`, nilai: k.nilai },
    ],
    langkah: {
      id: 'pengangkatan',
      uraian: `Angka kredit ${nama.toLowerCase()} (${J.nama}, ${G.kode})`,
      rumus: rumusTotal,
      masukan: [
        { nama: 'Predikat pada golongan terakhir', nilai: `${pr.predikat.nama} (${formatNilai(pr.predikat.persen.nilai)}%)` },
        { nama: 'Masa yang dihitung', nilai: formatDurasi(bulan) },
        { nama: 'Koefisien per tahun', nilai: formatNilai(J.koefisien.nilai) },
        { nama: 'AK Dasar', nilai: f(dasar?.nilai ?? Pecahan.NOL) },
      ],
      hasil: f(jumlah),
      angka: angka(jumlah, desimal),
      sumber,
    },
  };
}
