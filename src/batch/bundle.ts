// The worker threads' code as one plain JavaScript module. Under tsx every worker would register the
// TypeScript loader (its own loader thread and transform cache: about 100 MB per worker) and run code
// compiled with helper wrappers; bundling the worker module once with esbuild (already installed as
// tsx's compiler) gives a module Node loads directly. Packages stay outside the bundle, imported by
// absolute file URL, so the bundle runs from any folder. Anything that fails here returns undefined
// and the pool falls back to tsx: slower and larger, the same results.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MASUK = fileURLToPath(new URL('./worker.ts', import.meta.url));

let siap: Promise<string | undefined> | undefined;

/** File URL of the bundled worker module, built at most once per process; undefined when it cannot be built. */
export function bundleWorker(): Promise<string | undefined> {
  siap ??= bangun().catch(() => undefined);
  return siap;
}

async function bangun(): Promise<string | undefined> {
  if (process.env.ANGKA_KREDIT_PEKERJA_TSX === '1') return undefined;
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    entryPoints: [MASUK],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [
      {
        name: 'paket-absolut',
        setup(b) {
          // Bare imports (zod, decimal.js, pdfkit, …) resolved as this module would, then kept external.
          b.onResolve({ filter: /^[^./]/ }, (a) =>
            a.path.startsWith('node:') ? { path: a.path, external: true } : { path: import.meta.resolve(a.path), external: true },
          );
        },
      },
    ],
  });
  const kode = r.outputFiles[0]!.contents;
  const folder = join(tmpdir(), `angka-kredit-jf-${process.getuid?.() ?? 'x'}`);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // Code is loaded from here: only from a folder that is ours and closed to others.
  const st = statSync(folder);
  if ((process.getuid && st.uid !== process.getuid()) || (st.mode & 0o077) !== 0) return undefined;
  const berkas = join(folder, `pekerja-${createHash('sha256').update(kode).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(berkas)) {
    // Written under a temporary name and renamed: a process starting at the same moment never loads half a file.
    const sementara = `${berkas}.${process.pid}.tmp`;
    writeFileSync(sementara, kode, { mode: 0o600 });
    renameSync(sementara, berkas);
  }
  return pathToFileURL(berkas).href;
}
