// Fuzzing every route of the web app and the command line with hostile input (fast-check, seeded).
// Properties of every answer: never a 5xx or a cut connection, never a crash or a hang, never larger
// than 2 MB (HTML, JSON; the batch result page 14 MB, as it carries the rows back) or 64 MB (PDF, ZIP, XLSX, CSV), never slower
// than 5 s in the long run (20 s, i.e. hung, in the short run inside npm test), and GET / still answers
// afterwards. The command line: exit 0 or 2, no exception and no stack trace.
//
//   npm test                                   short run: 60–250 inputs per target (at most 10 s each), seed 20240515
//   npm run fuzz                               long run: 20,000 inputs per target, at most 15 min each
//   FUZZ_SEED=7 FUZZ_SASARAN=post-batch npx vitest run tests/keamanan/fuzz.test.ts
//   FUZZ_ULANG='<target>:<seed>:<path>' ...    replays one failure exactly (printed with each failure)
//
// Other settings: FUZZ_RUNS, FUZZ_DETIK (time budget per target), FUZZ_MAKS_MS, FUZZ_SUSUT_DETIK
// (shrinking budget), FUZZ_MAKS_TEMUAN (distinct failures per target), FUZZ_CLI_PROSES, FUZZ_KELUAR
// (where each failure's request is saved with a curl command; default $TMPDIR/angka-kredit-fuzz).
// A failure lists each distinct problem once: its seed and path, the minimal request and the error the
// app logged. The app runs in a worker thread (fuzz/server-worker.ts), so a hang or crash is a finding
// and not the end of the run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfAttachment } from '../../src/pdf/pdf-attachment.ts';
import { MAKS_LAMPIRAN_BYTE } from '../../src/pdf/kode.ts';
import { aturan } from '../helpers/aturan.ts';
import { EXAMPLES, serialize } from './fuzz/json.ts';
import { multipart } from './fuzz/encode.ts';
import { PNG_1X1, unpack } from './fuzz/files.ts';
import { FuzzServer, type Outcome } from './fuzz/server.ts';
import { TARGETS, type Materials } from './fuzz/targets.ts';
import {
  config,
  describeFinding,
  errorSignature,
  explore,
  judge,
  newStats,
  Registry,
  slug,
  spawnCli,
  summary,
  type Finding,
  type Stats,
} from './fuzz/explore.ts';

const cfg = config();
const targets = TARGETS.filter((t) => !cfg.only || cfg.only.includes(slug(t.name)));

/** Genuine material from the app itself: PDFs (with and without a logo), their attachment and code, batch hidden fields. */
async function materials(server: FuzzServer): Promise<Materials> {
  const contoh = EXAMPLES[0] as Record<string, unknown>;
  const pdf = async (jenis: string, dokumen?: unknown) => {
    const r = await server.grab({
      method: 'POST',
      path: `/api/v1/dokumen/${jenis}`,
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(serialize({ ...contoh, ...(dokumen !== undefined && { dokumen }) })),
    });
    expect(r.status, `genuine PDF ${jenis}`).toBe(200);
    return { pdf: r.body, kode: String(r.headers['x-kode-verifikasi']) };
  };
  const penetapan = await pdf('penetapan');
  const pdfs = [
    penetapan.pdf,
    (await pdf('konversi')).pdf,
    (await pdf('semua')).pdf,
    (await pdf('akumulasi', { logo: `data:image/png;base64,${PNG_1X1.toString('base64')}`, kop: ['PEMERINTAH KABUPATEN CONTOH'] })).pdf,
  ];
  const bacaan = readPdfAttachment(penetapan.pdf, MAKS_LAMPIRAN_BYTE);
  if (!('isi' in bacaan)) throw new Error(`genuine Penetapan has no readable attachment: ${bacaan.galat}`);
  const lampiran = JSON.parse(bacaan.isi.toString('utf8')) as Record<string, unknown>;

  const muatan: string[] = [];
  for (const f of ['unit-koma.csv', 'galat.csv', 'unit-titik-koma.csv']) {
    const { type, body } = multipart([
      { name: 'tanggalPerhitungan', data: Buffer.from('2024-05-15') },
      { name: 'berkas', filename: f, type: 'text/csv', data: readFileSync(new URL(`../fixtures/batch/${f}`, import.meta.url)) },
    ]);
    const r = await server.grab({ method: 'POST', path: '/batch', headers: { 'content-type': type }, body });
    expect(r.status, `batch upload ${f}`).toBe(200);
    muatan.push(/name="muatan" value="([^"]+)"/.exec(r.body.toString('utf8'))![1]!);
  }
  const nips = [...new Set(muatan.flatMap((m) => (unpack(m) as { orang: { nip: string }[] }).orang.map((o) => o.nip)))];
  return { pdfs, lampiran, kode: penetapan.kode, versi: aturan.versi, muatan, nips };
}

describe('the fuzz harness itself', () => {
  const base = { logs: [], ms: 10 };
  const resp = (status: number, extra: Partial<Extract<Outcome, { kind: 'response' }>> = {}): Outcome => ({
    kind: 'response',
    status,
    type: 'text/html',
    bytes: 100,
    head: '',
    ...base,
    ...extra,
  });

  it('when the app answers 500 and logs the error, then that is a failure named by the error and where it was thrown', () => {
    const v = judge(
      'T',
      resp(500, {
        logs: [
          {
            message: '500 POST /x',
            error:
              'RangeError: Invalid time value 2024\n    at f (/w/src/domain/tanggal.ts:3:9)\n    at g (/w/node_modules/express/lib/router.js:1:1)',
          },
        ],
      }),
      cfg,
      15_000,
    );
    expect(v?.signature).toBe('T | 500 | RangeError: Invalid time value N @ src/domain/tanggal.ts');
  });

  it('when the answer is a 4xx of ordinary size and speed, then it is not a failure; too big, too slow, cut or crashed is', () => {
    expect(judge('T', resp(400), cfg, 15_000)).toBeUndefined();
    expect(judge('T', resp(200, { bytes: 3 * 1024 * 1024 }), cfg, 15_000)?.what).toMatch(/3\.0 MB/);
    expect(judge('T', resp(200, { bytes: 3 * 1024 * 1024, type: 'application/pdf' }), cfg, 15_000)).toBeUndefined();
    expect(judge('T', resp(200, { ms: cfg.ms + 1 }), cfg, 15_000)?.signature).toMatch(/slower than/);
    expect(judge('T', { kind: 'cut', error: 'ECONNRESET', ...base }, cfg, 15_000)?.signature).toMatch(/connection cut/);
    expect(judge('T', { kind: 'crash', error: 'Error: ERR_WORKER_OUT_OF_MEMORY', ...base }, cfg, 15_000)?.signature).toMatch(/app crashed/);
  });

  it('when an error comes from a library, then its signature names the package', () => {
    expect(errorSignature('TypeError: x is not a function\n    at a (/w/node_modules/pdfkit/js/pdfkit.js:1:1)')).toBe(
      'TypeError: x is not a function @ pdfkit',
    );
  });
});

describe('fuzz: hostile input to every route and to the command line', () => {
  let server: FuzzServer;
  let m: Materials;
  const stats: Stats[] = [];
  const findings: Finding[] = [];
  const registry = new Registry();

  beforeAll(async () => {
    server = await FuzzServer.start(cfg.heapMb);
    m = await materials(server);
  }, 120_000);

  afterAll(async () => {
    if (stats.length) {
      const text = summary(stats, findings, registry, server?.restarts ?? 0);
      console.log(text);
      mkdirSync(cfg.out, { recursive: true });
      writeFileSync(join(cfg.out, 'rapor.txt'), `${text}\n\n${findings.map((f, i) => describeFinding(f, i + 1)).join('\n\n')}\n`);
    }
    await server?.close();
  });

  for (const t of targets) {
    it(
      `when ${t.name} gets hostile input, then no 5xx, no crash or hang, bounded size and time, and GET / still answers`,
      async () => {
        const s = newStats(t.name, cfg.runs ?? t.short);
        stats.push(s);
        const found = await explore(t, m, server, cfg, s, registry);
        if (t.kind === 'cli' && cfg.spawn > 0 && !cfg.replay)
          found.push(...(await spawnCli(fc.sample(t.arb(), { seed: cfg.seed, numRuns: cfg.spawn }), cfg, s)));
        findings.push(...found);
        const again = registry.rehits(t.name);
        if (found.length || again.length) {
          throw new Error(
            [
              `${found.length} new distinct failure(s) (seed ${cfg.seed}):`,
              '',
              ...found.map((f, i) => `${describeFinding(f, i + 1)}\n`),
              ...(again.length ? ['Problems already reported, met again:', ...again.map((a) => `  - ${a}`)] : []),
            ].join('\n'),
          );
        }
      },
      (cfg.seconds + cfg.shrinkSeconds * cfg.maxFindings + 180) * 1000,
    );
  }
});
