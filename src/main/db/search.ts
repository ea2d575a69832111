import { getChoseong } from 'es-hangul'

/**
 * Korean search over the cache. Trigram FTS5 matches substrings of three or more characters; most
 * Korean words have two syllables (돌봄, 청년), which trigram cannot match, so a second index holds
 * the two-character windows of every word (made here) and answers those. Single characters fall
 * back to LIKE. 초성 queries (ㄷㅈㅌ → 디지털) work through the same indexes because each document
 * also carries the 초성 of its title.
 */
export interface SearchDocument {
  /** Short fields (names, titles, 초성) for the trigram index. */
  text: string
  /** Two-character windows of every word of every searchable field, long text included. */
  bigrams: string
}

export function normalizeSearchText(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

export function choseongOf(value: string): string {
  return getChoseong(value).replace(/\s+/g, ' ').trim()
}

export function bigramsOf(text: string): string {
  const tokens: string[] = []
  for (const word of text.split(' ')) {
    const chars = [...word]
    for (let i = 0; i + 1 < chars.length; i += 1) tokens.push(chars[i]! + chars[i + 1]!)
  }
  return tokens.join(' ')
}

/**
 * `short` fields go to both indexes, `long` text (duties…) only to the bigram one: trigram over long
 * Korean text costs several times the whole insert, while bigram phrases find the same substrings.
 * `titleForChoseong` is the field whose 초성 is searchable (the title, or a company name).
 */
export function buildSearchDocument(short: readonly string[], long: readonly string[], titleForChoseong: string): SearchDocument {
  const text = normalizeSearchText([...short, choseongOf(titleForChoseong)].join(' '))
  return { text, bigrams: bigramsOf(normalizeSearchText([text, ...long].join(' '))) }
}

export interface SearchPlan {
  /** Words of three or more characters: the trigram phrase (short fields) and the bigram phrase (all fields). */
  long: { trigram: string; bigram: string }[]
  /** Two-character words: one bigram token. */
  bigram: string[]
  /** Single characters, matched with LIKE. */
  like: string[]
}

function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`
}

export function planSearch(query: string): SearchPlan | null {
  const normalized = normalizeSearchText(query)
  if (!normalized) return null
  const plan: SearchPlan = { long: [], bigram: [], like: [] }
  for (const word of normalized.split(' ')) {
    const length = [...word].length
    // Consecutive bigrams as an FTS5 phrase match the word as a substring of one indexed word.
    if (length >= 3) plan.long.push({ trigram: quote(word), bigram: quote(bigramsOf(word)) })
    else if (length === 2) plan.bigram.push(quote(word))
    else plan.like.push(word)
  }
  return plan
}

export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`)
}
