// The folder holding views/, public/ and rules/. This module sits directly under src/, and the build
// puts every module directly under dist/ (scripts/build.mjs): from either, the parent folder is the
// application's root, whether the code runs as TypeScript or compiled.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
