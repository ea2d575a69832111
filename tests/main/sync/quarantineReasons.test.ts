import { afterEach, describe, expect, it } from 'vitest'
import type { QuarantinedItem } from '../../../src/shared/ipc/outboxViews'
import { startHarness, type SimHarness } from '../../helpers/sim'

describe('quarantine reasons as staff read them', () => {
  let h: SimHarness
  afterEach(async () => h?.close())

  it('name each field by its Korean label with a plain reason, never the path or zod type words', async () => {
    h = await startHarness({ scale: 20 })
    await h.sync()
    // The simulator breaks items in turn: a bogus status, an hourly wage sent as text, a missing title.
    const broken = h.sim.control.injectMalformed('attractive-jobs', 3)
    const session = h.sim.control.injectMalformed('reemployment-sessions', 2)
    const summary = await h.sync()
    expect(summary.quarantined).toBe(5)
    const reasons = new Map((await h.call<QuarantinedItem[]>('sync:quarantine', {})).map((item) => [item.itemId, item.error]))
    expect(reasons.get(broken[0]!)).toBe('상태: 허용되지 않는 값입니다 (받은 값: bogus)')
    expect(reasons.get(broken[1]!)).toBe('시급: 숫자여야 하는데 글자가 들어 있습니다')
    expect(reasons.get(broken[2]!)).toBe('사업명: 값이 없습니다')
    expect(reasons.get(session[0]!)).toBe('정원: 숫자여야 하는데 글자가 들어 있습니다')
    expect(reasons.get(session[1]!)).toBe('시작 시각: 날짜·시각 형식이 올바르지 않습니다 (예: 2026-12-03T14:00:00+09:00)')
    for (const reason of reasons.values()) expect(reason).not.toMatch(/[a-z]+_[a-z]+|예상 타입|잘못된 입력|string|number/)
  })
})
