import { recordIdsWithOpenWrites, removeFinishedEntries } from '../../db/repositories/outbox'
import { removeQuarantinedRecord } from '../../db/repositories/quarantine'
import { removeRecordVersions } from '../../db/repositories/recordVersions'
import type { Db } from '../../db/types'
import type { RetentionOutcome } from '../types'
import { registrationIdsOfSessionsEndedBefore, reemploymentRegistrationsTable } from './registrationsRepository'

const COLLECTION = 'reemployment-registrations'

/**
 * 파기 of 재취업 registrations (개인정보 보호법 제21조): those of sessions that ended before the
 * cut-off day (Seoul) leave the cache with everything kept of them here — the row, its JSON and local
 * view, its search documents and side data (`remove`), the versions seen, its finished outbox
 * entries (which hold the portal's copy) and any quarantined copy. A registration with a write still
 * to send or waiting in 확인 필요 stays until that is settled; the next run removes it. Sessions hold
 * no personal data and stay. The feed does not bring a removed registration back unless the portal
 * changes it (then the run after that sync removes it again).
 */
export function purgeExpiredRegistrations(db: Db, cutoffDate: string): RetentionOutcome {
  return db.transaction((): RetentionOutcome => {
    const expired = registrationIdsOfSessionsEndedBefore(db, `${cutoffDate}T00:00:00+09:00`)
    if (expired.length === 0) return { purged: 0, keptForOpenWrites: 0 }
    const open = recordIdsWithOpenWrites(db, COLLECTION)
    let purged = 0
    let keptForOpenWrites = 0
    for (const id of expired) {
      if (open.has(id)) {
        keptForOpenWrites += 1
        continue
      }
      reemploymentRegistrationsTable.remove(db, id)
      removeRecordVersions(db, COLLECTION, id)
      removeFinishedEntries(db, COLLECTION, id)
      removeQuarantinedRecord(db, COLLECTION, id)
      purged += 1
    }
    return { purged, keptForOpenWrites }
  })()
}
