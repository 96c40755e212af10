// The production build: the TypeScript sources compiled by esbuild into plain JavaScript modules in
// dist/, so the server, the command line and the batch workers start without a TypeScript loader.
//   node scripts/build.mjs            build now (removes what an earlier build left)
//   node scripts/build.mjs --if-stale build only when a source changed since the last build
// Plain JavaScript on purpose: it must run on a fresh clone, before anything is compiled.
//
// dist/ is flat (server.js, cli.js, worker.js and shared chunks), one level below the repository like
// src/, so code that finds views/, public/ and rules/ from its own location (src/paths.ts) finds them
// from either. Packages stay in node_modules (imported, not bundled): pdfkit reads its font metrics
// from its own folder, and a rebuild never depends on their versions.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
const STAMP = '.build.json';

/**
 * Packages left in node_modules: pdfkit reads its font metrics from its own folder, qrcode and pdfkit
 * are loaded only when a PDF is made, esbuild and tsx only in development; better-sqlite3 loads its
 * native module from its own folder, and pg requires its optional native binding. The rest is bundled: one
 * file read instead of hundreds (zod and yaml alone are hundreds of small modules).
 */
const EXTERNAL = ['pdfkit', 'qrcode', 'esbuild', 'tsx', 'tsx/*', 'better-sqlite3', 'pg', 'iconv-lite', 'mime-db'];

/** Entry points: name in dist/ → source. */
const ENTRIES = { server: 'src/server.ts', cli: 'src/cli.ts', worker: 'src/batch/worker.ts' };

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

/**
 * What the build was made from: every source file's path, size and modification time, and the files
 * that shape the output. Cheap (a stat per file, a few ms), so every start can afford it. A file added,
 * removed, edited or checked out at another version changes it.
 */
export function fingerprint() {
  const inputs = [...files(join(ROOT, 'src')), join(ROOT, 'package.json'), join(ROOT, 'tsconfig.json'), fileURLToPath(import.meta.url)];
  const h = createHash('sha256');
  for (const f of inputs.sort()) {
    const s = statSync(f);
    h.update(`${relative(ROOT, f)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return h.digest('hex');
}

function readStamp(dist = DIST) {
  try {
    return JSON.parse(readFileSync(join(dist, STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

/** True when dist/ holds a build of the sources as they are now. */
export function isFresh(dist = DIST) {
  const stamp = readStamp(dist);
  if (!stamp) return false;
  // A copy without sources (the container image, Dockerfile): the build is all there is.
  if (!existsSync(join(ROOT, 'src'))) return true;
  return stamp.fingerprint === fingerprint();
}

/**
 * Builds into dist/. Safe while another process runs or builds: chunks are named by their content,
 * each file is written under a temporary name and renamed, and the stamp is written last. Files of
 * the build before are kept (a running process may still load one of its chunks lazily); older ones
 * are removed. `clean` removes every earlier file.
 */
export async function build({ dist = DIST, clean = false } = {}) {
  const before = fingerprint();
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: dist,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // The bundled CommonJS packages (express and its kin) call require(): give the modules one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  mkdirSync(dist, { recursive: true });
  const written = [];
  for (const f of r.outputFiles) {
    const name = relative(dist, f.path);
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
    written.push(name);
  }
  // The rule files checked once now by the compiled loader, not in every process (src/rules/siap.ts).
  const siap = join(dist, 'aturan-siap.json');
  const c = spawnSync(process.execPath, [join(dist, 'cli.js'), 'check-rules'], {
    env: { ...process.env, ANGKA_KREDIT_SIAPKAN_ATURAN: siap },
    encoding: 'utf8',
  });
  if (c.status !== 0) throw new Error(`buku aturan tidak dapat disiapkan: ${c.stderr || c.stdout}`);
  written.push('aturan-siap.json');
  const old = readStamp(dist);
  const keep = new Set([...written, ...(clean ? [] : (old?.files ?? [])), STAMP]);
  for (const name of readdirSync(dist)) if (!keep.has(name) && !name.endsWith('.tmp')) rmSync(join(dist, name), { force: true });
  const tmp = join(dist, `${STAMP}.${process.pid}.tmp`);
  // The fingerprint from before compiling: a source saved during the build makes the next start rebuild.
  writeFileSync(tmp, `${JSON.stringify({ fingerprint: before, files: written.sort() }, null, 2)}\n`);
  renameSync(tmp, join(dist, STAMP));
  return written;
}

/** Builds when dist/ is missing or older than the sources; true when it built. */
export async function ensureBuilt() {
  if (isFresh()) return false;
  await build();
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = performance.now();
  const stale = process.argv.includes('--if-stale');
  if (stale && isFresh()) process.exit(0);
  try {
    const out = await build({ clean: !stale });
    process.stderr.write(
      `dist/ dibangun dalam ${((performance.now() - t0) / 1000).toFixed(1).replace('.', ',')} detik (${out.filter((f) => f.endsWith('.js')).length} berkas JavaScript).\n`,
    );
  } catch (e) {
    process.stderr.write(`Pembangunan dist/ gagal: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
