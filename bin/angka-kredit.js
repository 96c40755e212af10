#!/usr/bin/env node
// Runs the compiled command line (dist/, `npm run build` or `npm start` builds it) when it is a build of
// the sources as they are; otherwise, in development or on a fresh clone, the TypeScript through tsx.
import { isFresh } from '../scripts/build.mjs';

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not a crash.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else throw e;
});
let cli;
if (isFresh()) {
  cli = await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli.ts');
}
process.exitCode = cli.main(process.argv.slice(2));
