import { prepared } from '../../db/statements'
import type { Db } from '../../db/types'

/**
 * The masked phone (010-****-5678) of each registration as the user sees it (a queued write's local
 * view first): the reports carry it where a row names a person, in full only when unmasked.
 */
export function maskedPhones(db: Db, registrationIds: readonly string[]): Map<string, string> {
  if (registrationIds.length === 0) return new Map()
  const rows = prepared(
    db,
    `SELECT r.id AS id, json_extract(coalesce(j.local_raw, j.raw), '$.person.phone') AS phone
     FROM reemployment_registrations r JOIN reemployment_registrations_json j ON j.rowid = r.rowid
     WHERE r.id IN (SELECT value FROM json_each(?))`
  ).all(JSON.stringify(registrationIds)) as { id: string; phone: string | null }[]
  return new Map(rows.filter((row) => row.phone !== null).map((row) => [row.id, row.phone!]))
}
