import { beforeEach, describe, expect, it } from 'vitest'
import { notifications, notificationsStore } from '@mantine/notifications'
import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { authKeys } from '../../../../src/renderer/src/features/auth/queryKeys'
import { hideAllData, mustHideData, sessionScreen } from '../../../../src/renderer/src/features/auth/sessionGuard'
import { notify } from '../../../../src/renderer/src/lib/notify'
import type { Session } from '../../../../src/shared/ipc/views'

const staff = { id: 'S-0001', name: '김민준', department: '일자리정책과', roles: ['manager' as const] }
const session = (over: Partial<Session> = {}): Session => ({
  staff,
  portalUrl: 'https://job.seoul.go.kr',
  online: true,
  lastStaff: staff,
  locked: false,
  idleLockMinutes: 15,
  offlineAccounts: [],
  ...over
})

describe('session guard', () => {
  beforeEach(() => notifications.clean())

  it('tells the screens apart: a staff member at work, locked, nobody signed in', () => {
    expect(sessionScreen(session())).toBe('staff:S-0001')
    expect(sessionScreen(session({ locked: true }))).toBe('locked')
    expect(sessionScreen(session({ staff: null }))).toBe('signedOut')
  })

  it('drops the data when the app locks or the staff member is gone, not on the first answer or an unlock', () => {
    expect(mustHideData('staff:S-0001', 'locked')).toBe(true)
    expect(mustHideData('staff:S-0001', 'signedOut')).toBe(true)
    expect(mustHideData('locked', 'signedOut')).toBe(true)
    expect(mustHideData(null, 'locked')).toBe(false)
    expect(mustHideData('locked', 'staff:S-0001')).toBe(false)
    expect(mustHideData('staff:S-0001', 'staff:S-0001')).toBe(false)
  })

  it('hideAllData leaves only the session: queries, a fetch under way, mutations with their input and the notices go', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, networkMode: 'always' } } })
    client.setQueryData(authKeys.session, session({ locked: true }))
    const sessionObserver = new QueryObserver(client, { queryKey: authKeys.session, queryFn: () => session({ locked: true }), staleTime: Infinity })
    const unsubscribe = sessionObserver.subscribe(() => undefined)
    client.setQueryData(['attractiveJobs', 'list', { page: 1 }], { rows: [{ id: 'AJ-1', company: '주식회사 예시' }] })
    client.setQueryData(['reemployment', 'roster', 'RS-1'], { rows: [{ name: '홍*동' }] })
    let answer: (value: unknown) => void = () => undefined
    const slow = client.fetchQuery({ queryKey: ['sme', 'get', 'SME-1'], queryFn: () => new Promise((resolve) => (answer = resolve)) }).catch(() => 'cancelled')
    await client
      .getMutationCache()
      .build(client, { mutationFn: (body: string) => Promise.resolve(body) })
      .execute('현장 점검 결과 — 담당자 연락 완료')
    notify.success({ title: '적정으로 처리했습니다', message: '주식회사 예시' })
    expect(notificationsStore.getState().notifications).toHaveLength(1)

    hideAllData(client)
    answer({ id: 'SME-1' })
    await slow

    expect(client.getQueryCache().getAll().map((q) => q.queryKey)).toEqual([authKeys.session])
    expect(client.getQueryData(['sme', 'get', 'SME-1'])).toBeUndefined()
    expect(client.getMutationCache().getAll()).toHaveLength(0)
    expect(notificationsStore.getState().notifications).toHaveLength(0)
    // The lock screen still follows the session: an unlock written to it reaches its observer.
    client.setQueryData(authKeys.session, session())
    expect(sessionObserver.getCurrentResult().data?.locked).toBe(false)
    unsubscribe()
  })
})
