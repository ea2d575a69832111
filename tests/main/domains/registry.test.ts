import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { cliCommands, registeredCollections, registeredDomains, registeredOps } from '../../../src/main/domains/registry'
import { CHANNELS, CONTRACT_PARTS } from '../../../src/shared/ipc/contract'
import { COLLECTIONS } from '../../../src/shared/portal'
import { makeTempDir } from '../../helpers/tempDir'
import { TEST_CACHE_KEY } from '../../cacheKey'

/**
 * A body each op accepts, so its label, intent sentence and request builder are exercised for real.
 * A new op without one here fails the first test: add it.
 */
const EXAMPLE_BODIES: Record<string, unknown> = {
  'attractive_job.review': { action: 'request_revision', reason: '예산 합계를 확인해 주십시오' },
  'attractive_job.comment': { body: '현장 확인 완료' },
  'registration.attendance': { status: 'present', checked_at: '2026-12-09T14:05:00+09:00' },
  'registration.attendance_clear': {},
  'registration.status': { status: 'cancelled' },
  'registration.walk_in': {
    session_id: 'RS-2026-12-01',
    person: { name: '홍길동', birth_year: 1966, phone: '010-1234-5678' },
    client_ref: '00000000-0000-4000-8000-000000000001'
  },
  'sme.screening': { result: 'ineligible', failed_criteria: ['min_insured_employees'], note: '고용보험 피보험자 9명' },
  'sme.scores': { stage: 'document', evaluator_id: 'S-0031', scores: { competitiveness: 18, growth_potential: 12 }, comment: '성장 가능성이 큽니다' },
  'sme.abstain': { stage: 'document', evaluator_id: 'S-0031', abstain: { kind: 'recusal', reason: '신청기업 대표와 공동연구', known_on: '2026-07-01' } },
  'sme.stage': { stage: 'site_visit' },
  'sme.selection': { selected: true, note: '강소기업지원위원회 의결' }
}

const HANGUL = /[가-힣]/

describe('domains/registry', () => {
  let core: Core
  const dir = makeTempDir()
  beforeAll(async () => {
    core = await createCore({ cacheKey: TEST_CACHE_KEY, dataDir: dir.path, portalUrl: null, log: () => undefined })
  })
  afterAll(() => {
    core.close()
    dir.remove()
  })

  it('every write op has a Korean label, an intent sentence and a request for its body', () => {
    const ops = registeredOps()
    expect(ops.length).toBeGreaterThan(0)
    for (const op of ops) {
      expect(Object.keys(EXAMPLE_BODIES), `an example body for ${op.name}`).toContain(op.name)
      const body = op.body.parse(EXAMPLE_BODIES[op.name])
      expect(op.label, op.name).toMatch(HANGUL)
      expect(op.intent(body), op.name).toMatch(HANGUL)
      const request = op.request('AJ-2026-000001', body)
      expect(['POST', 'PUT', 'PATCH', 'DELETE'], op.name).toContain(request.method)
      expect(request.path, op.name).toMatch(/^[a-z][a-z0-9-]*(\/[^/\s]+)*$/)
      expect(registeredCollections().map((c) => c.name), op.name).toContain(op.collection)
      // A record made here needs a local id to live under until the portal answers.
      if (op.creates) expect(op.creates.localId(body)).toMatch(/^local-/)
    }
  })

  it('every channel of every domain has a handler, and every channel is declared once', () => {
    const declared = CONTRACT_PARTS.reduce((sum, part) => sum + Object.keys(part).length, 0)
    expect(declared).toBe(CHANNELS.length)
    for (const domain of registeredDomains()) {
      const handlers = domain.handlers(core.context)
      expect(Object.keys(handlers).sort(), domain.name).toEqual(Object.keys(domain.contract).sort())
      for (const handler of Object.values(handlers)) expect(typeof handler).toBe('function')
      expect(CONTRACT_PARTS, domain.name).toContain(domain.contract)
    }
  })

  it('every feed collection is cached by exactly one domain, with its schema, table and title', () => {
    expect(registeredCollections().map((c) => c.name).sort()).toEqual([...COLLECTIONS].sort())
    for (const collection of registeredCollections()) {
      expect(collection.table.collection).toBe(collection.name)
      expect(typeof collection.titleOf).toBe('function')
    }
  })

  it('CLI commands have unique names that do not shadow the generic ones, and each maps to a contract channel', () => {
    const names = cliCommands().map((command) => command.name)
    expect(new Set(names).size).toBe(names.length)
    for (const generic of ['sync', 'status', 'list']) expect(names).not.toContain(generic)
    const review = cliCommands().find((command) => command.name === 'review')!
    const call = review.toCall({ positionals: ['AJ-2026-000001', 'approve'], options: {}, now: new Date() })
    expect(CHANNELS).toContain(call.channel)
  })
})
