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
  const normalized = normalizeSearchText(query)
  if (!normalized) return null
  const bigram: string[] = []
  const trigram: string[] = []
  const like: string[] = []
  for (const word of normalized.split(' ')) {
    const length = [...word].length
    if (length >= 3) {
      bigram.push(quote(bigramsOf(word)))
      trigram.push(quote(word))
    } else if (length === 2) bigram.push(quote(word))
    else like.push(word)
  }
  return {
    bigram: bigram.length ? bigram.join(' AND ') : null,
    trigram: trigram.length && trigram.length === bigram.length ? trigram.join(' AND ') : null,
    like
  }
}

export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`)
}
