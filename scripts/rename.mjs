// Applies the rename plan of docs/penamaan.md with TypeScript's own "rename symbol" (the language
// service), never a text search-and-replace: several old names are common words, and one (`Lembar`)
// also names a different type in src/pdf/model.ts that stays.
//
//   node scripts/rename.mjs --list                 the plan's groups and how many names each has
//   node scripts/rename.mjs "Worker pool" [--dry]  one group (a heading's first words), or --all
//   node scripts/rename.mjs --move old.ts new.ts   moves a file and updates every import of it
//
// What a rename tool cannot see is left to do by hand, as the plan says (the error-name strings that
// cross the worker-thread boundary, module URLs, names quoted in the README). A name whose declaration
// is not found (it disappeared in a merge) is reported and skipped. After each group: npm run check.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const PLAN = path.join(ROOT, 'docs/penamaan.md');

function readPlan() {
  const groups = [];
  let current;
  for (const line of fs.readFileSync(PLAN, 'utf8').split('\n')) {
    const h = /^### (.+)$/.exec(line);
    if (h) groups.push((current = { title: h[1], rows: [] }));
    const r = /^\| `([^`]+)` \| `([^`]+)` \| ([^|]+) \|/.exec(line);
    if (r && current && r[1] !== r[2]) {
      const files = r[3].split(',').map((f) => f.trim().split(' ')[0]);
      current.rows.push({ oldName: r[1], newName: r[2], files });
    }
  }
  return groups;
}

function createService() {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  const files = new Map(config.fileNames.map((f) => [path.resolve(f), { version: 0, text: fs.readFileSync(f, 'utf8') }]));
  const host = {
    getScriptFileNames: () => [...files.keys()],
    getScriptVersion: (f) => String(files.get(path.resolve(f))?.version ?? 0),
    getScriptSnapshot: (f) => {
      const entry = files.get(path.resolve(f));
      const text = entry ? entry.text : ts.sys.readFile(f);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return { service: ts.createLanguageService(host, ts.createDocumentRegistry()), files };
}

/** The position of the name of `oldName`'s declaration in `file` ("Class.member" for a member). */
function findDeclaration(sourceFile, oldName) {
  const [outer, member] = oldName.split('.');
  let found;
  const visit = (node, insideOuter) => {
    if (found) return;
    const name = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
    const isDecl =
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isFunctionDeclaration(node) ||
      ts.isVariableDeclaration(node) ||
      ts.isEnumDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isPropertyDeclaration(node) ||
      ts.isMethodSignature(node) ||
      ts.isPropertySignature(node) ||
      ts.isGetAccessorDeclaration(node);
    if (isDecl && name) {
      if (!member && name === outer && !insideOuter) return void (found = node.name.getStart(sourceFile));
      if (member && insideOuter && name === member) return void (found = node.name.getStart(sourceFile));
    }
    const enters =
      member &&
      name === outer &&
      (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isVariableDeclaration(node));
    ts.forEachChild(node, (c) => visit(c, insideOuter || Boolean(enters)));
  };
  // Top-level declarations only for plain names (a local of the same name elsewhere is not the plan's).
  for (const statement of sourceFile.statements) visit(statement, false);
  return found;
}

function renameGroup(group, dry) {
  const { service, files } = createService();
  const report = [];
  // Members first: once a class is renamed, "Class.member" would no longer find its class.
  const rows = [...group.rows].sort((a, b) => Number(b.oldName.includes('.')) - Number(a.oldName.includes('.')));
  for (const row of rows) {
    const file = path.join(ROOT, row.files[0]);
    const program = service.getProgram();
    const sf = program.getSourceFile(file);
    const pos = sf && findDeclaration(sf, row.oldName);
    if (pos === undefined) {
      report.push(`  dilewati: ${row.oldName} (deklarasinya tidak ada di ${row.files[0]})`);
      continue;
    }
    const newIdentifier = row.newName.split('.').at(-1);
    const locations = service.findRenameLocations(file, pos, false, false, { providePrefixAndSuffixTextForRename: true }) ?? [];
    const byFile = new Map();
    for (const l of locations) {
      const k = path.resolve(l.fileName);
      if (!byFile.has(k)) byFile.set(k, []);
      byFile.get(k).push(l);
    }
    for (const [f, ls] of byFile) {
      const entry = files.get(f);
      if (!entry) continue;
      let text = entry.text;
      for (const l of ls.sort((a, b) => b.textSpan.start - a.textSpan.start)) {
        text =
          text.slice(0, l.textSpan.start) +
          (l.prefixText ?? '') +
          newIdentifier +
          (l.suffixText ?? '') +
          text.slice(l.textSpan.start + l.textSpan.length);
      }
      entry.text = text;
      entry.version += 1;
    }
    report.push(`  ${row.oldName} → ${row.newName}: ${locations.length} tempat di ${byFile.size} berkas`);
  }
  if (!dry) for (const [f, entry] of files) if (entry.version > 0) fs.writeFileSync(f, entry.text);
  return report;
}

/** Moves one file with the language service's "update imports on file rename", then `git mv`. */
function moveFile(from, to) {
  const { service, files } = createService();
  const oldPath = path.resolve(ROOT, from);
  const newPath = path.resolve(ROOT, to);
  const edits = service.getEditsForFileRename(oldPath, newPath, {}, {});
  for (const edit of edits) {
    const entry = files.get(path.resolve(edit.fileName));
    if (!entry) continue;
    for (const c of [...edit.textChanges].sort((a, b) => b.span.start - a.span.start)) {
      entry.text = entry.text.slice(0, c.span.start) + c.newText + entry.text.slice(c.span.start + c.span.length);
    }
    entry.version += 1;
  }
  for (const [f, entry] of files) if (entry.version > 0) fs.writeFileSync(f, entry.text);
  fs.renameSync(oldPath, newPath);
  console.log(`${from} → ${to}: ${edits.length} berkas diperbarui`);
}

const args = process.argv.slice(2);
if (args[0] === '--move') {
  moveFile(args[1], args[2]);
  process.exit(0);
}
const groups = readPlan();
if (args.includes('--list') || args.length === 0) {
  for (const g of groups) console.log(`${g.title}: ${g.rows.length} nama`);
  process.exit(0);
}
const dry = args.includes('--dry');
const wanted = args.includes('--all') ? groups : groups.filter((g) => args.some((a) => !a.startsWith('--') && g.title.startsWith(a)));
if (wanted.length === 0) {
  console.error('Kelompok tidak ditemukan; lihat --list.');
  process.exit(2);
}
for (const g of wanted) {
  console.log(`${g.title}${dry ? ' (uji coba, tidak ditulis)' : ''}`);
  for (const line of renameGroup(g, dry)) console.log(line);
}
