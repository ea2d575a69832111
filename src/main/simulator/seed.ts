/** Deterministic seed data: the same seed and scale give byte-identical records. */
import type { SeedRow } from './store'
import { seedAttractiveJob } from './seedJobs'
import { seedSmeApplication } from './seedSme'
import { seedRegistration, seedSession, type SeededSession } from './seedReemployment'
import { createRng } from './util'

export interface SeedCounters {
  attractiveJobs: number
  sme: number
  sessions: number
  registrations: number
}

export function sessionCount(scale: number): number {
  return Math.max(4, Math.round(scale / 20))
}

function pickSession(sessions: SeededSession[], cumulative: number[], r: number): SeededSession {
  const total = cumulative[cumulative.length - 1] ?? 0
  const target = r * total
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((cumulative[mid] ?? 0) > target) hi = mid
    else lo = mid + 1
  }
  const s = sessions[lo]
  if (!s) throw new Error('no session')
  return s
}

export function* seedRows(seed: number, scale: number, counters: SeedCounters): Generator<SeedRow> {
  const jobsRng = createRng(seed * 4 + 1)
  for (let i = 1; i <= scale; i += 1) {
    const { record, priv } = seedAttractiveJob(jobsRng, i)
    counters.attractiveJobs = i
    yield { collection: 'attractive-jobs', id: record.id, version: record.version, json: JSON.stringify(record), private: JSON.stringify(priv), sessionId: null, clientRef: null }
  }
  const smeRng = createRng(seed * 4 + 2)
  for (let i = 1; i <= scale; i += 1) {
    const { record, priv } = seedSmeApplication(smeRng, i)
    counters.sme = i
    yield { collection: 'sme-applications', id: record.id, version: record.version, json: JSON.stringify(record), private: JSON.stringify(priv), sessionId: null, clientRef: null }
  }
  const sessionRng = createRng(seed * 4 + 3)
  const nSessions = sessionCount(scale)
  const sessions: SeededSession[] = []
  const cumulative: number[] = []
  let acc = 0
  for (let i = 1; i <= nSessions; i += 1) {
    const s = seedSession(sessionRng, i, nSessions)
    sessions.push(s)
    acc += s.weight
    cumulative.push(acc)
    counters.sessions = i
    yield { collection: 'reemployment-sessions', id: s.record.id, version: s.record.version, json: JSON.stringify(s.record), private: null, sessionId: null, clientRef: null }
  }
  const regRng = createRng(seed * 4 + 4)
  for (let i = 1; i <= scale; i += 1) {
    const session = pickSession(sessions, cumulative, regRng.next())
    const { record, priv } = seedRegistration(regRng, i, session)
    counters.registrations = i
    yield { collection: 'reemployment-registrations', id: record.id, version: record.version, json: JSON.stringify(record), private: JSON.stringify(priv), sessionId: record.session_id, clientRef: null }
  }
}
