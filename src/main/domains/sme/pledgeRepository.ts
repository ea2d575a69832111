import { appendAudit } from '../../db/repositories/auditLog'
import { prepared } from '../../db/statements'
import type { Db } from '../../db/types'

/** When the staff member confirmed the round's 청렴·이해충돌 확인 on this PC (null: not yet). */
export function pledgeConfirmedAt(db: Db, staffId: string, round: string): string | null {
  const row = prepared(db, `SELECT confirmed_at FROM sme_pledges WHERE staff_id = ? AND round = ?`).get(staffId, round) as { confirmed_at: string } | undefined
  return row?.confirmed_at ?? null
}

/**
 * Records the confirmation, once per staff member and round (confirming again keeps the first time),
 * and notes it in the local audit log beside the other things only this PC knows.
 */
export function confirmPledge(db: Db, staffId: string, round: string, at: string): string {
  return db.transaction(() => {
    const existing = pledgeConfirmedAt(db, staffId, round)
    if (existing) return existing
    prepared(db, `INSERT INTO sme_pledges (staff_id, round, confirmed_at) VALUES (?, ?, ?)`).run(staffId, round, at)
    appendAudit(db, { at, actorId: staffId, action: 'sme_pledge_confirmed', collection: 'sme-applications', detail: { round }, deviceTime: at })
    return at
  })()
}
