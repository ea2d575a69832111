import { describe, expect, it } from 'vitest'
import { promotionOrder, proposeFromWaitlist, type WaitlistEntry } from '../../../../src/shared/domains/reemployment/promotion'

const entry = (id: string, status: WaitlistEntry['status'], rank: number | null, at: string, localOnly = false): WaitlistEntry => ({
  id,
  status,
  waitlist_rank: rank,
  registered_at: `2026-11-${at}T09:00:00+09:00`,
  localOnly
})

describe('waitlist promotion', () => {
  const entries = [
    entry('RR-5', 'waitlisted', 3, '05'),
    entry('RR-1', 'registered', null, '01'),
    entry('RR-2', 'waitlisted', 1, '09'),
    entry('RR-3', 'cancelled', null, '02'),
    entry('RR-4', 'waitlisted', 2, '03'),
    entry('RR-6', 'waitlisted', 2, '02'),
    entry('local-x', 'waitlisted', 4, '01', true)
  ]

  it('offers seats by rank, then by who registered first, then by id; never to a walk-in the portal has not answered', () => {
    expect(promotionOrder(entries).map((e) => e.id)).toEqual(['RR-2', 'RR-6', 'RR-4', 'RR-5'])
  })

  it('proposes the first waitlisted person only when a seat is free', () => {
    expect(proposeFromWaitlist(1, entries)).toBeNull()
    expect(proposeFromWaitlist(3, entries)).toEqual({ entry: entries[2], freeSeats: 2 })
    expect(proposeFromWaitlist(3, entries.filter((e) => e.status !== 'waitlisted'))).toBeNull()
  })
})
