import type { Db } from '../types'
import { ViewDefinition, type SavedView } from '../../../shared/domains/attractive-jobs/views'
import { prepared } from '../statements'


interface SavedViewRow {
  id: number
  name: string
  definition: string
  updated_at: string
}

/** A stored view that no longer parses (an older shape) is left out rather than breaking the list. */
function toSavedView(row: SavedViewRow): SavedView | null {
  const parsed = ViewDefinition.safeParse(JSON.parse(row.definition))
  return parsed.success ? { id: row.id, name: row.name, definition: parsed.data, updatedAt: row.updated_at } : null
}

export function listSavedViews(db: Db, staffId: string, collection: string): SavedView[] {
  const rows = prepared(db, `SELECT id, name, definition, updated_at FROM saved_views WHERE staff_id = ? AND collection = ? ORDER BY name`).all(
    staffId,
    collection
  ) as SavedViewRow[]
  return rows.map(toSavedView).filter((v): v is SavedView => v !== null)
}

/** Saves under a name; saving again under the same name replaces that view. */
export function saveView(db: Db, input: { staffId: string; collection: string; name: string; definition: ViewDefinition; at: string }): SavedView {
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
  return toSavedView(row)!
}

export function deleteView(db: Db, staffId: string, id: number): boolean {
  return prepared(db, `DELETE FROM saved_views WHERE id = ? AND staff_id = ?`).run(id, staffId).changes > 0
}
