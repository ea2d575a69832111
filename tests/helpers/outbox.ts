import type Database from 'better-sqlite3'

export function outboxStates(db: Database.Database): Record<string, number> {
  const rows = db.prepare(`SELECT state, count(*) AS n FROM outbox GROUP BY state`).all() as { state: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.state, r.n]))
}

export function idsWhere(db: Database.Database, sql: string, ...params: unknown[]): string[] {
  return (db.prepare(sql).all(...params) as { id: string }[]).map((r) => r.id)
}
