// `npm start`: builds dist/ when it is missing or older than the sources, then runs the compiled server
// in this same process. npm's `sh -c` execs this one command, and npm passes SIGTERM and SIGINT on to it,
// so the server's graceful close (src/server.ts) runs also when the signal goes to npm.
import { ensureBuilt } from './build.mjs';

try {
  if (await ensureBuilt()) process.stderr.write('dist/ dibangun ulang dari src/.\n');
} catch (e) {
  process.stderr.write(`Pembangunan dist/ gagal: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
await import('../dist/server.js');
