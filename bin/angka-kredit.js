#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not a crash.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
const { main } = await import('../src/cli.ts');
process.exitCode = main(process.argv.slice(2));
