import { describe, expect, it } from 'vitest'
import { maskEmail, maskName, maskPhone } from '../../src/shared/domain/masking'
import {
  AttractiveJob,
  Comment,
  MaskedEmail,
  MaskedName,
  MaskedPhone,
  PORTAL_TEXT_LIMITS,
  ReemploymentRegistration,
  ReemploymentSession,
  SmeApplication
} from '../../src/shared/portal'
import '../../src/shared/koreanValidationMessages'
import { makeAttractiveJob, makeRegistration } from '../helpers/records'

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`)

describe('masked-field schemas accept only what the one masking rule leaves', () => {
  it('names: 홍*동, 김*, 남**수 (and a one-character name, which the rule keeps); never a full name', () => {
    for (const full of ['홍길동', '김수', '남궁민수', 'John Smith', '김']) expect(MaskedName.safeParse(maskName(full)).success).toBe(true)
    for (const unmasked of ['홍길동', '김수', '남궁민수', '*길동', '홍길*동']) expect(MaskedName.safeParse(unmasked).success).toBe(false)
    expect(MaskedName.safeParse('').success).toBe(false)
    expect(messagesOf(MaskedName.safeParse('홍길동'))).toEqual([': 가려지지 않은 이름입니다 (예: 홍*동)'])
  })

  it('phones: 0xx-****-1234 (02 numbers with three stars); never the digits of the middle', () => {
    for (const full of ['010-1234-5678', '01012345678', '02-123-4567', '031-123-4567']) expect(MaskedPhone.safeParse(maskPhone(full)).success).toBe(true)
    for (const unmasked of ['010-1234-5678', '01012345678', '010-****-567', '010-**-5678', '010 **** 5678', '****-5678']) {
      expect(MaskedPhone.safeParse(unmasked).success).toBe(false)
    }
  })

  it('e-mails: k***@… ; never the whole local part', () => {
    expect(MaskedEmail.safeParse(maskEmail('kim@example.go.kr')).success).toBe(true)
    for (const unmasked of ['kim@example.go.kr', 'k**@example.go.kr', '***@example.go.kr', 'k***', 'k***@']) expect(MaskedEmail.safeParse(unmasked).success).toBe(false)
  })

  it('fails a record whose person comes unmasked, naming the field (the item is then quarantined)', () => {
    const job = AttractiveJob.safeParse(makeAttractiveJob({ contact: { name: '김민수', phone: '010-****-5678', email: 'minsu@example.go.kr' } }))
    expect(messagesOf(job)).toEqual(['contact.name: 가려지지 않은 이름입니다 (예: 홍*동)', 'contact.email: 가려지지 않았거나 형식이 다른 이메일 주소입니다 (예: k***@seoul.go.kr)'])
    const registration = ReemploymentRegistration.safeParse(makeRegistration({ person: { ...makeRegistration().person, phone: '010-2345-4821' } }))
    expect(messagesOf(registration)).toEqual(['person.phone: 가려지지 않았거나 형식이 다른 전화번호입니다 (예: 010-****-5678)'])
    expect(ReemploymentRegistration.safeParse(makeRegistration()).success).toBe(true)
  })

  it('checks the CEO name of a 강소기업 application the same way', () => {
    const ceo = SmeApplication.shape.company.shape.ceo_name
    expect(ceo.safeParse('이*호').success).toBe(true)
    expect(ceo.safeParse('이정호').success).toBe(false)
  })
})

describe('strings from the portal have ceilings', () => {
  const long = (n: number) => '가'.repeat(n)

  it('titles up to 300 characters, free text up to 10,000, ids up to 100, names up to 40', () => {
    expect(PORTAL_TEXT_LIMITS).toEqual({ id: 100, name: 40, shortText: 300, freeText: 10_000 })
    expect(AttractiveJob.safeParse(makeAttractiveJob({ title: long(300) })).success).toBe(true)
    expect(messagesOf(AttractiveJob.safeParse(makeAttractiveJob({ title: long(301) })))).toEqual(['title: 300자 이하여야 합니다'])
    expect(AttractiveJob.safeParse(makeAttractiveJob({ duties: long(10_000) })).success).toBe(true)
    expect(AttractiveJob.safeParse(makeAttractiveJob({ duties: long(10_001) })).success).toBe(false)
    const comment = { id: 'C-1', author: 'S-0007', body: '확인함', created_at: '2026-11-20T10:12:00+09:00' }
    expect(Comment.safeParse(comment).success).toBe(true)
    expect(Comment.safeParse({ ...comment, id: 'C'.repeat(101) }).success).toBe(false)
    expect(Comment.safeParse({ ...comment, body: long(10_001) }).success).toBe(false)
    expect(MaskedName.safeParse(`김${'*'.repeat(39)}수`).success).toBe(false)
  })

  it('refuses a megabyte pushed into one field of a session', () => {
    const session = {
      id: 'RS-2026-12-01',
      version: 1,
      updated_at: '2026-11-20T09:00:00+09:00',
      kind: 'education',
      service_type: 'education',
      title: '퇴직 예정자 재취업·창업 교육',
      starts_at: '2026-12-01T14:00:00+09:00',
      ends_at: '2026-12-01T17:00:00+09:00',
      hours: 3,
      venue: '서울일자리센터 교육장',
      instructor: '노사발전재단',
      course: null,
      capacity: 30,
      status: 'open'
    }
    expect(ReemploymentSession.safeParse(session).success).toBe(true)
    expect(ReemploymentSession.safeParse({ ...session, venue: 'x'.repeat(1_000_000) }).success).toBe(false)
  })
})
