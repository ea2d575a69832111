import { describe, expect, it } from 'vitest'
import { getChoseong } from 'es-hangul'
import { bigramsOf, buildSearchDocument, normalizeSearchText, choseongOf } from '../../../src/main/db/search'

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
