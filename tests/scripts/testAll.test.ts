import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSteps, resolveBin } from '../../scripts/test-all.mjs'

describe('scripts/test-all.mjs step commands', () => {
  const steps = buildSteps()

  it('keeps the same steps in the same order', () => {
    expect(steps.map((s) => s.name)).toEqual([
      'typecheck',
      'typecheck (web)',
      'lint',
      'unit (vitest)',
      'build (electron-vite)',
      'e2e (playwright, chromium)'
    ])
  })

  it('runs every tool as a JS file under this Node, with no npx, .cmd shim or shell', () => {
    for (const step of steps) {
      expect(step.command).toBe(process.execPath)
      const entry = step.args[0]
      expect(entry).toBeDefined()
      expect(isAbsolute(entry ?? '')).toBe(true)
      expect(existsSync(entry ?? ''), `${step.name}: ${entry}`).toBe(true)
      expect(entry).not.toMatch(/\.cmd$|[\\/]\.bin[\\/]/)
    }
  })

  it('passes the Playwright report path only to the e2e step', () => {
    expect(steps.filter((s) => s.env).map((s) => [s.name, s.env])).toEqual([
      ['e2e (playwright, chromium)', { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' }]
    ])
  })

  it.each([
    ['typescript', 'tsc', /^Version \d/],
    ['eslint', 'eslint', /^v\d/],
    ['vitest', 'vitest', /vitest\/\d/],
    ['electron-vite', 'electron-vite', /\d+\.\d+\.\d+/],
    ['@playwright/test', 'playwright', /Version \d/]
  ])('the resolved %s bin actually starts (--version)', (pkg, bin, version) => {
    const result = spawnSync(process.execPath, [resolveBin(pkg, bin), '--version'], { encoding: 'utf8', timeout: 30_000 })
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout.trim()).toMatch(version)
  })

  it('names the package when a bin does not exist', () => {
    expect(() => resolveBin('typescript', 'no-such-bin')).toThrow(/typescript has no "no-such-bin" bin/)
  })
})
