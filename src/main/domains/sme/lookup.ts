import { businessNoSearchDigits } from '../../../shared/domains/sme/company'
import { SME_STATUS_LABELS } from '../../../shared/domains/sme/labels'
import type { SmeStatus } from '../../../shared/portal/smeApplications'
import { findForLookup } from '../../db/repositories/recordLookup'
import type { Db } from '../../db/types'
import type { RecordLookup } from '../types'
import { smeApplicationsTable } from './repository'

interface Row {
  id: string
  company_name: string
  round: string
  status: SmeStatus
}

/**
 * 강소기업 applications by 기업명 (the list's search index, 초성 included), 사업자등록번호 typed with or
 * without hyphens, or id; an exact id first, then the most recently changed.
 */
export const smeLookup: RecordLookup = {
  collection: 'sme-applications',
  find(db: Db, text: string, limit: number) {
    const digits = businessNoSearchDigits(text)
    const rows = findForLookup<Row>(db, {
      table: 'sme_applications',
      columns: ['id', 'company_name', 'round', 'status'],
      matches: [digits ? { sql: 'instr(sme_applications.business_no, ?) > 0', params: [digits] } : smeApplicationsTable.searchCondition(text)],
      text,
      newestFirst: 'updated_at',
      limit
    })
    return rows.map((row) => ({ id: row.id, title: row.company_name, subtitle: `${row.round} 차수 · ${SME_STATUS_LABELS[row.status]}` }))
  }
}
