import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import '../../../src/shared/koreanValidationMessages'
import { AppError } from '../../../src/main/core/errors'
import { explainFailure, UNEXPECTED_MESSAGE } from '../../../src/main/core/failures'
import {
  CONTRACT_MESSAGE,
  explainPortalError,
  PORTAL_ERROR_MESSAGES,
  PortalContractError,
  PortalError,
  PortalSignInRefusedError,
  PortalUnreachableError,
  SIGN_IN_REFUSED_MESSAGE,
  TIMEOUT_MESSAGE,
  NETWORK_FAILURE_MESSAGES
} from '../../../src/main/sync/errors'
import { PortalClient } from '../../../src/main/sync/portalClient'
import { ERROR_CODES } from '../../../src/shared/portal'

/** What a clerk must never read in a message: socket codes, hosts and ports, HTTP jargon, English. */
const TECHNICAL = /ECONN|ENOTFOUND|ETIMEDOUT|127\.0\.0\.1|:\d{2,5}\b|HTTP|\b[a-z]+_[a-z_]+\b|undefined|null|[A-Za-z]{6,}/

/** "…습니다. …하세요." — what happened, then what to do. */
function expectPlainKorean(message: string): void {
  expect(message).toMatch(/[가-힣]/)
  expect(message, message).not.toMatch(TECHNICAL)
  expect(message, `${message} says what to do`).toMatch(/(하세요|주세요|고르세요|버리세요)\./)
}

async function listeningThenClosedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('the one error mapping: portal errors', () => {
  let server: Server | null = null
  afterEach(async () => {
    const open = server
    server = null
    if (!open) return
    open.closeAllConnections()
    await new Promise((resolve) => open.close(resolve))
  })

  it('tells every portal error code in plain Korean with what to do, and keeps status and code in the detail', () => {
    for (const code of ERROR_CODES) {
      const status = code === 'rate_limited' ? 429 : code === 'unavailable' ? 503 : 409
      const explained = explainPortalError(new PortalError(status, code, { type: `urn:x:${code}`, title: code, status, code, detail: '포털의 설명' }, null))
      expect(explained, code).not.toBeNull()
      expect(explained!.code).toBe(code)
      expect(explained!.message).toBe(PORTAL_ERROR_MESSAGES[code])
      expectPlainKorean(explained!.message)
      expect(explained!.detail).toBe(`HTTP ${status} ${code} · 포털의 설명`)
    }
  })

  it('names the refused fields of a validation_failed answer by their Korean names', () => {
    const error = new PortalError(422, 'validation_failed', {
      type: 'urn:x',
      title: 'validation',
      status: 422,
      code: 'validation_failed',
      errors: [{ path: 'reason', message: '5자 이상이어야 합니다' }]
    }, null)
    const explained = explainPortalError(error)!
    expect(explained.message).toBe('포털이 입력 내용을 받지 않았습니다 — 사유: 5자 이상이어야 합니다. 내용을 고쳐 다시 시도하세요.')
    expect(explained.detail).toContain('reason: 5자 이상이어야 합니다')
  })

  it('an unreachable portal: a plain sentence, the socket error only in the detail', async () => {
    const port = await listeningThenClosedPort()
    const client = new PortalClient({ baseUrl: `http://127.0.0.1:${port}` })
    const thrown = await client.signIn('manager', 'demo').catch((error: unknown) => error)
    expect(thrown).toBeInstanceOf(PortalUnreachableError)
    const explained = explainPortalError(thrown)!
    // Nothing listens at the portal's address: the portal is down (told apart from no network at all).
    expect(explained).toMatchObject({ code: 'portal_unreachable', message: NETWORK_FAILURE_MESSAGES.portal_down, network: 'portal_down' })
    expect(explained.message).toContain('포털에 연결할 수 없습니다.')
    expectPlainKorean(explained.message)
    expect(explained.detail).toMatch(/ECONNREFUSED/)
    expect(explained.detail).toContain(`127.0.0.1:${port}`)
  })

  it('a portal that does not answer in time is told apart from one that refuses the connection', async () => {
    server = createServer(() => undefined)
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const client = new PortalClient({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 150 })
    const thrown = await client.signIn('manager', 'demo').catch((error: unknown) => error)
    const explained = explainPortalError(thrown)!
    expect(explained.message).toBe(TIMEOUT_MESSAGE)
    expectPlainKorean(explained.message)
    expect(explained.detail).toMatch(/timed out/i)
  })

  it('a contract error: plain message, what did not match in the detail', () => {
    const explained = explainPortalError(new PortalContractError('reference/staff: 0.name 비어 있습니다'))!
    expect(explained).toEqual({ code: 'portal_error', message: CONTRACT_MESSAGE, detail: 'reference/staff: 0.name 비어 있습니다' })
    expectPlainKorean(explained.message)
  })

  it('a refused sign-in says the username or password is wrong, never that a login expired', () => {
    const explained = explainPortalError(new PortalSignInRefusedError(null))!
    expect(explained.code).toBe('invalid_credentials')
    expect(explained.message).toBe(SIGN_IN_REFUSED_MESSAGE)
    expect(explained.message).toContain('아이디 또는 비밀번호가 맞지 않습니다')
    expect(explained.message).not.toContain('만료')
    expectPlainKorean(explained.message)
  })

  it('an answer outside the contract (unknown code) still reads plainly, the status in the detail', () => {
    const explained = explainPortalError(new PortalError(418, 'unknown', null, null))!
    expect(explained.code).toBe('portal_error')
    expectPlainKorean(explained.message)
    expect(explained.detail).toBe('HTTP 418 unknown')
  })

  it('is null for anything that is not a portal error', () => {
    expect(explainPortalError(new Error('x'))).toBeNull()
  })
})

describe('the one error mapping: everything else (core/failures)', () => {
  it('a refused input names each field in Korean with a plain zod message', () => {
    const schema = z.object({ portalUrl: z.url(), reason: z.string().min(5), pageSize: z.number() })
    const parsed = schema.safeParse({ portalUrl: 'job.seoul.go.kr', reason: '짧음', pageSize: '50' })
    const failure = explainFailure(parsed.error)
    expect(failure.code).toBe('validation_failed')
    expect(failure.unexpected).toBe(false)
    expect(failure.issues).toEqual([
      { path: 'portalUrl', label: '포털 주소', message: '주소 형식이 올바르지 않습니다 (예: https://job.seoul.go.kr)' },
      { path: 'reason', label: '사유', message: '5자 이상이어야 합니다' },
      { path: 'pageSize', label: '한 쪽 건수', message: '숫자여야 하는데 글자가 들어 있습니다' }
    ])
    expect(failure.message).toBe(
      '입력한 내용을 확인하세요 — 포털 주소: 주소 형식이 올바르지 않습니다 (예: https://job.seoul.go.kr); 사유: 5자 이상이어야 합니다; 한 쪽 건수: 숫자여야 하는데 글자가 들어 있습니다.'
    )
    expect(failure.detail).toContain('pageSize: 숫자여야')
  })

  it('passes an AppError through (its Korean message, issues and detail)', () => {
    const failure = explainFailure(new AppError('not_found', '캐시에 없는 자료입니다.', undefined, 'AJ-1'))
    expect(failure).toEqual({ code: 'not_found', message: '캐시에 없는 자료입니다.', detail: 'AJ-1', unexpected: false })
  })

  it('goes through the portal mapping for portal errors', () => {
    expect(explainFailure(new PortalError(403, 'forbidden', null, null))).toMatchObject({ code: 'forbidden', message: PORTAL_ERROR_MESSAGES.forbidden, unexpected: false })
  })

  it('an unexpected error: a plain message for the person, the error itself in the detail', () => {
    const failure = explainFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))
    expect(failure).toEqual({ code: 'internal', message: UNEXPECTED_MESSAGE, detail: "TypeError: Cannot read properties of undefined (reading 'id')", unexpected: true })
    expectPlainKorean(failure.message)
  })
})
