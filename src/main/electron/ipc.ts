import { ipcMain } from 'electron'
import { CHANNELS } from '../../shared/ipc/contract'
import type { Dispatch } from '../core/dispatch'

/** Registers one ipcMain handler per contract channel; every call goes through the validating dispatch. */
export function registerIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (_event, input: unknown) => dispatch(channel, input))
  }
}
