import type { PromoteResult } from '../../../shared/domains/reemployment/views'
import { AppError } from '../../core/errors'
import { getOutboxEntry } from '../../db/repositories/outbox'
import { explainStoredFailure, type StoredFailure } from '../../sync/errors'
import type { DomainContext } from '../types'
import { dropQueuedWrite } from './localView'
import { registrationStatusOp } from './ops'
import { reemploymentRegistrationsTable } from './registrationsRepository'

/** What the promotion's refusal tells the coordinator; the roster shows the portal's copy again. */
const REFUSED_CAPACITY = '정원이 가득 차 포털이 확정을 받지 않았습니다. 다른 PC에서 먼저 자리가 채워졌을 수 있습니다. 명단을 새로 불러왔으니 확인하세요.'

/**
 * 대기 → 확정, once the coordinator confirms the proposal. Online, it is sent at once and the answer
 * is waited for: the portal may refuse (`409 capacity_exceeded` — another PC took the seat), which
 * is said in a clear Korean sentence, the write is dropped (nothing left in 확인 필요 for a refusal
 * already shown) and the cache holds the portal's copy. Offline it waits in the outbox as any write.
 */
export async function promote(ctx: DomainContext, registrationId: string): Promise<PromoteResult> {
  const view = reemploymentRegistrationsTable.getView(ctx.db, registrationId)
  if (!view) throw new AppError('not_found', `신청자(${registrationId})는 캐시에 없습니다.`)
  if (view.status !== 'waitlisted') throw new AppError('invalid_transition', '대기 중인 신청자만 확정할 수 있습니다.')
  const queued = ctx.writes.enqueue(registrationStatusOp, { recordId: registrationId, body: { status: 'registered' } })
  if (!ctx.session.current().online) return { ...queued, outcome: 'queued', message: null }
  // A sync already running may have sent its writes before this one: then one more run sends it.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await ctx.sync.start().done
    } catch {
      break
    }
    if (getOutboxEntry(ctx.db, queued.seq)?.state !== 'pending') break
  }
  const entry = getOutboxEntry(ctx.db, queued.seq)
  if (!entry || entry.state === 'pending') return { ...queued, outcome: 'queued', message: null }
  if (entry.state === 'done') return { ...queued, outcome: 'confirmed', message: null }
  const failure: StoredFailure = entry.last_error ? (JSON.parse(entry.last_error) as StoredFailure) : {}
  const explained = explainStoredFailure(failure, 409)
  const message = explained.code === 'capacity_exceeded' ? REFUSED_CAPACITY : explained.message
  if (entry.state === 'rejected') dropQueuedWrite(ctx.db, entry, ctx.session.requireStaff().id, ctx.now().toISOString(), 'refusal_shown')
  return { ...queued, outcome: 'refused', message }
}
