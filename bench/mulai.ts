// Start-up of whole processes (not a test): a bare `node -e 0`, `angka-kredit hitung` of one person, and
// `npm start` (and the built server run directly) to the first 200 on GET /. One warm-up run each, then the
// median of --kali runs (default 5), with the range.
//   npx tsx bench/mulai.ts [--kali 5] [--akar DIR]
// --akar measures another checkout (e.g. `git archive <commit> | tar -x -C DIR` with node_modules linked),
// so "before" and "after" come from the same script.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const arg = (nama: string, baku: string) => {
  const i = process.argv.indexOf(`--${nama}`);
  return i > 0 ? process.argv[i + 1]! : baku;
};
const kali = Number(arg('kali', '5'));
const akar = resolve(arg('akar', '.'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function ukur(nama: string, satu: () => Promise<number> | number): Promise<number> {
  return (async () => {
    await satu();
    const xs: number[] = [];
    for (let i = 0; i < kali; i++) xs.push(await satu());
    const m = median(xs);
    process.stdout.write(`${nama}: median ${ms(m)} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))}, ${kali} kali)\n`);
    return m;
  })();
}

/** Wall time of a command run to its end. */
function proses(cmd: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd: akar, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const t = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} keluar ${r.status}: ${r.stderr}`);
  return t;
}

/** Peak RSS (MB) and CPU seconds (user + system) of one run: on a busy machine CPU time varies less than wall time. */
function rssDanCpu(cmd: string[]): { rss: number; cpu: number } {
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...cmd], { cwd: akar, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const [rss, u, s] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { rss: rss! / 1024, cpu: u! + s! };
}

function cpuMedian(cmd: string[]): { rss: number; cpu: number } {
  const xs = Array.from({ length: kali }, () => rssDanCpu(cmd));
  return { rss: Math.max(...xs.map((x) => x.rss)), cpu: median(xs.map((x) => x.cpu)) };
}

function portBebas(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (clock ticks of 1/100 s). */
function cpuProses(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}
const cpuSampai200: number[] = [];

/** From spawning the command to the first 200 on GET /, then SIGTERM to its process group. */
async function sampai200(cmd: string[]): Promise<number> {
  const port = await portBebas();
  const t0 = performance.now();
  const p = spawn(cmd[0]!, cmd.slice(1), {
    cwd: akar,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
    detached: true,
  });
  const keluar = new Promise((r) => p.on('exit', r));
  let t = NaN;
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      await r.arrayBuffer();
      if (r.status === 200) {
        t = performance.now() - t0;
        cpuSampai200.push(cpuProses(p.pid!));
        break;
      }
    } catch {
      /* not listening yet */
    }
    if (performance.now() - t0 > 30_000) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  process.kill(-p.pid!, 'SIGTERM');
  await keluar;
  if (Number.isNaN(t)) throw new Error(`${cmd.join(' ')}: tidak ada 200 dalam 30 detik`);
  return t;
}

const contoh = join(akar, 'examples/ahli-pertama.json');
process.stdout.write(`${akar}; Node ${process.version}\n`);
const nol = [process.execPath, '-e', '0'];
const kosong = await ukur('node -e 0', () => proses(nol));
const hitung = [process.execPath, 'bin/angka-kredit.js', 'hitung', contoh];
const h = await ukur('angka-kredit hitung (satu pegawai)', () => proses(hitung));
const [c0, c1] = [cpuMedian(nol), cpuMedian(hitung)];
process.stdout.write(
  `  = ${(h / kosong).toFixed(1)} × node -e 0 (waktu); CPU ${c1.cpu.toFixed(2)} s = ${(c1.cpu / c0.cpu).toFixed(1)} × node -e 0 (${c0.cpu.toFixed(2)} s); RSS maks ${c1.rss.toFixed(0)} MB\n`,
);
await ukur('npm -v (npm sendiri)', () => proses(['npm', '-v']));
await ukur('npm start sampai 200 pertama', () => sampai200(['npm', 'start']));
const langsung = existsSync(join(akar, 'dist/server.js'))
  ? [process.execPath, 'dist/server.js']
  : [process.execPath, '--import', 'tsx', 'src/server.ts'];
cpuSampai200.length = 0;
await ukur(`${langsung.slice(1).join(' ')} sampai 200 pertama`, () => sampai200(langsung));
process.stdout.write(`  CPU proses server sampai 200 pertama: median ${median(cpuSampai200.slice(1)).toFixed(2)} s\n`);
