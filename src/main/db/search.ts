import { getChoseong } from 'es-hangul'

/**
 * Korean search over the cache. Trigram FTS5 matches substrings of three or more characters; most
 * Korean words have two syllables (돌봄, 청년), which trigram cannot match, so a second index holds
 * the two-character windows of every word (made here) and answers those. Single characters fall
 * back to LIKE, and a single 초성 (ㄱ) to the start of the title. 초성 queries (ㄷㅈㅌ → 디지털) work
 * through the same indexes because each document also carries the 초성 of its title.
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

const SYLLABLE_FIRST = 0xac00
const SYLLABLE_LAST = 0xd7a3
const SYLLABLES_PER_INITIAL = 588
/** The 초성 of each of the 19 initial consonants, as es-hangul gives it (ㄱ ㄲ ㄴ …). */
const INITIALS = Array.from({ length: 19 }, (_, i) => getChoseong(String.fromCharCode(SYLLABLE_FIRST + i * SYLLABLES_PER_INITIAL)))

/**
 * es-hangul's getChoseong for text of Hangul syllables and ASCII only (titles and company names,
 * nearly always), read off the syllable's code point: es-hangul NFD-normalises the whole string,
 * a third of the cost of a record's search document. Anything else goes to es-hangul itself.
 */
function choseongFast(value: string): string | null {
  let out = ''
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) out += INITIALS[Math.floor((code - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)]
    else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) out += value[i]
    else if (code >= 0x80) return null
  }
  return out
}

export function choseongOf(value: string): string {
  return (choseongFast(value) ?? getChoseong(value)).replace(/\s+/g, ' ').trim()
}

const SURROGATE = /[\uD800-\uDFFF]/

export function bigramsOf(text: string): string {
  const tokens: string[] = []
  // Hangul and nearly all text is one UTF-16 unit per character: slicing units is then slicing characters.
  const byUnit = !SURROGATE.test(text)
  for (const word of text.split(' ')) {
    if (byUnit) {
      for (let i = 0; i + 1 < word.length; i += 1) tokens.push(word.slice(i, i + 2))
      continue
    }
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
  const longText = normalizeSearchText(long.join(' '))
  return { text, bigrams: longText ? `${bigramsOf(text)} ${bigramsOf(longText)}`.trim() : bigramsOf(text) }
}

/** Compatibility jamo ㄱ–ㅎ: what a person types for a 초성 (and what `choseongOf` gives). */
const CONSONANT_FIRST = 0x3131
const CONSONANT_LAST = 0x314e

export function isChoseongText(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i)
    if (code < CONSONANT_FIRST || code > CONSONANT_LAST) return false
  }
  return true
}

/** The syllables whose 초성 is `initial` (ㄱ → 가 ≤ s < 까), or null when it is no initial consonant (ㄳ, a vowel). */
export function syllableRangeOf(initial: string): { first: string; end: string } | null {
  const index = INITIALS.indexOf(initial)
  if (index < 0) return null
  const first = SYLLABLE_FIRST + index * SYLLABLES_PER_INITIAL
  return { first: String.fromCharCode(first), end: String.fromCharCode(first + SYLLABLES_PER_INITIAL) }
}

/**
 * One word of a query (normalised: NFC, lower case, no spaces), as the indexes answer it:
 * - `substring`, two or more characters: a substring of one word of any searchable field (the bigram
 *   index, and the trigram one for three or more), the 초성 of the title included;
 * - `initial`, one 초성 letter (ㄱ): the title's 초성 starts with it — as a substring nearly every
 *   title would match, while a person typing ㄱ means "titles beginning with ㄱ";
 * - `character`, any other single character: a substring of the like columns (title, name).
 */
export type SearchWord = { kind: 'substring' | 'initial' | 'character'; text: string }

export function searchWords(query: string): SearchWord[] {
  const normalized = normalizeSearchText(query)
  if (!normalized) return []
  return normalized.split(' ').map((text) => {
    if ([...text].length >= 2) return { kind: 'substring', text }
    return { kind: syllableRangeOf(text) ? 'initial' : 'character', text }
  })
}

export interface SearchPlan {
  /**
   * One FTS5 expression for the bigram index: every word of two or more characters, ANDed — a two-character
   * word as one token, a longer one as the phrase of its consecutive bigrams (a substring of one indexed word).
   */
  bigram: string | null
  /** The same words for the trigram index (short fields), when every one of them has three or more characters. */
  trigram: string | null
  /** Single characters, matched with LIKE. */
  like: string[]
  /** Single 초성 letters, each matched against the start of the title's 초성. */
  initials: string[]
}

function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`
}

/**
 * All words go into one expression per index, so FTS5 intersects the words itself instead of SQLite
 * intersecting one large rowid list per word. The bigram index holds the short fields too, so a word
 * the trigram index finds is always found there as well; the trigram index answers the all-long-words
 * case from the short fields directly.
 */
export function planSearch(query: string): SearchPlan | null {
  const words = searchWords(query)
  if (words.length === 0) return null
  const bigram: string[] = []
  const trigram: string[] = []
  const like: string[] = []
  const initials: string[] = []
  for (const { kind, text } of words) {
    if (kind === 'initial') initials.push(text)
    else if (kind === 'character') like.push(text)
    else if ([...text].length >= 3) {
      bigram.push(quote(bigramsOf(text)))
      trigram.push(quote(text))
    } else bigram.push(quote(text))
  }
  return {
    bigram: bigram.length ? bigram.join(' AND ') : null,
    trigram: trigram.length && trigram.length === bigram.length ? trigram.join(' AND ') : null,
    like,
    initials
  }
}

export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** [start, end) in UTF-16 units of the text it marks. */
export type TextRange = [start: number, end: number]

/** The text lower-cased as the search documents are, with where each of its units came from. */
function lowerWithOrigins(text: string): { lower: string; starts: number[]; ends: number[] } {
  let lower = ''
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0)
    const lowered = char.toLowerCase()
    for (let k = 0; k < lowered.length; k += 1) {
      starts.push(i)
      ends.push(i + char.length)
    }
    lower += lowered
    i += char.length
  }
  return { lower, starts, ends }
}

function occurrences(haystack: string, needle: string): [number, number][] {
  const found: [number, number][] = []
  if (!needle) return found
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found.push([at, at + needle.length])
  return found
}

/**
 * The 초성 of each Hangul syllable (and typed consonant) of `text`, with its position, split into the
 * words the 초성 string has: what is not Hangul is left out without ending a word, as in `choseongOf`.
 */
function choseongWords(text: string): { initials: string; positions: number[] }[] {
  const words: { initials: string; positions: number[] }[] = []
  let current = { initials: '', positions: [] as number[] }
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST) {
      current.initials += INITIALS[Math.floor((code - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)]
      current.positions.push(i)
    } else if (code >= CONSONANT_FIRST && code <= CONSONANT_LAST) {
      current.initials += text[i]
      current.positions.push(i)
    } else if (/\s/.test(text[i] ?? '') && current.initials) {
      words.push(current)
      current = { initials: '', positions: [] }
    }
  }
  if (current.initials) words.push(current)
  return words
}

function merged(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: TextRange[] = []
  for (const range of sorted) {
    const last = out[out.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else out.push([range[0], range[1]])
  }
  return out
}

/**
 * Where the words of a search occur in one field, found as the indexes find them: `substring` words
 * anywhere within a word (case-insensitive), and — in the field whose 초성 is indexed — 초성 words in
 * its 초성 (the syllables they stand for are marked) and a single 초성 at its start; single
 * `character` words only in the fields searched with LIKE. `found` holds the indexes of the words
 * that occur.
 */
export function matchRanges(
  text: string,
  words: readonly SearchWord[],
  field: { choseong: boolean; characters: boolean }
): { ranges: TextRange[]; found: Set<number> } {
  const ranges: TextRange[] = []
  const found = new Set<number>()
  const { lower, starts, ends } = lowerWithOrigins(text)
  const initials = field.choseong ? choseongWords(text) : []
  words.forEach((word, index) => {
    const hits: TextRange[] = []
    if (word.kind === 'substring' || (word.kind === 'character' && field.characters)) {
      for (const [a, b] of occurrences(lower, word.text)) hits.push([starts[a] ?? 0, ends[b - 1] ?? text.length])
    }
    if (word.kind === 'substring' && field.choseong && isChoseongText(word.text)) {
      for (const { initials: letters, positions } of initials) {
        for (const [a, b] of occurrences(letters, word.text)) hits.push([positions[a] ?? 0, (positions[b - 1] ?? 0) + 1])
      }
    }
    if (word.kind === 'initial' && field.choseong) {
      const first = initials[0]
      if (first?.initials[0] === word.text) hits.push([first.positions[0] ?? 0, (first.positions[0] ?? 0) + 1])
    }
    if (hits.length > 0) found.add(index)
    ranges.push(...hits)
  })
  return { ranges: merged(ranges), found }
}
