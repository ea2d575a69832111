import { scoreProblem } from '../../../../../shared/domains/sme/scoring'
import type { MySheetRow, ScoreSheet } from '../../../../../shared/domains/sme/views'

/** What the evaluator typed, per evaluator item (text as typed, so "7." or "" stay as they are). */
export type SheetValues = Readonly<Record<string, string>>

export interface SheetDraftState {
  /** The typed values that are numbers (blank fields are left out: a partial sheet). */
  scores: Record<string, number>
  /** A Korean message under each field whose value cannot be saved. */
  problems: Record<string, string>
  total: number
  /** Every evaluator item has a valid score. */
  complete: boolean
  valid: boolean
}

const NOT_A_NUMBER = '숫자로 입력하세요.'

/** A typed score: blank → null; "7", "7.5", " 7 " → the number; anything else → NaN. */
export function parseScore(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(trimmed)) return Number.NaN
  return Number(trimmed)
}

/** The sheet as typed: each value checked against 0..max (scoreProblem), the live total and completeness. */
export function sheetDraftState(items: ScoreSheet['items'], values: SheetValues): SheetDraftState {
  const scores: Record<string, number> = {}
  const problems: Record<string, string> = {}
  let total = 0
  let filled = 0
  for (const item of items) {
    const value = parseScore(values[item.code] ?? '')
    if (value === null) continue
    const problem = Number.isNaN(value) ? NOT_A_NUMBER : scoreProblem(value, item)
    if (problem) {
      problems[item.code] = problem
      continue
    }
    scores[item.code] = value
    total += value
    filled += 1
  }
  const valid = Object.keys(problems).length === 0
  return { scores, problems, total, complete: valid && filled === items.length, valid }
}

/** The sheet's saved scores as the fields show them. */
export function valuesOf(sheet: Pick<ScoreSheet, 'items' | 'scores'>): Record<string, string> {
  const values: Record<string, string> = {}
  for (const item of sheet.items) {
    const score = sheet.scores[item.code]
    values[item.code] = score === undefined ? '' : String(score)
  }
  return values
}

/** Whether the typed sheet differs from the saved one (an unchanged sheet is not queued again). */
export function sheetChanged(sheet: Pick<ScoreSheet, 'items' | 'scores' | 'comment'>, draft: SheetDraftState, comment: string): boolean {
  const saved = sheet.scores
  const codes = sheet.items.map((i) => i.code)
  const scoresChanged = codes.some((code) => saved[code] !== draft.scores[code])
  return scoresChanged || (sheet.comment ?? '').trim() !== comment.trim()
}

/** Still to be written by this evaluator: not complete and not abstained. */
export function isUnscored(row: Pick<MySheetRow, 'state'>): boolean {
  return row.state === 'missing' || row.state === 'partial'
}

/**
 * The next application to score after `currentId` in the work list's order: the first unscored one
 * after it, wrapping round to the top; never the current one. Null when none is left.
 */
export function nextUnscored<R extends Pick<MySheetRow, 'id' | 'stage' | 'state'>>(rows: readonly R[], current: { id: string; stage: string } | null): R | null {
  const at = current ? rows.findIndex((r) => r.id === current.id && r.stage === current.stage) : -1
  const ordered = at === -1 ? rows : [...rows.slice(at + 1), ...rows.slice(0, at)]
  return ordered.find((r) => isUnscored(r) && !(current && r.id === current.id && r.stage === current.stage)) ?? null
}

/** Whole days from `from` to `to` (YYYY-MM-DD), for the 14-day rule of a 회피. */
export function daysBetween(from: string, to: string): number {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)))
  const end = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)))
  return Math.round((end - start) / 86_400_000)
}

/** Today on this PC's calendar (YYYY-MM-DD), the default of "the day the conflict became known". */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
