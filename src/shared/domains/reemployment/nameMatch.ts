/**
 * Check-in search against what the cache holds: masked names (박*영), birth years and the last four
 * digits of phones. A typed full name matches a mask of the same length that agrees at every
 * unmasked position (박서영 → 박*영, 김민 → 김*, 남궁민수 → 남**수); while typing, a shorter name
 * matches as a prefix. 초성 (ㅂㅅㅇ) match the initials of the unmasked syllables the same way.
 */
import type { MatchKind } from './views'

const MASK = '*'
const SYLLABLE_FIRST = 0xac00
const SYLLABLE_LAST = 0xd7a3
const SYLLABLES_PER_INITIAL = 588
/** The 19 initial consonants in syllable order (the compatibility jamo people type). */
const INITIALS = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ']

function isSyllable(char: string): boolean {
  const code = char.charCodeAt(0)
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST
}

/** The initial consonant of a Hangul syllable (the character itself otherwise, `*` stays `*`). */
export function initialOf(char: string): string {
  if (!isSyllable(char)) return char
  return INITIALS[Math.floor((char.charCodeAt(0) - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)] ?? char
}

export type NameAgreement = 'exact' | 'prefix' | null

/**
 * How `typed` agrees with `masked`, position by position (by code point): `compare` says whether a
 * typed character fits an unmasked one. Same length: exact; shorter: a prefix (still typing).
 */
function agreement(typed: readonly string[], masked: readonly string[], compare: (typedChar: string, shown: string) => boolean): NameAgreement {
  if (typed.length === 0 || typed.length > masked.length) return null
  for (let i = 0; i < typed.length; i += 1) {
    const shown = masked[i]!
    if (shown !== MASK && !compare(typed[i]!, shown)) return null
  }
  return typed.length === masked.length ? 'exact' : 'prefix'
}

/** A typed name (Hangul syllables) against a masked name. */
export function matchMaskedName(typed: string, masked: string): NameAgreement {
  return agreement([...typed.trim()], [...masked], (a, b) => a === b)
}

/** Typed 초성 (ㅂㅅㅇ) against a masked name: each initial agrees with its unmasked syllable's. */
export function matchMaskedChoseong(typed: string, masked: string): NameAgreement {
  return agreement([...typed.trim()], [...masked], (a, b) => initialOf(b) === a)
}

export type QueryTerm =
  | { kind: 'name'; text: string }
  | { kind: 'choseong'; text: string }
  /** Four digits: the last four of the phone, or a birth year. */
  | { kind: 'digits4'; text: string }
  /** One to three digits: the start of the last four (while typing). */
  | { kind: 'digits_partial'; text: string }
  | { kind: 'other'; text: string }

const TERM = /[가-힣]+|[ㄱ-ㅎ]+|\d+|[^\s가-힣ㄱ-ㅎ\d]+/g

/** The terms of a check-in query: runs of syllables, of 초성, of digits ("박서영4821" is two terms). */
export function parseCheckInQuery(query: string): QueryTerm[] {
  const terms: QueryTerm[] = []
  for (const [text] of query.normalize('NFC').matchAll(TERM)) {
    if (/^[가-힣]+$/.test(text)) terms.push({ kind: 'name', text })
    else if (/^[ㄱ-ㅎ]+$/.test(text)) terms.push({ kind: 'choseong', text })
    else if (/^\d{4}$/.test(text)) terms.push({ kind: 'digits4', text })
    else if (/^\d{1,3}$/.test(text)) terms.push({ kind: 'digits_partial', text })
    else if (/^[-_.,/()]+$/.test(text)) continue
    else terms.push({ kind: 'other', text })
  }
  return terms
}

/**
 * How many of the personal-data search conditions a query holds — a name (or its 초성) of two or more
 * letters, the last four digits, a birth year — counting only complete terms. Searching across
 * sessions needs two.
 */
export function conditionCount(terms: readonly QueryTerm[]): number {
  const hasName = terms.some((t) => (t.kind === 'name' || t.kind === 'choseong') && [...t.text].length >= 2)
  const fourDigitTerms = terms.filter((t) => t.kind === 'digits4').length
  return (hasName ? 1 : 0) + Math.min(2, fourDigitTerms)
}

export interface SearchablePerson {
  /** Masked, as cached. */
  name: string
  birth_year: number
  phone_last4: string
}

export interface PersonMatch {
  matchedBy: MatchKind[]
  /** No term matched only as a prefix. */
  exact: boolean
}

/**
 * Whether every term of the query matches the person. `completeOnly` (search across sessions) takes
 * no prefixes, and two four-digit terms must match two different fields (birth year and last four).
 */
export function matchPerson(terms: readonly QueryTerm[], person: SearchablePerson, completeOnly = false): PersonMatch | null {
  if (terms.length === 0) return null
  const matchedBy: MatchKind[] = []
  let exact = true
  const usedDigitFields = new Set<'phone_last4' | 'birth_year'>()
  for (const term of terms) {
    switch (term.kind) {
      case 'name':
      case 'choseong': {
        const agreed = term.kind === 'name' ? matchMaskedName(term.text, person.name) : matchMaskedChoseong(term.text, person.name)
        if (!agreed || (completeOnly && agreed === 'prefix')) return null
        if (agreed === 'prefix') exact = false
        matchedBy.push(term.kind === 'choseong' ? 'choseong' : agreed === 'exact' ? 'name' : 'name_prefix')
        break
      }
      case 'digits4': {
        const asPhone = person.phone_last4 === term.text && !usedDigitFields.has('phone_last4')
        const asYear = String(person.birth_year) === term.text && !usedDigitFields.has('birth_year')
        // The last four first: a birth year is the weaker of the two conditions.
        const field = asPhone ? 'phone_last4' : asYear ? 'birth_year' : null
        if (!field) return null
        usedDigitFields.add(field)
        matchedBy.push(field)
        break
      }
      case 'digits_partial':
        if (completeOnly || !person.phone_last4.startsWith(term.text)) return null
        exact = false
        matchedBy.push('phone_last4')
        break
      case 'other':
        return null
    }
  }
  return { matchedBy: [...new Set(matchedBy)], exact }
}
