import { describe, expect, it } from 'vitest'
import { IpcError } from '../../../src/shared/ipc/result'
import { isTrustedIpcSender, UNTRUSTED_SENDER_REFUSAL } from '../../../src/main/shell/ipcSender'
import { devicePermissionHandler, permissionCheckHandler, permissionRequestHandler } from '../../../src/main/shell/permissions'
import { chooseRenderer } from '../../../src/main/shell/renderer'

const INDEX = 'C:\\Program Files\\desk\\resources\\app.asar\\out\\renderer\\index.html'
const PAGE = 'file:///C:/Program%20Files/desk/resources/app.asar/out/renderer/index.html'
const installed = chooseRenderer({ packaged: true, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, indexFile: INDEX, platform: 'win32' })
const dev = chooseRenderer({ packaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, indexFile: INDEX, platform: 'win32' })

/** Every permission Electron 45 names, and one it does not know yet. */
const PERMISSIONS = [
  'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fileSystem', 'geolocation', 'hid', 'idle-detection', 'keyboardLock',
  'local-fonts', 'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'openExternal', 'pointerLock', 'serial', 'storage-access',
  'top-level-storage-access', 'usb', 'window-management', 'web-printing', 'screen-wake-lock', 'unknown', 'some-future-permission'
]

function ask(handler: ReturnType<typeof permissionRequestHandler>, permission: string, requestingUrl: string, isMainFrame = true): boolean {
  let granted: boolean | null = null
  handler({}, permission, (answer) => (granted = answer), { requestingUrl, isMainFrame })
  if (granted === null) throw new Error('the handler did not answer')
  return granted
}

describe('permission handlers', () => {
  it('refuse every permission, to the app page as to any other', () => {
    const request = permissionRequestHandler(installed)
    const check = permissionCheckHandler(installed)
    for (const permission of PERMISSIONS) {
      for (const url of [PAGE, 'https://evil.example/']) {
        expect(ask(request, permission, url), `${permission} from ${url}`).toBe(false)
        expect(check(null, permission, new URL(url).origin, { requestingUrl: url, isMainFrame: true }), permission).toBe(false)
      }
    }
    expect(devicePermissionHandler()).toBe(false)
  })

  it("allow only HTML fullscreen (the check-in screen's 전체 화면), and only to the app's own main frame", () => {
    const request = permissionRequestHandler(installed)
    expect(ask(request, 'fullscreen', `${PAGE}#/reemployment`)).toBe(true)
    expect(ask(request, 'fullscreen', PAGE, false)).toBe(false)
    expect(ask(request, 'fullscreen', 'https://evil.example/')).toBe(false)
    expect(permissionCheckHandler(installed)(null, 'fullscreen', 'file://', { isMainFrame: true })).toBe(false)
    expect(ask(permissionRequestHandler(dev), 'fullscreen', 'http://localhost:5173/')).toBe(true)
  })
})

describe('IPC sender check', () => {
  it("accepts the app's own page in its main frame", () => {
    expect(isTrustedIpcSender({ senderFrameUrl: `${PAGE}#/attractive-jobs`, isMainFrame: true, renderer: installed })).toBe(true)
    expect(isTrustedIpcSender({ senderFrameUrl: 'http://localhost:5173/', isMainFrame: true, renderer: dev })).toBe(true)
  })

  it('refuses an iframe, another page, a gone frame, and the dev server in an installed app', () => {
    expect(isTrustedIpcSender({ senderFrameUrl: PAGE, isMainFrame: false, renderer: installed })).toBe(false)
    expect(isTrustedIpcSender({ senderFrameUrl: 'https://evil.example/', isMainFrame: true, renderer: installed })).toBe(false)
    expect(isTrustedIpcSender({ senderFrameUrl: 'file:///C:/Users/kim/Downloads/index.html', isMainFrame: true, renderer: installed })).toBe(false)
    expect(isTrustedIpcSender({ senderFrameUrl: null, isMainFrame: true, renderer: installed })).toBe(false)
    expect(isTrustedIpcSender({ senderFrameUrl: undefined, isMainFrame: true, renderer: installed })).toBe(false)
    expect(isTrustedIpcSender({ senderFrameUrl: 'http://localhost:5173/', isMainFrame: true, renderer: installed })).toBe(false)
    expect(isTrustedIpcSender({ senderFrameUrl: PAGE, isMainFrame: true, renderer: dev })).toBe(false)
  })

  it('answers a refused sender the way every refusal is shaped, in Korean', () => {
    expect(UNTRUSTED_SENDER_REFUSAL.ok).toBe(false)
    expect(IpcError.parse(UNTRUSTED_SENDER_REFUSAL.error)).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/[가-힣]/) })
  })
})
