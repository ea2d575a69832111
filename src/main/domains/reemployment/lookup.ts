import { SESSION_KIND_LABELS, SESSION_STATUS_LABELS } from '../../../shared/domains/reemployment/labels'
import { seoulInstant } from '../../../shared/domains/reemployment/rules'
import type { ReemploymentSession } from '../../../shared/portal'
import { findForLookup } from '../../db/repositories/recordLookup'
import type { Db } from '../../db/types'
import type { RecordLookup } from '../types'
import { reemploymentSessionsTable } from './sessionsRepository'

interface Row {
  id: string
  title: string
  starts_at: string
  kind: ReemploymentSession['kind']
  status: ReemploymentSession['status']
}

/** A date as staff type it: 2026-12-09, 2026.12.9, 2026/12/09. */
const TYPED_DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$/

/** The date typed as YYYY-MM-DD, or null when the text is no date. */
function typedDate(text: string): string | null {
  const match = TYPED_DATE.exec(text.trim())
  if (!match) return null
  const [, year, month, day] = match
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`
}

/**
 * 재취업 sessions (회차) by 회차명, place or instructor (the search index), by the day they start, or by
 * id. Registrations are never looked up: they name people, found only in a roster's own search.
 */
export const reemploymentLookup: RecordLookup = {
  collection: 'reemployment-sessions',
  find(db: Db, text: string, limit: number) {
    const date = typedDate(text)
    const rows = findForLookup<Row>(db, {
      table: 'reemployment_sessions',
      columns: ['id', 'title', 'starts_at', 'kind', 'status'],
      // The Seoul day it starts on, whatever offset the instant was written with (SQLite reads it as UTC).
      matches: [date ? { sql: "date(reemployment_sessions.starts_at, '+9 hours') = ?", params: [date] } : reemploymentSessionsTable.searchCondition(text)],
      text,
      newestFirst: 'starts_at',
      limit
    })
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      subtitle: `${seoulInstant(new Date(row.starts_at)).slice(0, 16).replace('T', ' ')} · ${SESSION_KIND_LABELS[row.kind]} · ${SESSION_STATUS_LABELS[row.status]}`
    }))
  }
}
