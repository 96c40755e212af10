// Headers as people write them (issue 13): one alias table next to the columns, matched without regard
// to case, spaces and punctuation; the header row searched among a sheet's first non-empty rows.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ALIAS_JUDUL, KOLOM, MAKS_BARIS_SEBELUM_JUDUL, PencariJudul, readHeader, idJudul, kunciJudul } from '../../src/batch/kolom.ts';
import { templatXlsx } from '../../src/batch/template.ts';

const WAJIB = ['NIP', 'Jabatan Fungsional', 'Jenjang', 'Gol/Ruang', 'TMT Pangkat', 'TMT Jabatan'];

describe('judul kolom: alias', () => {
  it.each([
    ['NIP', 'nip'],
    ['NIP Baru', 'nip'],
    ['Nama Pegawai', 'nama'],
    ['Pangkat/Gol. Ruang', 'golongan'],
    [' PANGKAT / GOL RUANG ', 'golongan'],
    ['Gol/Ruang', 'golongan'],
    ['Gol. Ruang', 'golongan'],
    ['TMT Jabatan', 'tmt_jenjang'],
    ['tmt-pangkat', 'tmt_pangkat'],
    ['TMT Pangkat (TTTT-BB-HH)', 'tmt_pangkat'],
    ['Predikat Kinerja', 'predikat'],
    ['Unit Kerja', 'unit_kerja'],
    ['\uFEFFnip', 'nip'],
  ])('"%s" dibaca sebagai %s', (judul, id) => expect(idJudul(judul)).toBe(id));

  it.each(['NIP Lama', 'Pangkat', 'Tempat Lahir', 'Keterangan', ''])('"%s" tidak dikenal (diabaikan)', (judul) =>
    expect(idJudul(judul)).toBeUndefined(),
  );

  it('setiap kolom punya judul templatnya di tabel alias, dan tidak ada judul yang dipakai dua kolom', () => {
    expect(ALIAS_JUDUL.map((a) => a.id)).toEqual(KOLOM.map((k) => k.id));
    const kunci = ALIAS_JUDUL.flatMap((a) => a.judul.map((j) => [kunciJudul(j), a.id] as const));
    const peta = new Map<string, string>();
    for (const [k, id] of kunci) {
      expect(peta.get(k) ?? id, k).toBe(id);
      peta.set(k, id);
    }
    for (const a of ALIAS_JUDUL) for (const j of a.judul) expect(idJudul(j)).toBe(a.id);
  });

  it('lembar Petunjuk templat menampilkan judul lain setiap kolom', () => {
    const z = unzipSync(new Uint8Array(templatXlsx()));
    const petunjuk = Object.entries(z)
      .filter(([k]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))
      .map(([, v]) => strFromU8(v))
      .find((x) => x.includes('Judul kolom lain'))!;
    expect(petunjuk).toBeDefined();
    for (const contoh of ['Pangkat/Gol. Ruang', 'TMT Jabatan', 'Predikat Kinerja', 'Nama Pegawai']) expect(petunjuk).toContain(contoh);
  });

  it('dua kolom yang sama-sama dibaca sebagai satu kolom: ditolak menyebut keduanya', () => {
    expect(readHeader([...WAJIB, 'NIP Baru'])).toBe(
      'Baris judul bermakna ganda: kolom "NIP" dan "NIP Baru" sama-sama dibaca sebagai nip. Hapus salah satunya atau ganti judulnya.',
    );
  });
});

describe('pencarian baris judul', () => {
  it('judul laporan, baris kosong, lalu judul: ditemukan pada baris 4', () => {
    const p = new PencariJudul();
    expect(p.tambah(['DAFTAR PEGAWAI', '', ''], 1)).toBeUndefined();
    expect(p.tambah(['', '', ''], 2)).toBeUndefined();
    expect(p.tambah(['Bagian Umum'], 3)).toBeUndefined();
    const t = p.tambah(WAJIB, 4);
    expect(typeof t).toBe('object');
    expect(p.tambah(['199001012015031001'], 5)).toBe(t);
  });

  it(`${MAKS_BARIS_SEBELUM_JUDUL} baris berisi tanpa judul: berhenti, menyebut baris yang paling mirip`, () => {
    const p = new PencariJudul();
    for (let i = 1; i < MAKS_BARIS_SEBELUM_JUDUL; i++)
      expect(p.tambah([i === 3 ? 'NIP' : `catatan ${i}`, i === 3 ? 'Nama' : ''], i)).toBeUndefined();
    expect(p.tambah(['catatan terakhir'], MAKS_BARIS_SEBELUM_JUDUL)).toMatch(
      /^Baris 3: Baris judul tidak memuat kolom wajib: jabatan_fungsional, jenjang, golongan, tmt_pangkat, tmt_jenjang\./,
    );
    // A header after the search ended is not looked at.
    expect(p.tambah(WAJIB, MAKS_BARIS_SEBELUM_JUDUL + 1)).toMatch(/^Baris 3:/);
  });

  it('berkas berakhir tanpa judul dan tanpa baris mirip judul: pesan umum; tanpa baris berisi: tidak ada pesan', () => {
    const p = new PencariJudul();
    p.tambah(['catatan'], 1);
    expect(p.akhir()).toMatch(/^Baris judul tidak ditemukan pada 1 baris pertama yang berisi/);
    expect(new PencariJudul().akhir()).toBeUndefined();
  });
});
