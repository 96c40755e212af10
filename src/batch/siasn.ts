// Export for re-entry into SIASN: one JSON per person, each konversi period (and an AK Integrasi) as a
// record shaped like SIASN's "riwayat angka kredit". The field names follow the SIASN web-service
// endpoint for saving an angka kredit history as public client SDKs use it; see docs/siasn.md for the
// mapping and which parts are assumptions. Values are strings, as in those SDKs.
import type { Aturan } from '../domain/aturan.ts';
import { hitung } from '../domain/hitung.ts';
import { pecahanDari } from '../domain/validasi.ts';
import { bacaMasukan } from '../input/parse.ts';

export const FORMAT_SIASN = 'angka-kredit-jf/siasn-riwayat-angka-kredit@1';

export interface RekamSiasn {
  pnsId: string;
  rwJabatanId: string;
  nomorSk: string;
  tanggalSk: string;
  bulanMulaiPenailan: string;
  tahunMulaiPenailan: string;
  bulanSelesaiPenailan: string;
  tahunSelesaiPenailan: string;
  kreditUtamaBaru: string;
  kreditPenunjangBaru: string;
  kreditBaruTotal: string;
  isAngkaKreditPertama: string;
  isIntegrasi: string;
  isKonversi: string;
  /** Not a SIASN field: where the figure comes from, for the operator. */
  _keterangan: { uraian: string; rumus?: string; nilaiEksak: string; dalamJenjangSaatIni: boolean };
}

export interface EksporSiasn {
  format: typeof FORMAT_SIASN;
  nip: string;
  nama?: string;
  versiAturan: string;
  catatan: string[];
  riwayatAngkaKredit: RekamSiasn[];
}

/** Exact value → SIASN's decimal string: dot, three places, half-up (PAK figures are shown with 3 decimals). */
function desimal3(pasti: string): string {
  return pecahanDari({ pasti, desimal: '', tampilan: '' }).bulatkan(3).toFixed(3);
}

const kosong = { pnsId: '', rwJabatanId: '', nomorSk: '', tanggalSk: '' };

export function eksporSiasn(aturan: Aturan, masukanJson: string): EksporSiasn {
  const { masukan, identitas } = bacaMasukan(JSON.parse(masukanJson));
  const hasil = hitung(aturan, masukan, { tanpaProyeksi: true });
  const rekam: RekamSiasn[] = [];
  for (const a of hasil.angkaKreditAwal) {
    if (a.jenis !== 'ak_integrasi') continue;
    const v = desimal3(a.angkaKredit.pasti);
    rekam.push({
      ...kosong,
      bulanMulaiPenailan: '',
      tahunMulaiPenailan: '',
      bulanSelesaiPenailan: '12',
      tahunSelesaiPenailan: '2022',
      kreditUtamaBaru: v,
      kreditPenunjangBaru: '0',
      kreditBaruTotal: v,
      isAngkaKreditPertama: '0',
      isIntegrasi: '1',
      isKonversi: '0',
      _keterangan: {
        uraian: `${a.label}${a.uraian ? `: ${a.uraian}` : ''}`,
        nilaiEksak: a.angkaKredit.pasti,
        dalamJenjangSaatIni: a.dihitung,
      },
    });
  }
  for (const k of hasil.konversi) {
    const v = desimal3(k.angkaKredit.pasti);
    rekam.push({
      ...kosong,
      bulanMulaiPenailan: k.mulai.slice(5, 7),
      tahunMulaiPenailan: k.mulai.slice(0, 4),
      bulanSelesaiPenailan: k.selesai.slice(5, 7),
      tahunSelesaiPenailan: k.selesai.slice(0, 4),
      kreditUtamaBaru: v,
      kreditPenunjangBaru: '0',
      kreditBaruTotal: v,
      isAngkaKreditPertama: '0',
      isIntegrasi: '0',
      isKonversi: '1',
      _keterangan: {
        uraian: `Konversi predikat ${k.predikat.nama}, ${k.periode}, jenjang ${k.jenjang.nama}`,
        rumus: k.rumus,
        nilaiEksak: k.angkaKredit.pasti,
        dalamJenjangSaatIni: k.dihitung,
      },
    });
  }
  return {
    format: FORMAT_SIASN,
    nip: identitas.nip ?? '',
    ...(identitas.nama && { nama: identitas.nama }),
    versiAturan: aturan.versi,
    catatan: [
      'Nama kolom mengikuti layanan web SIASN untuk riwayat angka kredit sebagaimana dipakai pustaka klien publik; periksa dengan dokumentasi resmi BKN sebelum mengirim.',
      'pnsId, rwJabatanId, nomorSk, dan tanggalSk tidak diketahui aplikasi ini dan harus diisi operator dari SIASN dan dokumen PAK.',
      'kreditUtamaBaru berisi angka kredit periode itu (bukan kumulatif), tiga desimal dengan titik; kreditPenunjangBaru 0 (tidak ada unsur penunjang dalam konversi predikat).',
      'Kolom berawalan garis bawah (_keterangan) bukan kolom SIASN; hapus sebelum mengirim bila perlu.',
    ],
    riwayatAngkaKredit: rekam,
  };
}
