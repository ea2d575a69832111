/**
 * Excel's rules for sheet names: at most 31 characters, none of \ / ? * [ ] :, not empty, not starting
 * or ending with an apostrophe, unique without regard to case, and not "History" (Excel reserves it).
 * A name that breaks a rule is changed the same way every time, so two exports of one report match.
 */

export const MAX_SHEET_NAME = 31
export const SUMMARY_SHEET_NAME = '요약'
const FALLBACK_NAME = '자료'
/**
 * Also the apostrophe: ExcelJS quotes sheet names in the print-title references without doubling it,
 * which Excel would repair on opening.
 */
const FORBIDDEN = /[\\/?*[\]:']/g
const RESERVED = new Set(['history'])

/** At most `max` UTF-16 units without cutting a character in two. */
function truncate(text: string, max: number): string {
  let out = ''
  for (const char of text) {
    if (out.length + char.length > max) break
    out += char
  }
  return out
}

function cleaned(name: string, position: number): string {
  const printable = Array.from(name, (char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('')
  const replaced = printable.replace(FORBIDDEN, '_').trim()
  const base = truncate(replaced, MAX_SHEET_NAME).trim()
  if (base === '' || RESERVED.has(base.toLowerCase())) return `${FALLBACK_NAME}${position}`
  return base
}

/**
 * Names for the data sheets in order, none equal to one in `taken` (the 요약 sheet's). A repeated
 * name gets " (2)", " (3)"…, its base shortened so the whole stays within 31 characters.
 */
export function sheetNames(names: readonly string[], taken: readonly string[] = [SUMMARY_SHEET_NAME]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()))
  return names.map((name, index) => {
    const base = cleaned(name, index + 1)
    let candidate = base
    for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
      const suffix = ` (${n})`
      candidate = `${truncate(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`
    }
    used.add(candidate.toLowerCase())
    return candidate
  })
}
