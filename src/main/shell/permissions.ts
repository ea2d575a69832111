import { isAppPageUrl, type RendererSource } from './renderer'

/**
 * The one permission the app's page uses: HTML fullscreen, for the 재취업 check-in screen's 전체 화면
 * (Electron routes `requestFullscreen()` through the permission handler). Camera, microphone,
 * clipboard, notifications, geolocation, USB/HID/serial, `openExternal` from a link, and every
 * permission Chromium adds later are refused — and even fullscreen only for the app's own main frame.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['fullscreen'])

export interface PermissionAsk {
  permission: string
  /** The page asking (details.requestingUrl); undefined when Electron does not say. */
  requestingUrl: string | undefined
  isMainFrame: boolean
}

export function isPermissionGranted(ask: PermissionAsk, source: RendererSource): boolean {
  return GRANTED_PERMISSIONS.has(ask.permission) && ask.isMainFrame && isAppPageUrl(ask.requestingUrl, source)
}

/** For `session.setPermissionRequestHandler`. */
export function permissionRequestHandler(source: RendererSource) {
  return (
    _webContents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl?: string; isMainFrame: boolean }
  ): void => {
    callback(isPermissionGranted({ permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame }, source))
  }
}

/** For `session.setPermissionCheckHandler`: the same rule for the checks most web APIs make before asking. */
export function permissionCheckHandler(source: RendererSource) {
  return (_webContents: unknown, permission: string, _requestingOrigin: string, details: { requestingUrl?: string; isMainFrame: boolean }): boolean =>
    isPermissionGranted({ permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame }, source)
}

/** For `session.setDevicePermissionHandler` (WebUSB, WebHID, Web Serial): never. */
export function devicePermissionHandler(): boolean {
  return false
}
