import { describe, expect, it } from 'vitest'
import { maskName } from '../../../../src/shared/domain/masking'
import {
  conditionCount,
  matchMaskedChoseong,
  matchMaskedName,
  matchPerson,
  parseCheckInQuery
} from '../../../../src/shared/domains/reemployment/nameMatch'

describe('a typed full name against a masked name', () => {
  it.each([
    // [typed, masked, expected]
    ['박서영', '박*영', 'exact'], // three syllables, one-syllable surname
    ['박서준', '박*영', null],
    ['김민', '김*', 'exact'], // two syllables
    ['김수', '김*', 'exact'],
    ['이민', '김*', null],
    ['남궁민수', '남**수', 'exact'], // four syllables, two-syllable surname
    ['남궁민호', '남**수', null],
    ['남궁민', '남*민', 'exact'], // three syllables, two-syllable surname
    ['황보영', '황*영', 'exact'],
    ['제갈공명', '제**명', 'exact'],
    ['김민준', '김*', null], // longer than the mask never matches
    ['박서', '박*영', 'prefix'], // still typing
    ['박', '박*영', 'prefix'],
    ['서', '박*영', null]
  ])('%s vs %s → %s', (typed, masked, expected) => {
    expect(matchMaskedName(typed, masked)).toBe(expected)
  })

  it('agrees with the one masking rule for every length', () => {
    for (const name of ['김민', '박서영', '남궁민수', '독고영재', '선우']) {
      expect(matchMaskedName(name, maskName(name))).toBe('exact')
    }
  })

  it('matches 초성 at the unmasked syllables', () => {
    expect(matchMaskedChoseong('ㅂㅅㅇ', '박*영')).toBe('exact')
    expect(matchMaskedChoseong('ㅂㅇㅇ', '박*영')).toBe('exact') // the masked syllable is not known
    expect(matchMaskedChoseong('ㄱㅁ', '박*영')).toBeNull()
    expect(matchMaskedChoseong('ㄴㄱㅁㅅ', '남**수')).toBe('exact')
    expect(matchMaskedChoseong('ㅂ', '박*영')).toBe('prefix')
  })
})

describe('check-in queries', () => {
  const person = { name: '박*영', birth_year: 1968, phone_last4: '4821' }

  it('splits a query into names, 초성 and digits', () => {
    expect(parseCheckInQuery('박서영4821')).toEqual([
      { kind: 'name', text: '박서영' },
      { kind: 'digits4', text: '4821' }
    ])
    expect(parseCheckInQuery(' ㅂㅅㅇ 48 ').map((t) => t.kind)).toEqual(['choseong', 'digits_partial'])
  })

  it('finds by full name, last four, birth year or 초성 within a session', () => {
    expect(matchPerson(parseCheckInQuery('박서영'), person)).toEqual({ matchedBy: ['name'], exact: true })
    expect(matchPerson(parseCheckInQuery('4821'), person)).toEqual({ matchedBy: ['phone_last4'], exact: true })
    expect(matchPerson(parseCheckInQuery('1968'), person)).toEqual({ matchedBy: ['birth_year'], exact: true })
    expect(matchPerson(parseCheckInQuery('ㅂㅅㅇ'), person)).toEqual({ matchedBy: ['choseong'], exact: true })
    expect(matchPerson(parseCheckInQuery('48'), person)).toEqual({ matchedBy: ['phone_last4'], exact: false })
    expect(matchPerson(parseCheckInQuery('박서영 1234'), person)).toBeNull()
    expect(matchPerson(parseCheckInQuery('kim'), person)).toBeNull()
  })

  it('counts conditions: across sessions two are needed, and prefixes do not count', () => {
    expect(conditionCount(parseCheckInQuery('박서영'))).toBe(1)
    expect(conditionCount(parseCheckInQuery('박서영 4821'))).toBe(2)
    expect(conditionCount(parseCheckInQuery('1968 4821'))).toBe(2)
    expect(conditionCount(parseCheckInQuery('박 4821'))).toBe(1)
    expect(conditionCount(parseCheckInQuery('박서영 48'))).toBe(1)
    // Across sessions, the two four-digit terms must be two different fields.
    expect(matchPerson(parseCheckInQuery('1968 4821'), person, true)?.matchedBy).toEqual(['birth_year', 'phone_last4'])
    expect(matchPerson(parseCheckInQuery('4821 4821'), person, true)).toBeNull()
    expect(matchPerson(parseCheckInQuery('박서 4821'), person, true)).toBeNull()
  })
})
