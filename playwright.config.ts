import { defineConfig, type ReporterDescription } from '@playwright/test'

// scripts/test-all.mjs asks for a JSON report (PLAYWRIGHT_JSON_OUTPUT_NAME) to sum up the run.
const reporters: ReporterDescription[] = [['list']]
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporters.push(['json'])

/**
 * E2E: real Chromium (Debian's, never a downloaded one) against the built renderer, with the real core
 * and the portal simulator running in the test process (tests/e2e/fixtures.ts). Build first:
 * `npx electron-vite build`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: reporters,
  // A subfolder: Playwright empties its outputDir at start, and test-results/ also holds vitest's report.
  outputDir: 'test-results/e2e',
  use: {
    baseURL: 'http://127.0.0.1:4173',
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run'
      ]
    }
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Serves the renderer built by `electron-vite build`.
    command: 'npx vite preview --outDir out/renderer --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
})
