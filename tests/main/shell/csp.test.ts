import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { build, createServer, type InlineConfig, type Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'
import electronViteConfig from '../../../electron.vite.config'
import { cspProblems, metaPolicies, parseCsp } from '../../../src/main/shell/csp'

const root = resolve('src/renderer')
const sourceHtml = readFileSync(resolve(root, 'index.html'), 'utf8')

/** The renderer part of electron.vite.config.ts, as electron-vite hands it to Vite (root, plugins, input). */
function rendererConfig(): InlineConfig {
  const config = electronViteConfig as { renderer?: InlineConfig }
  if (!config.renderer) throw new Error('electron.vite.config.ts has no renderer section')
  return { ...config.renderer, configFile: false, root, base: './', logLevel: 'silent' }
}

describe("the renderer's Content-Security-Policy", () => {
  it('index.html has one strict policy, before any script', () => {
    expect(cspProblems(sourceHtml)).toEqual([])
    const policy = parseCsp(metaPolicies(sourceHtml)[0]!.policy)
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
  })

  it('the page the app ships (built as electron-vite builds it) keeps it, ahead of its bundle', async () => {
    const base = rendererConfig()
    const result = await build({ ...base, build: { ...base.build, write: false, minify: false, modulePreload: { polyfill: false } } })
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
    const html = outputs.flatMap((output) => output.output).find((file) => file.fileName === 'index.html')
    expect(html?.type).toBe('asset')
    const built = String((html as Rolldown.OutputAsset).source)
    expect(built).toMatch(/<script type="module" crossorigin src="\.\/assets\/index-[^"]+\.js"><\/script>/)
    expect(cspProblems(built)).toEqual([])
  })

  it('the page the dev server serves (npm run dev) keeps it too', async () => {
    const server = await createServer({ ...rendererConfig(), server: { middlewareMode: true, hmr: false }, appType: 'custom' })
    try {
      const served = await server.transformIndexHtml('/index.html', sourceHtml)
      expect(served).toContain('/@vite/client')
      // Vite puts its own client first; everything of the app comes after the policy.
      expect(cspProblems(served, { policyFirst: false })).toEqual([])
    } finally {
      await server.close()
    }
  })

  it('the check catches what would weaken the policy', () => {
    const withPolicy = (policy: string, body = '') =>
      `<html><head><meta http-equiv="Content-Security-Policy" content="${policy}"><script type="module" src="./a.js"></script></head><body>${body}</body></html>`
    const strict = metaPolicies(sourceHtml)[0]!.policy
    expect(cspProblems(withPolicy(strict))).toEqual([])
    expect(cspProblems(withPolicy(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")))).toContain("script-src must not allow 'unsafe-inline'")
    expect(cspProblems(withPolicy(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")))).toContain("script-src must not allow 'unsafe-eval'")
    expect(cspProblems(withPolicy(strict.replace("connect-src 'self'", 'connect-src https://job.seoul.go.kr')))).toContain(
      'connect-src must not allow https://job.seoul.go.kr'
    )
    expect(cspProblems(withPolicy(strict.replace("default-src 'self'", 'default-src *')))).toContain('default-src must not allow *')
    expect(cspProblems(withPolicy(strict.replace("object-src 'none'; ", '')))).toContain('missing object-src')
    expect(cspProblems(withPolicy(`${strict}; script-src-elem https:`))).toContain('unexpected directive script-src-elem')
    // Chromium ignores it in a <meta> and logs a console error each load.
    expect(cspProblems(withPolicy(`${strict}; frame-ancestors 'none'`))).toContain('unexpected directive frame-ancestors')
    expect(cspProblems(withPolicy(strict, '<script>window.api.x()</script>'))).toContain('inline <script> in the page')
    expect(cspProblems(`<html><head><script src="./a.js"></script><meta http-equiv="Content-Security-Policy" content="${strict}"></head></html>`)).toContain(
      'a script or stylesheet comes before the CSP <meta>'
    )
    expect(cspProblems('<html><head></head></html>')).toEqual(['expected exactly one CSP <meta>, found 0'])
  })
})
