import { businessNoSearchDigits } from '../../../shared/domains/sme/company'
import { SME_STATUS_LABELS } from '../../../shared/domains/sme/labels'
import type { SmeStatus } from '../../../shared/portal/smeApplications'
import type { ColumnValue } from '../../db/repositories/recordTable'
import { prepared } from '../../db/statements'
import type { Db } from '../../db/types'
import { idFragmentPattern, type RecordLookup } from '../types'
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
    const parts: string[] = []
    const params: ColumnValue[] = []
    const digits = businessNoSearchDigits(text)
    if (digits) {
      parts.push(`instr(sme_applications.business_no, ?) > 0`)
      params.push(digits)
    } else {
      const search = smeApplicationsTable.searchCondition(text)
      if (search) {
        parts.push(`(${search.sql})`)
        params.push(...search.params)
      }
    }
    const idPattern = idFragmentPattern(text)
    if (idPattern) {
      parts.push(`sme_applications.id LIKE ?`)
      params.push(idPattern)
    }
    if (parts.length === 0) return []
    const rows = prepared(
      db,
      `SELECT id, company_name, round, status FROM sme_applications WHERE ${parts.join(' OR ')}
       ORDER BY (id = ? COLLATE NOCASE) DESC, updated_at DESC, id LIMIT ?`
    ).all(...params, text.trim(), limit) as Row[]
    return rows.map((row) => ({ id: row.id, title: row.company_name, subtitle: `${row.round} 차수 · ${SME_STATUS_LABELS[row.status]}` }))
  }
}
