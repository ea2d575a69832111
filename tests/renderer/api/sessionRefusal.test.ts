import { afterEach, describe, expect, it } from 'vitest'
import { ApiError, call, onSessionRefusal, setApiTransport, type ApiTransport } from '../../../src/renderer/src/api'
import type { Channel } from '../../../src/shared/ipc/contract'

const refusing =
  (code: string): ApiTransport =>
  () =>
    Promise.resolve({ ok: false, error: { code, message: `거절: ${code}` } })

describe('api client: answers that change the session', () => {
  const cleanups: (() => void)[] = []
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup()
  })

  it('tells the session of `locked` and `not_signed_in`, and still throws the answer to the caller', async () => {
    const heard: [string, Channel][] = []
    cleanups.push(onSessionRefusal((refusal, channel) => heard.push([refusal, channel])))
    for (const code of ['locked', 'not_signed_in']) {
      cleanups.push(setApiTransport(refusing(code)))
      await expect(call('attractiveJobs:list', {})).rejects.toMatchObject({ code, message: `거절: ${code}` })
    }
    expect(heard).toEqual([
      ['locked', 'attractiveJobs:list'],
      ['not_signed_in', 'attractiveJobs:list']
    ])
  })

  it('other refusals (forbidden, a wrong password, validation) do not touch the session; a removed listener hears nothing', async () => {
    const heard: string[] = []
    const stop = onSessionRefusal((refusal) => heard.push(refusal))
    for (const code of ['forbidden', 'unlock_failed', 'validation_failed']) {
      cleanups.push(setApiTransport(refusing(code)))
      await expect(call('sync:status', {})).rejects.toBeInstanceOf(ApiError)
    }
    stop()
    cleanups.push(setApiTransport(refusing('locked')))
    await expect(call('sync:status', {})).rejects.toMatchObject({ code: 'locked' })
    expect(heard).toEqual([])
  })
})
