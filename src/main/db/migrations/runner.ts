import type { Db } from '../types'
import type { Migration } from '.'
import { migration0010 } from './0010-initial-cache'
import { migration0020 } from './0020-outbox-base-record'
import { migration0030 } from './0030-review-workspace'
import { migration0040 } from './0040-slim-record-rows'
import { migration0050 } from './0050-bulk-load'
import { migration0060 } from './0060-bulk-load-state'
import { migration0070 } from './0070-sme-evaluation'
import { migration0080 } from './0080-reemployment-roster'
import { migration0090 } from './0090-audit-chain'
import { migration0100 } from './0100-offline-accounts'

/** Every migration ever shipped, in order. Versions go in steps of 10; a landed one is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0080,
  migration0090,
  migration0100
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version

export class DbVersionFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number
  ) {
    super(
      `캐시 파일(스키마 ${found})이 이 프로그램(스키마 ${supported})보다 새 버전에서 만들어졌습니다. 프로그램을 최신 버전으로 업데이트하세요.`
    )
    this.name = 'DbVersionFromFutureError'
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Applies the pending migrations (up to `target`) in one transaction and records `user_version`. */
export function migrate(db: Db, target: number = LATEST_SCHEMA_VERSION): void {
  const current = schemaVersion(db)
  if (current > LATEST_SCHEMA_VERSION) throw new DbVersionFromFutureError(current, LATEST_SCHEMA_VERSION)
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target)
  if (pending.length === 0) return
  db.transaction(() => {
    for (const migration of pending) migration.up(db)
    // user_version cannot be bound as a parameter; the value is an integer from our own list.
    db.pragma(`user_version = ${Math.trunc(pending[pending.length - 1]!.version)}`)
  })()
}
