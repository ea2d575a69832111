import type { PersonCountsRequest, RosterRequest, SessionListRequest } from '../../../../shared/domains/reemployment/views'
import type { RendererFeature } from '../feature'

/**
 * Query keys of 재취업. Everything shares the `all` prefix, so one invalidation after a sync or a
 * write reaches the session list, rosters, check-in counts and search, 수료 and the home tile — except
 * the 출석부, which is outside it on purpose: fetching it records a printout of personal data, so it
 * is fetched once per opening of the print view (a new nonce), never because a list was invalidated.
 */
export const reemploymentKeys = {
  all: ['reemployment'] as const,
  sessions: (request: SessionListRequest) => ['reemployment', 'sessions', request] as const,
  session: (id: string) => ['reemployment', 'session', id] as const,
  roster: (request: RosterRequest) => ['reemployment', 'roster', request] as const,
  hintSettings: ['reemployment', 'hintSettings'] as const,
  completionSettings: ['reemployment', 'completionSettings'] as const,
  checkInSearch: (sessionId: string, query: string) => ['reemployment', 'checkInSearch', sessionId, query] as const,
  personSearch: (query: string) => ['reemployment', 'personSearch', query] as const,
  checkInCounts: (sessionId: string) => ['reemployment', 'checkInCounts', sessionId] as const,
  noShows: (sessionId: string) => ['reemployment', 'noShows', sessionId] as const,
  courses: (month: string) => ['reemployment', 'courses', month] as const,
  completion: (courseId: string) => ['reemployment', 'completion', courseId] as const,
  personCounts: (request: PersonCountsRequest) => ['reemployment', 'personCounts', request] as const,
  dashboard: ['reemployment', 'dashboard'] as const,
  /** A list import's mutations (the preview stays in its dialog, not in the query cache). */
  importList: (sessionId: string, step: 'choose' | 'preview' | 'confirm' | 'discard') => ['reemploymentImport', sessionId, step] as const,
  /** Outside `all` on purpose (see above). */
  signInSheet: (sessionId: string, nonce: number) => ['reemploymentSignInSheet', sessionId, nonce] as const
}

export const reemploymentFeature: RendererFeature = {
  invalidateOnSync: [reemploymentKeys.all],
  invalidateOnOutboxChange: [reemploymentKeys.all]
}
