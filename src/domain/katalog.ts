// The JF catalog as the engine asks it: which jenjang a JF has, and what its next jenjang is.
// Kenaikan jenjang runs inside one kategori (rules/kumulatif.yaml names the next jenjang); the JF must
// have that jenjang, and the top of keterampilan never leads to keahlian (rules/jabatan-fungsional.yaml).
import type { Aturan, JabatanFungsional, Jenjang } from './aturan.ts';
import type { Catatan } from './hasil.ts';
import { rujuk } from './rujukan.ts';

export function punyaJenjang(jf: JabatanFungsional, jenjangId: string): boolean {
  return jf.jenjang.includes(jenjangId);
}

export type JenjangBerikut =
  | { ada: true; jenjang: Jenjang }
  /** No next jenjang in the kategori: the top of keterampilan (Penyelia) or of keahlian (Ahli Utama). */
  | { ada: false; sebab: 'puncak-kategori' }
  /** The kategori goes on, but this JF stops here: `lewat` is the jenjang it lacks. */
  | { ada: false; sebab: 'tidak-ada-pada-jf'; lewat: Jenjang };

export function jenjangBerikut(aturan: Aturan, jf: JabatanFungsional, J: Jenjang): JenjangBerikut {
  const ke = aturan.kumulatif[J.id]?.kenaikanJenjang?.ke;
  const target = ke === undefined ? undefined : aturan.jenjang.find((j) => j.id === ke);
  if (!target || target.kategori !== J.kategori) return { ada: false, sebab: 'puncak-kategori' };
  return punyaJenjang(jf, target.id) ? { ada: true, jenjang: target } : { ada: false, sebab: 'tidak-ada-pada-jf', lewat: target };
}

/** The sentence that says a jenjang is the JF's last, with the keterampilan → keahlian case named. */
export function kalimatJenjangTertinggi(jf: JabatanFungsional, J: Jenjang, b: Exclude<JenjangBerikut, { ada: true }>): string {
  const pokok =
    b.sebab === 'puncak-kategori'
      ? `${J.nama} adalah jenjang tertinggi kategori ${J.kategori}; tidak ada kenaikan jenjang.`
      : `${J.nama} adalah jenjang tertinggi ${jf.nama}; tidak ada kenaikan jenjang (jenjang ${b.lewat.nama} tidak ada pada jabatan ini).`;
  return J.kategori === 'keterampilan'
    ? `${pokok} Pindah ke kategori keahlian (Ahli Pertama) bukan kenaikan jenjang, melainkan perpindahan jabatan dengan syarat pendidikan.`
    : pokok;
}

/** Names as people write them: case, spaces, dots, hyphens and slashes do not matter. */
export function normNamaJf(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s._\-/,()]+/g, ' ')
    .trim();
}

/**
 * What the result must say about the catalog: an unchecked generic JF, the keterampilan → keahlian
 * boundary, an office's own entry. First in the notes, since each changes how the verdict is read.
 */
export function catatanKatalog(aturan: Aturan, jf: JabatanFungsional, J: Jenjang, kenaikanJenjangAda: boolean): Catatan[] {
  const catatan: Catatan[] = [];
  if (jf.umum) {
    catatan.push({
      teks: `Batas jenjang jabatan ini tidak diperiksa: "${jf.nama}" membuka kedelapan jenjang, sehingga jenjang yang dipilih dan kenaikan jenjang yang ditawarkan belum tentu ada pada JF Anda. Periksa peraturan JF Anda, atau pilih JF-nya bila sudah ada di katalog.`,
      sumber: rujuk(aturan, jf.sumber),
    });
  }
  if (!kenaikanJenjangAda && J.kategori === 'keterampilan') {
    catatan.push({
      teks: `${J.nama} adalah jenjang tertinggi kategori keterampilan ${jf.nama}. Pindah ke kategori keahlian (Ahli Pertama) bukan kenaikan jenjang: ditempuh melalui perpindahan jabatan dengan syarat pendidikan, yang tidak dihitung di sini.`,
      sumber: rujuk(aturan, aturan.alihKategori.sumber),
    });
  }
  if (jf.asal === 'instansi') {
    catatan.push({
      teks: `Jenjang ${jf.nama} diambil dari katalog yang ditambahkan oleh instansi (KATALOG_JF), bukan dari buku aturan aplikasi.`,
      sumber: rujuk(aturan, jf.sumber),
    });
  }
  return catatan;
}

/** A JF by its id, or by its name or an alias as people write them ("Pranata Humas", "ANALIS KEPEGAWAIAN"). */
export function cariJf(aturan: Aturan, teks: string): JabatanFungsional | undefined {
  const n = normNamaJf(teks);
  return (
    aturan.jabatanFungsional.find((j) => j.id === teks) ??
    aturan.jabatanFungsional.find((j) => normNamaJf(j.id) === n || normNamaJf(j.nama) === n || j.alias.some((a) => normNamaJf(a) === n))
  );
}
