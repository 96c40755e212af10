// ESLint (flat config): the recommended rules of ESLint and typescript-eslint everywhere, plus the
// type-aware rules that catch real bugs in this code base (a promise nobody awaits, an async function
// where Express or a callback expects a plain one) on src/ only, where they are worth the type check.
// Formatting is Prettier's job (npm run format), not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['node_modules/', 'test-artifacts/', 'bench/.tmp/', 'coverage/', 'reports/', '.stryker-tmp/', 'dist/']),

  {
    files: ['**/*.{js,mjs,cjs,ts}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's signature, a destructured
      // field left out); tsconfig's noUnusedLocals/noUnusedParameters follow the same convention.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },

  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },

  {
    // Browser scripts served as they are (progressive enhancement of the forms).
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },

  {
    // CommonJS config files.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  {
    // Readers of file formats and the attacks on them match control characters on purpose (XML 1.0
    // forbids most of them; a spreadsheet cell must not carry them).
    files: ['src/berkas/**/*.ts', 'tests/keamanan/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },

  {
    // Tests and benchmarks: the recommended rules, less the one that stands in the way of poking at
    // untyped JSON bodies and half-built inputs, which is what many tests do on purpose.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
]);
