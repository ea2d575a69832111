import { ATTRACTIVE_JOB_STATUS_LABELS } from '../../../shared/domains/attractive-jobs/labels'
import type { AttractiveJobStatus } from '../../../shared/portal'
import type { ColumnValue } from '../../db/repositories/recordTable'
import { prepared } from '../../db/statements'
import type { Db } from '../../db/types'
import { idFragmentPattern, type RecordLookup } from '../types'
import { attractiveJobsTable } from './repository'

interface Row {
  id: string
  title: string
  org_name: string
  status: AttractiveJobStatus
}

/**
 * 매력일자리 by 사업명 or 기관 (the list's own search index: two-syllable words and 초성 included) or
 * by id; an exact id first, then the most recently changed.
 */
export const attractiveJobsLookup: RecordLookup = {
  collection: 'attractive-jobs',
  find(db: Db, text: string, limit: number) {
    const parts: string[] = []
    const params: ColumnValue[] = []
    const search = attractiveJobsTable.searchCondition(text)
    if (search) {
      parts.push(`(${search.sql})`)
      params.push(...search.params)
    }
    const idPattern = idFragmentPattern(text)
    if (idPattern) {
      parts.push(`attractive_jobs.id LIKE ?`)
      params.push(idPattern)
    }
    if (parts.length === 0) return []
    const rows = prepared(
      db,
      `SELECT id, title, org_name, status FROM attractive_jobs WHERE ${parts.join(' OR ')}
       ORDER BY (id = ? COLLATE NOCASE) DESC, updated_at DESC, id LIMIT ?`
    ).all(...params, text.trim(), limit) as Row[]
    return rows.map((row) => ({ id: row.id, title: row.title, subtitle: `${row.org_name} · ${ATTRACTIVE_JOB_STATUS_LABELS[row.status]}` }))
  }
}
