// Runs inside a worker thread: the real app on a free loopback port, and the command line's main().
// The fuzzer's thread stays free, so it can time a request out, see the app crash or run out of memory,
// and start a fresh one. Every 500 the app logs is sent to the fuzzer with its stack.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { main } from '../../../src/cli.ts';
import { jalankanApp } from '../../helpers/app.ts';
import { FUZZ_KUNCI_BATCH } from './files.ts';

const port = parentPort!;
const describe = (e: unknown) => (e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));

const app = await jalankanApp({
  kunciBatch: FUZZ_KUNCI_BATCH,
  log: (message, error) => port.postMessage({ type: 'log', message, error: describe(error) }),
});

const dir = mkdtempSync(join(tmpdir(), 'ak-fuzz-cli-'));
let n = 0;

interface CliJob {
  type: 'cli';
  id: number;
  text: string;
  argv: string[];
}

/** main(['hitung', file, ...argv]) with stdout and stderr captured, as the bin would run it. */
function runCli(job: CliJob) {
  const file = join(dir, `in-${n++ % 4}.json`);
  writeFileSync(file, job.text);
  const out = { stdout: 0, stderr: '' };
  const w = { o: process.stdout.write, e: process.stderr.write };
  process.stdout.write = ((c: string | Uint8Array) => {
    out.stdout += c.length;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => {
    out.stderr += String(c);
    return true;
  }) as typeof process.stderr.write;
  const t0 = performance.now();
  let code: number | undefined;
  let thrown: string | undefined;
  try {
    code = main(['hitung', file, ...job.argv]);
  } catch (e) {
    thrown = describe(e);
  } finally {
    process.stdout.write = w.o;
    process.stderr.write = w.e;
  }
  return { type: 'cli', id: job.id, code, thrown, stdout: out.stdout, stderr: out.stderr.slice(0, 20_000), ms: performance.now() - t0 };
}

port.on('message', (m: CliJob | { type: 'close' }) => {
  if (m.type === 'cli') port.postMessage(runCli(m));
  else if (m.type === 'close')
    void app.tutup().finally(() => {
      rmSync(dir, { recursive: true, force: true });
      port.close();
    });
});

// The app's worker pool starts with the first task that needs it (seconds on a busy machine): start it
// now, so that the first fuzzed document request after each restart is timed on a warm pool.
await fetch(`${app.url}/api/v1/dokumen/penetapan`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: readFileSync(new URL('../../../examples/ahli-pertama.json', import.meta.url)),
});

port.postMessage({ type: 'ready', url: app.url });
