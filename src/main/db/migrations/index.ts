import type { Db } from '../types'

/**
 * One numbered schema step. Only the type lives here, so each migration file can import it without
 * importing the runner that lists them all (runner.ts).
 */
export interface Migration {
  version: number
  name: string
  up(db: Db): void
}
