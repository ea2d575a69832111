import { z } from 'zod'
import type { Staff } from '../../shared/portal'
import { SavedBatch, type SavedBatchView } from '../../shared/reports/model'
import { AppError } from '../core/errors'
import { getSetting, setSetting } from '../db/repositories/settings'
import type { Db } from '../db/types'
import { catalogFor, forbiddenReport, mayExport, unknownReport } from './catalog'
import type { ReportSpec } from './types'

/** The batch offered to a staff member who has saved none: their reports that need no session. */
export const DEFAULT_BATCH_NAME = '주간 보고 묶음'

/** A staff member keeps at most this many batches. */
export const MAX_SAVED_BATCHES = 30

const StoredBatches = z.array(SavedBatch)

const settingKey = (staffId: string) => `report_batches:${staffId}`

function stored(db: Db, staffId: string): SavedBatch[] {
  return getSetting(db, settingKey(staffId), StoredBatches, [])
}

function defaultBatch(reports: readonly ReportSpec[], staff: Staff): SavedBatch | null {
  const reportIds = catalogFor(reports, staff.roles)
    .filter((descriptor) => !descriptor.params.includes('session'))
    .map((descriptor) => descriptor.id)
    .slice(0, 20)
  return reportIds.length > 0 ? { name: DEFAULT_BATCH_NAME, reportIds, params: {} } : null
}

/** The staff member's saved batches; none saved yet: the built-in "주간 보고 묶음" as a suggestion (not stored). */
export function listBatches(db: Db, reports: readonly ReportSpec[], staff: Staff): SavedBatchView[] {
  const saved = stored(db, staff.id)
  if (saved.length > 0) return saved.map((batch) => ({ ...batch, builtIn: false }))
  const suggestion = defaultBatch(reports, staff)
  return suggestion ? [{ ...suggestion, builtIn: true }] : []
}

/**
 * A batch by name: a saved one, or else the built-in "주간 보고 묶음" — a scheduled `export --batch`
 * keeps working after its owner saves batches of their own.
 */
export function findBatch(db: Db, reports: readonly ReportSpec[], staff: Staff, name: string): SavedBatch {
  const wanted = name.trim()
  const suggestion = wanted === DEFAULT_BATCH_NAME ? defaultBatch(reports, staff) : null
  const batch = stored(db, staff.id).find((candidate) => candidate.name === wanted) ?? suggestion
  if (!batch) throw new AppError('not_found', `'${name}' 묶음을 찾을 수 없습니다. 묶음 이름을 확인하거나 보고서 화면에서 묶음을 저장하세요.`)
  return batch
}

/** Saves a batch under its name (the same name replaces the one saved before). */
export function saveBatch(db: Db, reports: readonly ReportSpec[], staff: Staff, batch: SavedBatch): SavedBatchView[] {
  for (const id of batch.reportIds) {
    const spec = reports.find((candidate) => candidate.descriptor.id === id)
    if (!spec) throw unknownReport(id)
    if (!mayExport(spec, staff.roles)) throw forbiddenReport(spec)
  }
  const normalized: SavedBatch = { ...batch, reportIds: [...new Set(batch.reportIds)] }
  const others = stored(db, staff.id).filter((candidate) => candidate.name !== normalized.name)
  if (others.length >= MAX_SAVED_BATCHES) {
    throw new AppError('validation_failed', `묶음은 ${MAX_SAVED_BATCHES}개까지 저장할 수 있습니다. 쓰지 않는 묶음을 지운 뒤 저장하세요.`)
  }
  setSetting(db, settingKey(staff.id), [...others, normalized])
  return listBatches(db, reports, staff)
}

export function deleteBatch(db: Db, reports: readonly ReportSpec[], staff: Staff, name: string): SavedBatchView[] {
  const saved = stored(db, staff.id)
  const kept = saved.filter((candidate) => candidate.name !== name.trim())
  if (kept.length === saved.length) {
    if (name.trim() === DEFAULT_BATCH_NAME) {
      throw new AppError('validation_failed', `'${DEFAULT_BATCH_NAME}'은 기본으로 제안하는 묶음이라 지울 수 없습니다. 묶음을 하나 저장하면 목록에서 빠집니다.`)
    }
    throw new AppError('not_found', `'${name}' 묶음을 찾을 수 없습니다. 저장된 묶음 목록을 확인하세요.`)
  }
  setSetting(db, settingKey(staff.id), kept)
  return listBatches(db, reports, staff)
}
