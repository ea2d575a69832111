/** The waitlist: who is proposed when a seat frees (the coordinator confirms; the portal decides). */
import type { RegistrationStatus } from '../../portal/reemployment'

export interface WaitlistEntry {
  id: string
  status: RegistrationStatus
  waitlist_rank: number | null
  registered_at: string
  /** A walk-in the portal has not answered yet: its place in the queue is only this PC's guess. */
  localOnly?: boolean
}

/** Waitlisted entries in the order they are offered a seat: rank, then who registered first, then id. */
export function promotionOrder<E extends WaitlistEntry>(entries: readonly E[]): E[] {
  return entries
    .filter((e) => e.status === 'waitlisted' && !e.localOnly)
    .sort(
      (a, b) =>
        (a.waitlist_rank ?? Number.MAX_SAFE_INTEGER) - (b.waitlist_rank ?? Number.MAX_SAFE_INTEGER) ||
        a.registered_at.localeCompare(b.registered_at) ||
        a.id.localeCompare(b.id)
    )
}

/** The person to propose when a seat is free (확정 below capacity), or null. */
export function proposeFromWaitlist<E extends WaitlistEntry>(capacity: number, entries: readonly E[]): { entry: E; freeSeats: number } | null {
  const registered = entries.filter((e) => e.status === 'registered').length
  const freeSeats = capacity - registered
  if (freeSeats <= 0) return null
  const [first] = promotionOrder(entries)
  return first ? { entry: first, freeSeats } : null
}
