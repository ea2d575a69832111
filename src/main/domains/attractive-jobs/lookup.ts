import { ATTRACTIVE_JOB_STATUS_LABELS } from '../../../shared/domains/attractive-jobs/labels'
import type { AttractiveJobStatus } from '../../../shared/portal'
import { findForLookup } from '../../db/repositories/recordLookup'
import type { Db } from '../../db/types'
import type { RecordLookup } from '../types'
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
    const rows = findForLookup<Row>(db, {
      table: 'attractive_jobs',
      columns: ['id', 'title', 'org_name', 'status'],
      matches: [attractiveJobsTable.searchCondition(text)],
      text,
      newestFirst: 'updated_at',
      limit
    })
    return rows.map((row) => ({ id: row.id, title: row.title, subtitle: `${row.org_name} · ${ATTRACTIVE_JOB_STATUS_LABELS[row.status]}` }))
  }
}
