import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionSpec, recordLookups } from '../../../src/main/domains/registry'
import type { RecordLookupHit } from '../../../src/shared/ipc/lookupViews'
import type { CollectionName } from '../../../src/shared/portal'
import { startHarness, type SimHarness } from '../../helpers/sim'

/**
 * 명령 팔레트's records:lookup through the core's dispatch, on the real SQLite cache filled by a sync
 * from the simulator. The records the assertions name are stored beside the synced ones, made from
 * a synced copy with the fields under test replaced, so what must be found (and what must not) is known.
 */
describe('records:lookup (core, real cache)', () => {
  let h: SimHarness

  const lookup = (text: string, limit?: number) => h.call<RecordLookupHit[]>('records:lookup', limit === undefined ? { text } : { text, limit })
  const hitIds = (hits: readonly RecordLookupHit[], collection?: CollectionName) =>
    hits.filter((hit) => collection === undefined || hit.collection === collection).map((hit) => hit.id)

  /** One synced record per collection, as the portal sent it (read once: a later sign-in purges). */
  const bases = new Map<CollectionName, Record<string, unknown>>()
  function baseRecord(collection: CollectionName): Record<string, unknown> {
    if (!bases.has(collection)) {
      const table = collectionSpec(collection).table
      const { id } = h.core.context.db.prepare(`SELECT id FROM ${table.table} ORDER BY id LIMIT 1`).get() as { id: string }
      bases.set(collection, JSON.parse(table.getStored(h.core.context.db, id)!.raw) as Record<string, unknown>)
    }
    return bases.get(collection)!
  }

  /** Stores a copy of a synced record with `changes` applied, as a pull would. */
  function seed(collection: CollectionName, changes: Record<string, unknown>): void {
    const record = { ...baseRecord(collection), version: 1, ...changes }
    const spec = collectionSpec(collection)
    const parsed = spec.schema.parse(record)
    spec.table.upsert(h.core.context.db, { record: parsed, raw: JSON.stringify(record), local: null, pulledAt: '2031-01-01T00:00:00.000Z', generation: 1 })
  }

  function seedAll(): void {
    const job = baseRecord('attractive-jobs') as { org: Record<string, unknown> }
    // Eight jobs with the same two-syllable word: more than a page of the palette.
    for (let n = 1; n <= 8; n += 1) {
      seed('attractive-jobs', {
        id: `AJ-2031-99000${n}`,
        title: `곰솔 숲길 해설사 ${n}`,
        org: { ...job.org, name: '가상구' },
        updated_at: `2031-01-0${n}T09:00:00+09:00`
      })
    }
    // An id that contains another as its start, changed later: the exact one must still come first.
    seed('attractive-jobs', { id: 'AJ-2031-9900010', title: '어린이 안전 지킴이', updated_at: '2031-02-01T09:00:00+09:00' })

    const app = baseRecord('sme-applications') as { company: Record<string, unknown> }
    seed('sme-applications', {
      id: 'SME-2031-1-9901',
      company: { ...app.company, name: '곰솔정밀', business_no: '3149872650' },
      updated_at: '2031-01-05T09:00:00+09:00'
    })

    // 23:30 in Seoul is 14:30 UTC the same day; 00:30 the next Seoul day is still the 14th in UTC.
    seed('reemployment-sessions', { id: 'RS-2031-05-A1', title: '곰솔 재취업 설명회', starts_at: '2031-05-14T10:00:00+09:00', ends_at: '2031-05-14T12:00:00+09:00' })
    seed('reemployment-sessions', { id: 'RS-2031-05-A2', title: '야간 상담 특강', starts_at: '2031-05-14T23:30:00+09:00', ends_at: '2031-05-14T23:50:00+09:00' })
    seed('reemployment-sessions', { id: 'RS-2031-05-A3', title: '새벽 상담 특강', starts_at: '2031-05-15T00:30:00+09:00', ends_at: '2031-05-15T01:30:00+09:00' })

    const registration = baseRecord('reemployment-registrations') as { career: Record<string, unknown> }
    seed('reemployment-registrations', {
      id: 'RR-2031-990001',
      session_id: 'RS-2031-05-A1',
      career: { ...registration.career, last_employer: '곰솔물산' }
    })
  }

  beforeAll(async () => {
    h = await startHarness({ scale: 40 })
    await h.signIn('manager')
    await h.sync()
    // None of the words under test is in the synced data: every hit below is a seeded record.
    expect(await lookup('곰솔', 20)).toEqual([])
    seedAll()
  })
  afterAll(async () => h.close())

  it('finds a two-syllable Korean word in each collection the roles cover, newest first, a handful each by default', async () => {
    const hits = await lookup('곰솔')
    expect(hitIds(hits, 'attractive-jobs')).toEqual(['AJ-2031-990008', 'AJ-2031-990007', 'AJ-2031-990006', 'AJ-2031-990005', 'AJ-2031-990004', 'AJ-2031-990003'])
    expect(hitIds(hits, 'sme-applications')).toEqual(['SME-2031-1-9901'])
    expect(hitIds(hits, 'reemployment-sessions')).toEqual(['RS-2031-05-A1'])
    expect(hits.find((hit) => hit.id === 'AJ-2031-990008')).toMatchObject({ title: '곰솔 숲길 해설사 8', subtitle: expect.stringContaining('가상구') })
    expect(hits.find((hit) => hit.id === 'SME-2031-1-9901')).toMatchObject({ collection: 'sme-applications', title: '곰솔정밀' })
  })

  it('honours the limit per collection', async () => {
    const hits = await lookup('곰솔', 3)
    expect(hitIds(hits, 'attractive-jobs')).toEqual(['AJ-2031-990008', 'AJ-2031-990007', 'AJ-2031-990006'])
    expect(hitIds(hits, 'sme-applications')).toHaveLength(1)
    expect((await lookup('곰솔', 20)).filter((hit) => hit.collection === 'attractive-jobs')).toHaveLength(8)
  })

  it('finds by a fragment of an id, the exact id first even when another was changed later', async () => {
    expect(hitIds(await lookup('990003'))).toEqual(['AJ-2031-990003'])
    expect(hitIds(await lookup('AJ-2031-990001'))).toEqual(['AJ-2031-990001', 'AJ-2031-9900010'])
    // Case does not matter for the exact id either.
    expect(hitIds(await lookup('aj-2031-990001'))[0]).toBe('AJ-2031-990001')
    expect(hitIds(await lookup('2031-1-99'))).toEqual(['SME-2031-1-9901'])
  })

  it('finds a 강소기업 by its 사업자등록번호 with or without hyphens, or a part of it', async () => {
    for (const typed of ['314-98-72650', '3149872650', '314 98 72650', '98-726']) {
      expect(hitIds(await lookup(typed), 'sme-applications'), typed).toEqual(['SME-2031-1-9901'])
    }
  })

  it('finds 재취업 회차 by the Seoul day they start, typed in the usual ways', async () => {
    for (const typed of ['2031-05-14', '2031.5.14', '2031/05/14', '2031.05.14.']) {
      expect(hitIds(await lookup(typed), 'reemployment-sessions').sort(), typed).toEqual(['RS-2031-05-A1', 'RS-2031-05-A2'])
    }
    expect(hitIds(await lookup('2031-05-15'), 'reemployment-sessions')).toEqual(['RS-2031-05-A3'])
  })

  it('never looks up registrations (people), by word or by id', async () => {
    expect(recordLookups().map((entry) => entry.collection)).not.toContain('reemployment-registrations')
    // The registration is in the cache, and its own id fragment or employer finds nothing.
    expect(collectionSpec('reemployment-registrations').table.getStored(h.core.context.db, 'RR-2031-990001')).toBeDefined()
    expect(await lookup('RR-2031-990001')).toEqual([])
    expect((await lookup('곰솔물산', 20)).map((hit) => hit.collection)).not.toContain('reemployment-registrations')
  })

  it('refuses fewer than two characters with a Korean message', async () => {
    const result = await h.core.dispatch('records:lookup', { text: ' 곰 ' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed', message: expect.stringContaining('두 글자 이상 입력하세요.') } })
  })

  it('never returns a collection outside the caller\'s roles, though its records are in the cache', async () => {
    await h.signIn('reviewer')
    // Starting the reviewer's session purged the other collections; put them back, as if left behind.
    seedAll()
    expect(collectionSpec('sme-applications').table.getStored(h.core.context.db, 'SME-2031-1-9901')).toBeDefined()
    const hits = await lookup('곰솔', 20)
    expect(new Set(hits.map((hit) => hit.collection))).toEqual(new Set(['attractive-jobs']))
    expect(await lookup('314-98-72650')).toEqual([])
    expect(await lookup('2031-05-14')).toEqual([])

    await h.signIn('coordinator')
    seedAll()
    expect(new Set((await lookup('곰솔', 20)).map((hit) => hit.collection))).toEqual(new Set(['reemployment-sessions']))
  })
})
