// Which sheet of a workbook the batch reads: the first visible sheet whose header (found among its first
// non-empty rows, kolom.ts PencariJudul) names the template's required columns. A "Petunjuk" sheet, a
// cover sheet or an empty sheet before it is passed over after its first rows; hidden sheets (dropdown
// lists, lookups) are never looked at (the readers leave them out). When the sheet read holds only its
// header, the sheets after it are looked at, so that data typed on the template's "Contoh" sheet, for
// instance, is named in the message instead of being silently ignored.
import { FileError, type BarisMentah } from '../berkas/errors.ts';
import type { BagianLembar } from '../berkas/xlsx.ts';
import { PencariJudul } from './kolom.ts';
import { CONTOH } from './template.ts';

/** Sheets named in a refusal; more are counted. */
const MAKS_DISEBUT = 5;

export interface LembarTerpilih {
  nama: string;
  /** The sheet's rows, from its first. */
  baris: AsyncGenerator<BarisMentah[]>;
  /**
   * After the sheet was read and held no data: the first later sheet with a header and data, and whether
   * its data is the template's own example. Undefined when there is none.
   */
  lembarLain: () => Promise<{ nama: string; contohTemplat: boolean } | undefined>;
  /** Ends the reading (the workbook's inflaters), read or not. */
  tutup: () => Promise<void>;
}

/** A sheet's name as a message writes it. */
export const namaLembar = (nama: string) => `"${nama.length > 60 ? `${nama.slice(0, 60)}…` : nama}"`;

type Sumber = AsyncGenerator<BagianLembar, void, boolean | undefined>;

/**
 * The sheet to read. Throws FileError when no sheet has the header, naming each sheet looked at and
 * what its best row lacked, or the header's own problem (a column named twice) on the first sheet whose
 * header names every required column.
 */
export async function pilihLembar(sumber: Sumber): Promise<LembarTerpilih> {
  const gagal: { nama: string; pesan: string }[] = [];
  let r = await sumber.next();
  const tutup = async () => {
    await sumber.return(undefined);
  };
  try {
    while (!r.done) {
      const nama = r.value.lembar;
      const pencari = new PencariJudul();
      const simpan: BarisMentah[][] = [];
      let selesai = false;
      let putusan: ReturnType<PencariJudul['tambah']>;
      for (;;) {
        const b: BagianLembar = r.value;
        simpan.push(b.baris);
        for (const row of b.baris) {
          putusan = pencari.tambah(row.sel, row.nomor);
          if (putusan !== undefined) break;
        }
        if (putusan !== undefined || b.selesai) {
          selesai = b.selesai === true;
          break;
        }
        r = await sumber.next();
        if (r.done) break;
      }
      if (putusan !== undefined && typeof putusan !== 'string') return terpilih(nama, simpan, selesai, sumber, tutup);
      if (typeof putusan === 'string' && pencari.ditolak) throw new FileError(400, `Lembar ${namaLembar(nama)}: ${putusan}`);
      gagal.push({ nama, pesan: putusan ?? pencari.akhir() ?? 'lembar kosong.' });
      if (r.done) break;
      r = await sumber.next(!selesai);
    }
  } catch (e) {
    await tutup();
    throw e;
  }
  await tutup();
  throw new FileError(400, pesanTanpaJudul(gagal));
}

function pesanTanpaJudul(gagal: { nama: string; pesan: string }[]): string {
  const berisi = gagal.filter((g) => g.pesan !== 'lembar kosong.');
  if (berisi.length === 0) return 'Berkas tidak memuat baris judul maupun data. Gunakan templat dari aplikasi ini.';
  if (gagal.length === 1) return `Lembar ${namaLembar(gagal[0]!.nama)}: ${gagal[0]!.pesan}`;
  const sebut = gagal.slice(0, MAKS_DISEBUT).map((g) => `lembar ${namaLembar(g.nama)}: ${g.pesan}`);
  const lain = gagal.length > MAKS_DISEBUT ? ` (dan ${gagal.length - MAKS_DISEBUT} lembar lain)` : '';
  return `Tidak ada lembar yang memuat baris judul templat${lain}. ${sebut.join(' ')}`;
}

const NIP_CONTOH = new Set(CONTOH.map((c) => c.nip).filter((n): n is string => n !== undefined));

function terpilih(nama: string, simpan: BarisMentah[][], selesai: boolean, sumber: Sumber, tutup: () => Promise<void>): LembarTerpilih {
  let habis = selesai;
  async function* baris(): AsyncGenerator<BarisMentah[]> {
    for (const b of simpan) yield b;
    simpan = [];
    while (!habis) {
      const r = await sumber.next();
      if (r.done) {
        habis = true;
        return;
      }
      yield r.value.baris;
      if (r.value.selesai) habis = true;
    }
  }
  const lembarLain = async () => {
    for (let r = await sumber.next(); !r.done;) {
      const l = r.value.lembar;
      const pencari = new PencariJudul();
      let tata: ReturnType<PencariJudul['tambah']>;
      let data: string[] | undefined;
      for (;;) {
        for (const row of r.value.baris) {
          if (tata === undefined) tata = pencari.tambah(row.sel, row.nomor);
          else if (typeof tata !== 'string' && row.sel.some((s) => s && s.trim())) {
            data = row.sel;
            break;
          }
        }
        if (data || typeof tata === 'string' || r.value.selesai) break;
        r = await sumber.next();
        if (r.done) return undefined;
      }
      if (data && tata && typeof tata !== 'string') {
        const nip = data[tata.indeks.indexOf('nip')]?.trim() ?? '';
        return { nama: l, contohTemplat: NIP_CONTOH.has(nip) };
      }
      r = await sumber.next(!r.value.selesai);
    }
    return undefined;
  };
  return { nama, baris: baris(), lembarLain, tutup };
}
