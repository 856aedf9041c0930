// Lint: the layering of the project (core is pure; the extension takes core as types only, so the
// engine stays in its own bundle and worker threads) and the usual mistakes typescript-eslint finds.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'bench/.corpus/**', 'dist-vsix/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { console: 'readonly', process: 'readonly', require: 'readonly', __dirname: 'readonly', __filename: 'readonly', module: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', performance: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Tests match column-aligned output and build control characters on purpose.
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: { 'no-regex-spaces': 'off', 'no-control-regex': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // The engine never imports the editor's API nor touches the file system: front ends read files and hand them over.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['vscode', 'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'worker_threads', 'node:worker_threads', 'child_process', 'node:child_process'].map((name) => ({ name, message: 'src/core is pure: no editor API, no file system, no threads or processes.' })),
        },
      ],
    },
  },
  {
    // The extension's bundle stays small: it takes the engine as types and loads it lazily (engine/engine.ts).
    files: ['src/extension/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**'], allowTypeImports: true, message: 'Import the engine as types only; call it through getEngine() or the engine workers.' }] }],
    },
  },
);
