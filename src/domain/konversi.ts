// Konversi predikat kinerja ke angka kredit, PerBKN 3/2023 Pasal 13 ayat (1):
// AK = (bulan / 12) × persentase predikat × koefisien jenjang, kept exact.
import type { Aturan, Jenjang, JabatanFungsional, Predikat, Sumber } from './aturan.ts';
import type { MasalahMasukan } from './galat.ts';
import type { Penilaian } from './masukan.ts';
import { Pecahan } from './pecahan.ts';
import { kernelAturan, konversiBulat, pecahanKernel } from './kernel.ts';
import { cariPredikat, daftarPredikat } from './predikat.ts';
import { formatBulan, formatRentangBulan, formatNilai } from './format.ts';
import { parseBulan, tahunBulan, type Bulan } from './tanggal.ts';

export interface PeriodeTerbaca {
  nomor: number;
  mulai: Bulan;
  selesai: Bulan;
  predikat: Predikat;
  jenjang: Jenjang;
  /** Months on or after the current TMT jenjang count toward the current jenjang. */
  dalamJenjang: boolean;
  /** The source of the rule book's other name the predikat was written as ("Cukup"), when it was. */
  sumberSebutan?: Sumber;
}

export interface KonteksPeriode {
  jabatanFungsional: JabatanFungsional;
  jenjang: Jenjang;
  bulanTmtJenjang: Bulan;
  bulanPerhitungan: Bulan;
  /** Months where a jenjang starts: a period may not cross one. */
  batas: Bulan[];
  /** The jenjang in a month before the TMT jenjang, when the recorded history tells it. */
  jenjangPada(b: Bulan): Jenjang | undefined;
}

/** Reads and checks every period; problems are collected, not thrown, so all are reported at once. */
export function bacaPenilaian(aturan: Aturan, daftar: Penilaian[], k: KonteksPeriode, masalah: MasalahMasukan[]): PeriodeTerbaca[] {
  const mulaiKonversi = parseBulan(aturan.konversi.mulaiBerlaku.bulan)!;
  const hasil: PeriodeTerbaca[] = [];
  daftar.forEach((p, i) => {
    const f = `penilaian.${i}`;
    const label = `Periode ${i + 1}`;
    const mulai = parseBulan(p.mulai);
    const selesai = parseBulan(p.selesai);
    if (mulai === undefined)
      masalah.push({ field: `${f}.mulai`, pesan: `${label}: bulan mulai "${p.mulai}" tidak sah; gunakan format TTTT-BB, mis. 2024-01.` });
    if (selesai === undefined)
      masalah.push({
        field: `${f}.selesai`,
        pesan: `${label}: bulan selesai "${p.selesai}" tidak sah; gunakan format TTTT-BB, mis. 2024-12.`,
      });
    const found = cariPredikat(aturan, p.predikat);
    if (!found)
      masalah.push({
        field: `${f}.predikat`,
        pesan: `${label}: predikat "${p.predikat}" tidak dikenal. Pilih salah satu: ${daftarPredikat(aturan)}.`,
      });
    if (mulai === undefined || selesai === undefined || !found) return;

    if (mulai > selesai) {
      masalah.push({
        field: `${f}.selesai`,
        pesan: `${label}: bulan mulai (${formatBulan(mulai)}) jatuh sesudah bulan selesai (${formatBulan(selesai)}).`,
      });
      return;
    }
    if (mulai < mulaiKonversi) {
      masalah.push({
        field: `${f}.mulai`,
        pesan: `${label}: konversi predikat kinerja hanya untuk kinerja mulai ${formatBulan(mulaiKonversi)}. Angka kredit sebelum itu (sistem konvensional) dimasukkan sebagai AK Integrasi dari PAK Integrasi.`,
      });
      return;
    }
    if (selesai > k.bulanPerhitungan) {
      masalah.push({
        field: `${f}.selesai`,
        pesan: `${label}: bulan selesai (${formatBulan(selesai)}) sesudah bulan tanggal perhitungan (${formatBulan(k.bulanPerhitungan)}); predikat untuk bulan yang belum dijalani belum ada.`,
      });
      return;
    }

    let jenjang: Jenjang | undefined;
    if (p.jenjang) {
      jenjang = aturan.jenjang.find((j) => j.id === p.jenjang);
      if (!jenjang || !k.jabatanFungsional.jenjang.includes(jenjang.id)) {
        masalah.push({ field: `${f}.jenjang`, pesan: `${label}: jenjang "${p.jenjang}" tidak ada pada ${k.jabatanFungsional.nama}.` });
        return;
      }
    }
    const tmt = k.bulanTmtJenjang;
    const lintas = k.batas.find((b) => mulai < b && selesai >= b);
    if (lintas !== undefined) {
      masalah.push({
        field: `${f}.selesai`,
        pesan: `${label} (${formatRentangBulan(mulai, selesai)}) melintasi TMT jenjang (${formatBulan(lintas)}). Pisahkan menjadi dua periode: sampai ${formatBulan(lintas - 1)} dan mulai ${formatBulan(lintas)}, masing-masing dengan koefisien jenjangnya.`,
      });
      return;
    }
    const dalamJenjang = mulai >= tmt;
    if (dalamJenjang) {
      if (jenjang && jenjang.id !== k.jenjang.id) {
        masalah.push({
          field: `${f}.jenjang`,
          pesan: `${label}: sejak TMT jenjang (${formatBulan(tmt)}) jenjang Anda ${k.jenjang.nama}, bukan ${jenjang.nama}.`,
        });
        return;
      }
      jenjang = k.jenjang;
    } else if (!jenjang && k.jenjangPada(mulai)) {
      jenjang = k.jenjangPada(mulai)!;
    } else if (jenjang && k.jenjangPada(mulai) && k.jenjangPada(mulai)!.id !== jenjang.id) {
      masalah.push({
        field: `${f}.jenjang`,
        pesan: `${label}: menurut riwayat, jenjang pada ${formatBulan(mulai)} adalah ${k.jenjangPada(mulai)!.nama}, bukan ${jenjang.nama}.`,
      });
      return;
    } else if (!jenjang) {
      masalah.push({
        field: `${f}.jenjang`,
        pesan: `${label} (${formatRentangBulan(mulai, selesai)}) sebelum TMT jenjang saat ini (${formatBulan(tmt)}): sebutkan jenjang yang diduduki pada bulan-bulan itu, atau catat kenaikan jenjangnya dalam riwayat.`,
      });
      return;
    }
    const periode: PeriodeTerbaca = { nomor: i + 1, mulai, selesai, predikat: found.predikat, jenjang, dalamJenjang };
    if (found.alias) periode.sumberSebutan = found.alias.sumber;
    hasil.push(periode);
  });

  // Periods of one person must not overlap: name both.
  const urut = [...hasil].sort((a, b) => a.mulai - b.mulai);
  for (let i = 1; i < urut.length; i++) {
    const a = urut[i - 1]!;
    const b = urut[i]!;
    if (b.mulai <= a.selesai) {
      masalah.push({
        field: `penilaian.${b.nomor - 1}.mulai`,
        pesan: `Periode ${b.nomor} (${formatRentangBulan(b.mulai, b.selesai)}) tumpang tindih dengan periode ${a.nomor} (${formatRentangBulan(a.mulai, a.selesai)}). Setiap bulan hanya boleh dinilai sekali.`,
      });
    }
  }
  return urut;
}

export interface NilaiKonversi {
  bulan: number;
  angkaKredit: Pecahan;
  rumus: string;
  /** The same value as an integer over the kernel's denominator (kernel.ts), when the rule book has one. */
  bilangan?: number;
}

/** The exact AK of one period and its formula as BKN writes it: "2/12 × 100% × 12,5". */
export function hitungKonversi(aturan: Aturan, p: PeriodeTerbaca): NilaiKonversi {
  const perTahun = aturan.konversi.rumus.bulanPerTahun;
  const bulan = p.selesai - p.mulai + 1;
  const persen = p.predikat.persen.nilai;
  const koefisien = p.jenjang.koefisien.nilai;
  // bulan/12 × persen/100 × koefisien, exact: from the fixed-denominator kernel when the rule book has
  // one (the same value, shared), else as fractions.
  const ker = kernelAturan(aturan);
  const bilangan = ker && konversiBulat(ker, p.predikat, p.jenjang, bulan);
  const angkaKredit =
    // Stryker disable next-line ConditionalExpression: the kernel's integer is a fast path; the fractions below give the same value (tests/domain/kernel.test.ts)
    bilangan !== undefined
      ? pecahanKernel(ker!, bilangan)
      : Pecahan.rasio(bulan, perTahun * 100)
          .kali(Pecahan.dari(persen))
          .kali(Pecahan.dari(koefisien));
  const rumusPersen = `${formatNilai(persen)}% × ${formatNilai(koefisien)}`;
  const rumus = bulan === perTahun ? rumusPersen : `${bulan}/${perTahun} × ${rumusPersen}`;
  return bilangan !== undefined ? { bulan, angkaKredit, rumus, bilangan } : { bulan, angkaKredit, rumus };
}

export function tahunPeriode(p: PeriodeTerbaca): string {
  const a = tahunBulan(p.mulai).tahun;
  const b = tahunBulan(p.selesai).tahun;
  return a === b ? String(a) : `${a}–${b}`;
}
