import Database from 'better-sqlite3'
import { onTestFinished } from 'vitest'
import { migrate } from '../../src/main/db/migrations/runner'

/** A table's column names in table order. */
export function columnsOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name)
}

/** A table's index definitions (CREATE statements; automatic indexes have none), by name. */
export function indexesOf(db: Database.Database, table: string): string[] {
  return (db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`).all(table) as { sql: string }[]).map(
    (index) => index.sql
  )
}

/** A fresh in-memory cache migrated up to `version` (default: the latest), closed when the test ends. */
export function memoryCache(version?: number): Database.Database {
  const db = new Database(':memory:')
  onTestFinished(() => {
    db.close()
  })
  migrate(db, version)
  return db
}
