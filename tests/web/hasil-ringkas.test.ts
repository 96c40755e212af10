// Issue #14, over HTTP: the result page's summary with projected dates, the calendar file, the saved
// file's name, typed figures on /validasi, the per-year predikat rows, and the messages of the form.
// Figures are worked out by hand from the rules: koefisien Ahli Pertama 12,5 a year; Baik 100%, Sangat
// Baik 150%; III/a → III/b at 50, KJ to Ahli Muda at 100; KP dates of PerBKN 4/2023 (1 Feb, Apr, Jun,
// Aug, Oct, Dec) and, from 2026, the first of every month (PerBKN 4/2025).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jalankanApp, type AppBerjalan } from '../helpers/app.ts';
import { potonganAman, namaBerkas } from '../../src/web/nama-berkas.ts';

let app: AppBerjalan;
beforeAll(async () => {
  app = await jalankanApp({ hariIni: () => '2025-01-15' });
});
afterAll(() => app.tutup());

const post = (path: string, body: URLSearchParams) => fetch(app.url + path, { method: 'POST', body });
const ungkap = (s: string) =>
  s.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const teksDari = (html: string) => ungkap(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

/** examples/ahli-pertama.json: AK Integrasi 12,5; 2023 Sangat Baik (18,75); 2024 Baik (12,5) → 43,75 on 15 Januari 2025. */
const contoh = readFileSync('examples/ahli-pertama.json', 'utf8');

async function hasilContoh(): Promise<string> {
  const form = await (await post('/isi', new URLSearchParams({ masukan: contoh }))).text();
  // Resubmit the refilled form as a browser would: every named input and selected option.
  const body = new URLSearchParams();
  for (const m of form.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    if (/type="(file|checkbox|radio)"/.test(tag) && !/checked/.test(tag)) continue;
    if (/type="file"/.test(tag)) continue;
    body.append(ungkap(m[1]!), ungkap(/value="([^"]*)"/.exec(tag)?.[1] ?? ''));
  }
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    if (m[1]!.includes('__i__')) continue;
    body.append(m[1]!, /<option value="([^"]*)"[^>]*selected/.exec(m[2]!)?.[1] ?? /<option value="([^"]*)"/.exec(m[2]!)?.[1] ?? '');
  }
  for (const k of [...body.keys()]) if (k.includes('__i__')) body.delete(k);
  const res = await post('/hitung', body);
  expect(res.status).toBe(200);
  return res.text();
}

describe('ringkasan hasil', () => {
  it('when Rina (43,75) cannot yet rise, then each verdict card shows its projected TMT and the Sangat Baik date', async () => {
    const html = await hasilContoh();
    expect(html).toMatch(/id="ak-kumulatif">43,750</);
    // KP III/b: 6,25 short; Baik adds 12,5/12 a month → 6 months (Jan–Jun 2025), reached 1 Juli 2025,
    // next KP date 1 Agustus 2025. Sangat Baik adds 1,5625 a month → 4 months, reached 1 Mei, KP 1 Juni 2025.
    const kp = teksDari(/id="putusan-kp"[\s\S]*?id="putusan-kj"/.exec(html)![0]);
    expect(kp).toContain('Kapan saya bisa naik? Perkiraan TMT 1 Agustus 2025 dengan predikat Baik setiap bulan.');
    expect(kp).toContain('Dengan predikat Sangat Baik: 1 Juni 2025 , 2 bulan lebih cepat.');
    // KJ Ahli Muda: 56,25 short → 54 months of Baik (to June 2029), TMT 1 Juli 2029 (monthly dates by then);
    // Sangat Baik: 36 months (to December 2027), TMT 1 Januari 2028, 18 months earlier.
    const kj = teksDari(/id="putusan-kj"[\s\S]*?<\/section>/.exec(html)![0]);
    expect(kj).toContain('Perkiraan TMT 1 Juli 2029 dengan predikat Baik');
    expect(kj).toContain('Dengan predikat Sangat Baik: 1 Januari 2028 , 18 bulan lebih cepat.');
  });

  it('when the same person is opened from the batch (POST /batch/hasil), then the page shows the same cards, projected dates, calendar button and documents as the form', async () => {
    const html = await hasilContoh();
    const res = await post('/batch/hasil', new URLSearchParams({ masukan: contoh }));
    expect(res.status).toBe(200);
    const batch = await res.text();
    const bagian = (h: string) => teksDari(/id="putusan-kp"[\s\S]*?<\/section>/.exec(h)![0]);
    // The dates worked out in the test above, on both pages.
    expect(bagian(batch)).toContain('Kapan saya bisa naik? Perkiraan TMT 1 Agustus 2025 dengan predikat Baik setiap bulan.');
    expect(bagian(batch)).toContain('Perkiraan TMT 1 Juli 2029 dengan predikat Baik');
    expect(bagian(batch)).toBe(bagian(html));
    expect(batch).toContain('Simpan tanggal ke kalender (.ics)');
    const tombolPdf = (h: string) => [...h.matchAll(/<button type="submit">PDF ([^<]+)<\/button>/g)].map((m) => m[1]);
    expect(tombolPdf(batch)).toEqual(tombolPdf(html));
    // The example types its AK Integrasi (no PAK Integrasi to compute): no Integrasi sheet on either page.
    expect(tombolPdf(batch)).toEqual([
      'Konversi (Lampiran II angka 10)',
      'Akumulasi (Lampiran II angka 11)',
      'Penetapan AK (Lampiran II angka 12)',
      'Lembar perhitungan',
      'Semua dokumen',
    ]);
  });

  it('when the result page is served, then its sections below the summary are closed <details> and it links to /validasi', async () => {
    const html = await hasilContoh();
    expect(html.indexOf('id="putusan-kj"')).toBeLessThan(html.indexOf('id="judul-akumulasi"'));
    expect(html).toMatch(/<details class="lipat" data-lipat>\s*<summary><h2 id="judul-akumulasi">/);
    expect(html).not.toMatch(/<details class="lipat" data-lipat open/);
    expect(html).toContain('href="/validasi" id="tautan-validasi"');
  });
});

describe('kalender .ics', () => {
  const masukan = JSON.parse(contoh) as Record<string, unknown>;

  it('when the projected dates are asked for, then an RFC 5545 calendar with one all-day event per step comes back', async () => {
    const res = await post('/kalender.ics', new URLSearchParams({ masukan: contoh }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toContain('perkiraan-tmt-rina-pertiwi-fiktif-199001012015032001-2025-01-15.ics');
    const ics = Buffer.from(await res.arrayBuffer()).toString('utf8');
    // Every line ends in CRLF, and none is longer than 75 octets (folded lines start with a space).
    expect(ics.endsWith('\r\n')).toBe(true);
    const baris = ics.slice(0, -2).split('\r\n');
    expect(baris.every((b) => !b.includes('\n') && Buffer.byteLength(b, 'utf8') <= 75)).toBe(true);
    const gabung = ics.replace(/\r\n /g, '');
    expect(gabung.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(gabung).toContain('END:VCALENDAR\r\n');
    // The first two steps, worked out above: III/b on 1 Agustus 2025, III/c with Ahli Muda on 1 Juli 2029.
    expect(gabung).toContain('DTSTART;VALUE=DATE:20250801\r\nDTEND;VALUE=DATE:20250802\r\n');
    expect(gabung).toContain('DTSTART;VALUE=DATE:20290701\r\nDTEND;VALUE=DATE:20290702\r\n');
    expect(gabung).toContain('SUMMARY:Perkiraan TMT kenaikan pangkat ke Penata Muda Tingkat I (III/b) (Rina Pertiwi (fiktif))');
    // Text values escape commas and semicolons.
    expect(gabung).toMatch(/DESCRIPTION:[^\r]*1 Juni 2025 dengan Sangat Baik\\, 2 bulan lebih cepat/);
    const events = gabung.match(/BEGIN:VEVENT/g)!.length;
    expect(events).toBe(gabung.match(/END:VEVENT/g)!.length);
    expect(new Set(gabung.match(/UID:[^\r]+/g)).size).toBe(events);
    expect(gabung).toMatch(/DTSTAMP:20250115T000000Z/);
  });

  it('when the hidden input is not JSON or not valid, then 400 in Indonesian, no calendar', async () => {
    const rusak = await post('/kalender.ics', new URLSearchParams({ masukan: '{bukan json' }));
    expect(rusak.status).toBe(400);
    expect(await rusak.text()).toContain('Masukan bukan JSON yang sah.');
    const salah = await post('/kalender.ics', new URLSearchParams({ masukan: JSON.stringify({ ...masukan, tmtPangkat: '' }) }));
    expect(salah.status).toBe(400);
    expect(await salah.text()).toContain('TMT pangkat wajib diisi.');
  });

  it('when there is no next step (a Pranata Humas Ahli Madya at IV/c: the JF has no Ahli Utama), then 400 saying so', async () => {
    const puncak = { ...masukan, jenjang: 'ahli_madya', golongan: 'IV/c', angkaKreditAwal: [], identitas: undefined };
    const res = await post('/kalender.ics', new URLSearchParams({ masukan: JSON.stringify(puncak) }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Tidak ada perkiraan TMT');
  });
});

describe('nama berkas', () => {
  it('when a name has accents and punctuation, then only ASCII letters, digits and hyphens remain', () => {
    expect(potonganAman('Dra. Ni Luh Ayu Ṣaraswatī, M.Si.')).toBe('dra-ni-luh-ayu-saraswati-m-si');
    expect(potonganAman('../../etc/passwd')).toBe('etc-passwd');
    expect(namaBerkas('masukan-angka-kredit', { nama: '"; rm -rf /', nip: '1990 0101 2015 03 2 001' }, '2025-01-15', 'json')).toBe(
      'masukan-angka-kredit-rm-rf-199001012015032001-2025-01-15.json',
    );
    expect(namaBerkas('masukan-angka-kredit', undefined, '2025-01-15', 'json')).toBe('masukan-angka-kredit-2025-01-15.json');
  });
});

/** The person of the example as the /validasi/ketik form sends it, with the figures written beside. */
function ketik(klaim: Record<string, string>, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    jabatanFungsional: 'pranata_humas',
    jenjang: 'ahli_pertama',
    golongan: 'III/a',
    tmtPangkat: '2022-04-01',
    tmtJenjang: '2022-04-01',
    tanggalPerhitungan: '2025-01-15',
    'angkaKreditAwal.0.jenis': 'ak_integrasi',
    'angkaKreditAwal.0.uraian': '',
    'angkaKreditAwal.0.angkaKredit': '12,5',
    'penilaian.0.mulai': '2023-01',
    'penilaian.0.selesai': '2023-12',
    'penilaian.0.predikat': 'sangat_baik',
    'penilaian.0.jenjang': '',
    'penilaian.1.mulai': '',
    'penilaian.1.selesai': '',
    'penilaian.1.predikat': '',
    'penilaian.1.jenjang': '',
    'penilaian.2.mulai': '2024-01',
    'penilaian.2.selesai': '2024-12',
    'penilaian.2.predikat': 'baik',
    'penilaian.2.jenjang': '',
    ...klaim,
    ...extra,
  });
}

describe('periksa angka yang diketik', () => {
  it('when /validasi is opened without a file, then it offers the typing form first', async () => {
    const html = await (await fetch(app.url + '/validasi')).text();
    expect(html.indexOf('id="formulir-ketik"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="formulir-ketik"')).toBeLessThan(html.indexOf('enctype="multipart/form-data"'));
    expect(html).toContain('name="klaim.penilaian.0"');
    expect(html).toContain('name="klaim.kumulatif"');
  });

  it('when a colleague wrote 18,75 and 12,6 and 43,75, then 2023 is Sesuai, 2024 Tidak sesuai (12,5 exactly), the total Sesuai', async () => {
    // A blank form row between the periods: the figure beside form row 2 is period 2 (konversi 2).
    const res = await post(
      '/validasi/ketik',
      ketik({ 'klaim.penilaian.0': '18,75', 'klaim.penilaian.2': '12,6', 'klaim.kumulatif': '43,75' }),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<p class="putusan-klaim ya" id="f-klaim-penilaian-0-putusan" data-klaim="konversi\.1">Sesuai<\/p>/);
    // "12,6" has one decimal, fewer than any display choice: it must equal the exact 12,5.
    expect(html).toMatch(
      /<td data-label="Angka kredit tertulis" class="tidak-sesuai">\s*<input[^>]*name="klaim\.penilaian\.2" value="12,6"[^>]*aria-invalid="true">\s*<p class="putusan-klaim tidak" id="f-klaim-penilaian-2-putusan" data-klaim="konversi\.2">Tidak sesuai, seharusnya 12,5<\/p>/,
    );
    expect(html).toMatch(/data-klaim="kumulatif">Sesuai</);
    expect(teksDari(html)).toContain('Hasil pemeriksaan: 2 sesuai, 1 tidak sesuai.');
  });

  it('when no figure is typed, then the computation is confirmed and the page asks for figures', async () => {
    const res = await post('/validasi/ketik', ketik({}));
    expect(res.status).toBe(200);
    expect(teksDari(await res.text())).toContain('angka kredit kumulatif 43,750 ), tetapi belum ada angka tertulis yang diperiksa');
  });

  it('when the person data is wrong or a figure is too long, then 400 with the message beside the field and the figures kept', async () => {
    const salah = await post('/validasi/ketik', ketik({ 'klaim.penilaian.0': '18,75' }, { tmtPangkat: '' }));
    expect(salah.status).toBe(400);
    const html = await salah.text();
    expect(html).toMatch(/id="f-tmtPangkat-galat">TMT pangkat wajib diisi\./);
    expect(html).toContain('name="klaim.penilaian.0" value="18,75"');
    const panjang = await post('/validasi/ketik', ketik({ 'klaim.kumulatif': '1'.repeat(30) }));
    expect(panjang.status).toBe(400);
    expect(await panjang.text()).toMatch(/id="f-klaim-kumulatif-galat">Angka tertulis paling banyak/);
  });
});

describe('formulir', () => {
  it('when a history row has no date, then its one message names the column once, and the TMT labels match their messages', async () => {
    const form = await (await fetch(app.url + '/')).text();
    expect(form).toContain('>TMT pangkat</label>');
    expect(form).toContain('>TMT jenjang</label>');
    // "Buka masukan yang tersimpan" comes after the calculator, not before it.
    expect(form.indexOf('id="formulir-hitung"')).toBeLessThan(form.indexOf('id="judul-buka"'));
    const res = await post(
      '/hitung',
      ketik({}, { 'riwayat.0.tanggal': '', 'riwayat.0.jenis': 'kenaikan_pangkat', 'riwayat.0.golongan': 'III/b' }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html.match(/class="pesan-galat"/g)).toHaveLength(1);
    expect(html).toContain('<li><a href="#f-riwayat-0-tanggal">Riwayat kenaikan baris 1</a>: Tanggal (TMT) wajib diisi.</li>');
  });

  it('when per-year predikat rows are filled, then they reach the input document and a bad year is named', async () => {
    const ok = await post(
      '/hitung',
      ketik(
        {},
        {
          'proyeksi.perTahun.0.tahun': '2026',
          'proyeksi.perTahun.0.predikat': 'sangat_baik',
          'proyeksi.perTahun.1.tahun': '',
          'proyeksi.perTahun.1.predikat': '',
        },
      ),
    );
    expect(ok.status).toBe(200);
    const masukan = JSON.parse(ungkap(/name="masukan" value="([^"]+)"/.exec(await ok.text())![1]!));
    expect(masukan.proyeksi).toEqual({ perTahun: [{ tahun: 2026, predikat: 'sangat_baik' }] });
    const salah = await post('/hitung', ketik({}, { 'proyeksi.perTahun.0.tahun': '26', 'proyeksi.perTahun.0.predikat': 'baik' }));
    expect(salah.status).toBe(400);
    expect(await salah.text()).toMatch(/id="f-proyeksi-perTahun-0-tahun-galat">Tahun harus berupa angka tahun, mis\. 2026\./);
  });

  it('when only November 2026 has no predikat yet, then the projection names that one month (not filled with the assumption), not a range of one month', async () => {
    // Periods up to October 2026, calculated on 15 December 2026: the unrated months are November only.
    const res = await post(
      '/hitung',
      ketik(
        {},
        {
          'penilaian.1.mulai': '2025-01',
          'penilaian.1.selesai': '2026-10',
          'penilaian.1.predikat': 'baik',
          tanggalPerhitungan: '2026-12-15',
          'penilaian.2.mulai': '',
          'penilaian.2.selesai': '',
          'penilaian.2.predikat': '',
        },
      ),
    );
    expect(res.status).toBe(200);
    const html = teksDari(await res.text());
    // Issue 12: the past month is not filled with the assumption; the projection starts at the calculation month.
    expect(html).toContain(
      'November 2026 (1 bulan) belum memiliki predikat tercatat: proyeksi tidak mengisinya dengan asumsi dan tidak menghitungnya; proyeksi dimulai pada bulan perhitungan.',
    );
    expect(html).not.toContain('November 2026 sampai November 2026');
  });
});
