import { eligibilityFailures, evaluateEligibility } from '../../../../shared/domains/sme/eligibility'
import type { SmeScreenRequest } from '../../../../shared/domains/sme/views'
import { AppError } from '../../../core/errors'
import type { Queued } from '../../../core/context'
import type { DomainContext } from '../../types'
import { screeningOp } from '../ops'
import { applicationView, requireCriteria } from './common'

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((code) => b.includes(code))

/**
 * Why a screening decision may not be queued as it stands, or null. The checklist is the round's
 * criteria applied to the company; an override (적격 while criteria fail, 부적격 while none does, or
 * other criteria named than those that fail) needs a note, and so does every 부적격.
 */
export function screeningRefusal(input: { result: 'eligible' | 'ineligible'; failedCriteria: readonly string[]; note?: string | undefined }, known: readonly string[], checklistFailures: readonly string[]): string | null {
  const unknown = input.failedCriteria.filter((code) => !known.includes(code))
  if (unknown.length > 0) return `이 차수의 자격요건이 아닌 코드가 있습니다: ${unknown.join(', ')}`
  if (input.result === 'eligible' && input.failedCriteria.length > 0) return '적격으로 결정하면서 미충족 요건을 둘 수 없습니다. 요건을 비우거나 부적격으로 결정하세요.'
  const note = input.note?.trim() ?? ''
  if (input.result === 'ineligible' && note === '') return '부적격으로 결정할 때는 의견을 적어 주세요.'
  const override = input.result === 'eligible' ? checklistFailures.length > 0 : !sameSet(input.failedCriteria, checklistFailures)
  if (override && note === '') return '자격요건 점검 결과와 다르게 결정할 때는 그 이유를 의견에 적어 주세요.'
  return null
}

export function screen(ctx: DomainContext, input: SmeScreenRequest): Queued {
  const staff = ctx.session.requireStaff()
  if (!staff.roles.includes('sme_screener') && !staff.roles.includes('manager')) {
    throw new AppError('forbidden', '자격검토는 강소기업 자격검토 담당자나 관리자만 할 수 있습니다.')
  }
  const view = applicationView(ctx.db, input.id)
  const criteria = requireCriteria(ctx.db, view.round)
  const failedCriteria = [...new Set(input.failedCriteria)]
  const checklist = eligibilityFailures(evaluateEligibility(view.company as Readonly<Record<string, unknown>>, criteria))
  const refusal = screeningRefusal({ ...input, failedCriteria }, criteria.eligibility.map((c) => c.code), checklist)
  if (refusal) throw new AppError('validation_failed', refusal)
  const note = input.note?.trim()
  return ctx.writes.enqueue(screeningOp, { recordId: input.id, body: { result: input.result, failed_criteria: failedCriteria, ...(note ? { note } : {}) } })
}
