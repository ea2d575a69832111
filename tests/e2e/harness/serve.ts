import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build, preview, type InlineConfig, type Plugin } from 'vite'

/**
 * Builds the renderer the e2e specs run, then serves it (playwright.config.ts starts this as its
 * webServer; run from the repository root). It is the app's own index.html (CSP included) and
 * src/main.tsx, built by Vite as electron-vite builds them, with one module run first that points the
 * api module's transport at the test's core (tests/renderer/e2e-harness). The output goes under
 * test-results/ — never out/, which electron-builder packs — so nothing test-only reaches the app.
 */
const port = Number(process.argv[2])
const root = resolve('src/renderer')
const outDir = resolve('test-results', process.env.E2E_PORT ? `e2e-renderer-${port}` : 'e2e-renderer')
const harnessEntry = resolve('tests', 'renderer', 'e2e-harness', 'main.ts')

/** index.html's `<script src="/src/main.tsx">` loads the harness entry instead (which imports main.tsx). */
function harnessEntryPlugin(): Plugin {
  return {
    name: 'e2e-harness-entry',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^\/src\/main\.tsx$/ },
      handler: (_id, importer) => (importer?.endsWith('index.html') ? harnessEntry : null)
    }
  }
}

const config: InlineConfig = {
  configFile: false,
  root,
  base: './',
  logLevel: 'warn',
  plugins: [react(), harnessEntryPlugin()],
  // As electron-vite builds the renderer (no modulepreload polyfill, unminified). One ~2 MB chunk is
  // what the desktop app ships too, so the size warning would only be noise.
  build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false }, minify: false, chunkSizeWarningLimit: 8_000 },
  preview: { host: '127.0.0.1', port, strictPort: true }
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port <= 0) throw new Error('usage: tsx tests/e2e/harness/serve.ts <port>')
  await build(config)
  const server = await preview(config)
  server.printUrls()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
