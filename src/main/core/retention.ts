import { z } from 'zod'
import type { RetentionStatus } from '../../shared/ipc/privacyViews'
import { appendAudit } from '../db/repositories/auditLog'
import { getSetting, setSetting } from '../db/repositories/settings'
import type { Db } from '../db/types'
import { scrubWal } from '../db/walScrub'
import { registeredDomains } from '../domains/registry'
import { retentionDays } from './appSettings'
import type { Logger } from './log'

/** The audit entry of a 파기 run. */
export const RETENTION_PURGE_ACTION = 'retention_purge'

const SETTING_LAST_PURGE = 'retention_last_purge'
const LastPurge = z.object({ at: z.string(), count: z.number().int().min(0) })

/** The Seoul day `days` before `now`: what ended before it is past its 보유기간. */
export function retentionCutoffDate(now: Date, days: number): string {
  return new Date(now.getTime() + 9 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10)
}

export interface RetentionRun {
  purged: number
  keptForOpenWrites: number
  cutoffDate: string
}

/**
 * Runs every domain's 파기 (`Domain.retention`) with the cut-off the 보유기간 setting gives, in one
 * transaction with its audit entry (how many, the cut-off; records kept because their writes still
 * wait, said so) and the time and count of this run (`privacy:retention`). Then the WAL is emptied so
 * no copy of a removed row outlives it there (`secure_delete` clears the file's freed pages).
 * `actorId`: the staff member who asked (`privacy:purgeNow`), null for the runs at start and after a sync.
 */
export function runRetention(db: Db, options: { now: Date; actorId: string | null }): RetentionRun {
  const { days } = retentionDays(db)
  const cutoffDate = retentionCutoffDate(options.now, days)
  const at = options.now.toISOString()
  const run = db.transaction((): RetentionRun => {
    let purged = 0
    let keptForOpenWrites = 0
    const byDomain: Record<string, number> = {}
    for (const domain of registeredDomains()) {
      if (!domain.retention) continue
      const outcome = domain.retention(db, cutoffDate)
      purged += outcome.purged
      keptForOpenWrites += outcome.keptForOpenWrites
      byDomain[domain.name] = outcome.purged
    }
    // A run that found nothing leaves no audit entry unless a person asked for it.
    if (purged > 0 || keptForOpenWrites > 0 || options.actorId !== null) {
      appendAudit(db, {
        at,
        actorId: options.actorId,
        action: RETENTION_PURGE_ACTION,
        detail: {
          purged,
          by_domain: byDomain,
          cutoff_date: cutoffDate,
          retention_days: days,
          kept_until_sent: keptForOpenWrites,
          ...(keptForOpenWrites > 0 ? { note: `보내지 않았거나 확인 필요에 남은 작업이 있는 ${keptForOpenWrites}건은 처리된 뒤 파기합니다.` } : {})
        },
        deviceTime: at
      })
    }
    setSetting(db, SETTING_LAST_PURGE, { at, count: purged } satisfies z.infer<typeof LastPurge>)
    return { purged, keptForOpenWrites, cutoffDate }
  })()
  if (run.purged > 0) scrubWal(db)
  return run
}

/** The 보유기간 in force and the last run, for 설정. */
export function retentionStatus(db: Db): RetentionStatus {
  const { days, source } = retentionDays(db)
  const last = getSetting(db, SETTING_LAST_PURGE, LastPurge.nullable(), null)
  return { retentionDays: days, source, lastPurgeAt: last?.at ?? null, lastPurgedCount: last?.count ?? null }
}

/** A run nobody asked for (at start, after each sync): a failure is logged and never stands in the way of the work. */
export function runScheduledRetention(db: Db, now: Date, log: Logger): void {
  try {
    const run = runRetention(db, { now, actorId: null })
    if (run.purged > 0 || run.keptForOpenWrites > 0) {
      log('info', `retention: ${run.purged} records purged, ${run.keptForOpenWrites} kept until their writes are settled (ended before ${run.cutoffDate})`)
    }
  } catch (error) {
    log('error', 'retention run failed', error)
  }
}
