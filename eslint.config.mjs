import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['out/', 'release/', 'build/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'docs/schema/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Only the typed wrappers may touch Electron's IPC objects (see src/shared/ipc.ts).
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    // The stand-in electron module and the adapters' tests play Electron's side.
    ignores: [
      'src/main/ipc.ts',
      'src/main/index.ts',
      'src/preload/index.ts',
      'src/main/testing/electron-stand-in.ts',
      'src/main/electron-adapters.test.ts'
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Identifier[name=/^ipc(Main|Renderer)$/]',
          message: 'Use the contract in src/shared/ipc.ts; only src/main/ipc.ts and the preload touch ipcMain/ipcRenderer.'
        }
      ]
    }
  },
  {
    // src/shared stays pure: no Node, DOM or Electron.
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'svelte', 'svelte/*', 'fs', 'path'],
              message: 'src/shared must stay free of Node, Electron and Svelte.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.svelte'],
    rules: { 'svelte/no-at-html-tags': 'error' }
  }
);
