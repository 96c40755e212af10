// The folder holding views/, public/ and rules/. This module sits directly under src/, and the build
// puts every module directly under dist/ (scripts/build.mjs): from either, the parent folder is the
// application's root, whether the code runs as TypeScript or compiled.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The PDFs' typeface (fonts/ in the repository). Worker threads may run a bundle written elsewhere,
 * where ROOT is not the application's folder: the pool gives them this folder in their environment.
 */
export const FOLDER_FON = process.env.ANGKA_KREDIT_FONT_DIR || join(ROOT, 'fonts');
