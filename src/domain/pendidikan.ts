// Peningkatan pendidikan: once, with predikat at least Baik, 25% of the jenjang's KP step
// (the first cumulative KP threshold of the jenjang — a project decision, stated on the result).
import type { Aturan, Jenjang } from './aturan.ts';
import type { MasalahMasukan } from './galat.ts';
import type { HasilPendidikan, Langkah } from './hasil.ts';
import type { PeningkatanPendidikan } from './masukan.ts';
import { Pecahan } from './pecahan.ts';
import { cariPredikat, daftarPredikat } from './predikat.ts';
import { angka, rujuk } from './rujukan.ts';
import { formatAngkaKredit, formatNilai, formatTanggal } from './format.ts';
import { isTanggal } from './tanggal.ts';

export function hitungPendidikan(
  aturan: Aturan,
  p: PeningkatanPendidikan,
  J: Jenjang,
  tanggalPerhitungan: string,
  desimal: number,
  masalah: MasalahMasukan[],
): { hasil: HasilPendidikan; nilai: Pecahan; langkah: Langkah } | undefined {
  const pr = cariPredikat(aturan, p.predikat);
  if (!isTanggal(p.tanggal) || p.tanggal > tanggalPerhitungan) {
    masalah.push({
      field: 'peningkatanPendidikan.tanggal',
      pesan: 'Tanggal ijazah harus tanggal yang sah (TTTT-BB-HH) dan tidak sesudah tanggal perhitungan.',
    });
  }
  if (!pr)
    masalah.push({
      field: 'peningkatanPendidikan.predikat',
      pesan: `Predikat "${p.predikat}" tidak dikenal. Pilih salah satu: ${daftarPredikat(aturan)}.`,
    });
  if (!pr || !isTanggal(p.tanggal) || p.tanggal > tanggalPerhitungan) return undefined;

  const r = aturan.pengangkatan.pendidikan;
  const langkahKp = aturan.kumulatif[J.id]!.kenaikanPangkat[0]!;
  const dasar = Pecahan.dari(langkahKp.angkaKredit);
  const nilai = dasar.kali(Pecahan.dari(r.persen.nilai)).kali(Pecahan.rasio(1, 100));
  const minimal = aturan.predikat.find((x) => x.id === r.predikatMinimal.minimal)!;
  const alasan: string[] = [];
  if (p.sudahPernahDiberikan)
    alasan.push(`tambahan angka kredit peningkatan pendidikan sudah pernah diberikan (paling banyak ${r.kali.nilai} kali)`);
  if (pr.predikat.persen.nilai.lessThan(minimal.persen.nilai))
    alasan.push(`predikat kinerja ${pr.predikat.nama}, sedangkan syaratnya paling rendah ${minimal.nama}`);
  const diberikan = alasan.length === 0;
  const f = (x: Pecahan) => formatAngkaKredit(x, desimal);
  const rumus = `${formatNilai(r.persen.nilai)}% × ${f(dasar)} = ${f(nilai)}`;
  const sumber = [rujuk(aturan, r.persen.sumber), rujuk(aturan, r.dasar.sumber), rujuk(aturan, langkahKp.sumber)];
  if (pr.alias) sumber.push(rujuk(aturan, pr.alias.sumber));
  const berian = diberikan ? nilai : Pecahan.NOL;
  return {
    nilai: berian,
    hasil: {
      diberikan,
      dasar: angka(dasar, desimal),
      persen: `${formatNilai(r.persen.nilai)}%`,
      angka: angka(berian, desimal),
      rumus,
      alasan,
      tanggal: { tanggal: p.tanggal, tampilan: formatTanggal(p.tanggal) },
      sumber,
    },
    langkah: {
      id: 'pendidikan',
      uraian: `Tambahan angka kredit peningkatan pendidikan${p.pendidikan ? ` (${p.pendidikan})` : ''} pada jenjang ${J.nama}${diberikan ? '' : ': tidak diberikan'}`,
      rumus: diberikan ? rumus : `tidak diberikan: ${alasan.join('; ')}`,
      masukan: [
        { nama: `Langkah kenaikan pangkat ${J.nama}`, nilai: f(dasar) },
        { nama: 'Persentase', nilai: `${formatNilai(r.persen.nilai)}%` },
        { nama: 'Predikat kinerja', nilai: pr.predikat.nama },
      ],
      hasil: f(berian),
      angka: angka(berian, desimal),
      sumber,
    },
  };
}
