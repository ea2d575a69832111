import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getChoseong } from 'es-hangul'
import { migrate } from '../../../src/main/db/migrations/runner'
import { bigramsOf, buildSearchDocument, normalizeSearchText, choseongOf, planSearch } from '../../../src/main/db/search'
import { attractiveJobsTable, listAttractiveJobs } from '../../../src/main/domains/attractive-jobs/repository'
import { makeAttractiveJob } from '../../helpers/records'

/** The first, plainly written version: the faster one must produce exactly the same documents. */
function referenceDocument(short: string[], long: string[], title: string) {
  const bigrams = (text: string) =>
    text
      .split(' ')
      .flatMap((word) => {
        const chars = [...word]
        return chars.slice(1).map((char, i) => chars[i]! + char)
      })
      .join(' ')
  const text = normalizeSearchText([...short, choseongOf(title)].join(' '))
  return { text, bigrams: bigrams(normalizeSearchText([text, ...long].join(' '))) }
}

describe('db/search documents', () => {
  it('makes the two-character windows of every word', () => {
    expect(bigramsOf('청년 돌봄 매니저')).toBe('청년 돌봄 매니 니저')
    expect(bigramsOf('a')).toBe('')
  })

  it('counts characters, not UTF-16 units, when the text has characters outside the BMP', () => {
    expect(bigramsOf('𠀀가나 돌봄')).toBe('𠀀가 가나 돌봄')
  })

  it('builds the same documents as the reference, long text or not', () => {
    const cases: [string[], string[], string][] = [
      [['어르신 디지털 안내 도우미', '강남구', '복지정책과'], ['지역아동센터  돌봄\n프로그램 운영 지원'], '어르신 디지털 안내 도우미'],
      [['(주)서울테크', '123-45-67890'], ['서울특별시 송파구 올림픽로 300'], '(주)서울테크'],
      [['김민수', '세션 A'], [], '김민수'],
      [['', ''], [''], ''],
      [['𠀀 이체', 'ABC Corp'], ['Ünïcode ÉCOLE'], '𠀀 이체']
    ]
    for (const [short, long, title] of cases) expect(buildSearchDocument(short, long, title)).toEqual(referenceDocument(short, long, title))
  })
})

describe('db/search 초성', () => {
  it('gives what es-hangul gives, for every syllable and for mixed text', () => {
    const reference = (value: string) => getChoseong(value).replace(/\s+/g, ' ').trim()
    for (let code = 0xac00; code <= 0xd7a3; code += 1) expect(choseongOf(String.fromCharCode(code))).toBe(reference(String.fromCharCode(code)))
    for (const value of ['어르신 디지털 안내 도우미', '(주)서울테크 2026', 'AI 학습데이터\t검수원', '  띄어   쓰기 ', 'ㄱㄴ 자음', '한글ㅏ모음', 'Ünïcode 카페', '옛한글 ᄀᄂ', '𠀀 이체', ''])
      expect(choseongOf(value), value).toBe(reference(value))
  })
})

describe('db/search a single 초성', () => {
  it('plans one 초성 letter as the start of the title, other single characters as substrings', () => {
    expect(planSearch('ㄱ')).toEqual({ bigram: null, trigram: null, like: [], initials: ['ㄱ'] })
    expect(planSearch('ㄲ 돌봄')).toEqual({ bigram: '"돌봄"', trigram: null, like: [], initials: ['ㄲ'] })
    // Not an initial consonant (a final-only cluster, a vowel), a syllable, a Latin letter: substrings.
    expect(planSearch('ㄳ ㅏ 봄 A')).toEqual({ bigram: null, trigram: null, like: ['ㄳ', 'ㅏ', '봄', 'a'], initials: [] })
  })

  describe('in the list (real SQLite)', () => {
    let db: Database.Database
    const titles: Record<string, string> = {
      'AJ-1': '공공도서관 교육 코디네이터',
      'AJ-2': '강남 어르신 돌봄',
      'AJ-3': '[AI] 가온 문화 기획',
      'AJ-4': '「기록」 보존 지원',
      'AJ-5': '청년 교육 매니저',
      'AJ-6': '까치 마을 정원',
      'AJ-7': '어르신 디지털 안내',
      'AJ-8': '2026 구청 행정 지원'
    }
    beforeEach(() => {
      db = new Database(':memory:')
      migrate(db)
      for (const [id, title] of Object.entries(titles)) {
        const job = makeAttractiveJob({ id, title, org: { type: 'city', code: 'C-01', name: '서울시', department: '일자리정책과' } })
        attractiveJobsTable.upsert(db, { record: job, raw: JSON.stringify(job), local: null, pulledAt: '2026-11-25T00:00:00.000Z', generation: 1 })
      }
    })
    afterEach(() => db.close())
    const ids = (search: string) => listAttractiveJobs(db, { filter: { search } }).rows.map((r) => r.id).sort()

    it('ㄱ finds the titles whose 초성 starts with ㄱ, leading brackets and digits left out, and no other', () => {
      expect(ids('ㄱ')).toEqual(['AJ-1', 'AJ-2', 'AJ-3', 'AJ-4', 'AJ-8'])
      // A double consonant is its own letter, as in the 초성 string.
      expect(ids('ㄲ')).toEqual(['AJ-6'])
      expect(ids('ㅇ')).toEqual(['AJ-7'])
      expect(ids('ㅊ')).toEqual(['AJ-5'])
    })

    it('ANDs a single 초성 with the other words, and leaves single syllables as substrings', () => {
      expect(ids('ㄱ 교육')).toEqual(['AJ-1'])
      expect(ids('ㅊ 교육')).toEqual(['AJ-5'])
      expect(ids('봄')).toEqual(['AJ-2'])
    })
  })
})
