import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { reemploymentContract } from '../../../shared/domains/reemployment/contract'
import { IMPORT_FIELD_LABELS } from '../../../shared/domains/reemployment/importLabels'
import type { ImportMapping, ImportPreview, ImportResult } from '../../../shared/domains/reemployment/importViews'
import type { WalkInRequest } from '../../../shared/portal'
import { AppError } from '../../core/errors'
import { appendAudit } from '../../db/repositories/auditLog'
import { readBoundedFile } from '../../imports/fileBytes'
import { readTabularFile, TABLE_LIMITS, type TabularFile } from '../../imports/readTable'
import { REFUSAL_MESSAGES, type TableRefusal } from '../../imports/refusals'
import type { DomainContext, HandlersOf } from '../types'
import { checkMapping, checkRows, guessHeader, unmappedFields, type CheckedRow, type RowTotals } from './importRows'
import { walkInOp } from './ops'
import { searchRowsOfSession } from './registrationsRepository'
import { importBlockedReason, requireSession } from './sessions'

type ImportChannel = Extract<keyof typeof reemploymentContract, `reemployment:import${string}`>

/** The audit kind of a confirmed import (one entry per import, counts only). */
export const IMPORT_AUDIT_KIND = 'import'
/** Drafts kept per core: a file chosen again replaces the oldest, not the memory of the PC. */
const MAX_DRAFTS = 3
const REFUSED_CODE = 'import_refused'
const DRAFT_GONE = '가져오던 파일 정보가 없습니다. 파일을 다시 골라 주세요.'

/**
 * A chosen file, read and held in memory until it is confirmed or discarded: the full phone numbers
 * exist only here and, once confirmed, in the pending outbox bodies (as a walk-in's do).
 */
interface Draft {
  importId: string
  staffId: string
  sessionId: string
  fileName: string
  table: TabularFile
  headerIndex: number
  headers: string[]
  mapping: ImportMapping
}

function requireOpenSession(ctx: DomainContext, sessionId: string): void {
  const reason = importBlockedReason(requireSession(ctx.db, sessionId).session.status)
  if (reason) throw new AppError('invalid_transition', reason)
}

/** Checks every data row against the session as the cache has it now. */
function checkDraft(ctx: DomainContext, draft: Draft, mapping: ImportMapping): { rows: CheckedRow[]; totals: RowTotals } {
  const registered = searchRowsOfSession(ctx.db, draft.sessionId).filter((row) => row.status !== 'cancelled')
  return checkRows(draft.table.rows, draft.headerIndex, mapping, registered, ctx.now())
}

function previewOf(ctx: DomainContext, draft: Draft, mapping: ImportMapping): ImportPreview {
  const unmapped = unmappedFields(mapping)
  const base = {
    importId: draft.importId,
    sessionId: draft.sessionId,
    fileName: draft.fileName,
    format: draft.table.format,
    encoding: draft.table.encoding,
    sheetName: draft.table.sheetName,
    headers: draft.headers,
    mapping,
    unmapped
  }
  // Without a column for each required field no row can be judged: the screen asks for the mapping first.
  if (unmapped.length > 0) {
    const rows = draft.table.rows.slice(draft.headerIndex + 1).filter((row) => row.some((cell) => cell !== '')).length
    return { ...base, rows: [], totals: { rows, valid: 0, invalid: 0, duplicates: 0 } }
  }
  const checked = checkDraft(ctx, draft, mapping)
  return { ...base, rows: checked.rows.map((row) => row.view), totals: checked.totals }
}

/**
 * A file refused: an expected outcome, not a fault. What was found goes to the log as information
 * only — a detail on the error would be logged as a warning, a second line under the CLI's one.
 */
function refuse(ctx: DomainContext, refusal: TableRefusal): never {
  ctx.log('info', `명단 가져오기 거절 (${refusal.reason}): ${refusal.detail}`)
  throw new AppError(REFUSED_CODE, refusal.message)
}

function walkInBody(sessionId: string, person: NonNullable<CheckedRow['person']>): WalkInRequest {
  return {
    session_id: sessionId,
    person: { name: person.name, birth_year: person.birthYear, phone: person.phone },
    ...(person.expectedRetirement ? { expected_retirement: person.expectedRetirement } : {}),
    client_ref: randomUUID()
  }
}

/** Importing a walk-in or pre-registration list into a session: choose, preview (and map), confirm or discard. */
export function importHandlers(ctx: DomainContext): Pick<HandlersOf<typeof reemploymentContract>, ImportChannel> {
  const drafts = new Map<string, Draft>()

  const keep = (draft: Draft) => {
    drafts.set(draft.importId, draft)
    while (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value!)
  }
  /** A draft of the signed-in staff member only: another who signs in on this PC does not see it. */
  const requireDraft = (importId: string): Draft => {
    const draft = drafts.get(importId)
    if (!draft || draft.staffId !== ctx.session.requireStaff().id) throw new AppError('not_found', DRAFT_GONE)
    return draft
  }
  const checkedMapping = (draft: Draft, mapping: ImportMapping) => {
    checkMapping(mapping, draft.headers)
    return mapping
  }

  return {
    async 'reemployment:importChoose'({ sessionId }) {
      const staffId = ctx.session.requireStaff().id
      requireOpenSession(ctx, sessionId)
      const path = await ctx.dialogs.chooseOpenFile({
        title: '가져올 명단 파일을 고르세요',
        filters: [{ name: '명단 파일', extensions: ['xlsx', 'xls', 'csv'] }]
      })
      if (path === null) return { preview: null }
      const fileName = basename(path)
      const file = await readBoundedFile(path, TABLE_LIMITS.maxBytes)
      if (!file.ok) refuse(ctx, { reason: file.reason, message: REFUSAL_MESSAGES[file.reason], detail: file.detail })
      const read = readTabularFile(file.bytes, fileName)
      if (!read.ok) refuse(ctx, read.refusal)
      const guess = guessHeader(read.table.rows)
      const draft: Draft = { importId: randomUUID(), staffId, sessionId, fileName, table: read.table, ...guess }
      keep(draft)
      return { preview: previewOf(ctx, draft, draft.mapping) }
    },

    'reemployment:importPreview'({ importId, mapping }) {
      const draft = requireDraft(importId)
      draft.mapping = checkedMapping(draft, mapping)
      return previewOf(ctx, draft, draft.mapping)
    },

    'reemployment:importConfirm'({ importId, mapping }): ImportResult {
      const draft = requireDraft(importId)
      checkedMapping(draft, mapping)
      const unmapped = unmappedFields(mapping)
      if (unmapped.length > 0) {
        throw new AppError('validation_failed', `${unmapped.map((field) => IMPORT_FIELD_LABELS[field]).join(', ')} 열을 지정한 뒤 가져오세요.`)
      }
      // The session may have closed, or people been registered, since the preview: judged again now.
      requireOpenSession(ctx, draft.sessionId)
      const checked = checkDraft(ctx, draft, mapping)
      const valid = checked.rows.filter((row) => row.person !== null)
      if (valid.length === 0) throw new AppError('validation_failed', '가져올 수 있는 행이 없습니다. 오류를 고친 파일을 다시 고르세요.')
      const at = ctx.now().toISOString()
      ctx.db.transaction(() => {
        for (const row of valid) {
          try {
            ctx.writes.enqueue(walkInOp, { body: walkInBody(draft.sessionId, row.person!) })
          } catch (error) {
            // One row that cannot be queued undoes the whole import: nothing half-imported to hunt down.
            const line = `${row.view.line}행을 보낼 목록에 넣지 못해 명단을 하나도 가져오지 않았습니다`
            if (error instanceof AppError) throw new AppError(error.code, `${line}: ${error.message}`, error.issues, error.detail)
            throw new AppError('internal', `${line}. 다시 시도하고, 계속되면 정보화 담당자에게 알려 주세요.`, undefined, error instanceof Error ? error.message : String(error))
          }
        }
        appendAudit(ctx.db, {
          at,
          actorId: draft.staffId,
          action: IMPORT_AUDIT_KIND,
          collection: 'reemployment-sessions',
          recordId: draft.sessionId,
          detail: { rows: checked.totals.rows, queued: valid.length, skipped: checked.totals.rows - valid.length, format: draft.table.format },
          deviceTime: at
        })
      })()
      drafts.delete(importId)
      return { sessionId: draft.sessionId, queued: valid.length, skipped: checked.totals.rows - valid.length }
    },

    'reemployment:importDiscard'({ importId }) {
      const draft = drafts.get(importId)
      // Discarding twice (a closed dialog after a confirm) is no error; another's draft is left alone.
      if (draft && draft.staffId === ctx.session.requireStaff().id) drafts.delete(importId)
      return { ok: true as const }
    }
  }
}
