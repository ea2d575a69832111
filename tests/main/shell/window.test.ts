import { describe, expect, it } from 'vitest'
import { decideWindowOpen, isAllowedExternalUrl, isNavigationAllowed } from '../../../src/main/shell/navigation'
import { chooseRenderer } from '../../../src/main/shell/renderer'
import { mainWindowWebPreferences } from '../../../src/main/shell/webPreferences'

const PRELOAD = 'C:\\Program Files\\desk\\resources\\app.asar\\out\\preload\\index.js'
const PORTAL = 'https://job.seoul.go.kr'

describe('the main window webPreferences', () => {
  it('isolate and sandbox the page, with no Node, no webview and the same-origin policy on', () => {
    for (const packaged of [true, false]) {
      expect(mainWindowWebPreferences({ preload: PRELOAD, packaged })).toMatchObject({
        preload: PRELOAD,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false
      })
    }
  })

  it('have DevTools only when not packaged', () => {
    expect(mainWindowWebPreferences({ preload: PRELOAD, packaged: true }).devTools).toBe(false)
    expect(mainWindowWebPreferences({ preload: PRELOAD, packaged: false }).devTools).toBe(true)
  })
})

describe('openExternal allow-list', () => {
  it("opens only https pages of the configured portal's origin", () => {
    expect(isAllowedExternalUrl('https://job.seoul.go.kr/notice/123', PORTAL)).toBe(true)
    expect(isAllowedExternalUrl('https://job.seoul.go.kr/', `${PORTAL}/admin`)).toBe(true)
    expect(isAllowedExternalUrl('https://JOB.seoul.go.kr/a', PORTAL)).toBe(true)
  })

  it('refuses every other origin, scheme and trick', () => {
    for (const url of [
      'https://evil.example/',
      'https://job.seoul.go.kr.evil.example/',
      'https://job.seoul.go.kr:8443/',
      'http://job.seoul.go.kr/',
      'https://user:pw@job.seoul.go.kr/',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'mailto:someone@seoul.go.kr',
      'ms-settings:',
      'not a url',
      `https://job.seoul.go.kr/${'a'.repeat(3000)}`
    ]) {
      expect(isAllowedExternalUrl(url, PORTAL), url).toBe(false)
    }
  })

  it('opens nothing with no portal configured, or with a portal on plain http (the simulator)', () => {
    expect(isAllowedExternalUrl('https://job.seoul.go.kr/', null)).toBe(false)
    expect(isAllowedExternalUrl('http://127.0.0.1:4010/x', 'http://127.0.0.1:4010')).toBe(false)
    expect(isAllowedExternalUrl('https://job.seoul.go.kr/', 'not a url')).toBe(false)
  })

  it('window.open and target=_blank never open a window; a portal page goes to the browser', () => {
    expect(decideWindowOpen('https://job.seoul.go.kr/notice/1', PORTAL)).toEqual({ action: 'deny', openExternally: 'https://job.seoul.go.kr/notice/1' })
    expect(decideWindowOpen('https://evil.example/', PORTAL)).toEqual({ action: 'deny', openExternally: null })
    expect(decideWindowOpen('about:blank', PORTAL)).toEqual({ action: 'deny', openExternally: null })
  })
})

describe('navigation guard', () => {
  it("keeps the window on the app's own page", () => {
    const installed = chooseRenderer({ packaged: true, env: {}, indexFile: 'C:\\desk\\out\\renderer\\index.html', platform: 'win32' })
    expect(isNavigationAllowed('file:///C:/desk/out/renderer/index.html#/inbox', installed)).toBe(true)
    expect(isNavigationAllowed('https://job.seoul.go.kr/', installed)).toBe(false)
    expect(isNavigationAllowed('file:///C:/Users/kim/Downloads/phish.html', installed)).toBe(false)
    const dev = chooseRenderer({ packaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, indexFile: 'C:\\desk\\out\\renderer\\index.html', platform: 'win32' })
    expect(isNavigationAllowed('http://localhost:5173/', dev)).toBe(true)
    expect(isNavigationAllowed('http://localhost:8080/', dev)).toBe(false)
  })
})
