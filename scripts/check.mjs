// npm run check: every static check (each one a script in package.json), one after another, each run
// even when an earlier one failed, so one run shows everything to fix. The exit code is the number
// that failed (.ci/run counts each as one failure); the last line names them.
import { spawnSync } from 'node:child_process';

const langkah = ['typecheck', 'lint', 'format:check', 'check:deps', 'check:rules'];
const gagal = [];
for (const nama of langkah) {
  console.log(`\n> npm run ${nama}`);
  const r = spawnSync('npm', ['run', '-s', nama], { stdio: 'inherit' });
  if (r.status !== 0) gagal.push(nama);
}
console.log(
  gagal.length ? `\ncheck: ${gagal.length} of ${langkah.length} failed: ${gagal.join(', ')}` : `\ncheck: all ${langkah.length} passed`,
);
process.exit(gagal.length);
