import { z } from 'zod'
import { ko } from 'zod/locales'

/**
 * Schema errors in plain Korean: they reach staff as validation messages of forms and as the reason a
 * feed item was quarantined, after the field's Korean name ("시급: 숫자여야 하는데 글자가 들어 있습니다").
 * zod's own Korean locale speaks of types ("예상 타입은 number, 받은 타입은 string"); these say what is
 * wrong with the value in words a clerk uses, and fall back to that locale for the rare rest.
 * Imported for its effect by each entry point that validates (the core, the feed decoder, the portal
 * simulator, the renderer); custom messages on a schema still take precedence.
 */

type Issue = Parameters<NonNullable<z.core.$ZodConfig['localeError']>>[0]

/** What a value is, as a person would say it. */
function kindOf(value: unknown): string {
  if (value === undefined) return '값 없음'
  if (value === null) return '빈 값(null)'
  if (typeof value === 'number') return Number.isNaN(value) ? '숫자가 아닌 값' : '숫자'
  if (typeof value === 'string') return '글자'
  if (typeof value === 'boolean') return '예/아니오 값'
  if (Array.isArray(value)) return '목록'
  if (typeof value === 'object') return '항목 묶음'
  return '다른 종류의 값'
}

/** Whether the last Hangul syllable of `word` ends in a consonant (받침), which picks the particle. */
function hasFinalConsonant(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const code = word.charCodeAt(i)
    if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0
  }
  return false
}

const subject = (word: string) => `${word}${hasFinalConsonant(word) ? '이' : '가'}`
const mustBe = (word: string) => `${word}${hasFinalConsonant(word) ? '이어야' : '여야'}`

const EXPECTED: Record<string, string> = {
  string: '글자',
  number: '숫자',
  int: '정수',
  bigint: '정수',
  boolean: '예/아니오 값',
  array: '목록',
  tuple: '목록',
  object: '항목 묶음',
  record: '항목 묶음',
  date: '날짜',
  null: '빈 값(null)'
}

const FORMATS: Record<string, string> = {
  url: '주소 형식이 올바르지 않습니다 (예: https://job.seoul.go.kr)',
  email: '이메일 주소 형식이 올바르지 않습니다 (예: name@seoul.go.kr)',
  datetime: '날짜·시각 형식이 올바르지 않습니다 (예: 2026-12-03T14:00:00+09:00)',
  date: '날짜 형식이 올바르지 않습니다 (예: 2026-12-03)',
  time: '시각 형식이 올바르지 않습니다 (예: 14:00)',
  uuid: '고유 번호 형식이 올바르지 않습니다',
  regex: '형식이 올바르지 않습니다'
}

function shown(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 30 ? `${value.slice(0, 30)}…` : value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return null
}

function sizeUnit(origin: string): { unit: string; noun: string } {
  if (origin === 'string') return { unit: '자', noun: '글자 수' }
  if (origin === 'array' || origin === 'set') return { unit: '개', noun: '개수' }
  return { unit: '', noun: '값' }
}

/** One issue in plain Korean (undefined: leave it to zod's Korean locale). */
export function plainKoreanMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '값이 없습니다'
      const expected = EXPECTED[issue.expected]
      if (!expected) return undefined
      if (issue.expected === 'int' && typeof issue.input === 'number') return '정수(소수점 없는 숫자)여야 합니다'
      return `${mustBe(expected)} 하는데 ${subject(kindOf(issue.input))} 들어 있습니다`
    }
    case 'too_small': {
      const { unit, noun } = sizeUnit(String(issue.origin))
      const min = Number(issue.minimum)
      if (issue.origin === 'string' && min === 1) return '비어 있습니다'
      if ((issue.origin === 'array' || issue.origin === 'set') && min === 1) return '하나 이상 있어야 합니다'
      if (issue.exact) return `${subject(noun)} ${mustBe(`${min}${unit}`)} 합니다`
      return issue.inclusive === false ? `${min}${unit}보다 커야 합니다` : `${min}${unit} 이상이어야 합니다`
    }
    case 'too_big': {
      const { unit, noun } = sizeUnit(String(issue.origin))
      const max = Number(issue.maximum)
      if (issue.exact) return `${subject(noun)} ${mustBe(`${max}${unit}`)} 합니다`
      return issue.inclusive === false ? `${max}${unit}보다 작아야 합니다` : `${max}${unit} 이하여야 합니다`
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? '형식이 올바르지 않습니다'
    case 'invalid_value': {
      if (issue.input === undefined) return '값이 없습니다'
      const value = shown(issue.input)
      return value === null ? '허용되지 않는 값입니다' : `허용되지 않는 값입니다 (받은 값: ${value})`
    }
    case 'not_multiple_of':
      return `${issue.divisor}의 배수여야 합니다`
    case 'unrecognized_keys':
      return `알 수 없는 항목이 있습니다 (${issue.keys.join(', ')})`
    case 'invalid_union':
      return '형식이 올바르지 않습니다'
    default:
      return undefined
  }
}

const zodKorean = ko().localeError

z.config({
  localeError: (issue) => plainKoreanMessage(issue) ?? zodKorean(issue)
})
