import { appendViewAudit } from '../../db/repositories/auditLog'
import { lookUpContact } from '../contactLookup'
import { reemploymentRegistrationsTable } from './registrationsRepository'
import type { reemploymentContract } from '../../../shared/domains/reemployment/contract'
import type { DomainContext, HandlersOf } from '../types'
import { checkIn, checkInSearch, queueWalkIn, undoCheckIn, walkIn } from './checkIn'
import { courseCompletion, coursesOfMonth, personCounts } from './completion'
import { attendanceOp, registrationStatusOp } from './ops'
import { noShows, proposalFor, roster, sessionRosterRows, signInSheet } from './roster'
import { checkInCounts, dashboard, listSessions, requireSession, sessionDetail } from './sessions'
import { completionSettings, hintSettings, saveCompletionSettings, saveHintSettings } from './settings'
import { promote } from './waitlist'
import { importHandlers } from './importList'
import { seoulInstant } from '../../../shared/domains/reemployment/rules'

/** Reads come from the cache; every write goes to the cache and the outbox first, the portal hears of it at the next sync. */
export function reemploymentHandlers(ctx: DomainContext): HandlersOf<typeof reemploymentContract> {
  const staffId = () => ctx.session.requireStaff().id
  const proposalOf = (sessionId: string) => {
    const { session } = requireSession(ctx.db, sessionId)
    return proposalFor(session, sessionRosterRows(ctx.db, session))
  }
  return {
    'reemployment:sessions': (request) => listSessions(ctx.db, request),
    'reemployment:session': ({ id }) => sessionDetail(ctx.db, id, proposalOf(id)),

    'reemployment:roster': (request) => {
      const answer = roster(ctx.db, request)
      // A roster shows people: its viewing is a 접속기록 entry (one per opening, not per refetch).
      appendViewAudit(ctx.db, { at: ctx.now().toISOString(), actorId: staffId(), collection: 'reemployment-sessions', recordId: request.sessionId, detail: { screen: 'roster', rows: answer.rows.length } })
      return answer
    },
    'reemployment:hintSettings': () => hintSettings(ctx.db),
    'reemployment:setHintSettings': (settings) => saveHintSettings(ctx.db, settings, staffId(), ctx.now().toISOString()),

    'reemployment:checkInSearch': (request) => checkInSearch(ctx, request),
    'reemployment:checkIn': (request) => checkIn(ctx, request),
    'reemployment:undoCheckIn': ({ registrationId, seq }) => undoCheckIn(ctx, registrationId, seq),
    'reemployment:checkInCounts': ({ sessionId }) => checkInCounts(ctx.db, sessionId),
    'reemployment:checkInWalkIn': (input) => walkIn(ctx, input),

    'reemployment:promotionProposal': ({ sessionId }) => proposalOf(sessionId),
    'reemployment:promote': ({ registrationId }) => promote(ctx, registrationId),
    'reemployment:cancel': ({ registrationId }) => ctx.writes.enqueue(registrationStatusOp, { recordId: registrationId, body: { status: 'cancelled' } }),

    'reemployment:noShows': ({ sessionId }) => noShows(ctx.db, sessionId),
    'reemployment:courses': ({ month }) => coursesOfMonth(ctx.db, month),
    'reemployment:completion': ({ courseId }) => courseCompletion(ctx.db, courseId),
    'reemployment:completionSettings': () => completionSettings(ctx.db),
    'reemployment:setCompletionSettings': (settings) => saveCompletionSettings(ctx.db, settings, staffId(), ctx.now().toISOString()),
    'reemployment:personCounts': (request) => personCounts(ctx.db, request),
    'reemployment:signInSheet': ({ sessionId }) => signInSheet(ctx.db, sessionId, staffId(), seoulInstant(ctx.now())),

    'reemployment:dashboard': () => dashboard(ctx.db, ctx.now()),

    'reemployment:attendance': ({ registrationId, status, checkedAt }) =>
      ctx.writes.enqueue(attendanceOp, { recordId: registrationId, body: { status, checked_at: checkedAt ?? seoulInstant(ctx.now()) } }),
    'reemployment:setStatus': ({ registrationId, status }) => ctx.writes.enqueue(registrationStatusOp, { recordId: registrationId, body: { status } }),
    'reemployment:walkIn': (input) => queueWalkIn(ctx, input),
    'reemployment:contact': (request) => lookUpContact(ctx, { collection: 'reemployment-registrations', table: reemploymentRegistrationsTable }, request),
    ...importHandlers(ctx)
  }
}
