import type { IpcResult } from '../../shared/ipc/result'
import { isAppPageUrl, type RendererSource } from './renderer'

export interface IpcSender {
  /** `event.senderFrame?.url`: null when the frame is gone (navigated away, closed) before the call arrived. */
  senderFrameUrl: string | null | undefined
  /** The sending frame is a top-level frame (`senderFrame.parent === null`), not an iframe inside the page. */
  isMainFrame: boolean
  renderer: RendererSource
}

/**
 * Every IPC call must come from the app's own page in a main frame: the bundled index.html when
 * packaged, the dev server's origin when not. An iframe, a page the window was somehow navigated
 * to, or a frame already gone is refused before dispatch sees the call.
 */
export function isTrustedIpcSender(sender: IpcSender): boolean {
  return sender.isMainFrame && isAppPageUrl(sender.senderFrameUrl, sender.renderer)
}

/** The answer to an untrusted sender: the shape every refusal has, so the api client shows it like any other. */
export const UNTRUSTED_SENDER_REFUSAL = {
  ok: false,
  error: {
    code: 'forbidden',
    message: '앱 화면이 아닌 곳에서 온 요청이라 거절했습니다. 앱을 닫았다가 다시 여세요.',
    detail: 'IPC sender is not the app main frame'
  }
} as const satisfies IpcResult<never>

/** electron-log registers these on ipcMain as soon as it is imported; without its preload nothing may use them. */
export const ELECTRON_LOG_IPC_CHANNELS = ['__ELECTRON_LOG__'] as const
