import { setApiTransport, type ApiTransport } from '../../../src/renderer/src/api'
import type { IpcResult } from '../../../src/shared/ipc/result'
import { CORE_INVOKE_BINDING } from '../../e2e/harness/binding'

type CoreInvoke = (channel: string, input: unknown) => Promise<IpcResult<unknown>>

/**
 * Every call goes to the Playwright binding, which hands it to `core.dispatch` in the test process:
 * the contract, zod validation, the cache and the sync run for real; only Electron's IPC hop (and the
 * preload's window.api, which tests/e2e/build.spec.ts checks on the built bundles) is left out.
 */
const coreTransport: ApiTransport = (channel, input) => {
  const invoke = (window as unknown as Record<string, CoreInvoke | undefined>)[CORE_INVOKE_BINDING]
  if (!invoke) return Promise.reject(new Error(`${CORE_INVOKE_BINDING} is not exposed: open the page through the e2e fixtures`))
  return invoke(channel, input)
}

setApiTransport(coreTransport)
