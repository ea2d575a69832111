import { describe, expect, it } from 'vitest'
import {
  HIDDEN_VALUE,
  isMaskedEmail,
  isMaskedName,
  isMaskedPhone,
  maskContactsInText,
  maskPersonalFields,
  maskPersonalJson,
  maskPersonalValue,
  type PersonalField
} from '../../src/shared/domain/personalData'

const FIELDS: PersonalField[] = [
  { path: 'person.name', kind: 'name' },
  { path: 'person.phone', kind: 'phone' },
  { path: 'contacts.*.email', kind: 'email' }
]

describe('shared/domain/personalData: masking a copy kept outside the schema-checked cache', () => {
  it('masks each kind by the one rule and leaves a value already masked exactly as it is', () => {
    expect(maskPersonalValue('name', '홍길동')).toBe('홍*동')
    expect(maskPersonalValue('name', '홍*동')).toBe('홍*동')
    expect(maskPersonalValue('phone', '010-1234-5678')).toBe('010-****-5678')
    expect(maskPersonalValue('phone', '01012345678')).toBe('010-****-5678')
    // The rule's own output, masked again, keeps its four stars (maskPhone alone would give three).
    expect(maskPersonalValue('phone', '010-****-5678')).toBe('010-****-5678')
    expect(maskPersonalValue('phone', '02-***-4567')).toBe('02-***-4567')
    expect(maskPersonalValue('email', 'kim@example.go.kr')).toBe('k***@example.go.kr')
    expect(maskPersonalValue('email', 'k***@example.go.kr')).toBe('k***@example.go.kr')
    expect([isMaskedName('남**수'), isMaskedPhone('010-****-5678'), isMaskedEmail('k***@a.kr')]).toEqual([true, true, true])
  })

  it('hides what it cannot mask by its kind, and keeps null and absent values', () => {
    expect(maskPersonalValue('name', { first: '길동', last: '홍' })).toBe(HIDDEN_VALUE)
    expect(maskPersonalValue('name', ['홍길동'])).toBe(HIDDEN_VALUE)
    expect(maskPersonalValue('phone', 1012345678)).toBe('101-***-5678')
    expect(maskPersonalValue('phone', '12')).toBe(HIDDEN_VALUE)
    expect(maskPersonalValue('email', 'kim')).toBe(HIDDEN_VALUE)
    expect(maskPersonalValue('name', null)).toBeNull()
    expect(maskPersonalValue('name', undefined)).toBeUndefined()
  })

  it('masks the declared paths of any shape without crashing, and phones and e-mails anywhere else', () => {
    const item = {
      id: 'RR-1',
      person: { name: '홍길동', phone: '010-1234-5678', birth_year: 1966 },
      contacts: [{ email: 'hong@example.com' }, { email: null }, 'odd'],
      note: '본인 요청: 010 9876 5432 또는 hong.gildong@mail.example.kr로 연락'
    }
    expect(maskPersonalFields(item, FIELDS)).toEqual({
      id: 'RR-1',
      person: { name: '홍*동', phone: '010-****-5678', birth_year: 1966 },
      contacts: [{ email: 'h***@example.com' }, { email: null }, HIDDEN_VALUE],
      note: '본인 요청: 010-****-5432 또는 h***@mail.example.kr로 연락'
    })
    // The input is left as it was.
    expect(item.person.name).toBe('홍길동')
    // Text where an object holding the person was expected may be that person: hidden.
    expect(maskPersonalFields({ person: '홍길동 010-1234-5678' }, FIELDS)).toEqual({ person: HIDDEN_VALUE })
    for (const odd of [null, 42, '홍길동', [], [1, 2], { person: null }, { person: [] }, { contacts: { a: { email: 'x@y.kr' } } }]) {
      expect(() => maskPersonalFields(odd, FIELDS)).not.toThrow()
    }
    expect(maskPersonalFields({ contacts: { a: { email: 'x@y.kr' } } }, FIELDS)).toEqual({ contacts: { a: { email: 'x***@y.kr' } } })
  })

  it('leaves dates, ids, amounts and masked values alone in free text', () => {
    const text = '2026-12-08T13:05:00+09:00 RR-2026-000123 1208147521 98000000원 010-****-5678 k***@a.kr'
    expect(maskContactsInText(text)).toBe(text)
  })

  it('keeps JSON text with nothing to mask byte for byte, and re-serialises it otherwise', () => {
    const clean = '{"id":"AJ-1", "version":1e400, "person":{"name":"홍*동","phone":"010-****-5678"}}'
    expect(maskPersonalJson(clean, FIELDS)).toBe(clean)
    expect(JSON.parse(maskPersonalJson('{"person":{"name":"홍길동"}}', FIELDS))).toEqual({ person: { name: '홍*동' } })
    expect(maskPersonalJson('not json 010-1234-5678', FIELDS)).toBe('not json 010-****-5678')
  })

  it('does not let a key given twice carry a full value past the masking', () => {
    const smuggled = '{"person":{"name":"홍길동","name":"홍*동"}}'
    const masked = maskPersonalJson(smuggled, FIELDS)
    expect(masked).not.toContain('홍길동')
    expect(JSON.parse(masked)).toEqual({ person: { name: '홍*동' } })
  })
})
