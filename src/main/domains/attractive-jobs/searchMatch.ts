import type { AttractiveJobSearchMatch } from '../../../shared/domains/attractive-jobs/views'
import { matchRanges, searchWords, type SearchWord, type TextRange } from '../../db/search'

/**
 * How much of 직무 a list row shows around the first word found there: a few characters before it
 * (the title column is narrow), and more after than the cell shows (it cuts what does not fit).
 */
const SNIPPET_BEFORE = 8
const SNIPPET_LENGTH = 70
/** A cut this close to a word's start (or end) moves there, so the snippet starts and ends on whole words. */
const WORD_SNAP = 8
const ELLIPSIS = '…'

export interface MatchFields {
  title: string
  org_name: string
  org_department: string
  /** The record's 직무 as the user sees it (the local copy while writes are pending). */
  duties: string
}

/** A piece of `text` around `anchor`, with the ranges inside it moved to the piece's own positions. */
function snippet(text: string, ranges: readonly TextRange[], anchor: number): { text: string; ranges: TextRange[] } {
  let start = Math.max(0, anchor - SNIPPET_BEFORE)
  if (start > 0 && text[start - 1] !== ' ') {
    const wordStart = text.lastIndexOf(' ', start - 1) + 1
    if (start - wordStart <= WORD_SNAP) start = wordStart
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) {
    const space = text.indexOf(' ', end)
    if (space >= 0 && space - end <= WORD_SNAP) end = space
  }
  const lead = start > 0 ? ELLIPSIS : ''
  const inside: TextRange[] = ranges
    .filter(([a, b]) => b > start && a < end)
    .map(([a, b]) => [Math.max(a, start) - start + lead.length, Math.min(b, end) - start + lead.length])
  return { text: `${lead}${text.slice(start, end)}${end < text.length ? ELLIPSIS : ''}`, ranges: inside }
}

/**
 * Why a list row matched a search: the words marked in 사업명 and 기관, and — when some words occur in
 * neither — where they do: a piece of 직무 around the first of them, or else the 부서. Null without a
 * search. The words are found as the indexes find them (src/main/db/search.ts), so what the list
 * marks is what made the row match.
 */
export function attractiveJobSearchMatch(query: string | undefined, fields: MatchFields): AttractiveJobSearchMatch | null {
  const words = searchWords(query ?? '')
  if (words.length === 0) return null
  const title = matchRanges(fields.title, words, { choseong: true, characters: true })
  const org = matchRanges(fields.org_name, words, { choseong: false, characters: true })
  const unseen: SearchWord[] = words.filter((_, i) => !title.found.has(i) && !org.found.has(i))
  const match: AttractiveJobSearchMatch = { title: title.ranges, org_name: org.ranges, elsewhere: null }
  if (unseen.length === 0) return match

  const duties = fields.duties.replace(/\s+/g, ' ').trim()
  const inDuties = matchRanges(duties, unseen, { choseong: false, characters: false })
  const anchor = inDuties.ranges[0]
  if (anchor) {
    // Every word is marked in the piece, also those the title shows, so it reads as one sentence found.
    const all = matchRanges(duties, words, { choseong: false, characters: false })
    match.elsewhere = { field: 'duties', ...snippet(duties, all.ranges, anchor[0]) }
    return match
  }
  const department = matchRanges(fields.org_department, unseen, { choseong: false, characters: false })
  if (department.found.size > 0) {
    match.elsewhere = { field: 'org_department', text: fields.org_department, ranges: department.ranges }
  }
  return match
}
