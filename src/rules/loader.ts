// Reads rules/*.yaml, checks every file against its schema and every cross-reference between files,
// and builds the rule book the engine uses. Any problem stops start-up with the file and path named.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Decimal } from 'decimal.js';
import { LineCounter, isNode, parse as parseYaml, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Aturan, Instrumen, JabatanFungsional, Jenjang, Kumulatif, Sumber } from '../domain/aturan.ts';
import { normNamaJf } from '../domain/katalog.ts';
import {
  akDasarFile,
  dekatFile,
  kewajaranFile,
  golonganFile,
  instrumenFile,
  jabatanFungsionalFile,
  jenjangFile,
  kalenderFile,
  katalogInstansiFile,
  konversiFile,
  kumulatifFile,
  pembulatanFile,
  pengangkatanFile,
  predikatFile,
  syaratFile,
  type Kutipan,
} from './schema.ts';
import { ROOT } from '../paths.ts';
import { catatSiap, dataSiap } from './siap.ts';

export const DEFAULT_RULES_DIR = resolve(ROOT, 'rules');

export class RuleError extends Error {
  /** `folder`: as the administrator named it (ATURAN_DIR), so the message points at the file they gave. */
  constructor(
    readonly file: string,
    readonly path: string,
    readonly detail: string,
    folder = 'rules',
  ) {
    super(`${folder.replace(/\/+$/, '')}${file ? `/${file}` : ''}${path ? ` di ${path}` : ''}: ${detail}`);
    this.name = 'RuleError';
  }
}

const FILES = {
  instrumen: 'instruments.yaml',
  golongan: 'golongan.yaml',
  jenjang: 'jenjang.yaml',
  predikat: 'predikat.yaml',
  kumulatif: 'kumulatif.yaml',
  akDasar: 'ak-dasar.yaml',
  kalender: 'kalender-kp.yaml',
  syarat: 'syarat.yaml',
  konversi: 'konversi.yaml',
  pembulatan: 'pembulatan.yaml',
  jabatanFungsional: 'jabatan-fungsional.yaml',
  pengangkatan: 'pengangkatan.yaml',
  dekat: 'dekat.yaml',
  kewajaran: 'kewajaran.yaml',
} as const;

function read<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    throw new RuleError(file, '', 'berkas tidak ditemukan');
  }
  const siap = dataSiap(file, text);
  if (siap !== undefined) return siap as z.infer<S>;
  let data: unknown;
  try {
    // YAML 1.2 core schema: dates stay strings; a duplicate key is an error.
    data = parseYaml(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  } catch (e) {
    throw new RuleError(file, '', `YAML tidak sah: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RuleError(file, issue.path.join('.'), issue.message);
  }
  catatSiap(file, text, parsed.data);
  return parsed.data;
}

/** Content hash of every YAML file in the rules folder, in name order: the rules version. */
export function hashRules(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(dir, name)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The rule book in `dir`; with `katalogJf` (KATALOG_JF), an office's YAML file of Jabatan Fungsional merged
 * into the catalog after the same checks, and part of the version hash.
 */
export function loadAturan(dir: string = DEFAULT_RULES_DIR, katalogJf?: string): Aturan {
  const aturan = bukuAturan(dir);
  return katalogJf ? gabungKatalogInstansi(aturan, dir, katalogJf) : aturan;
}

function bukuAturan(dir: string): Aturan {
  if (dir === DEFAULT_RULES_DIR) return muat(dir);
  try {
    if (!statSync(dir).isDirectory()) throw new Error();
  } catch {
    throw new RuleError('', '', 'folder buku aturan tidak ditemukan', dir);
  }
  try {
    return muat(dir);
  } catch (e) {
    if (e instanceof RuleError) throw new RuleError(e.file, e.path, e.detail, dir);
    throw e;
  }
}

function muat(dir: string): Aturan {
  const instrumenData = read(dir, FILES.instrumen, instrumenFile);
  const instrumenIds = new Set(instrumenData.instrumen.map((i) => i.id));
  unique(
    FILES.instrumen,
    'instrumen',
    instrumenData.instrumen.map((i) => i.id),
  );

  const cite = (file: string, path: string, status: Sumber['status'], k: Kutipan): Sumber => {
    if (!instrumenIds.has(k.instrumen)) {
      throw new RuleError(file, `${path}.sumber.instrumen`, `instrumen "${k.instrumen}" tidak ada di ${FILES.instrumen}`);
    }
    return { ...k, status };
  };

  const golonganData = read(dir, FILES.golongan, golonganFile);
  unique(
    FILES.golongan,
    'golongan',
    golonganData.golongan.map((g) => g.kode),
  );
  cite(FILES.golongan, '', golonganData.status, golonganData.sumber);
  const golongan = golonganData.golongan.map((g, i) => ({ ...g, urutan: i }));
  const golonganKode = new Set(golongan.map((g) => g.kode));
  const needGolongan = (file: string, path: string, kode: string) => {
    if (!golonganKode.has(kode)) throw new RuleError(file, path, `golongan "${kode}" tidak ada di ${FILES.golongan}`);
  };

  const jenjangData = read(dir, FILES.jenjang, jenjangFile);
  unique(
    FILES.jenjang,
    'jenjang',
    jenjangData.jenjang.map((j) => j.id),
  );
  const urutanKategori = new Map<string, number>();
  const jenjang = jenjangData.jenjang.map((j, i) => {
    j.golongan.forEach((g, k) => needGolongan(FILES.jenjang, `jenjang.${i}.golongan.${k}`, g));
    const urutan = urutanKategori.get(j.kategori) ?? 0;
    urutanKategori.set(j.kategori, urutan + 1);
    return {
      id: j.id,
      nama: j.nama,
      kategori: j.kategori,
      urutan,
      golongan: j.golongan,
      koefisien: {
        nilai: new Decimal(j.koefisien.nilai),
        sumber: cite(FILES.jenjang, `jenjang.${i}.koefisien`, j.koefisien.status, j.koefisien.sumber),
      },
    };
  });
  const jenjangIds = new Set(jenjang.map((j) => j.id));
  const needJenjang = (file: string, path: string, id: string) => {
    if (!jenjangIds.has(id)) throw new RuleError(file, path, `jenjang "${id}" tidak ada di ${FILES.jenjang}`);
  };

  const predikatData = read(dir, FILES.predikat, predikatFile);
  unique(
    FILES.predikat,
    'predikat',
    predikatData.predikat.map((p) => p.id),
  );
  const predikat = predikatData.predikat.map((p, i) => ({
    id: p.id,
    nama: p.nama,
    persen: { nilai: new Decimal(p.persen.nilai), sumber: cite(FILES.predikat, `predikat.${i}.persen`, p.persen.status, p.persen.sumber) },
    alias: (p.alias ?? []).map((a, k) => ({
      sebutan: a.sebutan,
      sumber: cite(FILES.predikat, `predikat.${i}.alias.${k}`, a.status, a.sumber),
    })),
  }));

  const kumulatifData = read(dir, FILES.kumulatif, kumulatifFile);
  const kumulatif: Record<string, Kumulatif> = {};
  for (const [id, k] of Object.entries(kumulatifData)) {
    needJenjang(FILES.kumulatif, id, id);
    kumulatif[id] = {
      kenaikanPangkat: k.kenaikanPangkat.map((a, i) => {
        const path = `${id}.kenaikanPangkat.${i}`;
        needGolongan(FILES.kumulatif, `${path}.dari`, a.dari);
        needGolongan(FILES.kumulatif, `${path}.ke`, a.ke);
        return { dari: a.dari, ke: a.ke, angkaKredit: new Decimal(a.angkaKredit), sumber: cite(FILES.kumulatif, path, a.status, a.sumber) };
      }),
      ...(k.kenaikanJenjang && {
        kenaikanJenjang: (() => {
          const path = `${id}.kenaikanJenjang`;
          needJenjang(FILES.kumulatif, `${path}.ke`, k.kenaikanJenjang.ke);
          return {
            ke: k.kenaikanJenjang.ke,
            angkaKredit: new Decimal(k.kenaikanJenjang.angkaKredit),
            sumber: cite(FILES.kumulatif, path, k.kenaikanJenjang.status, k.kenaikanJenjang.sumber),
          };
        })(),
      }),
    };
  }
  for (const j of jenjang) {
    if (!kumulatif[j.id]) throw new RuleError(FILES.kumulatif, j.id, `jenjang "${j.id}" belum memiliki angka kredit kumulatif`);
  }

  const akDasarData = read(dir, FILES.akDasar, akDasarFile);
  const akDasar = akDasarData.akDasar.map((a, i) => {
    const path = `akDasar.${i}`;
    needJenjang(FILES.akDasar, `${path}.jenjang`, a.jenjang);
    needGolongan(FILES.akDasar, `${path}.golongan`, a.golongan);
    return {
      jenjang: a.jenjang,
      golongan: a.golongan,
      angkaKredit: new Decimal(a.angkaKredit),
      sumber: cite(FILES.akDasar, path, a.status, a.sumber),
    };
  });

  const kalenderData = read(dir, FILES.kalender, kalenderFile);
  const kalenderKp = kalenderData.kalender.map((k, i) => {
    const path = `kalender.${i}`;
    if (k.berlakuSampai && k.berlakuSampai < k.berlakuMulai)
      throw new RuleError(FILES.kalender, path, 'berlakuSampai sebelum berlakuMulai');
    const prev = kalenderData.kalender[i - 1];
    if (prev && (!prev.berlakuSampai || prev.berlakuSampai >= k.berlakuMulai)) {
      throw new RuleError(FILES.kalender, path, 'periode kalender harus berurutan dan tidak tumpang tindih');
    }
    if (i < kalenderData.kalender.length - 1 && !k.berlakuSampai)
      throw new RuleError(FILES.kalender, path, 'hanya periode terakhir yang boleh tanpa berlakuSampai');
    return {
      berlakuMulai: k.berlakuMulai,
      ...(k.berlakuSampai && { berlakuSampai: k.berlakuSampai }),
      bulan: k.bulan,
      sumber: cite(FILES.kalender, path, k.status, k.sumber),
    };
  });

  const predikatIds = new Set(predikat.map((p) => p.id));
  const s = read(dir, FILES.syarat, syaratFile);
  for (const [path, id] of [
    ['kenaikanPangkat.predikat.minimal', s.kenaikanPangkat.predikat.minimal],
    ['kenaikanJenjang.predikat.minimal', s.kenaikanJenjang.predikat.minimal],
  ] as const) {
    if (!predikatIds.has(id)) throw new RuleError(FILES.syarat, path, `predikat "${id}" tidak ada di ${FILES.predikat}`);
  }
  s.kenaikanJenjang.pengembanganProfesi.jenjangTujuan.forEach((id, i) =>
    needJenjang(FILES.syarat, `kenaikanJenjang.pengembanganProfesi.jenjangTujuan.${i}`, id),
  );
  const cs = (path: string, v: { status: Sumber['status']; sumber: Kutipan }) => cite(FILES.syarat, path, v.status, v.sumber);
  const syarat = {
    kenaikanPangkat: {
      masaPangkatBulan: {
        nilai: s.kenaikanPangkat.masaPangkatBulan.nilai,
        sumber: cs('kenaikanPangkat.masaPangkatBulan', s.kenaikanPangkat.masaPangkatBulan),
      },
      predikat: {
        minimal: s.kenaikanPangkat.predikat.minimal,
        jendelaBulan: s.kenaikanPangkat.predikat.jendelaBulan,
        sumber: cs('kenaikanPangkat.predikat', s.kenaikanPangkat.predikat),
      },
      hukumanDisiplin: { sumber: cs('kenaikanPangkat.hukumanDisiplin', s.kenaikanPangkat.hukumanDisiplin) },
      tanpaFormasi: {
        kali: s.kenaikanPangkat.tanpaFormasi.kali,
        sumber: cs('kenaikanPangkat.tanpaFormasi', s.kenaikanPangkat.tanpaFormasi),
      },
    },
    kenaikanJenjang: {
      masaJenjangBulan: {
        nilai: s.kenaikanJenjang.masaJenjangBulan.nilai,
        sumber: cs('kenaikanJenjang.masaJenjangBulan', s.kenaikanJenjang.masaJenjangBulan),
      },
      predikat: {
        minimal: s.kenaikanJenjang.predikat.minimal,
        jendelaBulan: s.kenaikanJenjang.predikat.jendelaBulan,
        sumber: cs('kenaikanJenjang.predikat', s.kenaikanJenjang.predikat),
      },
      formasi: { sumber: cs('kenaikanJenjang.formasi', s.kenaikanJenjang.formasi) },
      ujiKompetensi: { sumber: cs('kenaikanJenjang.ujiKompetensi', s.kenaikanJenjang.ujiKompetensi) },
      pengembanganProfesi: {
        jenjangTujuan: s.kenaikanJenjang.pengembanganProfesi.jenjangTujuan,
        sumber: cs('kenaikanJenjang.pengembanganProfesi', s.kenaikanJenjang.pengembanganProfesi),
      },
    },
  };

  const k = read(dir, FILES.konversi, konversiFile);
  const ck = (path: string, v: { status: Sumber['status']; sumber: Kutipan }) => cite(FILES.konversi, path, v.status, v.sumber);
  const konversi = {
    rumus: { uraian: k.rumus.uraian, bulanPerTahun: k.rumus.bulanPerTahun, sumber: ck('rumus', k.rumus) },
    contohPeriodik: { sumber: ck('contohPeriodik', k.contohPeriodik) },
    mulaiBerlaku: { bulan: k.mulaiBerlaku.bulan, sumber: ck('mulaiBerlaku', k.mulaiBerlaku) },
    hitunganBulan: { sumber: ck('hitunganBulan', k.hitunganBulan) },
    akumulasiJenjang: { sumber: ck('akumulasiJenjang', k.akumulasiJenjang) },
  };

  const p = read(dir, FILES.pembulatan, pembulatanFile);
  if (!p.pilihanDesimal.includes(p.desimal)) throw new RuleError(FILES.pembulatan, 'pilihanDesimal', 'harus memuat nilai `desimal`');
  const pembulatan = {
    desimal: p.desimal,
    pilihanDesimal: p.pilihanDesimal,
    mode: p.mode,
    catatan: p.catatan,
    sumber: cite(FILES.pembulatan, '', p.status, p.sumber),
    validasi: { sumber: cite(FILES.pembulatan, 'validasi', p.validasi.status, p.validasi.sumber) },
  };

  const jfData = read(dir, FILES.jabatanFungsional, jabatanFungsionalFile);
  unique(
    FILES.jabatanFungsional,
    'jabatanFungsional',
    jfData.jabatanFungsional.map((j) => j.id),
  );
  const jabatanFungsional = jfData.jabatanFungsional.map((jf, i) =>
    bacaJf(
      jf,
      `jabatanFungsional.${i}`,
      jenjang,
      'buku-aturan',
      (path, m) => new RuleError(FILES.jabatanFungsional, path, m),
      (path, st, k) => cite(FILES.jabatanFungsional, path, st, k),
    ),
  );
  namaJfUnik(jabatanFungsional, (path, m) => new RuleError(FILES.jabatanFungsional, path, m));
  const alihKategori = { sumber: cite(FILES.jabatanFungsional, 'alihKategori', jfData.alihKategori.status, jfData.alihKategori.sumber) };

  const pg = read(dir, FILES.pengangkatan, pengangkatanFile);
  const cp = (path: string, v: { status: Sumber['status']; sumber: Kutipan }) => cite(FILES.pengangkatan, path, v.status, v.sumber);
  pg.integrasi.nilaiDasar.forEach((n, i) => needJenjang(FILES.pengangkatan, `integrasi.nilaiDasar.${i}.jenjang`, n.jenjang));
  for (const j of jenjang) {
    if (!pg.integrasi.nilaiDasar.some((n) => n.jenjang === j.id))
      throw new RuleError(FILES.pengangkatan, 'integrasi.nilaiDasar', `nilai dasar jenjang "${j.id}" belum ada`);
  }
  pg.integrasi.rentang.forEach((r, i) => {
    needGolongan(FILES.pengangkatan, `integrasi.rentang.${i}.golongan`, r.golongan);
    if (new Decimal(r.min).greaterThan(r.max))
      throw new RuleError(FILES.pengangkatan, `integrasi.rentang.${i}`, 'min lebih besar dari max');
  });
  if (!predikatIds.has(pg.pendidikan.predikatMinimal.minimal))
    throw new RuleError(
      FILES.pengangkatan,
      'pendidikan.predikatMinimal.minimal',
      `predikat "${pg.pendidikan.predikatMinimal.minimal}" tidak ada`,
    );
  const pengangkatan = {
    integrasi: {
      rumus: { sumber: cp('integrasi.rumus', pg.integrasi.rumus) },
      bulanTerakhir: { bulan: pg.integrasi.bulanTerakhir.bulan, sumber: cp('integrasi.bulanTerakhir', pg.integrasi.bulanTerakhir) },
      nilaiDasar: pg.integrasi.nilaiDasar.map((n, i) => ({
        jenjang: n.jenjang,
        nilai: new Decimal(n.nilai),
        sumber: cp(`integrasi.nilaiDasar.${i}`, n),
      })),
      rentang: pg.integrasi.rentang.map((r, i) => ({
        golongan: r.golongan,
        min: new Decimal(r.min),
        max: new Decimal(r.max),
        sumber: cp(`integrasi.rentang.${i}`, r),
      })),
      jenjangTidakSesuai: { sumber: cp('integrasi.jenjangTidakSesuai', pg.integrasi.jenjangTidakSesuai) },
    },
    pengangkatanPertama: { sumber: cp('pengangkatanPertama', pg.pengangkatanPertama) },
    perpindahan: {
      rumus: { sumber: cp('perpindahan.rumus', pg.perpindahan.rumus) },
      batasBulanPangkatPuncak: {
        nilai: pg.perpindahan.batasBulanPangkatPuncak.nilai,
        sumber: cp('perpindahan.batasBulanPangkatPuncak', pg.perpindahan.batasBulanPangkatPuncak),
      },
    },
    promosi: { sumber: cp('promosi', pg.promosi) },
    penyesuaian: { sumber: cp('penyesuaian', pg.penyesuaian) },
    pendidikan: {
      persen: { nilai: new Decimal(pg.pendidikan.persen.nilai), sumber: cp('pendidikan.persen', pg.pendidikan.persen) },
      dasar: { sumber: cp('pendidikan.dasar', pg.pendidikan.dasar) },
      predikatMinimal: {
        minimal: pg.pendidikan.predikatMinimal.minimal,
        sumber: cp('pendidikan.predikatMinimal', pg.pendidikan.predikatMinimal),
      },
      kali: { nilai: pg.pendidikan.kali.nilai, sumber: cp('pendidikan.kali', pg.pendidikan.kali) },
    },
  };

  const dk = read(dir, FILES.dekat, dekatFile);
  const dekat = { bulan: dk.bulan, sumber: cite(FILES.dekat, '', dk.status, dk.sumber) };
  const kw = read(dir, FILES.kewajaran, kewajaranFile);
  const kewajaran = { akAwalKaliAmbang: kw.akAwalKaliAmbang, sumber: cite(FILES.kewajaran, '', kw.status, kw.sumber) };

  return {
    versi: hashRules(dir),
    instrumen: instrumenData.instrumen,
    golongan,
    jenjang,
    predikat,
    kumulatif,
    akDasar,
    kalenderKp,
    syarat,
    konversi,
    pembulatan,
    jabatanFungsional,
    alihKategori,
    pengangkatan,
    dekat,
    kewajaran,
  };
}

type EntriJf = z.infer<typeof jabatanFungsionalFile>['jabatanFungsional'][number];
type Galat = (path: string, detail: string) => RuleError;

/** One catalog entry, checked against the jenjang of the rule book: they exist, match the kategori, and follow each other. */
function bacaJf(
  jf: EntriJf,
  path: string,
  jenjang: Jenjang[],
  asal: JabatanFungsional['asal'],
  galat: Galat,
  cite: (path: string, status: Sumber['status'], k: Kutipan) => Sumber,
): JabatanFungsional {
  const dimiliki = jf.jenjang.map((id, k) => {
    const J = jenjang.find((j) => j.id === id);
    if (!J) throw galat(`${path}.jenjang.${k}`, `jenjang "${id}" tidak ada di ${FILES.jenjang}`);
    if (jf.jenjang.indexOf(id) !== k) throw galat(`${path}.jenjang.${k}`, `jenjang "${id}" muncul dua kali`);
    return J;
  });
  const kategori = new Set(dimiliki.map((J) => J.kategori));
  const seharusnya = kategori.size === 2 ? 'keduanya' : [...kategori][0]!;
  if (jf.kategori !== seharusnya)
    throw galat(`${path}.kategori`, `kategori "${jf.kategori}" tidak sesuai dengan jenjangnya (${seharusnya})`);
  for (const k of kategori) {
    // A gap would offer a kenaikan jenjang past a jenjang the JF lacks.
    const urutan = dimiliki
      .filter((J) => J.kategori === k)
      .map((J) => J.urutan)
      .sort((a, b) => a - b);
    if (urutan.some((u, i) => i > 0 && u !== urutan[i - 1]! + 1))
      throw galat(`${path}.jenjang`, `jenjang kategori ${k} harus berurutan tanpa lompatan`);
  }
  // The jenjang in the rule book's order, whatever order the file gives.
  const urut = jenjang.filter((J) => jf.jenjang.includes(J.id)).map((J) => J.id);
  return {
    id: jf.id,
    nama: jf.nama,
    alias: jf.alias ?? [],
    kategori: jf.kategori,
    jenjang: urut,
    ...(jf.instansiPembina && { instansiPembina: jf.instansiPembina }),
    umum: jf.umum === true,
    sekunder: jf.sekunder,
    asal,
    sumber: cite(path, jf.status, jf.sumber),
  };
}

/** A name or alias names one JF only, so a batch cell cannot match two. */
function namaJfUnik(katalog: JabatanFungsional[], galat: (path: string, detail: string, jf: JabatanFungsional) => RuleError) {
  const milik = new Map<string, string>();
  for (const jf of katalog) {
    for (const nama of [jf.id, jf.nama, ...jf.alias]) {
      const n = normNamaJf(nama);
      const lain = milik.get(n);
      if (lain !== undefined && lain !== jf.id)
        throw galat(`jabatanFungsional.${jf.id}`, `nama atau alias "${nama}" sudah dipakai oleh "${lain}"`, jf);
      milik.set(n, jf.id);
    }
  }
}

/**
 * Merges an office's catalog file: an entry whose id is already in the catalog replaces it (a correction),
 * a new id is added before the generic entry. Any problem stops start-up naming the file and its line.
 */
function gabungKatalogInstansi(aturan: Aturan, dir: string, file: string): Aturan {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new RuleError('', '', 'berkas katalog instansi (KATALOG_JF) tidak ditemukan', file);
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: true, lineCounter: lines });
  if (doc.errors.length > 0) throw new RuleError('', '', `YAML tidak sah: ${doc.errors[0]!.message}`, file);
  const galat = (path: string, detail: string) => new RuleError('', `${path}${baris(doc, lines, path)}`, detail, file);
  const parsed = katalogInstansiFile.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw galat(issue.path.join('.'), issue.message);
  }
  const data = parsed.data;
  const instrumen: Instrumen[] = [...aturan.instrumen];
  (data.instrumen ?? []).forEach((i, k) => {
    if (instrumen.some((x) => x.id === i.id))
      throw galat(`instrumen.${k}.id`, `instrumen "${i.id}" sudah ada di ${FILES.instrumen}; pakai id lain atau rujuk yang sudah ada`);
    instrumen.push(i);
  });
  const cite = (path: string, status: Sumber['status'], k: Kutipan): Sumber => {
    if (!instrumen.some((i) => i.id === k.instrumen))
      throw galat(
        `${path}.sumber.instrumen`,
        `instrumen "${k.instrumen}" tidak ada di ${FILES.instrumen} maupun di bagian instrumen berkas ini`,
      );
    return { ...k, status };
  };
  const ids = data.jabatanFungsional.map((j) => j.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) throw galat(`jabatanFungsional.${i}.id`, `"${id}" muncul dua kali`);
  });
  const katalog = [...aturan.jabatanFungsional];
  data.jabatanFungsional.forEach((e, i) => {
    if (e.umum && !aturan.jabatanFungsional.some((j) => j.id === e.id && j.umum))
      throw galat(`jabatanFungsional.${i}.umum`, 'hanya entri umum buku aturan ("lainnya") yang boleh bertanda umum');
    const jf = bacaJf(e, `jabatanFungsional.${i}`, aturan.jenjang, 'instansi', galat, cite);
    const ada = katalog.findIndex((j) => j.id === jf.id);
    if (ada >= 0) katalog[ada] = jf;
    else katalog.splice(katalog.findIndex((j) => j.umum) >= 0 ? katalog.findIndex((j) => j.umum) : katalog.length, 0, jf);
  });
  namaJfUnik(katalog, (path, detail, jf) => {
    const i = data.jabatanFungsional.findIndex((e) => e.id === jf.id);
    return i >= 0 ? galat(`jabatanFungsional.${i}`, detail) : new RuleError('', path, detail, file);
  });
  // The version names the catalog too, so a document says which one it was computed with.
  const versi = createHash('sha256').update(hashRules(dir)).update('\0').update(text).digest('hex').slice(0, 16);
  return { ...aturan, versi, instrumen, jabatanFungsional: katalog };
}

/** " (baris N)": where a path of the document starts, or its nearest parent that exists. */
function baris(doc: ReturnType<typeof parseDocument>, lines: LineCounter, path: string): string {
  const bagian = path === '' ? [] : path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let n = bagian.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(bagian.slice(0, n), true);
    if (isNode(node) && node.range) return ` (baris ${lines.linePos(node.range[0]).line})`;
  }
  return '';
}

function unique(file: string, path: string, ids: string[]) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new RuleError(file, `${path}.${i}`, `"${id}" muncul dua kali`);
    seen.add(id);
  });
}
