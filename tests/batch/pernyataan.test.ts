// Issue 12 in the batch: an empty Ya/Tidak cell is "belum dinyatakan", never Tidak; a person whose
// checked conditions are all met and who only lacks a declaration is counted BELUM DAPAT DIPASTIKAN, and
// gets a note instead of a Penetapan. Figures worked out by hand: Ahli Pertama III/a since 1 April 2021,
// AK Integrasi 40 + 2023 Baik 12,5 = 52,5 ≥ 50 (III/b, kumulatif.yaml); 24 months in pangkat met on
// 1 April 2023; calculated 15 May 2024, the KP date is 1 June 2024 (PerBKN 4/2023) and its 24-month
// window June 2022 – May 2024 holds only Baik (Keputusan 6).
import { describe, expect, it } from 'vitest';
import { barisHasil, JUDUL_HASIL } from '../../src/batch/laporan.ts';
import { kalimatRingkasan } from '../../src/batch/ringkasan.ts';
import { writePdfZip } from '../../src/batch/zip.ts';
import { unzipSync, strFromU8 } from 'fflate';
import { aturan } from '../helpers/aturan.ts';
import { orang, proses } from './helpers.ts';

const JUDUL =
  'nip,nama,jabatan_fungsional,jenjang,golongan,tmt_pangkat,tmt_jenjang,jenis_ak_awal,ak_awal,bebas_hukuman_disiplin,formasi_tersedia,lulus_uji_kompetensi,periode_mulai,periode_selesai,predikat';
const baris = (nip: string, nama: string, disiplin: string) =>
  `${nip},${nama},Pranata Humas,Ahli Pertama,III/a,2021-04-01,2021-04-01,Integrasi,40,${disiplin},,,2023-01,2023-12,Baik`;
const CSV = [
  JUDUL,
  baris('199001012015031001', 'Ani Kosong (fiktif)', ''),
  baris('199102022016042002', 'Bayu Tidak (fiktif)', 'Tidak'),
  baris('199203032017051003', 'Citra Ya (fiktif)', 'Ya'),
].join('\n');

describe('pernyataan kosong pada batch', async () => {
  const h = await proses(Buffer.from(CSV, 'utf8'));

  it('sel kosong: BELUM DAPAT DIPASTIKAN, dengan pernyataan yang perlu diisi; bukan TIDAK DAPAT', () => {
    const o = orang(h, '199001012015031001');
    expect(o.galat).toEqual([]);
    expect(o.kategori).toBe('belum_pasti');
    expect(o.kp).toMatchObject({ dapat: false, status: 'belum_dapat_dipastikan', ke: 'III/b' });
    expect(o.belumDinyatakan).toEqual(['tidak sedang menjalani hukuman disiplin']);
    expect(o.dekat).toBeUndefined();
    const kolom = barisHasil(o);
    expect(kolom[JUDUL_HASIL.indexOf('kp_status')]).toBe('BELUM DAPAT DIPASTIKAN');
    expect(kolom[JUDUL_HASIL.indexOf('belum_dinyatakan')]).toBe('tidak sedang menjalani hukuman disiplin');
  });

  it('"Tidak": TIDAK DAPAT seperti sebelumnya; "Ya": DAPAT', () => {
    expect(orang(h, '199102022016042002')).toMatchObject({ kategori: 'belum', kp: { dapat: false, status: 'tidak_dapat' } });
    expect(orang(h, '199102022016042002').belumDinyatakan).toBeUndefined();
    expect(orang(h, '199203032017051003')).toMatchObject({ kategori: 'dapat_kp', kp: { dapat: true, status: 'dapat', tmt: '2024-06-01' } });
  });

  it('ringkasan menghitung keadaan ketiga', () => {
    expect(h.ringkasan).toMatchObject({ pegawai: 3, dapatKp: 1, belumPasti: 1, belum: 1 });
    expect(kalimatRingkasan(h.ringkasan)).toContain('1 DAPAT KP, 0 DAPAT KJ, 1 belum dapat dipastikan');
  });

  it('ZIP Penetapan: yang belum pasti mendapat catatan, bukan PDF', async () => {
    const potongan: Uint8Array[] = [];
    const manifest = await writePdfZip(h.orang, {
      aturan,
      jenis: 'penetapan',
      keluar: (d) => potongan.push(d),
    });
    const ani = manifest.find((m) => m.nip === '199001012015031001')!;
    expect(ani.berkas).toBe('');
    expect(ani.status).toBe(
      'tidak dibuat: Penetapan Angka Kredit tidak dibuat karena putusannya belum dapat dipastikan: "tidak sedang menjalani hukuman disiplin" belum dinyatakan. Nyatakan Ya atau Tidak, lalu buat dokumennya lagi.',
    );
    expect(manifest.find((m) => m.nip === '199203032017051003')!.status).toBe('dibuat');
    expect(manifest.find((m) => m.nip === '199102022016042002')!.status).toBe('dibuat');
    const zip = unzipSync(Buffer.concat(potongan));
    expect(Object.keys(zip).filter((n) => n.startsWith('pdf/'))).toHaveLength(2);
    expect(strFromU8(zip['manifest.csv']!)).toContain('belum dapat dipastikan');
  });
});
