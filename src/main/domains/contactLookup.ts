import type { CollectionName } from '../../shared/portal'
import type { ContactRequest, ContactView } from '../../shared/ipc/privacyViews'
import type { DomainContext } from './types'
import { AppError } from '../core/errors'
import { appendAudit } from '../db/repositories/auditLog'
import type { StoredRecordRow } from '../db/repositories/recordTable'
import type { Db } from '../db/types'
import { PortalError, PortalUnreachableError } from '../sync/errors'

/** The collections whose records carry a person's contact (portal-admin-api.md §9). */
export type ContactCollection = Extract<CollectionName, 'attractive-jobs' | 'sme-applications' | 'reemployment-registrations'>

/** Where a domain keeps the records of a contact collection: its handler passes its own table. */
export interface ContactSource {
  collection: ContactCollection
  table: { getStored(db: Db, id: string): StoredRecordRow | undefined }
}

export const CONTACT_OFFLINE_MESSAGE =
  '지금은 오프라인이라 연락처를 볼 수 없습니다. 연락처는 이 PC에 저장하지 않고 포털에서 바로 조회합니다. 네트워크에 연결된 뒤 다시 시도하세요.'
export const CONTACT_FORBIDDEN_MESSAGE =
  '포털이 이 연락처 조회를 거부했습니다(조회 권한 없음). 권한이 필요하면 부서 관리자에게 요청하세요. 이 시도는 감사 기록에 남았습니다.'

/**
 * How a look-up ended, as the audit trail records it. Never the values: the entry says that a contact
 * was shown, of which record, to whom and why — not what it was.
 */
type Outcome =
  | { outcome: 'shown'; fields: string[] }
  | { outcome: 'not_cached' | 'not_on_portal' | 'offline' }
  | { outcome: 'refused' | 'failed'; status?: number; code: string }

function audit(ctx: DomainContext, actorId: string, collection: ContactCollection, request: ContactRequest, detail: Outcome): void {
  appendAudit(ctx.db, {
    at: ctx.now().toISOString(),
    actorId,
    action: 'contact_lookup',
    collection,
    recordId: request.id,
    reason: request.reason,
    detail
  })
}

/**
 * One record's contact in full from the portal, for the `<domain>:contact` channels: online only
 * (the value is never cached, so there is nothing to show offline), of a record the caller has in
 * the cache, with a stated reason the portal logs too. Every attempt — shown, refused, offline — is
 * audited. The answer goes straight back to the caller: nothing here writes, logs or keeps it, and
 * no error raised here carries it (the PortalClient logs nothing of a response).
 */
export async function lookUpContact(ctx: DomainContext, { collection, table }: ContactSource, request: ContactRequest): Promise<ContactView> {
  const staff = ctx.session.requireStaff()
  const stored = table.getStored(ctx.db, request.id)
  if (!stored) {
    audit(ctx, staff.id, collection, request, { outcome: 'not_cached' })
    throw new AppError('not_found', '이 PC의 자료에 없는 기록이라 연락처를 조회할 수 없습니다. 동기화한 뒤 다시 찾아 보세요.')
  }
  // A walk-in registered here keeps its local id until the portal confirms it: the portal has no contact for it yet.
  if (stored.version === 0) {
    audit(ctx, staff.id, collection, request, { outcome: 'not_on_portal' })
    throw new AppError('not_found', '포털이 아직 이 기록을 받지 않아 연락처를 조회할 수 없습니다. 동기화가 끝난 뒤 다시 시도하세요.')
  }
  if (!ctx.session.current().online) {
    audit(ctx, staff.id, collection, request, { outcome: 'offline' })
    throw new AppError('offline', CONTACT_OFFLINE_MESSAGE, undefined, '로그인된 포털 연결 없음')
  }
  try {
    const contact = await ctx.session.requireClient().getContact(collection, request.id, request.reason)
    const view: ContactView = { name: contact.name, phone: contact.phone, email: contact.email ?? null }
    audit(ctx, staff.id, collection, request, { outcome: 'shown', fields: Object.keys(contact) })
    return view
  } catch (error) {
    if (error instanceof PortalUnreachableError) {
      audit(ctx, staff.id, collection, request, { outcome: 'offline' })
      throw new AppError('offline', CONTACT_OFFLINE_MESSAGE, undefined, error.message)
    }
    if (error instanceof PortalError) {
      const refused = error.status === 403
      audit(ctx, staff.id, collection, request, { outcome: refused ? 'refused' : 'failed', status: error.status, code: error.code })
      if (refused) throw new AppError('forbidden', CONTACT_FORBIDDEN_MESSAGE, undefined, `HTTP 403 ${error.code}`)
      // Told by the one mapping (core/failures.ts): the session ended, the record is gone, the portal is busy…
      throw error
    }
    audit(ctx, staff.id, collection, request, { outcome: 'failed', code: error instanceof Error ? error.name : 'unknown' })
    throw error
  }
}
