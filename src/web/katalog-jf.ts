// The JF catalog as clients see it (GET /api/v1/jabatan-fungsional): the id to send in `jabatanFungsional`,
// the name as written in SK and SIASN, aliases, kategori, jenjang, and where each entry comes from.
import type { Aturan } from '../domain/aturan.ts';
import type { Rujukan } from '../domain/hasil.ts';
import { rujuk } from '../domain/rujukan.ts';

export interface EntriKatalogJf {
  id: string;
  nama: string;
  alias: string[];
  kategori: string;
  jenjang: { id: string; nama: string }[];
  instansiPembina?: string;
  /** true for "lainnya": every jenjang open, the JF's limits not checked. */
  umum: boolean;
  sekunder: boolean;
  asal: 'buku-aturan' | 'instansi';
  sumber: Rujukan;
}

export function daftarJf(aturan: Aturan): EntriKatalogJf[] {
  return aturan.jabatanFungsional.map((jf) => ({
    id: jf.id,
    nama: jf.nama,
    alias: jf.alias,
    kategori: jf.kategori,
    jenjang: jf.jenjang.map((id) => ({ id, nama: aturan.jenjang.find((j) => j.id === id)!.nama })),
    ...(jf.instansiPembina && { instansiPembina: jf.instansiPembina }),
    umum: jf.umum,
    sekunder: jf.sekunder,
    asal: jf.asal,
    sumber: rujuk(aturan, jf.sumber),
  }));
}
