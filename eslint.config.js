import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const serverOnly = ['electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', 'electron-store'];

// The process split is enforced here, not by discipline: see design.md.
const pageOnly = (...extraPatterns) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [...nodeModules, ...serverOnly].map((name) => ({
        name,
        message: 'The renderer and shared code run in the page: no Node, Electron or database imports.',
      })),
      patterns: [
        {
          group: ['**/electron/**', '../electron', 'drizzle-orm/*'],
          message: 'Reach the main process through the api client.',
        },
        ...extraPatterns,
      ],
    },
  ],
});
const noNodeOrElectron = pageOnly();
// renderer/ui holds the few shared components: they take what they need as props, never from a feature.
const sharedComponents = pageOnly({
  group: ['**/features/**'],
  message: 'Shared components do not depend on a feature; pass what they need in as props.',
});
const noElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'electron',
          message: 'Only electron/main.ts, preload.ts and the adapters beside them import Electron.',
        },
      ],
      patterns: [{ group: ['**/renderer/**'], message: 'The main process does not import renderer code.' }],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'release',
      'test-results',
      'playwright-report',
      'electron/db/migrations',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...noNodeOrElectron },
  },
  { files: ['renderer/ui/**/*.{ts,tsx}'], rules: sharedComponents },
  { files: ['shared/**/*.ts'], rules: noNodeOrElectron },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    rules: noElectron,
  },
);
