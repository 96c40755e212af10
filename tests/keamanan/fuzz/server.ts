// The fuzzer's side of the app: starts server-worker.ts in a worker thread, sends raw HTTP requests
// (node:http, so paths, headers and bodies go out byte for byte), measures time and size, collects the
// 500s the app logs, and notices when the app hangs, crashes or runs out of memory; then starts a fresh one.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** One HTTP request, exactly as sent. */
export interface Req {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface Logged {
  message: string;
  error: string;
}

export type Outcome =
  | { kind: 'response'; status: number; type: string; bytes: number; ms: number; head: string; logs: Logged[] }
  /** No complete response: the connection was reset or closed, or the response was cut mid-way. */
  | { kind: 'cut'; status?: number | undefined; error: string; ms: number; logs: Logged[] }
  | { kind: 'timeout'; ms: number; logs: Logged[] }
  /** The app closed the connection while a large body was still being sent: it refused the upload. */
  | { kind: 'refused'; error: string; ms: number; logs: Logged[] }
  /** The worker died (uncaught exception, unhandled rejection, out of memory). */
  | { kind: 'crash'; error: string; ms: number; logs: Logged[] };

export interface CliOutcome {
  code?: number;
  thrown?: string;
  stdout: number;
  stderr: string;
  ms: number;
}

/** Host header of every request: PDFs print a QR code of it, so genuine PDFs stay byte-identical run to run. */
export const HOST = 'angka-kredit.invalid';

const START = fileURLToPath(new URL('./worker-start.mjs', import.meta.url));
const MODULE = new URL('./server-worker.ts', import.meta.url).href;

export class FuzzServer {
  private worker!: Worker;
  private port = 0;
  // A connection per request: a server that answers an upload early and closes a socket still being
  // written would otherwise reset the next request sent on it, and the finding would name the wrong input.
  private agent = new http.Agent({ keepAlive: false, maxSockets: 1 });
  private logs: Logged[] = [];
  private died: string | undefined;
  private waiting = new Map<number, (r: CliOutcome) => void>();
  private nextId = 1;
  /** How many times a fresh app had to be started (after a hang or a crash). */
  restarts = 0;

  private constructor(private readonly heapMb: number) {}

  static async start(heapMb = 2048): Promise<FuzzServer> {
    const s = new FuzzServer(heapMb);
    await s.boot();
    return s;
  }

  private async boot(): Promise<void> {
    this.died = undefined;
    this.logs = [];
    this.agent.destroy();
    this.agent = new http.Agent({ keepAlive: false, maxSockets: 1 });
    const w = new Worker(START, {
      workerData: { module: MODULE },
      execArgv: [],
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    // The app's own output is not ours to print; drain it so it never blocks.
    w.stdout.resume();
    w.stderr.resume();
    this.worker = w;
    const url = await new Promise<string>((ok, no) => {
      const first = (m: { type: string; url?: string }) => {
        if (m.type === 'ready') {
          w.off('error', no);
          ok(m.url!);
        }
      };
      w.on('message', first);
      w.once('error', no);
    });
    this.port = Number(new URL(url).port);
    w.on('message', (m: { type: string } & Record<string, unknown>) => {
      if (m.type === 'log') this.logs.push({ message: String(m.message), error: String(m.error) });
      if (m.type === 'cli') {
        const done = this.waiting.get(m.id as number);
        this.waiting.delete(m.id as number);
        done?.(m as unknown as CliOutcome);
      }
    });
    w.on('error', (e) => {
      this.died ??= e instanceof Error ? (e.stack ?? e.message) : String(e);
    });
    w.on('exit', (code) => {
      this.died ??= `worker exited with code ${code}`;
      for (const [, done] of this.waiting) done({ thrown: this.died, stdout: 0, stderr: '', ms: 0 });
      this.waiting.clear();
    });
  }

  async restart(): Promise<void> {
    this.restarts++;
    await this.worker.terminate();
    await this.boot();
  }

  async close(): Promise<void> {
    this.agent.destroy();
    await this.worker.terminate();
  }

  /** Sends a request and reads the whole response, counting its bytes; `cap` stops reading a runaway one. */
  async send(req: Req, timeoutMs: number, cap: number): Promise<Outcome> {
    this.logs = [];
    const t0 = performance.now();
    const ms = () => performance.now() - t0;
    const r = await new Promise<Outcome>((done) => {
      let status: number | undefined;
      let settled = false;
      const finish = (o: Outcome) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          done(o);
        }
      };
      const headers: Record<string, string> = { host: HOST, ...req.headers };
      if (req.body) headers['content-length'] = String(req.body.length);
      let request: http.ClientRequest;
      try {
        request = http.request({ host: '127.0.0.1', port: this.port, method: req.method, path: req.path, headers, agent: this.agent });
      } catch (e) {
        // Node refused to send it (e.g. a character not allowed in a path): the generator's fault, not the app's.
        throw new Error(`request not sendable: ${(e as Error).message}`, { cause: e });
      }
      const timer = setTimeout(() => {
        request.destroy();
        finish({ kind: 'timeout', ms: ms(), logs: [] });
      }, timeoutMs);
      request.on('response', (res) => {
        status = res.statusCode ?? 0;
        let bytes = 0;
        const head: Buffer[] = [];
        let headLen = 0;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
          if (headLen < 4096) {
            head.push(c);
            headLen += c.length;
          }
          // Judged as a response too large: settle first, since destroying it makes it 'aborted'.
          if (bytes > cap) {
            finish({
              kind: 'response',
              status: status!,
              type: String(res.headers['content-type'] ?? ''),
              bytes,
              ms: ms(),
              head: '',
              logs: [],
            });
            res.destroy();
          }
        });
        res.on('end', () =>
          finish({
            kind: 'response',
            status: status!,
            type: String(res.headers['content-type'] ?? ''),
            bytes,
            ms: ms(),
            head: Buffer.concat(head).subarray(0, 4096).toString('utf8'),
            logs: [],
          }),
        );
        res.on('error', (e) => finish({ kind: 'cut', status, error: e.message, ms: ms(), logs: [] }));
        res.on('aborted', () => finish({ kind: 'cut', status, error: 'response aborted', ms: ms(), logs: [] }));
      });
      request.on('error', (e) => {
        // The app may answer (413, 400) before it has read the whole body and close the socket under our
        // write; that is an answer, not a cut. Give the response event a moment to arrive. Without one, a
        // body over 1 MB (more than any JSON or form route accepts) closed on is a refusal; whether the
        // app logged an error or stopped answering is still checked.
        const code = (e as NodeJS.ErrnoException).code ?? e.message;
        const refused = status === undefined && (req.body?.length ?? 0) > 1024 * 1024;
        setTimeout(
          () =>
            finish(
              refused ? { kind: 'refused', error: code, ms: ms(), logs: [] } : { kind: 'cut', status, error: code, ms: ms(), logs: [] },
            ),
          50,
        );
      });
      request.end(req.body);
    });
    // A 500's log line travels by message port and may arrive just after the response.
    // A cut connection may be the worker dying (out of memory): its exit event needs a moment as well.
    const wait = r.kind === 'cut' ? 100 : r.kind === 'response' && r.status >= 500 ? 20 : 0;
    for (let i = 0; i < wait && this.logs.length === 0 && !this.died; i++) await new Promise((ok) => setTimeout(ok, 10));
    if (this.died) return { kind: 'crash', error: this.died, ms: r.ms, logs: this.logs };
    return { ...r, logs: this.logs };
  }

  /** A request whose whole answer is wanted (materials for the fuzzer: genuine PDFs, batch fields). */
  grab(req: Req): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((ok, no) => {
      const headers: Record<string, string> = {
        host: HOST,
        ...req.headers,
        ...(req.body && { 'content-length': String(req.body.length) }),
      };
      const r = http.request(
        { host: '127.0.0.1', port: this.port, method: req.method, path: req.path, headers, agent: this.agent },
        (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
          res.on('error', no);
        },
      );
      r.on('error', no);
      r.end(req.body);
    });
  }

  /** GET / answers 200 within the time given. */
  async healthy(timeoutMs = 5000): Promise<boolean> {
    if (this.died) return false;
    const o = await this.send({ method: 'GET', path: '/', headers: {} }, timeoutMs, 4 * 1024 * 1024).catch(() => undefined);
    return o?.kind === 'response' && o.status === 200;
  }

  get dead(): string | undefined {
    return this.died;
  }

  /** The command line's main() in the worker: `hitung <file with text> ...argv`. */
  cli(text: string, argv: string[], timeoutMs: number): Promise<CliOutcome | 'timeout'> {
    if (this.died) return Promise.resolve({ thrown: this.died, stdout: 0, stderr: '', ms: 0 });
    const id = this.nextId++;
    return new Promise((ok) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        ok('timeout');
      }, timeoutMs);
      this.waiting.set(id, (r) => {
        clearTimeout(timer);
        ok(r);
      });
      this.worker.postMessage({ type: 'cli', id, text, argv });
    });
  }
}
