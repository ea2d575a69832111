import type { IpcResult } from './result'
import { CHANNELS, type Channel, type ChannelInput, type ChannelOutput, type Domain } from './contract'

/** `window.api`: one object per domain, one function per verb, each returning an IpcResult. */
export type WindowApi = {
  [D in Domain]: {
    [C in Channel as C extends `${D}:${infer V}` ? V : never]: (
      input: ChannelInput<C>
    ) => Promise<IpcResult<ChannelOutput<C>>>
  }
}

/** Builds the nested `window.api` object from the contract, given the transport for one call. */
export function buildWindowApi(invoke: (channel: Channel, input: unknown) => Promise<unknown>): WindowApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    const [domain, verb] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][verb] = (input: unknown) => invoke(channel, input ?? {})
  }
  return api as unknown as WindowApi
}
