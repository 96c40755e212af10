// CPU time of each thread of this process, from /proc (Linux): the main thread, the pool's workers and
// V8's own helper threads (concurrent GC and compilation) all appear as "node", so they are told apart
// by their share. For bench/batch.ts --utas.
import { readFileSync, readdirSync } from 'node:fs';

export function cpuPerUtas(): { tid: number; detik: number }[] {
  const hz = 100; // USER_HZ on Linux
  const hasil: { tid: number; detik: number }[] = [];
  let daftar: string[];
  try {
    daftar = readdirSync('/proc/self/task');
  } catch {
    return [];
  }
  for (const t of daftar) {
    try {
      const s = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      hasil.push({ tid: Number(t), detik: (Number(f[11]) + Number(f[12])) / hz });
    } catch {
      /* the thread ended meanwhile */
    }
  }
  return hasil.filter((x) => x.detik >= 0.05).sort((a, b) => b.detik - a.detik);
}
