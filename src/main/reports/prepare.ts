import type { Staff } from '../../shared/portal'
import type { ReportColumn, ReportParams } from '../../shared/reports/model'
import type { CoreContext } from '../core/context'
import { AppError } from '../core/errors'
import { labelledIssues, validationFailure } from '../core/failures'
import type { ReportContent, ReportSheet, ReportSpec } from './types'

export const UNMASK_MANAGER_ONLY = '개인정보를 가리지 않은 파일은 관리자만 내보낼 수 있습니다. 마스킹된 파일로 내보내세요.'
export const UNMASK_ONLINE_ONLY =
  '마스킹 해제 내보내기는 포털에 온라인으로 로그인했을 때만 할 수 있습니다. 개인정보는 이 PC에 저장하지 않고 포털에서 한 건씩 조회합니다. 네트워크에 연결해 로그인한 뒤 다시 시도하세요.'

/** An unmasked export: a manager, signed in online (the full values come from the portal's contact look-up). */
export function checkUnmaskAllowed(ctx: CoreContext, staff: Staff): void {
  if (!staff.roles.includes('manager')) throw new AppError('forbidden', UNMASK_MANAGER_ONLY)
  if (!ctx.session.current().online) throw new AppError('offline', UNMASK_ONLINE_ONLY, undefined, '로그인된 포털 연결 없음')
}

/** A report built and fitted to what this export may carry, before any row is read. */
export interface PreparedReport {
  spec: ReportSpec
  content: ReportContent
  /** The data sheets with the personal columns this export may not carry left out. */
  sheets: ReportSheet[]
  /** Labels of the columns left out, for 요약. */
  droppedColumns: string[]
  /** Some column names a person (masked or not): the screen reminds the user how to keep the file. */
  personal: boolean
}

function parseParams<P>(spec: ReportSpec<P>, params: ReportParams): P {
  const parsed = spec.params.safeParse(params)
  if (parsed.success) return parsed.data
  const failure = validationFailure(labelledIssues(parsed.error))
  throw new AppError('validation_failed', `'${spec.descriptor.title}' 보고서의 조건을 확인하세요 — ${failure.message}`, failure.issues, failure.detail)
}

/**
 * 'optional' personal columns are left out unless the export is unmasked; 'required' ones stay (masked
 * values from the cache, or in full through `unmask`). A sheet without `unmask` cannot be unmasked.
 */
function fitSheet(spec: ReportSpec, sheet: ReportSheet, unmasked: boolean, dropped: Set<string>): ReportSheet {
  const keep = (column: ReportColumn) => unmasked || column.personal !== 'optional'
  for (const column of sheet.columns) if (!keep(column)) dropped.add(column.label)
  const columns = sheet.columns.filter(keep)
  const { unmask, ...rest } = sheet
  if (!unmasked) return { ...rest, columns }
  if (columns.some((column) => column.personal) && !unmask) {
    throw new AppError('validation_failed', `'${spec.descriptor.title}' 보고서의 ${sheet.name} 시트는 마스킹을 해제해 내보낼 수 없습니다. 마스킹된 파일로 내보내세요.`)
  }
  return unmask ? { ...rest, columns, unmask } : { ...rest, columns }
}

/** Parses the report's parameters, builds its content and fits its sheets to the export. */
export async function prepareReport(ctx: CoreContext, spec: ReportSpec, params: ReportParams, unmasked: boolean): Promise<PreparedReport> {
  const content = await spec.build(ctx, parseParams(spec, params))
  const dropped = new Set<string>()
  const sheets = content.sheets.map((sheet) => fitSheet(spec, sheet, unmasked, dropped))
  return {
    spec,
    content,
    sheets,
    droppedColumns: [...dropped],
    personal: sheets.some((sheet) => sheet.columns.some((column) => column.personal))
  }
}

async function countOf(rows: Iterable<unknown> | AsyncIterable<unknown>, signal: AbortSignal): Promise<number> {
  let n = 0
  if (Symbol.iterator in rows) {
    // A statement's iterate(): counted without going back to the event loop per row.
    const iterator = rows[Symbol.iterator]()
    while (!iterator.next().done) n += 1
    return n
  }
  const iterator = rows[Symbol.asyncIterator]()
  try {
    while (!(await iterator.next()).done) {
      n += 1
      signal.throwIfAborted()
    }
  } catch (error) {
    await iterator.return?.()
    throw error
  }
  return n
}

/**
 * Each sheet's row count: its own `count` when the report knows it, else one counting pass over its
 * rows (streamed, nothing kept) — 요약 states the counts before the data sheets are written.
 */
export async function countRows(sheets: readonly ReportSheet[], signal: AbortSignal): Promise<number[]> {
  const counts: number[] = []
  for (const sheet of sheets) {
    if (sheet.count !== undefined) {
      counts.push(sheet.count)
      continue
    }
    counts.push(await countOf(sheet.rows(), signal))
    signal.throwIfAborted()
  }
  return counts
}
