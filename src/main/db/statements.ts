import type Database from 'better-sqlite3'
import type { Db } from './types'

const cache = new WeakMap<Db, Map<string, Database.Statement>>()

/** Prepares a statement once per connection. Every query in the repositories goes through here. */
export function prepared(db: Db, sql: string): Database.Statement {
  let statements = cache.get(db)
  if (!statements) {
    statements = new Map()
    cache.set(db, statements)
  }
  let statement = statements.get(sql)
  if (!statement) {
    statement = db.prepare(sql)
    statements.set(sql, statement)
  }
  return statement
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/

/** Guards the few identifiers that are spliced into SQL (table and column names from our own code). */
export function sqlId(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`unsafe SQL identifier: ${name}`)
  return name
}
