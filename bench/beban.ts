// Load on loopback: the real server in its own process (as `npm start` runs it), autocannon in this one,
// so the load generator does not share the server's event loop. Bounded in time; it stops by itself.
//   npx tsx bench/beban.ts [--durasi 20] [--koneksi 50,200] [--alamat /,/api/v1/hitung] [--akar DIR]
// Prints, per address and connection count: requests/s, p50/p99 latency, errors and non-2xx, and the
// server's RSS at the start and end of each run (sampled every second from /proc).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';

const arg = (nama: string, baku: string) => {
  const i = process.argv.indexOf(`--${nama}`);
  return i > 0 ? process.argv[i + 1]! : baku;
};
const durasi = Number(arg('durasi', '20'));
const koneksi = arg('koneksi', '50,200').split(',').map(Number);
const alamat = arg('alamat', '/,/api/v1/hitung').split(',');
// Another checkout (e.g. an earlier commit in a git worktree) to measure "before" with the same script.
const akar = resolve(arg('akar', '.'));

const contoh = readFileSync(resolve('examples/ahli-pertama.json'), 'utf8');

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function main() {
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: akar,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((ok, no) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /localhost:(\d+)/.exec(out);
      if (m) ok(Number(m[1]));
    });
    server.on('exit', () => no(new Error(`server berhenti: ${out}`)));
    setTimeout(() => no(new Error('server tidak siap dalam 30 detik')), 30_000).unref();
  });
  const url = `http://127.0.0.1:${port}`;
  console.log(`server pid ${server.pid} di ${url}; ${durasi} s per putaran; RSS awal ${rssMb(server.pid!).toFixed(0)} MB`);
  try {
    // Warm up: templates, the engine's caches, V8's compiler.
    await autocannon({ url, connections: 10, duration: 3, requests: [{ method: 'GET', path: '/' }] });
    for (const path of alamat) {
      for (const c of koneksi) {
        const rss: number[] = [];
        const contohRss = setInterval(() => rss.push(rssMb(server.pid!)), 1000);
        const post = path.startsWith('/api/');
        const r = await autocannon({
          url: `${url}${path}`,
          connections: c,
          duration: durasi,
          ...(post && { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' }, body: contoh }),
          ...(!post && { headers: { 'accept-encoding': 'gzip, br' } }),
        });
        clearInterval(contohRss);
        const rssTeks = rss.length ? `RSS ${rss[0]!.toFixed(0)} → ${rss.at(-1)!.toFixed(0)} MB (maks ${Math.max(...rss).toFixed(0)})` : '';
        console.log(
          `${post ? 'POST' : 'GET '} ${path.padEnd(16)} ${String(c).padStart(3)} koneksi: ${r.requests.average.toFixed(0).padStart(6)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, galat ${r.errors}, timeout ${r.timeouts}, non-2xx ${r.non2xx}; ${rssTeks}`,
        );
      }
    }
  } finally {
    server.kill('SIGTERM');
  }
}

await main();
