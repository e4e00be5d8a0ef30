/** Lint rules, including the process walls (VS Code style: tooling, not memory, keeps imports in their place). */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { fileURLToPath } from 'node:url';

// This file lives in scripts/ to keep the top level to the agreed layout; rules apply from the project root.
const root = fileURLToPath(new URL('..', import.meta.url));

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'module'];

export default tseslint.config(
  { basePath: root, ignores: ['build/**', 'release/**', 'test-results/**', 'node_modules/**', '.preview-data/**'] },
  { basePath: root, ...js.configs.recommended },
  ...tseslint.configs.recommended.map((config) => ({ basePath: root, ...config })),
  {
    basePath: root,
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    basePath: root,
    files: ['scripts/**/*.{js,mjs}', '.ci/**/*.mjs', 'tests/mutation/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark hands some of its functions to the page, so they run in the browser.
    basePath: root,
    files: ['scripts/benchmark.mjs', 'scripts/soak.mjs', 'scripts/bench/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Copied into the build as it is: a plain script the page loads before its app.
    basePath: root,
    files: ['renderer/public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    basePath: root,
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', ...nodeBuiltins], message: 'The renderer talks to the main process only through KioskBridge.' },
            { group: ['**/main/*', '**/main'], message: 'The renderer never imports main/: what both sides need lives in common/.' },
          ],
        },
      ],
    },
  },
  {
    basePath: root,
    files: ['main/**/*.ts'],
    ignores: ['main/vite.config.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/*', '**/renderer'], message: 'main/ never imports renderer/: what both sides need lives in common/.' }] }],
    },
  },
  {
    basePath: root,
    files: ['main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Services are plain TypeScript: wire Electron in main/, not here.' },
            { group: ['**/renderer/*', '**/renderer'], message: 'main/ never imports renderer/: what both sides need lives in common/.' },
          ],
        },
      ],
    },
  },
  {
    basePath: root,
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'react', 'react-dom', ...nodeBuiltins], message: 'common/ runs in both processes: no Node, no Electron, no DOM libraries.' },
            { group: ['**/main/*', '**/main', '**/renderer/*', '**/renderer'], message: 'common/ imports nothing from main/ or renderer/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    basePath: root,
    files: ['renderer/vite.config.ts', 'renderer/web-export/vite.config.ts', 'renderer/first-screen/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
