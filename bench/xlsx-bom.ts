// Hostile XLSX workbooks (tests/keamanan/berkas-xlsx.ts) through the batch pipeline, each case in a process
// of its own so its peak RSS is its own: time to the answer, peak RSS, growth of the peak over the RSS
// before reading, and the answer. Not a test; bounded: each process is killed after 60 s.
//   npx tsx bench/xlsx-bom.ts [--kasus teksBersamaKosong,satuTeksPanjang] [--batas baku|cli]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as B from '../tests/keamanan/berkas-xlsx.ts';

const a = process.argv.slice(2);
const v = (k: string) => {
  const i = a.indexOf(k);
  return i >= 0 ? a[i + 1] : undefined;
};

export const KASUS: Record<string, () => Buffer> = {
  bomJujur: B.bomJujur,
  bomBerbohong: () => B.bomBerbohong(),
  ukuranLebihBesar: B.ukuranLebihBesar,
  tersimpanBerbohong: B.tersimpanBerbohong,
  teksBersamaKosong: () => B.teksBersamaKosong(390),
  teksBersama390Bohong: () => B.teksBersamaKosong(390, 8 * 1024 * 1024),
  satuTeksPanjang: () => B.satuTeksPanjang(50),
  satuTeks50Bohong: () => B.satuTeksPanjang(50, 8 * 1024 * 1024),
  barisKaliKolom: () => B.barisKaliKolom(200_000, 100),
  selBanyak: () => B.barisKaliKolom(100_000, 50),
  barisBanyak: () => B.barisKaliKolom(150_000, 1),
  selPerBaris: () => B.barisKaliKolom(1, 20_000),
  gayaBerulang: () => B.gayaBerulang(),
  lembarBerulang: () => B.lembarBerulang(),
  rphTerbuka: () => B.rphTerbuka(),
  dtdTerbelah: B.dtdTerbelah,
  namaLokalBeda: B.namaLokalBeda,
  miliarTawa: () => B.miliarTawa(),
  entitasLuar: () => B.entitasLuar(),
  namaJalur: () => B.namaJalur(),
  entriGanda: () => B.entriGanda(),
  terpotong: () => B.terpotong(),
  aliranTerpotong: B.aliranTerpotong,
  terenkripsi: B.terenkripsi,
  zip64: () => B.zip64(),
};

async function satu(nama: string, _jalur: string, batasNama: string): Promise<void> {
  const { aturan } = await import('../tests/helpers/aturan.ts');
  const { processBatch } = await import('../src/batch/proses.ts');
  const xlsx = await import('../src/berkas/xlsx.ts');
  const batas = batasNama === 'cli' ? xlsx.XLSX_LIMITS_CLI : xlsx.XLSX_LIMITS_WEB;
  const buf = KASUS[nama]!();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  let jawab: string;
  try {
    jawab = `diterima (${(await processBatch(aturan, buf, { tanggalPerhitungan: '2025-07-15', maksBaris: 20_000, batasXlsx: batas })).jumlahBaris} baris)`;
  } catch (e) {
    jawab = e instanceof Error ? `${(e as { status?: number }).status ?? e.name} ${e.message}` : String(e);
  }
  const ms = performance.now() - t0;
  const puncak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ berkas: buf.length, ms, puncak, tumbuh: puncak - rss0, jawab }));
}

if (v('--anak')) await satu(v('--anak')!, v('--jalur')!, v('--batas') ?? 'baku');
else {
  const mb = (x: number) => `${Math.round(x / 1024 / 1024)} MB`;
  const batas = v('--batas') ?? 'baku';
  for (const nama of v('--kasus')?.split(',') ?? Object.keys(KASUS)) {
    for (const jalur of ['pipa']) {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--anak', nama, '--jalur', jalur, '--batas', batas],
        { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 20 },
      );
      if (r.status !== 0 || !r.stdout) {
        process.stdout.write(`${nama} ${jalur}: gagal (${r.signal ?? r.status}) ${r.stderr.slice(0, 300)}\n`);
        continue;
      }
      const h = JSON.parse(r.stdout) as { berkas: number; ms: number; puncak: number; tumbuh: number; jawab: string };
      process.stdout.write(
        `${nama.padEnd(18)} ${jalur.padEnd(9)} berkas ${(h.berkas / 1024).toFixed(0).padStart(5)} kB  ${(h.ms / 1000).toFixed(2).padStart(6)} s  puncak RSS ${mb(h.puncak).padStart(7)} (+${mb(h.tumbuh)})  ${h.jawab.slice(0, 150)}\n`,
      );
    }
  }
}
