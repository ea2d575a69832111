import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import '../../src/shared/koreanValidationMessages'
import { AttractiveJob } from '../../src/shared/portal'

function messages(schema: z.ZodType, value: unknown): Record<string, string> {
  const parsed = schema.safeParse(value)
  if (parsed.success) throw new Error('expected issues')
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]))
}

describe('zod messages in plain Korean', () => {
  it('say what is wrong with the value, not which type was expected', () => {
    const schema = z.object({
      wage: z.number(),
      title: z.string().min(1),
      reason: z.string().min(5),
      search: z.string().max(100),
      tags: z.array(z.string()).min(1),
      status: z.enum(['approved', 'rejected']),
      date: z.iso.date(),
      at: z.iso.datetime({ offset: true }),
      headcount: z.number().int(),
      hours: z.number().min(0),
      ok: z.boolean(),
      org: z.object({ code: z.string() })
    })
    expect(
      messages(schema, {
        wage: '12,000',
        title: '',
        reason: '짧음',
        search: 'ㄱ'.repeat(101),
        tags: [],
        status: 'bogus',
        date: '2026/12/03',
        at: '2026-12-03 14:00',
        headcount: 1.5,
        hours: -1,
        ok: 'yes',
        org: []
      })
    ).toEqual({
      wage: '숫자여야 하는데 글자가 들어 있습니다',
      title: '비어 있습니다',
      reason: '5자 이상이어야 합니다',
      search: '100자 이하여야 합니다',
      tags: '하나 이상 있어야 합니다',
      status: '허용되지 않는 값입니다 (받은 값: bogus)',
      date: '날짜 형식이 올바르지 않습니다 (예: 2026-12-03)',
      at: '날짜·시각 형식이 올바르지 않습니다 (예: 2026-12-03T14:00:00+09:00)',
      headcount: '정수(소수점 없는 숫자)여야 합니다',
      hours: '0 이상이어야 합니다',
      ok: '예/아니오 값이어야 하는데 글자가 들어 있습니다',
      org: '항목 묶음이어야 하는데 목록이 들어 있습니다'
    })
  })

  it('a missing field says it is missing', () => {
    const issues = messages(AttractiveJob, {})
    expect(issues.title).toBe('값이 없습니다')
    expect(issues.status).toBe('값이 없습니다')
    for (const message of Object.values(issues)) expect(message).not.toMatch(/타입|undefined|string|number|object/)
  })

  it('custom messages on a schema still win', () => {
    expect(messages(z.object({ name: z.string().min(1, '이름을 입력하세요.') }), { name: '' })).toEqual({ name: '이름을 입력하세요.' })
  })
})
