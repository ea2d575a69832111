import { Fragment } from 'react'
import { Mark } from '@mantine/core'

/** [start, end) in UTF-16 units of the text. */
export type MarkRange = readonly [number, number]

/** `text` with the given ranges marked (the words a search found), everything else as plain text. */
export function MarkedText({ text, ranges, testId = 'mark' }: { text: string; ranges: readonly MarkRange[] | undefined; testId?: string }) {
  if (!ranges || ranges.length === 0) return <>{text}</>
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start < at || end > text.length || start >= end) continue
    if (start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, start)}</Fragment>)
    parts.push(
      <Mark key={`m${start}`} data-testid={testId}>
        {text.slice(start, end)}
      </Mark>
    )
    at = end
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>)
  return <>{parts}</>
}
