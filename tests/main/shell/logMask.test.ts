import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { maskLogText, maskLogValue } from '../../../src/main/shell/logMask'

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''))
const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code))
/** Ordinary Korean text: syllables, spaces and the punctuation of a log line. */
const koreanText = fc.array(fc.oneof(hangul, hangul, hangul, fc.constantFrom(' ', ',', '.', '(', ')', ':')), { maxLength: 40 }).map((chars) => chars.join(''))
const mobile = fc.tuple(fc.constantFrom('010', '011', '016', '019'), digits(4), digits(4), fc.constantFrom('-', '', ' ', '.')).map(([a, b, c, sep]) => `${a}${sep}${b}${sep}${c}`)
const seoulPhone = fc.tuple(digits(3), digits(4)).map(([b, c]) => `02-${b}-${c}`)
const phone = fc.oneof(mobile, seoulPhone)
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{1,12}$/), fc.stringMatching(/^[a-z][a-z0-9-]{1,10}$/), fc.constantFrom('go.kr', 'seoul.go.kr', 'com', 'co.kr', 'net'))
  .map(([local, host, tld]) => `${local}@${host}.${tld}`)
const token = fc.stringMatching(/^[A-Za-z0-9\-._~+/]{16,60}$/)
const rrn = fc.tuple(digits(6), fc.integer({ min: 1, max: 4 }), digits(6)).map(([a, g, b]) => `${a}-${g}${b}`)
/** The ids the app logs: record ids, sequence numbers, UUIDs (idempotency keys), collection names. */
const id = fc.oneof(
  fc.integer({ min: 1, max: 999999 }).map((n) => `aj-${String(n).padStart(6, '0')}`),
  fc.integer({ min: 1, max: 999999 }).map((n) => `reg-${n}`),
  fc.uuid(),
  fc.constantFrom('attractive-jobs', 'reemployment-registrations', 'sme-applications')
)

function everyString(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value !== 'object' || value === null || seen.has(value)) return []
  seen.add(value)
  if (value instanceof Error) return [value.message, value.stack ?? '', ...Object.values(value).flatMap((v) => everyString(v, seen)), ...everyString(value.cause, seen)]
  if (value instanceof Map) return [...value].flatMap(([k, v]) => [...everyString(k, seen), ...everyString(v, seen)])
  return Object.entries(value).flatMap(([k, v]) => [k, ...everyString(v, seen)])
}

describe('maskLogText', () => {
  it('leaves no generated phone number, e-mail address or 주민등록번호 in Korean text', () => {
    fc.assert(
      fc.property(koreanText, fc.oneof(phone, email, rrn), koreanText, (before, secret, after) => {
        const masked = maskLogText(`${before} ${secret} ${after}`)
        expect(masked).not.toContain(secret)
        // Not even its digits run together.
        const secretDigits = secret.replace(/\D/g, '')
        if (secretDigits.length >= 9) expect(masked.replace(/\D/g, '')).not.toContain(secretDigits)
      })
    )
  })

  it('hides Bearer tokens and token=… pairs', () => {
    fc.assert(
      fc.property(token, koreanText, (secret, text) => {
        expect(maskLogText(`${text} Authorization: Bearer ${secret}`)).not.toContain(secret)
        expect(maskLogText(`GET /feed?access_token=${secret}&page=2 ${text}`)).not.toContain(secret)
        expect(maskLogText(`{"refreshToken":"${secret}"}`)).not.toContain(secret)
      })
    )
  })

  it('leaves ordinary Korean text and ids as they are', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(koreanText, id), { maxLength: 6 }), (parts) => {
        const text = parts.join(' ')
        expect(maskLogText(text)).toBe(text)
      })
    )
  })

  it('keeps the one masking rule for what it masks', () => {
    expect(maskLogText('연락처 010-1234-5678, kim@seoul.go.kr')).toBe('연락처 010-****-5678, k***@seoul.go.kr')
    expect(maskLogText('01012345678로 전화')).toBe('010-****-5678로 전화')
    expect(maskLogText('주민 900101-1234567')).toBe('주민 ******-*******')
    expect(maskLogText(`key ${'ab12'.repeat(16)}`)).toBe('key ***')
    // A log file read again: the names its serialised objects hold.
    expect(maskLogText(`{ person: { name: '홍길동', phone: '01012345678' } } {"ceo_name":"남궁민수"}`)).toBe(
      `{ person: { name: '홍*동', phone: '010-****-5678' } } {"ceo_name":"남**수"}`
    )
  })
})

describe('maskLogValue', () => {
  it('masks personal fields by their key and secrets whatever they hold, in nested objects and arrays', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[가-힣]{2,4}$/), phone, email, token, fc.date({ min: new Date('1950-01-01'), max: new Date('2010-01-01'), noInvalidDate: true }), (name, tel, mail, secret, birth) => {
        const birthText = birth.toISOString().slice(0, 10)
        const meta = {
          registrations: [{ id: 'reg-1', person: { name, phone: tel, email: mail, birth_date: birthText } }],
          headers: { Authorization: `Bearer ${secret}` },
          session: { accessToken: secret, refresh_token: secret, password: secret, cacheKey: secret }
        }
        const strings = everyString(maskLogValue(meta))
        for (const text of strings) {
          for (const value of [name, tel, mail, secret, birthText]) expect(text).not.toContain(value)
        }
        expect(strings).toContain('reg-1')
      })
    )
  })

  it('masks Errors (message, stack, cause, own fields) and survives cycles', () => {
    const cause = new Error('portal answered 010-9876-5432')
    const error = Object.assign(new Error('sync failed for kim@seoul.go.kr', { cause }), { token: 'secret-token-value-123' })
    const meta: Record<string, unknown> = { error, list: [] }
    meta.self = meta
    ;(meta.list as unknown[]).push(meta)
    const masked = maskLogValue(meta) as Record<string, unknown>
    const strings = everyString(masked)
    expect(strings.join('\n')).not.toMatch(/kim@|9876-5432|secret-token-value-123/)
    expect(masked.error).toBeInstanceOf(Error)
    expect((masked.error as Error).message).toBe('sync failed for k***@seoul.go.kr')
    expect(masked.self).toBe('[순환 참조]')
  })

  it("keeps an error class's own name as it is (not masked as a person's), while a person's name field is", () => {
    class PortalDownError extends Error {
      constructor(message: string, readonly contact: { name: string }) {
        super(message)
        this.name = 'PortalDownError'
      }
    }
    const masked = maskLogValue(new PortalDownError('connect ECONNREFUSED 127.0.0.1:4010', { name: '홍길동' })) as PortalDownError
    expect(Object.keys(masked)).toContain('contact')
    expect(masked.name).toBe('PortalDownError')
    expect(masked.message).toBe('connect ECONNREFUSED 127.0.0.1:4010')
    expect(masked.stack?.split('\n')[0]).toBe('PortalDownError: connect ECONNREFUSED 127.0.0.1:4010')
    expect(masked.contact.name).toBe('홍*동')
  })

  it('leaves ids, numbers, dates and Korean text in objects unchanged', () => {
    fc.assert(
      fc.property(id, koreanText, fc.integer(), (recordId, text, count) => {
        const at = new Date('2026-12-02T01:02:03Z')
        expect(maskLogValue({ recordId, message: text, count, at, list: [recordId, count] })).toEqual({ recordId, message: text, count, at, list: [recordId, count] })
      })
    )
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withDate: true, withTypedArray: true }), (value) => {
        expect(() => maskLogValue(value)).not.toThrow()
      })
    )
  })
})
