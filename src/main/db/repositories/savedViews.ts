import type { z } from 'zod'
import { prepared } from '../statements'
import type { Db } from '../types'

interface SavedViewRow {
  id: number
  name: string
  definition: string
  updated_at: string
}

/** A staff member's named list view of one collection; its definition's shape belongs to the domain. */
export interface StoredView<D> {
  id: number
  name: string
  definition: D
  updatedAt: string
}

/** A stored view that no longer parses (an older shape) is left out rather than breaking the list. */
function toSavedView<S extends z.ZodType>(row: SavedViewRow, schema: S): StoredView<z.output<S>> | null {
  const parsed = schema.safeParse(JSON.parse(row.definition))
  return parsed.success ? { id: row.id, name: row.name, definition: parsed.data, updatedAt: row.updated_at } : null
}

export function listSavedViews<S extends z.ZodType>(db: Db, staffId: string, collection: string, schema: S): StoredView<z.output<S>>[] {
  const rows = prepared(db, `SELECT id, name, definition, updated_at FROM saved_views WHERE staff_id = ? AND collection = ? ORDER BY name`).all(
    staffId,
    collection
  ) as SavedViewRow[]
  return rows.map((row) => toSavedView(row, schema)).filter((view): view is StoredView<z.output<S>> => view !== null)
}

/** Saves under a name; saving again under the same name replaces that view. */
export function saveView<S extends z.ZodType>(
  db: Db,
  schema: S,
  input: { staffId: string; collection: string; name: string; definition: z.output<S>; at: string }
): StoredView<z.output<S>> {
  prepared(
    db,
    `INSERT INTO saved_views (staff_id, collection, name, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (staff_id, collection, name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at`
  ).run(input.staffId, input.collection, input.name, JSON.stringify(input.definition), input.at, input.at)
  const row = prepared(db, `SELECT id, name, definition, updated_at FROM saved_views WHERE staff_id = ? AND collection = ? AND name = ?`).get(
    input.staffId,
    input.collection,
    input.name
  ) as SavedViewRow
  return toSavedView(row, schema)!
}

export function deleteView(db: Db, staffId: string, id: number): boolean {
  return prepared(db, `DELETE FROM saved_views WHERE id = ? AND staff_id = ?`).run(id, staffId).changes > 0
}
