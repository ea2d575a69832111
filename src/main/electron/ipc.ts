import { ipcMain } from 'electron'
import { CHANNELS } from '../../shared/ipc/contract'
import type { Dispatch } from '../core/dispatch'
import type { Logger } from '../core/log'
import { ELECTRON_LOG_IPC_CHANNELS, isTrustedIpcSender, UNTRUSTED_SENDER_REFUSAL } from '../shell/ipcSender'
import type { RendererSource } from '../shell/renderer'

/**
 * Registers one ipcMain handler per contract channel. A call from anything but the app's own page in
 * a main frame is refused before dispatch sees it; every other call goes through the validating dispatch.
 */
export function registerIpc(dispatch: Dispatch, renderer: RendererSource, log: Logger): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame
      if (!isTrustedIpcSender({ senderFrameUrl: frame?.url, isMainFrame: frame !== null && frame.parent === null, renderer })) {
        log('warn', `IPC ${channel} refused: sender is not the app's main frame`, { url: frame?.url.slice(0, 200) ?? null })
        return UNTRUSTED_SENDER_REFUSAL
      }
      return dispatch(channel, input)
    })
  }
}

/** electron-log listens on ipcMain as soon as it is imported; its preload is off, so nothing may reach it that way. */
export function closeElectronLogIpc(): void {
  for (const channel of ELECTRON_LOG_IPC_CHANNELS) {
    ipcMain.removeAllListeners(channel)
    ipcMain.removeHandler(channel)
  }
}
