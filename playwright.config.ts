import { defineConfig, type ReporterDescription } from '@playwright/test'

// scripts/test-all.mjs asks for a JSON report (PLAYWRIGHT_JSON_OUTPUT_NAME) to sum up the run.
const reporters: ReporterDescription[] = [['list']]
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporters.push(['json'])

/** Not vite preview's default 4173, so a server left serving the app's own bundle is never reused by mistake. */
// E2E_PORT lets two runs share a machine (each builds and serves its own renderer, and writes its own results).
const HARNESS_PORT = Number(process.env.E2E_PORT ?? 4174)

/**
 * The browser: Debian's Chromium here and in CI (never a downloaded one); on a Windows PC the Microsoft
 * Edge every city PC already has, through Playwright's `msedge` channel (no download either).
 * CHROMIUM_PATH points at another Chromium build where /usr/bin/chromium is not it.
 */
const browser = process.platform === 'win32' ? { channel: 'msedge' } : { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }

/**
 * E2E: real Chromium (Debian's, never a downloaded one) against the renderer built with its api transport
 * pointed at the real core, which runs with the portal simulator in the test process (tests/e2e/fixtures.ts).
 * The webServer builds that renderer itself; build.spec.ts checks the app's own bundles, so build them
 * first: `npx electron-vite build`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // One: each test runs a simulator, a core and a Chromium, and on CI's two cores a second worker made
  // every test about twice as slow, so the run took hardly less time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: reporters,
  // A subfolder: Playwright empties its outputDir at start, and test-results/ also holds vitest's report.
  outputDir: process.env.E2E_PORT ? `test-results/e2e-${HARNESS_PORT}` : 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${HARNESS_PORT}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...(browser.channel ? { channel: browser.channel } : {}),
    launchOptions: {
      ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
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
    // Builds the e2e renderer from the sources (a few seconds) into test-results/, then serves it.
    command: `npx tsx tests/e2e/harness/serve.ts ${HARNESS_PORT}`,
    url: `http://127.0.0.1:${HARNESS_PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000
  }
})
