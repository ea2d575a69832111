import { prepared } from '../statements'
import type { Db } from '../types'
import type { ColumnValue } from './recordTable'

/** A piece of a WHERE clause with its bound values. */
export interface SqlCondition {
  sql: string
  params: readonly ColumnValue[]
}

/** Letters, digits and hyphens only, with a digit: nothing in it needs escaping for LIKE. */
const ID_FRAGMENT = /^(?=.*\d)[A-Za-z0-9-]{3,40}$/

/**
 * A record id or part of one as typed in a look-up (AJ-2026-000012, 2026-0001, 000123): the LIKE
 * pattern for the `id` column, or null when the text is words — the search index answers those.
 */
export function idFragmentPattern(text: string): string | null {
  const trimmed = text.trim()
  return ID_FRAGMENT.test(trimmed) ? `%${trimmed}%` : null
}

export interface LookupQuery {
  /** The collection's table (a name of ours, never input). */
  table: string
  /** The columns the domain's result line is made of. */
  columns: readonly string[]
  /** Ways the typed text may match besides its id (any one is enough); absent ones are null. */
  matches: readonly (SqlCondition | null)[]
  /** The typed text: an exact id match comes first. */
  text: string
  /** After an exact id: this column, newest first. */
  newestFirst: string
  limit: number
}

/**
 * The 명령 팔레트's look-up over one collection (each domain's lookup.ts says how its records match):
 * any match or a piece of the id, an exact id first, then the newest; nothing when no way of
 * matching applies.
 */
export function findForLookup<Row>(db: Db, query: LookupQuery): Row[] {
  const idPattern = idFragmentPattern(query.text)
  const byId: SqlCondition | null = idPattern ? { sql: `${query.table}.id LIKE ?`, params: [idPattern] } : null
  const matches = [...query.matches, byId].filter((match): match is SqlCondition => match !== null)
  if (matches.length === 0) return []
  return prepared(
    db,
    `SELECT ${query.columns.join(', ')} FROM ${query.table} WHERE ${matches.map((match) => `(${match.sql})`).join(' OR ')}
     ORDER BY (id = ? COLLATE NOCASE) DESC, ${query.newestFirst} DESC, id LIMIT ?`
  ).all(...matches.flatMap((match) => match.params), query.text.trim(), query.limit) as Row[]
}
