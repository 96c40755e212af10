// The fuzzing loop: runs a target's inputs through fast-check, judges every response against the
// properties (no 5xx, no cut connection, no crash or hang, bounded size and time, GET / still answers;
// for the command line: exit 0 or 2, no exception, no stack trace), and keeps going after a failure
// to find the other distinct ones. Each distinct failure is shrunk (within a time budget) and reported
// with its seed and path, the minimal request, and the server-side error.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Req, Outcome, FuzzServer, CliOutcome } from './server.ts';
import type { CliCase, Materials, Target } from './targets.ts';

export interface Config {
  /** Inputs per target; undefined: each target's short-run number. */
  runs: number | undefined;
  seed: number;
  /** Time budget per target, seconds (exploration; shrinking has its own). */
  seconds: number;
  /** Slowest acceptable response, ms. */
  ms: number;
  /** Largest acceptable HTML or JSON response; files (PDF, ZIP, XLSX, CSV) get `fileBytes`. */
  htmlBytes: number;
  fileBytes: number;
  out: string;
  only: string[] | undefined;
  replay: { slug: string; seed: number; path: string } | undefined;
  /** Real `angka-kredit hitung` processes spawned, besides the in-process runs. */
  spawn: number;
  shrinkSeconds: number;
  maxFindings: number;
  /** GET / is checked after every n-th request, and after every request that went wrong or was slow. */
  healthEvery: number;
  heapMb: number;
}

export function config(env: NodeJS.ProcessEnv = process.env): Config {
  const long = env.FUZZ_RUNS !== undefined;
  const num = (k: string, d: number) => (env[k] !== undefined && env[k] !== '' ? Number(env[k]) : d);
  const replay = env.FUZZ_ULANG ? /^([^:]+):(\d+):(.*)$/.exec(env.FUZZ_ULANG) : null;
  return {
    runs: long ? num('FUZZ_RUNS', 20_000) : undefined,
    seed: num('FUZZ_SEED', 20240515),
    seconds: num('FUZZ_DETIK', long ? 900 : 10),
    // The short run inside npm test judges hangs, not speed (CI machines can be busy): an answer may take
    // 20 s before it counts. The long run holds answers to 5 s.
    ms: num('FUZZ_MAKS_MS', long ? 5000 : 20_000),
    htmlBytes: 2 * 1024 * 1024,
    fileBytes: 64 * 1024 * 1024,
    out: env.FUZZ_KELUAR || join(tmpdir(), 'angka-kredit-fuzz'),
    only: env.FUZZ_SASARAN ? env.FUZZ_SASARAN.split(',').map((s) => s.trim()) : replay ? [replay[1]!] : undefined,
    replay: replay ? { slug: replay[1]!, seed: Number(replay[2]), path: replay[3]! } : undefined,
    spawn: num('FUZZ_CLI_PROSES', long ? 40 : 4),
    shrinkSeconds: num('FUZZ_SUSUT_DETIK', long ? 60 : 8),
    maxFindings: num('FUZZ_MAKS_TEMUAN', long ? 12 : 2),
    healthEvery: num('FUZZ_CEK_SETIAP', 10),
    heapMb: num('FUZZ_HEAP_MB', 2048),
  };
}

export const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface Stats {
  target: string;
  planned: number;
  runs: number;
  requests: number;
  statuses: Record<string, number>;
  latencies: number[];
  maxMs: number;
  maxMsWhat: string;
  maxBytes: number;
  maxBytesWhat: string;
  seconds: number;
  stoppedByTime: boolean;
  restarts: number;
}

export function newStats(target: string, planned: number): Stats {
  return {
    target,
    planned,
    runs: 0,
    requests: 0,
    statuses: {},
    latencies: [],
    maxMs: 0,
    maxMsWhat: '',
    maxBytes: 0,
    maxBytesWhat: '',
    seconds: 0,
    stoppedByTime: false,
    restarts: 0,
  };
}

/**
 * A failure: `signature` names it with its target; `key` is what makes two failures the same problem,
 * across targets when the app logged an error (the same error thrown at the same place in our code is
 * one problem, whichever route reached it), per target otherwise (too slow, too big, no answer).
 */
export interface Violation {
  signature: string;
  key: string;
  what: string;
  serverError?: string;
}

export interface Finding {
  target: string;
  signature: string;
  what: string;
  seed: number;
  path: string;
  spec: unknown;
  req?: Req;
  cli?: CliCase;
  outcome: string;
  serverError?: string;
  saved: string[];
}

/** Every distinct problem found so far, with how often each target ran into it again. */
export class Registry {
  readonly found = new Map<string, { signature: string; target: string; hits: Map<string, number> }>();
  has(key: string): boolean {
    return this.found.has(key);
  }
  add(v: Violation, target: string): void {
    this.found.set(v.key, { signature: v.signature, target, hits: new Map() });
  }
  hit(key: string, target: string): void {
    const f = this.found.get(key)!;
    f.hits.set(target, (f.hits.get(target) ?? 0) + 1);
  }
  /** Known problems this target ran into again, as lines for its failure message. */
  rehits(target: string): string[] {
    return [...this.found.values()].flatMap((f) => {
      const n = f.hits.get(target);
      return n
        ? [`${f.signature.replace(/^[^|]+\| /, '')}: ${n} more input(s)${f.target === target ? '' : ` (reported under ${f.target})`}`]
        : [];
    });
  }
}

/** "RangeError: Invalid time value @ src/domain/tanggal.ts": the first line, numbers and quoted text blanked, and where in our code. */
export function errorSignature(stack: string): string {
  const lines = stack.split('\n');
  const head = (lines[0] ?? '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\d+/g, 'N')
    .slice(0, 140);
  // Where it was thrown: the first frame in our code or in a package (a library's own error is named by
  // the library, whichever of our routes called it, so one problem has one name).
  const where = lines
    .filter((l) => /^\s+at /.test(l))
    .map((l) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(l)?.[1] ?? /\/(src\/[^:)]+)/.exec(l)?.[1])
    .find(Boolean);
  return `${head}${where ? ` @ ${where}` : ''}`;
}

const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} kB`);

const make = (target: string, rest: string, what: string, shared: boolean, serverError?: string): Violation => ({
  signature: `${target} | ${rest}`,
  key: shared ? rest : `${target} | ${rest}`,
  what,
  ...(serverError && { serverError }),
});

/** The properties every response must have. */
export function judge(target: string, o: Outcome, cfg: Config, timeoutMs: number): Violation | undefined {
  const err = o.logs[0] ? `${o.logs[0].message}\n${o.logs[0].error}` : undefined;
  const where = o.logs[0] ? errorSignature(o.logs[0].error) : undefined;
  switch (o.kind) {
    case 'crash':
      return make(target, `app crashed | ${errorSignature(o.error)}`, 'the app crashed (its worker died)', false, o.error);
    case 'timeout':
      return make(target, `no answer within ${timeoutMs / 1000} s`, `no response within ${timeoutMs} ms`, false, err);
    // Closing the connection on an upload of more than 1 MB that is still coming is a refusal; a log line would still count.
    case 'refused':
      return err ? make(target, `error logged while refusing an upload | ${where}`, 'the app logged an error', true, err) : undefined;
    case 'cut':
      return make(
        target,
        `connection cut${where ? ` | ${where}` : ''}`,
        `the connection was cut (${o.error}${o.status ? `, after status ${o.status}` : ''})`,
        !!where,
        err,
      );
    case 'response': {
      if (o.status >= 500) return make(target, `${o.status} | ${where ?? 'nothing logged'}`, `status ${o.status}`, !!where, err);
      if (err)
        return make(
          target,
          `error logged with status ${o.status} | ${where}`,
          `status ${o.status}, but the app logged an error`,
          true,
          err,
        );
      const file = /pdf|zip|spreadsheet|octet-stream|csv/.test(o.type);
      // The batch's result page carries the upload's rows back in its signed hidden field, which the app
      // accepts back up to 12 MB (MAKS_FORM_MUATAN in src/web/batch.ts): that page is bounded by it, not by 2 MB.
      const bound = file ? cfg.fileBytes : target === 'POST /batch' ? 12 * 1024 * 1024 + cfg.htmlBytes : cfg.htmlBytes;
      if (o.bytes > bound)
        return make(target, `response larger than ${kb(bound)}`, `response of ${kb(o.bytes)} (${o.type}, status ${o.status})`, false);
      if (o.ms > cfg.ms) return make(target, `slower than ${cfg.ms} ms`, `answered in ${Math.round(o.ms)} ms (status ${o.status})`, false);
      return undefined;
    }
  }
}

function record(stats: Stats, key: string, ms: number, bytes: number, what: string): void {
  stats.requests++;
  stats.statuses[key] = (stats.statuses[key] ?? 0) + 1;
  stats.latencies.push(ms);
  if (ms > stats.maxMs) {
    stats.maxMs = ms;
    stats.maxMsWhat = what;
  }
  if (bytes > stats.maxBytes) {
    stats.maxBytes = bytes;
    stats.maxBytesWhat = what;
  }
}

const STACK = /^\s+at .+(:\d+:\d+\)?|native\)?)$/m;

class Failure extends Error {
  constructor(readonly v: Violation) {
    super(v.signature);
  }
}

interface Attempt {
  violation?: Violation;
  req?: Req;
  cli?: CliCase;
  outcome: string;
}

/** One input: send it, judge the answer, check the app still serves GET /, restart it when it does not. */
async function attempt(target: Target, spec: unknown, m: Materials, server: FuzzServer, cfg: Config, stats: Stats): Promise<Attempt> {
  const timeoutMs = Math.max(3 * cfg.ms, 15_000);
  if (target.kind === 'cli') {
    const c = spec as CliCase;
    const r = await server.cli(c.text, c.argv, timeoutMs);
    if (r === 'timeout') {
      record(stats, 'timeout', timeoutMs, 0, 'timeout');
      await server.restart();
      stats.restarts++;
      return {
        cli: c,
        outcome: 'no exit within the time limit',
        violation: make(target.name, `no exit within ${timeoutMs / 1000} s`, 'hung', false),
      };
    }
    if (server.dead) {
      await server.restart();
      stats.restarts++;
    }
    return { cli: c, ...judgeCli(target.name, r, cfg, stats) };
  }
  const req = await target.build(spec, m);
  // Nothing the app accepts is near 64 MB; a generator that went past it is cut back rather than sent whole.
  if (req.body && req.body.length > 64 * 1024 * 1024) req.body = req.body.subarray(0, 64 * 1024 * 1024);
  const o = await server.send(req, timeoutMs, cfg.fileBytes + 1);
  const key = o.kind === 'response' ? String(o.status) : o.kind;
  const bytes = o.kind === 'response' ? o.bytes : 0;
  record(
    stats,
    key,
    o.ms,
    bytes,
    `${key} ${req.method} ${req.path.slice(0, 60)}${o.kind === 'response' ? ` ${o.type.split(';')[0]}` : ''}`,
  );
  let violation = judge(target.name, o, cfg, timeoutMs);
  const outcome =
    o.kind === 'response'
      ? `status ${o.status}, ${o.type || 'no type'}, ${o.bytes} bytes, ${Math.round(o.ms)} ms`
      : `${o.kind}${'error' in o ? `: ${o.error.split('\n')[0]}` : ''} after ${Math.round(o.ms)} ms`;
  if (o.kind === 'crash' || o.kind === 'timeout' || server.dead) {
    await server.restart();
    stats.restarts++;
  } else if (violation || o.ms > 1000 || stats.requests % cfg.healthEvery === 0) {
    if (!(await server.healthy())) {
      violation ??= make(target.name, 'GET / no longer answers', 'after this request, GET / did not answer 200 within 5 s', false);
      await server.restart();
      stats.restarts++;
    }
  }
  return { req, outcome, ...(violation && { violation }) };
}

function judgeCli(name: string, r: CliOutcome, cfg: Config, stats: Stats): { violation?: Violation; outcome: string } {
  const key = r.thrown !== undefined ? 'exception' : `exit ${r.code}`;
  record(stats, key, r.ms, r.stdout, key);
  const outcome = `${key}, ${r.stdout} bytes on stdout, ${Math.round(r.ms)} ms${r.stderr ? `, stderr: ${JSON.stringify(r.stderr.slice(0, 300))}` : ''}`;
  if (r.thrown !== undefined)
    return {
      outcome,
      violation: make(
        name,
        `exception (the bin prints a stack trace, exit 1) | ${errorSignature(r.thrown)}`,
        'main() threw',
        false,
        r.thrown,
      ),
    };
  if (r.code !== 0 && r.code !== 2) return { outcome, violation: make(name, `exit ${r.code}`, `exit code ${r.code}`, false) };
  if (STACK.test(r.stderr)) return { outcome, violation: make(name, 'stack trace on stderr', 'a stack trace on stderr', false, r.stderr) };
  if (r.ms > cfg.ms) return { outcome, violation: make(name, `slower than ${cfg.ms} ms`, `ran ${Math.round(r.ms)} ms`, false) };
  return { outcome };
}

/**
 * Explores one target: fast-check runs until a failure that is a new problem, shrinks it (only that
 * problem counts as failing while shrinking, for at most shrinkSeconds), records it, and goes on with
 * the next seed until the inputs or the time budget are spent. Known problems met again are counted.
 */
export async function explore(
  target: Target,
  m: Materials,
  server: FuzzServer,
  cfg: Config,
  stats: Stats,
  registry: Registry,
): Promise<Finding[]> {
  const arb = (target.kind === 'cli' ? target.arb() : target.arb(m)) as fc.Arbitrary<unknown>;
  const findings: Finding[] = [];
  const t0 = performance.now();
  const deadline = t0 + cfg.seconds * 1000;
  let seed = cfg.seed;
  // The long run says where it is once a minute.
  const progress =
    cfg.runs !== undefined
      ? setInterval(() => {
          console.log(
            `[fuzz] ${target.name}: ${stats.runs}/${stats.planned} inputs, ${Math.round((performance.now() - t0) / 1000)} s, ${findings.length} new problems, statuses ${JSON.stringify(stats.statuses)}`,
          );
        }, 60_000)
      : undefined;
  try {
    for (let round = 0; stats.runs < stats.planned && findings.length < cfg.maxFindings; round++) {
      const budget = deadline - performance.now();
      if (budget <= 0) {
        stats.stoppedByTime = true;
        break;
      }
      let chasing: string | undefined;
      let failedAt = 0;
      let last: (Attempt & { spec: unknown }) | undefined;
      let inflight: Promise<unknown> = Promise.resolve();
      const property = fc.asyncProperty(arb, async (spec) => {
        if (chasing && performance.now() - failedAt > cfg.shrinkSeconds * 1000) return true;
        if (!chasing) stats.runs++;
        const p = attempt(target, spec, m, server, cfg, stats);
        inflight = p.catch(() => undefined);
        const a = await p;
        const v = a.violation;
        if (!v || (chasing && v.key !== chasing)) return true;
        if (!chasing && registry.has(v.key)) {
          registry.hit(v.key, target.name);
          return true;
        }
        if (!chasing) {
          chasing = v.key;
          failedAt = performance.now();
        }
        last = { ...a, spec };
        throw new Failure(v);
      });
      const runSeed = cfg.replay?.seed ?? seed;
      const details = await fc.check(property, {
        seed: runSeed,
        numRuns: stats.planned - stats.runs,
        interruptAfterTimeLimit: budget,
        markInterruptAsFailure: false,
        ...(cfg.replay && { path: cfg.replay.path, numRuns: 1 }),
      });
      // An interrupted run leaves its last request going: let it finish before anything else is sent.
      await inflight;
      // A failure that is not a Failure is the harness's own (a generator or request builder threw).
      if (details.failed && !(details.errorInstance instanceof Failure)) throw details.errorInstance;
      if (details.interrupted) stats.stoppedByTime = true;
      if (!last || !chasing) break;
      registry.add(last.violation!, target.name);
      findings.push(
        await report(target, last, runSeed, details.counterexamplePath ?? '(interrupted while shrinking)', cfg, findings.length + 1),
      );
      if (cfg.replay) break;
      seed = (seed * 48271 + round + 1) % 2147483647;
    }
  } finally {
    clearInterval(progress);
  }
  stats.seconds = (performance.now() - t0) / 1000;
  return findings;
}

function printable(b: Buffer): boolean {
  const s = b.subarray(0, 2000).toString('utf8');
  return !/[\x00-\x08\x0e-\x1f]/.test(s.replace(/\ufffd/g, ''));
}

function preview(b: Buffer, max = 700): string {
  if (printable(b)) {
    const s = b.toString('utf8');
    return JSON.stringify(s.length > max ? `${s.slice(0, max)}` : s) + (s.length > max ? ` … (${s.length} chars)` : '');
  }
  return `${b.subarray(0, 48).toString('hex')}${b.length > 48 ? '…' : ''} (${b.length} bytes, binary)`;
}

async function report(
  target: Target,
  a: Attempt & { spec: unknown },
  seed: number,
  path: string,
  cfg: Config,
  n: number,
): Promise<Finding> {
  mkdirSync(cfg.out, { recursive: true });
  const base = join(cfg.out, `${slug(target.name)}-${n}`);
  const saved: string[] = [];
  if (a.req) {
    const body = a.req.body ?? Buffer.alloc(0);
    writeFileSync(`${base}.body`, body);
    const headers = Object.entries(a.req.headers)
      .map(([k, v]) => ` -H ${sh(`${k}: ${v}`)}`)
      .join('');
    writeFileSync(
      `${base}.txt`,
      [
        a.violation!.signature,
        '',
        `${a.req.method} ${a.req.path}`,
        ...Object.entries(a.req.headers).map(([k, v]) => `${k}: ${v}`),
        `(body: ${body.length} bytes in ${base}.body)`,
        '',
        `curl -sS -o /dev/null -w '%{http_code} %{size_download} %{time_total}\\n' -X ${a.req.method} ${sh(`http://127.0.0.1:3000${a.req.path}`)}${headers}${a.req.body ? ` --data-binary @${base}.body` : ''}`,
        '',
        `outcome: ${a.outcome}`,
        '',
        a.violation!.serverError ?? '',
        '',
        `spec: ${fc.stringify(a.spec).slice(0, 20_000)}`,
      ].join('\n'),
    );
    saved.push(`${base}.txt`, `${base}.body`);
  } else if (a.cli) {
    writeFileSync(`${base}.json`, a.cli.text);
    writeFileSync(
      `${base}.txt`,
      [
        a.violation!.signature,
        '',
        `node bin/angka-kredit.js hitung ${base}.json ${a.cli.argv.map(sh).join(' ')}`,
        '',
        `outcome: ${a.outcome}`,
        '',
        a.violation!.serverError ?? '',
      ].join('\n'),
    );
    saved.push(`${base}.txt`, `${base}.json`);
  }
  return {
    target: target.name,
    signature: a.violation!.signature,
    what: a.violation!.what,
    seed,
    path,
    spec: a.spec,
    ...(a.req && { req: a.req }),
    ...(a.cli && { cli: a.cli }),
    outcome: a.outcome,
    ...(a.violation!.serverError && { serverError: a.violation!.serverError }),
    saved,
  };
}

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function describeFinding(f: Finding, i: number): string {
  const lines = [`[${i}] ${f.signature}`, `    ${f.what}; ${f.outcome}`];
  lines.push(
    `    seed ${f.seed}, path ${f.path}  (replay: FUZZ_ULANG='${slug(f.target)}:${f.seed}:${f.path}' npx vitest run tests/keamanan/fuzz.test.ts)`,
  );
  if (f.req) {
    lines.push(
      `    request: ${f.req.method} ${f.req.path.length > 200 ? `${f.req.path.slice(0, 200)}…` : f.req.path}  ${Object.entries(
        f.req.headers,
      )
        .map(([k, v]) => `${k}: ${v}`)
        .join('; ')}`,
    );
    if (f.req.body) lines.push(`    body (${f.req.body.length} bytes): ${preview(f.req.body)}`);
  }
  if (f.cli) lines.push(`    hitung ${f.cli.argv.join(' ')} <file>: ${preview(Buffer.from(f.cli.text))}`);
  if (f.serverError) lines.push(`    server: ${f.serverError.split('\n').slice(0, 7).join('\n            ')}`);
  if (f.saved.length) lines.push(`    saved: ${f.saved.join(', ')}`);
  return lines.join('\n');
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

export function summary(all: Stats[], findings: Finding[], registry: Registry, restarts: number): string {
  const rows = all.map((s) => {
    const st = Object.entries(s.statuses)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
    const n = findings.filter((f) => f.target === s.target).length;
    const again = [...registry.found.values()].reduce((sum, f) => sum + (f.hits.get(s.target) ?? 0), 0);
    return [
      `${s.target}`,
      `  inputs ${s.runs}/${s.planned}${s.stoppedByTime ? ' (time budget reached)' : ''}, requests ${s.requests} (shrinking included, GET / checks not), ${s.seconds.toFixed(1)} s, restarts ${s.restarts}`,
      `  new problems ${n}; inputs that met an already reported problem ${again}`,
      `  statuses ${st}`,
      `  latency p50 ${pct(s.latencies, 50).toFixed(0)} ms, p99 ${pct(s.latencies, 99).toFixed(0)} ms, max ${s.maxMs.toFixed(0)} ms (${s.maxMsWhat})`,
      `  largest response ${kb(s.maxBytes)} (${s.maxBytesWhat})`,
    ].join('\n');
  });
  return [`Fuzz summary (${findings.length} distinct findings, ${restarts} app restarts)`, ...rows].join('\n');
}

/** Real processes of the command line on a few inputs: exit 0 or 2, no stack trace, within the time bound. */
export async function spawnCli(cases: CliCase[], cfg: Config, stats: Stats): Promise<Finding[]> {
  const bin = new URL('../../../bin/angka-kredit.js', import.meta.url).pathname;
  mkdirSync(cfg.out, { recursive: true });
  const findings: Finding[] = [];
  const one = (c: CliCase, i: number) =>
    new Promise<void>((done) => {
      const file = join(cfg.out, `cli-spawn-${i}.json`);
      writeFileSync(file, c.text);
      const t0 = performance.now();
      const p = spawn(process.execPath, [bin, 'hitung', file, ...c.argv], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
      let stdout = 0;
      let stderr = '';
      p.stdout.on('data', (d: Buffer) => {
        stdout += d.length;
      });
      p.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      p.on('close', (code, signal) => {
        const ms = performance.now() - t0;
        const key = `process exit ${code ?? signal}`;
        record(stats, key, ms, stdout, key);
        const bad = code !== 0 && code !== 2 ? `exit ${code ?? signal}` : STACK.test(stderr) ? 'stack trace on stderr' : undefined;
        if (bad) {
          findings.push({
            target: 'CLI angka-kredit hitung (process)',
            signature: `CLI process | ${bad}${stderr ? ` | ${errorSignature(stderr.trim())}` : ''}`,
            what: bad,
            seed: cfg.seed,
            path: `sample ${i}`,
            spec: c,
            cli: c,
            outcome: `${key}, ${Math.round(ms)} ms`,
            serverError: stderr.slice(0, 4000),
            saved: [file],
          });
        }
        done();
      });
    });
  // Two at a time: the machine has two cores and each process costs about a second.
  for (let i = 0; i < cases.length; i += 2) await Promise.all(cases.slice(i, i + 2).map((c, j) => one(c, i + j)));
  return findings;
}
