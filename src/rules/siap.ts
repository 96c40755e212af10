// Rule files checked once, by the build, instead of in every process. Parsing the YAML and checking it
// with zod was about half of the CPU time of `angka-kredit hitung` for one person, and of the server's
// start. The build (scripts/build.mjs) runs the compiled loader once with ANGKA_KREDIT_SIAPKAN_ATURAN
// set: each rule file's checked data is written, keyed by the SHA-256 of the file's text, beside the
// compiled code. The compiled loader then takes a file's data from there when its text is byte for byte
// the text that was checked, by this same compiled code; any other text (an edited rule, another
// ATURAN_DIR) is parsed and checked as always. Running from the TypeScript sources, nothing is prepared.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

/** File name → the SHA-256 of its text and its checked data as JSON text. */
type Siap = Record<string, { sha256: string; json: string }>;

const DIBANGUN = !import.meta.url.endsWith('.ts');
const BERKAS = new URL('./aturan-siap.json', import.meta.url);
const TULIS = process.env.ANGKA_KREDIT_SIAPKAN_ATURAN;

let siap: Siap | undefined;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function isi(): Siap {
  if (siap) return siap;
  try {
    siap = DIBANGUN && !TULIS ? (JSON.parse(readFileSync(BERKAS, 'utf8')) as Siap) : {};
  } catch {
    siap = {};
  }
  return siap;
}

/** The checked data of this rule file, when the build checked exactly this text; a fresh copy each call. */
export function dataSiap(file: string, text: string): unknown {
  const s = isi()[file];
  return s && s.sha256 === sha256(text) ? JSON.parse(s.json) : undefined;
}

/** While the build prepares: keeps a rule file's checked data, if JSON carries it unchanged. */
export function catatSiap(file: string, text: string, data: unknown): void {
  if (!TULIS || !DIBANGUN) return;
  const json = JSON.stringify(data);
  if (!isDeepStrictEqual(JSON.parse(json), data)) return;
  const s = isi();
  s[file] = { sha256: sha256(text), json };
  // Two builds at once (tests starting in parallel) each write their own file, then rename it.
  const tmp = `${TULIS}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(s)}\n`);
  renameSync(tmp, TULIS);
}
