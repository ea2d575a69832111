/**
 * Column widths fitted to Korean text. Excel's width unit is one digit of the default font; a Hangul
 * syllable (or any full-width character) takes about two. Widths are estimated from the header and the
 * first rows of a sheet, because a streamed sheet's columns are written before its first row.
 */

export const MIN_COLUMN_WIDTH = 6
export const MAX_COLUMN_WIDTH = 60
const PADDING = 2
/** The header carries the autofilter's drop-down button on its right. */
const FILTER_BUTTON = 2

/** Hangul, CJK, full-width forms and the other East Asian wide ranges. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa960 && codePoint <= 0xa97f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xd7b0 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  )
}

/** How many digit widths `text` takes on its longest line. */
export function displayWidth(text: string): number {
  let widest = 0
  let current = 0
  for (const char of text) {
    if (char === '\n') {
      widest = Math.max(widest, current)
      current = 0
      continue
    }
    current += isWide(char.codePointAt(0) ?? 0) ? 2 : 1
  }
  return Math.max(widest, current)
}

/** Grows per column with each text seen, then gives the widths to set. */
export class WidthEstimate {
  private readonly widest: number[]

  constructor(headers: readonly string[]) {
    this.widest = headers.map((header) => displayWidth(header) + FILTER_BUTTON)
  }

  see(column: number, text: string): void {
    if (text === '') return
    const width = displayWidth(text)
    if (width > (this.widest[column] ?? 0)) this.widest[column] = width
  }

  widths(): number[] {
    return this.widest.map((width) => Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width + PADDING)))
  }
}
