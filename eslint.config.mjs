import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/openapi.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    // src/shared runs in main, preload and renderer alike: no Electron, no Node built-ins.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'src/shared must not import electron.' },
            { group: ['node:*'], message: 'src/shared must not import Node built-ins.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only src/shared.' }
          ]
        }
      ]
    }
  },
  {
    // The renderer reaches main only through window.api.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', 'node:*'], message: 'The renderer has no Node or Electron access.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through src/renderer/src/api.' }
          ]
        }
      ]
    }
  },
  {
    // Everything under src/main except the thin Electron entry runs in plain Node (CLI, tests, benchmarks).
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*'], message: 'Only src/main/index.ts and src/main/electron/ may import electron.' }] }
      ]
    }
  }
)
