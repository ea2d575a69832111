import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const ELECTRON = ['electron', 'electron/*']
const DOMAIN_FOLDERS = ['**/domains/*/**', '**/domains/attractive-jobs', '**/domains/reemployment', '**/domains/sme']
const REGISTRY = ['**/domains/registry']
const SERVICES = ['**/sync/**', '**/outbox/**', '**/core/**', '**/cli/**', '**/reports/**', '**/imports/**']

/** One no-restricted-imports block per layer of src/main, each with the Electron limit. */
function mainLayers(layers) {
  const electron = { group: ELECTRON, message: 'Only src/main/index.ts and src/main/electron/ may import electron.' }
  return [
    { files: ['src/main/**/*.ts'], ignores: ['src/main/index.ts', 'src/main/electron/**'], rules: { 'no-restricted-imports': ['error', { patterns: [electron] }] } },
    ...layers.map((layer) => ({
      files: layer.files,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              electron,
              { group: layer.forbid.flat(), message: layer.message },
              ...(layer.forbidRegex ? [{ regex: layer.forbidRegex, message: layer.message }] : [])
            ]
          }
        ]
      }
    }))
  ]
}

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
  // The layers of src/main. Everything but the thin Electron entry runs in plain Node (CLI, tests,
  // benchmarks). A later block's options replace an earlier one's for the same files, so each layer
  // repeats the Electron limit. docs/architecture.md draws the same picture.
  ...mainLayers([
    {
      // Storage: connection, migrations, generic repositories. It serves every domain and knows none.
      files: ['src/main/db/**/*.ts'],
      forbid: [DOMAIN_FOLDERS, REGISTRY, SERVICES],
      message: 'src/main/db is storage: it imports no domain, no registry and no service (sync, outbox, core, cli, reports, imports).'
    },
    {
      // Generic services reach domains only through the registry (and the types it speaks).
      files: ['src/main/sync/**/*.ts', 'src/main/outbox/**/*.ts', 'src/main/core/**/*.ts', 'src/main/reports/**/*.ts'],
      forbid: [DOMAIN_FOLDERS],
      message: 'Generic code reaches a domain only through src/main/domains/registry.'
    },
    {
      // Reading a table file: bytes in, rows or a refusal out, for any domain's import.
      files: ['src/main/imports/**/*.ts'],
      forbid: [DOMAIN_FOLDERS, REGISTRY, ['**/outbox/**', '**/sync/**', '**/cli/**', '**/reports/**']],
      message: 'src/main/imports reads files for any domain: it imports no domain, no registry and no service.'
    },
    {
      // The CLI reaches the core (dispatch, session, sync) and the registry's commands; never storage or the outbox.
      files: ['src/main/cli/**/*.ts'],
      forbid: [DOMAIN_FOLDERS, ['**/db/repositories/**', '**/outbox/**', '**/db/connection']],
      message: 'The CLI goes through core.dispatch: no repositories, no outbox, no domain folder.'
    },
    {
      // A domain uses storage and the generic helpers, and is reached through the registry; it never
      // imports the registry, another domain, or the services that loop over domains (import cycles).
      files: ['src/main/domains/*/**/*.ts'],
      forbid: [REGISTRY, ['**/outbox/**', '**/sync/pull', '**/sync/feedDecode', '**/sync/reference', '**/sync/pageDecoder', '**/core/index', '**/cli/**']],
      // The core's entry (createCore) builds the registry's handlers.
      forbidRegex: '(^|/)core$',
      message: 'A domain folder imports storage and helpers only: not the registry, the outbox or the services that loop over domains.'
    }
  ]),
  {
    // Components get their data from their feature's hooks (use… in .ts files next to them), so query
    // keys, invalidation and notifications stay in one place per feature. A later block's options replace
    // an earlier block's for the same rule, so the renderer's Electron/Node/main limits are repeated here.
    files: ['src/renderer/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)api(/(index|api))?$',
              importNames: ['call'],
              message: 'Components do not call main: use (or add) a use… hook in the feature folder.'
            },
            { group: ['electron', 'electron/*', 'node:*'], message: 'The renderer has no Node or Electron access.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer talks to main only through src/renderer/src/api.' }
          ]
        }
      ]
    }
  }
)
