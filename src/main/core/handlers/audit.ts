import { MONTHLY_REVIEW_KINDS, auditKindLabel } from '../../../shared/domain/auditLabels'
import type { AuditEvent } from '../../../shared/ipc/privacyViews'
import { verifyAuditChain } from '../../db/repositories/auditLog'
import { auditOfMonth, markAuditReviewed, queryAudit, type AuditEventView } from '../../db/repositories/auditQueries'
import { opLabel } from '../../domains/registry'
import type { CoreContext } from '../context'
import type { Handlers } from '../dispatch'

function labelled(view: AuditEventView): AuditEvent {
  return { ...view, kindLabel: auditKindLabel(view.kind, opLabel) }
}

/** The 감사 기록 channels (manager only: dispatch checks the contract's access before these run). */
export function auditHandlers(ctx: CoreContext): Pick<Handlers, 'audit:list' | 'audit:monthly' | 'audit:markReviewed' | 'audit:verify'> {
  return {
    'audit:list': ({ limit, offset, ...filter }) => {
      const page = queryAudit(ctx.db, filter, { limit, offset })
      return { rows: page.rows.map(labelled), total: page.total }
    },
    'audit:monthly': ({ month }) => {
      const rows = auditOfMonth(ctx.db, month, MONTHLY_REVIEW_KINDS).map(labelled)
      const reviewed = rows.filter((row) => row.reviewedAt !== null).length
      return { month, rows, reviewed, unreviewed: rows.length - reviewed }
    },
    'audit:markReviewed': ({ ids }) => ({
      reviewed: markAuditReviewed(ctx.db, ids, MONTHLY_REVIEW_KINDS, ctx.session.requireStaff().id, ctx.now().toISOString())
    }),
    'audit:verify': () => {
      const { checked, broken } = verifyAuditChain(ctx.db)
      return { checked, broken: broken ? { seq: broken.seq, id: broken.eventId, reason: broken.reason } : null }
    }
  }
}
