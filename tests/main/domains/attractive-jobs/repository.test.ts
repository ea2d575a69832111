import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../../src/main/db/migrations/runner'
import { attractiveJobsTable, listAttractiveJobs } from '../../../../src/main/domains/attractive-jobs/repository'
import type { AttractiveJob } from '../../../../src/shared/portal'
import { makeAttractiveJob } from '../../../helpers/records'

function put(db: Database.Database, job: AttractiveJob) {
  return attractiveJobsTable.upsert(db, {
    record: job,
    raw: JSON.stringify(job),
    local: null,
    pulledAt: '2026-11-25T00:00:00.000Z',
    generation: 1
  })
}

describe('db/repositories/attractiveJobs', () => {
  let db: Database.Database
  beforeEach(() => {
    db = new Database(':memory:')
    migrate(db)
  })
  afterEach(() => db.close())

  it('inserts, updates on a higher version and never lets a lower or equal version overwrite', () => {
    expect(put(db, makeAttractiveJob({ version: 3, title: '세 번째' }))).toBe('inserted')
    expect(put(db, makeAttractiveJob({ version: 2, title: '두 번째' }))).toBe('stale')
    expect(put(db, makeAttractiveJob({ version: 3, title: '같은 버전 다른 내용' }))).toBe('stale')
    expect(attractiveJobsTable.getView(db, 'AJ-2026-000001')?.title).toBe('세 번째')
    expect(put(db, makeAttractiveJob({ version: 4, title: '네 번째', status: 'in_review' }))).toBe('updated')
    const page = listAttractiveJobs(db, {})
    expect(page.rows).toHaveLength(1)
    expect(page.rows[0]).toMatchObject({ version: 4, title: '네 번째', status: 'in_review' })
  })

  it('keeps unknown server fields in the raw copy', () => {
    const job = { ...makeAttractiveJob(), future_field: { added_in: 'v2' } }
    attractiveJobsTable.upsert(db, { record: job, raw: JSON.stringify(job), local: null, pulledAt: 'x', generation: 1 })
    expect(JSON.parse(attractiveJobsTable.getStored(db, job.id)!.raw).future_field).toEqual({ added_in: 'v2' })
  })

  describe('Korean search', () => {
    beforeEach(() => {
      put(db, makeAttractiveJob({ id: 'AJ-1', title: '어르신 디지털 안내 도우미', org: { type: 'district', code: '11680', name: '강남구', department: '복지정책과' } }))
      put(db, makeAttractiveJob({ id: 'AJ-2', title: '청년 돌봄 매니저', duties: '지역아동센터 돌봄 프로그램 운영 지원', org: { type: 'city', code: 'C-01', name: '서울시 복지실', department: '아동담당관' } }))
      put(db, makeAttractiveJob({ id: 'AJ-3', title: '공공도서관 교육 코디네이터', duties: '청년 대상 교육 프로그램 기획', org: { type: 'agency', code: 'A-03', name: '서울문화재단', department: '교육팀' } }))
    })
    const ids = (search: string) => listAttractiveJobs(db, { filter: { search } }).rows.map((r) => r.id).sort()

    it('finds three-or-more-character substrings through the trigram index', () => {
      expect(ids('디지털')).toEqual(['AJ-1'])
      expect(ids('코디네이')).toEqual(['AJ-3'])
      expect(ids('서울문화')).toEqual(['AJ-3'])
    })

    it('finds two-syllable words, which trigram cannot, in title, organisation and duties', () => {
      expect(ids('돌봄')).toEqual(['AJ-2'])
      expect(ids('청년')).toEqual(['AJ-2', 'AJ-3'])
      expect(ids('교육')).toEqual(['AJ-3'])
      expect(ids('강남')).toEqual(['AJ-1'])
    })

    it('matches 초성 of the title', () => {
      expect(ids('ㄷㅈㅌ')).toEqual(['AJ-1'])
      expect(ids('ㄷㅂ')).toEqual(['AJ-2'])
    })

    it('ANDs several words and falls back to LIKE for a single character', () => {
      expect(ids('청년 돌봄')).toEqual(['AJ-2'])
      expect(ids('청년 디지털')).toEqual([])
      // Mixed lengths, one word only in the long duties text (bigram index), one in the title.
      expect(ids('돌봄 프로그램')).toEqual(['AJ-2'])
      expect(ids('코디네이터 프로그램')).toEqual(['AJ-3'])
      expect(ids('디지털 안내')).toEqual(['AJ-1'])
      expect(ids('봄')).toEqual(['AJ-2'])
    })

    it('finds a record by its id, typed or pasted in any case', () => {
      put(db, makeAttractiveJob({ id: 'AJ-2026-000123', title: '마을 정원 관리' }))
      expect(ids('AJ-2026-000123')).toEqual(['AJ-2026-000123'])
      expect(ids(' aj-2026-000123 ')).toEqual(['AJ-2026-000123'])
      expect(ids('AJ-2026-000124')).toEqual([])
    })

    it('pages search hits by recency and totals them per status, with and without a status filter', () => {
      const statuses = ['submitted', 'in_review', 'approved'] as const
      for (let i = 0; i < 30; i += 1) {
        put(
          db,
          makeAttractiveJob({
            id: `AJ-2026-9${String(i).padStart(5, '0')}`,
            title: `청년 일자리 ${i}`,
            status: statuses[i % 3],
            updated_at: `2026-04-${String((i % 28) + 1).padStart(2, '0')}T0${i % 10}:00:00.000Z`
          })
        )
      }
      const all = listAttractiveJobs(db, { page: 1, pageSize: 10, filter: { search: '청년' }, sort: { column: 'updated_at', direction: 'desc' } })
      // AJ-2 and AJ-3 mention 청년 too.
      expect(all.total).toBe(32)
      const expected = listAttractiveJobs(db, { page: 1, pageSize: 50, filter: { search: '청년' }, sort: { column: 'updated_at', direction: 'desc' } })
        .rows.map((r) => [r.updated_at, r.id] as const)
      const sorted = [...expected].sort((a, b) => (a[0] === b[0] ? b[1].localeCompare(a[1]) : b[0].localeCompare(a[0])))
      expect(expected).toEqual(sorted)
      expect(all.rows.map((r) => r.id)).toEqual(sorted.slice(0, 10).map(([, id]) => id))
      const inReview = listAttractiveJobs(db, { filter: { search: '청년', statuses: ['in_review', 'approved'] } })
      expect(inReview.total).toBe((inReview.statusCounts.in_review ?? 0) + (inReview.statusCounts.approved ?? 0))
      expect(inReview.total).toBe(20)
      expect(inReview.statusCounts.submitted).toBe(all.statusCounts.submitted)
    })

    it('treats FTS syntax in the query as plain text', () => {
      expect(ids('"디지털')).toEqual([])
      expect(ids('AND OR NOT')).toEqual([])
      expect(ids('%')).toEqual([])
    })

    it('follows updates: a retitled record is found by its new title only', () => {
      put(db, makeAttractiveJob({ id: 'AJ-1', version: 2, title: 'AI 데이터 라벨링 지원' }))
      expect(ids('디지털')).toEqual([])
      expect(ids('라벨링')).toEqual(['AJ-1'])
      expect(ids('ai')).toEqual(['AJ-1'])
    })

    it('leaves the search indexes alone when an update does not change the searchable text', () => {
      const segments = () => db.prepare(`SELECT (SELECT count(*) FROM attractive_jobs_trigram_data) + (SELECT count(*) FROM attractive_jobs_bigram_data) AS n`).get()
      const before = segments()
      put(db, makeAttractiveJob({ id: 'AJ-2', version: 2, title: '청년 돌봄 매니저', status: 'approved', duties: '지역아동센터 돌봄 프로그램 운영 지원', org: { type: 'city', code: 'C-01', name: '서울시 복지실', department: '아동담당관' } }))
      expect(segments()).toEqual(before)
      expect(ids('돌봄')).toEqual(['AJ-2'])
      put(db, makeAttractiveJob({ id: 'AJ-2', version: 3, title: '청년 돌봄 코치', status: 'approved', duties: '지역아동센터 돌봄 프로그램 운영 지원', org: { type: 'city', code: 'C-01', name: '서울시 복지실', department: '아동담당관' } }))
      expect(segments()).not.toEqual(before)
      expect(ids('코치')).toEqual(['AJ-2'])
      expect(ids('매니저')).toEqual([])
    })

    it('answers the same after finishing a bulk load with nothing staged (resumed after a restart): indexed from the JSON', () => {
      db.exec(`DELETE FROM attractive_jobs_trigram; DELETE FROM attractive_jobs_bigram;`)
      expect(ids('돌봄')).toEqual([])
      finishBulkLoad()
      expect(ids('돌봄')).toEqual(['AJ-2'])
      expect(ids('디지털')).toEqual(['AJ-1'])
    })
  })

  function finishBulkLoad(load = attractiveJobsTable.beginBulkLoad(db), stepRows = 1, between: (step: number) => void = () => undefined) {
    for (let step = 0; load.indexStep(stepRows); step += 1) between(step)
    load.finish(new Set())
  }

  it('bulk load: a record changed locally between two finishing steps is indexed once, with its new text', () => {
    const job = (id: string, title: string) => makeAttractiveJob({ id, title, duties: '업무 지원' })
    const load = attractiveJobsTable.beginBulkLoad(db)
    for (const [id, title] of [['AJ-1', '어르신 디지털 안내'], ['AJ-2', '청년 돌봄 매니저'], ['AJ-3', '공공도서관 교육 코디네이터']] as const) {
      const record = attractiveJobsTable.prepare(job(id, title), job(id, title), () => null)
      expect(load.store(record, { raw: JSON.stringify(job(id, title)), localRaw: null, pulledAt: 'x', generation: 1 })).toBe('stored')
    }
    const ids = (search: string) => db.prepare(`SELECT a.id FROM attractive_jobs_bigram b JOIN attractive_jobs a ON a.rowid = b.rowid WHERE attractive_jobs_bigram MATCH ? ORDER BY a.id`).all(`"${search}"`).map((r) => (r as { id: string }).id)
    expect(ids('돌봄')).toEqual([])
    // AJ-1 is indexed in the first step, AJ-3 not yet: both are then changed by the staff member.
    finishBulkLoad(load, 1, (step) => {
      if (step !== 0) return
      attractiveJobsTable.setLocalView(db, 'AJ-1', job('AJ-1', '어르신 키오스크 안내'))
      attractiveJobsTable.setLocalView(db, 'AJ-3', job('AJ-3', '공공도서관 독서 코디네이터'))
    })
    expect(ids('키오')).toEqual(['AJ-1'])
    expect(ids('디지')).toEqual([])
    expect(ids('독서')).toEqual(['AJ-3'])
    expect(ids('교육')).toEqual([])
    expect(ids('돌봄')).toEqual(['AJ-2'])
    expect(ids('안내')).toEqual(['AJ-1'])
    expect(db.prepare(`SELECT count(*) AS n FROM record_versions`).get()).toEqual({ n: 3 })
  })

  it('bulk load: records stored again, a reused rowid and push answers while indexing steps run are found by their current text only', () => {
    const job = (id: string, title: string, version = 1) => makeAttractiveJob({ id, version, title, duties: '업무 지원' })
    const load = attractiveJobsTable.beginBulkLoad(db)
    const storeBulk = (id: string, title: string, version = 1) => {
      const record = attractiveJobsTable.prepare(job(id, title, version), job(id, title, version), () => null)
      return load.store(record, { raw: JSON.stringify(job(id, title, version)), localRaw: null, pulledAt: 'x', generation: 1 })
    }
    const ids = (search: string) =>
      db.prepare(`SELECT a.id FROM attractive_jobs_bigram b JOIN attractive_jobs a ON a.rowid = b.rowid WHERE attractive_jobs_bigram MATCH ? ORDER BY a.id`).all(`"${search}"`).map((r) => (r as { id: string }).id)
    storeBulk('AJ-1', '어르신 디지털 안내')
    storeBulk('AJ-2', '청년 돌봄 매니저')
    storeBulk('AJ-3', '공공도서관 교육 코디네이터')
    // A step while the next page is decoded: AJ-1 and AJ-2 are searchable before the load ends.
    expect(load.indexStep(2)).toBe(true)
    expect(ids('돌봄')).toEqual(['AJ-2'])
    expect(ids('교육')).toEqual([])
    // The feed sends AJ-1 again (changed meanwhile); AJ-3 goes and AJ-4 takes its rowid, already past.
    expect(storeBulk('AJ-1', '어르신 키오스크 안내', 2)).toBe('stored')
    expect(load.indexStep(10)).toBe(true)
    attractiveJobsTable.remove(db, 'AJ-3')
    storeBulk('AJ-4', '마을 정원 가꾸기')
    // Pushes answered through the ordinary path while the load still runs: AJ-2 indexed already, AJ-5 only staged.
    storeBulk('AJ-5', '어린이 숲속 해설사')
    for (const answer of [job('AJ-2', '청년 돌봄 코치', 2), job('AJ-5', '어린이 생태 해설사', 2)]) {
      attractiveJobsTable.upsert(db, { record: answer, raw: JSON.stringify(answer), local: null, pulledAt: 'x', generation: 1 })
    }
    // AJ-2's answer is searchable at once (its rowid is past); AJ-5's waits in the stage for the next step, with its new text.
    expect(ids('코치')).toEqual(['AJ-2'])
    expect(ids('생태')).toEqual([])
    expect(load.indexStep(10)).toBe(true)
    expect(ids('생태')).toEqual(['AJ-5'])
    expect(load.indexStep(10)).toBe(false)
    load.finish(new Set())
    expect(ids('디지')).toEqual([])
    expect(ids('키오')).toEqual(['AJ-1'])
    expect(ids('매니')).toEqual([])
    expect(ids('코치')).toEqual(['AJ-2'])
    expect(ids('정원')).toEqual(['AJ-4'])
    expect(ids('교육')).toEqual([])
    expect(ids('생태')).toEqual(['AJ-5'])
    expect(ids('숲속')).toEqual([])
    expect(ids('안내')).toEqual(['AJ-1'])
  })

  it('filters by status and counts per status over the other filters', () => {
    put(db, makeAttractiveJob({ id: 'AJ-1', status: 'submitted', field: 'care' }))
    put(db, makeAttractiveJob({ id: 'AJ-2', status: 'in_review', field: 'care' }))
    put(db, makeAttractiveJob({ id: 'AJ-3', status: 'in_review', field: 'ai' }))
    const result = listAttractiveJobs(db, { filter: { statuses: ['in_review'], fields: ['care'] } })
    expect(result.rows.map((r) => r.id)).toEqual(['AJ-2'])
    expect(result.total).toBe(1)
    expect(result.statusCounts).toEqual({ submitted: 1, in_review: 1 })
  })

  it('pages and sorts', () => {
    for (let i = 1; i <= 7; i += 1) put(db, makeAttractiveJob({ id: `AJ-${i}`, headcount: i * 10 }))
    const page2 = listAttractiveJobs(db, { page: 2, pageSize: 3, sort: { column: 'headcount', direction: 'desc' } })
    expect(page2.total).toBe(7)
    expect(page2.rows.map((r) => r.headcount)).toEqual([40, 30, 20])
  })

  it('removes records a full pull did not see, but keeps those with writes waiting', () => {
    put(db, makeAttractiveJob({ id: 'AJ-1' }))
    put(db, makeAttractiveJob({ id: 'AJ-2' }))
    put(db, makeAttractiveJob({ id: 'AJ-3' }))
    attractiveJobsTable.upsert(db, { record: makeAttractiveJob({ id: 'AJ-1' }), raw: '{}', local: null, pulledAt: 'x', generation: 2 })
    expect(attractiveJobsTable.removeUnseen(db, 2, new Set(['AJ-3']))).toBe(1)
    expect(listAttractiveJobs(db, {}).rows.map((r) => r.id).sort()).toEqual(['AJ-1', 'AJ-3'])
    expect(listAttractiveJobs(db, { filter: { search: '디지털' } }).rows.map((r) => r.id).sort()).toEqual(['AJ-1', 'AJ-3'])
  })
})
