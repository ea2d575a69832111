import type Database from 'better-sqlite3'
import type { CollectionName } from '../../../shared/portal'
import { prepared } from '../statements'

type Db = Database.Database

export const OUTBOX_STATES = ['pending', 'done', 'conflict', 'rejected', 'discarded'] as const
export type OutboxState = (typeof OUTBOX_STATES)[number]

export interface OutboxRow {
  seq: number
  idempotency_key: string
  collection: CollectionName
  record_id: string
  op: string
  base_version: number | null
  body: string
  device_time: string
  actor_id: string
  state: OutboxState
  attempts: number
  next_attempt_at: string | null
  last_error: string | null
  server_record: string | null
  result: string | null
  created_at: string
  sent_at: string | null
  completed_at: string | null
}

export function outboxCounts(db: Db): { pending: number; conflicts: number; rejected: number } {
  const rows = prepared(db, `SELECT state, count(*) AS n FROM outbox WHERE state IN ('pending', 'conflict', 'rejected') GROUP BY state`).all() as {
    state: OutboxState
    n: number
  }[]
  const count = (state: OutboxState) => rows.find((r) => r.state === state)?.n ?? 0
  return { pending: count('pending'), conflicts: count('conflict'), rejected: count('rejected') }
}

/** Records with writes still waiting (pending) or waiting for a person (conflict, rejected). */
export function recordIdsWithOpenWrites(db: Db, collection: CollectionName): Set<string> {
  const rows = prepared(
    db,
    `SELECT DISTINCT record_id FROM outbox WHERE collection = ? AND state IN ('pending', 'conflict', 'rejected')`
  ).all(collection) as { record_id: string }[]
  return new Set(rows.map((r) => r.record_id))
}

export function hasOpenWrites(db: Db, collection: CollectionName): boolean {
  return (
    prepared(db, `SELECT 1 FROM outbox WHERE collection = ? AND state IN ('pending', 'conflict', 'rejected') LIMIT 1`).get(
      collection
    ) !== undefined
  )
}
