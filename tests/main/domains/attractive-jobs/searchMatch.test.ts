import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../../src/main/db/migrations/runner'
import type { TextRange } from '../../../../src/main/db/search'
import { attractiveJobsTable, listAttractiveJobs } from '../../../../src/main/domains/attractive-jobs/repository'
import { attractiveJobSearchMatch, type MatchFields } from '../../../../src/main/domains/attractive-jobs/searchMatch'
import type { AttractiveJob } from '../../../../src/shared/portal'
import { makeAttractiveJob } from '../../../helpers/records'

const FIELDS: MatchFields = {
  title: '어르신 디지털 안내 도우미',
  org_name: '강남구',
  org_department: '복지정책과',
  duties: '주민센터 방문 어르신께 키오스크와 모바일 행정 서비스 이용을 안내합니다.'
}

/** The marked pieces of a text. */
const marked = (text: string, ranges: readonly TextRange[]) => ranges.map(([a, b]) => text.slice(a, b))

function matchOf(query: string, fields: Partial<MatchFields> = {}) {
  const all = { ...FIELDS, ...fields }
  const match = attractiveJobSearchMatch(query, all)
  if (!match) throw new Error(`no match for ${query}`)
  return {
    title: marked(all.title, match.title),
    org: marked(all.org_name, match.org_name),
    elsewhere: match.elsewhere && { field: match.elsewhere.field, text: match.elsewhere.text, marks: marked(match.elsewhere.text, match.elsewhere.ranges) }
  }
}

describe('attractive-jobs search match (why a row matched)', () => {
  it('is null without a search', () => {
    expect(attractiveJobSearchMatch(undefined, FIELDS)).toBeNull()
    expect(attractiveJobSearchMatch('   ', FIELDS)).toBeNull()
  })

  it('marks two-syllable and longer words in the title and the organisation, in any case', () => {
    expect(matchOf('안내')).toEqual({ title: ['안내'], org: [], elsewhere: null })
    expect(matchOf('디지털 강남')).toEqual({ title: ['디지털'], org: ['강남'], elsewhere: null })
    expect(matchOf('ai 검수', { title: 'AI 학습데이터 검수원' }).title).toEqual(['AI', '검수'])
    // A word inside a longer word, and every occurrence of it.
    expect(matchOf('돌봄', { title: '돌봄교실 아동돌봄 매니저' }).title).toEqual(['돌봄', '돌봄'])
  })

  it('marks the syllables a 초성 word stands for, within one word of the title only', () => {
    expect(matchOf('ㄷㅈㅌ').title).toEqual(['디지털'])
    expect(matchOf('ㅇㄴ').title).toEqual(['안내'])
    expect(matchOf('ㄹㅅ').title).toEqual(['르신'])
    // 초성 of the organisation are not indexed, so they are not marked there.
    expect(matchOf('ㄱㄴ').org).toEqual([])
    // Letters and digits inside a word are left out of the 초성 string without ending the word.
    expect(matchOf('ㅅㅇㄷ', { title: '서울3동 마을 정원' }).title).toEqual(['서울3동'])
    // Across two words there is no 초성 match.
    expect(matchOf('ㄴㄷ').title).toEqual([])
  })

  it('marks a single 초성 at the start of the title and a single character anywhere in title and organisation', () => {
    expect(matchOf('ㅇ').title).toEqual(['어'])
    expect(matchOf('ㄱ', { title: '[AI] 가온 문화 기획' }).title).toEqual(['가'])
    expect(matchOf('ㄷ').title).toEqual([])
    expect(matchOf('구')).toEqual({ title: [], org: ['구'], elsewhere: null })
  })

  it('shows the piece of 직무 with the words the title and organisation do not show', () => {
    const only = matchOf('키오스크')
    expect(only.title).toEqual([])
    // A few characters before the word, from the start of a word, the cut marked with an ellipsis.
    expect(only.elsewhere).toEqual({ field: 'duties', text: '…방문 어르신께 키오스크와 모바일 행정 서비스 이용을 안내합니다.', marks: ['키오스크'] })
    // Two-syllable words too, and the title's own words marked in the piece as well.
    const mixed = matchOf('안내 행정')
    expect(mixed.title).toEqual(['안내'])
    expect(mixed.elsewhere?.field).toBe('duties')
    expect(mixed.elsewhere?.marks).toEqual(['행정', '안내'])
  })

  it('cuts a long 직무 around the first word found there, on word boundaries, with ellipses', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `항목${i}`).join(' ')
    const duties = `${filler} 승강기 안전 점검 보조 ${filler}`
    const { elsewhere } = matchOf('승강기', { duties })
    expect(elsewhere?.marks).toEqual(['승강기'])
    expect(elsewhere?.text.startsWith('…')).toBe(true)
    expect(elsewhere?.text.endsWith('…')).toBe(true)
    expect(elsewhere?.text.length).toBeLessThanOrEqual(90)
    // Whole words at both ends, 직무's line breaks and runs of spaces as single spaces.
    const inner = elsewhere?.text.slice(1, -1) ?? ''
    expect(duties.includes(inner)).toBe(true)
    expect(inner.startsWith('항목')).toBe(true)
    expect(matchOf('모바일', { duties: '안내와\n\n모바일   서비스' }).elsewhere).toEqual({ field: 'duties', text: '안내와 모바일 서비스', marks: ['모바일'] })
  })

  it('shows the 부서 when a word is found only there', () => {
    expect(matchOf('정책').elsewhere).toEqual({ field: 'org_department', text: '복지정책과', marks: ['정책'] })
  })
})

describe('attractive-jobs list rows say why they matched (real SQLite)', () => {
  let db: Database.Database
  const put = (job: AttractiveJob) =>
    attractiveJobsTable.upsert(db, { record: job, raw: JSON.stringify(job), local: null, pulledAt: '2026-11-25T00:00:00.000Z', generation: 1 })
  beforeEach(() => {
    db = new Database(':memory:')
    migrate(db)
    put(makeAttractiveJob({ id: 'AJ-1', title: '어르신 디지털 안내 도우미' }))
    put(makeAttractiveJob({ id: 'AJ-2', title: '청년 돌봄 매니저', duties: '지역아동센터 돌봄 프로그램 운영 지원', org: { type: 'city', code: 'C-01', name: '서울시 복지실', department: '아동담당관' } }))
    put(makeAttractiveJob({ id: 'AJ-3', title: '공공도서관 교육 코디네이터', duties: '청년 대상 교육 프로그램 기획', org: { type: 'agency', code: 'A-03', name: '서울문화재단', department: '교육팀' } }))
  })
  afterEach(() => db.close())

  it('gives no match without a search, and the page rows their marks and 직무 pieces with one', () => {
    expect(listAttractiveJobs(db, {}).rows.map((r) => r.match)).toEqual([null, null, null])
    const rows = listAttractiveJobs(db, { filter: { search: '프로그램' }, sort: { column: 'title', direction: 'asc' } }).rows
    expect(rows.map((r) => r.id)).toEqual(['AJ-3', 'AJ-2'])
    expect(rows.map((r) => r.match?.elsewhere?.text)).toEqual(['청년 대상 교육 프로그램 기획', '지역아동센터 돌봄 프로그램 운영 지원'])
  })

  it('reads 직무 from the local copy while a write is pending, as the search does', () => {
    const job = makeAttractiveJob({ id: 'AJ-1', title: '어르신 디지털 안내 도우미' })
    attractiveJobsTable.setLocalView(db, 'AJ-1', { ...job, duties: '승강기 점검 보조' })
    const [row] = listAttractiveJobs(db, { filter: { search: '승강기' } }).rows
    expect(row?.match?.elsewhere).toEqual({ field: 'duties', text: '승강기 점검 보조', ranges: [[0, 3]] })
  })

  it('marks something on every row a search finds, for words, 초성 and single letters', () => {
    for (const search of ['돌봄', '청년', '교육', '디지털', 'ㄷㅈㅌ', 'ㅊㄴ', 'ㄱ', 'ㅇ', '봄', '서울', '프로그램', '아동', '청년 교육', '정책']) {
      const rows = listAttractiveJobs(db, { filter: { search } }).rows
      expect(rows.length, search).toBeGreaterThan(0)
      for (const row of rows) {
        const match = row.match
        const marks = (match?.title.length ?? 0) + (match?.org_name.length ?? 0) + (match?.elsewhere?.ranges.length ?? 0)
        expect(marks, `${search} → ${row.id}`).toBeGreaterThan(0)
      }
    }
  })
})
