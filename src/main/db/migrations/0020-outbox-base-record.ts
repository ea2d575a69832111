import type { Migration } from './index'

/**
 * Keeps, with each queued write, the record as the user saw it when acting. The conflict inbox
 * can then show what changed on the portal since (base → server) beside what the user meant
 * (base → mine), instead of only the server's current copy.
 */
export const migration0020: Migration = {
  version: 20,
  name: 'outbox-base-record',
  up(db) {
    db.exec(`ALTER TABLE outbox ADD COLUMN base_record TEXT`)
  }
}
