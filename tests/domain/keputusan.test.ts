// The result names every project decision it relied on: each decision-status citation found
// anywhere in the result appears in `keputusan`, and nothing else does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hitung } from '../../src/domain/hitung.ts';
import type { Masukan } from '../../src/domain/masukan.ts';
import type { Hasil, Rujukan } from '../../src/domain/hasil.ts';
import { aturan, dasar } from '../helpers/aturan.ts';

function semuaKeputusan(hasil: Hasil): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      v.forEach(visit);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.kutipan === 'string' && typeof o.status === 'string') {
      if (o.status === 'decision') out.add(`${o.kutipan}|${o.uraian}`);
      return;
    }
    for (const k in o) visit(o[k]);
  };
  visit({ ...hasil, keputusan: [], proyeksi: undefined });
  return out;
}

const kasus: { nama: string; masukan: Partial<Masukan> }[] = [];
for (const f of ['bkn-contoh.yaml', 'kelayakan.yaml', 'integrasi.yaml', 'pengangkatan.yaml', 'riwayat.yaml']) {
  const data = parse(readFileSync(new URL(`../cases/${f}`, import.meta.url), 'utf8')) as unknown;
  const daftar = (Array.isArray(data) ? data : ((data as { kasus?: unknown[] }).kasus ?? [])) as {
    nama: string;
    masukan: Partial<Masukan> & { tampilan?: unknown };
  }[];
  for (const k of daftar) {
    const { tampilan: _t, ...m } = k.masukan;
    kasus.push({ nama: k.nama, masukan: m });
  }
}

describe('keputusan implementasi yang dipakai', () => {
  for (const k of kasus) {
    it(`${k.nama}: keputusan[] sama dengan setiap kutipan berstatus decision dalam hasil`, () => {
      const b = dasar();
      const hasil = hitung(
        aturan,
        { ...b, ...k.masukan, pernyataan: { ...b.pernyataan, ...(k.masukan.pernyataan ?? {}) } },
        { tanpaProyeksi: true },
      );
      const dipakai = new Set(hasil.keputusan.map((r: Rujukan) => `${r.kutipan}|${r.uraian}`));
      for (const x of semuaKeputusan(hasil)) expect(dipakai, x).toContain(x);
      // Month counting and rounding are decisions every result relies on.
      expect([...dipakai].some((x) => x.includes('Keputusan 1'))).toBe(true);
      expect([...dipakai].some((x) => x.includes('Keputusan 2'))).toBe(true);
    });
  }
});
