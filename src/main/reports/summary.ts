import type { Staff } from '../../shared/portal'
import { MONEY_UNITS, type MoneyUnit, type ReportDescriptor } from '../../shared/reports/model'
import { listSyncStates } from '../db/repositories/syncState'
import type { Db } from '../db/types'
import type { ReportContent } from './types'
import type { SummaryContent } from './write/types'
import { seoulClock, seoulOfficialDate } from './seoulTime'

/** The 요약 sheet's labels and fixed texts (tests and the batch manifest read the same ones). */
export const SUMMARY_LABELS = {
  author: '작성부서 · 작성자',
  source: '자료 출처',
  reason: '내보낸 이유',
  rows: '행 수',
  conditions: '조건',
  moneyUnit: '금액 단위',
  personal: '개인정보'
} as const

export const SUMMARY_SOURCE = '서울시 일자리포털 관리자 API — 이 PC의 캐시'
export const NO_SYNC_YET = '동기화 기록 없음'
export const MASKED_NOTE = '마스킹됨 · 개인 열 제외'
export const NO_CONDITIONS = '없음 (전체)'

/** When the data was last brought from the portal: the oldest last pull among the collections it reads. */
export interface DataAsOf {
  /** The earliest last pull of the collections (ISO); null when one of them was never pulled here. */
  lastSyncAt: string | null
  portal: string | null
}

export function dataAsOf(db: Db, collections: readonly string[], portal: string | null): DataAsOf {
  const pulled = new Map(listSyncStates(db).map((state) => [state.collection as string, state.last_pulled_at]))
  const times = collections.map((collection) => pulled.get(collection) ?? null)
  if (times.length === 0 || times.includes(null)) return { lastSyncAt: null, portal }
  // ISO instants sort as text: the first is the oldest.
  return { lastSyncAt: (times as string[]).sort()[0]!, portal }
}

/** "2026. 12. 3. 기준 · 마지막 동기화 2026. 12. 3. 09:12 · https://…" (never synced: today's date and "동기화 기록 없음"). */
export function asOfLine(asOf: DataAsOf, now: Date): string {
  const parts = asOf.lastSyncAt
    ? [`${seoulOfficialDate(asOf.lastSyncAt)} 기준`, `마지막 동기화 ${seoulOfficialDate(asOf.lastSyncAt)} ${seoulClock(asOf.lastSyncAt)}`]
    : [`${seoulOfficialDate(now)} 기준`, NO_SYNC_YET]
  if (asOf.portal) parts.push(asOf.portal)
  return parts.join(' · ')
}

export interface SummaryInput {
  descriptor: ReportDescriptor
  content: Pick<ReportContent, 'filters' | 'notes'>
  /** The data sheets as written, with their row counts. */
  sheetRows: readonly { name: string; rows: number }[]
  /** Labels of the personal columns left out of this file. */
  droppedColumns: readonly string[]
  staff: Staff
  reason: string
  moneyUnit: MoneyUnit
  unmasked: boolean
  approvalBox: boolean
  asOf: DataAsOf
  now: Date
}

export function reportTitle(descriptor: Pick<ReportDescriptor, 'group' | 'title'>): string {
  return descriptor.title.startsWith(descriptor.group) ? descriptor.title : `${descriptor.group} ${descriptor.title}`
}

function rowsText(sheetRows: SummaryInput['sheetRows']): string {
  const count = (n: number) => `${n.toLocaleString('en-US')}행`
  if (sheetRows.length === 1) return count(sheetRows[0]!.rows)
  return sheetRows.map((sheet) => `${sheet.name} ${count(sheet.rows)}`).join(' · ')
}

function personalText(input: SummaryInput): string {
  if (input.unmasked) return `마스킹 해제 — 관리자 ${input.staff.name}, 사유: ${input.reason}`
  return input.droppedColumns.length > 0 ? `${MASKED_NOTE} (${input.droppedColumns.join(', ')})` : MASKED_NOTE
}

/** The 요약 sheet of one file: what it is, as of when, by whom, why, how filtered, and how personal data is carried. */
export function buildSummary(input: SummaryInput): SummaryContent {
  const unit = MONEY_UNITS[input.moneyUnit].label
  const entries = [
    { label: SUMMARY_LABELS.author, value: `${input.staff.department} · ${input.staff.name}` },
    { label: SUMMARY_LABELS.source, value: SUMMARY_SOURCE },
    { label: SUMMARY_LABELS.reason, value: input.reason },
    { label: SUMMARY_LABELS.rows, value: rowsText(input.sheetRows) },
    ...(input.content.filters.length > 0 ? input.content.filters : [{ label: SUMMARY_LABELS.conditions, value: NO_CONDITIONS }]),
    ...(input.descriptor.hasMoney
      ? [{ label: SUMMARY_LABELS.moneyUnit, value: input.moneyUnit === 'won' ? unit : `${unit} (${unit} 미만 반올림)` }]
      : []),
    { label: SUMMARY_LABELS.personal, value: personalText(input) }
  ]
  return {
    title: reportTitle(input.descriptor),
    asOf: asOfLine(input.asOf, input.now),
    entries,
    notes: [...(input.content.notes ?? [])],
    approvalBox: input.approvalBox
  }
}
