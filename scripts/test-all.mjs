// `npm test`: every check CI runs, in order, stopping at the first failing step.
// Prints one closing line "tests: N passed, N failed" summed over vitest and Playwright.
//
// Each tool's JS entry is run with this very Node (process.execPath) instead of `npx <tool>`: on Windows
// `npx` is `npx.cmd`, which spawnSync can only start through a shell since Node's 2024 security fix
// (CVE-2024-27980). Running the entry directly needs no shell and no .cmd shim on any platform, and keeps
// the tools on the Node 22 that `npm test` runs this script with.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { isRunDirectly } from './run-directly.mjs'

const require = createRequire(import.meta.url)

export const vitestReport = 'test-results/vitest.json'
export const playwrightReport = 'test-results/playwright.json'

/**
 * The file a package's `bin` entry points at, as npm would link it into node_modules/.bin.
 * @param {string} pkg package name, e.g. "typescript"
 * @param {string} binName bin name, e.g. "tsc"
 * @returns {string} absolute path of the JS entry
 */
export function resolveBin(pkg, binName) {
  const manifestPath = require.resolve(`${pkg}/package.json`)
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const bin = typeof manifest.bin === 'string' ? (manifest.name === binName ? manifest.bin : undefined) : manifest.bin?.[binName]
  if (typeof bin !== 'string') throw new Error(`${pkg} has no "${binName}" bin in its package.json`)
  return path.join(path.dirname(manifestPath), bin)
}

/**
 * @typedef {{ name: string, command: string, args: string[], env?: Record<string, string> }} Step
 * @returns {Step[]}
 */
export function buildSteps() {
  /** @type {Array<[string, string, string, string[], Record<string, string>?]>} */
  const tools = [
    ['typecheck', 'typescript', 'tsc', ['-p', 'tsconfig.node.json', '--noEmit']],
    ['typecheck (web)', 'typescript', 'tsc', ['-p', 'tsconfig.web.json', '--noEmit']],
    ['lint', 'eslint', 'eslint', ['--max-warnings', '0', '.']],
    ['unit (vitest)', 'vitest', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]],
    ['build (electron-vite)', 'electron-vite', 'electron-vite', ['build']],
    ['e2e (playwright, chromium)', '@playwright/test', 'playwright', ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport }]
  ]
  return tools.map(([name, pkg, binName, args, env]) => ({
    name,
    command: process.execPath,
    args: [resolveBin(pkg, binName), ...args],
    ...(env ? { env } : {})
  }))
}

function main() {
  // The tools now inherit this script's Node, so a bare older `node` (v20 here) would run vitest there,
  // where better-sqlite3 13 crashes; `npm test` puts the pinned Node 22 first on PATH.
  if (Number(process.versions.node.split('.')[0]) < 22) {
    process.stderr.write(`Node 22가 필요합니다(현재 ${process.version}). \`npm test\`로 실행하세요. / Needs Node 22 (this is ${process.version}): run it as \`npm test\`.\n`)
    process.exit(1)
  }
  rmSync(vitestReport, { force: true })
  rmSync(playwrightReport, { force: true })

  let failedStep = null
  for (const { name, command, args, env } of buildSteps()) {
    process.stdout.write(`\n=== ${name} ===\n`)
    const started = Date.now()
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
    process.stdout.write(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
    if (result.status !== 0) {
      failedStep = name
      break
    }
  }

  let passed = 0
  let failed = 0
  let skipped = 0
  if (existsSync(vitestReport)) {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8'))
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  }
  if (existsSync(playwrightReport)) {
    const stats = JSON.parse(readFileSync(playwrightReport, 'utf8')).stats ?? {}
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
    failed += stats.unexpected ?? 0
    skipped += stats.skipped ?? 0
  }
  if (failedStep) {
    process.stdout.write(`\nnpm test stopped at: ${failedStep}\n`)
    if (failed === 0) failed = 1
  }
  process.stdout.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`)
  process.exit(failedStep ? 1 : 0)
}


// Imported by tests/scripts for the bin resolution only; running the whole suite is for `npm test`.
if (isRunDirectly(import.meta.url)) main()
