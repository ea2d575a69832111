/**
 * Blind scoring (portal-admin-api.md §6, choice recorded in docs/openapi.json): a caller without
 * `manager` gets 강소기업 records with only their own `scores` and `sheet_comments`, wherever a
 * record leaves the portal (feed, one record, write answers, `current` of a 409). Versions stay as stored.
 */
import type { Staff } from '../../../shared/portal/common'

export function seesAllSheets(staff: Staff): boolean {
  return staff.roles.includes('manager')
}

function ownOnly(value: unknown, evaluatorId: string): unknown {
  if (!Array.isArray(value)) return value
  return value.filter((entry) => (entry as { evaluator_id?: unknown } | null)?.evaluator_id === evaluatorId)
}

/** The stored JSON of a 강소기업 record as `staff` may see it (unchanged for a manager, a tombstone or text that is not a record). */
export function blindSmeJson(staff: Staff, json: string): string {
  if (seesAllSheets(staff)) return json
  let record: unknown
  try {
    record = JSON.parse(json)
  } catch {
    return json
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) return json
  const fields = record as Record<string, unknown>
  if (!('scores' in fields) && !('sheet_comments' in fields)) return json
  if ('scores' in fields) fields.scores = ownOnly(fields.scores, staff.id)
  if ('sheet_comments' in fields) fields.sheet_comments = ownOnly(fields.sheet_comments, staff.id)
  return JSON.stringify(fields)
}
