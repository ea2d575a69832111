import { josa } from 'es-hangul'
import { describe, expect, it } from 'vitest'
import { REVIEW_ACTION_LABELS } from '../../src/shared/domains/attractive-jobs/labels'

/**
 * The particles the app builds around a variable come from es-hangul's josa (never "을(를)"): these are
 * the words it is given, and what it must answer for them.
 */
describe('es-hangul josa, as the app uses it', () => {
  it('picks the object particle for every review action label (the "…을 저장하지 못했습니다" failure)', () => {
    expect(Object.values(REVIEW_ACTION_LABELS).map((label) => josa(label, '을/를'))).toEqual(['검토 시작을', '적정을', '부적정을', '보완요청을'])
  })

  it('follows the last syllable: with and without a final consonant, and ㄹ before 으로/로', () => {
    expect(josa('매력일자리 id', '이/가')).toBe('매력일자리 id가')
    expect(josa('의견 내용', '이/가')).toBe('의견 내용이')
    expect(josa('김민준', '으로/로')).toBe('김민준으로')
    expect(josa('박지우', '으로/로')).toBe('박지우로')
    expect(josa('서울', '으로/로')).toBe('서울로')
    expect(josa.pick('적정', '은/는')).toBe('은')
  })

  it('does not read digits or quotes, so ids and quoted words never get a particle of their own', () => {
    // "AJ-2026-00013" is read "…삼", which takes 이 — the helper says 가: ids are phrased around instead
    // ("매력일자리(AJ-…)는 캐시에 없습니다").
    expect(josa('AJ-2026-00013', '이/가')).toBe('AJ-2026-00013가')
    expect(josa("'적정'", '을/를')).toBe("'적정'를")
  })
})
