// Each condition says what it is about (jenis) and carries its required and actual values as data,
// beside the sentences; consumers read these, never the id. Worked out by hand from rules/.
import { describe, expect, it } from 'vitest';
import { hitung } from '../../src/domain/hitung.ts';
import { syaratBelumTerpenuhi } from '../../src/domain/kelayakan.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

describe('syarat bertipe', () => {
  // Ahli Pertama III/a, TMT pangkat 1 Juni 2023. Baik Januari 2023–Juni 2024: 18/12 × 100% × 12,5 = 18,75;
  // Kurang Juli–Desember 2024: 6/12 × 50% × 12,5 = 3,125; kumulatif 21,875 of the 50 for III/b.
  // Calculated on 15 Januari 2025: the KP date is 1 Februari 2025 (PerBKN 4/2023: even months), 20 months
  // in pangkat of the 24 required (met on 1 Juni 2025); the 24-month window before that KP date (Keputusan 6)
  // is Februari 2023–Januari 2025, of which Januari 2025 cannot be assessed yet on 15 Januari 2025.
  const hasil = hitung(
    aturan,
    dasar({
      golongan: 'III/a',
      tmtPangkat: '2023-06-01',
      tanggalPerhitungan: '2025-01-15',
      penilaian: [
        { mulai: '2023-01', selesai: '2024-06', predikat: 'Baik' },
        { mulai: '2024-07', selesai: '2024-12', predikat: 'Kurang' },
      ],
    }),
    { tanpaProyeksi: true },
  );
  const kp = hasil.kenaikanPangkat;
  const jenis = (j: string) => kp.syarat.find((s) => s.jenis === j)!;

  it('angka kredit: diperlukan 50, nyata 21,875, dalam nilai eksak', () => {
    const s = jenis('angka_kredit');
    expect(s.jenis === 'angka_kredit' && [s.nilai.diperlukan.pasti, s.nilai.nyata.pasti, s.nilai.nyata.tampilan]).toEqual([
      '50',
      '21.875',
      '21,875',
    ]);
    expect(s.terpenuhi).toBe(false);
    expect(kp.alasan).toContain('kurang 28,125 angka kredit');
  });

  it('masa dalam pangkat: 24 bulan sejak 1 Juni 2023, baru 20 bulan pada tanggal KP 1 Februari 2025', () => {
    const s = jenis('masa');
    expect(s.jenis === 'masa' && s.nilai).toEqual({ bulanMinimal: 24, sejak: '2023-06-01', diukurPada: '2025-02-01', bulan: 20 });
    expect(s.tanggalTerpenuhi).toBe('2025-06-01');
  });

  it('predikat: jendela Februari 2023–Januari 2025, periode 2 (Kurang) di bawah Baik, Januari 2025 belum dinilai', () => {
    const s = jenis('predikat');
    expect(s.jenis === 'predikat' && s.nilai).toEqual({
      minimal: { id: 'baik', nama: 'Baik' },
      jendela: { mulai: '2023-02', selesai: '2025-01' },
      bulanDinilai: 23,
      bulanBelumDinilai: 1,
      periodeKurang: [2],
    });
    expect(s.terpenuhi).toBe(false);
  });

  it('dinyatakan: menyebut pernyataan yang menjadi dasarnya', () => {
    const s = jenis('dinyatakan');
    expect(s.jenis === 'dinyatakan' && s.nilai).toEqual({ pernyataan: 'bebasHukumanDisiplin', dinyatakan: true });
    expect(s.cara).toBe('dinyatakan');
  });

  it('KP sekaligus KJ: syarat kenaikan jenjang diganti syarat KJ yang belum terpenuhi', () => {
    // Ahli Pertama III/b: III/c lies in Ahli Muda, so the KP needs the KJ; formasi declared unavailable.
    const h = hitung(
      aturan,
      dasar({ golongan: 'III/b', pernyataan: { lulusUjiKompetensi: true, formasiTersedia: false, bebasHukumanDisiplin: true } }),
      { tanpaProyeksi: true },
    );
    const kj = h.kenaikanPangkat.syarat.find((s) => s.jenis === 'kenaikan_jenjang')!;
    expect(kj.jenis === 'kenaikan_jenjang' && kj.nilai).toEqual({
      ke: { id: 'ahli_muda', nama: 'Ahli Muda' },
      dapat: false,
      status: 'tidak_dapat',
    });
    const belum = syaratBelumTerpenuhi(h.kenaikanPangkat.syarat, h.kenaikanJenjang);
    expect(belum.some((s) => s.jenis === 'kenaikan_jenjang')).toBe(false);
    const formasi = belum.find((s) => s.id === 'kj-formasi')!;
    expect(formasi.jenis === 'dinyatakan' && formasi.nilai).toEqual({ pernyataan: 'formasiTersedia', dinyatakan: false });
    const sekali = h.kenaikanPangkat.alternatifTanpaFormasi!.syarat.at(-1)!;
    // Not declared in this input: null ("belum dinyatakan"), no longer read as false.
    expect(sekali.jenis === 'dinyatakan' && sekali.nilai).toEqual({
      pernyataan: 'kenaikanPangkatTanpaFormasiSudahDigunakan',
      dinyatakan: null,
    });
    expect(sekali.belumDinyatakan).toBe(true);
    expect(sekali.terpenuhi).toBe(false);
  });
});
