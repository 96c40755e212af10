// Shared by the PDF tests: inputs with invented people, text extraction, and a PDF editor that
// replaces the attached file the way a PDF tool would (an incremental update).
import { extractText, getDocumentProxy } from 'unpdf';
import { loadAturan } from '../../src/rules/loader.ts';
import { buatDokumen } from '../../src/pdf/buat.ts';
import { NAMA_LAMPIRAN } from '../../src/pdf/kode.ts';
import type { JenisDokumen } from '../../src/pdf/schema.ts';

export const aturan = loadAturan();

/** Ahli Pertama Pranata Humas; invented person, well-formed fictional NIP. */
export function masukanContoh(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    jabatanFungsional: 'pranata_humas',
    jenjang: 'ahli_pertama',
    golongan: 'III/a',
    tmtPangkat: '2022-04-01',
    tmtJenjang: '2022-04-01',
    angkaKreditAwal: [{ jenis: 'ak_integrasi', uraian: 'PAK Integrasi 2023', angkaKredit: '12,5' }],
    penilaian: [
      { mulai: '2023-01', selesai: '2023-12', predikat: 'Sangat Baik' },
      { mulai: '2024-01', selesai: '2024-02', predikat: 'Baik' },
    ],
    pernyataan: { lulusUjiKompetensi: false, formasiTersedia: false, bebasHukumanDisiplin: true },
    tanggalPerhitungan: '2025-01-15',
    identitas: {
      nama: 'Rina Pertiwi Contoh',
      nip: '199001012015032001',
      unitKerja: 'Bagian Hubungan Masyarakat',
      instansi: 'Pemerintah Kabupaten Contoh',
    },
    dokumen: {
      kop: ['PEMERINTAH KABUPATEN CONTOH', 'BADAN KEPEGAWAIAN DAERAH'],
      nomor: '800/17/BKD/2025',
      ditetapkanDi: 'Kota Contoh',
      tanggalPenetapan: '2025-02-01',
      pejabatNama: 'Budi Santoso Contoh',
      pejabatNip: '197501012000031002',
    },
    ...over,
  };
}

/** A long name, unit and kop, and 40 monthly periods (January 2023 – April 2026). */
export function masukanPanjang(kertas: 'A4' | 'F4'): Record<string, unknown> {
  const penilaian = Array.from({ length: 40 }, (_, i) => {
    const b = i; // months from 2023-01
    const ym = `${2023 + Math.floor(b / 12)}-${String((b % 12) + 1).padStart(2, '0')}`;
    return { mulai: ym, selesai: ym, predikat: i % 7 === 3 ? 'Sangat Baik' : 'Baik' };
  });
  return masukanContoh({
    jabatanFungsional: 'lainnya',
    penilaian,
    tanggalPerhitungan: '2026-05-20',
    identitas: {
      nama: 'Raden Ajeng Kusumawardhani Sekar Ayu Puspitaningrum Hadiningrat Wiryokusumo Contoh',
      nip: '199001012015032001',
      unitKerja:
        'Subbagian Perencanaan, Evaluasi, Pelaporan, dan Hubungan Masyarakat pada Sekretariat Dinas Komunikasi, Informatika, Statistik, dan Persandian',
      instansi: 'Pemerintah Provinsi Contoh Raya Bagian Timur Laut Kepulauan Seribu Satu Pulau',
    },
    dokumen: {
      kertas,
      kop: [
        'PEMERINTAH PROVINSI CONTOH RAYA BAGIAN TIMUR LAUT KEPULAUAN SERIBU SATU PULAU',
        'BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA DAERAH',
        'Jalan Pahlawan Kemerdekaan Nomor 1234, Kompleks Perkantoran Gubernur, Kota Contoh 12345, Telepon (021) 555-0101',
      ],
      nomor: '800.1.13.2/12345/BKPSDMD/SET/2026',
      ditetapkanDi: 'Kota Contoh',
      tanggalPenetapan: '2026-06-01',
      pejabatNama: 'Dr. Ir. Bambang Prasetyo Wicaksono Adiningrat, S.H., M.Sc., M.Kom. (Contoh)',
      pejabatNip: '197501012000031002',
      tembusan: [
        'Pimpinan Instansi Pengusul',
        'Pejabat Penilai Kinerja',
        'Kepala Badan Kepegawaian Negara u.p. Deputi Bidang Mutasi dan Status Kepegawaian',
        'Pegawai yang bersangkutan',
      ],
      nomorSeriKarpeg: 'A 123456',
      tempatLahir: 'Kota Contoh',
      tanggalLahir: '1990-01-01',
      jenisKelamin: 'Perempuan',
      pendidikan: 'S-1 Ilmu Komunikasi',
      masaKerjaGolongan: '3 tahun 1 bulan',
    },
  });
}

/**
 * A career across jenjang with a long name: PAK Integrasi, a KP and a KJ in the history, an education
 * bonus, and the projection — every optional part of every sheet (tests/cases/riwayat.yaml).
 */
export function masukanKarier(kertas: 'A4' | 'F4'): Record<string, unknown> {
  const panjang = masukanPanjang(kertas);
  return {
    ...panjang,
    jabatanFungsional: 'lainnya',
    jenjang: 'ahli_muda',
    golongan: 'III/c',
    tmtPangkat: '2025-07-01',
    tmtJenjang: '2025-07-01',
    tanggalPerhitungan: '2025-11-20',
    angkaKreditAwal: [],
    pakIntegrasi: {
      akKonvensional: '150',
      jenjang: 'ahli_pertama',
      golongan: 'III/a',
      keterangan: 'PAK Nomor 800.1.13.2/98765/BKPSDMD/2023 tanggal 15 Desember 2023 (contoh)',
    },
    peningkatanPendidikan: { tanggal: '2024-08-01', pendidikan: 'S-2 Ilmu Komunikasi', predikat: 'Baik' },
    riwayat: [
      { tanggal: '2024-04-01', jenis: 'kenaikan_pangkat', golongan: 'III/b' },
      { tanggal: '2025-07-01', jenis: 'kenaikan_jenjang', jenjang: 'ahli_muda', golongan: 'III/c' },
    ],
    penilaian: [
      { mulai: '2023-01', selesai: '2023-12', predikat: 'Sangat Baik' },
      { mulai: '2024-01', selesai: '2024-12', predikat: 'Sangat Baik' },
      { mulai: '2025-01', selesai: '2025-06', predikat: 'Sangat Baik' },
      { mulai: '2025-07', selesai: '2025-10', predikat: 'Baik' },
    ],
  };
}

export async function pdf(jenis: JenisDokumen, data: Record<string, unknown> = masukanContoh()) {
  return buatDokumen(aturan, data, jenis);
}

/** The text of every page, joined (pdf.js, as an auditor's PDF reader would see it). */
export async function teks(bytes: Uint8Array): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

export async function jumlahHalaman(bytes: Uint8Array): Promise<number> {
  return (await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 })).numPages;
}

/**
 * The attached file (by our name) and each page's text lines, as pdf.js reads them: an implementation
 * independent of the verifier's own reader, for our own PDFs only (verification never runs pdf.js).
 */
export async function bacaPdf(bytes: Uint8Array): Promise<{ lampiran?: string; halaman: string[][] }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true, verbosity: 0 });
  try {
    let lampiran: string | undefined;
    const daftar = (await pdf.getAttachments()) as Map<string, unknown> | Record<string, unknown> | null;
    const nama = daftar instanceof Map ? [...daftar.keys()] : Object.keys(daftar ?? {});
    if (nama.includes(NAMA_LAMPIRAN)) {
      const isi = await (pdf as unknown as { getAttachmentContent(id: string): Promise<Uint8Array | null> }).getAttachmentContent(
        NAMA_LAMPIRAN,
      );
      if (isi) lampiran = new TextDecoder('utf-8', { fatal: true }).decode(isi);
    }
    const halaman: string[][] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const tc = await (await pdf.getPage(i)).getTextContent();
      const lines: string[] = [];
      let cur = '';
      for (const item of tc.items) {
        if (!('str' in item)) continue;
        cur += item.str;
        if (item.hasEOL) {
          lines.push(cur);
          cur = '';
        }
      }
      lines.push(cur);
      halaman.push(lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean));
    }
    return { ...(lampiran !== undefined && { lampiran }), halaman };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/**
 * Replaces the attached file's content by appending a new version of its object and a new xref
 * section (an incremental update), as PDF editors do; the original bytes stay in place.
 */
export function gantiLampiran(asli: Buffer, isiBaru: Buffer): Buffer {
  const s = asli.toString('latin1');
  const obj = /(\d+) 0 obj\s*<<\s*\/Type \/EmbeddedFile/.exec(s);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(s);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(s);
  if (!obj || !startxref || !trailer) throw new Error('struktur PDF tidak dikenali');
  const t = trailer[1]!;
  const ambil = (re: RegExp) => re.exec(t)?.[1] ?? '';
  const kepala = `\n${obj[1]} 0 obj\n<<\n/Type /EmbeddedFile\n/Subtype /application#2Fjson\n/Length ${isiBaru.length}\n>>\nstream\n`;
  const objek = Buffer.concat([Buffer.from(kepala, 'latin1'), isiBaru, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
  const offsetObjek = asli.length + 1;
  const offsetXref = asli.length + objek.length;
  const xref =
    `xref\n0 1\n0000000000 65535 f \n${obj[1]} 1\n${String(offsetObjek).padStart(10, '0')} 00000 n \n` +
    `trailer\n<<\n/Size ${ambil(/\/Size (\d+)/)}\n/Root ${ambil(/\/Root (\d+ \d+ R)/)}\n/Info ${ambil(/\/Info (\d+ \d+ R)/)}\n/Prev ${startxref[1]}\n>>\nstartxref\n${offsetXref}\n%%EOF\n`;
  return Buffer.concat([asli, objek, Buffer.from(xref, 'latin1')]);
}
