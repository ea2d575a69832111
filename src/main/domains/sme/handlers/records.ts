import { certificationsOn } from '../../../../shared/domains/sme/company'
import { evaluateEligibility, fullYearsBetween } from '../../../../shared/domains/sme/eligibility'
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domains/sme/labels'
import { computedItemResults } from '../../../../shared/domains/sme/scoring'
import type { SmeDashboard, SmeDetail } from '../../../../shared/domains/sme/views'
import { isValidBusinessNo, type SmeApplication, type Staff } from '../../../../shared/portal'
import { AppError } from '../../../core/errors'
import { writeCountsFor } from '../../../db/repositories/outbox'
import type { Db } from '../../../db/types'
import { cachedCriteria } from '../criteriaRepository'
import { roundsInCache, smeApplicationsTable } from '../repository'
import { dashboardCounts } from '../stageData'
import { seoulToday } from '../dates'
import { applicationView, COLLECTION, isManager } from './common'

/** Blind scoring: a staff member who is not a manager sees only their own sheets and 평가의견. */
export function blindFor(staff: Staff, app: SmeApplication): SmeApplication {
  if (isManager(staff)) return app
  return {
    ...app,
    scores: app.scores.filter((s) => s.evaluator_id === staff.id),
    sheet_comments: app.sheet_comments.filter((c) => c.evaluator_id === staff.id)
  }
}

/** The company card: the record, the round's criteria applied to it, and what the card shows beside the raw data. */
export function smeDetail(db: Db, staff: Staff, id: string, now: Date): SmeDetail {
  const stored = smeApplicationsTable.getStored(db, id)
  if (!stored) throw new AppError('not_found', `강소기업 신청(${id})은 캐시에 없습니다.`)
  const record = blindFor(staff, applicationView(db, id))
  const criteria = cachedCriteria(db, record.round)
  const company = record.company as Readonly<Record<string, unknown>>
  const writes = writeCountsFor(db, COLLECTION, id)
  const years = fullYearsBetween(record.company.founded_on, criteria?.reference_date ?? seoulToday(now))
  return {
    record,
    pulled_at: stored.pulled_at,
    pending_writes: writes.open,
    needs_attention: writes.parked,
    criteria,
    business_no_valid: isValidBusinessNo(record.company.business_no),
    years_in_business: Number.isFinite(years) ? Math.max(0, years) : 0,
    certifications: certificationsOn(record.company.public_certifications, criteria?.reference_date ?? null),
    eligibility: criteria ? evaluateEligibility(company, criteria) : null,
    documents: record.documents.map((d) => ({ kind: d.kind, label: DOCUMENT_KIND_LABELS[d.kind] ?? d.kind, received: d.received })),
    computed: criteria ? computedItemResults(company, criteria) : []
  }
}

/** The home tile. Sheets missing per evaluator: every evaluator for a manager; an evaluator's copy holds only their own sheets, so only their own count. */
export function smeDashboard(db: Db, staff: Staff): SmeDashboard {
  const counts = dashboardCounts(db)
  const missingSheets = isManager(staff) ? counts.missingSheets : counts.missingSheets.filter((row) => row.evaluator_id === staff.id)
  return { ...counts, missingSheets, rounds: roundsInCache(db) }
}
