// Dependency rules: the direction of imports is the architecture (see README, "Susunan kode").
// `npm run check:deps` runs them; `npm run check` and CI include it. Type-only imports count:
// a cycle through `import type` is still a cycle for a reader.

/** File formats: how a file is read or written, apart from what a batch does with it. */
const FORMAT = ['^src/berkas/'];

module.exports = {
  forbidden: [
    {
      name: 'domain-murni',
      comment:
        'src/domain is the pure engine: it imports its own modules and decimal.js only (no fs, clock, express, pdfkit, yaml or zod).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^node_modules/decimal[.]js/'] },
    },
    {
      name: 'format-tanpa-batch',
      comment:
        'A file format (CSV, XLSX, ZIP deflate) knows nothing of the batch that uses it: it imports other formats and their own error types only, never the pipeline, the web or the PDF.',
      severity: 'error',
      from: { path: FORMAT },
      to: {
        path: ['^src/'],
        pathNot: FORMAT,
      },
    },
    {
      name: 'lapisan-bawah-tanpa-web-batch',
      comment: 'The engine, the rule book, the input schema, the PDF and the chart are used by web, batch and CLI, never the reverse.',
      severity: 'error',
      from: { path: '^src/(domain|rules|input|pdf|grafik)/' },
      to: { path: ['^src/(web|batch)/', '^src/(cli|server|config)[.]ts$'] },
    },
    {
      name: 'tanpa-siklus',
      comment: 'No import cycles, type-only ones included: a reader should be able to read a folder bottom-up.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-tanpa-tests',
      comment: 'Application code never imports tests, benchmarks or dev-only packages.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: ['^tests/', '^bench/'] },
    },
    {
      name: 'src-tanpa-dev-dependency',
      comment: 'A devDependency is not installed in production (npm ci --omit=dev).',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'modul-ada',
      comment: 'Every import resolves (but dist/, which `npm run build` makes and bin/ loads only when built).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^\\.\\./dist/|(^|/)dist/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too (see the top of this file).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mts', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
