import { appendViewAudit } from '../../../db/repositories/auditLog'
import { lookUpContact } from '../../contactLookup'
import { smeApplicationsTable } from '../repository'
import type { smeContract } from '../../../../shared/domains/sme/contract'
import { SmeViewDefinition } from '../../../../shared/domains/sme/views'
import { savedViewHandlers } from '../../savedViewHandlers'
import type { DomainContext, HandlersOf } from '../../types'
import { cachedCriteria } from '../criteriaRepository'
import { listSmeApplications } from '../listQuery'
import { confirmPledge, pledgeConfirmedAt } from '../pledgeRepository'
import { advance, advancePreview, select, selectPreview } from './batch'
import { COLLECTION } from './common'
import { committee, ranking } from './committee'
import { smeDashboard, smeDetail } from './records'
import { screen } from './screening'
import { abstain, mySheets, score, sheet } from './sheets'

export function smeHandlers(ctx: DomainContext): HandlersOf<typeof smeContract> {
  const staffId = () => ctx.session.requireStaff().id
  return {
    'sme:list': (request) => listSmeApplications(ctx.db, request),
    'sme:get': ({ id }) => {
      const detail = smeDetail(ctx.db, ctx.session.requireStaff(), id, ctx.now())
      // The company card shows its CEO and contact (masked): its viewing is a 접속기록 entry.
      appendViewAudit(ctx.db, { at: ctx.now().toISOString(), actorId: staffId(), collection: COLLECTION, recordId: id, detail: { screen: 'sme_company_card', contact: 'masked' } })
      return detail
    },
    /** The round's criteria as cached by the last sync (null until then). */
    'sme:criteria': ({ round }) => cachedCriteria(ctx.db, round),
    'sme:dashboard': () => smeDashboard(ctx.db, ctx.session.requireStaff()),
    'sme:screen': (request) => screen(ctx, request),

    'sme:pledgeStatus': ({ round }) => ({ round, confirmedAt: pledgeConfirmedAt(ctx.db, staffId(), round) }),
    'sme:confirmPledge': ({ round }) => ({ round, confirmedAt: confirmPledge(ctx.db, staffId(), round, ctx.now().toISOString()) }),
    'sme:mySheets': (request) => mySheets(ctx, request),
    'sme:sheet': (request) => sheet(ctx, request),
    'sme:score': (request) => score(ctx, request),
    'sme:abstain': (request) => abstain(ctx, request),

    'sme:committee': (ref) => committee(ctx, ref),
    'sme:ranking': (ref) => ranking(ctx, ref),
    'sme:advancePreview': (request) => advancePreview(ctx, request),
    'sme:advance': (request) => advance(ctx, request),
    'sme:selectPreview': (request) => selectPreview(ctx, request),
    'sme:select': (request) => select(ctx, request),

    ...savedViewHandlers(ctx, 'sme', COLLECTION, SmeViewDefinition),
    'sme:contact': (request) => lookUpContact(ctx, { collection: COLLECTION, table: smeApplicationsTable }, request)
  }
}
