// `npm test`: every check CI runs, in order, stopping at the first failing step.
// Prints one closing line "tests: N passed, N failed" summed over vitest and Playwright.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const vitestReport = 'test-results/vitest.json'
const playwrightReport = 'test-results/playwright.json'
rmSync(vitestReport, { force: true })
rmSync(playwrightReport, { force: true })

const steps = [
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['typecheck (web)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['unit (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]],
  ['build (electron-vite)', 'npx', ['electron-vite', 'build']],
  ['e2e (playwright, chromium)', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport }]
]

let failedStep = null
for (const [name, command, args, extraEnv] of steps) {
  process.stdout.write(`\n=== ${name} ===\n`)
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } })
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
