import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { chooseRenderer, isAppPageUrl, isAppResourceUrl, type RendererSource } from '../../../src/main/shell/renderer'

/** Where an installed copy keeps its page: the product name is Korean and has spaces, as on a city PC. */
const INSTALLED_INDEX = 'C:\\Users\\kim\\AppData\\Local\\Programs\\서울시 일자리포털 업무도구\\resources\\app.asar\\out\\renderer\\index.html'
const INSTALLED_URL =
  'file:///C:/Users/kim/AppData/Local/Programs/%EC%84%9C%EC%9A%B8%EC%8B%9C%20%EC%9D%BC%EC%9E%90%EB%A6%AC%ED%8F%AC%ED%84%B8%20%EC%97%85%EB%AC%B4%EB%8F%84%EA%B5%AC/resources/app.asar/out/renderer/index.html'
const ASSETS_URL = INSTALLED_URL.replace(/index\.html$/, 'assets/index-CxCNHppW.js')

const installed = (env: Record<string, string> = {}): RendererSource => chooseRenderer({ packaged: true, env, indexFile: INSTALLED_INDEX, platform: 'win32' })
const developing = (env: Record<string, string>): RendererSource => chooseRenderer({ packaged: false, env, indexFile: INSTALLED_INDEX, platform: 'win32' })

describe('which renderer the window loads', () => {
  it('an installed app loads its bundled index.html, whatever ELECTRON_RENDERER_URL says', () => {
    for (const url of ['http://localhost:5173', 'https://evil.example/', 'file:///C:/Users/kim/Downloads/page.html']) {
      expect(installed({ ELECTRON_RENDERER_URL: url })).toEqual({ kind: 'file', indexFile: INSTALLED_INDEX, indexUrl: INSTALLED_URL, windows: true })
    }
  })

  it('npm run dev loads the dev server on this PC', () => {
    expect(developing({ ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toEqual({ kind: 'devServer', url: 'http://localhost:5173/', origin: 'http://localhost:5173' })
    expect(developing({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5174/' })).toMatchObject({ kind: 'devServer', origin: 'http://127.0.0.1:5174' })
    expect(developing({ ELECTRON_RENDERER_URL: 'http://[::1]:5173/' })).toMatchObject({ kind: 'devServer', origin: 'http://[::1]:5173' })
  })

  it('even when not packaged, a dev "server" that is not on this PC or not http is ignored', () => {
    for (const url of ['https://evil.example', 'http://localhost.evil.example:5173', 'file:///C:/page.html', 'javascript:alert(1)', 'not a url']) {
      expect(developing({ ELECTRON_RENDERER_URL: url }).kind).toBe('file')
    }
    expect(developing({}).kind).toBe('file')
  })

  it('on a POSIX system the bundled page is a POSIX file URL', () => {
    const indexFile = join('/opt', 'desk', 'resources', 'app.asar', 'out', 'renderer', 'index.html')
    expect(chooseRenderer({ packaged: true, env: {}, indexFile, platform: 'linux' })).toMatchObject({ kind: 'file', indexUrl: pathToFileURL(indexFile).href, windows: false })
  })
})

describe("the app's own page", () => {
  it('is the bundled index.html (any route, any case of the drive letter), nothing beside it', () => {
    const source = installed()
    expect(isAppPageUrl(INSTALLED_URL, source)).toBe(true)
    expect(isAppPageUrl(`${INSTALLED_URL}#/reemployment/sessions`, source)).toBe(true)
    expect(isAppPageUrl(INSTALLED_URL.replace('file:///C:', 'file:///c:'), source)).toBe(true)
    expect(isAppPageUrl(ASSETS_URL, source)).toBe(false)
    expect(isAppPageUrl('file:///C:/Users/kim/Downloads/index.html', source)).toBe(false)
    expect(isAppPageUrl('file://fileserver/share/index.html', source)).toBe(false)
    expect(isAppPageUrl('http://localhost:5173/', source)).toBe(false)
    expect(isAppPageUrl('about:blank', source)).toBe(false)
    expect(isAppPageUrl(null, source)).toBe(false)
    expect(isAppPageUrl('', source)).toBe(false)
  })

  it('is any path of the dev server origin while developing, and nothing else', () => {
    const source = developing({ ELECTRON_RENDERER_URL: 'http://localhost:5173' })
    expect(isAppPageUrl('http://localhost:5173/', source)).toBe(true)
    expect(isAppPageUrl('http://localhost:5173/index.html#/settings', source)).toBe(true)
    expect(isAppPageUrl('http://localhost:5174/', source)).toBe(false)
    expect(isAppPageUrl('https://localhost:5173/', source)).toBe(false)
    expect(isAppPageUrl(INSTALLED_URL, source)).toBe(false)
  })
})

describe('what the page may load', () => {
  it('its own bundle and inline data, not another file on the PC', () => {
    const source = installed()
    expect(isAppResourceUrl(INSTALLED_URL, source)).toBe(true)
    expect(isAppResourceUrl(ASSETS_URL, source)).toBe(true)
    expect(isAppResourceUrl('data:image/png;base64,iVBORw0KGgo=', source)).toBe(true)
    expect(isAppResourceUrl('devtools://devtools/bundled/inspector.html', source)).toBe(true)
    expect(isAppResourceUrl('file:///C:/Users/kim/AppData/Local/서울시 일자리포털 업무도구/cache.sqlite', source)).toBe(false)
    expect(isAppResourceUrl(INSTALLED_URL.replace('out/renderer/index.html', 'out/main/index.js'), source)).toBe(false)
    expect(isAppResourceUrl(INSTALLED_URL.replace('index.html', '..%5C..%5Cmain%5Cindex.js'), source)).toBe(false)
    expect(isAppResourceUrl('file:///D:/out/renderer/assets/index.js', source)).toBe(false)
    expect(isAppResourceUrl('https://job.seoul.go.kr/admin/v1/me', source)).toBe(false)
    expect(isAppResourceUrl('http://127.0.0.1:4010/admin/v1/me', source)).toBe(false)
  })

  it('while developing: the dev server and its hot-reload socket', () => {
    const source = developing({ ELECTRON_RENDERER_URL: 'http://localhost:5173' })
    expect(isAppResourceUrl('http://localhost:5173/src/main.tsx', source)).toBe(true)
    expect(isAppResourceUrl('ws://localhost:5173/', source)).toBe(true)
    expect(isAppResourceUrl('ws://localhost:9229/', source)).toBe(false)
    expect(isAppResourceUrl('https://cdn.example/lib.js', source)).toBe(false)
    expect(isAppResourceUrl('file:///C:/Windows/win.ini', source)).toBe(false)
  })
})
