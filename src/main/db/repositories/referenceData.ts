import type { z } from 'zod'
import { prepared } from '../statements'
import type { Db } from '../types'

/** Reference data from the portal (districts, yearly rules…), cached so it is there offline. */
export function getReference<S extends z.ZodType>(
  db: Db,
  key: string,
  schema: S
): { value: z.output<S>; fetchedAt: string } | null {
  const row = prepared(db, `SELECT value, fetched_at FROM reference_data WHERE key = ?`).get(key) as
    | { value: string; fetched_at: string }
    | undefined
  if (!row) return null
  const parsed = schema.safeParse(JSON.parse(row.value))
  return parsed.success ? { value: parsed.data, fetchedAt: row.fetched_at } : null
}

export function putReference(db: Db, key: string, value: unknown, fetchedAt: string): void {
  prepared(
    db,
    `INSERT INTO reference_data (key, value, fetched_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, fetched_at = excluded.fetched_at`
  ).run(key, JSON.stringify(value), fetchedAt)
}

/** The keys that start with `prefix`, in order (e.g. every cached year of a domain's rules). */
export function listReferenceKeys(db: Db, prefix: string): string[] {
  const rows = prepared(db, `SELECT key FROM reference_data WHERE substr(key, 1, ?) = ? ORDER BY key`).all(prefix.length, prefix) as { key: string }[]
  return rows.map((row) => row.key)
}
