import { beforeEach, describe, expect, it } from 'vitest'
import { notifications, notificationsStore } from '@mantine/notifications'
import { ApiError } from '../../../src/renderer/src/api'
import { notify } from '../../../src/renderer/src/lib/notify'

const onScreen = () => [...notificationsStore.getState().notifications, ...notificationsStore.getState().queue]
const titles = () => onScreen().map((n) => String(n.title))

describe('lib/notify', () => {
  beforeEach(() => {
    notifications.clean()
  })

  it('a success replaces a stale failure of the same topic, and closes by itself; the failure did not', () => {
    notify.failure({ topic: 'sync-result', title: '동기화 실패', error: '포털에 연결할 수 없습니다.' })
    expect(onScreen()).toHaveLength(1)
    expect(onScreen()[0]).toMatchObject({ color: 'red', autoClose: false, 'data-topic': 'sync-result', 'data-kind': 'failure' })
    notify.success({ topic: 'sync-result', title: '동기화 완료', message: '받음: 매력일자리 3건' })
    expect(titles()).toEqual(['동기화 완료'])
    expect(onScreen()[0]).toMatchObject({ color: 'teal', 'data-kind': 'success' })
    expect(onScreen()[0]!.autoClose).toBeGreaterThanOrEqual(4_000)
  })

  it('a notice updated in place gets its full time again: its close duration changes, which restarts Mantine’s timer', () => {
    notify.success({ topic: 'sync-result', title: '동기화 완료', message: '받음: 3건' })
    const first = onScreen()[0]!.autoClose
    notify.success({ topic: 'sync-result', title: '동기화 완료', message: '받음: 1건' })
    const second = onScreen()[0]!.autoClose
    notify.success({ topic: 'sync-result', title: '동기화 완료', message: '받음: 2건' })
    const third = onScreen()[0]!.autoClose
    expect(onScreen()).toHaveLength(1)
    for (const duration of [first, second, third]) expect(Math.abs(Number(duration) - 4_000)).toBeLessThanOrEqual(1)
    expect(second).not.toBe(first)
    expect(third).not.toBe(second)
  })

  it('counts a repeat instead of stacking it, and starts counting again once it was closed', () => {
    for (let i = 0; i < 3; i += 1) notify.failure({ topic: 'sync-result', title: '동기화 실패', error: '포털에 연결할 수 없습니다.' })
    expect(titles()).toEqual(['동기화 실패 · 3회'])
    notifications.hide(onScreen()[0]!.id!)
    notify.failure({ topic: 'sync-result', title: '동기화 실패', error: '포털에 연결할 수 없습니다.' })
    expect(titles()).toEqual(['동기화 실패'])
  })

  it('a different message on the same topic is a new notice, not a repeat', () => {
    notify.failure({ topic: 't', title: '저장하지 못했습니다', error: '가' })
    notify.failure({ topic: 't', title: '저장하지 못했습니다', error: '나' })
    expect(titles()).toEqual(['저장하지 못했습니다'])
  })

  it('shows again after Mantine dropped it behind our back (notifications.clean)', () => {
    notify.info({ topic: 'x', title: '안내' })
    notifications.clean()
    notify.info({ topic: 'x', title: '안내' })
    expect(titles()).toEqual(['안내'])
  })

  it('keeps notices of different topics side by side, and dismiss closes one', () => {
    notify.info({ topic: 'sync-start', title: '동기화를 시작했습니다' })
    notify.success({ topic: 'comment', title: '의견을 기록했습니다' })
    expect(titles().sort()).toEqual(['동기화를 시작했습니다', '의견을 기록했습니다'])
    notify.dismiss('sync-start')
    expect(titles()).toEqual(['의견을 기록했습니다'])
  })

  it('a failure from the api keeps its detail for 자세히', () => {
    notify.failure({ title: '로그인하지 못했습니다', error: new ApiError('portal_unreachable', '포털에 연결할 수 없습니다.', [], 'connect ECONNREFUSED 127.0.0.1:9') })
    const [notice] = onScreen()
    const body = notice?.message as { props: { message: string; detail: string | null } }
    expect(body.props).toEqual({ message: '포털에 연결할 수 없습니다.', detail: 'connect ECONNREFUSED 127.0.0.1:9' })
  })
})
