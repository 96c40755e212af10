// PAK Integrasi: AK Integrasi = AK kumulatif konvensional (PAK terakhir, penilaian sampai
// 31 Desember 2022) − Nilai Dasar jenjang. A result outside the golongan's expected range, or
// negative, is a warning — never silently clamped.
import type { Aturan, Jenjang } from './aturan.ts';
import type { MasalahMasukan } from './galat.ts';
import type { HasilIntegrasi, Langkah } from './hasil.ts';
import type { PakIntegrasi } from './masukan.ts';
import { Pecahan } from './pecahan.ts';
import { parseAngkaKredit } from './angka.ts';
import { angka, rujuk } from './rujukan.ts';
import { formatAngkaKredit, formatTanggal } from './format.ts';
import { parseBulan, tanggalTerakhir } from './tanggal.ts';

export function hitungIntegrasi(
  aturan: Aturan,
  pak: PakIntegrasi,
  jf: { jenjang: string[]; nama: string },
  desimal: number,
  masalah: MasalahMasukan[],
): { hasil: HasilIntegrasi; nilai: Pecahan; jenjang: Jenjang; langkah: Langkah } | undefined {
  const J = aturan.jenjang.find((j) => j.id === pak.jenjang);
  const G = aturan.golongan.find((g) => g.kode === pak.golongan);
  const ak = parseAngkaKredit(pak.akKonvensional);
  const override = pak.nilaiDasar === undefined || pak.nilaiDasar === '' ? undefined : parseAngkaKredit(pak.nilaiDasar);
  if (!J || !jf.jenjang.includes(J.id))
    masalah.push({ field: 'pakIntegrasi.jenjang', pesan: `Jenjang PAK Integrasi "${pak.jenjang}" tidak ada pada ${jf.nama}.` });
  if (!G)
    masalah.push({
      field: 'pakIntegrasi.golongan',
      pesan: `Golongan ruang PAK Integrasi "${pak.golongan}" tidak dikenal; tulis seperti IV/b.`,
    });
  if (!ak)
    masalah.push({
      field: 'pakIntegrasi.akKonvensional',
      pesan: `AK kumulatif konvensional "${pak.akKonvensional}" bukan angka yang sah; tulis angka tidak negatif, mis. 550,63.`,
    });
  if (pak.nilaiDasar && !override)
    masalah.push({ field: 'pakIntegrasi.nilaiDasar', pesan: `Nilai dasar "${pak.nilaiDasar}" bukan angka yang sah.` });
  if (!J || !G || !ak || (pak.nilaiDasar && !override)) return undefined;

  const ig = aturan.pengangkatan.integrasi;
  const nd = ig.nilaiDasar.find((n) => n.jenjang === J.id)!;
  const nilaiDasar = override ?? Pecahan.dari(nd.nilai);
  const nilai = ak.kurang(nilaiDasar);
  const f = (p: Pecahan) => formatAngkaKredit(p, desimal);
  const sumber = [rujuk(aturan, ig.rumus.sumber), rujuk(aturan, override ? ig.jenjangTidakSesuai.sumber : nd.sumber)];
  const peringatan: string[] = [];
  const rentang = J.kategori === 'keahlian' ? ig.rentang.find((r) => r.golongan === G.kode) : undefined;
  let dalamRentang: boolean | undefined;
  if (nilai.isNegatif()) {
    peringatan.push(
      `Hasil integrasi negatif (${f(nilai)}). Periksa nilai dasar (${f(nilaiDasar)}) dan kesesuaian jenjang ${J.nama} dengan golongan ${G.kode}; angka tidak dipotong menjadi 0.`,
    );
  }
  if (rentang) {
    dalamRentang = nilai.gte(Pecahan.dari(rentang.min)) && Pecahan.dari(rentang.max).gte(nilai);
    if (!dalamRentang) {
      peringatan.push(
        `Hasil integrasi ${f(nilai)} di luar rentang yang wajar untuk golongan ${G.kode} (${f(Pecahan.dari(rentang.min))}–${f(Pecahan.dari(rentang.max))}). Periksa nilai dasar dan kesesuaian jenjang dengan golongan; bila jenjang lebih tinggi dari pangkat, nilai dasar dapat mengikuti pangkat (ganti nilai dasar).`,
      );
    }
    sumber.push(rujuk(aturan, rentang.sumber));
  }
  if (!J.golongan.includes(G.kode)) {
    peringatan.push(
      `Golongan ${G.kode} tidak berada dalam rentang jenjang ${J.nama} (${J.golongan.join(', ')}); nilai dasar jenjang dipakai${override ? ' — diganti pengguna' : ''}.`,
    );
    sumber.push(rujuk(aturan, ig.jenjangTidakSesuai.sumber));
  }
  const rumus = `${f(ak)} − ${f(nilaiDasar)} = ${f(nilai)}`;
  const hasil: HasilIntegrasi = {
    masaPenilaian: `sampai dengan ${formatTanggal(tanggalTerakhir(parseBulan(ig.bulanTerakhir.bulan)!))}`,
    jenjang: { id: J.id, nama: J.nama },
    golongan: { kode: G.kode, pangkat: G.pangkat },
    akKonvensional: angka(ak, desimal),
    nilaiDasar: angka(nilaiDasar, desimal),
    nilaiDasarDiganti: override !== undefined,
    hasil: angka(nilai, desimal),
    rumus,
    ...(rentang && {
      rentang: {
        min: angka(Pecahan.dari(rentang.min), desimal),
        max: angka(Pecahan.dari(rentang.max), desimal),
        sumber: rujuk(aturan, rentang.sumber),
      },
    }),
    ...(dalamRentang !== undefined && { dalamRentang }),
    peringatan,
    ...(pak.keterangan && { keterangan: pak.keterangan }),
    sumber,
  };
  const langkah: Langkah = {
    id: 'integrasi',
    uraian: `Penyesuaian angka kredit integrasi (${J.nama}, ${G.kode})${override ? '; nilai dasar diganti pengguna' : ''}`,
    rumus: `AK konvensional − nilai dasar = ${rumus}`,
    masukan: [
      { nama: 'AK kumulatif konvensional (PAK terakhir)', nilai: f(ak) },
      { nama: `Nilai dasar ${J.nama}${override ? ' (diganti pengguna)' : ''}`, nilai: f(nilaiDasar) },
    ],
    hasil: f(nilai),
    angka: angka(nilai, desimal),
    sumber,
  };
  return { hasil, nilai, jenjang: J, langkah };
}
