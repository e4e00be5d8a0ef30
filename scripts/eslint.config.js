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
    files: ['scripts/**/*.{js,mjs}', '.ci/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark hands some of its functions to the page, so they run in the browser.
    basePath: root,
    files: ['scripts/benchmark.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    basePath: root,
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', ...nodeBuiltins], message: 'The renderer talks to the main process only through KioskBridge.' }] }],
    },
  },
  {
    basePath: root,
    files: ['main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron'], message: 'Services are plain TypeScript: wire Electron in main/, not here.' }] }],
    },
  },
  {
    basePath: root,
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
