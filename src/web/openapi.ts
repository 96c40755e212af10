// OpenAPI 3.1 description of the JSON API, built from the same zod schemas that validate requests,
// so the document cannot drift from what the server accepts.
import { DEFAULT_WEB_LIMITS, formatSize } from './limits.ts';
import { z } from 'zod';
import { masukanSchema } from '../input/schema.ts';
import { klaimSchema } from './skema-api.ts';
import { dokumenSchema, JENIS_DOKUMEN } from '../pdf/schema.ts';
import { ANGKA_BULAT_MAKS, ANGKA_DESIMAL_MAKS, TAHUN_AKHIR, TAHUN_AWAL, TEKS_MAKS } from '../input/batas.ts';

function skema(s: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

const angka = {
  type: 'object',
  description: 'Angka kredit: nilai eksak, desimal 12 angka, dan tampilan (dibulatkan setengah ke atas, format Indonesia).',
  properties: {
    pasti: { type: 'string', examples: ['25/12', '12.5'] },
    desimal: { type: 'string', examples: ['2.083333333333'] },
    tampilan: { type: 'string', examples: ['2,083'] },
  },
  required: ['pasti', 'desimal', 'tampilan'],
};

const galat = {
  type: 'object',
  properties: {
    galat: { type: 'string', description: 'Pesan dalam bahasa Indonesia.' },
    masalah: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          field: { type: 'string', description: 'Jalur bertitik ke isian, mis. penilaian.2.predikat' },
          pesan: { type: 'string' },
        },
        required: ['field', 'pesan'],
      },
    },
  },
  required: ['galat'],
};

const contohMasukan = {
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
  tanggalPerhitungan: '2024-03-15',
};

const DAPAT =
  'true hanya bila status = "dapat". Bila status = "belum_dapat_dipastikan", dapat = false (dipertahankan untuk kompatibilitas); bacalah status.';

const batas = `Setiap angka paling banyak ${ANGKA_BULAT_MAKS} angka di depan koma dan ${ANGKA_DESIMAL_MAKS} angka di belakang koma (angka JSON yang tertulis dengan eksponen, mis. 1e21, ditolak); setiap tanggal dan bulan pada tahun ${TAHUN_AWAL}–${TAHUN_AKHIR}; nama, kode, dan predikat paling banyak ${TEKS_MAKS} karakter.`;

const galatRespons = (uraian: string) => ({
  description: uraian,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Galat' } } },
});

export function openApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Angka Kredit JF',
      version: '1',
      description:
        'Konversi predikat kinerja ke angka kredit Jabatan Fungsional (PermenPAN-RB 1/2023, PerBKN 3/2023), dengan syarat kenaikan pangkat/jenjang dan dasar hukum setiap langkah. Semua pesan dalam bahasa Indonesia. Tidak ada data yang disimpan.',
    },
    paths: {
      '/api/v1/hitung': {
        post: {
          summary: 'Hitung angka kredit dan kelayakan kenaikan pangkat/jenjang',
          description: `Badan permintaan sama dengan berkas masukan baris perintah (\`angka-kredit hitung berkas.json\`) dan berkas yang disimpan dari formulir web. ${batas} Tanggal perhitungan harus tercakup kalender kenaikan pangkat buku aturan (lihat /aturan).`,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Masukan' }, example: contohMasukan } },
          },
          responses: {
            200: {
              description: 'Hasil yang dijelaskan: konversi per periode, akumulasi, syarat, dan putusan.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Hasil' } } },
            },
            400: galatRespons('Masukan tidak sah; `masalah` menyebut setiap isian.'),
            413: galatRespons(`Badan permintaan lebih dari ${formatSize(DEFAULT_WEB_LIMITS.jsonApi)}.`),
            415: galatRespons('Badan permintaan bukan JSON.'),
          },
        },
      },
      '/api/v1/jabatan-fungsional': {
        get: {
          summary: 'Katalog jabatan fungsional: id, nama, kategori, dan jenjang yang dimiliki',
          description:
            'Nilai `id` dipakai pada isian `jabatanFungsional` masukan. Jenjang yang tidak dimiliki JF ditolak sebagai masukan dan tidak pernah ditawarkan sebagai kenaikan jenjang. `umum: true` menandai "Jabatan Fungsional lainnya" (batas jenjang tidak diperiksa); `asal: "instansi"` menandai entri dari katalog instansi (KATALOG_JF); `sekunder: true` berarti sumbernya bukan naskah peraturan JF itu sendiri.',
          responses: {
            200: {
              description: 'Katalog yang dipakai server ini, dengan versi buku aturannya.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { versiAturan: { type: 'string' }, jabatanFungsional: { type: 'array', items: { type: 'object' } } },
                    required: ['versiAturan', 'jabatanFungsional'],
                  },
                },
              },
            },
          },
        },
      },
      '/api/v1/validasi': {
        post: {
          summary: 'Periksa angka kredit yang tertulis pada dokumen Konversi/Akumulasi',
          description: `Angka benar bila sama dengan nilai eksak yang dibulatkan setengah ke atas ke jumlah desimal angka itu (2,08 dan 2,083 benar untuk 25/12; 2,09 salah). Angka dengan 0 atau 1 desimal harus eksak. \`klaim.konversi[i]\` adalah baris ke-(i+1) tabel konversi hasil (urut waktu); \`null\` untuk baris yang tidak diperiksa. Angka yang diperiksa, sebagaimana dibaca (1.050,000 = 4 angka di depan koma), paling banyak ${ANGKA_BULAT_MAKS} angka di depan koma dan ${ANGKA_DESIMAL_MAKS} di belakang koma.`,
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/PermintaanValidasi' },
                example: { masukan: contohMasukan, klaim: { konversi: ['18,75', '2,09'], kumulatif: '33,333' } },
              },
            },
          },
          responses: {
            200: {
              description: 'Setiap angka ditandai benar/salah dengan nilai yang seharusnya dan rumusnya.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { validasi: { $ref: '#/components/schemas/HasilValidasi' }, hasil: { $ref: '#/components/schemas/Hasil' } },
                    required: ['validasi', 'hasil'],
                  },
                },
              },
            },
            400: galatRespons('Masukan atau klaim tidak sah; jalur isian masukan diawali `masukan.`.'),
            413: galatRespons(`Badan permintaan lebih dari ${formatSize(DEFAULT_WEB_LIMITS.jsonApi)}.`),
            415: galatRespons('Badan permintaan bukan JSON.'),
          },
        },
      },
      '/api/v1/dokumen/{jenis}': {
        post: {
          summary: 'Buat dokumen PDF (Lampiran II angka 10, 11, 12; Lembar Perhitungan; Integrasi; atau semua)',
          description:
            'Badan permintaan: berkas masukan ditambah `dokumen` (kop, nomor, pejabat penilai, tembusan, kertas A4/F4, logo sebagai data URL). PDF melampirkan masukan dan mencetak kode verifikasi (header `X-Kode-Verifikasi`); verifikasi di /verifikasi. Lembar `integrasi` memerlukan `pakIntegrasi`.',
          parameters: [{ name: 'jenis', in: 'path', required: true, schema: { enum: [...JENIS_DOKUMEN] } }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  allOf: [{ $ref: '#/components/schemas/Masukan' }, { type: 'object', properties: { dokumen: skema(dokumenSchema) } }],
                },
                example: { ...contohMasukan, dokumen: { kertas: 'A4', nomor: '800/1/BKD/2024' } },
              },
            },
          },
          responses: {
            200: { description: 'Dokumen PDF.', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
            400: galatRespons(
              'Masukan atau data dokumen tidak sah; `masalah` menyebut setiap isian (data dokumen diawali `dokumen.`). Juga: `penetapan` dan `semua` ditolak bila putusannya belum dapat dipastikan; `masalah` menyebut setiap pernyataan yang belum diisi (`pernyataan.…`).',
            ),
            404: galatRespons('Jenis dokumen tidak ada.'),
            413: galatRespons(`Badan permintaan lebih dari ${formatSize(DEFAULT_WEB_LIMITS.jsonDokumen)}.`),
          },
        },
      },
    },
    components: {
      schemas: {
        Masukan: skema(masukanSchema),
        PermintaanValidasi: {
          type: 'object',
          properties: { masukan: { $ref: '#/components/schemas/Masukan' }, klaim: skema(klaimSchema) },
          required: ['masukan', 'klaim'],
        },
        Angka: angka,
        Hasil: {
          type: 'object',
          description: 'Hasil yang dijelaskan; struktur lengkap di src/domain/hasil.ts.',
          properties: {
            versiAturan: { type: 'string' },
            tanggalPerhitungan: { type: 'object' },
            pegawai: { type: 'object' },
            konversi: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  nomor: { type: 'integer' },
                  periode: { type: 'string' },
                  bulan: { type: 'integer' },
                  rumus: { type: 'string' },
                  angkaKredit: { $ref: '#/components/schemas/Angka' },
                  dihitung: { type: 'boolean' },
                },
              },
            },
            angkaKreditAwal: { type: 'array', items: { type: 'object' } },
            akumulasi: {
              type: 'object',
              properties: {
                awal: { $ref: '#/components/schemas/Angka' },
                konversiDalamJenjang: { $ref: '#/components/schemas/Angka' },
                kumulatif: { $ref: '#/components/schemas/Angka' },
              },
            },
            kenaikanPangkat: {
              type: 'object',
              properties: {
                dapat: { type: 'boolean', description: DAPAT },
                status: { $ref: '#/components/schemas/StatusPutusan' },
                belumDinyatakan: { type: 'array', items: { $ref: '#/components/schemas/PernyataanKurang' } },
                kalimat: { type: 'string' },
                syarat: { type: 'array', items: { $ref: '#/components/schemas/Syarat' } },
              },
            },
            kenaikanJenjang: {
              type: 'object',
              properties: {
                dapat: { type: 'boolean', description: DAPAT },
                status: { $ref: '#/components/schemas/StatusPutusan' },
                belumDinyatakan: { type: 'array', items: { $ref: '#/components/schemas/PernyataanKurang' } },
                kalimat: { type: 'string' },
                syarat: { type: 'array', items: { $ref: '#/components/schemas/Syarat' } },
              },
            },
            langkah: { type: 'array', items: { type: 'object' } },
            catatan: { type: 'array', items: { type: 'object' } },
            keputusan: { type: 'array', items: { $ref: '#/components/schemas/Rujukan' } },
            peringatan: {
              type: 'array',
              description: 'Kemungkinan kesalahan masukan (kosong bila tidak ada). Peringatan tidak mengubah angka atau putusan.',
              items: { $ref: '#/components/schemas/Peringatan' },
            },
          },
          required: ['peringatan'],
        },
        Peringatan: {
          type: 'object',
          properties: {
            kode: {
              enum: ['bulan_tanpa_predikat', 'angka_kredit_ganda', 'angka_kredit_tidak_wajar', 'periode_belum_selesai'],
              description: 'Jenis peringatan, tetap untuk program; teksnya dapat berubah.',
            },
            teks: {
              type: 'string',
              examples: ['Januari–Desember 2024 belum ada predikat (12 bulan): bulan itu tidak menambah angka kredit.'],
            },
            kolom: {
              type: 'array',
              items: { type: 'string' },
              description: 'Isian masukan yang bersangkutan, ditulis seperti pada pesan kesalahan.',
              examples: [['penilaian.2.selesai'], ['angkaKreditAwal.0', 'pakIntegrasi']],
            },
            saran: { type: 'string' },
          },
          required: ['kode', 'teks', 'kolom', 'saran'],
        },
        Syarat: {
          type: 'object',
          properties: {
            uraian: { type: 'string' },
            diperlukan: { type: 'string' },
            nyata: { type: 'string' },
            terpenuhi: { type: 'boolean', description: 'false juga bila pernyataannya belum diisi (lihat belumDinyatakan)' },
            belumDinyatakan: { type: 'boolean', description: 'true bila syarat ini menunggu pernyataan yang belum diisi' },
            cara: { enum: ['diperiksa', 'dinyatakan'] },
            sumber: { $ref: '#/components/schemas/Rujukan' },
          },
        },
        StatusPutusan: {
          enum: ['dapat', 'tidak_dapat', 'belum_dapat_dipastikan'],
          description:
            'dapat; tidak_dapat (syarat yang diperiksa tidak terpenuhi, atau pernyataan false); belum_dapat_dipastikan (semua syarat yang diperiksa terpenuhi, hanya pernyataan yang belum diisi).',
        },
        PernyataanKurang: {
          type: 'object',
          properties: { pernyataan: { type: 'string', description: 'nama isian pada masukan.pernyataan' }, uraian: { type: 'string' } },
        },
        Rujukan: {
          type: 'object',
          properties: {
            instrumen: { type: 'string' },
            rujukan: { type: 'string' },
            uraian: { type: 'string' },
            status: { enum: ['text', 'bkn', 'derived', 'decision'] },
            kutipan: { type: 'string' },
          },
        },
        HasilValidasi: {
          type: 'object',
          properties: {
            semuaBenar: { type: 'boolean' },
            jumlahBenar: { type: 'integer' },
            jumlahSalah: { type: 'integer' },
            aturan: { type: 'string' },
            sumber: { $ref: '#/components/schemas/Rujukan' },
            klaim: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string', examples: ['konversi.1', 'jumlahKonversi', 'kumulatif'] },
                  uraian: { type: 'string' },
                  tertulis: { type: 'string' },
                  benar: { type: 'boolean' },
                  seharusnya: { type: 'string' },
                  cara: { enum: ['pembulatan', 'eksak'] },
                  nilai: { $ref: '#/components/schemas/Angka' },
                  rumus: { type: 'string' },
                  pesan: { type: 'string' },
                },
              },
            },
          },
        },
        Galat: galat,
      },
    },
  };
}
