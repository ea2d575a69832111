import type { Db } from '../types'
import type { z } from 'zod'
import { prepared } from '../statements'


/** Reads a setting through its schema; a missing or unreadable value gives the fallback. */
export function getSetting<S extends z.ZodType>(db: Db, key: string, schema: S, fallback: z.output<S>): z.output<S> {
  const row = prepared(db, `SELECT value FROM settings WHERE key = ?`).get(key) as { value: string } | undefined
  if (!row) return fallback
  try {
    const parsed = schema.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : fallback
  } catch {
    return fallback
  }
}

export function setSetting(db: Db, key: string, value: unknown): void {
  prepared(db, `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
    key,
    JSON.stringify(value)
  )
}

export function deleteSetting(db: Db, key: string): void {
  prepared(db, `DELETE FROM settings WHERE key = ?`).run(key)
}
