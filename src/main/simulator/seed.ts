/** Deterministic seed data: the same seed and scale give byte-identical records. */
import type { SeedRow } from './store'
import { seedAttractiveJob } from './seedJobs'
import { seedSmeApplication } from './seedSme'
import { seedReemploymentRows } from './seedReemployment'
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

export function* seedRows(seed: number, scale: number, counters: SeedCounters): Generator<SeedRow> {
  const jobsRng = createRng(seed * 4 + 1)
  for (let i = 1; i <= scale; i += 1) {
    const { record, priv } = seedAttractiveJob(jobsRng, i)
    counters.attractiveJobs = i
    yield { collection: 'attractive-jobs', id: record.id, version: record.version, json: JSON.stringify(record), private: JSON.stringify(priv), sessionId: null, clientRef: null }
  }
  const smeRng = createRng(seed * 4 + 2)
  for (let i = 1; i <= scale; i += 1) {
    const { record, priv } = seedSmeApplication(smeRng, i, scale)
    counters.sme = i
    yield { collection: 'sme-applications', id: record.id, version: record.version, json: JSON.stringify(record), private: JSON.stringify(priv), sessionId: null, clientRef: null }
  }
  yield* seedReemploymentRows(createRng(seed * 4 + 3), createRng(seed * 4 + 4), sessionCount(scale), scale, counters)
}
